/*
 * power (32-bit, SysV PowerPC) and power64 (ELFv2, big-endian)
 * relocations: whole words, 16-bit halfwords of an instruction (#lo, #hi,
 * #ha, and power64's #higher(a), #highest(a), DS forms), and the branch
 * fields.  A power64 REL24/REL14 goes to its target's local entry.  TOC
 * is `.TOC.`, the GOT + 0x8000.
 */
#include "relocs/relocs.h"

/* The halfword at the field: value (X + ADJ) >> SH. */
#define HALF(t, v, sh, adj, chk, nm) \
	{ .type = (t), .value = (v), .field = RF_WORD, .size = 2, .bits = 16, \
	  .shift = (sh), .adjust = (adj), .check = (chk), .name = (nm) }
/* A DS-form halfword: value bits 15..2, the low 2 bits kept (bits
 * 15..4 and 4 kept in a DQ-form instruction).  CHK: RC_NONE for #lo. */
#define HALF_DS(t, v, chk, nm) \
	{ .type = (t), .value = (v), .field = RF_BITS, .size = 2, .lsb = 2, .bits = 14, \
	  .shift = 2, .align = 2, .check = (chk), .flags = RR_DQ_FORM, .name = (nm) }

static const reloc_row rows_power[] = {
	NOTHING(0, "R_PPC_NONE"),
	WORD(1, RV_ABS, 4, RC_NONE, "R_PPC_ADDR32"),
	HALF(4, RV_ABS, 0, 0, RC_NONE, "R_PPC_ADDR16_LO"),
	HALF(5, RV_ABS, 16, 0, RC_NONE, "R_PPC_ADDR16_HI"),
	HALF(6, RV_ABS, 16, 0x8000, RC_NONE, "R_PPC_ADDR16_HA"),
	IMM(10, RV_PCREL, 2, 24, 2, 2, RC_SIGNED, "R_PPC_REL24"),
	IMM(11, RV_PCREL, 2, 14, 2, 2, RC_SIGNED, "R_PPC_REL14"),
	WORD(26, RV_PCREL, 4, RC_NONE, "R_PPC_REL32"),
};

const reloc_table reloc_power = {
	.arch = "power", .rows = rows_power, .nrows = COUNT_OF(rows_power),
};

static const reloc_row rows_power64[] = {
	NOTHING(0, "R_PPC64_NONE"),
	WORD(1, RV_ABS, 4, RC_EITHER, "R_PPC64_ADDR32"),
	HALF(4, RV_ABS, 0, 0, RC_NONE, "R_PPC64_ADDR16_LO"),
	HALF(5, RV_ABS, 16, 0, RC_SIGNED, "R_PPC64_ADDR16_HI"),
	HALF(6, RV_ABS, 16, 0x8000, RC_SIGNED, "R_PPC64_ADDR16_HA"),
	IMM(10, RV_PCREL_ENTRY, 2, 24, 2, 2, RC_SIGNED, "R_PPC64_REL24"),
	IMM(11, RV_PCREL_ENTRY, 2, 14, 2, 2, RC_SIGNED, "R_PPC64_REL14"),
	WORD(26, RV_PCREL, 4, RC_SIGNED, "R_PPC64_REL32"),
	WORD(38, RV_ABS, 8, RC_NONE, "R_PPC64_ADDR64"),
	HALF(39, RV_ABS, 32, 0, RC_NONE, "R_PPC64_ADDR16_HIGHER"),
	HALF(40, RV_ABS, 32, 0x8000, RC_NONE, "R_PPC64_ADDR16_HIGHERA"),
	HALF(41, RV_ABS, 48, 0, RC_NONE, "R_PPC64_ADDR16_HIGHEST"),
	HALF(42, RV_ABS, 48, 0x8000, RC_NONE, "R_PPC64_ADDR16_HIGHESTA"),
	WORD(44, RV_PCREL, 8, RC_NONE, "R_PPC64_REL64"),
	HALF(47, RV_TOCREL, 0, 0, RC_SIGNED, "R_PPC64_TOC16"),
	HALF(48, RV_TOCREL, 0, 0, RC_NONE, "R_PPC64_TOC16_LO"),
	HALF(49, RV_TOCREL, 16, 0, RC_SIGNED, "R_PPC64_TOC16_HI"),
	HALF(50, RV_TOCREL, 16, 0x8000, RC_SIGNED, "R_PPC64_TOC16_HA"),
	WORD(51, RV_TOC, 8, RC_NONE, "R_PPC64_TOC"),
	HALF_DS(56, RV_ABS, RC_SIGNED, "R_PPC64_ADDR16_DS"),
	HALF_DS(57, RV_ABS, RC_NONE, "R_PPC64_ADDR16_LO_DS"),
	HALF_DS(63, RV_TOCREL, RC_SIGNED, "R_PPC64_TOC16_DS"),
	HALF_DS(64, RV_TOCREL, RC_NONE, "R_PPC64_TOC16_LO_DS"),
	HALF(250, RV_PCREL, 0, 0, RC_NONE, "R_PPC64_REL16_LO"),
	HALF(251, RV_PCREL, 16, 0, RC_SIGNED, "R_PPC64_REL16_HI"),
	HALF(252, RV_PCREL, 16, 0x8000, RC_SIGNED, "R_PPC64_REL16_HA"),
};

const reloc_table reloc_power64 = {
	.arch = "power64", .rows = rows_power64, .nrows = COUNT_OF(rows_power64),
	.toc_bias = 0x8000,
};
