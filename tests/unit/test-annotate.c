/* The annotation p9dump -d and p9run's trace print after an instruction
 * (src/disasm/annotate.c), rule by rule, on 386 images written here byte
 * by byte -- so that a GOT slot can hold whatever the test needs, and
 * symbols can sit where no linker would put them.  The instructions are
 * made up too: only their refs are read, so no disassembler is needed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "disasm/annotate.h"
#include "p9ld/aout.h"

enum { TEXT_BASE = 0x1020, DATA_BASE = 0x2000 };

typedef struct symdef {
	uint32_t value;
	char type;
	const char *name;
} symdef;

typedef struct shape {
	uint32_t text, bss;          /* sizes; text is zeroes */
	const uint32_t *data;        /* little-endian words */
	uint32_t ndata;              /* in words */
	const symdef *syms;
	size_t nsyms;
} shape;

static void be32(uint8_t *p, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		p[i] = (uint8_t)(v >> (24 - 8 * i));
}

/* A 386 a.out of shape S (malloc'd, *LEN bytes). */
static uint8_t *make_386(const shape *s, size_t *len)
{
	size_t syms = 0;
	for (size_t i = 0; i < s->nsyms; i++)
		syms += 4 + 1 + strlen(s->syms[i].name) + 1;
	size_t n = 32 + s->text + 4 * (size_t)s->ndata + syms;
	uint8_t *f = calloc(1, n), *p = f;
	assert_non_null(f);
	uint32_t hdr[8] = { 0x1eb, s->text, 4 * s->ndata, s->bss, (uint32_t)syms, TEXT_BASE, 0, 0 };
	for (int i = 0; i < 8; i++, p += 4)
		be32(p, hdr[i]);
	p += s->text;
	for (uint32_t i = 0; i < s->ndata; i++)
		for (int k = 0; k < 4; k++)
			*p++ = (uint8_t)(s->data[i] >> 8 * k);
	for (size_t i = 0; i < s->nsyms; i++) {
		be32(p, s->syms[i].value);
		p[4] = (uint8_t)(s->syms[i].type | 0x80);
		size_t k = strlen(s->syms[i].name) + 1;
		memcpy(p + 5, s->syms[i].name, k);
		p += 5 + k;
	}
	*len = n;
	return f;
}

typedef struct opened {
	uint8_t *bytes;
	p9ld_aout *a;
	annotator n;
} opened;

static void open_shape(opened *o, const shape *s)
{
	size_t len;
	char err[256];
	o->bytes = make_386(s, &len);
	o->a = p9ld_aout_read(o->bytes, len, err, sizeof err);
	if (!o->a)
		fail_msg("the test's image does not read: %s", err);
	annotator_init(&o->n, o->a);
}

static void close_shape(opened *o)
{
	annotator_free(&o->n);
	p9ld_aout_close(o->a);
	free(o->bytes);
}

/* The annotation of an instruction naming the NREFS addresses at REFS. */
static void says_of(annotator *n, const uint64_t *refs, int nrefs, const char *want)
{
	disasm_insn in = { .len = 4, .text = "made up", .nrefs = nrefs };
	for (int i = 0; i < nrefs; i++)
		in.refs[i] = (disasm_ref){ refs[i], DISASM_DATA };
	const char *got = annotate_insn(n, &in);
	assert_non_null(got);
	if (strcmp(got, want) != 0)
		fail_msg("refs from 0x%llx: '%s', want '%s'", nrefs ? (unsigned long long)refs[0] : 0ULL,
			 got, want);
}

static void says(annotator *n, uint64_t addr, const char *want)
{
	says_of(n, &addr, 1, want);
}

/* Text 0x1020-0x1060 with a data symbol inside it; data from 0x2000: the
 * GOT's five slots, then msg with a text symbol inside it; bss buf. */
static const uint32_t got_and_msg[] = {
	0x1040,                      /* f */
	0x2016,                      /* msg+2 */
	0x1800,                      /* between text and data: no symbol */
	0x1054,                      /* in text, under the data symbol intext */
	0,
	0x67736d, 0,                 /* msg */
};

static const symdef plain_syms[] = {
	{ 0x2000, 'd', "__GOT" },
	{ 0x2014, 'd', "msg" },
	{ 0x1050, 'd', "intext" },
	{ 0x2018, 'T', "indata" },
	{ 0x201c, 'b', "buf" },
	{ 0x1020, 'T', "_start" },
	{ 0x1040, 'T', "f" },
	{ 0x1060, 'T', "etext" },
	{ 0x2024, 'B', "end" },
};

static const shape plain = {
	.text = 0x40, .bss = 8, .data = got_and_msg,
	.ndata = sizeof got_and_msg / sizeof got_and_msg[0],
	.syms = plain_syms, .nsyms = sizeof plain_syms / sizeof plain_syms[0],
};

/* The test's image is laid out as the cases below assume. */
static void assert_plain_layout(const p9ld_aout *a)
{
	assert_int_equal(p9ld_aout_get_part(a, P9LD_PART_TEXT)->vaddr, TEXT_BASE);
	assert_int_equal(p9ld_aout_get_part(a, P9LD_PART_DATA)->vaddr, DATA_BASE);
	uint64_t got;
	const uint64_t *slots;
	char err[200];
	assert_int_equal(p9ld_aout_got(a, &got, &slots, err, sizeof err), 5);
	assert_int_equal(got, DATA_BASE);
}

static void symbols_of_the_segment(void **state)
{
	(void)state;
	opened o;
	open_shape(&o, &plain);
	assert_plain_layout(o.a);
	says(&o.n, 0x1020, "  ; <_start>");
	says(&o.n, 0x1024, "  ; <_start+0x4>");
	says(&o.n, 0x104c, "  ; <f+0xc>");
	says(&o.n, 0x2014, "  ; <msg>");
	says(&o.n, 0x2015, "  ; <msg+0x1>");
	says(&o.n, 0x201c, "  ; <buf>");
	says(&o.n, 0x201f, "  ; <buf+0x3>");
	close_shape(&o);
}

/* The nearest symbol below is another segment's: a number that only
 * looks like an address. */
static void another_segments_symbol(void **state)
{
	(void)state;
	opened o;
	open_shape(&o, &plain);
	says(&o.n, 0x1054, "");              /* text, under the data symbol intext */
	says(&o.n, 0x201a, "");              /* data, under the text symbol indata */
	close_shape(&o);
}

/* etext and end are their segment's; a byte further is outside. */
static void ends_and_outside(void **state)
{
	(void)state;
	opened o;
	open_shape(&o, &plain);
	says(&o.n, 0x1060, "  ; <etext>");
	says(&o.n, 0x2024, "  ; <end>");
	says(&o.n, 0x1061, "");              /* past text, before data */
	says(&o.n, 0x1800, "");
	says(&o.n, 0x2025, "");              /* past the end of bss */
	says(&o.n, 0x1000, "");              /* below text */
	says(&o.n, 0, "");
	says(&o.n, UINT64_MAX, "");
	close_shape(&o);
}

/* A slot is named by what it holds; an address nothing names (or only
 * another segment's symbol) by its number. */
static void got_slots(void **state)
{
	(void)state;
	opened o;
	open_shape(&o, &plain);
	says(&o.n, 0x2000, "  ; <got(f)>");
	says(&o.n, 0x2004, "  ; <got(msg+0x2)>");
	says(&o.n, 0x2008, "  ; <got(0x1800)>");
	says(&o.n, 0x200c, "  ; <got(0x1054)>");
	says(&o.n, 0x2010, "  ; <got(0x0)>");
	says(&o.n, 0x2001, "  ; <__GOT+0x1>"); /* inside a slot, not one */
	says(&o.n, 0x2003, "  ; <__GOT+0x3>");
	close_shape(&o);
}

/* One separator, before the first name; refs that name nothing leave no
 * trace; an instruction with none gets "" even after one that had. */
static void several_refs(void **state)
{
	(void)state;
	opened o;
	open_shape(&o, &plain);
	uint64_t refs[] = { 0x1800, 0x2014, 0x2025, 0x2004 };
	says_of(&o.n, refs, 4, "  ; <msg> <got(msg+0x2)>");
	says_of(&o.n, refs, 1, "");
	says_of(&o.n, refs, 0, "");
	uint64_t none[] = { 0x1054, 0x2025 };
	says_of(&o.n, none, 2, "");
	close_shape(&o);
}

/* No GOT in the image: the start of data is no slot. */
static const symdef no_got_syms[] = {
	{ 0x2000, 'd', "msg" },
	{ 0x1020, 'T', "_start" },
	{ 0x1060, 'T', "etext" },
	{ 0x2008, 'B', "end" },
};

static void without_a_got(void **state)
{
	(void)state;
	static const uint32_t words[] = { 0x6c6c6568, 0x6f };
	shape s = { .text = 0x40, .data = words, .ndata = 2, .syms = no_got_syms,
		    .nsyms = sizeof no_got_syms / sizeof no_got_syms[0] };
	opened o;
	open_shape(&o, &s);
	says(&o.n, 0x2000, "  ; <msg>");
	says(&o.n, 0x2004, "  ; <msg+0x4>");
	close_shape(&o);
}

/* Text ending at the very start of data (0x1020 + 0xfe0): that address
 * is data's first byte and etext both, and either's symbol names it --
 * whichever the reader finds first there; the addresses above it are
 * the first data symbol's even when etext comes first in the file (as the
 * Plan 9 linkers write it). */
static void text_ends_where_data_starts(void **state)
{
	(void)state;
	static const uint32_t words[] = { 0x6c6c6568 };
	symdef syms[] = {
		{ 0x2000, 'd', "msg" }, { 0x1020, 'T', "_start" },
		{ 0x2000, 'T', "etext" }, { 0x2004, 'B', "end" },
	};
	shape s = { .text = 0xfe0, .data = words, .ndata = 1, .syms = syms, .nsyms = 4 };
	opened o;
	open_shape(&o, &s);
	assert_int_equal(p9ld_aout_get_part(o.a, P9LD_PART_DATA)->vaddr, DATA_BASE);
	says(&o.n, 0x2000, "  ; <msg>");
	says(&o.n, 0x2002, "  ; <msg+0x2>");
	says(&o.n, 0x1ffc, "  ; <_start+0xfdc>");
	close_shape(&o);

	symdef etext_first[] = {
		{ 0x1020, 'T', "_start" }, { 0x2000, 'T', "etext" },
		{ 0x2000, 'd', "msg" }, { 0x2004, 'B', "end" },
	};
	s.syms = etext_first;
	open_shape(&o, &s);
	says(&o.n, 0x2000, "  ; <etext>");
	says(&o.n, 0x2002, "  ; <msg+0x2>");
	close_shape(&o);
}

/* A name is never cut, however long, in a slot or not -- and the text
 * grows from a short one's. */
static void long_names(void **state)
{
	(void)state;
	enum { LONG = 1000 };
	char *name = malloc(LONG + 1), *want = malloc(2 * LONG + 64);
	assert_non_null(name);
	assert_non_null(want);
	memset(name, 'n', LONG);
	name[LONG] = 0;
	static const uint32_t words[] = { 0x1022, 0 };
	symdef syms[] = {
		{ 0x2000, 'd', "__GOT" }, { 0x2004, 'd', "x" },
		{ 0x1020, 'T', name }, { 0x1030, 'T', "etext" }, { 0x2008, 'B', "end" },
	};
	shape s = { .text = 0x10, .data = words, .ndata = 2, .syms = syms, .nsyms = 5 };
	opened o;
	open_shape(&o, &s);
	says(&o.n, 0x2004, "  ; <x>");
	snprintf(want, 2 * LONG + 64, "  ; <%s+0x2>", name);
	says(&o.n, 0x1022, want);
	snprintf(want, 2 * LONG + 64, "  ; <got(%s+0x2)>", name);
	says(&o.n, 0x2000, want);
	uint64_t refs[] = { 0x1022, 0x2000 };
	snprintf(want, 2 * LONG + 64, "  ; <%s+0x2> <got(%s+0x2)>", name, name);
	says_of(&o.n, refs, 2, want);
	says(&o.n, 0x2004, "  ; <x>");
	close_shape(&o);
	free(name);
	free(want);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(symbols_of_the_segment),
		cmocka_unit_test(another_segments_symbol),
		cmocka_unit_test(ends_and_outside),
		cmocka_unit_test(got_slots),
		cmocka_unit_test(several_refs),
		cmocka_unit_test(without_a_got),
		cmocka_unit_test(text_ends_where_data_starts),
		cmocka_unit_test(long_names),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
