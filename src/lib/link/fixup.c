/*
 * Fixups: with every address known, evaluate each kept atom's fixups and
 * write their values into the atom's bytes, range-checked for the field;
 * an object's relocations are applied by their rows (relocs/).
 * Absolute symbols are evaluated here too, so their errors come with the
 * other value errors, before anything is written.
 */
#include "relocs/relocs.h"

/* F's value: most name an atom, whose address is all there is to it. */
static bool value_of(p9ld_image *img, const p9ld_atom *a, const fixup *f, int64_t *v)
{
	if (!fixup_by_name(f))
		return expr_eval(img, f->u.expr, EVAL_LINKED, v);
	if (f->u.name->kind == NAME_ATOM) {
		*v = (int64_t)f->u.name->u.atom->addr;
		return true;
	}
	return name_value(img, f->u.name, fixup_place(img, a, f), EVAL_LINKED, v);
}

static void apply(p9ld_image *img, p9ld_atom *a, fixup *f)
{
	if (fixup_reloc(f)) {
		reloc_apply(img, a, f);
		return;
	}
	int64_t v;
	if (!value_of(img, a, f, &v))
		return;
	unsigned width = f->width;
	bool pcrel = fixup_pcrel(f);
	if (pcrel)
		v = (int64_t)((uint64_t)v - (a->addr + f->offset + width));
	if (!value_fits(v, width, pcrel)) {
		if (pcrel)
			diag_error(img, fixup_place(img, a, f),
				   "pc-relative displacement %lld does not fit in %u signed byte%s",
				   (long long)v, width, width == 1 ? "" : "s");
		else
			diag_error(img, fixup_place(img, a, f),
				   "value %#llx (%lld) does not fit in %u byte%s",
				   (unsigned long long)v, (long long)v, width,
				   width == 1 ? "" : "s");
		return;
	}
	put_uint(a->bytes + f->offset, (uint64_t)v, width,
		 order_big(img, fixup_order(f)));
}

static void fix_atoms(p9ld_image *img, const vec *list)
{
	p9ld_atom *const *atoms = list->data;
	for (size_t i = 0; i < list->len; i++) {
		p9ld_atom *a = atoms[i];
		prefetch_ahead(atoms, i, list->len);
		if (!a->kept)
			continue;
		for (uint32_t k = 0; k < a->nfixups; k++) {
			prefetch_fixup_names(a, k);
			apply(img, a, &a->fixups[k]);
		}
	}
}

/* Symbols in the table must fit its value field; those that only serve
 * expressions are evaluated where they are used. */
static void eval_symbols(p9ld_image *img)
{
	unsigned size = img->arch->sym_value_size;
	for (size_t i = 0; i < img->symbols.len; i++) {
		name *n = *(name **)vec_at(&img->symbols, i);
		int64_t v;
		if (n->seg < 0 || !name_value(img, n, n->def_place, EVAL_LINKED, &v))
			continue;
		if (size < 8 && (uint64_t)v > UINT32_MAX)
			diag_error(img, n->def_place,
				   "value %#llx of symbol '%s' does not fit the %u-byte symbol values of %s",
				   (unsigned long long)v, n->str, size, img->arch->name);
	}
}

bool pass_fixups(p9ld_image *img)
{
	fix_atoms(img, &img->atoms);
	fix_atoms(img, &img->anons);
	eval_symbols(img);
	return img->errors == 0 && got_fill(img);
}
