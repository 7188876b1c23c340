/*
 * An object's symbols in address order, as the Plan 9 table gets them:
 * by section, then offset, locals before globals, then symbol index (a
 * symbol table is in no such order).
 *
 * The reader gathers each symbol as a sort key (section, offset,
 * globalness) and a value: a local's name, as its offset in the string
 * table (a local needs no record), or the index of a global's label
 * (defined as the symbol was read, so that relocations find it).  The
 * sort and the slices it yields are needed only by the symbol table, so
 * for a big object they are made on a second thread while the reader
 * goes on to the relocations; the atoms get their slices when it joins.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "objects/objects.h"

/* Below this many symbols a thread costs more than it saves. */
enum { THREAD_AT = 1 << 15 };

/* A symbol's key: its section above its offset above its globalness,
 * the offset in as many bits as the largest section's size takes, so a
 * small object's keys fit in 32 bits (sort.c moves those as one word
 * with their values). */
static uint64_t symbol_key(const sym_order *o, size_t sect, uint32_t offset, bool global)
{
	return (uint64_t)sect << o->sect_shift | (uint64_t)offset << 1 | global;
}

static size_t key_sect(const sym_order *o, uint64_t key)
{
	return (size_t)(key >> o->sect_shift);
}

static uint32_t key_offset(const sym_order *o, uint64_t key)
{
	return (uint32_t)((key & (((uint64_t)1 << o->sect_shift) - 1)) >> 1);
}

bool sym_order_init(sym_order *o, size_t nsyms, uint32_t largest)
{
	size_t cap = nsyms ? nsyms : 1;
	unsigned bits = 0;                   /* an offset is at most LARGEST */
	while (bits < 32 && (uint64_t)largest >> bits)
		bits++;
	*o = (sym_order){ .keys = malloc(cap * sizeof *o->keys),
			  .vals = malloc(cap * sizeof *o->vals),
			  .globals = malloc(cap * sizeof *o->globals),
			  .sect_shift = bits + 1 };
	return o->keys && o->vals && o->globals;
}

void sym_order_local(sym_order *o, size_t sect, uint32_t offset, uint32_t str)
{
	o->keys[o->n] = symbol_key(o, sect, offset, false);
	o->vals[o->n++] = str;
}

/* A global, with its label L (NULL: a weak one that yielded).  A strong
 * one is kept as its name's offset STR in the string table, when that
 * fits beside the flags (obj_sym). */
void sym_order_global(sym_order *o, size_t sect, uint32_t offset, label *l, bool strong,
		      uint32_t str)
{
	o->keys[o->n] = symbol_key(o, sect, offset, true);
	if (l && strong && str < OBJ_SYM_STRONG) {
		o->vals[o->n++] = OBJ_SYM_STRONG | str;
		return;
	}
	o->vals[o->n++] = (uint32_t)o->nglobals;
	o->globals[o->nglobals++] = l;
}

/* Sort, and fill the symbols' array in that order (a weak global that
 * yielded to another definition has no label, and no entry).  The keys
 * of the entries made are kept, compacted, for sym_order_finish. */
static void order(sym_order *o)
{
	o->ok = sort_pairs(o->keys, o->vals, o->n);
	for (size_t k = 0; o->ok && k < o->n; k++) {
		obj_sym s = { .offset = key_offset(o, o->keys[k]), .ref = o->vals[k] };
		if (o->keys[k] & 1) {
			if (!(s.ref & OBJ_SYM_STRONG) && !o->globals[s.ref])
				continue;
			s.ref |= OBJ_SYM_GLOBAL;
		}
		o->keys[o->used] = o->keys[k];
		o->syms[o->used++] = s;
	}
}

static void *order_main(void *arg)
{
	order(arg);
	return NULL;
}

bool sym_order_start(sym_order *o, p9ld_image *img, const char *strtab)
{
	o->strtab = strtab;
	o->syms = o->n ? arena_alloc(&img->arena, o->n * sizeof *o->syms) : NULL;
	if (o->n && !o->syms)
		return false;
	o->threaded = o->n >= THREAD_AT && img->threads >= 2 &&
		      thread_start(&o->thread, order_main, o);
	if (!o->threaded)
		order(o);
	return true;
}

bool sym_order_finish(sym_order *o, p9ld_image *img, p9ld_atom *const *atoms)
{
	if (o->threaded)
		pthread_join(o->thread, NULL);
	o->threaded = false;
	bool ok = o->ok || !o->n;
	/* the tables the symbols' refs index, for as long as the image */
	obj_names *names = arena_alloc(&img->arena, sizeof *names);
	label **globals = arena_alloc(&img->arena, (o->nglobals ? o->nglobals : 1) *
						   sizeof *globals);
	if (!names || !globals)
		return false;
	if (o->nglobals)
		memcpy(globals, o->globals, o->nglobals * sizeof *globals);
	*names = (obj_names){ o->strtab, globals };
	/* each section's atom gets its run of the array */
	for (size_t first = 0, k = 0; ok && k < o->used; k++) {
		size_t sect = key_sect(o, o->keys[k]);
		if (k + 1 < o->used && key_sect(o, o->keys[k + 1]) == sect)
			continue;
		atom_extra *x = extra_for(img, atoms[sect]);
		if (!x) {
			ok = false;
			break;
		}
		x->syms = o->syms + first;
		x->sym_names = names;
		x->nsyms = (uint32_t)(k + 1 - first);
		first = k + 1;
	}
	return ok;
}

void sym_order_free(sym_order *o)
{
	if (o->threaded)
		pthread_join(o->thread, NULL);
	free(o->keys);
	free(o->vals);
	free(o->globals);
	*o = (sym_order){ 0 };
}
