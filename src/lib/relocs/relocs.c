/*
 * Relocations applied: an object's fixup holds its target, its addend and
 * its row; once every address is known, the row says what value to
 * compute, how to check it and how to write it.  The encoders here are
 * the only code that knows an instruction's shape; the rows are data.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "relocs/relocs.h"

static const reloc_table *const tables[] = {
	&reloc_386, &reloc_amd64, &reloc_arm, &reloc_arm64, &reloc_mips,
	&reloc_spim, &reloc_mips64, &reloc_spim64, &reloc_power, &reloc_power64,
	&reloc_sparc, &reloc_riscv, &reloc_riscv64,
};

const reloc_table *reloc_table_of(const p9ld_arch *arch)
{
	for (size_t i = 0; arch && i < COUNT_OF(tables); i++)
		if (strcmp(tables[i]->arch, arch->name) == 0)
			return tables[i];
	return NULL;
}

int p9ld_reloc_at(const p9ld_arch *arch, size_t i, uint32_t *type, const char **type_name)
{
	const reloc_table *t = reloc_table_of(arch);
	if (!t || i >= t->nrows)
		return -1;
	*type = t->rows[i].type;
	*type_name = t->rows[i].name;
	return 0;
}

const reloc_row *reloc_find(const reloc_table *t, uint32_t type)
{
	size_t lo = 0, hi = t->nrows;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (t->rows[mid].type == type)
			return &t->rows[mid];
		if (t->rows[mid].type < type)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

const reloc_row *reloc_row_of(const p9ld_image *img, const fixup *f)
{
	return &((const reloc_table *)img->relocs)->rows[f->reloc];
}

bool reloc_needs_slot(const reloc_row *r)
{
	switch (r->value) {
	case RV_GOT:
	case RV_GOT_PCREL:
	case RV_GOT_GOTOFF:
	case RV_GOT_PAGE_PCREL:
	case RV_GOT_GPREL:
		return true;
	default:
		return false;
	}
}

static int64_t sext(uint64_t v, unsigned bits)
{
	if (bits >= 64)
		return (int64_t)v;
	uint64_t sign = (uint64_t)1 << (bits - 1);
	v &= (sign << 1) - 1;
	return (int64_t)((v ^ sign) - sign);
}

static uint64_t mask_of(unsigned bits)
{
	return bits >= 64 ? UINT64_MAX : ((uint64_t)1 << bits) - 1;
}

/* ---- fields ------------------------------------------------------------- */

static uint64_t get_word(const p9ld_image *img, const uint8_t *p, unsigned size)
{
	return get_uint(p, size, arch_big(img));
}

int64_t reloc_addend(const p9ld_image *img, const reloc_row *r, const uint8_t *p)
{
	if (r->rel_shift < 0)
		return 0;
	uint64_t w = get_word(img, p, r->size);
	uint64_t field;
	unsigned bits = r->bits;
	switch (r->field) {
	case RF_WORD:
		field = w;
		bits = 8u * r->size;
		break;
	case RF_BITS:
	case RF_ARM_CALL:
		field = w >> r->lsb;
		break;
	case RF_ARM_MOVW:
		field = ((w >> 16) & 0xf) << 12 | (w & 0xfff);
		bits = 16;
		break;
	default:
		return 0;            /* split immediates come in RELA objects */
	}
	return (int64_t)((uint64_t)sext(field, bits) << r->rel_shift);
}

/* Set BITS bits of W from bit LSB to V's low bits. */
static uint64_t put_bits(uint64_t w, unsigned lsb, unsigned bits, uint64_t v)
{
	uint64_t m = mask_of(bits) << lsb;
	return (w & ~m) | ((v << lsb) & m);
}

/* Value bits HI..LO of V, at bit AT. */
static uint64_t take(uint64_t v, unsigned hi, unsigned lo, unsigned at)
{
	return ((v >> lo) & mask_of(hi - lo + 1)) << at;
}

/* The instruction word W with V (the shifted value) and X (the value)
 * in the row's field. */
static uint64_t encode(const reloc_row *r, uint64_t w, uint64_t v, uint64_t x)
{
	switch (r->field) {
	case RF_WORD:
		return v;
	case RF_BITS:
		return put_bits(w, r->lsb, r->bits, v);
	case RF_ARM64_ADR:
		return (w & ~(UINT64_C(3) << 29 | UINT64_C(0x7ffff) << 5)) |
		       take(v, 1, 0, 29) | take(v, 20, 2, 5);
	case RF_ARM_CALL:
		/* blx imm (condition 0xf) switches to Thumb state; the targets
		 * p9ld links are ARM code, so it is a bl, as lld makes it */
		if ((w >> 28) == 0xf)
			w = UINT64_C(0xeb000000);
		return put_bits(w, r->lsb, r->bits, v);
	case RF_ARM_MOVW:
		return (w & ~UINT64_C(0x000f0fff)) | take(v, 15, 12, 16) | take(v, 11, 0, 0);
	case RF_RISCV_I:
		return put_bits(w, 20, 12, v);
	case RF_RISCV_S:
		return (w & UINT64_C(0x01fff07f)) | take(v, 11, 5, 25) | take(v, 4, 0, 7);
	case RF_RISCV_B:
		return (w & UINT64_C(0x01fff07f)) | take(v, 12, 12, 31) | take(v, 10, 5, 25) |
		       take(v, 4, 1, 8) | take(v, 11, 11, 7);
	case RF_RISCV_J:
		return (w & UINT64_C(0xfff)) | take(v, 20, 20, 31) | take(v, 10, 1, 21) |
		       take(v, 11, 11, 20) | take(v, 19, 12, 12);
	case RF_RISCV_CB:
		return (w & UINT64_C(0xe383)) | take(v, 8, 8, 12) | take(v, 4, 3, 10) |
		       take(v, 7, 6, 5) | take(v, 2, 1, 3) | take(v, 5, 5, 2);
	case RF_RISCV_CJ:
		return (w & UINT64_C(0xe003)) | take(v, 11, 11, 12) | take(v, 4, 4, 11) |
		       take(v, 9, 8, 9) | take(v, 10, 10, 8) | take(v, 6, 6, 7) |
		       take(v, 7, 7, 6) | take(v, 3, 1, 3) | take(v, 5, 5, 2);
	case RF_RISCV_CALL:
		/* the auipc's word; the jalr's is written by the caller */
		(void)x;
		return put_bits(w, 12, 20, v);
	}
	return w;
}

/* ---- values ------------------------------------------------------------- */

typedef struct site {
	p9ld_image *img;
	p9ld_atom *atom;
	const fixup *f;
	const reloc_row *row;
} site;

static void site_error(const site *s, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void site_error(const site *s, const char *fmt, ...)
{
	char msg[320];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	const fixup *f = s->f;
	const char *target = "";
	if (diag_hidden(s->img))
		;                        /* no name looked for in a message not shown */
	else if (fixup_in_atom(f))
		target = atom_symbol_at(f->u.atom, f->v.in_atom.offset);
	else if (f->u.name)
		target = f->u.name->str;
	diag_error(s->img, fixup_place(s->img, s->atom, f), "%s against '%s': %s",
		   s->row->name, target, msg);
}

/* S: the target's address or value (an undefined one is reported at
 * the relocation's place). */
static bool symbol_value(const site *s, const fixup *f, int64_t *out)
{
	if (fixup_in_atom(f)) {
		*out = (int64_t)(f->u.atom->addr + f->v.in_atom.offset);
		return true;
	}
	name *n = f->u.name;
	while (n->kind == NAME_ALIAS)
		n = n->u.alias->target;
	if (n->kind == NAME_ATOM) {          /* a section's own symbol, mostly */
		*out = (int64_t)n->u.atom->addr;
		return true;
	}
	/* an object's place is a string made for the message: only then */
	p9ld_place at = n->kind == NAME_UNDEF ? fixup_place(s->img, s->atom, f) : no_place;
	return name_value(s->img, n, at, EVAL_LINKED, out);
}

/* G: the address of the target's GOT slot. */
static bool slot_value(const site *s, const fixup *f, int64_t *out)
{
	uint32_t slot;
	if (!got_slot_of(s->img, f->u.name, &slot)) {
		site_error(s, "it has no GOT slot");
		return false;
	}
	*out = (int64_t)got_slot_addr(s->img, slot);
	return true;
}

static bool hi_value(const site *s, int64_t *out);

/* X, the value the row computes for fixup F of atom A (P is F's place). */
static bool compute(const site *s, p9ld_atom *a, const fixup *f, const reloc_row *r,
		    int64_t *out)
{
	p9ld_image *img = s->img;
	uint64_t p = a->addr + f->offset;
	int64_t sym = 0, slot = 0, base;
	int64_t addend = fixup_addend(f);
	bool uses_slot = reloc_needs_slot(r);
	if (r->value != RV_PCREL_LO && r->value != RV_GOT_BASE_PCREL && r->value != RV_TOC &&
	    !uses_slot && !symbol_value(s, f, &sym))
		return false;
	if (uses_slot && !slot_value(s, f, &slot))
		return false;
	uint64_t x;
	switch (r->value) {
	case RV_ABS:
		x = (uint64_t)sym + (uint64_t)addend;
		break;
	case RV_PCREL:
		x = (uint64_t)sym + (uint64_t)addend - p;
		break;
	case RV_PCREL_ENTRY: {
		const name *n = fixup_name(f);
		unsigned k = n->bind & BIND_LOCAL_ENTRY;
		x = (uint64_t)sym + (uint64_t)addend - p + (k >= 2 ? (uint64_t)1 << k : 0);
		break;
	}
	case RV_GOT:
		x = (uint64_t)slot + (uint64_t)addend;
		break;
	case RV_GOT_PCREL:
		x = (uint64_t)slot + (uint64_t)addend - p;
		break;
	case RV_GOT_GOTOFF:
		x = (uint64_t)slot + (uint64_t)addend - img->out.got_addr;
		break;
	case RV_GOTOFF:
		x = (uint64_t)sym + (uint64_t)addend - img->out.got_addr;
		break;
	case RV_GOT_BASE_PCREL:
		x = img->out.got_addr + (uint64_t)addend - p;
		break;
	case RV_PAGE_PCREL:
		x = (((uint64_t)sym + (uint64_t)addend) & ~UINT64_C(0xfff)) - (p & ~UINT64_C(0xfff));
		break;
	case RV_GOT_PAGE_PCREL:
		x = (((uint64_t)slot + (uint64_t)addend) & ~UINT64_C(0xfff)) - (p & ~UINT64_C(0xfff));
		break;
	case RV_GPREL:
	case RV_GOT_GPREL:
		if (!name_value(img, img->gp_name, no_place, EVAL_LINKED, &base))
			return false;
		x = (uint64_t)(r->value == RV_GPREL ? sym : slot) + (uint64_t)addend - (uint64_t)base;
		break;
	case RV_TOCREL:
	case RV_TOC:
		if (!name_value(img, img->toc_name, no_place, EVAL_LINKED, &base))
			return false;
		x = (r->value == RV_TOCREL ? (uint64_t)sym - (uint64_t)base : (uint64_t)base) +
		    (uint64_t)addend;
		break;
	case RV_PCREL_LO:
		return hi_value(s, out);
	case RV_ADD:
	case RV_SUB: {
		/* S + A wraps as an address does; the field keeps all its
		 * bits (an ADD64 on riscv32 keeps the high word) */
		uint64_t field = get_word(img, a->bytes + f->offset, r->size);
		uint64_t sa = (uint64_t)sym + (uint64_t)addend;
		if (img->arch->ptr_size == 4)
			sa = (uint64_t)sext(sa, 32);
		x = r->value == RV_ADD ? field + sa : field - sa;
		if (r->field == RF_BITS)       /* SUB6: the low bits of the byte */
			x = (field >> r->lsb) - sa;
		*out = (int64_t)x;
		return true;
	}
	default:
		x = 0;
		break;
	}
	/* 32-bit archs compute modulo 2^32 */
	*out = img->arch->ptr_size == 4 ? sext(x, 32) : (int64_t)x;
	return true;
}

/* riscv's PCREL_LO: the value of the HI20 at the label it names, which
 * is in the same atom or another. */
static bool hi_value(const site *s, int64_t *out)
{
	const name *n = fixup_name(s->f);
	p9ld_atom *a;
	uint64_t off;
	if (!n) {
		a = s->f->u.atom;
		off = s->f->v.in_atom.offset;
	} else if (n->kind == NAME_LABEL) {
		a = n->u.label->atom;
		off = n->u.label->offset;
	} else if (n->kind == NAME_ATOM) {
		a = n->u.atom;
		off = (uint64_t)s->f->v.addend;
	} else {
		site_error(s, "the label of a HI20 relocation is wanted");
		return false;
	}
	uint32_t lo = 0, hi = a->nfixups;
	while (lo < hi) {                    /* the atom's relocations by offset */
		uint32_t mid = lo + (hi - lo) / 2;
		if (a->fixups[mid].offset < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < a->nfixups && a->fixups[lo].offset == off; lo++) {
		const fixup *hf = &a->fixups[lo];
		const reloc_row *hr = fixup_reloc(hf) ? reloc_row_of(s->img, hf) : NULL;
		if (hr && (hr->flags & RR_PCREL_HI)) {
			site hs = { s->img, a, hf, hr };
			return compute(&hs, a, hf, hr, out);
		}
	}
	site_error(s, "no PCREL_HI20 or GOT_HI20 relocation at %s+%#" PRIx64,
		   a->name->str, off);
	return false;
}

/* ---- checks ------------------------------------------------------------------ */

static const char *const check_words[] = {
	[RC_SIGNED] = "signed", [RC_UNSIGNED] = "unsigned", [RC_EITHER] = "signed or unsigned",
};

/* Does the shifted value V fit the row's field? */
static bool fits(const reloc_row *r, int64_t v, int64_t *lo, int64_t *hi)
{
	unsigned b = r->bits;
	if (b >= 64)
		return true;
	int64_t half = (int64_t)1 << (b - 1);
	switch (r->check) {
	case RC_SIGNED:
		*lo = -half, *hi = half - 1;
		break;
	case RC_UNSIGNED:
		*lo = 0, *hi = 2 * half - 1;
		break;
	case RC_EITHER:
		*lo = -half, *hi = 2 * half - 1;
		break;
	default:
		return true;
	}
	return v >= *lo && v <= *hi;
}

static bool checked(const site *s, int64_t x, int64_t v)
{
	const reloc_row *r = s->row;
	uint64_t align = (uint64_t)1 << r->align;
	if ((uint64_t)x & (align - 1)) {
		site_error(s, "value %#" PRIx64 " is not a multiple of %" PRIu64, (uint64_t)x,
			   align);
		return false;
	}
	if (r->check == RC_REGION) {
		/* a 32-bit arch's addresses are modulo 2^32 (x is sign-extended) */
		uint64_t m = s->img->arch->ptr_size == 4 ? UINT32_MAX : UINT64_MAX;
		uint64_t p4 = (s->atom->addr + s->f->offset + 4) & m, t = (uint64_t)x & m;
		if ((t ^ p4) >> 28) {
			uint64_t lo = p4 & ~UINT64_C(0xfffffff);
			site_error(s, "target %#" PRIx64 " is outside %#" PRIx64 " to %#" PRIx64
				   ", the 256 MiB region of the delay slot at %#" PRIx64,
				   t, lo, lo + 0xfffffff, p4);
			return false;
		}
		return true;
	}
	int64_t lo, hi;
	if (fits(r, v, &lo, &hi))
		return true;
	/* the range of the value itself, before the shift */
	int64_t xlo = (int64_t)((uint64_t)lo << r->shift) - r->adjust;
	int64_t xhi = (int64_t)(((uint64_t)hi << r->shift) | mask_of(r->shift)) - r->adjust;
	site_error(s, "value %#" PRIx64 " (%" PRId64 ") does not fit the %u-bit %s field "
		   "(%" PRId64 " to %" PRId64 ")", (uint64_t)x, x, r->bits,
		   check_words[r->check], xlo, xhi);
	return false;
}

/* power64: is the DS field of F in a DQ-form instruction?  The field is
 * the low halfword of the instruction word; DQ-form are lq (primary
 * opcode 56), lxvp/stxvp (6), and lxv/stxv (61 with the low 2 bits 01,
 * which DS-forms of 61 do not use). */
static bool dq_form(const p9ld_image *img, const p9ld_atom *a, const fixup *f)
{
	bool big = arch_big(img);
	if (big && f->offset < 2)
		return false;
	uint32_t at = big ? f->offset - 2 : f->offset;
	if (a->size < 4 || at > a->size - 4)
		return false;
	uint32_t w = (uint32_t)get_uint(a->bytes + at, 4, big);
	unsigned op = w >> 26;
	return op == 56 || op == 6 || (op == 61 && (w & 3) == 1);
}

void reloc_apply(p9ld_image *img, p9ld_atom *a, const fixup *f)
{
	const reloc_row *r = reloc_row_of(img, f);
	reloc_row dq;
	if ((r->flags & RR_DQ_FORM) && dq_form(img, a, f)) {
		dq = *r;                     /* the displacement is bits 15..4 */
		dq.lsb = dq.shift = dq.align = 4;
		dq.bits = 12;
		r = &dq;
	}
	site s = { img, a, f, r };
	int64_t x;
	if (r->value == RV_NONE || !compute(&s, a, f, r, &x))
		return;
	if (r->flags & RR_NEGATE)
		x = (int64_t)(0 - (uint64_t)x);
	int64_t v = (int64_t)((uint64_t)x + (uint64_t)r->adjust);
	v = r->shift >= 64 ? (v < 0 ? -1 : 0) : v >> r->shift;   /* arithmetic */
	if (!checked(&s, x, v))
		return;
	uint8_t *p = a->bytes + f->offset;
	bool big = arch_big(img);
	uint64_t w = r->field == RF_WORD ? 0 : get_uint(p, r->size, big);
	put_uint(p, encode(r, w, (uint64_t)v, (uint64_t)x), r->size, big);
	if (r->field == RF_RISCV_CALL)       /* the jalr after the auipc */
		put_uint(p + 4, put_bits(get_uint(p + 4, 4, big), 20, 12, (uint64_t)x),
			 4, big);
}

/* A relocation of a section no atom holds (the DWARF sections, read for
 * lines): S, A and P given, the value written unchecked. */
bool reloc_patch(const reloc_row *r, uint8_t *p, bool big, int64_t sym, int64_t addend,
		 uint64_t at)
{
	uint64_t sa = (uint64_t)sym + (uint64_t)addend, x;
	uint64_t w = get_uint(p, r->size, big);
	switch (r->value) {
	case RV_ABS:
		x = sa;
		break;
	case RV_PCREL:
		x = sa - at;
		break;
	case RV_ADD:
		x = w + sa;
		break;
	case RV_SUB:
		x = (r->field == RF_BITS ? w >> r->lsb : w) - sa;
		break;
	case RV_NONE:
		return true;
	default:
		return false;
	}
	if (r->flags & RR_NEGATE)
		x = 0 - x;
	int64_t v = (int64_t)(x + (uint64_t)r->adjust);
	v = r->shift >= 64 ? (v < 0 ? -1 : 0) : v >> r->shift;
	put_uint(p, encode(r, r->field == RF_WORD ? 0 : w, (uint64_t)v, x), r->size, big);
	return true;
}
