# ---- objects: riscv (tests and examples) ----
# riscv-got.sh: _GLOBAL_OFFSET_TABLE_ (lld's differs by its GOT header);
# riscv-align.sh: R_RISCV_ALIGN (lld 14 refuses it); riscv-range.sh: the
# range, alignment and PCREL_LO12 errors.
SH_TESTS += tests/objects/riscv-got.sh tests/objects/riscv-align.sh \
	tests/objects/riscv-range.sh
EXTRA_DIST += examples/objects/riscv/hello.s \
	examples/objects/riscv64/hello.s \
	tests/objects/relocs/riscv.s \
	tests/objects/relocs/riscv-defs.s \
	tests/objects/relocs/riscv.ld \
	tests/objects/relocs/riscv.conf \
	tests/objects/relocs/riscv64.s \
	tests/objects/relocs/riscv64-defs.s \
	tests/objects/relocs/riscv64.ld \
	tests/objects/relocs/riscv64.conf
