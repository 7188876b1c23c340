/*
 * p9dump -d: text as instructions.  One line per instruction -- address,
 * bytes, LLVM's text, and after " ; " the symbols of the addresses it
 * names (disasm/annotate.c, which p9run's trace prints too) -- with a
 * label line at each text symbol and the source file:line wherever the
 * pc/line table changes.
 *
 * Decoding restarts at every text symbol, and an instruction is never
 * read across one: data in text (a literal pool) costs at most the rest
 * of its symbol.  What does not decode is printed as .word (and .byte)
 * lines: on a fixed-width ISA one word at a time, as the next word is
 * still an instruction boundary; on x86 and RISC-V (compressed) up to the
 * next symbol, where the boundaries are known again.
 */
#include <stdlib.h>
#include <string.h>

#include "disasm/annotate.h"
#include "disasm/disasm.h"
#include "p9dump.h"

/* Each begins with its address: first_at searches them by it. */
typedef struct label {
	uint64_t value;
	size_t index;                /* in the symbol table: the order of ties */
	const char *name;
} label;

typedef struct line_mark {
	uint64_t pc;
	const char *file;
	int64_t line;
} line_mark;

typedef struct lister {
	const p9ld_aout *a;
	disasm *d;
	const disasm_target *t;
	int w;                       /* hex digits of an address */
	unsigned show;               /* bytes the byte column holds */
	label *labels;               /* text symbols inside text, by value */
	size_t nlabels;
	line_mark *lines;            /* where the line changes, by pc */
	size_t nlines, cap;
	bool out_of_memory;
	annotator names;             /* what the addresses named are */
} lister;

static bool is_text(char t)
{
	return t == 'T' || t == 't' || t == 'L' || t == 'l';
}

static int by_value(const void *x, const void *y)
{
	const label *a = x, *b = y;
	if (a->value != b->value)
		return a->value < b->value ? -1 : 1;
	return a->index < b->index ? -1 : a->index > b->index;
}

static bool collect_labels(lister *l)
{
	const p9ld_aout_part *t = p9ld_aout_get_part(l->a, P9LD_PART_TEXT);
	size_t n = p9ld_aout_nsyms(l->a);
	l->labels = malloc((n ? n : 1) * sizeof *l->labels);
	if (!l->labels)
		return false;
	for (size_t i = 0; i < n; i++) {
		const p9ld_aout_sym *s = p9ld_aout_get_sym(l->a, i);
		if (is_text(s->type) && s->value >= t->vaddr && s->value - t->vaddr <= t->size)
			l->labels[l->nlabels++] = (label){ s->value, i, s->name };
	}
	qsort(l->labels, l->nlabels, sizeof *l->labels, by_value);
	return true;
}

static void note_line(void *user, uint64_t pc, const char *file, int64_t line)
{
	lister *l = user;
	if (l->nlines == l->cap) {
		size_t cap = l->cap ? 2 * l->cap : 64;
		line_mark *m = realloc(l->lines, cap * sizeof *m);
		if (!m) {
			l->out_of_memory = true;
			return;
		}
		l->lines = m;
		l->cap = cap;
	}
	l->lines[l->nlines++] = (line_mark){ pc, file, line };
}

/* ---- lines of output ---------------------------------------------------- */

static void print_bytes(const lister *l, uint64_t pc, const uint8_t *b, size_t n)
{
	printf("%0*llx ", l->w, (unsigned long long)pc);
	for (size_t i = 0; i < n; i++)
		printf(" %02x", b[i]);
	for (size_t i = n; i < l->show; i++)
		printf("   ");
	printf("  ");
}

static void print_insn(lister *l, uint64_t pc, const uint8_t *b, const disasm_insn *in)
{
	print_bytes(l, pc, b, in->len);
	const char *sp = strchr(in->text, ' ');
	if (sp)
		printf("%-7.*s %s", (int)(sp - in->text), in->text, sp + 1);
	else
		printf("%s", in->text);
	const char *refs = annotate_insn(&l->names, in);
	if (refs)
		fputs(refs, stdout);
	else
		l->out_of_memory = true;
	printf("\n");
}

/* N bytes that are not instructions: a .word per 4 (in the arch's byte
 * order, as an instruction word reads), then .byte for what is left. */
static void print_data(const lister *l, uint64_t pc, const uint8_t *b, uint64_t n)
{
	int big = p9ld_aout_header_of(l->a)->arch->big_endian;
	for (uint64_t i = 0; i < n;) {
		size_t k = n - i >= 4 ? 4 : (size_t)(n - i);
		print_bytes(l, pc + i, b + i, k);
		if (k == 4) {
			unsigned long w = 0;
			for (int j = 0; j < 4; j++)
				w |= (unsigned long)b[i + j] << 8 * (big ? 3 - j : j);
			printf(".word   0x%08lx\n", w);
		} else {
			printf(".byte  ");
			for (size_t j = 0; j < k; j++)
				printf("%s0x%02x", j ? ", " : " ", b[i + j]);
			printf("\n");
		}
		i += k;
	}
}

/* ---- the walk ------------------------------------------------------------- */

/* The first of N records of SIZE bytes at BASE, ascending by the address
 * each begins with (a label's value, a line mark's pc), at or above PC. */
static size_t first_at(const void *base, size_t n, size_t size, uint64_t pc)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		uint64_t at;
		memcpy(&at, (const char *)base + mid * size, sizeof at);
		if (at < pc)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static void print_mark(const line_mark *m)
{
	if (!m->file && m->line == 0)
		puts("(no line)");           /* as -l says it */
	else
		printf("%s:%lld\n", m->file ? m->file : "?", (long long)m->line);
}

/* Text from LO to HI: labels, line marks, instructions, data.  The line in
 * effect at LO is shown first when it changed before LO; the labels at HI
 * (etext) close the listing of a whole text. */
static void walk(lister *l, uint64_t lo, uint64_t hi, bool whole)
{
	const p9ld_aout_part *t = p9ld_aout_get_part(l->a, P9LD_PART_TEXT);
	const uint8_t *text = p9ld_aout_bytes(l->a, t->offset);
	bool fixed = l->t->align == l->t->maxlen;
	size_t li = first_at(l->labels, l->nlabels, sizeof *l->labels, lo);
	size_t mi = first_at(l->lines, l->nlines, sizeof *l->lines, lo);
	if (mi > 0 && (mi == l->nlines || l->lines[mi].pc > lo))
		print_mark(&l->lines[mi - 1]);
	for (uint64_t pc = lo; pc < hi;) {
		for (; li < l->nlabels && l->labels[li].value <= pc; li++)
			printf("%0*llx <%s>:\n", l->w, (unsigned long long)l->labels[li].value,
			       l->labels[li].name);
		for (; mi < l->nlines && l->lines[mi].pc <= pc; mi++)
			print_mark(&l->lines[mi]);
		uint64_t stop = li < l->nlabels && l->labels[li].value < hi ? l->labels[li].value : hi;
		const uint8_t *b = text + (pc - t->vaddr);
		disasm_insn in;
		uint64_t room = stop - pc;
		if (disasm_one(l->d, pc, b, room < l->t->maxlen ? (size_t)room : l->t->maxlen, &in)) {
			print_insn(l, pc, b, &in);
			pc += in.len;
		} else {
			uint64_t n = fixed && room > l->t->align ? l->t->align : room;
			print_data(l, pc, b, n);
			pc += n;
		}
	}
	for (; whole && li < l->nlabels && l->labels[li].value <= hi; li++)
		printf("%0*llx <%s>:\n", l->w, (unsigned long long)l->labels[li].value,
		       l->labels[li].name);
}

/* The range of one text symbol: to the next text symbol above it. */
static bool range_of(const lister *l, const char *name, uint64_t *lo, uint64_t *hi)
{
	const p9ld_aout_part *t = p9ld_aout_get_part(l->a, P9LD_PART_TEXT);
	for (size_t i = 0; i < l->nlabels; i++) {
		if (strcmp(l->labels[i].name, name) != 0)
			continue;
		*lo = l->labels[i].value;
		*hi = t->vaddr + t->size;
		for (size_t j = i + 1; j < l->nlabels; j++)
			if (l->labels[j].value > *lo) {
				*hi = l->labels[j].value;
				break;
			}
		return true;
	}
	return false;
}

static void print_target(const disasm_target *t)
{
	printf("llvm-mc --disassemble --print-imm-hex -triple=%s", t->triple);
	if (t->cpu[0])
		printf(" -mcpu=%s", t->cpu);
	if (t->features[0])
		printf(" -mattr=%s", t->features);
	printf("\n");
}

/* The labels, the line marks and the GOT: what the walk reads. */
static bool prepare(lister *l)
{
	annotator_init(&l->names, l->a);
	if (!collect_labels(l))
		return false;
	p9ld_aout_lines(l->a, note_line, l);
	return !l->out_of_memory;
}

/* All of text, or the text symbols named: 1 when one is not there. */
static int walk_asked(lister *l, const char *file, const listing_opts *o)
{
	const p9ld_aout_part *t = p9ld_aout_get_part(l->a, P9LD_PART_TEXT);
	if (!o->nsyms) {
		walk(l, t->vaddr, t->vaddr + t->size, true);
		return 0;
	}
	int status = 0;
	for (size_t i = 0; i < o->nsyms; i++) {
		uint64_t lo, hi;
		if (range_of(l, o->syms[i], &lo, &hi)) {
			walk(l, lo, hi, false);
		} else {
			fprintf(stderr, "p9dump: %s: no text symbol '%s'\n", file, o->syms[i]);
			status = 1;
		}
	}
	return status;
}

static int list(lister *l, const char *file, const listing_opts *o)
{
	char err[256];
	if (!prepare(l)) {
		fprintf(stderr, "p9dump: %s: out of memory\n", file);
		return 1;
	}
	if (!(l->d = disasm_open(p9ld_aout_header_of(l->a)->arch, err, sizeof err))) {
		fprintf(stderr, "p9dump: %s: %s\n", file, err);
		return 2;
	}
	print_target(l->t);
	int status = walk_asked(l, file, o);
	if (l->out_of_memory) {
		fprintf(stderr, "p9dump: %s: out of memory: annotations are missing\n", file);
		return 1;
	}
	return status;
}

int show_listing(const p9ld_aout *a, const char *file, const listing_opts *o)
{
	const p9ld_arch *arch = p9ld_aout_header_of(a)->arch;
	lister l = { .a = a, .w = value_width(a), .t = disasm_target_of(arch) };
	if (!l.t) {
		fprintf(stderr, "p9dump: %s: no disassembler for arch %s\n", file, arch->name);
		return 2;
	}
	l.show = l.t->maxlen > 10 ? 10 : l.t->maxlen;
	int status = list(&l, file, o);
	disasm_close(l.d);
	annotator_free(&l.names);
	free(l.labels);
	free(l.lines);
	return status;
}
