# ---- libp9ld ---------------------------------------------------------
# Its layers, each a folder with one internal header: base/ (memory and
# bytes), engine/ (what a client builds), link/ (the passes and the
# writer), relocs/ (relocations as data), objects/ (reading ELF objects
# and archives), reader/ (reading any a.out).
#
# The engine is compiled once, into a convenience library: the installed
# shared libp9ld is made of it, and the command-line tools link it in
# whole, so that a link starts without a dynamic load of the library and
# calls the engine directly.
lib_LTLIBRARIES += libp9ld.la
noinst_LTLIBRARIES += libp9ld-engine.la
libp9ld_la_SOURCES =
libp9ld_la_LIBADD = libp9ld-engine.la
libp9ld_engine_la_SOURCES = \
	src/lib/base/base.h \
	src/lib/base/arena.c \
	src/lib/base/pages.c \
	src/lib/base/bytes.c \
	src/lib/base/sort.c \
	src/lib/base/thread.c \
	src/lib/engine/engine.h \
	src/lib/hints.h \
	src/lib/engine/arch.c \
	src/lib/engine/diag.c \
	src/lib/engine/names.c \
	src/lib/engine/image.c \
	src/lib/engine/expr.c \
	src/lib/link/link.c \
	src/lib/link/check.c \
	src/lib/link/gc.c \
	src/lib/link/got.c \
	src/lib/link/layout.c \
	src/lib/link/fixup.c \
	src/lib/link/symtab.c \
	src/lib/link/linetab.c \
	src/lib/link/header.c \
	src/lib/link/write.c \
	src/lib/relocs/relocs.h \
	src/lib/relocs/relocs.c \
	src/lib/relocs/x86.c \
	src/lib/relocs/arm.c \
	src/lib/relocs/mips.c \
	src/lib/relocs/power.c \
	src/lib/relocs/sparc.c \
	src/lib/relocs/riscv.c \
	src/lib/relocs/typenames.c \
	src/lib/objects/objects.h \
	src/lib/objects/objects.c \
	src/lib/objects/elf.c \
	src/lib/objects/symorder.c \
	src/lib/objects/archive.c \
	src/lib/objects/resolve.c \
	src/lib/objects/lines.c \
	src/lib/reader/reader.h \
	src/lib/reader/read_header.c \
	src/lib/reader/read_syms.c \
	src/lib/reader/read_lines.c
libp9ld_engine_la_CFLAGS = $(AM_CFLAGS) $(LIBELF_CFLAGS) $(LIBDW_CFLAGS)
libp9ld_engine_la_LIBADD = $(LIBELF_LIBS) $(LIBDW_LIBS)
libp9ld_la_LDFLAGS = -version-info $(LIBP9LD_LT_VERSION) \
	-export-symbols-regex '^p9ld_'

pkginclude_HEADERS = include/p9ld/p9ld.h include/p9ld/aout.h
pkgconfigdir = $(libdir)/pkgconfig
pkgconfig_DATA = p9ld.pc
