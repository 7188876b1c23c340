/*
 * The GOT: an array of pointer-sized slots at the start of data, slot i
 * holding the address (or value) of its name (language.md section 5).
 * Slots are numbered before layout, since the GOT's size decides where
 * data atoms go, and filled after it.
 *
 * Order: the atoms in script order, each followed by those of its labels
 * that got(NAME) or an object's GOT relocation asks for; the anonymous
 * strings; the absolute symbols asked for; etext, edata, end.  Under
 * 'got all' every named atom has a slot (an object's section has no name
 * of its own: only its symbols asked for do).
 */
#include <string.h>

#include "engine/engine.h"

/* N's record is read only under 'got used': a million atoms' names are
 * a million cache misses. */
static bool wants_slot(const p9ld_image *img, const name *n)
{
	return img->got_policy == P9LD_GOT_ALL ||
	       (img->got_policy == P9LD_GOT_USED && n && n->got_used);
}

static uint32_t next_slot(uint64_t *next)
{
	return (uint32_t)(*next)++;
}

static void number_atoms(p9ld_image *img, const vec *list, uint64_t *next)
{
	p9ld_atom *const *atoms = list->data;
	for (size_t i = 0; i < list->len; i++) {
		p9ld_atom *a = atoms[i];
		if (!a->kept)
			continue;
		if (!(a->flags & ATOM_UNNAMED) && wants_slot(img, a->name))
			a->got_slot = next_slot(next);
		if (!img->got_exprs)
			continue;            /* no label can want one: no label to read */
		for (label *l = atom_labels(a); l; l = l->next)
			if (l->name->got_used && l->name->u.label == l)
				l->got_slot = next_slot(next);
	}
}

static void number_symbols(p9ld_image *img, uint64_t *next)
{
	for (size_t i = 0; img->got_exprs && i < img->symbols.len; i++) {
		name *n = *(name **)vec_at(&img->symbols, i);
		if (n->got_used)
			n->u.def->got_slot = next_slot(next);
	}
}

bool pass_got(p9ld_image *img)
{
	uint64_t next = 0;
	for (int i = 0; i < 3; i++)
		img->out.special_slot[i] = UINT32_MAX;
	if (img->got_policy != P9LD_GOT_NONE) {   /* none: no slot, no atom read */
		number_atoms(img, &img->atoms, &next);
		number_atoms(img, &img->anons, &next);
		number_symbols(img, &next);
		for (int i = 0; i < 3; i++)
			if (img->specials[i] && wants_slot(img, img->special_names[i]))
				img->out.special_slot[i] = next_slot(&next);
	}
	if (next > UINT32_MAX - 1) {
		diag_error(img, no_place, "too many GOT slots (%llu)",
			   (unsigned long long)next);
		return false;
	}
	img->out.got_slots = next;
	return true;
}

uint64_t got_slot_addr(const p9ld_image *img, uint32_t slot)
{
	return img->out.got_addr + (uint64_t)slot * ptr_size(img);
}

bool got_slot_of(const p9ld_image *img, const name *n, uint32_t *slot)
{
	while (n->kind == NAME_ALIAS)
		n = n->u.alias->target;
	switch (n->kind) {
	case NAME_ATOM:
		*slot = n->u.atom->got_slot;
		break;
	case NAME_LABEL:
		*slot = n->u.label->got_slot;
		break;
	case NAME_SYMBOL:
		*slot = n->u.def->got_slot;
		break;
	case NAME_SPECIAL:
		*slot = img->out.special_slot[n->u.special];
		break;
	default:
		return false;
	}
	return *slot != UINT32_MAX;
}

uint32_t special_got_slot(const p9ld_image *img, int special)
{
	return img->out.special_slot[special];
}

bool special_value(const p9ld_image *img, int special, uint64_t *out)
{
	const output *l = &img->out;
	*out = special == P9LD_ETEXT ? l->etext
	     : special == P9LD_EDATA ? l->edata : l->end;
	return true;
}

static void put_slot(p9ld_image *img, uint32_t slot, uint64_t value)
{
	unsigned ptr = ptr_size(img);
	put_uint(img->out.got.data + (uint64_t)slot * ptr, value, ptr, arch_big(img));
}

static void fill_atoms(p9ld_image *img, const vec *list)
{
	p9ld_atom *const *atoms = list->data;
	for (size_t i = 0; i < list->len; i++) {
		p9ld_atom *a = atoms[i];
		if (a->got_slot != UINT32_MAX)
			put_slot(img, a->got_slot, a->addr);
		if (!img->got_exprs || !a->kept)
			continue;
		for (const label *l = atom_labels(a); l; l = l->next)
			if (l->got_slot != UINT32_MAX)
				put_slot(img, l->got_slot, a->addr + l->offset);
	}
}

/* Fill the slots once every address is known. */
bool got_fill(p9ld_image *img)
{
	unsigned ptr = ptr_size(img);
	buf *g = &img->out.got;
	size_t size = (size_t)img->out.got_slots * ptr;
	if (!buf_reserve(g, size)) {
		diag_oom(img);
		return false;
	}
	if (size)
		memset(g->data, 0, size);
	g->len = size;
	fill_atoms(img, &img->atoms);
	fill_atoms(img, &img->anons);
	for (size_t i = 0; img->got_exprs && i < img->symbols.len; i++) {
		name *n = *(name **)vec_at(&img->symbols, i);
		int64_t v;
		if (n->u.def->got_slot != UINT32_MAX &&
		    name_value(img, n, n->def_place, EVAL_LINKED, &v))
			put_slot(img, n->u.def->got_slot, (uint64_t)v);
	}
	for (int i = 0; i < 3; i++) {
		uint32_t slot = img->out.special_slot[i];
		uint64_t v;
		if (slot != UINT32_MAX && special_value(img, i, &v))
			put_slot(img, slot, v);
	}
	return true;
}
