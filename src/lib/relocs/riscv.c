/*
 * riscv and riscv64 relocations (the RISC-V ELF psABI): words, the
 * instruction formats' immediates (U, I, S, B, J and the compressed CB,
 * CJ), auipc/jalr pairs, and the ADD/SUB/SET forms that change the field
 * in place.  No relaxation is done: RELAX marks nothing to do, and ALIGN
 * (the padding relaxation would shrink) is refused unless the padding
 * already gives the alignment (the reader's rule).  A PCREL_LO12 takes
 * the value of the PCREL_HI20 or GOT_HI20 at the label it names.
 */
#include "relocs/relocs.h"

/* A U-type immediate (lui, auipc): (X + 0x800) >> 12 in bits 31:12,
 * checked to 20 signed bits on riscv64.  On riscv, X wraps at 32 bits
 * and every X has an upper part: 0x7ffff800 and up take 0x80000, which
 * lui and auipc sign-extend, and the low part brings it back (lld does
 * not check there either). */
#define HI20(t, v, chk, fl, nm) \
	{ .type = (t), .value = (v), .field = RF_BITS, .size = 4, .lsb = 12, .bits = 20, \
	  .shift = 12, .adjust = 0x800, .check = (chk), .flags = (fl), .name = (nm) }
#define LO12(t, v, f, nm) \
	{ .type = (t), .value = (v), .field = (f), .size = 4, .bits = 12, .name = (nm) }
#define BRANCH(t, f, sz, b, nm) \
	{ .type = (t), .value = RV_PCREL, .field = (f), .size = (sz), .bits = (b), \
	  .align = 1, .check = RC_SIGNED, .name = (nm) }
#define ADD_SUB(t, v, sz, nm) \
	{ .type = (t), .value = (v), .field = RF_WORD, .size = (sz), .bits = 8 * (sz), \
	  .name = (nm) }

/* WORD_CHECK: R_RISCV_32's; HI_CHECK: the U-type upper parts' (HI20). */
#define RISCV_ROWS(word_check, hi_check) \
	NOTHING(0, "R_RISCV_NONE"), \
	WORD(1, RV_ABS, 4, word_check, "R_RISCV_32"), \
	WORD(2, RV_ABS, 8, RC_NONE, "R_RISCV_64"), \
	BRANCH(16, RF_RISCV_B, 4, 13, "R_RISCV_BRANCH"), \
	BRANCH(17, RF_RISCV_J, 4, 21, "R_RISCV_JAL"), \
	{ .type = 18, .value = RV_PCREL, .field = RF_RISCV_CALL, .size = 4, .bits = 20, \
	  .shift = 12, .adjust = 0x800, .check = (hi_check), .name = "R_RISCV_CALL" }, \
	{ .type = 19, .value = RV_PCREL, .field = RF_RISCV_CALL, .size = 4, .bits = 20, \
	  .shift = 12, .adjust = 0x800, .check = (hi_check), .name = "R_RISCV_CALL_PLT" }, \
	HI20(20, RV_GOT_PCREL, hi_check, RR_PCREL_HI, "R_RISCV_GOT_HI20"), \
	HI20(23, RV_PCREL, hi_check, RR_PCREL_HI, "R_RISCV_PCREL_HI20"), \
	LO12(24, RV_PCREL_LO, RF_RISCV_I, "R_RISCV_PCREL_LO12_I"), \
	LO12(25, RV_PCREL_LO, RF_RISCV_S, "R_RISCV_PCREL_LO12_S"), \
	HI20(26, RV_ABS, hi_check, 0, "R_RISCV_HI20"), \
	LO12(27, RV_ABS, RF_RISCV_I, "R_RISCV_LO12_I"), \
	LO12(28, RV_ABS, RF_RISCV_S, "R_RISCV_LO12_S"), \
	ADD_SUB(33, RV_ADD, 1, "R_RISCV_ADD8"), \
	ADD_SUB(34, RV_ADD, 2, "R_RISCV_ADD16"), \
	ADD_SUB(35, RV_ADD, 4, "R_RISCV_ADD32"), \
	ADD_SUB(36, RV_ADD, 8, "R_RISCV_ADD64"), \
	ADD_SUB(37, RV_SUB, 1, "R_RISCV_SUB8"), \
	ADD_SUB(38, RV_SUB, 2, "R_RISCV_SUB16"), \
	ADD_SUB(39, RV_SUB, 4, "R_RISCV_SUB32"), \
	ADD_SUB(40, RV_SUB, 8, "R_RISCV_SUB64"), \
	REFUSED(43, "R_RISCV_ALIGN", "code assembled for linker relaxation: assemble " \
		"with -mno-relax"), \
	BRANCH(44, RF_RISCV_CB, 2, 9, "R_RISCV_RVC_BRANCH"), \
	BRANCH(45, RF_RISCV_CJ, 2, 12, "R_RISCV_RVC_JUMP"), \
	NOTHING(51, "R_RISCV_RELAX"), \
	{ .type = 52, .value = RV_SUB, .field = RF_BITS, .size = 1, .bits = 6, \
	  .name = "R_RISCV_SUB6" }, \
	{ .type = 53, .value = RV_ABS, .field = RF_BITS, .size = 1, .bits = 6, \
	  .name = "R_RISCV_SET6" }

static const reloc_row rows_riscv[] = { RISCV_ROWS(RC_NONE, RC_NONE) };
static const reloc_row rows_riscv64[] = { RISCV_ROWS(RC_EITHER, RC_SIGNED) };

const reloc_table reloc_riscv = {
	.arch = "riscv", .rows = rows_riscv, .nrows = COUNT_OF(rows_riscv),
};

const reloc_table reloc_riscv64 = {
	.arch = "riscv64", .rows = rows_riscv64, .nrows = COUNT_OF(rows_riscv64),
};
