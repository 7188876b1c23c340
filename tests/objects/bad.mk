# ---- objects: bad (tests and examples) ----
# Bad objects and archives (objects.md sections 4 and 7): the cases of
# bad.t, their inputs made from good clang-built objects by mkbad.
SH_TESTS += tests/objects/bad.sh
check_PROGRAMS += tests/objects/mkbad
tests_objects_mkbad_SOURCES = tests/objects/mkbad.c
EXTRA_DIST += tests/objects/bad.t
# Inputs the object fuzzer once broke the reader with, replayed through
# its target (tests/fuzz/fuzz-objects.c).
SH_TESTS += tests/objects/fuzz-regressions.sh
check_PROGRAMS += tests/objects/fuzz-replay
tests_objects_fuzz_replay_SOURCES = tests/objects/fuzz-replay.c tests/fuzz/fuzz-objects.c
tests_objects_fuzz_replay_LDADD = libp9ld.la
EXTRA_DIST += tests/fuzz/regressions/objects-null-section-offset.obj \
	tests/fuzz/regressions/objects-riscv-align-huge-padding.obj \
	tests/fuzz/regressions/objects-null-debug-section.obj \
	tests/fuzz/regressions/objects-debug-target-past-end.obj \
	tests/fuzz/regressions/objects-section-aligned-4gib.obj \
	tests/fuzz/regressions/objects-text-aligned-2pow42.obj
EXTRA_DIST += tests/fuzz/seed-objects.sh
