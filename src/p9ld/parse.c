/*
 * Parsing: run the scanner and parser over one file, then read the files
 * it includes (relative to it, then each -I folder), refusing cycles.
 * Also the constructors the grammar's actions call.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "build_ast.h"
#include "scan.h"

/* The reentrant scanner's entry points (flex writes no header here). */
int p9slex_init_extra(struct scan_ctx *ctx, yyscan_t *scanner);
int p9slex_destroy(yyscan_t scanner);

/* ---- statements ---------------------------------------------------------- */

static sstmt *stmt(script *s, int kind, sloc at)
{
	sstmt *st = pool_alloc(s, sizeof *st);
	st->kind = (uint8_t)kind;
	st->at = at;
	return st;
}

sstmt *stmt_named(script *s, int kind, sloc at, const char *name, sloc name_at)
{
	sstmt *st = stmt(s, kind, at);
	st->name = name;
	st->name_at = name_at;
	return st;
}

sstmt *stmt_expr(script *s, int kind, sloc at, sexpr *e)
{
	sstmt *st = stmt(s, kind, at);
	st->expr = e;
	return st;
}

sstmt *stmt_const(script *s, sloc at, const char *name, sloc name_at, sexpr *e)
{
	sstmt *st = stmt_named(s, SS_CONST, at, name, name_at);
	st->expr = e;
	return st;
}

sstmt *stmt_symbol(script *s, sloc at, const char *name, sloc name_at,
		   sexpr *e, int seg)
{
	sstmt *st = stmt_named(s, SS_SYMBOL, at, name, name_at);
	st->expr = e;
	st->seg = (uint8_t)seg;
	return st;
}

sstmt *stmt_path(script *s, int kind, sloc at, struct p9s_str path, sloc path_at)
{
	sstmt *st = stmt(s, kind, at);
	st->path = path.ptr;
	st->name_at = path_at;
	if (strlen(path.ptr) != path.len) {
		report_at(s, P9LD_ERROR, path_at, "a path cannot contain a NUL byte");
		return NULL;
	}
	return st;
}

sstmt *stmt_export(script *s, sloc at, const char *name, const char *alias)
{
	sstmt *st = stmt_named(s, SS_EXPORT, at, name, at);
	st->alias = alias;
	return st;
}

sstmt *stmt_got(script *s, sloc at, p9ld_got_policy policy)
{
	sstmt *st = stmt(s, SS_GOT, at);
	st->policy = (uint8_t)policy;
	return st;
}

sstmt *stmt_atom(script *s, sloc at, int seg, const char *name, sloc name_at,
		 const sattrs *attrs)
{
	sstmt *st = stmt_named(s, SS_ATOM, at, name, name_at);
	st->seg = (uint8_t)seg;
	if (attrs)
		st->attrs = *attrs;
	return st;
}

sattrs *attrs_of(script *s, sattrs *attrs)
{
	return attrs ? attrs : pool_alloc(s, sizeof *attrs);
}

void atom_add_item(sstmt *atom, sitem *item)
{
	if (!atom || !item || atom->kind != SS_ATOM)
		return;
	if (atom->items_tail)
		atom->items_tail->next = item;
	else
		atom->items = item;
	atom->items_tail = item;
}

/* ---- items ------------------------------------------------------------------ */

static sitem *item(script *s, int kind, sloc at)
{
	sitem *it = pool_alloc(s, sizeof *it);
	it->kind = (uint8_t)kind;
	it->at = at;
	return it;
}

/* An item whose operand is bytes, a string, a path or a name. */
static sitem *item_str(script *s, int kind, sloc at, struct p9s_str str)
{
	sitem *it = item(s, kind, at);
	it->str.ptr = str.ptr;
	it->str.len = str.len;
	return it;
}

sitem *item_bytes(script *s, sloc at, struct p9s_str bytes)
{
	return item_str(s, SI_BYTES, at, bytes);
}

/* u8 u16 u32 u64 in the arch's order; le16 ... be64 in a fixed one. */
sitem *item_values(script *s, sloc at, const char *kw, sexprs *values)
{
	sitem *it = item(s, SI_VALUES, at);
	it->order = kw[0] == 'u' ? P9LD_ORDER_ARCH
		  : kw[0] == 'l' ? P9LD_ORDER_LITTLE : P9LD_ORDER_BIG;
	it->width = (uint8_t)(atoi(kw + (kw[0] == 'u' ? 1 : 2)) / 8);
	it->exprs = *values;
	return it;
}

sitem *item_addr(script *s, sloc at, sexprs *values)
{
	sitem *it = item(s, SI_ADDR, at);
	it->exprs = *values;
	return it;
}

sitem *item_pcrel(script *s, sloc at, unsigned width, sexpr *e)
{
	sitem *it = item(s, SI_PCREL, at);
	it->width = (uint8_t)width;
	sexprs_push(s, &it->exprs, e);
	return it;
}

sitem *item_string(script *s, sloc at, struct p9s_str str, bool nul)
{
	sitem *it = item_str(s, SI_STRING, at, str);
	it->nul = nul;
	return it;
}

sitem *item_exprs(script *s, int kind, sloc at, sexpr *a, sexpr *b)
{
	sitem *it = item(s, kind, at);
	sexprs_push(s, &it->exprs, a);
	if (b)
		sexprs_push(s, &it->exprs, b);
	return it;
}

sitem *item_incbin(script *s, sloc at, struct p9s_str path, sexpr *off, sexpr *len)
{
	sitem *it = item_str(s, SI_INCBIN, at, path);
	if (off)
		sexprs_push(s, &it->exprs, off);
	if (len)
		sexprs_push(s, &it->exprs, len);
	return it;
}

sitem *item_label(script *s, sloc at, struct p9s_str name)
{
	return item_str(s, SI_LABEL, at, name);
}

/* ---- expressions ---------------------------------------------------------- */

static sexpr *expr(script *s, int kind, sloc at)
{
	sexpr *e = pool_alloc(s, sizeof *e);
	e->kind = (uint8_t)kind;
	e->at = at;
	return e;
}

sexpr *expr_int(script *s, sloc at, int64_t v)
{
	sexpr *e = expr(s, SX_INT, at);
	e->u.value = v;
	return e;
}

/* A name or a string: its bytes. */
static sexpr *expr_text(script *s, int kind, sloc at, struct p9s_str text)
{
	sexpr *e = expr(s, kind, at);
	e->u.str.ptr = text.ptr;
	e->u.str.len = text.len;
	return e;
}

sexpr *expr_name(script *s, int kind, sloc at, const char *name)
{
	return expr_text(s, kind, at, (struct p9s_str){ name, strlen(name) });
}

sexpr *expr_ident(script *s, sloc at, struct p9s_str name)
{
	return expr_text(s, SX_NAME, at, name);
}

sexpr *expr_leaf(script *s, int kind, sloc at)
{
	return expr(s, kind, at);
}

sexpr *expr_string(script *s, sloc at, struct p9s_str str)
{
	return expr_text(s, SX_STRING, at, str);
}

sexpr *expr_unary(script *s, sloc at, p9ld_op op, sexpr *l)
{
	sexpr *e = expr(s, SX_UNARY, at);
	e->op = (uint8_t)op;
	e->u.kids.l = l;
	return e;
}

sexpr *expr_binary(script *s, sloc at, p9ld_op op, sexpr *l, sexpr *r)
{
	sexpr *e = expr(s, SX_BINARY, at);
	e->op = (uint8_t)op;
	e->u.kids.l = l;
	e->u.kids.r = r;
	return e;
}

const p9s_text *text_concat(script *s, const p9s_text *a, const p9s_text *b)
{
	p9s_text *t = pool_text_room(s, (size_t)a->len + b->len);
	memcpy(t->s, a->s, a->len);
	memcpy(t->s + a->len, b->s, b->len);
	t->len = a->len + b->len;
	t->s[t->len] = 0;
	return t;
}

const char *int_name(script *s, int64_t v)
{
	char buf[32];
	int n = snprintf(buf, sizeof buf, "%llu", (unsigned long long)v);
	return pool_strndup(s, buf, (size_t)n);
}

/* ---- running the parser ---------------------------------------------------- */

void note_dep(script *s, const char *path)
{
	for (sdep *d = s->deps; d; d = d->next)
		if (strcmp(d->path, path) == 0)
			return;
	sdep *d = lasting_alloc(s, sizeof *d);
	d->path = lasting_strndup(s, path, strlen(path));
	if (s->deps_tail)
		s->deps_tail->next = d;
	else
		s->deps = d;
	s->deps_tail = d;
}

static void parse_text(script *s, sfile *f)
{
	scan_ctx ctx = { s, f, 1, 1, 0, { f, 1, 1 } };
	yyscan_t scanner;
	if (p9slex_init_extra(&ctx, &scanner) != 0) {
		report_plain(s, "out of memory");
		return;
	}
	/* A statement may release the pool back to here, never further: an
	 * including file's parse still holds what it allocated before. */
	pool_mark outer = s->mark;
	s->mark = pool_here(s);
	p9sparse(scanner, &ctx);
	p9slex_destroy(scanner);
	s->mark = outer;
}

/* An include is read where it stands, so its statements are built in
 * their place in the order. */
static void include_now(script *s, sstmt *st)
{
	char *path = file_resolve(s, st->path, st->at.file);
	if (!path) {
		report_at(s, P9LD_ERROR, st->name_at, "cannot find included file '%s'",
			  st->path);
		return;
	}
	sfile *inc = file_read(s, path, st->at.file, st->at);
	free(path);
	if (inc)
		parse_file(s, inc);
}

/* A statement is complete.  MAY_RELEASE: the parser holds nothing that
 * was allocated after the statement began (no lookahead token), so once
 * the statement is built its memory can be reused. */
void stmt_done(script *s, sstmt *st, bool may_release)
{
	if (!st)
		return;
	if (s->keep) {
		stmts_append(&s->list, &s->list_tail, st);
		return;
	}
	if (st->kind == SS_INCLUDE) {
		/* with a lookahead token held, the memory it lives in must
		 * not go to the builder while the include is parsed */
		s->pinned += !may_release;
		include_now(s, st);
		s->pinned -= !may_release;
	} else if (s->pipe) {
		pipe_put(s, st, may_release);
	} else {
		build_stream(s, st);
	}
	/* with a parser thread, the builder empties whole batches' pools */
	if (!s->pipe && may_release && !build_keeps(s))
		pool_release(s, s->mark);
}

void stmts_append(sstmt **head, sstmt **tail, sstmt *st)
{
	st->next = NULL;
	if (*tail)
		(*tail)->next = st;
	else
		*head = st;
	*tail = st;
}

void parse_file(script *s, sfile *f)
{
	parse_text(s, f);
}

/* Every script in order, each with its includes in place; each statement
 * goes into the image as it is parsed. */
void parse_scripts(script *s, int n, char **paths)
{
	for (int i = 0; i < n && !(s->pipe ? pipe_stopped(s) : s->too_many); i++) {
		sfile *f = file_read(s, paths[i], NULL, (sloc){ NULL, 0, 0 });
		if (f)
			parse_file(s, f);
	}
}

void parse_text_as_file(script *s, const char *name, const char *text, size_t len)
{
	sfile *f = lasting_alloc(s, sizeof *f);
	f->path = lasting_strndup(s, name, strlen(name));
	f->text = (char *)text;
	f->len = len;
	if (s->files_tail)
		s->files_tail->next = f;
	else
		s->files = f;
	s->files_tail = f;
	parse_file(s, f);
}

/* Command-line settings, kept as a list for the builder to apply at the
 * start (constants) and at the end (the rest). */
sstmt *parse_string(script *s, const char *name, const char *text)
{
	sfile *f = lasting_alloc(s, sizeof *f);
	f->path = lasting_strndup(s, name, strlen(name));
	f->len = strlen(text);
	f->text = lasting_strndup(s, text, f->len);
	if (s->files_tail)
		s->files_tail->next = f;
	else
		s->files = f;
	s->files_tail = f;
	s->keep = true;
	parse_text(s, f);
	s->keep = false;
	sstmt *list = s->list;
	s->list = s->list_tail = NULL;
	return list;
}
