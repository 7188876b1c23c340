/*
 * arm and arm64 relocations (AAELF32, AAELF64).  arm objects are REL:
 * the addend is read from the field.  Plan 9 arm runs ARM state, so the
 * Thumb forms are refused.
 */
#include "relocs/relocs.h"

#define THUMB(t, nm) REFUSED(t, nm, "Thumb code: Plan 9 arm runs ARM state (compile with -marm)")

static const reloc_row rows_arm[] = {
	NOTHING(0, "R_ARM_NONE"),
	IMM(1, RV_PCREL, 0, 24, 2, 2, RC_SIGNED, "R_ARM_PC24"),
	WORD(2, RV_ABS, 4, RC_NONE, "R_ARM_ABS32"),
	WORD(3, RV_PCREL, 4, RC_NONE, "R_ARM_REL32"),
	THUMB(10, "R_ARM_THM_CALL"),
	WORD(24, RV_GOTOFF, 4, RC_NONE, "R_ARM_GOTOFF32"),
	WORD(25, RV_GOT_BASE_PCREL, 4, RC_NONE, "R_ARM_BASE_PREL"),
	WORD(26, RV_GOT_GOTOFF, 4, RC_NONE, "R_ARM_GOT_BREL"),
	/* bl, or a blx imm, which becomes bl: every target is ARM code */
	{ .type = 28, .value = RV_PCREL, .field = RF_ARM_CALL, .size = 4, .bits = 24,
	  .shift = 2, .align = 2, .rel_shift = 2, .check = RC_SIGNED, .name = "R_ARM_CALL" },
	IMM(29, RV_PCREL, 0, 24, 2, 2, RC_SIGNED, "R_ARM_JUMP24"),
	THUMB(30, "R_ARM_THM_JUMP24"),
	NOTHING(40, "R_ARM_V4BX"),
	/* REL: the 16-bit literal of a movw or a movt is the whole addend */
	{ .type = 43, .value = RV_ABS, .field = RF_ARM_MOVW, .size = 4, .bits = 16,
	  .name = "R_ARM_MOVW_ABS_NC" },
	{ .type = 44, .value = RV_ABS, .field = RF_ARM_MOVW, .size = 4, .bits = 16,
	  .shift = 16, .name = "R_ARM_MOVT_ABS" },
	THUMB(47, "R_ARM_THM_MOVW_ABS_NC"),
	THUMB(48, "R_ARM_THM_MOVT_ABS"),
	THUMB(51, "R_ARM_THM_JUMP19"),
	THUMB(102, "R_ARM_THM_JUMP11"),
	THUMB(103, "R_ARM_THM_JUMP8"),
};

const reloc_table reloc_arm = {
	.arch = "arm", .rows = rows_arm, .nrows = COUNT_OF(rows_arm),
	.dropped_prefix = "$",
};

/* The low 12 bits of an address (V: RV_ABS, or RV_GOT for a GOT slot's),
 * scaled for a load or store of 1 << SC bytes (which must be aligned to
 * it). */
#define LDST(t, v, sc, nm) IMM(t, v, 10, 12 - (sc), sc, sc, RC_NONE, nm)

static const reloc_row rows_arm64[] = {
	NOTHING(0, "R_AARCH64_NONE"),
	WORD(257, RV_ABS, 8, RC_NONE, "R_AARCH64_ABS64"),
	WORD(258, RV_ABS, 4, RC_EITHER, "R_AARCH64_ABS32"),
	WORD(259, RV_ABS, 2, RC_EITHER, "R_AARCH64_ABS16"),
	WORD(260, RV_PCREL, 8, RC_NONE, "R_AARCH64_PREL64"),
	WORD(261, RV_PCREL, 4, RC_EITHER, "R_AARCH64_PREL32"),
	WORD(262, RV_PCREL, 2, RC_EITHER, "R_AARCH64_PREL16"),
	IMM(263, RV_ABS, 5, 16, 0, 0, RC_UNSIGNED, "R_AARCH64_MOVW_UABS_G0"),
	IMM(264, RV_ABS, 5, 16, 0, 0, RC_NONE, "R_AARCH64_MOVW_UABS_G0_NC"),
	IMM(265, RV_ABS, 5, 16, 16, 0, RC_UNSIGNED, "R_AARCH64_MOVW_UABS_G1"),
	IMM(266, RV_ABS, 5, 16, 16, 0, RC_NONE, "R_AARCH64_MOVW_UABS_G1_NC"),
	IMM(267, RV_ABS, 5, 16, 32, 0, RC_UNSIGNED, "R_AARCH64_MOVW_UABS_G2"),
	IMM(268, RV_ABS, 5, 16, 32, 0, RC_NONE, "R_AARCH64_MOVW_UABS_G2_NC"),
	IMM(269, RV_ABS, 5, 16, 48, 0, RC_NONE, "R_AARCH64_MOVW_UABS_G3"),
	IMM(273, RV_PCREL, 5, 19, 2, 2, RC_SIGNED, "R_AARCH64_LD_PREL_LO19"),
	{ .type = 274, .value = RV_PCREL, .field = RF_ARM64_ADR, .size = 4, .bits = 21,
	  .check = RC_SIGNED, .name = "R_AARCH64_ADR_PREL_LO21" },
	{ .type = 275, .value = RV_PAGE_PCREL, .field = RF_ARM64_ADR, .size = 4, .bits = 21,
	  .shift = 12, .check = RC_SIGNED, .name = "R_AARCH64_ADR_PREL_PG_HI21" },
	{ .type = 276, .value = RV_PAGE_PCREL, .field = RF_ARM64_ADR, .size = 4, .bits = 21,
	  .shift = 12, .name = "R_AARCH64_ADR_PREL_PG_HI21_NC" },
	IMM(277, RV_ABS, 10, 12, 0, 0, RC_NONE, "R_AARCH64_ADD_ABS_LO12_NC"),
	LDST(278, RV_ABS, 0, "R_AARCH64_LDST8_ABS_LO12_NC"),
	IMM(279, RV_PCREL, 5, 14, 2, 2, RC_SIGNED, "R_AARCH64_TSTBR14"),
	IMM(280, RV_PCREL, 5, 19, 2, 2, RC_SIGNED, "R_AARCH64_CONDBR19"),
	IMM(282, RV_PCREL, 0, 26, 2, 2, RC_SIGNED, "R_AARCH64_JUMP26"),
	IMM(283, RV_PCREL, 0, 26, 2, 2, RC_SIGNED, "R_AARCH64_CALL26"),
	LDST(284, RV_ABS, 1, "R_AARCH64_LDST16_ABS_LO12_NC"),
	LDST(285, RV_ABS, 2, "R_AARCH64_LDST32_ABS_LO12_NC"),
	LDST(286, RV_ABS, 3, "R_AARCH64_LDST64_ABS_LO12_NC"),
	LDST(299, RV_ABS, 4, "R_AARCH64_LDST128_ABS_LO12_NC"),
	{ .type = 311, .value = RV_GOT_PAGE_PCREL, .field = RF_ARM64_ADR, .size = 4,
	  .bits = 21, .shift = 12, .check = RC_SIGNED, .name = "R_AARCH64_ADR_GOT_PAGE" },
	LDST(312, RV_GOT, 3, "R_AARCH64_LD64_GOT_LO12_NC"),
};

const reloc_table reloc_arm64 = {
	.arch = "arm64", .rows = rows_arm64, .nrows = COUNT_OF(rows_arm64),
	.dropped_prefix = "$",
};
