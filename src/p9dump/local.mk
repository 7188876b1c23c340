# ---- p9dump ----------------------------------------------------------
bin_PROGRAMS += p9dump
p9dump_SOURCES = \
	src/p9dump/p9dump.h \
	src/p9dump/main.c \
	src/p9dump/show.c \
	src/p9dump/listing.c
p9dump_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/src
p9dump_LDADD = libp9disasm.la libp9ld-engine.la
