/*
 * The annotation of an instruction: the names of the addresses it names
 * (annotate.h says the rules).  The text is written snprintf's way into
 * the annotator's buffer, and written again into a larger one when it did
 * not fit: a symbol name is as long as the image makes it, and is never
 * cut.
 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#include "disasm/annotate.h"

/* ---- text written snprintf's way ----------------------------------------- */

/* SIZE bytes at BUF; LEN counts what was written, and what did not fit. */
typedef struct sink {
	char *buf;
	size_t size, len;
} sink;

static sink sink_on(char *buf, size_t size)
{
	if (size)
		buf[0] = 0;
	return (sink){ buf, size, 0 };
}

__attribute__((format(printf, 2, 3)))
static void put(sink *o, const char *fmt, ...)
{
	bool room = o->len < o->size;
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(room ? o->buf + o->len : NULL, room ? o->size - o->len : 0, fmt, ap);
	va_end(ap);
	if (n > 0)
		o->len += (size_t)n;
}

/* ---- the names ------------------------------------------------------------ */

static bool is_text(char type)
{
	return type == 'T' || type == 't' || type == 'L' || type == 'l';
}

static bool is_data(char type)
{
	return type == 'D' || type == 'd' || type == 'B' || type == 'b';
}

/* Where text ends at the very start of data, etext and the first data
 * symbol share an address, and the reader gives the symbol first in the
 * file there: etext, from the Plan 9 linkers and Go's, which write it
 * before all others.  The data symbol is then the one to name the
 * addresses above it by. */
static const p9ld_aout_sym *data_at_etext(const p9ld_aout *a)
{
	const p9ld_aout_part *t = p9ld_aout_get_part(a, P9LD_PART_TEXT);
	const p9ld_aout_part *d = p9ld_aout_get_part(a, P9LD_PART_DATA);
	if (t->vaddr + t->size != d->vaddr)
		return NULL;
	for (size_t i = 0, n = p9ld_aout_nsyms(a); i < n; i++) {
		const p9ld_aout_sym *s = p9ld_aout_get_sym(a, i);
		if (is_data(s->type) && s->value == d->vaddr)
			return s;
	}
	return NULL;
}

/* The symbol V is under, when it is a symbol of a segment V is in (etext
 * and end count as their segment's; where text ends at the very start of
 * data, that address is in both), or NULL. */
static const p9ld_aout_sym *symbol_of(const annotator *n, uint64_t v)
{
	const p9ld_aout_part *t = p9ld_aout_get_part(n->a, P9LD_PART_TEXT);
	const p9ld_aout_part *d = p9ld_aout_get_part(n->a, P9LD_PART_DATA);
	const p9ld_aout_part *b = p9ld_aout_get_part(n->a, P9LD_PART_BSS);
	bool in_text = v >= t->vaddr && v - t->vaddr <= t->size;
	bool in_data = v >= d->vaddr && v - d->vaddr <= d->size + b->memsize;
	if (!in_text && !in_data)
		return NULL;
	const p9ld_aout_sym *s = p9ld_aout_symbol_at(n->a, v);
	if (s && is_text(s->type) && !in_text && n->data_start && s->value == n->data_start->value)
		s = n->data_start;
	if (!s || !(is_text(s->type) ? in_text : in_data))
		return NULL;
	return s;
}

void annotator_init(annotator *n, const p9ld_aout *a)
{
	char err[200];
	*n = (annotator){ .a = a, .data_start = data_at_etext(a) };
	long slots = p9ld_aout_got(a, &n->got, &n->slots, err, sizeof err);
	n->nslots = slots > 0 ? (uint64_t)slots : 0;
}

void annotator_free(annotator *n)
{
	free(n->text);
	n->text = NULL;
	n->cap = 0;
}

/* The GOT slot at V, or NULL when V is not the start of one. */
static const uint64_t *slot_at(const annotator *n, uint64_t v)
{
	unsigned ptr = p9ld_aout_header_of(n->a)->arch->ptr_size;
	if (!n->nslots || v < n->got || (v - n->got) % ptr || (v - n->got) / ptr >= n->nslots)
		return NULL;
	return &n->slots[(v - n->got) / ptr];
}

static void put_name(sink *o, const p9ld_aout_sym *s, uint64_t v)
{
	put(o, "%s", s->name);
	if (v != s->value)
		put(o, "+0x%" PRIx64, v - s->value);
}

/* SEP and the name of V; false, with nothing written, when it has none. */
static bool put_ref(sink *o, const annotator *n, uint64_t v, const char *sep)
{
	const uint64_t *slot = slot_at(n, v);
	if (slot) {
		const p9ld_aout_sym *s = symbol_of(n, *slot);
		put(o, "%s<got(", sep);
		if (s)
			put_name(o, s, *slot);
		else
			put(o, "0x%" PRIx64, *slot);
		put(o, ")>");
		return true;
	}
	const p9ld_aout_sym *s = symbol_of(n, v);
	if (!s)
		return false;
	put(o, "%s<", sep);
	put_name(o, s, v);
	put(o, ">");
	return true;
}

static void put_refs(sink *o, const annotator *n, const disasm_insn *in)
{
	const char *sep = "  ; ";
	for (int i = 0; i < in->nrefs; i++)
		if (put_ref(o, n, in->refs[i].addr, sep))
			sep = " ";
}

const char *annotate_insn(annotator *n, const disasm_insn *in)
{
	sink o = sink_on(n->text, n->cap);
	put_refs(&o, n, in);
	if (o.len < n->cap)
		return n->text;
	char *t = realloc(n->text, o.len + 1);
	if (!t)
		return NULL;
	n->text = t;
	n->cap = o.len + 1;
	o = sink_on(n->text, n->cap);
	put_refs(&o, n, in);
	return n->text;
}
