/*
 * What an address an instruction names is, said as p9dump -d says it so
 * that a trace line and a listing line of the same instruction read
 * alike: an address in text under a text symbol, or in data or bss under
 * a data or bss symbol, is that symbol plus an offset; a GOT slot is
 * named by the symbol whose address it holds.  Nothing is said of an
 * address outside the image, or of one whose nearest symbol below lies
 * in another segment (a number that only looks like an address).
 *
 * The slots are the file's: a Plan 9 image is linked whole, so the GOT
 * the program reads is the one in the file.
 */
#include "p9run.h"

static bool is_text(char type)
{
	return type == 'T' || type == 't' || type == 'L' || type == 'l';
}

void annotator_init(annotator *n, const p9ld_aout *a)
{
	char err[200];
	*n = (annotator){ .a = a };
	long slots = p9ld_aout_got(a, &n->got, &n->slots, err, sizeof err);
	n->nslots = slots > 0 ? (uint64_t)slots : 0;
}

/* The symbol V is under, in the segment V is in (etext and end count as
 * their segment's). */
static bool name_addr(const annotator *n, uint64_t v, addr_name *out)
{
	const p9ld_aout_part *t = p9ld_aout_get_part(n->a, P9LD_PART_TEXT);
	const p9ld_aout_part *d = p9ld_aout_get_part(n->a, P9LD_PART_DATA);
	const p9ld_aout_part *b = p9ld_aout_get_part(n->a, P9LD_PART_BSS);
	bool in_text = v >= t->vaddr && v - t->vaddr <= t->size;
	bool in_data = v >= d->vaddr && v - d->vaddr <= d->size + b->memsize;
	if (!in_text && !in_data)
		return false;
	const p9ld_aout_sym *s = p9ld_aout_symbol_at(n->a, v);
	if (!s || is_text(s->type) != in_text)
		return false;
	out->sym = s->name;
	out->off = v - s->value;
	return true;
}

bool annotate(const annotator *n, uint64_t addr, addr_name *out)
{
	*out = (addr_name){ 0 };
	unsigned ptr = p9ld_aout_header_of(n->a)->arch->ptr_size;
	uint64_t slot = (addr - n->got) / ptr;
	if (n->nslots && addr >= n->got && (addr - n->got) % ptr == 0 && slot < n->nslots) {
		out->value = n->slots[slot];
		name_addr(n, out->value, out);
		out->slot = true;
		return true;
	}
	return name_addr(n, addr, out);
}
