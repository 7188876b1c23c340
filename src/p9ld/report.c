/*
 * Diagnostics, the way GCC and clang print them: the include chain, then
 * FILE:LINE:COL: error: MESSAGE, the source line, and a caret under the
 * column.  Errors past the limit are counted, not printed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "script.h"

static const char *const severity[] = { "error", "warning", "note" };

/* Where diagnostics go: stderr, unless the script says otherwise (the
 * fuzzer sends them to /dev/null). */
static FILE *diag_stream(const script *s)
{
	return s->diag_out ? s->diag_out : stderr;
}

p9ld_place place_of(sloc at)
{
	p9ld_place p = { at.file ? at.file->path : NULL, at.line, at.col };
	return p;
}

/* The text of line LINE of F, and its length. */
static const char *line_text(const sfile *f, uint32_t line, size_t *len)
{
	const char *p = f->text, *end = f->text + f->len;
	for (uint32_t l = 1; l < line && p < end; l++) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		if (!nl)
			return NULL;
		p = nl + 1;
	}
	const char *nl = memchr(p, '\n', (size_t)(end - p));
	*len = (size_t)((nl ? nl : end) - p);
	return p;
}

static void show_source(const script *s, const sloc *at)
{
	size_t len;
	const char *text = at->file && at->line ? line_text(at->file, at->line, &len) : NULL;
	if (!text)
		return;
	FILE *out = diag_stream(s);
	fprintf(out, "%.*s\n", (int)len, text);
	for (uint32_t i = 1; i < at->col && i <= len; i++)
		fputc(text[i - 1] == '\t' ? '\t' : ' ', out);
	fputs("^\n", out);
}

static void show_includes(const script *s, const sfile *f)
{
	const char *lead = "In file included from";
	for (; f && f->parent; f = f->parent) {
		fprintf(diag_stream(s), "%s %s:%u:%u:\n", lead, f->parent->path,
			f->included_at.line, f->included_at.col);
		lead = "                 from";
	}
}

/* Count an error; false when it is past the limit and not to be shown. */
static bool count(script *s, p9ld_severity sev)
{
	if (sev != P9LD_ERROR)
		return !s->too_many;
	s->errors++;
	if (s->error_limit && s->errors > s->error_limit) {
		if (!s->too_many)
			fprintf(diag_stream(s), "%s: too many errors (%u); stopping\n", s->prog,
				s->error_limit);
		s->too_many = true;
		return false;
	}
	return true;
}

void report_vat(script *s, p9ld_severity sev, sloc at, const char *fmt, va_list ap)
{
	if (pipe_on_parser(s)) {
		pipe_defer_diag(s, sev, at, fmt, ap);
		return;
	}
	if (!count(s, sev))
		return;
	if (!at.file) {
		fprintf(diag_stream(s), "%s: %s: ", s->prog, severity[sev]);
	} else {
		show_includes(s, at.file);
		fprintf(diag_stream(s), "%s:%u:%u: %s: ", at.file->path, at.line, at.col,
			severity[sev]);
	}
	vfprintf(diag_stream(s), fmt, ap);
	fputc('\n', diag_stream(s));
	show_source(s, &at);
}

void report_at(script *s, p9ld_severity sev, sloc at, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	report_vat(s, sev, at, fmt, ap);
	va_end(ap);
}

void report_plain(script *s, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	report_vat(s, P9LD_ERROR, (sloc){ NULL, 0, 0 }, fmt, ap);
	va_end(ap);
}

/* The engine's places are ours: find the file by its name's address. */
void report_engine(void *user, const p9ld_diag *d)
{
	script *s = user;
	sloc at = { NULL, d->place.line, d->place.col };
	pipe_lock(s);
	for (sfile *f = s->files; f && d->place.file; f = f->next)
		if (f->path == d->place.file)
			at.file = f;
	pipe_unlock(s);
	report_at(s, d->severity, at, "%s", d->message);
}
