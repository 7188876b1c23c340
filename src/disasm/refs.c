/*
 * The addresses an instruction names, read from its bits: one table of
 * rules per instruction set, each rule a mask and match, the immediate's
 * bit fields, and what to make of it.  These are the ISAs' own encodings
 * (branch and call displacements, pc-relative loads, high and low parts),
 * not a decoder: LLVM decodes, this only finds targets to annotate.  x86
 * has no table: its variable-length encoding is LLVM's to take apart, and
 * LLVM reports every operand that may be an address (refs_operand).
 */
#include <string.h>

#include "disasm/dis.h"

/* Bits FROM..FROM+WIDTH-1 of the instruction go to bit TO of the value. */
typedef struct piece {
	uint8_t from, width, to;
} piece;

enum kind {
	REL,          /* pc + bias + imm */
	ABS,          /* imm */
	REGION,       /* mips j/jal: imm in the 256 MiB region of pc + 4 */
	HI,           /* rd = imm: the high part of an address */
	HI_PC,        /* rd = pc + imm (riscv auipc) */
	HI_PAGE,      /* rd = pc's 4 KiB page + imm (arm64 adrp) */
	LO_ADD,       /* rs's high part + imm, when rs was just set */
	LO_OR,        /* rs's high part | imm */
	ARM_LIT,      /* pc + 8 +- imm12, U bit 23 (ldr rt, [pc, #imm]) */
	ARM_ADR,      /* pc + 8 + the rotated immediate (add rd, pc, #imm) */
	ARM_ADR_SUB,  /* pc + 8 - the rotated immediate (sub rd, pc, #imm) */
};

enum { NONE = 0xff, MAXPIECES = 8 };

typedef struct rule {
	uint32_t mask, match;
	uint8_t size;                /* 2 or 4: the instruction's bytes */
	uint8_t kind;
	uint8_t ref;                 /* DISASM_BRANCH or DISASM_DATA */
	uint8_t sign;                /* the immediate is signed */
	int8_t bias;                 /* REL: added to pc */
	uint8_t rd, rs;              /* low bit of a 5-bit register field */
	piece imm[MAXPIECES];
} rule;

struct ruleset {
	const char *arch;
	const rule *rules;
	size_t n;
	unsigned zero_reg;           /* reads as 0: never holds a high part */
};

#define B DISASM_BRANCH
#define D DISASM_DATA

/* ARM state (A32).  BLX (immediate) is cond 1111 of B's encoding. */
static const rule arm[] = {
	{ 0xfe000000, 0xfa000000, 4, REL, B, 1, 8, NONE, NONE, { {0, 24, 2}, {24, 1, 1} } },
	{ 0x0e000000, 0x0a000000, 4, REL, B, 1, 8, NONE, NONE, { {0, 24, 2} } },
	{ 0x0f3f0000, 0x051f0000, 4, ARM_LIT, D, 0, 8, NONE, NONE, { {0, 12, 0} } },
	{ 0x0fff0000, 0x028f0000, 4, ARM_ADR, D, 0, 8, NONE, NONE, { {0, 12, 0} } },
	{ 0x0fff0000, 0x024f0000, 4, ARM_ADR_SUB, D, 0, 8, NONE, NONE, { {0, 12, 0} } },
};

static const rule arm64[] = {
	{ 0x7c000000, 0x14000000, 4, REL, B, 1, 0, NONE, NONE, { {0, 26, 2} } },   /* b, bl */
	{ 0xff000010, 0x54000000, 4, REL, B, 1, 0, NONE, NONE, { {5, 19, 2} } },   /* b.cond */
	{ 0x7e000000, 0x34000000, 4, REL, B, 1, 0, NONE, NONE, { {5, 19, 2} } },   /* cbz, cbnz */
	{ 0x7e000000, 0x36000000, 4, REL, B, 1, 0, NONE, NONE, { {5, 14, 2} } },   /* tbz, tbnz */
	{ 0x3b000000, 0x18000000, 4, REL, D, 1, 0, NONE, NONE, { {5, 19, 2} } },   /* ldr literal */
	{ 0x9f000000, 0x10000000, 4, REL, D, 1, 0, NONE, NONE, { {29, 2, 0}, {5, 19, 2} } },  /* adr */
	{ 0x9f000000, 0x90000000, 4, HI_PAGE, D, 1, 0, 0, NONE, { {29, 2, 12}, {5, 19, 14} } },  /* adrp */
	{ 0x7fc00000, 0x11000000, 4, LO_ADD, D, 0, 0, NONE, 5, { {10, 12, 0} } },  /* add #imm */
	{ 0xffc00000, 0xf9400000, 4, LO_ADD, D, 0, 0, NONE, 5, { {10, 12, 3} } },  /* ldr x */
	{ 0xffc00000, 0xf9000000, 4, LO_ADD, D, 0, 0, NONE, 5, { {10, 12, 3} } },  /* str x */
	{ 0xffc00000, 0xfd400000, 4, LO_ADD, D, 0, 0, NONE, 5, { {10, 12, 3} } },  /* ldr d */
	{ 0xffc00000, 0xb9400000, 4, LO_ADD, D, 0, 0, NONE, 5, { {10, 12, 2} } },  /* ldr w */
	{ 0xffc00000, 0xb9800000, 4, LO_ADD, D, 0, 0, NONE, 5, { {10, 12, 2} } },  /* ldrsw */
	{ 0xffc00000, 0xb9000000, 4, LO_ADD, D, 0, 0, NONE, 5, { {10, 12, 2} } },  /* str w */
	{ 0xffc00000, 0x79400000, 4, LO_ADD, D, 0, 0, NONE, 5, { {10, 12, 1} } },  /* ldrh */
	{ 0xffc00000, 0x79000000, 4, LO_ADD, D, 0, 0, NONE, 5, { {10, 12, 1} } },  /* strh */
	{ 0xffc00000, 0x39400000, 4, LO_ADD, D, 0, 0, NONE, 5, { {10, 12, 0} } },  /* ldrb */
	{ 0xffc00000, 0x39000000, 4, LO_ADD, D, 0, 0, NONE, 5, { {10, 12, 0} } },  /* strb */
};

/* Branches count from the delay slot (pc + 4). */
static const rule mips[] = {
	{ 0xf0000000, 0x10000000, 4, REL, B, 1, 4, NONE, NONE, { {0, 16, 2} } },   /* beq bne blez bgtz */
	{ 0xf0000000, 0x50000000, 4, REL, B, 1, 4, NONE, NONE, { {0, 16, 2} } },   /* the likely ones */
	{ 0xfc0c0000, 0x04000000, 4, REL, B, 1, 4, NONE, NONE, { {0, 16, 2} } },   /* bltz bgez (al) */
	{ 0xffe00000, 0x45000000, 4, REL, B, 1, 4, NONE, NONE, { {0, 16, 2} } },   /* bc1f bc1t */
	{ 0xf8000000, 0x08000000, 4, REGION, B, 0, 0, NONE, NONE, { {0, 26, 2} } },  /* j, jal */
	{ 0xffe00000, 0x3c000000, 4, HI, D, 1, 0, 16, NONE, { {0, 16, 16} } },     /* lui */
	{ 0xfc000000, 0x34000000, 4, LO_OR, D, 0, 0, NONE, 21, { {0, 16, 0} } },   /* ori */
	{ 0xfc000000, 0x24000000, 4, LO_ADD, D, 1, 0, NONE, 21, { {0, 16, 0} } },  /* addiu */
	{ 0xfc000000, 0x20000000, 4, LO_ADD, D, 1, 0, NONE, 21, { {0, 16, 0} } },  /* addi */
	{ 0xfc000000, 0x64000000, 4, LO_ADD, D, 1, 0, NONE, 21, { {0, 16, 0} } },  /* daddiu */
	{ 0x80000000, 0x80000000, 4, LO_ADD, D, 1, 0, NONE, 21, { {0, 16, 0} } },  /* loads, stores */
};

/* The AA bit (1) makes a branch absolute. */
static const rule power[] = {
	{ 0xfc000002, 0x48000000, 4, REL, B, 1, 0, NONE, NONE, { {2, 24, 2} } },  /* b, bl */
	{ 0xfc000002, 0x48000002, 4, ABS, B, 1, 0, NONE, NONE, { {2, 24, 2} } },  /* ba, bla */
	{ 0xfc000002, 0x40000000, 4, REL, B, 1, 0, NONE, NONE, { {2, 14, 2} } },  /* bc */
	{ 0xfc000002, 0x40000002, 4, ABS, B, 1, 0, NONE, NONE, { {2, 14, 2} } },  /* bca */
	{ 0xfc1f0000, 0x3c000000, 4, HI, D, 1, 0, 21, NONE, { {0, 16, 16} } },    /* lis */
	{ 0xfc000000, 0x60000000, 4, LO_OR, D, 0, 0, NONE, 21, { {0, 16, 0} } },  /* ori */
	{ 0xfc000000, 0x38000000, 4, LO_ADD, D, 1, 0, NONE, 16, { {0, 16, 0} } }, /* addi */
	{ 0xc0000000, 0x80000000, 4, LO_ADD, D, 1, 0, NONE, 16, { {0, 16, 0} } }, /* lwz .. stmw */
	{ 0xe0000000, 0xc0000000, 4, LO_ADD, D, 1, 0, NONE, 16, { {0, 16, 0} } }, /* lfs .. stfdu */
	{ 0xfc000000, 0xe8000000, 4, LO_ADD, D, 1, 0, NONE, 16, { {2, 14, 2} } }, /* ld, ldu, lwa */
	{ 0xfc000000, 0xf8000000, 4, LO_ADD, D, 1, 0, NONE, 16, { {2, 14, 2} } }, /* std, stdu */
};

static const rule sparc[] = {
	{ 0xc0000000, 0x40000000, 4, REL, B, 1, 0, NONE, NONE, { {0, 30, 2} } },  /* call */
	{ 0xc1c00000, 0x00800000, 4, REL, B, 1, 0, NONE, NONE, { {0, 22, 2} } },  /* bicc */
	{ 0xc1c00000, 0x01800000, 4, REL, B, 1, 0, NONE, NONE, { {0, 22, 2} } },  /* fbfcc */
	{ 0xc1c00000, 0x01000000, 4, HI, D, 0, 0, 25, NONE, { {0, 22, 10} } },    /* sethi */
	{ 0xc1f82000, 0x80102000, 4, LO_OR, D, 1, 0, NONE, 14, { {0, 13, 0} } },  /* or */
	{ 0xc1f82000, 0x80002000, 4, LO_ADD, D, 1, 0, NONE, 14, { {0, 13, 0} } }, /* add */
	{ 0xc1f82000, 0x81c02000, 4, LO_ADD, B, 1, 0, NONE, 14, { {0, 13, 0} } }, /* jmpl */
	{ 0xc0002000, 0xc0002000, 4, LO_ADD, D, 1, 0, NONE, 14, { {0, 13, 0} } }, /* loads, stores */
};

/* The 32-bit forms, then the compressed branches (c.jal is rv32's). */
#define RISCV_COMMON \
	{ 0x7f, 0x6f, 4, REL, B, 1, 0, NONE, NONE,                  /* jal */ \
	  { {21, 10, 1}, {20, 1, 11}, {12, 8, 12}, {31, 1, 20} } }, \
	{ 0x7f, 0x63, 4, REL, B, 1, 0, NONE, NONE,                  /* beq .. bgeu */ \
	  { {8, 4, 1}, {25, 6, 5}, {7, 1, 11}, {31, 1, 12} } }, \
	{ 0x7f, 0x37, 4, HI, D, 1, 0, 7, NONE, { {12, 20, 12} } },  /* lui */ \
	{ 0x7f, 0x17, 4, HI_PC, D, 1, 0, 7, NONE, { {12, 20, 12} } },  /* auipc */ \
	{ 0x707f, 0x13, 4, LO_ADD, D, 1, 0, NONE, 15, { {20, 12, 0} } },  /* addi */ \
	{ 0x707f, 0x1b, 4, LO_ADD, D, 1, 0, NONE, 15, { {20, 12, 0} } },  /* addiw */ \
	{ 0x707f, 0x67, 4, LO_ADD, B, 1, 0, NONE, 15, { {20, 12, 0} } },  /* jalr */ \
	{ 0x7f, 0x03, 4, LO_ADD, D, 1, 0, NONE, 15, { {20, 12, 0} } },    /* loads */ \
	{ 0x7f, 0x07, 4, LO_ADD, D, 1, 0, NONE, 15, { {20, 12, 0} } },    /* flw, fld */ \
	{ 0x7f, 0x23, 4, LO_ADD, D, 1, 0, NONE, 15, { {7, 5, 0}, {25, 7, 5} } },  /* stores */ \
	{ 0x7f, 0x27, 4, LO_ADD, D, 1, 0, NONE, 15, { {7, 5, 0}, {25, 7, 5} } },  /* fsw, fsd */ \
	{ 0xe003, 0xa001, 2, REL, B, 1, 0, NONE, NONE,              /* c.j */ \
	  { {12, 1, 11}, {11, 1, 4}, {9, 2, 8}, {8, 1, 10}, {7, 1, 6}, {6, 1, 7}, {3, 3, 1}, {2, 1, 5} } }, \
	{ 0xc003, 0xc001, 2, REL, B, 1, 0, NONE, NONE,              /* c.beqz, c.bnez */ \
	  { {12, 1, 8}, {10, 2, 3}, {5, 2, 6}, {3, 2, 1}, {2, 1, 5} } }

static const rule riscv[] = {
	RISCV_COMMON,
	{ 0xe003, 0x2001, 2, REL, B, 1, 0, NONE, NONE,              /* c.jal */
	  { {12, 1, 11}, {11, 1, 4}, {9, 2, 8}, {8, 1, 10}, {7, 1, 6}, {6, 1, 7}, {3, 3, 1}, {2, 1, 5} } },
};

static const rule riscv64[] = { RISCV_COMMON };

#undef B
#undef D

#define SET(name, table, zero) { name, table, sizeof table / sizeof table[0], zero }
static const ruleset sets[] = {
	SET("arm", arm, NONE), SET("arm64", arm64, NONE),
	SET("mips", mips, 0), SET("spim", mips, 0), SET("mips64", mips, 0), SET("spim64", mips, 0),
	SET("power", power, 0), SET("power64", power, 0), SET("sparc", sparc, 0),
	SET("riscv", riscv, 0), SET("riscv64", riscv64, 0),
};

const ruleset *rules_for(const p9ld_arch *arch)
{
	for (size_t i = 0; i < sizeof sets / sizeof sets[0]; i++)
		if (strcmp(sets[i].arch, arch->name) == 0)
			return &sets[i];
	return NULL;
}

void refs_add(disasm_insn *insn, uint64_t addr, int kind, const p9ld_arch *arch)
{
	if (insn->nrefs == DISASM_MAXREFS)
		return;
	if (arch->ptr_size == 4)
		addr &= 0xffffffffu;
	insn->refs[insn->nrefs].addr = addr;
	insn->refs[insn->nrefs++].kind = kind;
}

static uint32_t get_word(const uint8_t *b, unsigned n, bool big)
{
	uint32_t w = 0;
	for (unsigned i = 0; i < n; i++)
		w |= (uint32_t)b[i] << 8 * (big ? n - 1 - i : i);
	return w;
}

static uint64_t gather(const rule *r, uint32_t w)
{
	uint64_t v = 0;
	unsigned top = 0;
	for (const piece *p = r->imm; p < r->imm + MAXPIECES && p->width; p++) {
		v |= (uint64_t)((w >> p->from) & ((1u << p->width) - 1)) << p->to;
		if (p->to + p->width > top)
			top = p->to + p->width;
	}
	if (r->sign && top && (v >> (top - 1) & 1))
		v |= ~0ull << top;
	return v;
}

static uint32_t ror32(uint32_t v, unsigned n)
{
	return n ? v >> n | v << (32 - n) : v;
}

static void apply(disasm *d, const rule *r, uint32_t w, uint64_t pc, pending prev,
		  disasm_insn *insn)
{
	uint64_t imm = gather(r, w);
	unsigned rd = r->rd != NONE ? (w >> r->rd) & 31 : 0;
	bool paired = prev.valid && prev.next_pc == pc && r->rs != NONE &&
		      ((w >> r->rs) & 31) == prev.reg;
	uint64_t rot = ror32(w & 0xff, 2 * ((w >> 8) & 15));
	switch (r->kind) {
	case REL: refs_add(insn, pc + (uint64_t)(int64_t)r->bias + imm, r->ref, d->arch); break;
	case ABS: refs_add(insn, imm, r->ref, d->arch); break;
	case REGION: refs_add(insn, ((pc + 4) & ~0x0fffffffull) | imm, r->ref, d->arch); break;
	case ARM_LIT: refs_add(insn, w >> 23 & 1 ? pc + 8 + imm : pc + 8 - imm, r->ref, d->arch); break;
	case ARM_ADR: refs_add(insn, pc + 8 + rot, r->ref, d->arch); break;
	case ARM_ADR_SUB: refs_add(insn, pc + 8 - rot, r->ref, d->arch); break;
	case LO_ADD: if (paired) refs_add(insn, prev.value + imm, r->ref, d->arch); break;
	case LO_OR: if (paired) refs_add(insn, prev.value | imm, r->ref, d->arch); break;
	default:                         /* a high part for the next instruction */
		if (rd == d->rules->zero_reg)
			break;
		d->hi.valid = true;
		d->hi.next_pc = pc + r->size;
		d->hi.reg = rd;
		d->hi.value = r->kind == HI ? imm : r->kind == HI_PC ? pc + imm
			: (pc & ~0xfffull) + imm;
	}
}

/* A direct branch names its target; an indirect one (the '*' of AT&T
 * syntax) or any other instruction names data.  A one-byte operand is an
 * address only as a short branch's displacement. */
static void x86_kinds(disasm_insn *insn)
{
	const char *t = insn->text;
	bool branch = !strchr(t, '*') &&
		(t[0] == 'j' || strncmp(t, "call", 4) == 0 || strncmp(t, "loop", 4) == 0);
	int n = 0;
	for (int i = 0; i < insn->nrefs; i++) {
		if (insn->refs[i].kind == REF_BYTE && !branch)
			continue;
		insn->refs[n].addr = insn->refs[i].addr;
		insn->refs[n++].kind = branch ? DISASM_BRANCH : DISASM_DATA;
	}
	insn->nrefs = n;
}

void refs_operand(disasm *d, uint64_t value, uint64_t size)
{
	refs_add(d->cur, value, size == 1 ? REF_BYTE : DISASM_DATA, d->arch);
}

void refs_find(disasm *d, uint64_t pc, const uint8_t *b, disasm_insn *insn)
{
	pending prev = d->hi;
	d->hi.valid = false;
	if (!d->rules) {
		x86_kinds(insn);
		return;
	}
	if (insn->len != 2 && insn->len != 4)
		return;
	uint32_t w = (uint32_t)get_word(b, (unsigned)insn->len, d->arch->big_endian);
	for (size_t i = 0; i < d->rules->n; i++) {
		const rule *r = &d->rules->rules[i];
		if (r->size == insn->len && (w & r->mask) == r->match) {
			apply(d, r, w, pc, prev, insn);
			return;
		}
	}
}
