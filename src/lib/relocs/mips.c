/*
 * mips, spim (o32, REL) and mips64, spim64 (n64, RELA) relocations: the
 * MIPS psABI's chapter 4 and the n64 object specification.  A HI16 takes
 * the low half of its addend from the LO16 that follows it (REL only);
 * an n64 record carries up to three types, composed (type | type2 << 8 |
 * type3 << 16): the combinations compilers write are rows of their own.
 * GP is `_gp`, the data base + 0x7ff0 unless defined (objects.md).
 */
#include "relocs/relocs.h"

/* A 16-bit immediate, the low half of a 32-bit instruction. */
#define HALF(t, v, sh, adj, chk, nm) \
	{ .type = (t), .value = (v), .field = RF_BITS, .size = 4, .bits = 16, \
	  .shift = (sh), .adjust = (adj), .check = (chk), .name = (nm) }

/* The rows o32 and n64 share (in n64, with type2 and type3 NONE).
 * GOT16 and CALL16 name the symbol's one slot: the psABI's G - GP has
 * no addend, and one (lld would make a slot for symbol + addend) is
 * refused; a GOT16's REL addend is its field as %hi's (lld's reading). */
#define O32_ROWS \
	NOTHING(0, "R_MIPS_NONE"), \
	WORD(2, RV_ABS, 4, RC_NONE, "R_MIPS_32"), \
	{ .type = 4, .value = RV_ABS, .field = RF_BITS, .size = 4, .bits = 26, \
	  .shift = 2, .align = 2, .check = RC_REGION, .rel_shift = 2, \
	  .name = "R_MIPS_26" }, \
	{ .type = 5, .value = RV_ABS, .field = RF_BITS, .size = 4, .bits = 16, \
	  .shift = 16, .adjust = 0x8000, .rel_shift = 16, .flags = RR_HI16_PAIR, \
	  .name = "R_MIPS_HI16" }, \
	HALF(6, RV_ABS, 0, 0, RC_NONE, "R_MIPS_LO16"), \
	HALF(7, RV_GPREL, 0, 0, RC_SIGNED, "R_MIPS_GPREL16"), \
	{ .type = 9, .value = RV_GOT_GPREL, .field = RF_BITS, .size = 4, .bits = 16, \
	  .check = RC_SIGNED, .rel_shift = 16, .flags = RR_LOCAL_ONLY | RR_NO_ADDEND, \
	  .name = "R_MIPS_GOT16", \
	  .note = "GOT16 against a local symbol is o32 PIC's page form: compile " \
		  "with -mno-abicalls (or -fno-pic)" }, \
	IMM(10, RV_PCREL, 0, 16, 2, 2, RC_SIGNED, "R_MIPS_PC16"), \
	{ .type = 11, .value = RV_GOT_GPREL, .field = RF_BITS, .size = 4, .bits = 16, \
	  .check = RC_SIGNED, .flags = RR_NO_ADDEND, .name = "R_MIPS_CALL16" }, \
	WORD(12, RV_GPREL, 4, RC_NONE, "R_MIPS_GPREL32")

/* R_MIPS_JALR marks the jalr of a call through the GOT: a hint (lld
 * turns a marked `jalr $25` into a `bal`); the jalr is right as it is. */
static const reloc_row rows_o32[] = {
	O32_ROWS,
	NOTHING(37, "R_MIPS_JALR"),
};

const reloc_table reloc_mips = {
	.arch = "mips", .rows = rows_o32, .nrows = COUNT_OF(rows_o32),
	.gp_bias = 0x7ff0, .dropped_prefix = "$", .lo16_type = 6,
};

const reloc_table reloc_spim = {
	.arch = "spim", .rows = rows_o32, .nrows = COUNT_OF(rows_o32),
	.gp_bias = 0x7ff0, .dropped_prefix = "$", .lo16_type = 6,
};

#define N64(t1, t2, t3) ((t1) | (t2) << 8 | (t3) << 16)

static const reloc_row rows_n64[] = {
	O32_ROWS,
	WORD(18, RV_ABS, 8, RC_NONE, "R_MIPS_64"),
	HALF(28, RV_ABS, 32, 0x80008000, RC_NONE, "R_MIPS_HIGHER"),
	HALF(29, RV_ABS, 48, 0x800080008000, RC_NONE, "R_MIPS_HIGHEST"),
	NOTHING(37, "R_MIPS_JALR"),
	/* the gp-relative word of a jump table: GPREL32, written as 64 bits */
	WORD(N64(12, 18, 0), RV_GPREL, 8, RC_NONE, "R_MIPS_GPREL32/R_MIPS_64"),
	/* %hi and %lo of %neg(%gp_rel(f)): the gp set-up of PIC n64 code */
	{ .type = N64(7, 24, 5), .value = RV_GPREL, .field = RF_BITS, .size = 4, .bits = 16,
	  .shift = 16, .adjust = 0x8000, .flags = RR_NEGATE,
	  .name = "R_MIPS_GPREL16/R_MIPS_SUB/R_MIPS_HI16" },
	{ .type = N64(7, 24, 6), .value = RV_GPREL, .field = RF_BITS, .size = 4, .bits = 16,
	  .flags = RR_NEGATE, .name = "R_MIPS_GPREL16/R_MIPS_SUB/R_MIPS_LO16" },
};

const reloc_table reloc_mips64 = {
	.arch = "mips64", .rows = rows_n64, .nrows = COUNT_OF(rows_n64),
	.gp_bias = 0x7ff0, .dropped_prefix = "$", .lo16_type = 6,
};

const reloc_table reloc_spim64 = {
	.arch = "spim64", .rows = rows_n64, .nrows = COUNT_OF(rows_n64),
	.gp_bias = 0x7ff0, .dropped_prefix = "$", .lo16_type = 6,
};
