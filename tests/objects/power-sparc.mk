# ---- objects: power-sparc (tests and examples) ----
EXTRA_DIST += \
	examples/objects/power/hello.s \
	examples/objects/power64/hello.s \
	examples/objects/sparc/hello.s \
	tests/objects/relocs/power.s \
	tests/objects/relocs/power-defs.s \
	tests/objects/relocs/power.ld \
	tests/objects/relocs/power.conf \
	tests/objects/relocs/power64.s \
	tests/objects/relocs/power64-defs.s \
	tests/objects/relocs/power64.ld \
	tests/objects/relocs/power64.conf \
	tests/objects/relocs/sparc.s \
	tests/objects/relocs/sparc-defs.s \
	tests/objects/relocs/sparc.ld \
	tests/objects/relocs/sparc.conf
SH_TESTS += tests/objects/power-sparc-errors.sh
