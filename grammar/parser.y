/*
 * The p9ld script grammar (language.md sections 2 to 7).  A pure parser
 * with locations; each rule builds statements, items and expressions for
 * the front end (src/p9ld/parse.c), which the builder later replays into
 * libp9ld.  Errors recover at the next ';' or '}'.
 *
 * Keywords are reserved only where the grammar expects a keyword: where a
 * name is defined or declared (after text, data, bss, const, symbol,
 * entry, export, as, special, arch, sizeof, got) any keyword is a name.
 * Inside expressions, every keyword but the attributes (align, fill,
 * lazy, leaf, global) and got and sizeof is a name too.  A label at the
 * start of an item, and those few in expressions, are back-quoted:
 * `align`.
 *
 * An attribute's value is a simple operand -- a number, a name, or an
 * expression in parentheses, possibly negated -- so that in
 * `bss buf align 16 64;` it is clear where the size begins.
 */
%define api.pure full
%define api.prefix {p9s}
%define parse.error detailed
%locations
%expect 0

%code requires {
#include "script.h"
struct p9s_str { const char *ptr; size_t len; };
typedef void *yyscan_t;
struct scan_ctx;
/* Where a token or a rule starts: all a diagnostic names.  Two fields,
 * not bison's four, since every token and every reduction copies one. */
typedef struct p9s_loc { int first_line, first_column; } p9s_loc;
#define YYLLOC_DEFAULT(cur, rhs, n) \
	do { (cur) = YYRHSLOC(rhs, (n) ? 1 : 0); } while (0)
}
%define api.location.type {p9s_loc}

%param {yyscan_t scanner}
%parse-param {struct scan_ctx *ctx}

%code {
#include "scan.h"
#include "build_ast.h"

int p9slex(P9SSTYPE *yylval, P9SLTYPE *yylloc, yyscan_t scanner);

static void p9serror(P9SLTYPE *loc, yyscan_t scanner, struct scan_ctx *ctx,
		     const char *msg)
{
	(void)scanner;
	scan_error(ctx, loc, "%s", msg);
}

/* A statement is complete: hand it on.  With no lookahead token read, the
 * parser holds nothing allocated since the statement began. */
#define DONE(st) stmt_done(S, (st), yychar == P9SEMPTY)

#define AT(n) scan_loc(ctx, &(n))
#define S (ctx->s)
/* A token's text as the constructors take it. */
#define STR(t) ((struct p9s_str){ (t)->s, (t)->len })
}

%union {
	int64_t num;
	const p9s_text *text;
	const char *name;
	sexpr *expr;
	sexprs *exprs;
	sitem *item;
	sstmt *stmt;
	sattrs *attrs;
}
/* Every member is 8 bytes -- lists, attributes and a token's text are
 * pointers --: every shift and every reduction copies a value, and the
 * scanner's 8-byte store of a token's value is then loaded whole (a
 * 16-byte load of two 8-byte stores cannot be forwarded from them, and
 * waits for them to reach the cache). */

%token <text> IDENT "identifier" STRING "string" HEXRUN "hex bytes"
%token <num> INTEGER "integer"
%token <name> ARCH "arch" BASE "base" TEXT "text" DATA "data" BSS "bss"
%token <name> ROUND "round" ENTRY "entry" CONST "const" SYMBOL "symbol"
%token <name> INCLUDE "include" EXPORT "export" AS "as" SPECIAL "special"
%token <name> GOT "got" ALL "all" USED "used" NONE "none" SOURCE "source"
%token <name> ALIGN "align" LAZY "lazy" LEAF "leaf" GLOBAL "global" FILL "fill"
%token <name> BYTES "bytes" VALUEKW "value keyword (u8 ... be64)" ADDR "addr"
%token <name> PCREL8 "pcrel8" PCREL32 "pcrel32" ASCII "ascii" ASCIZ "asciz"
%token <name> ZERO "zero" INCBIN "incbin" LINE "line" SIZEOF "sizeof"
%token SHL "<<" SHR ">>"

%type <name> name keyword expr_keyword arch_name
%type <text> strings hexruns
%type <expr> expr operand
%type <exprs> exprs
%type <item> item other_item
%type <stmt> stmt atom block
%type <attrs> attrs
%type <num> opt_seg

%left '|'
%left '^'
%left '&'
%left SHL SHR
%left '+' '-'
%left '*' '/' '%'
%precedence UNARY

%%

/* Atoms, most of any script, are not reduced to stmt first, and a block
 * is done at its '}' here: two reductions fewer for each. */
script
	: %empty
	| script stmt          { DONE($2); }
	| script atom          { DONE($2); }
	| script block '}'     { DONE($2); }
	;

stmt
	: ARCH arch_name ';'                { $$ = stmt_named(S, SS_ARCH, AT(@1), $2, AT(@2)); }
	| BASE TEXT expr ';'                { $$ = stmt_expr(S, SS_BASE_TEXT, AT(@1), $3); }
	| BASE DATA expr ';'                { $$ = stmt_expr(S, SS_BASE_DATA, AT(@1), $3); }
	| ROUND expr ';'                    { $$ = stmt_expr(S, SS_ROUND, AT(@1), $2); }
	| ENTRY name ';'                    { $$ = stmt_named(S, SS_ENTRY, AT(@1), $2, AT(@2)); }
	| CONST name '=' expr ';'           { $$ = stmt_const(S, AT(@1), $2, AT(@2), $4); }
	| SYMBOL name '=' expr opt_seg ';'  { $$ = stmt_symbol(S, AT(@1), $2, AT(@2), $4, (int)$5); }
	| INCLUDE strings ';'               { $$ = stmt_path(S, SS_INCLUDE, AT(@1), STR($2), AT(@2)); }
	| SOURCE strings ';'                { $$ = stmt_path(S, SS_SOURCE, AT(@1), STR($2), AT(@2)); }
	| EXPORT exports ';'                { $$ = NULL; }
	| SPECIAL specials ';'              { $$ = NULL; }
	| GOT ALL ';'                       { $$ = stmt_got(S, AT(@1), P9LD_GOT_ALL); }
	| GOT USED ';'                      { $$ = stmt_got(S, AT(@1), P9LD_GOT_USED); }
	| GOT NONE ';'                      { $$ = stmt_got(S, AT(@1), P9LD_GOT_NONE); }
	| error ';'                         { $$ = NULL; yyerrok; }
	| error '}'                         { $$ = NULL; yyerrok; }
	;

arch_name
	: name
	| INTEGER                           { $$ = int_name(S, $1); }
	;

exports
	: export
	| exports ',' export
	;

export
	: name                              { stmt_done(S, stmt_export(S, AT(@1), $1, NULL), false); }
	| name AS name                      { stmt_done(S, stmt_export(S, AT(@1), $1, $3), false); }
	;

specials
	: name                              { stmt_done(S, stmt_named(S, SS_SPECIAL, AT(@1), $1, AT(@1)), false); }
	| specials ',' name                 { stmt_done(S, stmt_named(S, SS_SPECIAL, AT(@3), $3, AT(@3)), false); }
	;

opt_seg
	: %empty                            { $$ = 0; }
	| TEXT                              { $$ = 1 + P9LD_TEXT; }
	| DATA                              { $$ = 1 + P9LD_DATA; }
	| BSS                               { $$ = 1 + P9LD_BSS; }
	;

/* ---- atoms --------------------------------------------------------------- */

/* An atom in one statement: one item after its name and attributes,
 * or bss and its size.  Blocks are below. */
atom
	: TEXT name attrs item              { $$ = stmt_atom(S, AT(@1), P9LD_TEXT, $2, AT(@2), $3);
					      atom_add_item($$, $4); }
	| DATA name attrs item              { $$ = stmt_atom(S, AT(@1), P9LD_DATA, $2, AT(@2), $3);
					      atom_add_item($$, $4); }
	| BSS name attrs expr ';'           { $$ = stmt_atom(S, AT(@1), P9LD_BSS, $2, AT(@2), $3);
					      $$->expr = $4; }
	;

/* A block atom's statement is made at its '{', the start of its own
 * left recursion, so that its items are added to it as they are parsed;
 * the script takes it at its '}'.  TEXT and DATA are spelled out, not a
 * nonterminal; there is no empty item list; the commonest items (all of
 * the bench workload's) are block's own alternatives.  Each saves a
 * reduction for every block or item, a mispredicted jump through
 * bison's action switch. */
block
	: TEXT name attrs '{'               { $$ = stmt_atom(S, AT(@1), P9LD_TEXT, $2, AT(@2), $3); }
	| DATA name attrs '{'               { $$ = stmt_atom(S, AT(@1), P9LD_DATA, $2, AT(@2), $3); }
	| block BYTES HEXRUN ';'            { $$ = $1; atom_add_item($$, item_bytes(S, AT(@2), STR($3))); }
	| block VALUEKW exprs ';'           { $$ = $1; atom_add_item($$, item_values(S, AT(@2), $2, $3)); }
	| block ADDR exprs ';'              { $$ = $1; atom_add_item($$, item_addr(S, AT(@2), $3)); }
	| block PCREL32 expr ';'            { $$ = $1; atom_add_item($$, item_pcrel(S, AT(@2), 4, $3)); }
	| block other_item                  { $$ = $1; atom_add_item($$, $2); }
	;

attrs
	: %empty                            { $$ = NULL; }
	| attrs ALIGN operand               { $$ = attrs_of(S, $1); $$->align = $3; $$->align_at = AT(@2); }
	| attrs FILL operand                { $$ = attrs_of(S, $1); $$->fill = $3; $$->fill_at = AT(@2); }
	| attrs LAZY                        { $$ = attrs_of(S, $1); $$->flags |= P9LD_LAZY; }
	| attrs LEAF                        { $$ = attrs_of(S, $1); $$->flags |= P9LD_LEAF; }
	| attrs GLOBAL                      { $$ = attrs_of(S, $1); $$->flags |= P9LD_GLOBAL; }
	;

/* The one-item shorthand's item: the commonest as block has them (one
 * hex run, the common case, needs no list), then the rest. */
item
	: BYTES HEXRUN ';'                  { $$ = item_bytes(S, AT(@1), STR($2)); }
	| VALUEKW exprs ';'                 { $$ = item_values(S, AT(@1), $1, $2); }
	| ADDR exprs ';'                    { $$ = item_addr(S, AT(@1), $2); }
	| PCREL32 expr ';'                  { $$ = item_pcrel(S, AT(@1), 4, $2); }
	| other_item
	;

other_item
	: BYTES hexruns ';'                 { $$ = item_bytes(S, AT(@1), STR($2)); }
	| BYTES ';'                         { $$ = item_bytes(S, AT(@1), (struct p9s_str){ "", 0 }); }
	| PCREL8 expr ';'                   { $$ = item_pcrel(S, AT(@1), 1, $2); }
	| ASCII strings ';'                 { $$ = item_string(S, AT(@1), STR($2), false); }
	| ASCIZ strings ';'                 { $$ = item_string(S, AT(@1), STR($2), true); }
	| ZERO expr ';'                     { $$ = item_exprs(S, SI_ZERO, AT(@1), $2, NULL); }
	| FILL expr ',' expr ';'            { $$ = item_exprs(S, SI_FILL, AT(@1), $2, $4); }
	| ALIGN expr ';'                    { $$ = item_exprs(S, SI_ALIGN, AT(@1), $2, NULL); }
	| ALIGN expr ',' expr ';'           { $$ = item_exprs(S, SI_ALIGN, AT(@1), $2, $4); }
	| INCBIN strings ';'                { $$ = item_incbin(S, AT(@1), STR($2), NULL, NULL); }
	| INCBIN strings ',' expr ';'       { $$ = item_incbin(S, AT(@1), STR($2), $4, NULL); }
	| INCBIN strings ',' expr ',' expr ';' { $$ = item_incbin(S, AT(@1), STR($2), $4, $6); }
	| LINE expr ';'                     { $$ = item_exprs(S, SI_LINE, AT(@1), $2, NULL); }
	| IDENT ':'                         { $$ = item_label(S, AT(@1), STR($1)); }
	| error ';'                         { $$ = NULL; yyerrok; }
	;

/* Two runs or more (lines of pairs), joined. */
hexruns
	: HEXRUN HEXRUN                     { $$ = text_concat(S, $1, $2); }
	| hexruns HEXRUN                    { $$ = text_concat(S, $1, $2); }
	;

strings
	: STRING
	| strings STRING                    { $$ = text_concat(S, $1, $2); }
	;

/* Not split like hexruns: after a value the parser would then stand
 * where an operator may come, and "expecting ';' or ','" would be lost
 * from the message for a missing comma. */
exprs
	: expr                              { $$ = pool_alloc(S, sizeof *$$); sexprs_push(S, $$, $1); }
	| exprs ',' expr                    { $$ = $1; sexprs_push(S, $$, $3); }
	;

/* ---- expressions, with C's precedence ------------------------------------ */

/* The leaves are expr's own alternatives, not a nonterminal of their
 * own: one reduction fewer for every name and number in a script. */
expr
	: INTEGER                           { $$ = expr_int(S, AT(@1), $1); }
	| IDENT                             { $$ = expr_ident(S, AT(@1), STR($1)); }
	| expr_keyword                      { $$ = expr_name(S, SX_NAME, AT(@1), $1); }
	| '.'                               { $$ = expr_leaf(S, SX_DOT, AT(@1)); }
	| SIZEOF '(' name ')'               { $$ = expr_name(S, SX_SIZEOF, AT(@3), $3); }
	| GOT '(' name ')'                  { $$ = expr_name(S, SX_GOT, AT(@3), $3); }
	| strings                           { $$ = expr_string(S, AT(@1), STR($1)); }
	| '(' expr ')'                      { $$ = $2; }
	| '-' expr %prec UNARY              { $$ = expr_unary(S, AT(@1), P9LD_NEG, $2); }
	| '~' expr %prec UNARY              { $$ = expr_unary(S, AT(@1), P9LD_NOT, $2); }
	| '+' expr %prec UNARY              { $$ = expr_unary(S, AT(@1), P9LD_PLUS, $2); }
	| expr '*' expr                     { $$ = expr_binary(S, AT(@2), P9LD_MUL, $1, $3); }
	| expr '/' expr                     { $$ = expr_binary(S, AT(@2), P9LD_DIV, $1, $3); }
	| expr '%' expr                     { $$ = expr_binary(S, AT(@2), P9LD_MOD, $1, $3); }
	| expr '+' expr                     { $$ = expr_binary(S, AT(@2), P9LD_ADD, $1, $3); }
	| expr '-' expr                     { $$ = expr_binary(S, AT(@2), P9LD_SUB, $1, $3); }
	| expr SHL expr                     { $$ = expr_binary(S, AT(@2), P9LD_SHL, $1, $3); }
	| expr SHR expr                     { $$ = expr_binary(S, AT(@2), P9LD_SHR, $1, $3); }
	| expr '&' expr                     { $$ = expr_binary(S, AT(@2), P9LD_AND, $1, $3); }
	| expr '^' expr                     { $$ = expr_binary(S, AT(@2), P9LD_XOR, $1, $3); }
	| expr '|' expr                     { $$ = expr_binary(S, AT(@2), P9LD_OR, $1, $3); }
	;

operand
	: INTEGER                           { $$ = expr_int(S, AT(@1), $1); }
	| IDENT                             { $$ = expr_ident(S, AT(@1), STR($1)); }
	| '(' expr ')'                      { $$ = $2; }
	| '-' operand                       { $$ = expr_unary(S, AT(@1), P9LD_NEG, $2); }
	| '~' operand                       { $$ = expr_unary(S, AT(@1), P9LD_NOT, $2); }
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
	| VALUEKW | ADDR | PCREL8 | PCREL32 | ASCII | ASCIZ | ZERO | INCBIN
	| LINE
	;

%%
