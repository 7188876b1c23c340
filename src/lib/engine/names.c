/*
 * The namespace: atoms, labels, constants, absolute symbols and aliases
 * share one open-addressing hash table of interned names.  A name is
 * interned at its first mention, defined or not, so a reference costs one
 * lookup and resolution is already done when the link starts.
 */
#include <stdlib.h>
#include <string.h>

#include "engine/engine.h"
#include "hints.h"

/* Eight bytes at a time: each word folded in with a multiply, the last
 * (or only) one loaded so that it ends at the name's end, overlapping the
 * one before; then murmur3's 64-bit finalizer, so names like f1, f2, ...
 * that differ in one byte land far apart (linear probing punishes
 * clusters).  A ten-byte name costs two multiplies, not ten: the builder
 * hashes each of a million-atom link's five million names twice. */
static uint64_t load64(const char *s)
{
	uint64_t w;
	memcpy(&w, s, 8);
	return w;
}

static uint64_t load32(const char *s)
{
	uint32_t w;
	memcpy(&w, s, 4);
	return w;
}

static uint64_t fold(uint64_t h, uint64_t w)
{
	h = (h ^ w) * 0x9e3779b97f4a7c15u;
	return h ^ (h >> 29);
}

uint32_t name_hash(const char *s, size_t n)
{
	uint64_t h = n;
	if (n >= 8) {
		size_t i = 0;
		for (; i + 8 < n; i += 8)
			h = fold(h, load64(s + i));
		h = fold(h, load64(s + n - 8));
	} else if (n >= 4) {
		h = fold(h, load32(s) << 32 | load32(s + n - 4));
	} else if (n) {
		h = fold(h, (uint64_t)(uint8_t)s[0] << 16 |
			    (uint64_t)(uint8_t)s[n / 2] << 8 | (uint8_t)s[n - 1]);
	}
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdu;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53u;
	h ^= h >> 33;
	return (uint32_t)h | 0x80000000u;   /* never 0: 0 is an empty slot */
}

/* memcmp(A, B, N) == 0 the way name_hash reads a name: a word at a time,
 * the last word ending at the end; no call for the few bytes of most
 * names, whose compare is on every lookup that finds its name. */
bool name_equal(const char *a, const char *b, size_t n)
{
	if (n >= 8) {
		for (size_t i = 0; i + 8 < n; i += 8)
			if (load64(a + i) != load64(b + i))
				return false;
		return load64(a + n - 8) == load64(b + n - 8);
	}
	if (n >= 4)
		return load32(a) == load32(b) && load32(a + n - 4) == load32(b + n - 4);
	return !n || (a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1]);
}

static size_t probe(const name_table *t, const char *s, size_t n, uint32_t h)
{
	size_t mask = t->cap - 1;
	for (size_t i = h & mask;; i = (i + 1) & mask) {
		const name_slot *sl = &t->slots[i];
		if (!sl->hash)
			return i;
		if (sl->hash == h && sl->len == n && name_equal(sl->name->str, s, n))
			return i;
	}
}

/* A big table is mapped with room to double where it stands (1 GiB of
 * address space, or four times the table, reserved but not faulted in):
 * doubling then faults in only the new upper half.  Moving to a fresh
 * table faulted every doubling's pages in again, twice the table's size,
 * and clearing fresh pages is the dearest thing a big link does. */
enum { TABLE_ROOM = 1u << 30 };

static void put_slot(name_slot *slots, size_t mask, const name_slot *e)
{
	size_t j = e->hash & mask;
	while (slots[j].hash)          /* names are distinct: no compare */
		j = (j + 1) & mask;
	slots[j] = *e;
}

/* The doubled table's upper half, at SLOTS + cap: faulted in on a helper
 * while the rehash fills the table, when it is big and helpers are
 * allowed; otherwise the last helper is waited for (before an old table
 * it may still be faulting goes). */
static void fault_upper_half(name_table *t, name_slot *slots, bool helpers)
{
	size_t half = t->cap * sizeof *slots;
	if (helpers && half >= HUGE_PAGE)
		prefault_start(&t->pf, slots + t->cap, half);
	else
		prefault_join(&t->pf);
}

/* Rehash a table doubled where it stands: its lower half holds the old
 * slots, its upper half is zero.  Slots are taken out and put back by
 * their new homes in order, starting after an empty slot, so a probe only
 * ever passes slots already put back, which stay: no slot is left behind
 * a gap.  The run that wrapped round to the start of the old table is set
 * aside first and put back last. */
static bool rehash_in_place(name_table *t)
{
	name_slot *slots = t->slots;
	size_t mask = t->cap * 2 - 1, first_empty = 0;
	while (slots[first_empty].hash)
		first_empty++;
	name_slot *wrapped = NULL;
	if (first_empty) {
		wrapped = malloc(first_empty * sizeof *wrapped);
		if (!wrapped)
			return false;
		memcpy(wrapped, slots, first_empty * sizeof *wrapped);
		memset(slots, 0, first_empty * sizeof *wrapped);
	}
	for (size_t i = first_empty + 1; i < t->cap; i++) {
		if (!slots[i].hash)
			continue;
		name_slot e = slots[i];
		slots[i].hash = 0;
		put_slot(slots, mask, &e);
	}
	for (size_t k = 0; k < first_empty; k++)
		put_slot(slots, mask, &wrapped[k]);
	free(wrapped);
	return true;
}

/* Rehash into a fresh table.  The new table's halves are written side by
 * side (slot i goes to i or i + cap), so its upper half can be faulted in
 * on another thread while this one fills the lower. */
static bool rehash_moving(name_table *t, size_t bytes, bool helpers)
{
	size_t mapped = bytes;
	name_slot *slots = NULL;
	if (bytes >= HUGE_PAGE && bytes <= SIZE_MAX / 4) {
		mapped = bytes < TABLE_ROOM / 4 ? TABLE_ROOM : bytes * 4;
		slots = pages_reserve(mapped);
	}
	if (!slots) {
		mapped = bytes;
		slots = pages_alloc(bytes, true);
	}
	if (!slots)
		return false;
	fault_upper_half(t, slots, helpers);
	for (size_t i = 0; i < t->cap; i++)
		if (t->slots[i].hash)
			put_slot(slots, t->cap * 2 - 1, &t->slots[i]);
	pages_free(t->slots, t->mapped);
	t->slots = slots;
	t->mapped = mapped;
	return true;
}

/* Double the table, where it stands if it has the room. */
static bool grow(name_table *t, bool helpers)
{
	if (!t->cap) {
		t->slots = pages_alloc(1024 * sizeof *t->slots, true);
		t->mapped = 1024 * sizeof *t->slots;
		t->cap = t->slots ? 1024 : 0;
		return t->slots != NULL;
	}
	size_t bytes = t->cap * 2 * sizeof *t->slots;
	if (bytes <= t->mapped) {
		fault_upper_half(t, t->slots, helpers);
		if (!rehash_in_place(t))
			return false;
	} else if (!rehash_moving(t, bytes, helpers)) {
		return false;
	}
	t->cap *= 2;
	return true;
}

name *names_find(const p9ld_image *img, const char *s, size_t n)
{
	const name_table *t = &img->names;
	if (!t->cap)
		return NULL;
	size_t i = probe(t, s, n, name_hash(s, n));
	return t->slots[i].hash ? t->slots[i].name : NULL;
}

/* A name's record, undefined (as every name is, until it is defined). */
static name *new_name(p9ld_image *img, const char *s, size_t n)
{
	name *e = n < UINT32_MAX ? arena_alloc(&img->arena, sizeof *e + n + 1) : NULL;
	if (!e) {
		diag_oom(img);
		return NULL;
	}
	memcpy(e->str, s, n);
	e->str[n] = 0;
	e->len = (uint32_t)n;
	e->kind = NAME_UNDEF;
	e->seg = -1;
	img->undefined++;
	return e;
}

name *names_intern(p9ld_image *img, const char *s, size_t n)
{
	name_table *t = &img->names;
	/* At most half full: linear probing at three quarters walks 8.5
	 * slots, four cache lines, to miss; at half, 2.5. */
	if ((t->count + 1) * 2 > t->cap && !grow(t, img->threads > 1)) {
		diag_oom(img);
		return NULL;
	}
	uint32_t h = name_hash(s, n);
	size_t i = probe(t, s, n, h);
	if (t->slots[i].hash)
		return t->slots[i].name;
	name *e = new_name(img, s, n);
	if (!e)
		return NULL;
	t->slots[i].hash = h;
	t->slots[i].len = (uint32_t)n;
	t->slots[i].name = e;
	img->name_bytes += n + 1;
	t->count++;
	return e;
}

/* A probe goes on past the first slot often enough that the line after
 * it is asked for too. */
void names_prefetch(const p9ld_image *img, const char *s, size_t n)
{
	const name_table *t = &img->names;
	if (!t->cap)
		return;
	size_t i = name_hash(s, n) & (t->cap - 1);
	__builtin_prefetch(&t->slots[i]);
	__builtin_prefetch(&t->slots[(i + 64 / sizeof *t->slots) & (t->cap - 1)]);
}

/* hints.h */
void hint_name_slot(const p9ld_image *img, const char *s, size_t n)
{
	names_prefetch(img, s, n);
}

/* The record is fetched, not read: the first slot whose hash and length
 * match gives its address (a wrong one costs only the fetch), and a
 * record's string may start on the line after its fields. */
void hint_name_record(const p9ld_image *img, const char *s, size_t n)
{
	const name_table *t = &img->names;
	if (!t->cap)
		return;
	uint32_t h = name_hash(s, n);
	size_t mask = t->cap - 1;
	for (size_t i = h & mask; t->slots[i].hash; i = (i + 1) & mask)
		if (t->slots[i].hash == h && t->slots[i].len == n) {
			const name *e = t->slots[i].name;
			__builtin_prefetch(e);
			__builtin_prefetch(e->str + n);
			return;
		}
}

name *names_private(p9ld_image *img, const char *s, size_t n)
{
	name *e = new_name(img, s, n);
	if (!e)
		return NULL;
	img->private_names++;
	img->name_bytes += n + 1;
	return e;
}

void name_settle(p9ld_image *img, name *n, name_kind kind)
{
	if (n->kind == NAME_UNDEF)
		img->undefined--;
	n->kind = (uint8_t)kind;
}

void names_free(name_table *t)
{
	prefault_join(&t->pf);
	pages_free(t->slots, t->mapped);
	memset(t, 0, sizeof *t);
}

/* Levenshtein distance, bounded: gives up (returns LIMIT+1) past LIMIT. */
static size_t distance(const char *a, size_t na, const char *b, size_t nb,
		       size_t limit)
{
	if ((na > nb ? na - nb : nb - na) > limit || nb > 64)
		return limit + 1;
	size_t row[65];
	for (size_t j = 0; j <= nb; j++)
		row[j] = j;
	for (size_t i = 1; i <= na; i++) {
		size_t diag = row[0], best = row[0] = i;
		for (size_t j = 1; j <= nb; j++) {
			size_t up = row[j];
			size_t cost = diag + (a[i - 1] != b[j - 1]);
			size_t v = up + 1 < row[j - 1] + 1 ? up + 1 : row[j - 1] + 1;
			row[j] = cost < v ? cost : v;
			diag = up;
			if (row[j] < best)
				best = row[j];
		}
		if (best > limit)
			return limit + 1;
	}
	return row[nb];
}

/* The defined name closest to N (for "did you mean"), or NULL.  Ties go to
 * the name defined first, so the suggestion does not depend on hashing. */
const char *names_closest(const p9ld_image *img, const name *n)
{
	const name_table *t = &img->names;
	size_t limit = n->len < 3 ? 1 : n->len / 3 + 1;
	const name *best = NULL;
	size_t best_d = limit + 1;
	for (size_t i = 0; i < t->cap; i++) {
		const name *e = t->slots[i].hash ? t->slots[i].name : NULL;
		if (!e || e == n || e->kind == NAME_UNDEF || e->str[0] == 0)
			continue;
		size_t d = distance(n->str, n->len, e->str, e->len, limit);
		if (d < best_d || (d == best_d && best && e->seq < best->seq)) {
			best = e;
			best_d = d;
		}
	}
	return best ? best->str : NULL;
}
