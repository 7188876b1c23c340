# ---- objects: bad (tests and examples) ----
# Bad objects and archives (objects.md sections 4 and 7): the cases of
# bad.t, their inputs made from good clang-built objects by mkbad.
SH_TESTS += tests/objects/bad.sh
check_PROGRAMS += tests/objects/mkbad
tests_objects_mkbad_SOURCES = tests/objects/mkbad.c
EXTRA_DIST += tests/objects/bad.t
