/*
 * Pools: blocks of memory handed out in order and given back whole.  Each
 * pool belongs to one thread at a time.  Running out of memory here is
 * reported and ends the program: the command has nothing useful left to
 * do.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "script.h"

struct pool_block {
	struct pool_block *next;
	size_t size;
	uint64_t mem[];
};

enum { FIRST_BLOCK = 64 * 1024, LAST_DOUBLING = 64 * 1024 * 1024 };

static _Noreturn void out_of_memory(void)
{
	fputs("p9ld: out of memory\n", stderr);
	exit(1);
}

/* A block of at least N bytes: a spare if one is big enough, else a new
 * one, each new block twice the last up to LAST_DOUBLING. */
static struct pool_block *new_block(pool *p, size_t n)
{
	struct pool_block *b = p->spare;
	if (b && b->size >= n) {
		p->spare = b->next;
	} else {
		size_t size = p->next_block ? p->next_block : FIRST_BLOCK;
		if (size < LAST_DOUBLING)
			p->next_block = size * 2;
		if (size < n)
			size = n;
		if (!(b = malloc(sizeof *b + size)))
			out_of_memory();
		b->size = size;
	}
	b->next = p->head;
	p->head = b;
	p->next = (char *)b->mem;
	p->end = p->next + b->size;
	return b;
}

void *pool_alloc_block(pool *p, size_t n)
{
	new_block(p, n);
	void *m = p->next;
	p->next += n;
	return m;
}

void *pool_alloc(pool *p, size_t n)
{
	return memset(pool_alloc_raw(p, n), 0, n);
}

char *pool_strndup(pool *p, const char *s, size_t n)
{
	char *d = pool_alloc_raw(p, n + 1);
	memcpy(d, s, n);
	d[n] = 0;
	return d;
}

p9s_text *pool_text_room(pool *p, size_t n)
{
	if (n > UINT32_MAX) {
		fputs("p9ld: a token of 4 GiB or more\n", stderr);
		exit(1);
	}
	p9s_text *t = pool_alloc_raw(p, sizeof(p9s_text) + n + 1);
	t->cap = (uint32_t)n;
	return t;
}

p9s_text *pool_text(pool *p, const char *s, size_t n)
{
	p9s_text *t = pool_text_room(p, n);
	if (n)                       /* S may be NULL then: `bytes ;` has none */
		memcpy(t->s, s, n);
	t->s[n] = 0;
	t->len = (uint32_t)n;
	return t;
}

void pool_empty(pool *p)
{
	p->next = p->end = NULL;
	while (p->head) {
		struct pool_block *b = p->head;
		p->head = b->next;
		b->next = p->spare;
		p->spare = b;
	}
}

static struct pool_block **last_link(struct pool_block **l)
{
	while (*l)
		l = &(*l)->next;
	return l;
}

/* FROM's blocks join TO's, behind TO's current block: TO goes on
 * filling the block it was filling. */
void pool_adopt(pool *to, pool *from)
{
	if (!to->head) {
		to->next = from->next;
		to->end = from->end;
	}
	*last_link(&to->head) = from->head;
	*last_link(&to->spare) = from->spare;
	from->head = from->spare = NULL;
	from->next = from->end = NULL;
}

static void free_blocks(struct pool_block *b)
{
	while (b) {
		struct pool_block *next = b->next;
		free(b);
		b = next;
	}
}

void pool_free(pool *p)
{
	free_blocks(p->head);
	free_blocks(p->spare);
	p->head = p->spare = NULL;
	p->next = p->end = NULL;
}

/* ---- stacks of pointers ------------------------------------------------- */

void ptrs_init(ptrs *s)
{
	s->v = s->few;
	s->n = 0;
	s->cap = sizeof s->few / sizeof s->few[0];
}

void ptrs_push(ptrs *s, void *p)
{
	if (s->n == s->cap) {
		size_t cap = s->cap * 2;
		void **v = s->v == s->few ? malloc(cap * sizeof *v) : realloc(s->v, cap * sizeof *v);
		if (!v)
			out_of_memory();
		if (s->v == s->few)
			memcpy(v, s->few, sizeof s->few);
		s->v = v;
		s->cap = cap;
	}
	s->v[s->n++] = p;
}

void ptrs_free(ptrs *s)
{
	if (s->v != s->few)
		free(s->v);
	ptrs_init(s);
}
