# ---- p9ld, the command, and its script grammar -----------------------
# The generated parser and scanner are built apart, with relaxed warnings.
noinst_LTLIBRARIES += libp9script.la
libp9script_la_SOURCES = grammar/parser.y grammar/lexer.l
libp9script_la_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/src/p9ld -I$(top_builddir)/grammar -I$(top_srcdir)/grammar
libp9script_la_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
AM_YFLAGS = -d -Wall -o y.tab.c
BUILT_SOURCES += grammar/parser.h

bin_PROGRAMS += p9ld
p9ld_SOURCES = \
	src/p9ld/script.h \
	src/p9ld/scan.h \
	src/p9ld/main.c \
	src/p9ld/sink.c \
	src/p9ld/parse.c \
	src/p9ld/scan.c \
	src/p9ld/ast.c \
	src/p9ld/build.c \
	src/p9ld/outputs.c \
	src/p9ld/fork.c \
	src/p9ld/guard.c \
	src/p9ld/commit.c \
	src/p9ld/table.c \
	src/p9ld/report.c \
	src/p9ld/files.c \
	src/p9ld/pool.c
p9ld_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/src/p9ld -I$(top_builddir)/grammar -I$(top_srcdir)/grammar
p9ld_LDADD = libp9script.la libp9ld-engine.la
