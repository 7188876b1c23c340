/*
 * Arenas, growable arrays and byte buffers.
 *
 * An image allocates its names, atoms, labels and expressions from one
 * arena and its atom contents from another, so a link of a million atoms
 * costs a few hundred mallocs, and freeing the image is freeing the blocks.
 */
#include <stdlib.h>
#include <string.h>

#include "base/base.h"

struct arena_block {
	struct arena_block *next;
	size_t used, size;
	size_t clean;                /* from here on the block is still zero */
	size_t mapped;               /* bytes mapped, 0 when malloc'd */
	prefault pf;                 /* mapped: faulting in on a helper */
	uint64_t align[];            /* the block's memory starts here */
};

enum {
	ARENA_MIN_BLOCK = 256 * 1024,
	ARENA_MAX_BLOCK = 16 * 1024 * 1024,
	ARENA_ALIGN = 8,             /* nothing here needs more */
	PREFAULT_MAX = 64 * 1024 * 1024
};

/* A new block of at least SIZE bytes, at the head of A's list. */
static struct arena_block *arena_new_block(arena *a, size_t size)
{
	struct arena_block *b;
	size_t mapped = 0;
	if (size + sizeof *b >= HUGE_PAGE) {
		mapped = (size + sizeof *b + HUGE_PAGE - 1) & ~(size_t)(HUGE_PAGE - 1);
		b = pages_alloc(mapped, false);
		size = mapped - sizeof *b;
	} else {
		b = calloc(1, sizeof *b + size);
	}
	if (!b) {
		a->failed = true;
		return NULL;
	}
	b->used = 0;
	b->clean = 0;
	b->size = size;
	b->mapped = mapped;
	b->next = a->head;
	a->head = b;
	/* Blocks up to the size of a big link's arrays are filled from the
	 * front at once.  A bigger one is made for one request that may be
	 * mostly a zero run never written (`zero 0xf0000000` faulted in
	 * 4 GiB): it faults in only what its user touches. */
	if (mapped && a->prefault && size <= PREFAULT_MAX)
		prefault_start(&b->pf, b, mapped);
	return b;
}

/* Hand out N bytes at USED, zeroed.  A block starts zero (fresh pages,
 * calloc) and only memory given back by arena_unalloc is dirty, so most
 * allocations write nothing: a million-atom link would otherwise clear
 * every page twice, once in the kernel and once here. */
static void *take(struct arena_block *b, size_t n)
{
	char *p = (char *)b->align + b->used;
	if (b->used < b->clean)
		memset(p, 0, (b->clean < b->used + n ? b->clean : b->used + n) - b->used);
	b->used += n;
	if (b->clean < b->used)
		b->clean = b->used;
	return p;
}

/* The size of the arena's next block of its own, for a request of N:
 * blocks double from 256 KiB to 16 MiB, so a big link makes few blocks,
 * and the last block, which prefaulting clears whole, is not much more
 * than it needs.  (A request too big to share a block gets one of its
 * exact size: an object's second 24 MiB array of fixups took a 48 MiB
 * block, all of it cleared.) */
static size_t next_block_size(arena *a, size_t n)
{
	size_t size = a->next_block ? a->next_block : ARENA_MIN_BLOCK;
	if (size < n)
		size = n;
	if (a->next_block < ARENA_MAX_BLOCK)
		a->next_block = size * 2;
	return size;
}

void *arena_alloc(arena *a, size_t n)
{
	size_t need = (n + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
	struct arena_block *b = a->head;
	if (need < n)
		return NULL;
	if (!b || b->size - b->used < need) {
		/* A request larger than a block gets a block of its own, put
		 * behind the current one so the current one keeps filling. */
		if (b && need > ARENA_MIN_BLOCK / 4) {
			struct arena_block *big = arena_new_block(a, need);
			if (!big)
				return NULL;
			a->head = b;
			big->next = b->next;
			b->next = big;
			return take(big, need);
		}
		b = arena_new_block(a, next_block_size(a, need));
		if (!b)
			return NULL;
	}
	return take(b, need);
}

char *arena_strdup(arena *a, const char *s, size_t n)
{
	char *p = arena_alloc(a, n + 1);
	if (p) {
		memcpy(p, s, n);
		p[n] = 0;
	}
	return p;
}

void arena_free(arena *a)
{
	struct arena_block *b = a->head;
	while (b) {
		struct arena_block *next = b->next;
		if (b->mapped) {
			prefault_join(&b->pf);
			pages_free(b, b->mapped);
		} else {
			free(b);
		}
		b = next;
	}
	a->head = NULL;
}

void vec_init(vec *v, size_t elem)
{
	memset(v, 0, sizeof *v);
	v->elem = elem;
}

void *vec_push(vec *v)
{
	if (v->len == v->cap) {
		size_t cap = v->cap ? v->cap * 2 : 16;
		void *d = realloc(v->data, cap * v->elem);
		if (!d)
			return NULL;
		v->data = d;
		v->cap = cap;
	}
	void *p = (char *)v->data + v->len++ * v->elem;
	return memset(p, 0, v->elem);
}

void *vec_at(const vec *v, size_t i)
{
	return (char *)v->data + i * v->elem;
}

void vec_free(vec *v)
{
	free(v->data);
	v->data = NULL;
	v->len = v->cap = 0;
}

bool buf_grow(buf *b, size_t extra)
{
	if (b->failed)
		return false;
	if (b->cap - b->len >= extra)
		return true;
	size_t cap = b->cap ? b->cap : 256;
	while (cap - b->len < extra) {
		if (cap > SIZE_MAX / 2) {
			b->failed = true;
			return false;
		}
		cap *= 2;
	}
	uint8_t *d = realloc(b->data, cap);
	if (!d) {
		b->failed = true;
		return false;
	}
	b->data = d;
	b->cap = cap;
	return true;
}

void buf_put(buf *b, const void *p, size_t n)
{
	if (n && buf_reserve(b, n)) {
		memcpy(b->data + b->len, p, n);
		b->len += n;
	}
}

void buf_put_byte(buf *b, uint8_t c)
{
	if (buf_reserve(b, 1))
		b->data[b->len++] = c;
}

void buf_put_be(buf *b, uint64_t v, unsigned width)
{
	if (buf_reserve(b, width)) {
		put_uint(b->data + b->len, v, width, true);
		b->len += width;
	}
}

void buf_free(buf *b)
{
	free(b->data);
	memset(b, 0, sizeof *b);
}

/* Give back P of N bytes when it is the most recent allocation (a node
 * folded into what uses it); otherwise do nothing. */
void arena_unalloc(arena *a, void *p, size_t n)
{
	struct arena_block *b = a->head;
	size_t need = (n + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
	if (b && b->used >= need && (char *)p + need == (char *)b->align + b->used)
		b->used -= need;
}

/* Grow the most recent allocation P of OLD bytes to NEW bytes in place when
 * it is the last thing in the current block and the block has room.  Atom
 * contents grow this way while the client fills one atom at a time. */
bool arena_try_extend(arena *a, void *p, size_t old, size_t new)
{
	struct arena_block *b = a->head;
	size_t o = (old + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
	size_t n = (new + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
	if (!b || !p || n < new || (char *)p + o != (char *)b->align + b->used)
		return false;
	if (n - o > b->size - b->used)
		return false;
	take(b, n - o);
	return true;
}
