/*
 * The GOT: an array of pointer-sized slots at the start of data, slot i
 * holding the address of its atom (language.md section 5).  Slots are
 * numbered before layout, since the GOT's size decides where data atoms
 * go, and filled after it.
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

static void number_atoms(p9ld_image *img, const vec *list, uint64_t *next)
{
	if (img->got_policy == P9LD_GOT_NONE)
		return;                  /* no slots: no atom to read */
	for (size_t i = 0; i < list->len; i++) {
		p9ld_atom *a = *(p9ld_atom **)vec_at(list, i);
		if (a->kept && wants_slot(img, a->name))
			a->got_slot = (uint32_t)(*next)++;
	}
}

/* Number the slots: atoms in script order, anonymous strings, then
 * etext, edata, end.  Runs before layout. */
bool pass_got(p9ld_image *img)
{
	uint64_t next = 0;
	number_atoms(img, &img->atoms, &next);
	number_atoms(img, &img->anons, &next);
	for (int i = 0; i < 3; i++) {
		img->out.special_slot[i] = UINT32_MAX;
		if (img->specials[i] && wants_slot(img, img->special_names[i]))
			img->out.special_slot[i] = (uint32_t)next++;
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

static void fill_atoms(p9ld_image *img, const vec *list)
{
	unsigned ptr = ptr_size(img);
	for (size_t i = 0; i < list->len; i++) {
		p9ld_atom *a = *(p9ld_atom **)vec_at(list, i);
		if (a->got_slot != UINT32_MAX)
			put_uint(img->out.got.data + (uint64_t)a->got_slot * ptr,
				 a->addr, ptr, arch_big(img));
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
	for (int i = 0; i < 3; i++) {
		uint32_t slot = img->out.special_slot[i];
		uint64_t v;
		if (slot != UINT32_MAX && special_value(img, i, &v))
			put_uint(g->data + (uint64_t)slot * ptr, v, ptr, arch_big(img));
	}
	return true;
}
