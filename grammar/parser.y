/*
 * The p9ld script grammar, in the order of p9ld-script(5): statements,
 * atoms, items, expressions.  A pure parser with locations; each rule
 * makes statements, items and expressions (src/p9ld/ast.c) and hands
 * each finished statement on (src/p9ld/parse.c).  Errors recover at the
 * next ';' or '}'.
 *
 * Keywords are reserved only where the grammar expects a keyword: where
 * a name is defined or declared any keyword is a name, and inside
 * expressions every keyword but the attributes (align, fill, lazy, leaf,
 * global) and got and sizeof is one too.  A label at the start of an
 * item, and those few in expressions, are back-quoted: `align`.
 *
 * An attribute's value is a simple operand -- a number, a name, or an
 * expression in parentheses, possibly negated -- so that in
 * `bss buf align 16 64;` it is clear where the size begins.
 */
%define api.pure full
%define api.prefix {p9s}
%define parse.error custom
%locations
%expect 0

%code requires {
#include "script.h"
typedef void *yyscan_t;
struct scan_ctx;
/* Where a token or a rule starts: all a diagnostic names. */
typedef struct p9s_loc { int first_line, first_column; } p9s_loc;
#define YYLLOC_DEFAULT(cur, rhs, n) \
	do { (cur) = YYRHSLOC(rhs, (n) ? 1 : 0); } while (0)
}
%define api.location.type {p9s_loc}

%param {yyscan_t scanner}
%parse-param {struct scan_ctx *ctx}

%code {
#include <string.h>

#include "scan.h"

/* The parser's stacks live on the heap past their first few entries
 * (bison's own stacks start on the C stack, and an include is parsed
 * inside the action of the statement naming it).  They grow by one
 * entry for each '(' or sign an operand is nested in, and by a bounded
 * few for the rest of a statement: at most MAX_NESTING of those, with
 * room to spare for the rest, and bison's "memory exhausted" past it
 * says so (p9serror). */
#define YYINITDEPTH 32
#define YYMAXDEPTH (MAX_NESTING + 64)

int p9slex(P9SSTYPE *yylval, P9SLTYPE *yylloc, yyscan_t scanner);

/* Bison's only message here is "memory exhausted": its stacks reached
 * YYMAXDEPTH (its few hundred kilobytes failing to come from malloc would
 * say the same, and end the link as well). */
static void p9serror(P9SLTYPE *loc, yyscan_t scanner, struct scan_ctx *ctx,
		     const char *msg)
{
	(void)scanner;
	(void)msg;
	scan_error(ctx, loc, "expression nested too deeply: parentheses and signs nest at most %d deep",
		   MAX_NESTING);
}

/* A statement is complete: hand it on, saying whether the parser holds
 * a token it read ahead. */
#define DONE(st) do { \
		if ((st) != NULL) \
			parse_stmt(ctx->p, (st), yychar != P9SEMPTY); \
		if (parse_stopped(ctx->p)) \
			YYABORT; \
	} while (0)

#define AT(n) scan_loc(ctx, &(n))
#define P (ctx->p->out->pool)
/* A token's text as the constructors take it. */
#define TEXT(t) (t)->s, (t)->len
}

%union {
	int64_t num;
	const p9s_text *text;
	const char *name;
	sexpr *expr;
	sexprs *exprs;
	sitem *item;
	sitems *items;
	sstmt *stmt;
	sattrs *attrs;
}

%token <text> IDENT "identifier" STRING "string" HEXBYTES "hex bytes"
%token <num> INTEGER "integer"
%token <name> ARCH "arch" BASE "base" TEXT "text" DATA "data" BSS "bss"
%token <name> ROUND "round" ENTRY "entry" CONST "const" SYMBOL "symbol"
%token <name> INCLUDE "include" EXPORT "export" AS "as" SPECIAL "special"
%token <name> GOT "got" ALL "all" USED "used" NONE "none" SOURCE "source"
%token <name> OBJECT "object" ARCHIVE "archive"
%token <name> ALIGN "align" LAZY "lazy" LEAF "leaf" GLOBAL "global" FILL "fill"
%token <name> BYTES "bytes" VALUEKW "value keyword (u8 ... be64)" ADDR "addr"
%token <name> PCREL8 "pcrel8" PCREL32 "pcrel32" ASCII "ascii" ASCIZ "asciz"
%token <name> ZERO "zero" INCBIN "incbin" LINE "line" SIZEOF "sizeof"
%token SHL "<<" SHR ">>"
/* Never in a script: the scanner's first token when a command-line value
 * is parsed as one expression. */
%token EXPR_START

%type <name> name keyword expr_keyword arch_name
%type <text> strings
%type <expr> expr operand
%type <exprs> exprs
%type <item> item
%type <stmt> stmt atom
%type <items> items
%type <attrs> attrs
%type <num> opt_seg opt_lazy

%left '|'
%left '^'
%left '&'
%left SHL SHR
%left '+' '-'
%left '*' '/' '%'
%precedence UNARY

%%

input
	: script
	| EXPR_START expr                   { ctx->expr = $2; }
	;

script
	: %empty
	| script stmt                       { DONE($2); }
	| script atom                       { DONE($2); }
	;

/* ---- statements ------------------------------------------------------------ */

stmt
	: ARCH arch_name ';'                { $$ = stmt_named(P, SS_ARCH, AT(@1), $2, AT(@2)); }
	| BASE TEXT expr ';'                { $$ = stmt_expr(P, SS_BASE_TEXT, AT(@1), $3); }
	| BASE DATA expr ';'                { $$ = stmt_expr(P, SS_BASE_DATA, AT(@1), $3); }
	| ROUND expr ';'                    { $$ = stmt_expr(P, SS_ROUND, AT(@1), $2); }
	| ENTRY name ';'                    { $$ = stmt_named(P, SS_ENTRY, AT(@1), $2, AT(@2)); }
	| CONST name '=' expr ';'           { $$ = stmt_named(P, SS_CONST, AT(@1), $2, AT(@2));
					      $$->expr = $4; }
	| SYMBOL name '=' expr opt_seg ';'  { $$ = stmt_named(P, SS_SYMBOL, AT(@1), $2, AT(@2));
					      $$->expr = $4; $$->seg = (uint8_t)$5; }
	/* bison reduces this without reading ahead: the include is read
	 * at its ';' with no token of the including file held */
	| INCLUDE strings ';'               { $$ = parse_path_stmt(ctx->p, SS_INCLUDE, AT(@1), $2, AT(@2)); }
	| EXPORT exports ';'                { $$ = NULL; }
	| SPECIAL specials ';'              { $$ = NULL; }
	| GOT ALL ';'                       { $$ = stmt_new(P, SS_GOT, AT(@1)); $$->policy = P9LD_GOT_ALL; }
	| GOT USED ';'                      { $$ = stmt_new(P, SS_GOT, AT(@1)); $$->policy = P9LD_GOT_USED; }
	| GOT NONE ';'                      { $$ = stmt_new(P, SS_GOT, AT(@1)); $$->policy = P9LD_GOT_NONE; }
	| SOURCE strings ';'                { $$ = parse_path_stmt(ctx->p, SS_SOURCE, AT(@1), $2, AT(@2)); }
	| OBJECT strings opt_lazy ';'       { $$ = parse_path_stmt(ctx->p, SS_OBJECT, AT(@1), $2, AT(@2));
					      if ($$) $$->attrs.flags = (unsigned)$3; }
	| ARCHIVE strings ';'               { $$ = parse_path_stmt(ctx->p, SS_ARCHIVE, AT(@1), $2, AT(@2)); }
	| error ';'                         { $$ = NULL; yyerrok; }
	| error '}'                         { $$ = NULL; yyerrok; }
	;

arch_name
	: name
	| INTEGER                           { $$ = int_name(P, $1); }
	;

/* Each export and special is a statement of its own. */
exports
	: export
	| exports ',' export
	;

export
	: name                              { DONE(stmt_named(P, SS_EXPORT, AT(@1), $1, AT(@1))); }
	| name AS name                      { sstmt *st = stmt_named(P, SS_EXPORT, AT(@1), $1, AT(@3));
					      st->alias = $3; DONE(st); }
	;

specials
	: name                              { DONE(stmt_named(P, SS_SPECIAL, AT(@1), $1, AT(@1))); }
	| specials ',' name                 { DONE(stmt_named(P, SS_SPECIAL, AT(@3), $3, AT(@3))); }
	;

opt_lazy
	: %empty                            { $$ = 0; }
	| LAZY                              { $$ = P9LD_LAZY; }
	;

opt_seg
	: %empty                            { $$ = 0; }
	| TEXT                              { $$ = 1 + P9LD_TEXT; }
	| DATA                              { $$ = 1 + P9LD_DATA; }
	| BSS                               { $$ = 1 + P9LD_BSS; }
	;

/* ---- atoms --------------------------------------------------------------- */

atom
	: TEXT name attrs '{' items '}'     { $$ = stmt_atom(P, AT(@1), P9LD_TEXT, $2, AT(@2), $3);
					      atom_set_items($$, $5); }
	| DATA name attrs '{' items '}'     { $$ = stmt_atom(P, AT(@1), P9LD_DATA, $2, AT(@2), $3);
					      atom_set_items($$, $5); }
	| TEXT name attrs item              { $$ = stmt_atom(P, AT(@1), P9LD_TEXT, $2, AT(@2), $3);
					      atom_add_item($$, $4); }
	| DATA name attrs item              { $$ = stmt_atom(P, AT(@1), P9LD_DATA, $2, AT(@2), $3);
					      atom_add_item($$, $4); }
	| BSS name attrs expr ';'           { $$ = stmt_atom(P, AT(@1), P9LD_BSS, $2, AT(@2), $3);
					      $$->expr = $4; }
	;

items
	: %empty                            { $$ = NULL; }
	| items item                        { $$ = items_add(P, $1, $2); }
	;

attrs
	: %empty                            { $$ = NULL; }
	| attrs ALIGN operand               { $$ = attrs_of(P, $1); $$->align = $3; $$->align_at = AT(@2); }
	| attrs FILL operand                { $$ = attrs_of(P, $1); $$->fill = $3; $$->fill_at = AT(@2); }
	| attrs LAZY                        { $$ = attrs_of(P, $1); $$->flags |= P9LD_LAZY; }
	| attrs LEAF                        { $$ = attrs_of(P, $1); $$->flags |= P9LD_LEAF; }
	| attrs GLOBAL                      { $$ = attrs_of(P, $1); $$->flags |= P9LD_GLOBAL; }
	;

/* ---- items ----------------------------------------------------------------- */

item
	: BYTES HEXBYTES ';'                { $$ = item_text(P, SI_BYTES, AT(@1), $2); }
	| VALUEKW exprs ';'                 { $$ = item_values(P, AT(@1), $1, $2); }
	| ADDR exprs ';'                    { $$ = item_new(P, SI_ADDR, AT(@1)); $$->exprs = *$2; }
	| PCREL8 expr ';'                   { $$ = item_pcrel(P, AT(@1), 1, $2); }
	| PCREL32 expr ';'                  { $$ = item_pcrel(P, AT(@1), 4, $2); }
	| ASCII strings ';'                 { $$ = item_text(P, SI_STRING, AT(@1), $2); }
	| ASCIZ strings ';'                 { $$ = item_text(P, SI_STRING, AT(@1), $2); $$->nul = true; }
	| ZERO expr ';'                     { $$ = item_exprs(P, SI_ZERO, AT(@1), $2, NULL); }
	| FILL expr ',' expr ';'            { $$ = item_exprs(P, SI_FILL, AT(@1), $2, $4); }
	| ALIGN expr ';'                    { $$ = item_exprs(P, SI_ALIGN, AT(@1), $2, NULL); }
	| ALIGN expr ',' expr ';'           { $$ = item_exprs(P, SI_ALIGN, AT(@1), $2, $4); }
	| INCBIN strings ';'                { $$ = item_text(P, SI_INCBIN, AT(@1), $2); }
	| INCBIN strings ',' expr ';'       { $$ = item_text(P, SI_INCBIN, AT(@1), $2);
					      sexprs_push(P, &$$->exprs, $4); }
	| INCBIN strings ',' expr ',' expr ';'
					    { $$ = item_text(P, SI_INCBIN, AT(@1), $2);
					      sexprs_push(P, &$$->exprs, $4);
					      sexprs_push(P, &$$->exprs, $6); }
	| IDENT ':'                         { $$ = item_text(P, SI_LABEL, AT(@1), $1); }
	| LINE expr ';'                     { $$ = item_exprs(P, SI_LINE, AT(@1), $2, NULL); }
	| error ';'                         { $$ = NULL; yyerrok; }
	;

strings
	: STRING
	| strings STRING                    { $$ = text_concat(P, $1, $2); }
	;

exprs
	: expr                              { $$ = pool_alloc(P, sizeof *$$); sexprs_push(P, $$, $1); }
	| exprs ',' expr                    { $$ = $1; sexprs_push(P, $$, $3); }
	;

/* ---- expressions, with C's precedence ------------------------------------ */

expr
	: INTEGER                           { $$ = expr_int(P, AT(@1), $1); }
	| IDENT                             { $$ = expr_text(P, SX_NAME, AT(@1), TEXT($1)); }
	| expr_keyword                      { $$ = expr_text(P, SX_NAME, AT(@1), $1, strlen($1)); }
	| '.'                               { $$ = expr_new(P, SX_DOT, AT(@1)); }
	| SIZEOF '(' name ')'               { $$ = expr_text(P, SX_SIZEOF, AT(@3), $3, strlen($3)); }
	| GOT '(' name ')'                  { $$ = expr_text(P, SX_GOT, AT(@3), $3, strlen($3)); }
	| strings                           { $$ = expr_text(P, SX_STRING, AT(@1), TEXT($1)); }
	| '(' expr ')'                      { $$ = $2; }
	| '-' expr %prec UNARY              { $$ = expr_unary(P, AT(@1), P9LD_NEG, $2); }
	| '~' expr %prec UNARY              { $$ = expr_unary(P, AT(@1), P9LD_NOT, $2); }
	| '+' expr %prec UNARY              { $$ = expr_unary(P, AT(@1), P9LD_PLUS, $2); }
	| expr '*' expr                     { $$ = expr_binary(P, AT(@2), P9LD_MUL, $1, $3); }
	| expr '/' expr                     { $$ = expr_binary(P, AT(@2), P9LD_DIV, $1, $3); }
	| expr '%' expr                     { $$ = expr_binary(P, AT(@2), P9LD_MOD, $1, $3); }
	| expr '+' expr                     { $$ = expr_binary(P, AT(@2), P9LD_ADD, $1, $3); }
	| expr '-' expr                     { $$ = expr_binary(P, AT(@2), P9LD_SUB, $1, $3); }
	| expr SHL expr                     { $$ = expr_binary(P, AT(@2), P9LD_SHL, $1, $3); }
	| expr SHR expr                     { $$ = expr_binary(P, AT(@2), P9LD_SHR, $1, $3); }
	| expr '&' expr                     { $$ = expr_binary(P, AT(@2), P9LD_AND, $1, $3); }
	| expr '^' expr                     { $$ = expr_binary(P, AT(@2), P9LD_XOR, $1, $3); }
	| expr '|' expr                     { $$ = expr_binary(P, AT(@2), P9LD_OR, $1, $3); }
	;

operand
	: INTEGER                           { $$ = expr_int(P, AT(@1), $1); }
	| IDENT                             { $$ = expr_text(P, SX_NAME, AT(@1), TEXT($1)); }
	| '(' expr ')'                      { $$ = $2; }
	| '-' operand                       { $$ = expr_unary(P, AT(@1), P9LD_NEG, $2); }
	| '~' operand                       { $$ = expr_unary(P, AT(@1), P9LD_NOT, $2); }
	;

name
	: IDENT                             { $$ = $1->s; }
	| keyword
	;

/* Where a name is expected, a keyword is a name. */
keyword
	: expr_keyword
	| GOT | SIZEOF | ALIGN | LAZY | LEAF | GLOBAL | FILL
	;

/* The keywords that can also be names inside expressions. */
expr_keyword
	: ARCH | BASE | TEXT | DATA | BSS | ROUND | ENTRY | CONST | SYMBOL
	| INCLUDE | EXPORT | AS | SPECIAL | ALL | USED | NONE | SOURCE
	| OBJECT | ARCHIVE
	| VALUEKW | ADDR | PCREL8 | PCREL32 | ASCII | ASCIZ | ZERO | INCBIN
	| LINE
	;

%%

/* Bison's own wording ("syntax error, unexpected X, expecting Y or Z"),
 * and one message of ours: a word at the start of an item that is not
 * followed by ':' is a misspelled item, not a label. */
static int yyreport_syntax_error(const yypcontext_t *yyctx, yyscan_t scanner,
				 struct scan_ctx *ctx)
{
	(void)scanner;
	enum { MAX_EXPECTED = 4 };
	yysymbol_kind_t expected[MAX_EXPECTED];
	int n = yypcontext_expected_tokens(yyctx, expected, MAX_EXPECTED);
	yysymbol_kind_t got = yypcontext_token(yyctx);
	const P9SLTYPE *loc = yypcontext_location(yyctx);
	bool lookahead = got == YYSYMBOL_IDENT;
	if (n == 1 && expected[0] == YYTRANSLATE(':') && ctx->ident[lookahead]) {
		scan_unknown_item(ctx, lookahead);
		return 0;
	}
	const char *names[1 + MAX_EXPECTED];
	int k = 0;
	if (got != YYSYMBOL_YYEMPTY)
		names[k++] = yysymbol_name(got);
	for (int i = 0; k > 0 && i < n; i++)
		names[k++] = yysymbol_name(expected[i]);
	scan_syntax_error(ctx, loc, names, k);
	return 0;
}
