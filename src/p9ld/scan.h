/* The scanner's helpers (src/p9ld/scan.c): what the flex rules and the
 * grammar's actions call to decode literals, follow lines and columns,
 * and report lexical and syntax errors. */
#ifndef P9LD_SCAN_H
#define P9LD_SCAN_H

#include "script.h"
#include "parser.h"

typedef struct scan_ctx {
	parser *p;
	sfile *f;
	uint32_t line, col;          /* where the next byte is */
	size_t read;                 /* bytes of the file handed to flex */
	sloc mark;                   /* start of a comment, for its error */
	unsigned errors;             /* lexical and syntax errors so far */
	bool expr_only;              /* a command-line value: one expression */
	bool missing_semicolon;      /* the file ended in hex bytes (said) */
	bool halt;                   /* the error limit is reached: no more tokens */
	sexpr *expr;                 /* ... and here it is */
	uint8_t *hex;                /* the bytes of a `bytes` item so far */
	size_t hex_len, hex_cap;
	/* The last two identifiers read, for a syntax error's "unknown item":
	 * the parser has just read an identifier, and its lookahead may be
	 * another. */
	const char *ident[2];
	P9SLTYPE ident_loc[2];
} scan_ctx;

void scan_newlines(scan_ctx *c, const char *s, size_t n);
void scan_mark(scan_ctx *c, const P9SLTYPE *loc);
void scan_error(scan_ctx *c, const P9SLTYPE *loc, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void scan_error_at_mark(scan_ctx *c, const char *msg);
void scan_not_hex(scan_ctx *c, const P9SLTYPE *loc, const char *text, size_t n);
int64_t scan_integer(scan_ctx *c, const P9SLTYPE *loc, const char *text, size_t n);
/* A character literal's value (TEXT starts at its quote), and a string's
 * bytes (TEXT is the token, quotes and all); an octal escape past \377 is
 * an error at its place. */
int64_t scan_char(scan_ctx *c, const P9SLTYPE *loc, const char *text);
const p9s_text *scan_string(scan_ctx *c, const P9SLTYPE *loc, const char *text, size_t n);
void scan_bad_string(scan_ctx *c, const P9SLTYPE *loc, const char *text, size_t n);
void scan_hex(scan_ctx *c, const P9SLTYPE *loc, const char *text, size_t n);
const p9s_text *scan_hex_bytes(scan_ctx *c);
void scan_stray(scan_ctx *c, const P9SLTYPE *loc, unsigned char ch);
sloc scan_loc(const scan_ctx *c, const P9SLTYPE *loc);
size_t scan_input(scan_ctx *c, char *buf, size_t max);
/* Where the end of the file is shown: after the last line with a token. */
void scan_eof_loc(const scan_ctx *c, P9SLTYPE *loc);
/* Syntax errors: bison's wording with the token names given (the
 * unexpected one first), or an unknown item's. */
void scan_syntax_error(scan_ctx *c, const P9SLTYPE *loc, const char *const *names,
		       int n);
void scan_unknown_item(scan_ctx *c, bool lookahead);
/* An identifier was read (remembered for scan_unknown_item). */
static inline void scan_ident(scan_ctx *c, const char *name, const P9SLTYPE *loc)
{
	c->ident[1] = c->ident[0];
	c->ident_loc[1] = c->ident_loc[0];
	c->ident[0] = name;
	c->ident_loc[0] = *loc;
}

#endif
