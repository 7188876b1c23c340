/*
 * Reading the pc/line table with libmach's pc2line rule (language.md
 * section 7) and mapping its lines to files through the z history of the
 * text symbol that holds the pc, as libmach's fileline does.
 */
#include <string.h>

#include "reader.h"

typedef struct pcwalk {
	const uint8_t *p, *end;
	uint64_t pc;                 /* pc after the last opcode */
	int64_t line;
	unsigned q;
} pcwalk;

static void walk_start(const p9ld_aout *a, pcwalk *w)
{
	const p9ld_aout_part *t = &a->parts[P9LD_PART_TEXT];
	const p9ld_aout_part *pc = &a->parts[P9LD_PART_PCSZ];
	w->p = a->bytes + pc->offset;
	w->end = w->p + pc->size;
	w->q = a->hdr.arch->pc_quantum;
	w->pc = t->vaddr - w->q;
	w->line = 0;
}

/* One opcode; false at the end of the table.  check_pcline has made sure
 * every opcode 0 has its four bytes. */
static bool walk_step(pcwalk *w)
{
	if (w->p >= w->end)
		return false;
	uint8_t u = *w->p++;
	if (u == 0) {
		w->line = (int64_t)((uint64_t)w->line +
				    (uint64_t)(int64_t)(int32_t)(uint32_t)get_uint(w->p, 4, true));
		w->p += 4;
	} else if (u < 65) {
		w->line = (int64_t)((uint64_t)w->line + u);
	} else if (u < 129) {
		w->line = (int64_t)((uint64_t)w->line - (u - 64u));
	} else {
		w->pc += (uint64_t)(u - 129) * w->q;
	}
	w->pc += w->q;
	return true;
}

bool check_pcline(p9ld_aout *a, read_err *e)
{
	const p9ld_aout_part *pc = &a->parts[P9LD_PART_PCSZ];
	const uint8_t *b = a->bytes;
	for (uint64_t off = pc->offset, end = pc->offset + pc->size; off < end;) {
		if (b[off++] != 0)
			continue;
		if (end - off < 4)
			return read_fail(e, "pc/line table at %llu: opcode 0 needs 4 more bytes, the table ends at %llu",
					 (unsigned long long)(off - 1), (unsigned long long)end);
		off += 4;
	}
	return true;
}

int64_t p9ld_aout_pc2line(const p9ld_aout *a, uint64_t pc)
{
	pcwalk w;
	walk_start(a, &w);
	while (w.pc < pc && walk_step(&w))
		;
	return w.line;
}

/* The text symbol holding PC: the last one at or below it. */
static const text_sym *text_at(const p9ld_aout *a, uint64_t pc)
{
	size_t lo = 0, hi = a->texts.len;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (((const text_sym *)vec_at(&a->texts, mid))->value <= pc)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo ? vec_at(&a->texts, lo - 1) : NULL;
}

/* One history's z symbols in order, each leaving the state a line at or
 * above its value is read in: a z with a path opens a file at its value's
 * line, an empty z closes the innermost one there; the lines an included
 * file took are not lines of the file that included it.  Line arithmetic
 * wraps (uint64_t): z values come from the file and may be anything; a
 * silly file gets a silly line, not undefined behaviour. */
static bool index_history(p9ld_aout *a, history *h, read_err *e)
{
	enum { DEPTH = 64 };         /* deeper includes: the 64th stands in */
	struct { const char *name; uint64_t start, skipped; } st[DEPTH];
	int depth = 0;
	int64_t highest = INT64_MIN;
	h->state = a->hstates.len;
	for (size_t i = 0; i < h->count; i++) {
		const p9ld_aout_sym *z = vec_at(&a->syms, h->first + i);
		int64_t at = (int64_t)z->value;
		if (z->type != 'z')
			continue;
		if (z->name[0]) {
			if (depth < DEPTH) {
				st[depth].name = z->name;
				st[depth].start = (uint64_t)at;
				st[depth].skipped = 0;
			}
			depth++;
		} else if (depth > 1) {
			depth--;
			if (depth < DEPTH)
				st[depth - 1].skipped += (uint64_t)at - st[depth].start;
		} else {
			depth = 0;   /* the outermost file closed */
		}
		hstate *s = vec_push(&a->hstates);
		if (!s)
			return read_fail(e, "out of memory");
		highest = at > highest ? at : highest;
		s->highest = highest;
		if (depth > 0) {
			int top = depth > DEPTH ? DEPTH - 1 : depth - 1;
			s->file = st[top].name;
			s->start = st[top].start;
			s->skipped = st[top].skipped;
		}
	}
	h->nstates = a->hstates.len - h->state;
	return true;
}

bool index_histories(p9ld_aout *a, read_err *e)
{
	for (size_t i = 0; i < a->histories.len; i++)
		if (!index_history(a, vec_at(&a->histories, i), e))
			return false;
	return true;
}

/* Global line LINE in history H: the z symbols are read in order up to the
 * first whose value is past LINE (as libmach's fileline reads them), and
 * the innermost file open then holds the line. */
static bool in_history(const p9ld_aout *a, const history *h, int64_t line,
		       const char **file, int64_t *local)
{
	if (!h->nstates)                     /* only Z symbols: no file */
		return false;
	const hstate *s = (const hstate *)a->hstates.data + h->state;
	size_t lo = 0, hi = h->nstates;      /* the first state past LINE */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (s[mid].highest <= line)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0 || !s[lo - 1].file)
		return false;
	s += lo - 1;
	*file = s->file;
	*local = (int64_t)((uint64_t)line - s->start + 1 - s->skipped);
	return true;
}

static int global_to_file(const p9ld_aout *a, uint64_t pc, int64_t line,
			  const char **file, int64_t *local)
{
	const text_sym *t = text_at(a, pc);
	*file = NULL;
	*local = line;
	if (!t || t->hist == SIZE_MAX)
		return -1;
	return in_history(a, vec_at(&a->histories, t->hist), line, file, local) ? 0 : -1;
}

int p9ld_aout_fileline(const p9ld_aout *a, uint64_t pc, const char **file,
		       int64_t *line)
{
	return global_to_file(a, pc, p9ld_aout_pc2line(a, pc), file, line);
}

void p9ld_aout_lines(const p9ld_aout *a, p9ld_aout_line_fn fn, void *user)
{
	const p9ld_aout_part *t = &a->parts[P9LD_PART_TEXT];
	pcwalk w;
	walk_start(a, &w);
	bool any = false;
	int64_t last = 0;
	const char *last_file = NULL;
	for (;;) {
		uint64_t first = w.pc + w.q;     /* first pc this opcode decides */
		if (!walk_step(&w))
			break;
		if (first < t->vaddr || first >= t->vaddr + t->size)
			continue;
		const char *file;
		int64_t local;
		global_to_file(a, first, w.line, &file, &local);
		if (!any || local != last || file != last_file) {
			fn(user, first, file, local);
			any = true;
			last = local;
			last_file = file;
		}
	}
}
