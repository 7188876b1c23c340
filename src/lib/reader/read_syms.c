/*
 * Reading the symbol table: each entry is a big-endian value of the arch's
 * symbol size, a type byte with 0x80 set, and a name -- NUL-terminated, or
 * for z and Z a 0 byte, big-endian 16-bit indexes of f symbols, and 0 0.
 * Every step is checked against the end of the table.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reader.h"

typedef struct symreader {
	p9ld_aout *a;
	read_err *e;
	const uint8_t *b;            /* the file */
	uint64_t end;                /* end of the table in the file */
	const char **fnames;         /* f symbols by index, 65536 of them */
	size_t hist;                 /* the current history, or SIZE_MAX */
	bool in_z;                   /* the previous symbol was z or Z */
} symreader;

static bool is_text(char t)
{
	return t == 'T' || t == 't' || t == 'L' || t == 'l';
}

static bool is_addr(char t)
{
	return is_text(t) || t == 'D' || t == 'd' || t == 'B' || t == 'b';
}

/* A z name at OFF (after the type byte): 0, indexes, 0 0.  The path joins
 * the f names with '/', as libmach and Go do. */
static bool read_zname(symreader *r, uint64_t start, uint64_t *off,
		       const char **out)
{
	uint64_t p = *off;
	if (p >= r->end)
		return read_fail(r->e, "z symbol at %llu: name runs past end of symbol table at %llu",
				 (unsigned long long)start, (unsigned long long)r->end);
	if (r->b[p] != 0)
		return read_fail(r->e, "z symbol at %llu: name does not start with a 0 byte",
				 (unsigned long long)start);
	buf path = { 0 };
	for (p++;; p += 2) {
		if (r->end - p < 2) {
			buf_free(&path);
			return read_fail(r->e, r->end - p == 1
					 ? "z symbol at %llu: name of odd length runs past end of symbol table at %llu"
					 : "z symbol at %llu: name runs past end of symbol table at %llu without its 0 0",
					 (unsigned long long)start, (unsigned long long)r->end);
		}
		unsigned idx = (unsigned)get_uint(r->b + p, 2, true);
		if (!idx)
			break;
		const char *c = r->fnames ? r->fnames[idx] : NULL;
		if (!c) {
			buf_free(&path);
			return read_fail(r->e, "z symbol at %llu: path component %u at %llu has no f symbol before it",
					 (unsigned long long)start, idx, (unsigned long long)p);
		}
		if (path.len && path.data[path.len - 1] != '/')
			buf_put_byte(&path, '/');
		buf_put(&path, c, strlen(c));
	}
	*off = p + 2;
	char *s = path.failed ? NULL
		: arena_strdup(&r->a->arena, path.len ? (char *)path.data : "", path.len);
	buf_free(&path);
	if (!s)
		return read_fail(r->e, "out of memory");
	*out = s;
	return true;
}

static bool read_name(symreader *r, uint64_t start, uint64_t *off,
		      const char **out)
{
	const uint8_t *p = r->b + *off;
	const uint8_t *nul = memchr(p, 0, r->end - *off);
	if (!nul)
		return read_fail(r->e, "symbol at %llu: name runs past end of symbol table at %llu without its NUL",
				 (unsigned long long)start, (unsigned long long)r->end);
	size_t n = (size_t)(nul - p);
	if (!(*out = arena_strdup(&r->a->arena, (const char *)p, n)))
		return read_fail(r->e, "out of memory");
	*off += n + 1;
	return true;
}

static bool note_f(symreader *r, const p9ld_aout_sym *s)
{
	if (!r->fnames && !(r->fnames = calloc(65536, sizeof *r->fnames)))
		return read_fail(r->e, "out of memory");
	r->fnames[s->value & 0xffff] = s->name;
	return true;
}

/* z runs open histories; text symbols belong to the last one. */
static bool note_history(symreader *r, const p9ld_aout_sym *s, size_t i)
{
	p9ld_aout *a = r->a;
	bool z = s->type == 'z' || s->type == 'Z';
	if (z && !r->in_z) {
		history *h = vec_push(&a->histories);
		if (!h)
			return read_fail(r->e, "out of memory");
		h->first = i;
		r->hist = a->histories.len - 1;
	}
	if (z)
		((history *)vec_at(&a->histories, r->hist))->count++;
	r->in_z = z;
	if (is_text(s->type)) {
		text_sym *t = vec_push(&a->texts);
		if (!t)
			return read_fail(r->e, "out of memory");
		t->value = s->value;
		t->sym = i;
		t->hist = r->hist;
	}
	return true;
}

static bool read_one(symreader *r, uint64_t *off)
{
	unsigned vs = r->a->hdr.arch->sym_value_size;
	uint64_t start = *off;
	if (r->end - start < vs)
		return read_fail(r->e, "symbol at %llu: the %u-byte value runs past end of symbol table at %llu",
				 (unsigned long long)start, vs, (unsigned long long)r->end);
	if (r->end - start < vs + 1)
		return read_fail(r->e, "symbol at %llu: type byte runs past end of symbol table at %llu",
				 (unsigned long long)start, (unsigned long long)r->end);
	uint8_t type = r->b[start + vs];
	if (!(type & 0x80))
		return read_fail(r->e, "symbol at %llu: type byte %#04x lacks the 0x80 bit",
				 (unsigned long long)start, type);
	p9ld_aout_sym s = { get_uint(r->b + start, vs, true), (char)(type & 0x7f),
			    NULL, start };
	*off = start + vs + 1;
	bool ok = s.type == 'z' || s.type == 'Z' ? read_zname(r, start, off, &s.name)
						 : read_name(r, start, off, &s.name);
	if (!ok || (s.type == 'f' && !note_f(r, &s)))
		return false;
	p9ld_aout_sym *slot = vec_push(&r->a->syms);
	if (!slot)
		return read_fail(r->e, "out of memory");
	*slot = s;
	return note_history(r, slot, r->a->syms.len - 1);
}

static int by_value(const void *x, const void *y)
{
	const text_sym *a = x, *b = y;
	if (a->value != b->value)
		return a->value < b->value ? -1 : 1;
	return a->sym < b->sym ? -1 : a->sym > b->sym;
}

bool read_syms(p9ld_aout *a, read_err *e)
{
	const p9ld_aout_part *p = &a->parts[P9LD_PART_SYMS];
	symreader r = { a, e, a->bytes, p->offset + p->size, NULL, SIZE_MAX, false };
	uint64_t off = p->offset;
	bool ok = true;
	while (ok && off < r.end)
		ok = read_one(&r, &off);
	free(r.fnames);
	if (ok && a->texts.len)
		qsort(a->texts.data, a->texts.len, sizeof(text_sym), by_value);
	return ok;
}

size_t p9ld_aout_nsyms(const p9ld_aout *a)
{
	return a->syms.len;
}

const p9ld_aout_sym *p9ld_aout_get_sym(const p9ld_aout *a, size_t i)
{
	return i < a->syms.len ? vec_at(&a->syms, i) : NULL;
}

const p9ld_aout_sym *p9ld_aout_lookup(const p9ld_aout *a, const char *want)
{
	for (size_t i = 0; i < a->syms.len; i++) {
		const p9ld_aout_sym *s = vec_at(&a->syms, i);
		if (s->type != 'z' && s->type != 'Z' && strcmp(s->name, want) == 0)
			return s;
	}
	return NULL;
}

static int by_addr(const void *x, const void *y)
{
	const addr_sym *a = x, *b = y;
	if (a->value != b->value)
		return a->value < b->value ? -1 : 1;
	return a->sym < b->sym ? -1 : a->sym > b->sym;
}

/* The address symbols sorted once, so that symbol_at is a binary search:
 * a GOT or a disassembly asks it once per slot or instruction. */
bool index_addrs(p9ld_aout *a, read_err *e)
{
	for (size_t i = 0; i < a->syms.len; i++) {
		const p9ld_aout_sym *s = vec_at(&a->syms, i);
		if (!is_addr(s->type))
			continue;
		addr_sym *x = vec_push(&a->addrs);
		if (!x)
			return read_fail(e, "out of memory");
		x->value = s->value;
		x->sym = i;
	}
	if (a->addrs.len)
		qsort(a->addrs.data, a->addrs.len, sizeof(addr_sym), by_addr);
	return true;
}

/* The first index in the sorted address symbols whose value is above V
 * (or, with AT, at or above V). */
static size_t addrs_bound(const p9ld_aout *a, uint64_t v, bool at)
{
	const addr_sym *x = a->addrs.data;
	size_t lo = 0, hi = a->addrs.len;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (x[mid].value < v || (!at && x[mid].value == v))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

const p9ld_aout_sym *p9ld_aout_symbol_at(const p9ld_aout *a, uint64_t addr)
{
	size_t above = addrs_bound(a, addr, false);
	if (!above)
		return NULL;
	const addr_sym *x = a->addrs.data;
	size_t first = addrs_bound(a, x[above - 1].value, true);
	return vec_at(&a->syms, x[first].sym);
}

/* ---- the GOT ---------------------------------------------------------- */

void read_got(p9ld_aout *a)
{
	const p9ld_aout_sym *g = p9ld_aout_lookup(a, "__GOT");
	const p9ld_aout_part *d = &a->parts[P9LD_PART_DATA];
	if (!g) {
		snprintf(a->got_err, sizeof a->got_err, "no __GOT symbol");
		return;
	}
	uint64_t end = d->vaddr + d->size;
	if (g->value < d->vaddr || g->value > end) {
		snprintf(a->got_err, sizeof a->got_err,
			 "__GOT %#llx lies outside data [%#llx, %#llx)",
			 (unsigned long long)g->value, (unsigned long long)d->vaddr,
			 (unsigned long long)end);
		return;
	}
	for (size_t i = 0; i < a->syms.len; i++) {
		const p9ld_aout_sym *s = vec_at(&a->syms, i);
		if ((s->type == 'd' || s->type == 'D' || s->type == 'b' || s->type == 'B') &&
		    s->value > g->value && s->value < end)
			end = s->value;
	}
	/* Every word up to that bound is a slot, 0 or not: an atom at
	 * address 0 has a slot of 0, and nothing in the file tells such a
	 * slot from padding before an aligned data atom. */
	unsigned ptr = a->hdr.arch->ptr_size;
	const uint8_t *p = a->bytes + d->offset + (g->value - d->vaddr);
	size_t n = (size_t)((end - g->value) / ptr);
	for (size_t i = 0; i < n; i++) {
		uint64_t *slot = vec_push(&a->got);
		if (!slot) {
			snprintf(a->got_err, sizeof a->got_err, "out of memory");
			return;
		}
		*slot = get_uint(p + i * ptr, ptr, a->hdr.arch->big_endian);
	}
	a->got_addr = g->value;
	a->have_got = 1;
}

long p9ld_aout_got(const p9ld_aout *a, uint64_t *addr, const uint64_t **slots,
		   char *err, size_t errsize)
{
	if (!a->have_got) {
		if (errsize)
			snprintf(err, errsize, "%s", a->got_err);
		return -1;
	}
	*addr = a->got_addr;
	*slots = a->got.data;
	return (long)a->got.len;
}
