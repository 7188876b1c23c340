/*
 * sparc (32-bit, big-endian) relocations: whole words and the fields of
 * the SPARC V8 formats (call's disp30, a branch's disp22, sethi's imm22,
 * simm13 and its low 10 bits), as the SPARC psABI and the Linker and
 * Libraries Guide give them.
 */
#include "relocs/relocs.h"

static const reloc_row rows_sparc[] = {
	NOTHING(0, "R_SPARC_NONE"),
	WORD(1, RV_ABS, 1, RC_EITHER, "R_SPARC_8"),
	WORD(2, RV_ABS, 2, RC_EITHER, "R_SPARC_16"),
	WORD(3, RV_ABS, 4, RC_NONE, "R_SPARC_32"),
	WORD(4, RV_PCREL, 1, RC_SIGNED, "R_SPARC_DISP8"),
	WORD(5, RV_PCREL, 2, RC_SIGNED, "R_SPARC_DISP16"),
	WORD(6, RV_PCREL, 4, RC_NONE, "R_SPARC_DISP32"),
	IMM(7, RV_PCREL, 0, 30, 2, 2, RC_NONE, "R_SPARC_WDISP30"),
	IMM(8, RV_PCREL, 0, 22, 2, 2, RC_SIGNED, "R_SPARC_WDISP22"),
	IMM(9, RV_ABS, 0, 22, 10, 0, RC_NONE, "R_SPARC_HI22"),
	IMM(11, RV_ABS, 0, 13, 0, 0, RC_SIGNED, "R_SPARC_13"),
	IMM(12, RV_ABS, 0, 10, 0, 0, RC_NONE, "R_SPARC_LO10"),
	/* the unaligned forms, which clang writes in .debug_info and
	 * .debug_line and for a .word at an odd offset: the same values */
	WORD(23, RV_ABS, 4, RC_NONE, "R_SPARC_UA32"),
	WORD(55, RV_ABS, 2, RC_EITHER, "R_SPARC_UA16"),
};

const reloc_table reloc_sparc = {
	.arch = "sparc", .rows = rows_sparc, .nrows = COUNT_OF(rows_sparc),
};
