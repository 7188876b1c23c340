/*
 * Diagnostics: every message the engine has for its client goes through
 * report(), which formats it and hands it to the image's callback.  The
 * engine never prints.
 */
#include <stdio.h>
#include <stdlib.h>

#include "engine/engine.h"

const p9ld_place no_place = { NULL, 0, 0 };

static void report(p9ld_image *img, p9ld_severity sev, p9ld_place place,
		   const char *fmt, va_list ap)
{
	if (img->quiet)
		return;
	if (sev == P9LD_ERROR) {
		img->errors++;
		if (img->error_limit && img->shown_errors >= img->error_limit)
			return;
		img->shown_errors++;
	} else if (sev == P9LD_NOTE && img->error_limit &&
		   img->shown_errors >= img->error_limit &&
		   img->errors > img->shown_errors) {
		return;              /* the note of an error held back */
	}
	if (!img->diag_fn)
		return;

	char small[256];
	va_list copy;
	va_copy(copy, ap);
	int n = vsnprintf(small, sizeof small, fmt, copy);
	va_end(copy);
	char *msg = small;
	if (n >= (int)sizeof small) {
		msg = malloc((size_t)n + 1);
		if (msg)
			vsnprintf(msg, (size_t)n + 1, fmt, ap);
		else
			msg = small;     /* truncated beats silent */
	}
	p9ld_diag d = { sev, place, msg };
	img->diag_fn(img->diag_user, &d);
	if (msg != small)
		free(msg);
}

#define REPORTER(fn, sev)                                                  \
	void fn(p9ld_image *img, p9ld_place place, const char *fmt, ...) \
	{                                                                  \
		va_list ap;                                                \
		va_start(ap, fmt);                                         \
		report(img, sev, place, fmt, ap);                          \
		va_end(ap);                                                \
	}

REPORTER(diag_error, P9LD_ERROR)
REPORTER(diag_warning, P9LD_WARNING)
REPORTER(diag_note, P9LD_NOTE)

/* Would the next error be held back by the limit? */
bool diag_hidden(const p9ld_image *img)
{
	return img->quiet || (img->error_limit && img->shown_errors >= img->error_limit);
}

/* An object's section and an offset in it, "hello.o(.text+0x1c)": only
 * when a message will show it (the string stays with the image). */
p9ld_place object_place(p9ld_image *img, const p9ld_atom *a, uint64_t offset)
{
	const obj_section *s = atom_section(a);
	if (!s)
		return a->name->def_place;
	p9ld_place place = { s->file, 0, 0 };
	if (diag_hidden(img))
		return place;
	int n = snprintf(NULL, 0, "%s(%s+0x%llx)", s->file, s->name, (unsigned long long)offset);
	char *str = n > 0 ? arena_alloc(&img->arena, (size_t)n + 1) : NULL;
	if (str) {
		snprintf(str, (size_t)n + 1, "%s(%s+0x%llx)", s->file, s->name,
			 (unsigned long long)offset);
		place.file = str;
	}
	return place;
}

void diag_oom(p9ld_image *img)
{
	diag_error(img, no_place, "out of memory");
}

/* Say how many errors the limit held back, once, at the end of a link. */
void diag_flush_limit(p9ld_image *img)
{
	unsigned held = img->errors - img->shown_errors;
	if (held && img->diag_fn) {
		char msg[96];
		snprintf(msg, sizeof msg, "%u more error%s not shown", held,
			 held == 1 ? "" : "s");
		p9ld_diag d = { P9LD_ERROR, no_place, msg };
		img->diag_fn(img->diag_user, &d);
		img->shown_errors = img->errors;
	}
}

unsigned p9ld_image_errors(const p9ld_image *img)
{
	return img->errors;
}

void p9ld_set_error_limit(p9ld_image *img, unsigned limit)
{
	img->error_limit = limit;
}
