/*
 * The relocation layer: what an ELF relocation computes and where its
 * value goes, as data.  Each arch has a table of rows, one per
 * relocation type (objects.md section 4): the value (S + A, S + A - P, a
 * GOT slot's address, a page, GP- or TOC-relative, ...), the field it
 * fills (a whole word, bits of an instruction, one of a few split
 * immediates), and what it checks.  Adding a type is adding a row;
 * the encoders below are shared by every arch.
 *
 * The object reader (objects/) finds a relocation's row and, for REL
 * objects, reads its addend out of the field; the fixups pass (link/)
 * applies it once every address is known.
 */
#ifndef P9LD_RELOCS_H
#define P9LD_RELOCS_H

#include "engine/engine.h"

/* What a relocation computes, in the psABIs' letters: S the target's
 * address, A the addend, P the address of the field, G the address of
 * the target's GOT slot, GOT the GOT's address, GP `_gp`, TOC `.TOC.`. */
typedef enum reloc_value {
	RV_NONE,           /* nothing is written (NONE, V4BX, RELAX) */
	RV_ABS,            /* S + A */
	RV_PCREL,          /* S + A - P */
	RV_GOT,            /* G + A */
	RV_GOT_PCREL,      /* G + A - P */
	RV_GOT_GOTOFF,     /* G + A - GOT */
	RV_GOTOFF,         /* S + A - GOT */
	RV_GOT_BASE_PCREL, /* GOT + A - P (the target is the GOT itself) */
	RV_PAGE_PCREL,     /* Page(S + A) - Page(P), pages of 4 KiB */
	RV_GOT_PAGE_PCREL, /* Page(G + A) - Page(P) */
	RV_GPREL,          /* S + A - GP */
	RV_GOT_GPREL,      /* G + A - GP */
	RV_TOCREL,         /* S + A - TOC */
	RV_TOC,            /* TOC + A */
	RV_PCREL_ENTRY,    /* S + A - P, to S's local entry (power64 ELFv2) */
	RV_PCREL_LO,       /* riscv: the S + A - P of the HI20 at the label S */
	RV_ADD,            /* the field + (S + A) */
	RV_SUB             /* the field - (S + A) */
} reloc_value;

/* Where the value goes.  Every field but RF_WORD keeps the bits it does
 * not fill. */
typedef enum reloc_field {
	RF_WORD,           /* the whole SIZE-byte word, the arch's byte order */
	RF_BITS,           /* BITS bits from bit LSB of the SIZE-byte word */
	RF_ARM64_ADR,      /* adr/adrp: value bits 1:0 to 30:29, 20:2 to 23:5 */
	RF_ARM_MOVW,       /* movw/movt: value bits 15:12 to 19:16, 11:0 to 11:0 */
	RF_ARM_CALL,       /* bl or blx imm: BITS bits from LSB; a blx becomes bl */
	RF_RISCV_I,        /* I-type immediate, bits 31:20 */
	RF_RISCV_S,        /* S-type: 11:5 to 31:25, 4:0 to 11:7 */
	RF_RISCV_B,        /* B-type branch */
	RF_RISCV_J,        /* J-type jal */
	RF_RISCV_CB,       /* compressed branch (16 bits) */
	RF_RISCV_CJ,       /* compressed jump (16 bits) */
	RF_RISCV_CALL      /* auipc and jalr: U-type then I-type */
} reloc_field;

/* The range the shifted value must be in, on BITS bits. */
typedef enum reloc_check {
	RC_NONE,
	RC_SIGNED,         /* -2^(BITS-1) <= v < 2^(BITS-1) */
	RC_UNSIGNED,       /* 0 <= v < 2^BITS */
	RC_EITHER,         /* -2^(BITS-1) <= v < 2^BITS */
	RC_REGION          /* mips j: the target in P + 4's 256 MiB region */
} reloc_check;

/* Row flags. */
enum {
	RR_NEGATE = 1,     /* the value is negated first (mips n64 SUB) */
	RR_HI16_PAIR = 2,  /* REL: add the paired LO16's half to the addend */
	RR_REFUSED = 4,    /* known, and refused: the row's NOTE says why */
	RR_PCREL_HI = 8,   /* riscv: a PCREL_LO at its label takes its value */
	RR_MODRM = 16,     /* 386: after a ModRM byte with no base register
			      the table's absolute variant applies */
	RR_LOCAL_ONLY = 32, /* mips GOT16: a local target is the page form */
	RR_NO_ADDEND = 64, /* the value has no A (mips G - GP): one is refused */
	RR_DQ_FORM = 128   /* power64 DS field: in a DQ-form instruction (lq,
			      lxv, stxv, lxvp) the low 4 bits are the
			      instruction's and the value is 16-aligned */
};

typedef struct reloc_row {
	uint32_t type;     /* r_type; mips n64: type | type2 << 8 | type3 << 16 */
	uint8_t value;     /* reloc_value */
	uint8_t field;     /* reloc_field */
	uint8_t size;      /* bytes of the word read and written: 1, 2, 4, 8 */
	uint8_t lsb;       /* RF_BITS: the field's lowest bit */
	uint8_t bits;      /* the field's width, and the range checked */
	uint8_t check;     /* reloc_check, of the value after the shift */
	uint8_t shift;     /* the field gets (X + ADJUST) >> SHIFT */
	uint8_t align;     /* log2: X must be a multiple of 1 << ALIGN */
	int8_t rel_shift;  /* REL: the addend is the field sign-extended,
			      shifted left this much; -1: it has none */
	uint8_t flags;     /* RR_* */
	int64_t adjust;
	const char *name;  /* "R_X86_64_PC32" */
	const char *note;  /* RR_REFUSED: what to do instead */
} reloc_row;

/* An arch's relocations and the few facts of its objects. */
typedef struct reloc_table {
	const char *arch;            /* p9ld's arch name */
	const reloc_row *rows;       /* sorted by type */
	size_t nrows;
	uint64_t gp_bias;            /* _gp = the data base + this; 0: no _gp */
	uint64_t toc_bias;           /* .TOC. = the GOT + this; 0: no .TOC. */
	const char *dropped_prefix;  /* local names not written ("$": mapping
					symbols), or NULL */
	uint32_t absolute_variant;   /* RR_MODRM: type | this is the other row */
	uint32_t lo16_type;          /* RR_HI16_PAIR: the type it pairs with */
} reloc_table;

/* relocs.c */
const reloc_table *reloc_table_of(const p9ld_arch *arch);
/* The row of TYPE, or NULL. */
const reloc_row *reloc_find(const reloc_table *t, uint32_t type);
/* Does the row take a GOT slot for its target? */
bool reloc_needs_slot(const reloc_row *r);
/* REL: the addend held in the field at P (the object's bytes). */
int64_t reloc_addend(const p9ld_image *img, const reloc_row *r, const uint8_t *p);
/* Apply the relocation F of the linked atom A: compute, check, write. */
void reloc_apply(p9ld_image *img, p9ld_atom *a, const fixup *f);
/* Apply R to the bytes at P of a section no atom holds (DWARF), with S,
 * A and P given; false when R's value is not one of S + A, S + A - P or
 * the field changed by S + A. */
bool reloc_patch(const reloc_row *r, uint8_t *p, bool big, int64_t sym, int64_t addend,
		 uint64_t at);
/* The row of an object's fixup F (link time). */
const reloc_row *reloc_row_of(const p9ld_image *img, const fixup *f);

/* The tables, one per arch family (x86.c, arm.c, mips.c, power.c,
 * sparc.c, riscv.c). */
extern const reloc_table reloc_386, reloc_amd64, reloc_arm, reloc_arm64,
	reloc_mips, reloc_spim, reloc_mips64, reloc_spim64, reloc_power,
	reloc_power64, reloc_sparc, reloc_riscv, reloc_riscv64;

/* The common rows: a whole word of SZ bytes (a REL addend is the word);
 * an immediate of B bits from bit L of a 4-byte instruction, taking the
 * value shifted right SH (a REL addend is the field shifted back), the
 * value a multiple of 1 << AL.  Rows of other shapes are written out. */
#define WORD(t, v, sz, chk, nm) \
	{ .type = (t), .value = (v), .field = RF_WORD, .size = (sz), \
	  .bits = 8 * (sz), .check = (chk), .name = (nm) }
#define IMM(t, v, l, b, sh, al, chk, nm) \
	{ .type = (t), .value = (v), .field = RF_BITS, .size = 4, .lsb = (l), \
	  .bits = (b), .shift = (sh), .align = (al), .rel_shift = (sh), \
	  .check = (chk), .name = (nm) }
#define NOTHING(t, nm) \
	{ .type = (t), .value = RV_NONE, .rel_shift = -1, .name = (nm) }
#define REFUSED(t, nm, why) \
	{ .type = (t), .value = RV_NONE, .rel_shift = -1, .flags = RR_REFUSED, \
	  .name = (nm), .note = (why) }

/* typenames.c: the name of relocation TYPE of ELF machine MACHINE (e_machine)
 * as the psABI spells it, for every type the psABI, binutils or LLVM
 * define, supported or not ("R_RISCV_TLS_GOT_HI20"); mips n64's composed
 * types are named "R_MIPS_GPREL16/R_MIPS_SUB/R_MIPS_HI16".  NULL for a
 * number no name is known for. */
const char *reloc_type_name(unsigned machine, uint32_t type);

#endif
