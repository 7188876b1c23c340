# ---- objects: mips (tests and examples) ----
# mips, spim (o32) and mips64, spim64 (n64): the relocations against
# lld (relocs.sh), what they refuse, the GPREL forms clang does not
# write, and hello, run (mips, spim) or compared with lld's (all four).
SH_TESTS += tests/objects/mips-checks.sh tests/objects/mips-gprel.sh \
	tests/objects/mips-hello.sh
EXTRA_DIST += \
	examples/objects/mips/hello.s \
	examples/objects/spim/hello.s \
	examples/objects/mips64/hello.s \
	examples/objects/spim64/hello.s \
	tests/objects/relocs/mips.s \
	tests/objects/relocs/mips-defs.s \
	tests/objects/relocs/mips.ld \
	tests/objects/relocs/mips.conf \
	tests/objects/relocs/spim.ld \
	tests/objects/relocs/spim.conf \
	tests/objects/relocs/mips64.s \
	tests/objects/relocs/mips64-defs.s \
	tests/objects/relocs/mips64.ld \
	tests/objects/relocs/mips64.conf \
	tests/objects/relocs/spim64.ld \
	tests/objects/relocs/spim64.conf
