# ---- objects: x86-arm (tests and examples) ----
# 386, arm, arm64: relocs.sh's objects and lld scripts, the field checks
# lld cannot show (ranges, alignment, Thumb refused), and hello.s.
SH_TESTS += tests/objects/x86-arm-checks.sh
EXTRA_DIST += \
	examples/objects/386/hello.s \
	examples/objects/arm/hello.s \
	examples/objects/arm64/hello.s \
	tests/objects/relocs/386.s \
	tests/objects/relocs/386-defs.s \
	tests/objects/relocs/386.ld \
	tests/objects/relocs/386.conf \
	tests/objects/relocs/arm.s \
	tests/objects/relocs/arm-defs.s \
	tests/objects/relocs/arm.ld \
	tests/objects/relocs/arm.conf \
	tests/objects/relocs/arm64.s \
	tests/objects/relocs/arm64-defs.s \
	tests/objects/relocs/arm64.ld \
	tests/objects/relocs/arm64.conf
