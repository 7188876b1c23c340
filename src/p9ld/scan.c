/*
 * The scanner's helpers: positions, literals and lexical errors.  Integers
 * are checked for their digits and for fitting 64 bits; strings are bytes,
 * escapes decoded.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scan.h"

sloc scan_loc(const scan_ctx *c, const P9SLTYPE *loc)
{
	sloc at = { c->f, (uint32_t)loc->first_line, (uint32_t)loc->first_column };
	return at;
}

/* Input stops when the link has reached its error limit: the parser
 * then sees the end of the file. */
size_t scan_input(scan_ctx *c, char *buf, size_t max)
{
	if (parse_stopped(c->p))
		return 0;
	size_t n = c->f->len - c->read;
	if (n > max)
		n = max;
	memcpy(buf, c->f->text + c->read, n);
	c->read += n;
	file_passed(c->f, c->read);
	return n;
}

/* Text holding newlines: the lines it ends, and the column after it. */
void scan_newlines(scan_ctx *c, const char *s, size_t n)
{
	size_t last = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\n') {
			c->line++;
			last = i;
		}
	}
	c->col = (uint32_t)(n - last);
}

/* The end of the file, as a diagnostic shows it: at the end of the last
 * line that is not blank, after its trailing blanks, rather than on an
 * empty line below it. */
void scan_eof_loc(const scan_ctx *c, P9SLTYPE *loc)
{
	const char *t = c->f->text;
	size_t end = c->f->len, i = end;
	uint32_t line = c->line, col = c->col;
	while (i > 0 && strchr(" \t\r\f\v\n", t[i - 1]) && t[i - 1])
		i--;
	for (size_t k = i; k < end; k++)
		line -= t[k] == '\n';
	if (line != c->line) {
		size_t eol = i;
		while (eol < end && t[eol] != '\n')
			eol++;
		size_t bol = i;
		while (bol > 0 && t[bol - 1] != '\n')
			bol--;
		col = (uint32_t)(eol - bol + 1);
	}
	loc->first_line = (int)line;
	loc->first_column = (int)col;
}

void scan_mark(scan_ctx *c, const P9SLTYPE *loc)
{
	c->mark = scan_loc(c, loc);
}

/* After an error that reaches the limit the scanner says the file has
 * ended, at once, not at the end of flex's buffer: a binary file given as
 * a script is mostly errors. */
void scan_error(scan_ctx *c, const P9SLTYPE *loc, const char *fmt, ...)
{
	c->errors++;
	va_list ap;
	va_start(ap, fmt);
	parse_vdiag(c->p, P9LD_ERROR, scan_loc(c, loc), fmt, ap);
	va_end(ap);
	c->halt = parse_stopped(c->p);
}

void scan_error_at_mark(scan_ctx *c, const char *msg)
{
	c->errors++;
	parse_diag(c->p, P9LD_ERROR, c->mark, "%s", msg);
	c->halt = parse_stopped(c->p);
}

/* "syntax error, unexpected X, expecting Y or Z", as bison words it. */
void scan_syntax_error(scan_ctx *c, const P9SLTYPE *loc, const char *const *names,
		       int n)
{
	char msg[256];
	size_t k = (size_t)snprintf(msg, sizeof msg, "syntax error");
	for (int i = 0; i < n && k < sizeof msg; i++)
		k += (size_t)snprintf(msg + k, sizeof msg - k, "%s%s",
				      i == 0 ? ", unexpected " : i == 1 ? ", expecting " : " or ",
				      names[i]);
	scan_error(c, loc, "%s", msg);
}

/* The items, for a suggestion when a word that starts an item is none. */
static const char *const item_words[] = {
	"bytes", "u8", "u16", "u32", "u64", "le16", "le32", "le64", "be16",
	"be32", "be64", "addr", "pcrel8", "pcrel32", "ascii", "asciz", "zero",
	"fill", "align", "incbin", "line",
};

/* The edit distance of A and B (a swap of two neighbours is one edit),
 * when both are short; else a large number. */
static size_t distance(const char *a, const char *b)
{
	enum { MAX = 16 };
	size_t la = strlen(a), lb = strlen(b);
	if (la >= MAX || lb >= MAX)
		return MAX;
	size_t d[MAX + 1][MAX + 1];
	for (size_t i = 0; i <= la; i++)
		d[i][0] = i;
	for (size_t j = 0; j <= lb; j++)
		d[0][j] = j;
	for (size_t i = 1; i <= la; i++)
		for (size_t j = 1; j <= lb; j++) {
			size_t sub = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
			size_t del = d[i - 1][j] + 1, ins = d[i][j - 1] + 1;
			d[i][j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    d[i - 2][j - 2] + 1 < d[i][j])
				d[i][j] = d[i - 2][j - 2] + 1;
		}
	return d[la][lb];
}

/* An identifier at the start of an item, not followed by ':'.  LOOKAHEAD:
 * the parser's next token is an identifier too (the one read last). */
void scan_unknown_item(scan_ctx *c, bool lookahead)
{
	const char *word = c->ident[lookahead], *best = NULL;
	const P9SLTYPE *loc = &c->ident_loc[lookahead];
	size_t best_d = 3;                    /* at most two edits away */
	for (size_t i = 0; i < sizeof item_words / sizeof item_words[0]; i++) {
		size_t d = distance(word, item_words[i]);
		if (d < best_d) {
			best_d = d;
			best = item_words[i];
		}
	}
	if (best)
		scan_error(c, loc, "unknown item '%s'; did you mean '%s'?", word, best);
	else
		scan_error(c, loc, "unknown item '%s' (a label is written '%s:')", word, word);
}

static int digit_value(char ch)
{
	if (ch >= '0' && ch <= '9')
		return ch - '0';
	if (ch >= 'a' && ch <= 'z')
		return ch - 'a' + 10;
	if (ch >= 'A' && ch <= 'Z')
		return ch - 'A' + 10;
	return 99;
}

/* Decimal, 0x hex, 0o octal, 0b binary, with '_' between digits; the
 * value must fit 64 bits (as an unsigned number; it is then two's
 * complement). */
int64_t scan_integer(scan_ctx *c, const P9SLTYPE *loc, const char *text, size_t n)
{
	unsigned base = 10;
	const char *p = text, *end = text + n;
	if (n > 2 && text[0] == '0') {
		char k = text[1];
		base = k == 'x' || k == 'X' ? 16 : k == 'o' || k == 'O' ? 8
		     : k == 'b' || k == 'B' ? 2 : 10;
		if (base != 10)
			p += 2;
	}
	uint64_t v = 0;
	bool digits = false, overflow = false;
	for (; p < end; p++) {
		if (*p == '_')
			continue;
		int d = digit_value(*p);
		if (d >= (int)base) {
			scan_error(c, loc, "invalid integer literal '%.*s'", (int)n, text);
			return 0;
		}
		if (v > (UINT64_MAX - (uint64_t)d) / base)
			overflow = true;
		v = v * base + (uint64_t)d;
		digits = true;
	}
	if (!digits) {
		scan_error(c, loc, "invalid integer literal '%.*s'", (int)n, text);
		return 0;
	}
	if (overflow) {
		scan_error(c, loc, "integer literal '%.*s' does not fit in 64 bits", (int)n, text);
		return 0;
	}
	return (int64_t)v;
}

/* One escape at P (after the backslash); returns the byte and advances.
 * An octal one past \377 says so at its place: START is the token's first
 * byte, at LOC. */
static unsigned char escape(scan_ctx *c, const P9SLTYPE *loc, const char *start,
			    const char **pp)
{
	const char *p = *pp;
	unsigned v = 0;
	switch (*p) {
	case 'n': *pp = p + 1; return '\n';
	case 'r': *pp = p + 1; return '\r';
	case 't': *pp = p + 1; return '\t';
	case 'x':
		v = (unsigned)(digit_value(p[1]) * 16 + digit_value(p[2]));
		*pp = p + 3;
		return (unsigned char)v;
	default:
		if (*p >= '0' && *p <= '7') {
			int k = 0;
			while (k < 3 && p[k] >= '0' && p[k] <= '7')
				v = v * 8 + (unsigned)(p[k++] - '0');
			*pp = p + k;
			if (v > 0xff) {
				P9SLTYPE at = *loc;
				at.first_column += (int)(p - 1 - start);
				scan_error(c, &at, "octal escape '\\%.3s' is past \\377, the largest byte",
					   p);
			}
			return (unsigned char)v;
		}
		*pp = p + 1;
		return (unsigned char)*p;       /* \\ \" \' */
	}
}

int64_t scan_char(scan_ctx *c, const P9SLTYPE *loc, const char *text)
{
	const char *p = text + 1;
	if (*p != '\\')
		return (unsigned char)*p;
	p++;
	return escape(c, loc, text, &p);
}

const p9s_text *scan_string(scan_ctx *c, const P9SLTYPE *loc, const char *text, size_t n)
{
	p9s_text *t = pool_text_room(c->p->out->pool, n);
	char *d = t->s;
	size_t len = 0;
	for (const char *p = text + 1, *end = text + n - 1; p < end;) {
		if (*p == '\\') {
			p++;
			d[len++] = (char)escape(c, loc, text, &p);
		} else {
			d[len++] = *p++;
		}
	}
	d[len] = 0;
	t->len = (uint32_t)len;
	return t;
}

void scan_bad_string(scan_ctx *c, const P9SLTYPE *loc, const char *text, size_t n)
{
	if (n < 2 || text[n - 1] != '"') {
		scan_error(c, loc, "missing terminating '\"'");
		return;
	}
	for (size_t i = 1; i + 1 < n; i++) {
		if (text[i] != '\\')
			continue;
		P9SLTYPE at = *loc;
		at.first_column += (int)i;
		scan_error(c, &at, "unknown escape '\\%c' in string", text[i + 1]);
		return;
	}
	scan_error(c, loc, "bad string");
}

/* The value of a hex digit, by its byte. */
static const uint8_t hex_value[256] = {
	['0'] = 0, ['1'] = 1, ['2'] = 2, ['3'] = 3, ['4'] = 4, ['5'] = 5, ['6'] = 6,
	['7'] = 7, ['8'] = 8, ['9'] = 9, ['a'] = 10, ['b'] = 11, ['c'] = 12,
	['d'] = 13, ['e'] = 14, ['f'] = 15, ['A'] = 10, ['B'] = 11, ['C'] = 12,
	['D'] = 13, ['E'] = 14, ['F'] = 15,
};

/* Room for N more bytes in the item's hex bytes. */
static uint8_t *hex_room(scan_ctx *c, size_t n)
{
	if (!c->hex || c->hex_len + n > c->hex_cap) {      /* no NULL + 0 */
		size_t cap = c->hex_cap ? c->hex_cap : 64;
		while (cap < c->hex_len + n)
			cap *= 2;
		uint8_t *p = realloc(c->hex, cap);
		if (!p) {
			fputs("p9ld: out of memory\n", stderr);
			exit(1);
		}
		c->hex = p;
		c->hex_cap = cap;
	}
	return c->hex + c->hex_len;
}

/* Runs of hex digits separated by blanks (each run whole bytes), added
 * to the bytes of the item being read. */
void scan_hex(scan_ctx *c, const P9SLTYPE *loc, const char *text, size_t n)
{
	uint8_t *d = hex_room(c, n / 2);
	size_t len = 0;
	for (size_t i = 0; i < n;) {
		if (text[i] == ' ' || text[i] == '\t') {
			i++;
			continue;
		}
		size_t start = i;
		while (i < n && text[i] != ' ' && text[i] != '\t')
			i++;
		size_t run = i - start;
		if (run % 2) {
			P9SLTYPE at = *loc;
			at.first_column += (int)start;
			scan_error(c, &at, "odd number of hex digits in '%.*s': bytes are pairs",
				   (int)run, text + start);
			run--;
		}
		const uint8_t *h = (const uint8_t *)text + start;
		for (size_t k = 0; k < run; k += 2)
			d[len++] = (uint8_t)(hex_value[h[k]] << 4 | hex_value[h[k + 1]]);
	}
	c->hex_len += len;
}

/* The bytes of the item, as one token. */
const p9s_text *scan_hex_bytes(scan_ctx *c)
{
	const p9s_text *t = pool_text(c->p->out->pool, (const char *)c->hex, c->hex_len);
	c->hex_len = 0;
	return t;
}

/* A run of bytes that are not hex digits, the unprintable ones shown as
 * \xNN (a NUL would end the message), and at most 252 bytes of it. */
void scan_not_hex(scan_ctx *c, const P9SLTYPE *loc, const char *text, size_t n)
{
	char shown[4 * 64 + 4];
	size_t i = 0, k = 0;
	for (; i < n && k < sizeof shown - 8; i++) {
		unsigned char ch = (unsigned char)text[i];
		if (ch >= 0x20 && ch < 0x7f)
			shown[k++] = (char)ch;
		else
			k += (size_t)snprintf(shown + k, sizeof shown - k, "\\x%02x", ch);
	}
	if (i < n)
		k += (size_t)snprintf(shown + k, sizeof shown - k, "...");
	shown[k] = 0;
	scan_error(c, loc, "'%s' is not a hex byte", shown);
}

void scan_stray(scan_ctx *c, const P9SLTYPE *loc, unsigned char ch)
{
	if (ch >= 0x20 && ch < 0x7f)
		scan_error(c, loc, "stray '%c' in script", ch);
	else
		scan_error(c, loc, "stray byte 0x%02x in script", ch);
}
