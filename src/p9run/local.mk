# ---- p9run: images under unicorn (built when configure finds it) -----
if HAVE_UNICORN
bin_PROGRAMS += p9run
p9run_SOURCES = \
	src/p9run/p9run.h \
	src/p9run/cpus.c \
	src/p9run/mem.c \
	src/p9run/fs.c \
	src/p9run/load.c \
	src/p9run/syscall.c \
	src/p9run/exec.c \
	src/p9run/strbuf.c \
	src/p9run/insn.c \
	src/p9run/trace.c \
	src/p9run/report.c \
	src/p9run/main.c
p9run_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/src
p9run_CFLAGS = $(AM_CFLAGS) $(UNICORN_CFLAGS)
p9run_LDADD = libp9disasm.la libp9ld-engine.la $(UNICORN_LIBS)
endif
