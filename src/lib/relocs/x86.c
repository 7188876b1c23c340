/*
 * 386 and amd64 relocations: whole little-endian words (the i386 and
 * x86-64 psABIs' "Relocation Types").  GOT forms load from p9ld's GOT;
 * nothing is relaxed.
 */
#include "relocs/relocs.h"

/* 386 GOT32 and GOT32X are G + A - GOT, or G + A when the byte before
 * the field is a ModRM byte with no base register (the psABI's two
 * formulas; lld and gold decide the same way): the object reader picks
 * this row then. */
#define I386_ABSOLUTE_GOT 0x10000

static const reloc_row rows_386[] = {
	NOTHING(0, "R_386_NONE"),
	WORD(1, RV_ABS, 4, RC_EITHER, "R_386_32"),
	WORD(2, RV_PCREL, 4, RC_EITHER, "R_386_PC32"),
	{ .type = 3, .value = RV_GOT_GOTOFF, .field = RF_WORD, .size = 4, .bits = 32,
	  .check = RC_EITHER, .flags = RR_MODRM, .name = "R_386_GOT32" },
	WORD(4, RV_PCREL, 4, RC_EITHER, "R_386_PLT32"),
	WORD(9, RV_GOTOFF, 4, RC_EITHER, "R_386_GOTOFF"),
	WORD(10, RV_GOT_BASE_PCREL, 4, RC_EITHER, "R_386_GOTPC"),
	{ .type = 43, .value = RV_GOT_GOTOFF, .field = RF_WORD, .size = 4, .bits = 32,
	  .check = RC_EITHER, .flags = RR_MODRM, .name = "R_386_GOT32X" },
	WORD(3 | I386_ABSOLUTE_GOT, RV_GOT, 4, RC_EITHER, "R_386_GOT32"),
	WORD(43 | I386_ABSOLUTE_GOT, RV_GOT, 4, RC_EITHER, "R_386_GOT32X"),
};

const reloc_table reloc_386 = {
	.arch = "386", .rows = rows_386, .nrows = COUNT_OF(rows_386),
	.absolute_variant = I386_ABSOLUTE_GOT,
};

static const reloc_row rows_amd64[] = {
	NOTHING(0, "R_X86_64_NONE"),
	WORD(1, RV_ABS, 8, RC_NONE, "R_X86_64_64"),
	WORD(2, RV_PCREL, 4, RC_SIGNED, "R_X86_64_PC32"),
	WORD(4, RV_PCREL, 4, RC_SIGNED, "R_X86_64_PLT32"),
	WORD(9, RV_GOT_PCREL, 4, RC_SIGNED, "R_X86_64_GOTPCREL"),
	WORD(10, RV_ABS, 4, RC_UNSIGNED, "R_X86_64_32"),
	WORD(11, RV_ABS, 4, RC_SIGNED, "R_X86_64_32S"),
	WORD(12, RV_ABS, 2, RC_EITHER, "R_X86_64_16"),
	WORD(13, RV_PCREL, 2, RC_SIGNED, "R_X86_64_PC16"),
	WORD(14, RV_ABS, 1, RC_EITHER, "R_X86_64_8"),
	WORD(15, RV_PCREL, 1, RC_SIGNED, "R_X86_64_PC8"),
	WORD(24, RV_PCREL, 8, RC_NONE, "R_X86_64_PC64"),
	WORD(25, RV_GOTOFF, 8, RC_NONE, "R_X86_64_GOTOFF64"),
	WORD(26, RV_GOT_BASE_PCREL, 4, RC_SIGNED, "R_X86_64_GOTPC32"),
	WORD(29, RV_GOT_BASE_PCREL, 8, RC_NONE, "R_X86_64_GOTPC64"),
	WORD(41, RV_GOT_PCREL, 4, RC_SIGNED, "R_X86_64_GOTPCRELX"),
	WORD(42, RV_GOT_PCREL, 4, RC_SIGNED, "R_X86_64_REX_GOTPCRELX"),
};

const reloc_table reloc_amd64 = {
	.arch = "amd64", .rows = rows_amd64, .nrows = COUNT_OF(rows_amd64),
};
