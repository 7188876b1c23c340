/* The front end's memory: blocks that live as long as the link.  Running
 * out of memory here is reported and ends the program: the command line
 * tool has nothing useful left to do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "script.h"

struct pool_block {
	struct pool_block *next;
	size_t used, size;
	uint64_t mem[];
};

/* N bytes from P, not cleared. */
static void *take_raw(script *s, pool *p, size_t n)
{
	n = (n + 7) & ~(size_t)7;
	struct pool_block *b = p->head;
	if ((!b || b->size - b->used < n) && p->spare && p->spare->size >= n) {
		b = p->spare;            /* a released block: no new memory */
		p->spare = b->next;
		b->used = 0;
		b->next = p->head;
		p->head = b;
	}
	if (!b || b->size - b->used < n) {
		size_t size = p->next_block ? p->next_block : 64 * 1024;
		if (size < 64 * 1024 * 1024)
			p->next_block = size * 2;
		if (size < n)
			size = n;
		b = malloc(sizeof *b + size);
		if (!b) {
			fprintf(stderr, "%s: out of memory\n", s->prog);
			exit(1);
		}
		b->used = 0;
		b->size = size;
		b->next = p->head;
		p->head = b;
	}
	void *m = (char *)b->mem + b->used;
	b->used += n;
	return m;
}

static void *take(script *s, pool *p, size_t n)
{
	return memset(take_raw(s, p, n), 0, n);
}

void *pool_alloc(script *s, size_t n)
{
	return take(s, &s->pool, n);
}

void *lasting_alloc(script *s, size_t n)
{
	pipe_lock(s);
	void *m = take(s, &s->lasting, n);
	pipe_unlock(s);
	return m;
}

/* Every byte is written: no clearing first (a name per token). */
char *pool_strndup(script *s, const char *p, size_t n)
{
	char *d = take_raw(s, &s->pool, n + 1);
	memcpy(d, p, n);
	d[n] = 0;
	return d;
}

p9s_text *pool_text_room(script *s, size_t n)
{
	if (n > UINT32_MAX) {
		fprintf(stderr, "%s: a token of 4 GiB or more\n", s->prog);
		exit(1);
	}
	return take_raw(s, &s->pool, sizeof(p9s_text) + n + 1);
}

p9s_text *pool_text(script *s, const char *p, size_t n)
{
	p9s_text *t = pool_text_room(s, n);
	memcpy(t->s, p, n);
	t->s[n] = 0;
	t->len = (uint32_t)n;
	return t;
}

char *lasting_strndup(script *s, const char *p, size_t n)
{
	char *d = lasting_alloc(s, n + 1);
	memcpy(d, p, n);
	d[n] = 0;
	return d;
}

pool_mark pool_here(script *s)
{
	pool_mark m = { s->pool.head, s->pool.head ? s->pool.head->used : 0 };
	return m;
}

/* Give back everything allocated since M: whole blocks (kept as spares,
 * since the next statement will want them), then the rest of M's block. */
void pool_release(script *s, pool_mark m)
{
	pool *p = &s->pool;
	while (p->head && p->head != m.block) {
		struct pool_block *b = p->head;
		p->head = b->next;
		b->next = p->spare;
		p->spare = b;
	}
	if (p->head)
		p->head->used = m.used;
}

void pool_release_all(pool *p)
{
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

void pool_adopt(pool *to, pool *from)
{
	*last_link(&to->head) = from->head;
	*last_link(&to->spare) = from->spare;
	from->head = from->spare = NULL;
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
}

/* Room for one first: most items (pcrel32 NAME, addr NAME, u32 N) have
 * one expression, and each is cleared and handed over in its batch. */
void sexprs_push(script *s, sexprs *l, sexpr *e)
{
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 1;
		sexpr **v = pool_alloc(s, cap * sizeof *v);
		if (l->n)
			memcpy(v, l->v, l->n * sizeof *v);
		l->v = v;
		l->cap = cap;
	}
	l->v[l->n++] = e;
}
