/*
 * The symbol table (language.md section 9), in the reference design's
 * order: __GOT; the f symbols; data symbols in address order with their
 * aliases, the anonymous strings, bss symbols; text symbols in address
 * order, a z pair opening each run of atoms from one source file; absolute
 * symbols with a segment; the special symbols.  Each entry is a big-endian
 * value of the arch's symbol size, the letter | 0x80, the name and a NUL.
 *
 * All but the last two kinds need only the layout, so symtab_atoms writes
 * them on a second thread while the fixups pass runs (link.c); it uses
 * no memory of the image's and reports nothing: pass_symtab reports what
 * it met, then adds the absolute symbols (whose values the fixups pass
 * computes) and the specials.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "engine/engine.h"

/* z symbols open a file at line 1 and close it at the largest line the
 * 31-bit line counter of libmach can hold, as the reference design does. */
enum { Z_OPEN_LINE = 1, Z_CLOSE_LINE = 0x7fffffff };

struct symwriter {
	p9ld_image *img;
	buf *out;
	unsigned value_size;
	/* The exports with an alias, grouped by the name they alias (by its
	 * address: only to find the group; within it, in export order): each
	 * name's aliases are found at once, however many there are. */
	uint64_t *alias_keys;
	uint32_t *alias_exports;     /* indices in img->exports */
	size_t naliases;
	vec components;              /* char * (malloc'd): index i+1 is components[i] */
	uint32_t *component_slots;   /* hash table of index + 1, 0 empty */
	size_t component_cap;
	buf *znames;                 /* per source index: its z name */
	buf **include_znames;        /* per source index: its includes' */
	bool any_source;             /* some kept text atom has a source */
	bool too_many_components;    /* to report */
	bool oom;                    /* to report */
};

static void put_sym(symwriter *w, uint64_t value, uint8_t letter,
		    const void *str, size_t len)
{
	buf *out = w->out;
	unsigned vs = w->value_size;
	if (!buf_reserve(out, vs + 1 + len))
		return;
	uint8_t *p = out->data + out->len;
	put_uint(p, value, vs, true);
	p[vs] = letter | 0x80;
	memcpy(p + vs + 1, str, len);
	out->len += vs + 1 + len;
	w->img->out.nsymbols++;
}

static void put_named(symwriter *w, uint64_t value, uint8_t letter,
		      const name *n)
{
	put_sym(w, value, letter, n->str, (size_t)n->len + 1);  /* with its NUL */
}

static bool group_aliases(symwriter *w)
{
	const vec *exports = &w->img->exports;
	size_t n = 0;
	for (size_t i = 0; i < exports->len; i++)
		n += ((const export_req *)vec_at(exports, i))->alias != NULL;
	if (!n)
		return true;
	w->alias_keys = malloc(n * sizeof *w->alias_keys);
	w->alias_exports = malloc(n * sizeof *w->alias_exports);
	if (!w->alias_keys || !w->alias_exports)
		return false;
	for (size_t i = 0; i < exports->len; i++) {
		const export_req *r = vec_at(exports, i);
		if (!r->alias)
			continue;
		w->alias_keys[w->naliases] = (uint64_t)(uintptr_t)r->name;
		w->alias_exports[w->naliases++] = (uint32_t)i;
	}
	return sort_pairs(w->alias_keys, w->alias_exports, w->naliases);
}

/* NAME's own symbol, then the aliases exported for it. */
static void put_with_aliases(symwriter *w, uint64_t value, uint8_t letter,
			     const name *n)
{
	put_named(w, value, n->exported ? (uint8_t)toupper(letter) : letter, n);
	if (!n->has_aliases)
		return;
	uint64_t key = (uint64_t)(uintptr_t)n;
	size_t lo = 0, hi = w->naliases;
	while (lo < hi) {                    /* the group's first */
		size_t mid = lo + (hi - lo) / 2;
		if (w->alias_keys[mid] < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t i = lo; i < w->naliases && w->alias_keys[i] == key; i++) {
		const export_req *r = vec_at(&w->img->exports, w->alias_exports[i]);
		put_named(w, value, (uint8_t)toupper(letter), r->alias->name);
	}
}

/* An object's symbol S in A at VALUE: by its name in the string table (a
 * local's, a strong global's), else by its label, unless a stronger
 * definition took the name.  A strong global is an exported name: the
 * table is searched for it only when some name has aliases. */
static void put_object_sym(symwriter *w, const atom_extra *x, const obj_sym *s,
			   uint64_t value, uint8_t letter)
{
	if (obj_sym_has_label(s)) {
		const label *l = obj_sym_label(x, s);
		if (label_current(l))
			put_with_aliases(w, value, letter, l->name);
		return;
	}
	const char *str = obj_sym_str(x, s);
	size_t len = strlen(str);
	const name *n = obj_sym_strong(s) && w->naliases ? names_find(w->img, str, len) : NULL;
	if (n)
		put_with_aliases(w, value, letter, n);
	else
		put_sym(w, value, obj_sym_strong(s) ? (uint8_t)toupper(letter) : letter, str,
			len + 1);
}

/* The names ahead of an object's symbol I: in their table's order, not
 * the symbols'; a weak global's in two steps, its label's slot then its
 * label, and its label's name. */
PREFETCHER prefetch_object_syms(const atom_extra *x, uint32_t i)
{
	if (i + PREFETCH_AHEAD < x->nsyms) {
		const obj_sym *ahead = &x->syms[i + PREFETCH_AHEAD];
		__builtin_prefetch(obj_sym_has_label(ahead)
				   ? (const void *)&x->sym_names->globals[ahead->ref & ~OBJ_SYM_GLOBAL]
				   : (const void *)obj_sym_str(x, ahead));
	}
	if (i + PREFETCH_AHEAD / 2 < x->nsyms) {
		const obj_sym *near = &x->syms[i + PREFETCH_AHEAD / 2];
		if (obj_sym_has_label(near))
			__builtin_prefetch(obj_sym_label(x, near));
	}
	if (i + PREFETCH_AHEAD / 4 < x->nsyms) {
		const obj_sym *next = &x->syms[i + PREFETCH_AHEAD / 4];
		if (obj_sym_has_label(next))
			__builtin_prefetch(obj_sym_label(x, next)->name);
	}
}

/* An atom's symbol, then its labels', each but those whose name a
 * stronger definition took; an object's section has no symbol of its
 * own, and its symbols are in its slice of the object's. */
static void put_atom(symwriter *w, const p9ld_atom *a)
{
	uint8_t letter = atom_letter(a);
	if (atom_section(a)) {
		const atom_extra *x = a->x;
		for (uint32_t i = 0; i < x->nsyms; i++) {
			prefetch_object_syms(x, i);
			put_object_sym(w, x, &x->syms[i], a->addr + x->syms[i].offset, letter);
		}
		return;
	}
	put_with_aliases(w, a->addr, letter, a->name);
	for (const label *l = atom_labels(a); l; l = l->next)
		if (label_current(l))
			put_with_aliases(w, a->addr + l->offset, letter, l->name);
}

/* The name of the atom PREFETCH_AHEAD on, when it is in SEG: each walk
 * passes over the other segments' atoms too, whose names it never reads. */
PREFETCHER prefetch_name_in(p9ld_atom *const *atoms, size_t i, size_t n,
			    p9ld_segment seg)
{
	if (i + PREFETCH_AHEAD < n && atoms[i + PREFETCH_AHEAD]->seg == seg)
		__builtin_prefetch(atoms[i + PREFETCH_AHEAD]->name);
}

static void put_segment(symwriter *w, const vec *list, p9ld_segment seg)
{
	p9ld_atom *const *atoms = list->data;
	for (size_t i = 0; i < list->len; i++) {
		const p9ld_atom *a = atoms[i];
		prefetch_name_in(atoms, i, list->len, seg);
		if (a->kept && a->seg == seg)
			put_atom(w, a);
	}
}

/* ---- source paths as z names ------------------------------------------- */

/* The components are at most 0xffff (their indices are 16 bits): a table
 * of twice that many slots never fills. */
enum { COMPONENT_SLOTS = 1 << 17 };

static const char *component_at(const symwriter *w, uint32_t index)
{
	return *(const char **)vec_at(&w->components, index - 1);
}

/* The index of path component S (N bytes), numbered in order of first
 * use from 1; found by hash. */
static uint16_t component_index(symwriter *w, const char *s, size_t n)
{
	if (!w->component_slots &&
	    !(w->component_slots = calloc(COMPONENT_SLOTS, sizeof *w->component_slots))) {
		w->oom = true;
		return 0;
	}
	size_t mask = COMPONENT_SLOTS - 1, i = name_hash(s, n) & mask;
	for (; w->component_slots[i]; i = (i + 1) & mask) {
		const char *c = component_at(w, w->component_slots[i]);
		if (strlen(c) == n && memcmp(c, s, n) == 0)
			return (uint16_t)w->component_slots[i];
	}
	if (w->components.len >= 0xffff) {
		w->too_many_components = true;
		return 0;
	}
	char *copy = malloc(n + 1);
	char **slot = copy ? vec_push(&w->components) : NULL;
	if (!slot) {
		free(copy);
		w->oom = true;
		return 0;
	}
	memcpy(copy, s, n);
	copy[n] = 0;
	*slot = copy;
	w->component_slots[i] = (uint32_t)w->components.len;
	return (uint16_t)w->components.len;
}

/* A z name: a zero byte, the path's component indices as big-endian
 * 16-bit numbers ("/" first for an absolute path), two zero bytes. */
static void make_zname(symwriter *w, const char *p, buf *z)
{
	buf_put_byte(z, 0);
	if (*p == '/')
		buf_put_be(z, component_index(w, "/", 1), 2);
	while (*p) {
		while (*p == '/')
			p++;
		const char *start = p;
		while (*p && *p != '/')
			p++;
		if (p > start)
			buf_put_be(z, component_index(w, start, (size_t)(p - start)), 2);
	}
	buf_put_be(z, 0, 2);
}

/* Number the path components of every source a kept text atom comes from,
 * in the order the text symbols will name them. */
static bool make_znames(symwriter *w)
{
	p9ld_image *img = w->img;
	if (!img->sources.len)
		return true;
	component_index(w, "/", 1);             /* "/" is always 1 */
	w->znames = calloc(img->sources.len, sizeof(buf));
	w->include_znames = calloc(img->sources.len, sizeof(buf *));
	if (!w->znames || !w->include_znames) {
		w->oom = true;
		return false;
	}
	for (size_t i = 0; i < img->atoms.len; i++) {
		p9ld_atom *a = *(p9ld_atom **)vec_at(&img->atoms, i);
		const source *src = atom_source(a);
		if (!a->kept || !src || w->znames[src->index].len)
			continue;
		make_zname(w, src->path, &w->znames[src->index]);
		if (src->nincludes) {
			buf *inc = calloc(src->nincludes, sizeof *inc);
			if (!inc) {
				w->oom = true;
				return false;
			}
			w->include_znames[src->index] = inc;
			for (uint32_t k = 0; k < src->nincludes; k++)
				make_zname(w, src->includes[k].path, &inc[k]);
		}
		w->any_source = true;
	}
	return !w->too_many_components && !w->oom;
}

static void put_text(symwriter *w)
{
	static const uint8_t zclose[3] = { 0, 0, 0 };
	const source *run = NULL;
	const vec *list = &w->img->atoms;
	p9ld_atom *const *atoms = list->data;
	for (size_t i = 0; i < list->len; i++) {
		const p9ld_atom *a = atoms[i];
		prefetch_name_in(atoms, i, list->len, P9LD_TEXT);
		if (!a->kept || a->seg != P9LD_TEXT)
			continue;
		const source *src = atom_source(a);
		if (src && src != run) {
			/* the source from line 1, each include pushed at its
			 * base and popped after its span, then the source closed */
			const buf *z = &w->znames[src->index];
			put_sym(w, Z_OPEN_LINE, 'z', z->data, z->len);
			for (uint32_t k = 0; k < src->nincludes; k++) {
				const buf *iz = &w->include_znames[src->index][k];
				const source_include *inc = &src->includes[k];
				put_sym(w, inc->base, 'z', iz->data, iz->len);
				put_sym(w, (uint64_t)inc->base + inc->span, 'z', zclose, sizeof zclose);
			}
			put_sym(w, Z_CLOSE_LINE, 'z', zclose, sizeof zclose);
		}
		run = src;
		put_atom(w, a);
	}
}

static void put_absolutes(symwriter *w)
{
	static const uint8_t letters[] = { 't', 'd', 'b' };
	p9ld_image *img = w->img;
	for (size_t i = 0; i < img->symbols.len; i++) {
		name *n = *(name **)vec_at(&img->symbols, i);
		if (n->seg >= 0)
			put_with_aliases(w, (uint64_t)n->u.def->value, letters[n->seg], n);
	}
}

static void put_specials(symwriter *w)
{
	p9ld_image *img = w->img;
	const uint8_t letters[3] = { 'T', (uint8_t)img->arch->edata_letter, 'B' };
	for (int i = 0; i < 3; i++) {
		uint64_t v;
		if (img->specials[i] && special_value(img, i, &v))
			put_named(w, v, letters[i], img->special_names[i]);
	}
}

void symtab_free(p9ld_image *img)
{
	symwriter *w = img->out.symw;
	if (!w)
		return;
	for (size_t i = 0; w->znames && i < img->sources.len; i++)
		buf_free(&w->znames[i]);
	free(w->znames);
	for (size_t i = 0; w->include_znames && i < img->sources.len; i++) {
		const source *src = *(source **)vec_at(&img->sources, i);
		for (uint32_t k = 0; w->include_znames[i] && k < src->nincludes; k++)
			buf_free(&w->include_znames[i][k]);
		free(w->include_znames[i]);
	}
	free(w->include_znames);
	for (size_t i = 0; i < w->components.len; i++)
		free(*(char **)vec_at(&w->components, i));
	vec_free(&w->components);
	free(w->component_slots);
	free(w->alias_keys);
	free(w->alias_exports);
	free(w);
	img->out.symw = NULL;
}

bool symtab_atoms(p9ld_image *img)
{
	if (img->strip)
		return true;
	symwriter *w = calloc(1, sizeof *w);
	if (!w)
		return false;                /* pass_symtab: out of memory */
	img->out.symw = w;
	w->img = img;
	w->out = &img->out.syms;
	w->value_size = img->arch->sym_value_size;
	vec_init(&w->components, sizeof(char *));
	/* Room for every name as a symbol at once: grown step by step, a
	 * big table was copied and faulted in again at each doubling.
	 * Untouched room costs nothing. */
	buf_reserve(w->out, (img->names.count + img->private_names) * (w->value_size + 1) +
			    img->name_bytes + 4096);
	if (!group_aliases(w)) {
		w->oom = true;
		return true;
	}
	if (!make_znames(w))
		return true;
	if (img->got_policy != P9LD_GOT_NONE)
		put_sym(w, img->out.got_addr, 'd', "__GOT", 6);
	for (size_t i = 0; w->any_source && i < w->components.len; i++) {
		const char *c = *(const char **)vec_at(&w->components, i);
		put_sym(w, i + 1, 'f', c, strlen(c) + 1);
	}
	put_segment(w, &img->atoms, P9LD_DATA);
	put_segment(w, &img->anons, P9LD_DATA);
	put_segment(w, &img->atoms, P9LD_BSS);
	put_text(w);
	return true;
}

bool pass_symtab(p9ld_image *img)
{
	if (img->strip)
		return true;
	symwriter *w = img->out.symw;
	if (!w || w->oom) {
		diag_oom(img);
	} else if (w->too_many_components) {
		diag_error(img, no_place, "too many source path components");
	} else {
		put_absolutes(w);
		put_specials(w);
	}
	symtab_free(img);
	if (img->out.syms.failed) {
		diag_oom(img);
		return false;
	}
	return img->errors == 0;
}
