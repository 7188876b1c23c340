/* What the parser's actions call to build statements, items and
 * expressions (parse.c).  Every constructor takes the script for memory
 * and the place the thing starts. */
#ifndef P9LD_BUILD_AST_H
#define P9LD_BUILD_AST_H

#include "script.h"
#include "parser.h"

sstmt *stmt_named(script *s, int kind, sloc at, const char *name, sloc name_at);
sstmt *stmt_expr(script *s, int kind, sloc at, sexpr *e);
sstmt *stmt_const(script *s, sloc at, const char *name, sloc name_at, sexpr *e);
sstmt *stmt_symbol(script *s, sloc at, const char *name, sloc name_at, sexpr *e, int seg);
sstmt *stmt_path(script *s, int kind, sloc at, struct p9s_str path, sloc path_at);
sstmt *stmt_export(script *s, sloc at, const char *name, const char *alias);
sstmt *stmt_got(script *s, sloc at, p9ld_got_policy policy);
sstmt *stmt_atom(script *s, sloc at, int seg, const char *name, sloc name_at,
		 const sattrs *attrs);            /* NULL: none */
sattrs *attrs_of(script *s, sattrs *attrs);    /* ATTRS, or new ones */
void atom_add_item(sstmt *atom, sitem *item);

sitem *item_bytes(script *s, sloc at, struct p9s_str bytes);
sitem *item_values(script *s, sloc at, const char *keyword, sexprs *values);
sitem *item_addr(script *s, sloc at, sexprs *values);
sitem *item_pcrel(script *s, sloc at, unsigned width, sexpr *e);
sitem *item_string(script *s, sloc at, struct p9s_str str, bool nul);
sitem *item_exprs(script *s, int kind, sloc at, sexpr *a, sexpr *b);
sitem *item_incbin(script *s, sloc at, struct p9s_str path, sexpr *off, sexpr *len);
sitem *item_label(script *s, sloc at, struct p9s_str name);

sexpr *expr_int(script *s, sloc at, int64_t v);
sexpr *expr_name(script *s, int kind, sloc at, const char *name);
sexpr *expr_ident(script *s, sloc at, struct p9s_str name);   /* length known */
sexpr *expr_leaf(script *s, int kind, sloc at);
sexpr *expr_string(script *s, sloc at, struct p9s_str str);
sexpr *expr_unary(script *s, sloc at, p9ld_op op, sexpr *e);
sexpr *expr_binary(script *s, sloc at, p9ld_op op, sexpr *l, sexpr *r);

const p9s_text *text_concat(script *s, const p9s_text *a, const p9s_text *b);
const char *int_name(script *s, int64_t v);

#endif
