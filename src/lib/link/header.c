/*
 * The a.out header: eight big-endian 32-bit words -- magic, text, data,
 * bss, syms, entry, spsz, pcsz -- and, for a fat header, the full entry as
 * a big-endian 64-bit word.  Every field is checked to fit.
 */
#include "engine/engine.h"

/* Does V fit WHAT's 32-bit field?  Said at AT when it does not. */
static bool fits(p9ld_image *img, const char *what, uint64_t v, p9ld_place at)
{
	if (v <= UINT32_MAX)
		return true;
	diag_error(img, at, "%s %#llx does not fit the 32-bit field of %s's a.out header",
		   what, (unsigned long long)v, img->arch->name);
	return false;
}

static bool field(p9ld_image *img, uint8_t *p, const char *what, uint64_t v,
		  p9ld_place at)
{
	if (!fits(img, what, v, at))
		return false;
	put_uint(p, v, 4, true);
	return true;
}

/* The place of what made SEG's size pass 4 GiB: its first kept atom
 * that ends that far past BASE. */
static p9ld_place size_place(const p9ld_image *img, p9ld_segment seg, uint64_t base)
{
	p9ld_atom *const *atoms = img->atoms.data;
	for (size_t i = 0; i < img->atoms.len; i++) {
		const p9ld_atom *a = atoms[i];
		if (a->kept && a->seg == seg && a->addr + a->size - base > UINT32_MAX)
			return a->name->def_place;
	}
	return no_place;
}

/* The place that set the entry: the entry statement, or the definition
 * of the default entry's name. */
static p9ld_place entry_place(const p9ld_image *img)
{
	if (img->entry_place.file)
		return img->entry_place;
	const name *n = img->entry;
	while (n && n->kind == NAME_ALIAS)
		n = n->u.alias->target;
	return n ? n->def_place : no_place;
}

/* Do the segments' sizes fit the header's 32-bit fields?  Asked right
 * after layout (reported there): nothing after it should work through a
 * text or data of more than 4 GiB (an object's section aligned at 2^42
 * had the pc/line table step through 2^42 bytes of text). */
bool segments_fit(p9ld_image *img)
{
	const output *l = &img->out;
	const struct { const char *what; p9ld_segment seg; uint64_t base, end; } segs[] = {
		{ "text size", P9LD_TEXT, l->text_base, l->etext },
		{ "data size", P9LD_DATA, l->data_base, l->edata },
		{ "bss size", P9LD_BSS, l->edata, l->end },
	};
	bool ok = true;
	for (size_t i = 0; i < COUNT_OF(segs); i++) {
		uint64_t size = segs[i].end - segs[i].base;
		/* the place is looked for only when there is one to find */
		ok &= size <= UINT32_MAX ||
		      fits(img, segs[i].what, size, size_place(img, segs[i].seg, segs[i].base));
	}
	return ok;
}

bool pass_header(p9ld_image *img)
{
	output *l = &img->out;
	const p9ld_arch *arch = img->arch;
	uint8_t *h = l->header;
	bool fat = arch->header_size == 40;
	uint64_t entry = fat ? (l->entry & 0x0FFFFFFF) : l->entry;
	/* The segments' sizes fit: layout asked segments_fit. */
	bool ok = field(img, h + 0, "magic", arch->magic, no_place) &
		  field(img, h + 4, "text size", l->etext - l->text_base, no_place) &
		  field(img, h + 8, "data size", l->edata - l->data_base, no_place) &
		  field(img, h + 12, "bss size", l->end - l->edata, no_place) &
		  field(img, h + 16, "symbol table size", l->syms.len, no_place) &
		  field(img, h + 20, "entry", entry, entry_place(img)) &
		  field(img, h + 24, "spsz", 0, no_place) &
		  field(img, h + 28, "pc/line table size", l->pcline.len, no_place);
	if (fat)
		put_uint(h + 32, l->entry, 8, true);
	return ok;
}
