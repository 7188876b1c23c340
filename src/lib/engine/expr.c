/*
 * Expressions: construction, anonymous strings, evaluation and walking.
 *
 * Evaluation has two modes.  Before layout (EVAL_CONST) only literals,
 * constants and absolute symbols built from them have values; after layout
 * (EVAL_LINKED) every name has one.  Arithmetic is done on uint64_t so that
 * overflow wraps as two's complement instead of being undefined.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine/engine.h"

static p9ld_expr *node(p9ld_image *img, expr_kind kind, p9ld_place place)
{
	p9ld_expr *e = arena_alloc(&img->arena, sizeof *e);
	if (!e) {
		diag_oom(img);
		return NULL;
	}
	e->kind = (uint8_t)kind;
	e->place = place;
	return e;
}

p9ld_expr *p9ld_expr_int(p9ld_image *img, int64_t value)
{
	p9ld_expr *e = node(img, EXPR_INT, no_place);
	if (e)
		e->u.value = value;
	return e;
}

static p9ld_expr *name_node(p9ld_image *img, expr_kind kind, const char *s,
			    p9ld_place place)
{
	name *n = names_intern(img, s, strlen(s));
	p9ld_expr *e = n ? node(img, kind, place) : NULL;
	if (!e)
		return NULL;
	/* Any use declares a special.  The names are compared by address:
	 * reading the name here would be a cache miss per reference. */
	for (int i = 0; i < 3; i++)
		if (n == img->special_names[i])
			img->specials[i] = true;
	e->u.name = n;
	return e;
}

p9ld_expr *p9ld_expr_name(p9ld_image *img, const char *s, p9ld_place place)
{
	return name_node(img, EXPR_NAME, s, place);
}

p9ld_expr *p9ld_expr_sizeof(p9ld_image *img, const char *s, p9ld_place place)
{
	return name_node(img, EXPR_SIZEOF, s, place);
}

p9ld_expr *p9ld_expr_got(p9ld_image *img, const char *s, p9ld_place place)
{
	img->got_exprs++;
	return name_node(img, EXPR_GOT, s, place);
}

p9ld_expr *p9ld_expr_dot(p9ld_image *img, p9ld_atom *atom)
{
	p9ld_expr *e = node(img, EXPR_DOT, no_place);
	if (e) {
		e->u.dot.atom = atom;
		e->u.dot.offset = atom->size;
	}
	return e;
}

p9ld_expr *p9ld_expr_unary(p9ld_image *img, p9ld_op op, p9ld_expr *l,
			   p9ld_place place)
{
	if (!l)
		return NULL;
	p9ld_expr *e = node(img, EXPR_UNARY, place);
	if (e) {
		e->op = (uint8_t)op;
		e->u.kids.l = l;
	}
	return e;
}

p9ld_expr *p9ld_expr_binary(p9ld_image *img, p9ld_op op, p9ld_expr *l,
			    p9ld_expr *r, p9ld_place place)
{
	if (!l || !r)
		return NULL;
	p9ld_expr *e = node(img, EXPR_BINARY, place);
	if (e) {
		e->op = (uint8_t)op;
		e->u.kids.l = l;
		e->u.kids.r = r;
	}
	return e;
}

/* ---- anonymous strings --------------------------------------------------- */

/* Equal bytes share one atom.  The table is keyed by the atom's contents
 * less the NUL the engine adds. */
static bool string_equal(const p9ld_atom *a, const void *p, size_t n)
{
	return a->size == n + 1 && memcmp(a->bytes, p, n) == 0;
}

static bool strings_grow(string_table *t)
{
	size_t cap = t->cap ? t->cap * 2 : 256;
	p9ld_atom **slots = calloc(cap, sizeof *slots);
	if (!slots)
		return false;
	for (size_t i = 0; i < t->cap; i++) {
		p9ld_atom *a = t->slots[i];
		if (!a)
			continue;
		size_t j = name_hash((const char *)a->bytes, a->size - 1) & (cap - 1);
		while (slots[j])
			j = (j + 1) & (cap - 1);
		slots[j] = a;
	}
	free(t->slots);
	t->slots = slots;
	t->cap = cap;
	return true;
}

static p9ld_atom *string_atom(p9ld_image *img, const void *p, size_t n,
			      p9ld_place place)
{
	string_table *t = &img->strings;
	if ((t->count + 1) * 2 > t->cap && !strings_grow(t)) {
		diag_oom(img);
		return NULL;
	}
	size_t i = name_hash(p, n) & (t->cap - 1);
	for (; t->slots[i]; i = (i + 1) & (t->cap - 1))
		if (string_equal(t->slots[i], p, n))
			return t->slots[i];

	char nm[32];
	snprintf(nm, sizeof nm, "__anon_%zu", img->anons.len);
	name *an = names_intern(img, nm, strlen(nm));
	if (!an || !name_define(img, an, NAME_ATOM, place))
		return NULL;
	p9ld_atom *a = atom_create(img, P9LD_DATA, an, 1, true);
	if (!a)
		return NULL;
	a->flags = P9LD_LAZY;  /* it exists for its users; it goes with them */
	if (!atom_grow(img, a, (uint64_t)n + 1, place))
		return NULL;
	memcpy(a->bytes, p, n);
	a->size = (uint32_t)n + 1;
	t->slots[i] = a;
	t->count++;
	return a;
}

p9ld_expr *p9ld_expr_string(p9ld_image *img, const void *bytes, size_t n,
			    p9ld_place place)
{
	p9ld_atom *a = string_atom(img, bytes, n, place);
	p9ld_expr *e = a ? node(img, EXPR_STRING, place) : NULL;
	if (e)
		e->u.string = a;
	return e;
}

/* ---- evaluation ------------------------------------------------------------ */

static bool layout_needed(p9ld_image *img, p9ld_place place, const char *what)
{
	diag_error(img, place, "%s is an address, which is not known before layout",
		   what);
	return false;
}

static bool undefined(p9ld_image *img, name *n, p9ld_place use)
{
	/* The suggestion scans every name: not for an error nobody sees. */
	const char *near = diag_hidden(img) ? NULL : names_closest(img, n);
	if (near)
		diag_error(img, use, "undefined symbol '%s'; did you mean '%s'?",
			   n->str, near);
	else
		diag_error(img, use, "undefined symbol '%s'", n->str);
	return false;
}

/* The value of a constant or absolute symbol: its expression, evaluated
 * once (per mode that succeeds), with a definition cycle reported. */
static bool defined_value(p9ld_image *img, name *n, eval_mode mode,
			  int64_t *out)
{
	if (n->state == EVAL_DONE) {
		*out = n->u.def->value;
		return true;
	}
	if (n->state == EVAL_FAILED)
		return false;
	if (n->state == EVAL_BUSY) {
		if (img->quiet)
			return false;
		diag_error(img, n->def_place, "'%s' is defined in terms of itself",
			   n->str);
		n->state = EVAL_FAILED;
		return false;
	}
	/* A constant never depends on layout, whatever the caller's mode. */
	eval_mode m = n->kind == NAME_CONST ? EVAL_CONST : mode;
	n->state = EVAL_BUSY;
	int64_t v;
	bool ok = expr_eval(img, n->u.def->expr, m, &v);
	if (n->state == EVAL_FAILED)
		return false;
	if (ok) {
		n->state = EVAL_DONE;
		n->u.def->value = v;
		*out = v;
	} else {
		/* A failure before layout may succeed after it; a trial's
		 * failure (a name not defined yet) may succeed later. */
		n->state = !img->quiet && (m == EVAL_LINKED || n->kind == NAME_CONST)
				   ? EVAL_FAILED : EVAL_NONE;
	}
	return ok;
}

static uint64_t label_addr(const label *l)
{
	return l->atom->addr + l->offset;
}

bool name_value(p9ld_image *img, name *n, p9ld_place use, eval_mode mode,
		int64_t *out)
{
	uint64_t v;
	switch (n->kind) {
	case NAME_UNDEF:
		return undefined(img, n, use);
	case NAME_CONST:
	case NAME_SYMBOL:
		return defined_value(img, n, mode, out);
	case NAME_ALIAS:
		return name_value(img, n->u.alias->target, use, mode, out);
	case NAME_ATOM:
		if (mode == EVAL_CONST)
			return layout_needed(img, use, n->str);
		v = n->u.atom->addr;
		break;
	case NAME_LABEL:
		if (mode == EVAL_CONST)
			return layout_needed(img, use, n->str);
		v = label_addr(n->u.label);
		break;
	case NAME_SPECIAL:
		if (mode == EVAL_CONST)
			return layout_needed(img, use, n->str);
		special_value(img, n->u.special, &v);
		break;
	case NAME_GOT:
		if (img->got_policy == P9LD_GOT_NONE) {
			diag_error(img, use, "%s is not defined under 'got none'", n->str);
			return false;
		}
		if (mode == EVAL_CONST)
			return layout_needed(img, use, n->str);
		v = img->out.got_addr;
		break;
	case NAME_DATA_REL:
		if (mode == EVAL_CONST)
			return layout_needed(img, use, n->str);
		v = img->out.data_base + n->u.bias;
		break;
	default:
		return false;
	}
	*out = (int64_t)v;
	return true;
}

static bool eval_sizeof(p9ld_image *img, p9ld_expr *e, eval_mode mode,
			int64_t *out)
{
	name *n = e->u.name;
	while (n->kind == NAME_ALIAS)
		n = n->u.alias->target;
	if (n->kind == NAME_UNDEF)
		return undefined(img, n, e->place);
	if (n->kind != NAME_ATOM) {
		diag_error(img, e->place, "sizeof(%s): '%s' is not an atom",
			   e->u.name->str, e->u.name->str);
		return false;
	}
	if (mode == EVAL_CONST) {
		diag_error(img, e->place,
			   "sizeof(%s) is not known until every item is in", n->str);
		return false;
	}
	*out = (int64_t)n->u.atom->size;
	return true;
}

/* N, through its aliases, if it can own a GOT slot; NULL (reported) if
 * not. */
static name *got_owner(p9ld_image *img, name *n, p9ld_place use)
{
	while (n->kind == NAME_ALIAS)
		n = n->u.alias->target;
	switch (n->kind) {
	case NAME_UNDEF:
		undefined(img, n, use);
		return NULL;
	case NAME_ATOM:
	case NAME_LABEL:
	case NAME_SYMBOL:
	case NAME_SPECIAL:
		return n;
	default:
		diag_error(img, use,
			   "got(%s): only atoms, labels, absolute symbols and etext, edata, end have GOT slots",
			   n->str);
		return NULL;
	}
}

static bool eval_got(p9ld_image *img, p9ld_expr *e, eval_mode mode,
		     int64_t *out)
{
	name *n = e->u.name;
	if (img->got_policy == P9LD_GOT_NONE) {
		diag_error(img, e->place, "got(%s) needs a GOT, but the policy is 'got none'",
			   n->str);
		return false;
	}
	name *owner = got_owner(img, n, e->place);
	if (!owner)
		return false;
	if (mode == EVAL_CONST)
		return layout_needed(img, e->place, "a GOT slot");
	uint32_t slot;
	if (!got_slot_of(img, owner, &slot)) {
		diag_error(img, e->place, "'%s' has no GOT slot", n->str);
		return false;
	}
	*out = (int64_t)got_slot_addr(img, slot);
	return true;
}

static bool eval_binary(p9ld_image *img, p9ld_expr *e, uint64_t a, uint64_t b,
			int64_t *out)
{
	int64_t sa = (int64_t)a, sb = (int64_t)b;
	uint64_t r;
	switch (e->op) {
	case P9LD_MUL: r = a * b; break;
	case P9LD_ADD: r = a + b; break;
	case P9LD_SUB: r = a - b; break;
	case P9LD_AND: r = a & b; break;
	case P9LD_XOR: r = a ^ b; break;
	case P9LD_OR:  r = a | b; break;
	case P9LD_SHL: r = b >= 64 ? 0 : a << b; break;
	case P9LD_SHR: /* arithmetic, as C does for a signed left operand */
		r = (uint64_t)(b >= 64 ? (sa < 0 ? -1 : 0) : sa >> b);
		break;
	case P9LD_DIV:
	case P9LD_MOD:
		if (sb == 0) {
			diag_error(img, e->place, "%s by zero",
				   e->op == P9LD_DIV ? "division" : "remainder");
			return false;
		}
		if (sa == INT64_MIN && sb == -1)   /* wraps, as the hardware does */
			r = e->op == P9LD_DIV ? (uint64_t)INT64_MIN : 0;
		else
			r = (uint64_t)(e->op == P9LD_DIV ? sa / sb : sa % sb);
		break;
	default:
		diag_error(img, e->place, "bad binary operator %d", e->op);
		return false;
	}
	*out = (int64_t)r;
	return true;
}

static bool eval_unary(p9ld_image *img, p9ld_expr *e, uint64_t a, int64_t *out)
{
	switch (e->op) {
	case P9LD_NEG:  *out = (int64_t)(0 - a); return true;
	case P9LD_NOT:  *out = (int64_t)~a; return true;
	case P9LD_PLUS: *out = (int64_t)a; return true;
	default:
		diag_error(img, e->place, "bad unary operator %d", e->op);
		return false;
	}
}

bool expr_eval(p9ld_image *img, p9ld_expr *e, eval_mode mode, int64_t *out)
{
	int64_t l, r;
	switch (e->kind) {
	case EXPR_INT:
		*out = e->u.value;
		return true;
	case EXPR_NAME:
		return name_value(img, e->u.name, e->place, mode, out);
	case EXPR_DOT:
		if (mode == EVAL_CONST)
			return layout_needed(img, e->place, "'.'");
		*out = (int64_t)(e->u.dot.atom->addr + e->u.dot.offset);
		return true;
	case EXPR_SIZEOF:
		return eval_sizeof(img, e, mode, out);
	case EXPR_GOT:
		return eval_got(img, e, mode, out);
	case EXPR_STRING:
		if (mode == EVAL_CONST)
			return layout_needed(img, e->place, "a string");
		*out = (int64_t)e->u.string->addr;
		return true;
	case EXPR_UNARY:
		return expr_eval(img, e->u.kids.l, mode, &l) &&
		       eval_unary(img, e, (uint64_t)l, out);
	case EXPR_BINARY:
		return expr_eval(img, e->u.kids.l, mode, &l) &&
		       expr_eval(img, e->u.kids.r, mode, &r) &&
		       eval_binary(img, e, (uint64_t)l, (uint64_t)r, out);
	}
	return false;
}

int p9ld_const_value(p9ld_image *img, const char *s, int64_t *out)
{
	name *n = names_find(img, s, strlen(s));
	if (!n || (n->kind != NAME_CONST && n->kind != NAME_SYMBOL))
		return -1;
	img->quiet++;
	bool ok = name_value(img, n, no_place, EVAL_CONST, out);
	img->quiet--;
	return ok ? 0 : -1;
}

int p9ld_expr_const(p9ld_image *img, p9ld_expr *e, int64_t *out)
{
	if (!e)
		return -1;
	return expr_eval(img, e, EVAL_CONST, out) ? 0 : -1;
}

void expr_walk(p9ld_image *img, p9ld_expr *e, expr_visit_fn fn, void *ctx)
{
	while (e) {
		switch (e->kind) {
		case EXPR_UNARY:
			e = e->u.kids.l;
			continue;
		case EXPR_BINARY:
			expr_walk(img, e->u.kids.l, fn, ctx);
			e = e->u.kids.r;
			continue;
		case EXPR_INT:
			return;
		default:
			fn(img, e, ctx);
			return;
		}
	}
}
