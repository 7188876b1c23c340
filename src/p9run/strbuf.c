/*
 * A string built by printf-like appends, for the lines the instruction
 * trace and the fault report write whole: a symbol name in an annotation
 * can be as long as the image makes it, so no fixed buffer would do.
 * Running out of memory keeps what was written and sets FAILED; the
 * string stays NUL-ended throughout.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "p9run.h"

static bool reserve(strbuf *t, size_t more)
{
	if (t->failed)
		return false;
	if (t->len + more < t->cap)
		return true;
	size_t cap = t->cap ? t->cap : 128;
	while (cap <= t->len + more)
		cap *= 2;
	char *s = realloc(t->s, cap);
	if (!s) {
		t->failed = true;
		return false;
	}
	t->s = s;
	t->cap = cap;
	return true;
}

void strbuf_add(strbuf *t, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || !reserve(t, (size_t)n))
		return;
	va_start(ap, fmt);
	vsnprintf(t->s + t->len, t->cap - t->len, fmt, ap);
	va_end(ap);
	t->len += (size_t)n;
}

void strbuf_free(strbuf *t)
{
	free(t->s);
	*t = (strbuf){ 0 };
}

/* Empty it for the next line, keeping its memory. */
void strbuf_clear(strbuf *t)
{
	t->len = 0;
	t->failed = false;
	if (t->s)
		t->s[0] = 0;
}
