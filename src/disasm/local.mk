# ---- the disassembler wrapper (p9dump -d, p9run --trace=insn) -------
# and the annotation both print after an instruction (annotate.c), which
# reads the image through the a.out reader: a program linking this links
# libp9ld (or its engine) after it.
# A convenience library that does not link LLVM: llvm.c loads it at run
# time, under the soname llvm-soname reads at build time from the library
# llvm-config names (llvm.c says why).
noinst_LTLIBRARIES += libp9disasm.la
libp9disasm_la_SOURCES = \
	src/disasm/disasm.h \
	src/disasm/dis.h \
	src/disasm/disasm.c \
	src/disasm/targets.c \
	src/disasm/refs.c \
	src/disasm/annotate.h \
	src/disasm/annotate.c \
	src/disasm/llvm.c
if HAVE_LLVM
libp9disasm_la_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/src $(LLVM_CFLAGS) -DDISASM_LLVM
nodist_libp9disasm_la_SOURCES = src/disasm/llvm-so.h
BUILT_SOURCES += src/disasm/llvm-so.h
CLEANFILES += src/disasm/llvm-so.h
noinst_PROGRAMS += src/disasm/llvm-soname
src_disasm_llvm_soname_SOURCES = src/disasm/soname.c
src_disasm_llvm_soname_CFLAGS = $(AM_CFLAGS) $(LIBELF_CFLAGS)
src_disasm_llvm_soname_LDADD = $(LIBELF_LIBS)
src/disasm/llvm-so.h: src/disasm/llvm-soname$(EXEEXT) Makefile
	$(AM_V_GEN)$(MKDIR_P) src/disasm && \
	src/disasm/llvm-soname `$(LLVM_CONFIG) --libfiles 2>/dev/null` > $@.tmp && mv $@.tmp $@
else
libp9disasm_la_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/src
endif
