# ---- objects: mips (tests and examples) ----
EXTRA_DIST += \
	tests/objects/relocs/mips.s \
	tests/objects/relocs/mips-defs.s \
	tests/objects/relocs/mips.ld \
	tests/objects/relocs/mips.conf \
	tests/objects/relocs/spim.s \
	tests/objects/relocs/spim-defs.s \
	tests/objects/relocs/spim.ld \
	tests/objects/relocs/spim.conf \
	tests/objects/relocs/mips64.s \
	tests/objects/relocs/mips64-defs.s \
	tests/objects/relocs/mips64.ld \
	tests/objects/relocs/mips64.conf \
	tests/objects/relocs/spim64.s \
	tests/objects/relocs/spim64-defs.s \
	tests/objects/relocs/spim64.ld \
	tests/objects/relocs/spim64.conf
SH_TESTS += tests/objects/mips-checks.sh
SH_TESTS += tests/objects/mips-gprel.sh
