/*
 * The script as the grammar's actions make it: statements, items and
 * expressions, each from the pool of the batch being parsed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "script.h"

/* ---- statements ---------------------------------------------------------- */

sstmt *stmt_new(pool *p, int kind, sloc at)
{
	sstmt *st = pool_alloc(p, sizeof *st);
	st->ev.kind = EV_STMT;
	st->kind = (uint8_t)kind;
	st->at = at;
	return st;
}

sstmt *stmt_named(pool *p, int kind, sloc at, const char *name, sloc name_at)
{
	sstmt *st = stmt_new(p, kind, at);
	st->name = name;
	st->name_at = name_at;
	return st;
}

sstmt *stmt_expr(pool *p, int kind, sloc at, sexpr *e)
{
	sstmt *st = stmt_new(p, kind, at);
	st->expr = e;
	return st;
}

sstmt *stmt_atom(pool *p, sloc at, int seg, const char *name, sloc name_at,
		 const sattrs *attrs)
{
	sstmt *st = stmt_named(p, SS_ATOM, at, name, name_at);
	st->seg = (uint8_t)seg;
	if (attrs)
		st->attrs = *attrs;
	return st;
}

sattrs *attrs_of(pool *p, sattrs *attrs)
{
	return attrs ? attrs : pool_alloc(p, sizeof *attrs);
}

void atom_add_item(sstmt *atom, sitem *item)
{
	if (!atom || !item)
		return;
	if (atom->items_tail)
		atom->items_tail->next = item;
	else
		atom->items = item;
	atom->items_tail = item;
}

sitems *items_add(pool *p, sitems *list, sitem *item)
{
	if (!list)
		list = pool_alloc(p, sizeof *list);
	if (!item)
		return list;
	if (list->tail)
		list->tail->next = item;
	else
		list->head = item;
	list->tail = item;
	return list;
}

void atom_set_items(sstmt *atom, const sitems *items)
{
	if (items) {
		atom->items = items->head;
		atom->items_tail = items->tail;
	}
}

/* ---- items ------------------------------------------------------------------ */

sitem *item_new(pool *p, int kind, sloc at)
{
	sitem *it = pool_alloc(p, sizeof *it);
	it->kind = (uint8_t)kind;
	it->at = at;
	return it;
}

/* An item whose operand is bytes, a string, a path or a name. */
sitem *item_text(pool *p, int kind, sloc at, const p9s_text *t)
{
	sitem *it = item_new(p, kind, at);
	it->str.ptr = t->s;
	it->str.len = t->len;
	return it;
}

/* u8 u16 u32 u64 in the arch's order; le16 ... be64 in a fixed one. */
sitem *item_values(pool *p, sloc at, const char *kw, sexprs *values)
{
	sitem *it = item_new(p, SI_VALUES, at);
	it->order = kw[0] == 'u' ? P9LD_ORDER_ARCH
		  : kw[0] == 'l' ? P9LD_ORDER_LITTLE : P9LD_ORDER_BIG;
	it->width = (uint8_t)(atoi(kw + (kw[0] == 'u' ? 1 : 2)) / 8);
	it->exprs = *values;
	return it;
}

sitem *item_pcrel(pool *p, sloc at, unsigned width, sexpr *e)
{
	sitem *it = item_new(p, SI_PCREL, at);
	it->width = (uint8_t)width;
	sexprs_push(p, &it->exprs, e);
	return it;
}

sitem *item_exprs(pool *p, int kind, sloc at, sexpr *a, sexpr *b)
{
	sitem *it = item_new(p, kind, at);
	sexprs_push(p, &it->exprs, a);
	if (b)
		sexprs_push(p, &it->exprs, b);
	return it;
}

/* ---- expressions ---------------------------------------------------------- */

sexpr *expr_new(pool *p, int kind, sloc at)
{
	sexpr *e = pool_alloc(p, sizeof *e);
	e->kind = (uint8_t)kind;
	e->at = at;
	return e;
}

sexpr *expr_int(pool *p, sloc at, int64_t v)
{
	sexpr *e = expr_new(p, SX_INT, at);
	e->u.value = v;
	return e;
}

/* A name or a string: its bytes (NUL-terminated). */
sexpr *expr_text(pool *p, int kind, sloc at, const char *s, size_t len)
{
	sexpr *e = expr_new(p, kind, at);
	e->u.str.ptr = s;
	e->u.str.len = len;
	return e;
}

sexpr *expr_unary(pool *p, sloc at, p9ld_op op, sexpr *l)
{
	sexpr *e = expr_new(p, SX_UNARY, at);
	e->op = (uint8_t)op;
	e->u.kids.l = l;
	return e;
}

sexpr *expr_binary(pool *p, sloc at, p9ld_op op, sexpr *l, sexpr *r)
{
	sexpr *e = expr_new(p, SX_BINARY, at);
	e->op = (uint8_t)op;
	e->u.kids.l = l;
	e->u.kids.r = r;
	return e;
}

void sexprs_push(pool *p, sexprs *l, sexpr *e)
{
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 1;
		sexpr **v = pool_alloc_raw(p, cap * sizeof *v);
		if (l->n)
			memcpy(v, l->v, l->n * sizeof *v);
		l->v = v;
		l->cap = cap;
	}
	l->v[l->n++] = e;
}

/* Adjacent strings joined: A is the run so far, B the next.  The run grows
 * in room of its own, doubled each time it is outgrown, so that a run of
 * many strings costs its length (copying the run for each string would
 * cost its square).  A run's text with room to spare was made here and
 * is the parser's alone: it is written in place. */
const p9s_text *text_concat(pool *p, const p9s_text *a, const p9s_text *b)
{
	size_t n = (size_t)a->len + b->len;
	p9s_text *t = (p9s_text *)a;
	if (a->cap < n) {
		size_t room = n < 32 ? 64 : n * 2;
		if (room > UINT32_MAX)
			room = n;                /* pool_text_room refuses what is too big */
		t = pool_text_room(p, room);
		memcpy(t->s, a->s, a->len);
		t->len = a->len;
	}
	memcpy(t->s + t->len, b->s, b->len);
	t->len = (uint32_t)n;
	t->s[n] = 0;
	return t;
}

const char *int_name(pool *p, int64_t v)
{
	char buf[32];
	int n = snprintf(buf, sizeof buf, "%llu", (unsigned long long)v);
	return pool_strndup(p, buf, (size_t)n);
}
