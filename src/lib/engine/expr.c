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

static uint64_t label_addr(const label *l)
{
	return l->atom->addr + l->offset;
}

/* An alias's target.  Aliases never chain (p9ld_export refuses an alias
 * of an alias), so one step is all there is. */
static name *unalias(name *n)
{
	return n->kind == NAME_ALIAS ? n->u.alias->target : n;
}

/* The value of N when it is not a constant or an absolute symbol: an
 * address, known only after layout. */
static bool plain_value(p9ld_image *img, name *n, p9ld_place use, eval_mode mode,
			int64_t *out)
{
	uint64_t v;
	switch (n->kind) {
	case NAME_UNDEF:
		return undefined(img, n, use);
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
	name *n = unalias(e->u.name);
	if (n->kind == NAME_UNDEF)
		return undefined(img, n, e->place);
	if (n->kind != NAME_ATOM) {
		diag_error(img, e->place, "sizeof(%s): '%s' is not an atom",
			   e->u.name->str, e->u.name->str);
		return false;
	}
	if (mode == EVAL_CONST && !(n->u.atom->flags & ATOM_ENDED)) {
		if (img->quiet) {
			if (!img->size_wanted)
				img->size_wanted = n;
			return false;
		}
		diag_error(img, e->place,
			   "sizeof(%s) is not known before layout: '%s' is not ended yet",
			   n->str, n->str);
		return false;
	}
	*out = (int64_t)n->u.atom->size;
	return true;
}

/* N, through its aliases, if it can own a GOT slot; NULL (reported) if
 * not. */
static name *got_owner(p9ld_image *img, name *n, p9ld_place use)
{
	n = unalias(n);
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

/* An operand with no operands of its own (not a name: see name_step). */
static bool eval_leaf(p9ld_image *img, p9ld_expr *e, eval_mode mode, int64_t *out)
{
	switch (e->kind) {
	case EXPR_INT:
		*out = e->u.value;
		return true;
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
	default:
		diag_error(img, e->place, "bad expression node %d", e->kind);
		return false;
	}
}

/*
 * The evaluator is a loop over a stack of frames, not recursion: a sum of
 * a million terms is a tree a million deep, and a constant defined by the
 * next one, defined by the next, ... is a chain as long as the script.
 * A frame is an expression node whose operands are being evaluated (STAGE
 * of them so far; LEFT holds the first one's value), or a constant or
 * absolute symbol N whose definition is (E NULL): once its expression's
 * value is in hand, N takes it.  The first frames are in the evaluator;
 * more come from the heap.
 */
typedef struct frame {
	p9ld_expr *e;                /* NULL: N's definition */
	name *n;
	int64_t left;
	uint8_t stage;
	uint8_t mode;                /* eval_mode */
} frame;

enum { FEW_FRAMES = 32 };

typedef struct evaluator {
	p9ld_image *img;
	frame *v;
	size_t n, cap;
	frame few[FEW_FRAMES];
} evaluator;

static void eval_init(evaluator *ev, p9ld_image *img)
{
	ev->img = img;
	ev->v = ev->few;
	ev->n = 0;
	ev->cap = FEW_FRAMES;
}

static void eval_done(evaluator *ev)
{
	if (ev->v != ev->few)
		free(ev->v);
}

static bool push(evaluator *ev, p9ld_expr *e, name *n, eval_mode mode)
{
	if (ev->n == ev->cap) {
		size_t cap = ev->cap * 2;
		frame *v = ev->v == ev->few ? malloc(cap * sizeof *v)
					    : realloc(ev->v, cap * sizeof *v);
		if (!v) {
			diag_oom(ev->img);
			return false;
		}
		if (ev->v == ev->few)
			memcpy(v, ev->few, sizeof ev->few);
		ev->v = v;
		ev->cap = cap;
	}
	ev->v[ev->n++] = (frame){ e, n, 0, 0, (uint8_t)mode };
	return true;
}

/* Start on the value of name N, used at USE: 1 when it is in *OUT, 0 on
 * an error, 2 when its definition is on the stack to be evaluated (each
 * constant and absolute symbol is evaluated once per mode that
 * succeeds; a definition met again while it is being evaluated is a
 * cycle). */
static int name_step(evaluator *ev, name *n, p9ld_place use, eval_mode mode,
		     int64_t *out)
{
	p9ld_image *img = ev->img;
	n = unalias(n);
	if (n->kind != NAME_CONST && n->kind != NAME_SYMBOL)
		return plain_value(img, n, use, mode, out);
	switch (n->state) {
	case EVAL_DONE:
		*out = n->u.def->value;
		return 1;
	case EVAL_FAILED:
		return 0;
	case EVAL_BUSY:
		if (img->quiet)
			return 0;
		diag_error(img, n->def_place, "'%s' is defined in terms of itself", n->str);
		n->state = EVAL_FAILED;
		return 0;
	}
	/* A constant never depends on layout, whatever the caller's mode. */
	eval_mode m = n->kind == NAME_CONST ? EVAL_CONST : mode;
	if (!push(ev, NULL, n, m) || !push(ev, n->u.def->expr, NULL, m))
		return 0;
	n->state = EVAL_BUSY;
	return 2;
}

/* After an error: each definition on the stack failed too.  A failure
 * before layout may succeed after it; a trial's failure (a name not
 * defined yet) may succeed later. */
static void unwind(evaluator *ev)
{
	p9ld_image *img = ev->img;
	while (ev->n) {
		frame *f = &ev->v[--ev->n];
		if (f->e || f->n->state == EVAL_FAILED)
			continue;
		f->n->state = !img->quiet && (f->mode == EVAL_LINKED || f->n->kind == NAME_CONST)
				      ? EVAL_FAILED : EVAL_NONE;
	}
}

/* One step on the top frame; *ACC is the value of the last operand
 * finished.  False on an error. */
static bool step(evaluator *ev, int64_t *acc)
{
	frame *f = &ev->v[ev->n - 1];
	p9ld_expr *e = f->e;
	eval_mode mode = (eval_mode)f->mode;
	if (!e) {                            /* N's definition is evaluated */
		name *n = f->n;
		ev->n--;
		n->state = EVAL_DONE;
		n->u.def->value = *acc;
		return true;
	}
	switch (e->kind) {
	case EXPR_UNARY:
		if (f->stage++ == 0)
			return push(ev, e->u.kids.l, NULL, mode);
		ev->n--;
		return eval_unary(ev->img, e, (uint64_t)*acc, acc);
	case EXPR_BINARY:
		if (f->stage == 0) {
			f->stage = 1;
			return push(ev, e->u.kids.l, NULL, mode);
		}
		if (f->stage == 1) {
			f->stage = 2;
			f->left = *acc;
			return push(ev, e->u.kids.r, NULL, mode);
		}
		ev->n--;
		return eval_binary(ev->img, e, (uint64_t)f->left, (uint64_t)*acc, acc);
	case EXPR_NAME:
		ev->n--;
		return name_step(ev, e->u.name, e->place, mode, acc) != 0;
	default:
		ev->n--;
		return eval_leaf(ev->img, e, mode, acc);
	}
}

static bool run(evaluator *ev, int64_t *out)
{
	int64_t acc = 0;
	while (ev->n) {
		if (!step(ev, &acc)) {
			unwind(ev);
			eval_done(ev);
			return false;
		}
	}
	eval_done(ev);
	*out = acc;
	return true;
}

bool expr_eval(p9ld_image *img, p9ld_expr *e, eval_mode mode, int64_t *out)
{
	if (e->kind == EXPR_INT) {           /* most values: no stack */
		*out = e->u.value;
		return true;
	}
	evaluator ev;
	eval_init(&ev, img);
	if (!push(&ev, e, NULL, mode))
		return false;
	return run(&ev, out);
}

bool name_value(p9ld_image *img, name *n, p9ld_place use, eval_mode mode,
		int64_t *out)
{
	evaluator ev;
	eval_init(&ev, img);
	int r = name_step(&ev, n, use, mode, out);
	return r == 2 ? run(&ev, out) : r == 1;
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

int p9ld_sizeof_value(p9ld_image *img, const char *s, int64_t *out)
{
	name *n = names_find(img, s, strlen(s));
	if (n)
		n = unalias(n);
	if (!n || n->kind != NAME_ATOM || !(n->u.atom->flags & ATOM_ENDED))
		return -1;
	*out = (int64_t)n->u.atom->size;
	return 0;
}

const char *p9ld_const_waits_for(p9ld_image *img, const char *s)
{
	name *n = names_find(img, s, strlen(s));
	if (!n || (n->kind != NAME_CONST && n->kind != NAME_SYMBOL))
		return NULL;
	int64_t v;
	img->quiet++;
	img->size_wanted = NULL;
	bool ok = name_value(img, n, no_place, EVAL_CONST, &v);
	img->quiet--;
	name *w = ok ? NULL : img->size_wanted;
	img->size_wanted = NULL;
	return w ? w->str : NULL;
}

int p9ld_expr_const(p9ld_image *img, p9ld_expr *e, int64_t *out)
{
	if (!e)
		return -1;
	return expr_eval(img, e, EVAL_CONST, out) ? 0 : -1;
}

/* A stack of nodes still to visit, as the evaluator's: an expression may
 * be a million deep. */
typedef struct walk_stack {
	p9ld_expr **v;
	size_t n, cap;
	p9ld_expr *few[FEW_FRAMES];
} walk_stack;

static bool walk_push(p9ld_image *img, walk_stack *s, p9ld_expr *e)
{
	if (s->n == s->cap) {
		size_t cap = s->cap * 2;
		p9ld_expr **v = s->v == s->few ? malloc(cap * sizeof *v)
					       : realloc(s->v, cap * sizeof *v);
		if (!v) {
			diag_oom(img);
			return false;
		}
		if (s->v == s->few)
			memcpy(v, s->few, sizeof s->few);
		s->v = v;
		s->cap = cap;
	}
	s->v[s->n++] = e;
	return true;
}

void expr_walk(p9ld_image *img, p9ld_expr *e, expr_visit_fn fn, void *ctx)
{
	walk_stack s = { .cap = FEW_FRAMES };
	s.v = s.few;
	bool ok = !e || walk_push(img, &s, e);
	while (ok && s.n) {
		e = s.v[--s.n];
		switch (e->kind) {
		case EXPR_BINARY:                /* the left operand first */
			ok = walk_push(img, &s, e->u.kids.r) && walk_push(img, &s, e->u.kids.l);
			break;
		case EXPR_UNARY:
			ok = walk_push(img, &s, e->u.kids.l);
			break;
		case EXPR_INT:
			break;
		default:
			e = fn(img, e, ctx);
			ok = !e || walk_push(img, &s, e);
			break;
		}
	}
	if (s.v != s.few)
		free(s.v);
}
