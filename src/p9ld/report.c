/*
 * Diagnostics, the way GCC and clang print them: the include chain, then
 * FILE:LINE:COL: error: MESSAGE, the source line, and a caret under the
 * column.  Errors past the limit are counted, not printed.  Everything
 * here runs on the builder's side: the parser's diagnostics reach it as
 * events, in their place.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "script.h"

static const char *const severity[] = { "error", "warning", "note" };

static FILE *stream(const reporter *r)
{
	return r->out ? r->out : stderr;
}

p9ld_place place_of(sloc at)
{
	p9ld_place p = { at.file ? at.file->path : NULL, at.line, at.col };
	return p;
}

void report_add_file(reporter *r, sfile *f)
{
	f->next = NULL;
	if (r->files_tail)
		r->files_tail->next = f;
	else
		r->files = f;
	r->files_tail = f;
}

/* The text of line LINE of F, and its length. */
static const char *line_text(const sfile *f, uint32_t line, size_t *len)
{
	if (!f->text)
		return NULL;
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

/* A line longer than this (a binary file's, a generated script's) is
 * shown as the part of it around the column, "..." for the rest. */
enum { SHOWN_LINE = 512 };

static void show_source(const reporter *r, const sloc *at)
{
	size_t len;
	const char *text = at->file && at->line ? line_text(at->file, at->line, &len) : NULL;
	if (!text)
		return;
	FILE *out = stream(r);
	size_t col = at->col ? at->col - 1 : 0, from = 0, to = len;
	if (len > SHOWN_LINE) {
		from = col > SHOWN_LINE / 2 ? col - SHOWN_LINE / 2 : 0;
		to = from + SHOWN_LINE < len ? from + SHOWN_LINE : len;
	}
	const char *lead = from ? "..." : "";
	fputs(lead, out);
	fwrite(text + from, 1, to - from, out);      /* a NUL byte too */
	fputs(to < len ? "...\n" : "\n", out);
	fputs(lead, out);
	for (size_t i = from; i < col && i < to; i++)
		fputc(text[i] == '\t' ? '\t' : ' ', out);
	fputs("^\n", out);
}

static void show_includes(const reporter *r, const sfile *f)
{
	const char *lead = "In file included from";
	for (; f && f->parent; f = f->parent) {
		fprintf(stream(r), "%s %s:%u:%u:\n", lead, f->parent->path,
			f->included_at.line, f->included_at.col);
		lead = "                 from";
	}
}

/* Count an error; false when it is past the limit and not to be shown.
 * An error in a command-line value (-T, --defsym, ...) is a usage error. */
static bool count(reporter *r, p9ld_severity sev, const sfile *f)
{
	if (sev != P9LD_ERROR)
		return !r->too_many;
	r->errors++;
	if (f && f->option)
		r->usage++;
	if (r->limit && r->errors > r->limit) {
		if (!r->too_many)
			fprintf(stream(r), "%s: too many errors (%u); stopping\n", r->prog,
				r->limit);
		r->too_many = true;
		return false;
	}
	return true;
}

/* The head of a message: where, and how bad. */
static void show_head(reporter *r, p9ld_severity sev, sloc at, const char *where)
{
	if (at.file) {
		show_includes(r, at.file);
		fprintf(stream(r), "%s:%u:%u: %s: ", at.file->path, at.line, at.col,
			severity[sev]);
	} else {
		fprintf(stream(r), "%s: %s: ", where, severity[sev]);
	}
}

void report_vat(reporter *r, p9ld_severity sev, sloc at, const char *fmt, va_list ap)
{
	if (!count(r, sev, at.file))
		return;
	show_head(r, sev, at, r->prog);
	vfprintf(stream(r), fmt, ap);
	fputc('\n', stream(r));
	show_source(r, &at);
}

void report_at(reporter *r, p9ld_severity sev, sloc at, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	report_vat(r, sev, at, fmt, ap);
	va_end(ap);
}

void report_plain(reporter *r, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	report_vat(r, P9LD_ERROR, (sloc){ NULL, 0, 0 }, fmt, ap);
	va_end(ap);
}

void report_usage(reporter *r, const char *fmt, ...)
{
	r->usage++;
	va_list ap;
	va_start(ap, fmt);
	report_vat(r, P9LD_ERROR, (sloc){ NULL, 0, 0 }, fmt, ap);
	va_end(ap);
}

/* The engine's places are ours (a file we read, found by its name's
 * address), or its own: a place with no line names something that is
 * not a script (an object's section), printed as it is. */
void report_engine(void *user, const p9ld_diag *d)
{
	reporter *r = user;
	sloc at = { NULL, d->place.line, d->place.col };
	for (sfile *f = r->files; f && d->place.file; f = f->next)
		if (f->path == d->place.file)
			at.file = f;
	if (!count(r, d->severity, at.file))
		return;
	show_head(r, d->severity, at, at.file || !d->place.file ? r->prog : d->place.file);
	fprintf(stream(r), "%s\n", d->message);
	show_source(r, &at);
}
