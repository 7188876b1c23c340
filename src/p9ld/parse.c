/*
 * Parsing: the scanner and parser over one file, the files it includes
 * read in place (relative to it, then each -I folder), include cycles
 * refused.  Everything the parser produces -- the files it opens, its
 * diagnostics, its statements -- goes out as events, in order, through
 * the parse_out it was given.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scan.h"

/* The reentrant scanner's entry points (flex writes no header here). */
int p9slex_init_extra(struct scan_ctx *ctx, yyscan_t *scanner);
int p9slex_destroy(yyscan_t scanner);

/* ---- diagnostics ------------------------------------------------------- */

bool parse_stopped(parser *p)
{
	return (p->error_limit && p->errors > p->error_limit) || p->out->stopped(p->out);
}

/* Past the limit a diagnostic is not even made: the one error that takes
 * the link past it is the last the reporter needs ("too many errors"),
 * and the parser stops soon after (parse_stopped).  Memory while
 * recovering from errors stays that of the statements. */
void parse_vdiag(parser *p, p9ld_severity sev, sloc at, const char *fmt, va_list ap)
{
	if (sev == P9LD_ERROR)
		p->errors++;
	if (p->error_limit && p->errors > p->error_limit &&
	    (sev != P9LD_ERROR || p->errors > p->error_limit + 1))
		return;
	va_list again;
	va_copy(again, ap);
	int n = vsnprintf(NULL, 0, fmt, again);
	va_end(again);
	size_t len = n > 0 ? (size_t)n : 0;
	sdiag *d = pool_alloc_raw(p->out->pool, sizeof *d + len + 1);
	d->ev.kind = EV_DIAG;
	d->ev.next = NULL;
	d->severity = (uint8_t)sev;
	d->at = at;
	vsnprintf(d->msg, len + 1, fmt, ap);
	p->out->put(p->out, &d->ev, false);
}

void parse_diag(parser *p, p9ld_severity sev, sloc at, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	parse_vdiag(p, sev, at, fmt, ap);
	va_end(ap);
}

/* ---- files ------------------------------------------------------------------ */

static void run_parser(parser *p, scan_ctx *ctx)
{
	yyscan_t scanner;
	if (p9slex_init_extra(ctx, &scanner) != 0) {
		parse_diag(p, P9LD_ERROR, (sloc){ NULL, 0, 0 }, "out of memory");
		return;
	}
	p9sparse(scanner, ctx);
	p9slex_destroy(scanner);
	free(ctx->hex);
	ctx->hex = NULL;
}

/* Opened: the file is an event, so the builder knows it before any
 * statement or message that names a place in it. */
static void opened(parser *p, sfile *f, sfile *parent, sloc from)
{
	f->parent = parent;
	f->included_at = from;
	f->ev.next = NULL;
	p->out->put(p->out, &f->ev, false);
}

/* A file that is plainly not text is refused before it is read: one with
 * a NUL byte in its first kilobyte (no script holds one; nearly every
 * binary file does, and would otherwise be read as a stream of errors).
 * Said at the NUL's place.  An object or an archive was told apart by
 * its first bytes before. */
static bool not_text(parser *p, sfile *f)
{
	size_t n = f->len < TEXT_PROBE ? f->len : TEXT_PROBE;
	const char *nul = memchr(f->text, 0, n);
	if (!nul)
		return false;
	sloc at = { f, 1, 1 };
	for (const char *t = f->text; t < nul; t++) {
		if (*t == '\n') {
			at.line++;
			at.col = 1;
		} else {
			at.col++;
		}
	}
	parse_diag(p, P9LD_ERROR, at,
		   "a NUL byte in the first kilobyte: '%s' is not a script (nor an ELF object or an ar archive)",
		   f->path);
	return true;
}

static void parse_file(parser *p, sfile *f)
{
	if (not_text(p, f))
		return;
	scan_ctx ctx = { .p = p, .f = f, .line = 1, .col = 1, .mark = { f, 1, 1 } };
	run_parser(p, &ctx);
}

/* A file that is already being read further up is an include cycle. */
static bool in_cycle(const sfile *f, const sfile *parent)
{
	for (const sfile *up = parent; up; up = up->parent)
		if (up->dev == f->dev && up->ino == f->ino)
			return true;
	return false;
}

/* An include is read where it stands, so that its statements are built
 * in their place in the order. */
static void include_now(parser *p, sstmt *st)
{
	sfile *from = st->at.file;
	if (p->depth >= MAX_INCLUDE_DEPTH) {
		parse_diag(p, P9LD_ERROR, st->at, "includes nested more than %d deep",
			   MAX_INCLUDE_DEPTH);
		return;
	}
	char *path = file_resolve(st->path, from, p->incdirs, p->nincdirs);
	if (!path) {
		parse_diag(p, P9LD_ERROR, st->name_at, "cannot find included file '%s'",
			   st->path);
		return;
	}
	sfile *f = file_read(&p->lasting, path);
	if (!f) {
		parse_diag(p, P9LD_ERROR, st->at, "cannot read '%s': %s", path, strerror(errno));
	} else if (in_cycle(f, from)) {
		parse_diag(p, P9LD_ERROR, st->at, "include cycle: '%s' includes itself", path);
		file_release(f);
	} else {
		opened(p, f, from, st->at);
		p->depth++;
		parse_file(p, f);
		p->depth--;
	}
	free(path);
}

void parse_stmt(parser *p, sstmt *st, bool held)
{
	if (st->kind == SS_INCLUDE) {
		/* a token read ahead lives in this batch: keep it (the
		 * grammar reads an include with none) */
		if (held)
			p->out->put(p->out, NULL, true);
		include_now(p, st);
		return;
	}
	st->ev.next = NULL;
	p->out->put(p->out, &st->ev, held);
}

sstmt *parse_path_stmt(parser *p, int kind, sloc at, const p9s_text *path,
		       sloc path_at)
{
	if (strlen(path->s) != path->len) {
		parse_diag(p, P9LD_ERROR, path_at, "a path cannot contain a NUL byte");
		return NULL;
	}
	sstmt *st = stmt_new(p->out->pool, kind, at);
	st->path = path->s;
	st->name_at = path_at;
	return st;
}

/* An object or archive named on the command line: a statement, so that
 * the builder adds it in its place among the scripts' statements. */
static void input_file(parser *p, const script_input *in)
{
	sstmt *st = stmt_new(p->out->pool, in->kind == P9LD_FILE_OBJECT ? SS_OBJECT : SS_ARCHIVE,
			     (sloc){ NULL, 0, 0 });
	st->path = in->path;
	parse_stmt(p, st, false);
}

void parse_inputs(parser *p, const script_input *in, size_t n)
{
	for (size_t i = 0; i < n && !parse_stopped(p); i++) {
		if (in[i].kind != P9LD_FILE_SCRIPT) {
			input_file(p, &in[i]);
			continue;
		}
		sfile *f = in[i].text
			? file_of_text(&p->lasting, in[i].path, in[i].text, in[i].len)
			: file_read(&p->lasting, in[i].path);
		if (!f) {
			parse_diag(p, P9LD_ERROR, (sloc){ NULL, 0, 0 }, "cannot read '%s': %s",
				   in[i].path, strerror(errno));
			continue;
		}
		opened(p, f, NULL, (sloc){ NULL, 0, 0 });
		parse_file(p, f);
	}
}

sfile *parse_option_file(parser *p, const char *name, const char *text)
{
	size_t len = strlen(text);
	sfile *f = file_of_text(&p->lasting, name, pool_strndup(&p->lasting, text, len), len);
	f->option = true;
	opened(p, f, NULL, (sloc){ NULL, 0, 0 });
	return f;
}

sexpr *parse_expr_text(parser *p, const char *name, const char *text)
{
	sfile *f = parse_option_file(p, name, text);
	scan_ctx ctx = { .p = p, .f = f, .line = 1, .col = 1, .mark = { f, 1, 1 },
			 .expr_only = true };
	run_parser(p, &ctx);
	return ctx.errors ? NULL : ctx.expr;
}
