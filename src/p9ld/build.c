/*
 * The builder: statements into libp9ld, through its public API only.
 *
 * Each statement is built as soon as the sink delivers it, so a big
 * script costs the image and little more.  Two things cannot be built at once: an atom
 * before the arch is known (its alignment and values depend on it), and a
 * size that names a constant not defined yet (every name may be used
 * before its definition).  The first such statement starts a queue; every
 * statement after it joins the queue, and build_end replays the queue as
 * a whole: its arch, then its constants and symbols, then the rest in
 * order.  The command line's constants come first of all; its other
 * settings last, so they override.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "script.h"

typedef struct builder {
	script *s;
	p9ld_image *img;
	const char *arch_name;       /* the script's arch statement (a copy: */
	sloc arch_at;                /* statements are released once built) */
	bool cli_arch;               /* --arch given: the script's is checked, not used */
	bool have_arch;              /* the image has its arch */
	sstmt *queue, *queue_tail;   /* statements waiting for build_end */
} builder;

typedef void (*stmt_fn)(builder *b, sstmt *st);

static void walk(builder *b, sstmt *list, stmt_fn fn)
{
	for (sstmt *st = list; st; st = st->next)
		fn(b, st);
}

/* ---- expressions ---------------------------------------------------------- */

/* E's nodes with each after its operands, operands left to right: the
 * order a recursive walk would build them in, made with a stack (a sum
 * of a million terms is a tree a million deep).  Taken root, right,
 * left, then reversed. */
static void postorder(sexpr *e, ptrs *out)
{
	ptrs todo;
	ptrs_init(&todo);
	ptrs_push(&todo, e);
	while (todo.n) {
		sexpr *x = ptrs_pop(&todo);
		ptrs_push(out, x);
		if (x->kind == SX_UNARY || x->kind == SX_BINARY)
			ptrs_push(&todo, x->u.kids.l);
		if (x->kind == SX_BINARY)
			ptrs_push(&todo, x->u.kids.r);
	}
	ptrs_free(&todo);
	for (size_t i = 0, j = out->n; i + 1 < j; i++, j--) {
		void *t = out->v[i];
		out->v[i] = out->v[j - 1];
		out->v[j - 1] = t;
	}
}

/* An operand: the engine's expression for it. */
static p9ld_expr *conv_leaf(builder *b, sexpr *e, p9ld_atom *atom)
{
	p9ld_image *img = b->img;
	p9ld_place at = place_of(e->at);
	switch (e->kind) {
	case SX_INT:
		return p9ld_expr_int(img, e->u.value);
	case SX_NAME:
		return p9ld_expr_name(img, e->u.str.ptr, at);
	case SX_SIZEOF:
		return p9ld_expr_sizeof(img, e->u.str.ptr, at);
	case SX_GOT:
		return p9ld_expr_got(img, e->u.str.ptr, at);
	case SX_STRING:
		return p9ld_expr_string(img, e->u.str.ptr, e->u.str.len, at);
	case SX_DOT:
		if (!atom) {
			report_at(&b->s->rep, P9LD_ERROR, e->at, "'.' is only meaningful inside an atom");
			return NULL;
		}
		return p9ld_expr_dot(img, atom);
	}
	return NULL;
}

/* The engine's expression for E.  `.` is the address of the current item
 * in ATOM: the caller converts every value of an item before emitting
 * any, so each `.` is the item's first byte.  Built bottom up from the
 * nodes in post order, each operator taking its operands' expressions
 * from a stack. */
static p9ld_expr *conv(builder *b, sexpr *e, p9ld_atom *atom)
{
	if (e->kind != SX_UNARY && e->kind != SX_BINARY)
		return conv_leaf(b, e, atom);
	ptrs order, vals;
	ptrs_init(&order);
	ptrs_init(&vals);
	postorder(e, &order);
	for (size_t i = 0; i < order.n; i++) {
		sexpr *x = order.v[i];
		p9ld_place at = place_of(x->at);
		p9ld_expr *r;
		if (x->kind == SX_UNARY) {
			r = p9ld_expr_unary(b->img, x->op, ptrs_pop(&vals), at);
		} else if (x->kind == SX_BINARY) {
			p9ld_expr *right = ptrs_pop(&vals), *left = ptrs_pop(&vals);
			r = p9ld_expr_binary(b->img, x->op, left, right, at);
		} else {
			r = conv_leaf(b, x, atom);
		}
		ptrs_push(&vals, r);
	}
	p9ld_expr *r = ptrs_pop(&vals);
	ptrs_free(&order);
	ptrs_free(&vals);
	return r;
}

/* The first node of E, left to right, that FOUND says is what is looked
 * for, or NULL: the tree walked with a stack of its own, however deep. */
typedef bool (*node_test)(builder *b, const sexpr *x, void *ctx);

static const sexpr *first_node(builder *b, const sexpr *e, node_test found, void *ctx)
{
	if (e->kind != SX_UNARY && e->kind != SX_BINARY)
		return found(b, e, ctx) ? e : NULL;     /* most are one leaf */
	ptrs todo;
	ptrs_init(&todo);
	ptrs_push(&todo, (void *)e);
	const sexpr *hit = NULL;
	while (!hit && todo.n) {
		const sexpr *x = ptrs_pop(&todo);
		if (found(b, x, ctx))
			hit = x;
		if (x->kind == SX_BINARY)
			ptrs_push(&todo, x->u.kids.r);
		if (x->kind == SX_UNARY || x->kind == SX_BINARY)
			ptrs_push(&todo, x->u.kids.l);
	}
	ptrs_free(&todo);
	return hit;
}

static bool is_dot(builder *b, const sexpr *x, void *ctx)
{
	(void)b, (void)ctx;
	return x->kind == SX_DOT;
}

/* A value that must not depend on layout (sizes, bases, alignments).
 * A `.` in one is said at its own place (the engine's `.` has none). */
static bool constant(builder *b, sexpr *e, p9ld_atom *atom, int64_t *v)
{
	const sexpr *dot = atom ? first_node(b, e, is_dot, NULL) : NULL;
	if (dot) {
		report_at(&b->s->rep, P9LD_ERROR, dot->at,
			  "'.' is an address, which is not known before layout");
		return false;
	}
	p9ld_expr *x = conv(b, e, atom);
	return x && p9ld_expr_const(b->img, x, v) == 0;
}

static bool in_range(builder *b, sexpr *e, int64_t v, int64_t lo, int64_t hi,
		     const char *what)
{
	if (v >= lo && v <= hi)
		return true;
	if (hi == INT64_MAX && lo == 0)
		report_at(&b->s->rep, P9LD_ERROR, e->at, "%s %lld is negative", what, (long long)v);
	else if (hi == INT64_MAX)
		report_at(&b->s->rep, P9LD_ERROR, e->at, "%s %lld must be at least %lld", what,
			  (long long)v, (long long)lo);
	else
		report_at(&b->s->rep, P9LD_ERROR, e->at, "%s %lld is out of range (%lld to %lld)",
			  what, (long long)v, (long long)lo, (long long)hi);
	return false;
}

/* ---- incbin ----------------------------------------------------------------- */

static blob *read_blob(builder *b, sitem *it)
{
	script *s = b->s;
	char *path = file_resolve(it->str.ptr, it->at.file, s->incdirs, s->nincdirs);
	if (!path) {
		report_at(&b->s->rep, P9LD_ERROR, it->at, "cannot find '%s' for incbin", it->str.ptr);
		return NULL;
	}
	int e;
	blob *bl = blob_read(&s->blobs, path, &e);
	if (bl)
		note_dep(s, path);           /* once: note_dep drops repeats */
	else
		report_at(&b->s->rep, P9LD_ERROR, it->at, "cannot read '%s' for incbin: %s", path,
			  e == BLOB_NOT_REGULAR ? "not a regular file" : strerror(e));
	free(path);
	return bl;
}

static void incbin(builder *b, p9ld_atom *a, sitem *it)
{
	blob *bl = read_blob(b, it);
	int64_t off = 0, len = -1;
	if (!bl || (it->exprs.n > 0 && !constant(b, it->exprs.v[0], a, &off)) ||
	    (it->exprs.n > 1 && !constant(b, it->exprs.v[1], a, &len)))
		return;
	if (off < 0 || (uint64_t)off > bl->len) {
		report_at(&b->s->rep, P9LD_ERROR, it->exprs.v[0]->at,
			  "incbin offset %lld is outside '%s' (%zu bytes)",
			  (long long)off, it->str.ptr, bl->len);
		return;
	}
	if (len < 0 && it->exprs.n > 1) {
		report_at(&b->s->rep, P9LD_ERROR, it->exprs.v[1]->at,
			  "incbin length %lld is negative", (long long)len);
		return;
	}
	if (len < 0)
		len = (int64_t)(bl->len - (size_t)off);
	if ((uint64_t)len > bl->len - (size_t)off) {
		report_at(&b->s->rep, P9LD_ERROR, it->exprs.v[1]->at,
			  "incbin range %lld+%lld runs past the end of '%s' (%zu bytes)",
			  (long long)off, (long long)len, it->str.ptr, bl->len);
		return;
	}
	/* the blob stays mapped and open until the output is written
	 * (blobs_free): the writer copies it file to file */
	if (bl->fd >= 0)
		p9ld_emit_file_bytes(b->img, a, bl->bytes + off, (size_t)len, bl->fd,
				     (uint64_t)off, place_of(it->at));
	else
		p9ld_emit_borrowed(b->img, a, bl->bytes + off, (size_t)len, place_of(it->at));
}

/* ---- items ------------------------------------------------------------------ */

static void values(builder *b, p9ld_atom *a, sitem *it)
{
	p9ld_expr *few[8], **v = few;
	if (it->exprs.n > 8 && !(v = malloc(it->exprs.n * sizeof *v))) {
		report_plain(&b->s->rep, "out of memory");
		return;
	}
	for (size_t i = 0; i < it->exprs.n; i++)
		if (!(v[i] = conv(b, it->exprs.v[i], a))) {
			if (v != few)
				free(v);
			return;
		}
	for (size_t i = 0; i < it->exprs.n; i++) {
		p9ld_place at = place_of(it->exprs.v[i]->at);
		if (it->kind == SI_ADDR)
			p9ld_emit_addr(b->img, a, v[i], at);
		else if (it->kind == SI_PCREL)
			p9ld_emit_pcrel(b->img, a, v[i], it->width, at);
		else
			p9ld_emit_value(b->img, a, v[i], it->width, it->order, at);
	}
	if (v != few)
		free(v);
}

static void item(builder *b, p9ld_atom *a, sitem *it)
{
	p9ld_image *img = b->img;
	p9ld_place at = place_of(it->at);
	int64_t x = 0, y = -1;
	sexpr **e = it->exprs.v;
	switch (it->kind) {
	case SI_BYTES:
		p9ld_emit_bytes(img, a, it->str.ptr, it->str.len, at);
		break;
	case SI_STRING:
		p9ld_emit_bytes(img, a, it->str.ptr, it->str.len + it->nul, at);
		break;
	case SI_VALUES:
	case SI_ADDR:
	case SI_PCREL:
		values(b, a, it);
		break;
	case SI_ZERO:
		if (constant(b, e[0], a, &x) && in_range(b, e[0], x, 0, INT64_MAX, "zero count"))
			p9ld_emit_zero(img, a, (uint64_t)x, at);
		break;
	case SI_FILL:
		if (constant(b, e[0], a, &x) && constant(b, e[1], a, &y) &&
		    in_range(b, e[0], x, 0, INT64_MAX, "fill count") &&
		    in_range(b, e[1], y, -128, 255, "fill byte"))
			p9ld_emit_fill(img, a, (uint64_t)x, (uint8_t)y, at);
		break;
	case SI_ALIGN:
		if (constant(b, e[0], a, &x) && in_range(b, e[0], x, 1, INT64_MAX, "alignment") &&
		    (it->exprs.n < 2 || (constant(b, e[1], a, &y) &&
					 in_range(b, e[1], y, -128, 255, "fill byte"))))
			p9ld_emit_align(img, a, (uint64_t)x, it->exprs.n < 2 ? -1 : (uint8_t)y, at);
		break;
	case SI_INCBIN:
		incbin(b, a, it);
		break;
	case SI_LABEL:
		p9ld_label(img, a, it->str.ptr, at);
		break;
	case SI_LINE:
		if (constant(b, e[0], a, &x))
			p9ld_line(img, a, x, at);
		break;
	}
}

/* ST's atom, empty: made in statement order, whenever it is filled. */
static p9ld_atom *atom_make(builder *b, sstmt *st)
{
	p9ld_atom_opts o = { 0, 0, st->attrs.flags };
	int64_t v;
	if (st->attrs.align) {
		if (!constant(b, st->attrs.align, NULL, &v) ||
		    !in_range(b, st->attrs.align, v, 1, INT64_MAX, "alignment"))
			return NULL;
		o.align = (uint64_t)v;
	}
	if (st->attrs.fill) {
		if (!constant(b, st->attrs.fill, NULL, &v) ||
		    !in_range(b, st->attrs.fill, v, -128, 255, "fill byte"))
			return NULL;
		o.fill = (uint8_t)v;
	}
	return p9ld_atom_new(b->img, st->seg, st->name, &o, place_of(st->name_at));
}

/* ST's items into A, which is then ended: its size is known to sizeof. */
static void atom_fill(builder *b, sstmt *st, p9ld_atom *a)
{
	int64_t v;
	if (st->seg == P9LD_BSS) {
		if (constant(b, st->expr, NULL, &v) && in_range(b, st->expr, v, 0, INT64_MAX, "bss size"))
			p9ld_emit_zero(b->img, a, (uint64_t)v, place_of(st->expr->at));
	} else {
		for (sitem *it = st->items; it; it = it->next)
			item(b, a, it);
	}
	p9ld_atom_end(b->img, a);
}

static void atom(builder *b, sstmt *st)
{
	p9ld_atom *a = atom_make(b, st);
	if (a)
		atom_fill(b, st, a);
}

/* ---- statements ------------------------------------------------------------ */

/* Check an arch statement; true when it is the link's first, valid one. */
static bool find_arch(builder *b, sstmt *st)
{
	if (st->kind != SS_ARCH)
		return false;
	if (!p9ld_arch_find(st->name)) {
		report_at(&b->s->rep, P9LD_ERROR, st->name_at, "unknown arch '%s' (p9ld --list-archs lists them)",
			  st->name);
		b->arch_name = "";           /* given, if wrongly: no "no arch" */
		return false;
	}
	if (b->arch_name) {
		if (*b->arch_name) {
			report_at(&b->s->rep, P9LD_ERROR, st->at, "a second arch statement; a link has one arch");
			report_at(&b->s->rep, P9LD_NOTE, b->arch_at, "the first is here");
		}
		return false;
	}
	b->arch_name = pool_strndup(&b->s->lasting, st->name, strlen(st->name));
	b->arch_at = st->at;
	return true;
}

static void check_arch(builder *b, sstmt *st)
{
	find_arch(b, st);
}

static void definitions(builder *b, sstmt *st)
{
	p9ld_expr *e;
	if (st->kind == SS_CONST && (e = conv(b, st->expr, NULL)))
		p9ld_const(b->img, st->name, e, place_of(st->name_at));
	else if (st->kind == SS_SYMBOL && (e = conv(b, st->expr, NULL)))
		p9ld_symbol(b->img, st->name, e, (int)st->seg - 1, place_of(st->name_at));
}

static void special(builder *b, sstmt *st)
{
	int which = p9ld_special_by_name(st->name);
	if (which >= 0)
		p9ld_declare_special(b->img, (p9ld_special)which);
	else
		report_at(&b->s->rep, P9LD_ERROR, st->name_at,
			  "'%s' is not a special symbol (etext, edata or end)", st->name);
}

/* An object or archive: on the command line as named, in a script found
 * like an include (beside the script, then along -I). */
static void object(builder *b, sstmt *st)
{
	script *s = b->s;
	const char *what = st->kind == SS_OBJECT ? "object" : "archive";
	char *path = st->at.file ? file_resolve(st->path, st->at.file, s->incdirs, s->nincdirs)
				 : strdup(st->path);
	if (!path) {
		report_at(&s->rep, P9LD_ERROR, st->name_at, "cannot find the %s '%s'", what,
			  st->path);
		return;
	}
	p9ld_place at = st->at.file ? place_of(st->name_at) : (p9ld_place){ NULL, 0, 0 };
	struct stat fst;
	if (stat(path, &fst) == 0)
		guard_input(path, &fst);     /* mapped by libp9ld: it must not change */
	if (st->kind == SS_OBJECT)
		p9ld_add_object(b->img, path, st->attrs.flags, at);
	else
		p9ld_add_archive(b->img, path, at);
	note_dep(s, path);
	free(path);
	if (!b->have_arch && p9ld_get_arch(b->img))
		b->have_arch = true;
}

static void rest(builder *b, sstmt *st)
{
	p9ld_image *img = b->img;
	p9ld_place at = place_of(st->at);
	int64_t v;
	switch (st->kind) {
	case SS_BASE_TEXT:
		if (constant(b, st->expr, NULL, &v))
			p9ld_set_text_base(img, (uint64_t)v, at);
		break;
	case SS_BASE_DATA:
		if (constant(b, st->expr, NULL, &v))
			p9ld_set_data_base(img, (uint64_t)v, at);
		break;
	case SS_ROUND:
		if (constant(b, st->expr, NULL, &v))
			p9ld_set_round(img, (uint64_t)v, place_of(st->expr->at));
		break;
	case SS_ENTRY:
		p9ld_set_entry(img, st->name, place_of(st->name_at));
		break;
	case SS_EXPORT:
		p9ld_export_as(img, st->name, at, st->alias, place_of(st->name_at));
		break;
	case SS_SPECIAL:
		special(b, st);
		break;
	case SS_GOT:
		p9ld_set_got_policy(img, st->policy);
		break;
	case SS_SOURCE:
		p9ld_source(img, st->path, place_of(st->name_at));
		break;
	case SS_ATOM:
		atom(b, st);
		break;
	case SS_OBJECT:
	case SS_ARCHIVE:
		object(b, st);
		break;
	default:
		break;               /* arch, const, symbol: done before */
	}
}

/* ---- building as the statements come ---------------------------------- */

/* Can E be evaluated now?  Names must be constants or absolute symbols
 * whose values are known; other operands are built now and report their
 * own errors. */
static bool not_ready(builder *b, const sexpr *x, void *ctx)
{
	(void)ctx;
	int64_t v;
	if (x->kind == SX_NAME)
		return p9ld_const_value(b->img, x->u.str.ptr, &v) < 0;
	if (x->kind == SX_SIZEOF)
		return p9ld_sizeof_value(b->img, x->u.str.ptr, &v) < 0;
	return false;
}

static bool ready(builder *b, const sexpr *e)
{
	return !first_node(b, e, not_ready, NULL);
}

static bool items_ready(builder *b, const sitem *it)
{
	for (; it; it = it->next) {
		if (it->kind == SI_VALUES || it->kind == SI_ADDR || it->kind == SI_PCREL)
			continue;             /* fixups: evaluated after layout */
		for (size_t i = 0; i < it->exprs.n; i++)
			if (!ready(b, it->exprs.v[i]))
				return false;
	}
	return true;
}

static bool atom_ready(builder *b, const sstmt *st)
{
	return b->have_arch &&
	       (!st->attrs.align || ready(b, st->attrs.align)) &&
	       (!st->attrs.fill || ready(b, st->attrs.fill)) &&
	       (!st->expr || ready(b, st->expr)) &&
	       items_ready(b, st->items);
}

/* The script's arch, unless --arch chose one; the objects before it
 * may have chosen one too, which it must match. */
static void set_arch(builder *b, sstmt *st)
{
	if (!find_arch(b, st))
		return;
	const p9ld_arch *arch = p9ld_arch_find(st->name), *now = p9ld_get_arch(b->img);
	if (!b->have_arch) {
		p9ld_set_arch(b->img, arch, place_of(st->at));
		b->have_arch = true;
	} else if (!b->cli_arch && now && arch != now) {
		report_at(&b->s->rep, P9LD_ERROR, st->name_at,
			  "arch %s, but the objects before this statement are %s objects",
			  arch->name, now->name);
	}
}

void build_begin(script *s, const char *cli_arch, sstmt *settings)
{
	builder *b = calloc(1, sizeof *b);
	if (!b) {
		report_plain(&s->rep, "out of memory");
		exit(1);
	}
	b->s = s;
	b->img = s->img;
	s->builder = b;
	if (cli_arch) {
		p9ld_set_arch(s->img, p9ld_arch_find(cli_arch), (p9ld_place){ NULL, 0, 0 });
		b->cli_arch = b->have_arch = true;
	}
	walk(b, settings, definitions);
}

bool build_queuing(const script *s)
{
	return s->builder->queue != NULL;
}

void build_stmt(script *s, sstmt *st)
{
	builder *b = s->builder;
	bool now;
	switch (st->kind) {
	case SS_ARCH:
		now = !b->queue;
		if (now)
			set_arch(b, st);
		break;
	case SS_ATOM:
		now = !b->queue && atom_ready(b, st);
		if (now)
			atom(b, st);
		break;
	case SS_CONST:
	case SS_SYMBOL:
		now = !b->queue;
		if (now)
			definitions(b, st);
		break;
	case SS_OBJECT:
	case SS_ARCHIVE:
		now = !b->queue;
		if (now)
			object(b, st);
		break;
	case SS_BASE_TEXT:
	case SS_BASE_DATA:
	case SS_ROUND:
		now = !b->queue && ready(b, st->expr);
		if (now)
			rest(b, st);
		break;
	default:
		now = !b->queue;
		if (now)
			rest(b, st);
		break;
	}
	if (!now) {
		st->next = NULL;
		if (b->queue_tail)
			b->queue_tail->next = st;
		else
			b->queue = st;
		b->queue_tail = st;
	}
}

void note_dep(script *s, const char *path)
{
	if (strtab_get(&s->dep_index, path))
		return;
	sdep *d = pool_alloc(&s->lasting, sizeof *d);
	d->path = pool_strndup(&s->lasting, path, strlen(path));
	strtab_put(&s->dep_index, d->path, d);
	if (s->deps_tail)
		s->deps_tail->next = d;
	else
		s->deps = d;
	s->deps_tail = d;
}

/* With no arch named, the first object's (objects.md section 1). */
static const p9ld_arch *first_object_arch(builder *b)
{
	for (sstmt *st = b->queue; st; st = st->next) {
		if (st->kind != SS_OBJECT)
			continue;
		char *path = st->at.file ? file_resolve(st->path, st->at.file, b->s->incdirs,
							b->s->nincdirs)
					 : strdup(st->path);
		char head[64];
		FILE *f = path ? fopen(path, "rb") : NULL;
		size_t n = f ? fread(head, 1, sizeof head, f) : 0;
		if (f)
			fclose(f);
		free(path);
		return p9ld_object_arch(head, n);
	}
	return NULL;
}

/* ---- the queue's atoms, each after the atoms whose sizes it takes ------- */

/*
 * A queued atom is made in statement order (its place in the image) but
 * filled once every atom whose sizeof its sizes take is filled: sizeof
 * an atom is known before layout once its last item is in.  A filled
 * atom wakes the atoms waiting for it; atoms still waiting at the end wait
 * in a ring, which is reported as one error.
 */
typedef struct pending {
	sstmt *st;
	p9ld_atom *atom;
	size_t waits_for;            /* index + 1 of the pending atom it waits for */
	sloc wait_at;                /* the sizeof (or the constant) that waits */
	size_t first_waiter, next_waiter;   /* index + 1: the atoms waiting */
	uint8_t state;               /* NEW, WAITING, FILLED, SEEN */
} pending;

enum { NEW, WAITING, FILLED, SEEN };

typedef struct filler {
	builder *b;
	pending *v;
	size_t n, cap;
	strtab index;                /* atom name -> index + 1 */
} filler;

/* The name of an atom not ended whose size E needs now, with its place;
 * NULL when there is none (E's value is known, or will never be: then
 * filling reports why). */
static bool waits(builder *b, const sexpr *x, void *ctx)
{
	const char **w = ctx;
	int64_t v;
	if (x->kind == SX_SIZEOF && p9ld_sizeof_value(b->img, x->u.str.ptr, &v) < 0)
		*w = x->u.str.ptr;
	else if (x->kind == SX_NAME)
		*w = p9ld_const_waits_for(b->img, x->u.str.ptr);
	return *w != NULL;
}

static const char *size_wanted(builder *b, const sexpr *e, sloc *at)
{
	const char *w = NULL;
	const sexpr *x = first_node(b, e, waits, &w);
	if (x)
		*at = x->at;
	return w;
}

/* The same for ST's sizes: its bss size and its items' counts. */
static const char *atom_wants(builder *b, const sstmt *st, sloc *at)
{
	if (st->seg == P9LD_BSS)
		return size_wanted(b, st->expr, at);
	for (const sitem *it = st->items; it; it = it->next) {
		if (it->kind == SI_VALUES || it->kind == SI_ADDR || it->kind == SI_PCREL)
			continue;
		for (size_t i = 0; i < it->exprs.n; i++) {
			const char *w = size_wanted(b, it->exprs.v[i], at);
			if (w)
				return w;
		}
	}
	return NULL;
}

static void pending_add(filler *f, sstmt *st, p9ld_atom *a)
{
	if (f->n == f->cap) {
		f->cap = f->cap ? f->cap * 2 : 64;
		f->v = realloc(f->v, f->cap * sizeof *f->v);
		if (!f->v) {
			report_plain(&f->b->s->rep, "out of memory");
			exit(1);
		}
	}
	f->v[f->n] = (pending){ .st = st, .atom = a };
	f->n++;
	if (!strtab_put(&f->index, st->name, (void *)(uintptr_t)f->n)) {
		report_plain(&f->b->s->rep, "out of memory");
		exit(1);
	}
}

/* Fill atom I, or make it wait for the pending atom it needs; a filled
 * atom's waiters go on TODO. */
static void try_fill(filler *f, size_t i, ptrs *todo)
{
	pending *p = &f->v[i];
	sloc at;
	const char *w = atom_wants(f->b, p->st, &at);
	size_t j = w ? (size_t)(uintptr_t)strtab_get(&f->index, w) : 0;
	if (j && f->v[j - 1].state != FILLED) {
		p->state = WAITING;
		p->waits_for = j;
		p->wait_at = at;
		p->next_waiter = f->v[j - 1].first_waiter;
		f->v[j - 1].first_waiter = i + 1;
		return;
	}
	atom_fill(f->b, p->st, p->atom);
	p->state = FILLED;
	for (size_t k = p->first_waiter; k; k = f->v[k - 1].next_waiter)
		ptrs_push(todo, (void *)(uintptr_t)(k - 1));
	p->first_waiter = 0;
}

/* Atoms still waiting: each ring of them is one error, at the first of
 * it in statement order, with a note for each of its first steps; the
 * atoms that wait for a ring say nothing more. */
enum { RING_NOTES = 8 };

static void report_rings(filler *f)
{
	for (size_t i = 0; i < f->n; i++) {
		size_t k = i;
		while (f->v[k].state == WAITING) {       /* mark the path */
			f->v[k].state = SEEN;
			f->v[k].first_waiter = i + 1;    /* this walk's */
			k = f->v[k].waits_for - 1;
		}
		if (f->v[k].state != SEEN || f->v[k].first_waiter != i + 1)
			continue;                        /* behind a ring found before */
		pending *r = &f->v[k];
		report_at(&f->b->s->rep, P9LD_ERROR, r->wait_at,
			  "the size of '%s' depends on itself: it takes the size of '%s'",
			  r->st->name, f->v[r->waits_for - 1].st->name);
		size_t steps = 0, m = r->waits_for - 1;
		for (; m != k && steps < RING_NOTES; m = f->v[m].waits_for - 1, steps++)
			report_at(&f->b->s->rep, P9LD_NOTE, f->v[m].wait_at,
				  "'%s' takes the size of '%s' here", f->v[m].st->name,
				  f->v[f->v[m].waits_for - 1].st->name);
		for (steps = 0; m != k; m = f->v[m].waits_for - 1)
			steps++;
		if (steps)
			report_at(&f->b->s->rep, P9LD_NOTE, r->wait_at,
				  "and %zu more atoms in the ring", steps);
	}
}

/* The queue's statements but its constants and symbols: atoms made in
 * order and filled when they can be; bases and rounds after the atoms,
 * whose sizes they may take. */
static void replay(builder *b)
{
	filler f = { .b = b };
	for (sstmt *st = b->queue; st; st = st->next) {
		if (st->kind == SS_ATOM) {
			p9ld_atom *a = atom_make(b, st);
			if (a)
				pending_add(&f, st, a);
		} else if (st->kind != SS_BASE_TEXT && st->kind != SS_BASE_DATA &&
			   st->kind != SS_ROUND) {
			rest(b, st);
		}
	}
	ptrs todo;
	ptrs_init(&todo);
	for (size_t i = 0; i < f.n; i++) {
		if (f.v[i].state != NEW)
			continue;
		ptrs_push(&todo, (void *)(uintptr_t)i);
		while (todo.n)
			try_fill(&f, (size_t)(uintptr_t)ptrs_pop(&todo), &todo);
	}
	ptrs_free(&todo);
	report_rings(&f);
	for (sstmt *st = b->queue; st; st = st->next)
		if (st->kind == SS_BASE_TEXT || st->kind == SS_BASE_DATA || st->kind == SS_ROUND)
			rest(b, st);
	strtab_free(&f.index);
	free(f.v);
}

bool build_end(script *s, sstmt *settings)
{
	builder *b = s->builder;
	unsigned before = s->rep.errors;
	walk(b, b->queue, check_arch);
	if (!b->have_arch && b->arch_name && *b->arch_name) {
		p9ld_set_arch(s->img, p9ld_arch_find(b->arch_name), place_of(b->arch_at));
		b->have_arch = true;
	}
	const p9ld_arch *from_object = b->have_arch || b->arch_name ? NULL : first_object_arch(b);
	if (from_object) {
		p9ld_set_arch(s->img, from_object, (p9ld_place){ NULL, 0, 0 });
		b->have_arch = true;
	}
	bool ok = b->have_arch;
	if (!ok && !b->arch_name && before == 0)
		report_plain(&s->rep, "no arch: name one with 'arch NAME;' or --arch, "
			     "or give an object");
	if (ok) {
		walk(b, b->queue, definitions);
		replay(b);
		walk(b, settings, rest);
	}
	free(b);
	s->builder = NULL;
	return ok && s->rep.errors == 0;
}
