# ---- ELF objects and archives in (objects.md) ----------------------------
SH_TESTS += tests/objects/relocs.sh tests/objects/hello.sh tests/objects/same-as-script.sh tests/objects/link.sh tests/objects/names.sh tests/objects/symbol-order.sh
check_PROGRAMS += tests/objects/elfbytes
tests_objects_elfbytes_SOURCES = tests/objects/elfbytes.c
tests_objects_elfbytes_CFLAGS = $(AM_CFLAGS) $(LIBELF_CFLAGS)
tests_objects_elfbytes_LDADD = $(LIBELF_LIBS)
# relocnames reaches inside the engine (relocs/names.c): it links the
# engine itself, like tests/unit/test-names.
check_PROGRAMS += tests/objects/relocnames
tests_objects_relocnames_SOURCES = tests/objects/relocnames.c
tests_objects_relocnames_LDADD = libp9ld-engine.la
EXTRA_DIST += tests/objects/lib.sh \
	examples/objects/Makefile \
	examples/objects/amd64/hello.s \
	tests/objects/relocs/amd64.s \
	tests/objects/relocs/amd64-defs.s \
	tests/objects/relocs/amd64.ld \
	tests/objects/relocs/amd64.conf

# Each arch family's tests and examples, and the damaged objects.
include $(srcdir)/tests/objects/x86-arm.mk
include $(srcdir)/tests/objects/mips.mk
include $(srcdir)/tests/objects/power-sparc.mk
include $(srcdir)/tests/objects/riscv.mk
include $(srcdir)/tests/objects/bad.mk
