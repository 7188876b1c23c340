# ---- cmocka tests of the engine's parts --------------------------------
if HAVE_CMOCKA
UNIT_TESTS = \
	tests/unit/test-arch \
	tests/unit/test-header \
	tests/unit/test-layout \
	tests/unit/test-fixup \
	tests/unit/test-symtab \
	tests/unit/test-got \
	tests/unit/test-gc \
	tests/unit/test-linetab \
	tests/unit/test-checks \
	tests/unit/test-hello \
	tests/unit/test-reader \
	tests/unit/test-borrow \
	tests/unit/test-pages \
	tests/unit/test-names \
	tests/unit/test-sort \
	tests/unit/test-objplaces \
	tests/unit/test-annotate
check_PROGRAMS += $(UNIT_TESTS)
TESTS += $(UNIT_TESTS)
UNIT_COMMON = tests/unit/helpers.c tests/unit/helpers.h
UNIT_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
UNIT_LDADD = libp9ld.la $(CMOCKA_LIBS)
# test-pages, test-names, test-sort and test-objplaces reach inside the
# engine (src/lib/engine/):
# they link the engine itself, not the library's exported face.
tests_unit_test_pages_SOURCES = tests/unit/test-pages.c $(UNIT_COMMON)
tests_unit_test_pages_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_pages_LDADD = libp9ld-engine.la $(CMOCKA_LIBS)
tests_unit_test_names_SOURCES = tests/unit/test-names.c $(UNIT_COMMON)
tests_unit_test_names_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_names_LDADD = libp9ld-engine.la $(CMOCKA_LIBS)
tests_unit_test_sort_SOURCES = tests/unit/test-sort.c $(UNIT_COMMON)
tests_unit_test_sort_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_sort_LDADD = libp9ld-engine.la $(CMOCKA_LIBS)
tests_unit_test_objplaces_SOURCES = tests/unit/test-objplaces.c $(UNIT_COMMON)
tests_unit_test_objplaces_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_objplaces_LDADD = libp9ld-engine.la $(CMOCKA_LIBS)
# test-annotate tests the disassembler library's annotation, which reads
# images through the library's a.out reader.
tests_unit_test_annotate_SOURCES = tests/unit/test-annotate.c $(UNIT_COMMON)
tests_unit_test_annotate_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/src
tests_unit_test_annotate_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_annotate_LDADD = libp9disasm.la $(UNIT_LDADD)
tests_unit_test_borrow_SOURCES = tests/unit/test-borrow.c $(UNIT_COMMON)
tests_unit_test_borrow_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_borrow_LDADD = $(UNIT_LDADD)
tests_unit_test_arch_SOURCES = tests/unit/test-arch.c $(UNIT_COMMON)
tests_unit_test_arch_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_arch_LDADD = $(UNIT_LDADD)
tests_unit_test_header_SOURCES = tests/unit/test-header.c $(UNIT_COMMON)
tests_unit_test_header_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_header_LDADD = $(UNIT_LDADD)
tests_unit_test_layout_SOURCES = tests/unit/test-layout.c $(UNIT_COMMON)
tests_unit_test_layout_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_layout_LDADD = $(UNIT_LDADD)
tests_unit_test_fixup_SOURCES = tests/unit/test-fixup.c $(UNIT_COMMON)
tests_unit_test_fixup_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_fixup_LDADD = $(UNIT_LDADD)
tests_unit_test_symtab_SOURCES = tests/unit/test-symtab.c $(UNIT_COMMON)
tests_unit_test_symtab_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_symtab_LDADD = $(UNIT_LDADD)
tests_unit_test_got_SOURCES = tests/unit/test-got.c $(UNIT_COMMON)
tests_unit_test_got_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_got_LDADD = $(UNIT_LDADD)
tests_unit_test_gc_SOURCES = tests/unit/test-gc.c $(UNIT_COMMON)
tests_unit_test_gc_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_gc_LDADD = $(UNIT_LDADD)
tests_unit_test_linetab_SOURCES = tests/unit/test-linetab.c $(UNIT_COMMON)
tests_unit_test_linetab_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_linetab_LDADD = $(UNIT_LDADD)
tests_unit_test_checks_SOURCES = tests/unit/test-checks.c $(UNIT_COMMON)
tests_unit_test_checks_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_checks_LDADD = $(UNIT_LDADD)
tests_unit_test_hello_SOURCES = tests/unit/test-hello.c $(UNIT_COMMON)
tests_unit_test_hello_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_hello_LDADD = $(UNIT_LDADD)
tests_unit_test_reader_SOURCES = tests/unit/test-reader.c $(UNIT_COMMON)
tests_unit_test_reader_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_reader_LDADD = $(UNIT_LDADD)
endif
