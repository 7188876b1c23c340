/*
 * Layout: give every kept atom its address (language.md section 8).
 * Text from the text base; the data base (explicit, or etext rounded);
 * the GOT first in data, then data atoms, then anonymous strings; bss
 * after edata.  Every step is checked against 2^64 and the arch's address
 * width, so nothing wraps.
 */
#include "engine/engine.h"

typedef struct cursor {
	p9ld_image *img;
	uint64_t addr;
	uint64_t max;                /* the highest address the arch can hold */
	bool ok;
} cursor;

static void overflow(cursor *c, const char *what, p9ld_place place)
{
	if (c->ok)
		diag_error(c->img, place,
			   "%s does not fit the %u-byte addresses of %s",
			   what, c->img->arch->ptr_size, c->img->arch->name);
	c->ok = false;
}

/* Can the cursor move to the next multiple of ALIGN, then past SIZE
 * bytes?  Where the SIZE bytes start is *START. */
static bool fits(const cursor *c, uint64_t align, uint64_t size, uint64_t *start)
{
	*start = (c->addr + align - 1) & ~(align - 1);
	return *start >= c->addr && *start + size >= *start && *start + size <= c->max;
}

/* Move the cursor past SIZE bytes at ALIGN; returns where they start. */
static uint64_t place_bytes(cursor *c, uint64_t align, uint64_t size,
			    const char *what, p9ld_place place)
{
	uint64_t start;
	if (!fits(c, align, size, &start)) {
		overflow(c, what, place);
		return c->addr;
	}
	c->addr = start + size;
	return start;
}

/* An atom's name is read only to report an overflow: on a big link it
 * would be a cache miss per atom. */
static void place_atoms(cursor *c, const vec *list, p9ld_segment seg)
{
	p9ld_atom *const *atoms = list->data;
	for (size_t i = 0; i < list->len && c->ok; i++) {
		p9ld_atom *a = atoms[i];
		uint64_t start;
		if (!a->kept || a->seg != seg)
			continue;
		if (fits(c, atom_align(a), a->size, &start)) {
			a->addr = start;
			c->addr = start + a->size;
		} else {
			overflow(c, a->name->str, a->name->def_place);
		}
		c->img->out.atoms_kept++;
	}
}

static bool data_base(p9ld_image *img, cursor *c)
{
	output *l = &img->out;
	if (img->have_data_base) {
		if (img->data_base < l->etext) {
			diag_error(img, img->data_base_place,
				   "data base %#llx is below etext %#llx",
				   (unsigned long long)img->data_base,
				   (unsigned long long)l->etext);
			return false;
		}
		l->data_base = img->data_base;
	} else {
		uint64_t round = img->round ? img->round : img->arch->round;
		c->addr = l->etext;
		l->data_base = place_bytes(c, round, 0, "the data base",
					   img->round_place);
	}
	if (l->data_base > c->max) {
		overflow(c, "the data base", img->data_base_place);
		return false;
	}
	return c->ok;
}

/* The entry must be an address inside text. */
static bool entry_in_text(p9ld_image *img)
{
	output *l = &img->out;
	int64_t v;
	if (!name_value(img, img->entry, img->entry_place, EVAL_LINKED, &v))
		return false;
	l->entry = (uint64_t)v;
	if (l->entry < l->text_base || l->entry >= l->etext) {
		diag_error(img, img->entry_place,
			   "entry '%s' at %#llx is outside text [%#llx, %#llx)",
			   img->entry->str, (unsigned long long)l->entry,
			   (unsigned long long)l->text_base,
			   (unsigned long long)l->etext);
		return false;
	}
	return true;
}

bool pass_layout(p9ld_image *img)
{
	output *l = &img->out;
	unsigned ptr = ptr_size(img);
	cursor c = { img, 0, ptr == 8 ? UINT64_MAX : UINT32_MAX, true };

	l->text_base = img->have_text_base ? img->text_base : img->arch->text_base;
	if (l->text_base > c.max) {
		overflow(&c, "the text base", img->text_base_place);
		return false;
	}
	c.addr = l->text_base;
	place_atoms(&c, &img->atoms, P9LD_TEXT);
	l->etext = c.addr;
	if (!c.ok || !data_base(img, &c))
		return false;

	c.addr = l->data_base;
	l->got_addr = place_bytes(&c, 1, l->got_slots * ptr, "the GOT", no_place);
	place_atoms(&c, &img->atoms, P9LD_DATA);
	place_atoms(&c, &img->anons, P9LD_DATA);
	l->edata = c.addr;
	place_atoms(&c, &img->atoms, P9LD_BSS);
	l->end = c.addr;
	return c.ok && segments_fit(img) && entry_in_text(img) && img->errors == 0;
}
