# ---- p9dump: golden dumps, the damaged-file corpus, Go's reader --------
SH_TESTS += \
	tests/dump/damaged.sh \
	tests/dump/golden.sh \
	tests/dump/usage.sh \
	tests/dump/regressions.sh \
	tests/dump/bases.sh \
	tests/dump/got.sh \
	tests/dump/moved.sh \
	tests/dump/shapes.sh \
	tests/dump/mutants.sh \
	tests/dump/disasm.sh \
	tests/dump/disasm-llvm-mc.sh \
	tests/dump/go-crosscheck.sh
check_PROGRAMS += tests/dump/mkdamaged tests/dump/mkshapes
tests_dump_mkdamaged_SOURCES = tests/dump/mkdamaged.c tests/dump/base.c tests/dump/base.h
tests_dump_mkdamaged_LDADD = libp9ld.la
tests_dump_mkshapes_SOURCES = tests/dump/mkshapes.c
tests_dump_mkshapes_LDADD = libp9ld.la
EXTRA_DIST += \
	tests/go/plan9syms.go \
	tests/dump/golden/amd64.txt \
	tests/dump/golden/arm.txt \
	tests/dump/golden/disasm.txt \
	tests/dump/golden/hello.txt \
	tests/dump/fuzz-found/z-history-only-Z.bin
