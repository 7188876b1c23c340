/*
 * The scanner's helpers: positions, literals and lexical errors.  Integers
 * are checked for their digits and for fitting 64 bits; strings are bytes,
 * escapes decoded.
 */
#include <stdio.h>
#include <string.h>

#include "scan.h"

sloc scan_loc(const scan_ctx *c, const P9SLTYPE *loc)
{
	sloc at = { c->f, (uint32_t)loc->first_line, (uint32_t)loc->first_column };
	return at;
}

size_t scan_input(scan_ctx *c, char *buf, size_t max)
{
	size_t n = c->f->len - c->read;
	if (n > max)
		n = max;
	memcpy(buf, c->f->text + c->read, n);
	c->read += n;
	file_passed(c->f, c->read);
	return n;
}

/* Blanks from a newline on, in one match (a line's indentation with the
 * newline before it: one match fewer per indented line): the lines they
 * end, and the column after them. */
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

void scan_mark(scan_ctx *c, const P9SLTYPE *loc)
{
	c->mark = scan_loc(c, loc);
}

void scan_error(scan_ctx *c, const P9SLTYPE *loc, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	report_vat(c->s, P9LD_ERROR, scan_loc(c, loc), fmt, ap);
	va_end(ap);
}

void scan_error_at_mark(scan_ctx *c, const char *msg)
{
	report_at(c->s, P9LD_ERROR, c->mark, "%s", msg);
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

/* One escape at P (after the backslash); returns the byte and advances. */
static unsigned char escape(const char **pp)
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
			return (unsigned char)v;    /* \400 and up wrap, as in C's warning case */
		}
		*pp = p + 1;
		return (unsigned char)*p;       /* \\ \" \' */
	}
}

int64_t scan_char(const char *text)
{
	if (*text != '\\')
		return (unsigned char)*text;
	text++;
	return escape(&text);
}

const p9s_text *scan_string(scan_ctx *c, const char *text, size_t n)
{
	p9s_text *t = pool_text_room(c->s, n);
	char *d = t->s;
	size_t len = 0;
	for (const char *p = text + 1, *end = text + n - 1; p < end;) {
		if (*p == '\\') {
			p++;
			d[len++] = (char)escape(&p);
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

/* Runs of hex digits separated by blanks: each run is whole bytes. */
const p9s_text *scan_hex(scan_ctx *c, const P9SLTYPE *loc, const char *text, size_t n)
{
	p9s_text *t = pool_text_room(c->s, n / 2);
	char *d = t->s;
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
		for (size_t k = 0; k < run; k += 2)
			d[len++] = (char)(digit_value(text[start + k]) * 16 +
					  digit_value(text[start + k + 1]));
	}
	d[len] = 0;
	t->len = (uint32_t)len;
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
