/* Round trip: images written by the engine for every arch, read back by
 * the reader: header, segments, every symbol, every line, the GOT. */
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "p9ld/aout.h"

typedef struct want_sym { char type; const char *name; } want_sym;

/* Two source files, labels, an alias, an absolute symbol, bss, a string,
 * the specials; line marks on quantum boundaries. */
static p9ld_image *build(const char *arch, diags *d)
{
	p9ld_image *img = image_for(arch, d);
	unsigned q = p9ld_arch_find(arch)->pc_quantum;
	p9ld_source(img, "/src/main.s", at(1, 1));
	p9ld_atom *s = atom(img, P9LD_TEXT, "_start", 0, P9LD_GLOBAL);
	p9ld_line(img, s, 10, at(2, 1));
	p9ld_emit_fill(img, s, 2 * q, 0x11, at(2, 1));
	p9ld_line(img, s, 12, at(3, 1));
	p9ld_label(img, s, "loop", at(3, 1));
	p9ld_emit_fill(img, s, 3 * q, 0x22, at(3, 1));
	p9ld_line(img, s, 7, at(4, 1));
	p9ld_emit_addr(img, s, p9ld_expr_got(img, "table", at(4, 1)), at(4, 1));
	p9ld_source(img, "lib/util.s", at(5, 1));
	p9ld_atom *u = atom(img, P9LD_TEXT, "util", 0, P9LD_LEAF);
	p9ld_line(img, u, 300, at(6, 1));
	p9ld_emit_fill(img, u, 4 * q, 0x33, at(6, 1));
	p9ld_atom *t = atom(img, P9LD_DATA, "table", 8, 0);
	p9ld_emit_addr(img, t, sym(img, "util"), at(7, 1));
	p9ld_emit_addr(img, t, p9ld_expr_string(img, "str", 3, at(7, 1)), at(7, 1));
	p9ld_emit_zero(img, atom(img, P9LD_BSS, "buf", 16, 0), 64, at(8, 1));
	p9ld_export(img, "table", "Table", at(9, 1));
	p9ld_symbol(img, "answer", num(img, 42), P9LD_DATA, at(10, 1));
	p9ld_declare_special(img, P9LD_ETEXT);
	p9ld_declare_special(img, P9LD_EDATA);
	p9ld_declare_special(img, P9LD_END);
	return img;
}

static const want_sym want[] = {
	{ 'd', "__GOT" }, { 'f', "/" }, { 'f', "src" }, { 'f', "main.s" },
	{ 'f', "lib" }, { 'f', "util.s" },
	{ 'd', "table" }, { 'D', "Table" }, { 'd', "__anon_0" }, { 'b', "buf" },
	{ 'z', "/src/main.s" }, { 'z', "" }, { 'T', "_start" }, { 't', "loop" },
	{ 'z', "lib/util.s" }, { 'z', "" }, { 'l', "util" },
	{ 'd', "answer" }, { 'T', "etext" }, { 0, "edata" }, { 'B', "end" },
};

static void every_arch(void **state)
{
	(void)state;
	for (size_t i = 0; i < p9ld_arch_count(); i++) {
		const p9ld_arch *arch = p9ld_arch_at(i);
		diags d;
		p9ld_image *img = build(arch->name, &d);
		size_t len;
		uint8_t *f = link_ok(img, &d, &len);
		p9ld_info info;
		p9ld_get_info(img, &info);
		char err[256];
		p9ld_aout *a = p9ld_aout_read(f, len, err, sizeof err);
		if (!a)
			fail_msg("%s: %s", arch->name, err);

		/* header and segments */
		const p9ld_aout_header *h = p9ld_aout_header_of(a);
		assert_ptr_equal(h->arch, arch);
		assert_int_equal(h->entry64, info.entry);
		assert_int_equal(h->text, info.text_size);
		assert_int_equal(h->data, info.data_size);
		assert_int_equal(h->bss, info.bss_size);
		assert_int_equal(h->syms, info.syms_size);
		assert_int_equal(h->pcsz, info.pcsz);
		assert_int_equal(h->fat, arch->header_size == 40);
		assert_int_equal(p9ld_aout_get_part(a, P9LD_PART_TEXT)->vaddr, info.text_base);
		assert_int_equal(p9ld_aout_get_part(a, P9LD_PART_DATA)->vaddr, info.data_base);
		assert_int_equal(p9ld_aout_get_part(a, P9LD_PART_BSS)->vaddr, info.edata);
		assert_int_equal(p9ld_aout_get_part(a, P9LD_PART_BSS)->memsize, info.end - info.edata);
		assert_int_equal(p9ld_aout_get_part(a, P9LD_PART_TEXT)->offset, arch->header_size);

		/* every symbol, in order, with the value the engine gave it */
		assert_int_equal(p9ld_aout_nsyms(a), sizeof want / sizeof want[0]);
		for (size_t k = 0; k < sizeof want / sizeof want[0]; k++) {
			const p9ld_aout_sym *s = p9ld_aout_get_sym(a, k);
			char type = want[k].type ? want[k].type : arch->edata_letter;
			if (s->type != type || strcmp(s->name, want[k].name) != 0)
				fail_msg("%s: symbol %zu is %c %s, want %c %s", arch->name, k,
					 s->type, s->name, type, want[k].name);
			uint64_t v;
			if (type != 'z' && type != 'f') {
				assert_int_equal(p9ld_lookup(img, s->name, &v), 0);
				assert_int_equal(s->value, v);
			}
		}

		/* lines: every quantum pc of both atoms */
		unsigned q = arch->pc_quantum;
		uint64_t start, util;
		p9ld_lookup(img, "_start", &start);
		p9ld_lookup(img, "util", &util);
		for (uint64_t pc = start; pc < start + 5 * q + arch->ptr_size; pc += q) {
			const char *file;
			int64_t line;
			assert_int_equal(p9ld_aout_fileline(a, pc, &file, &line), 0);
			assert_string_equal(file, "/src/main.s");
			assert_int_equal(line, pc < start + 2 * q ? 10 : pc < start + 5 * q ? 12 : 7);
		}
		for (uint64_t pc = util; pc < util + 4 * q; pc += q) {
			const char *file;
			int64_t line;
			assert_int_equal(p9ld_aout_fileline(a, pc, &file, &line), 0);
			assert_string_equal(file, "lib/util.s");
			assert_int_equal(line, 300);
		}

		/* the GOT: one slot per atom, then the specials */
		uint64_t got;
		const uint64_t *slots;
		long n = p9ld_aout_got(a, &got, &slots, err, sizeof err);
		assert_int_equal(n, 8);
		assert_int_equal(got, info.data_base);
		const char *order[] = { "_start", "util", "table", "buf", "__anon_0",
					"etext", "edata", "end" };
		for (long k = 0; k < n; k++) {
			uint64_t v;
			assert_int_equal(p9ld_lookup(img, order[k], &v), 0);
			assert_int_equal(slots[k], v);
		}
		p9ld_aout_close(a);
		free(f);
		p9ld_image_free(img);
	}
}

/* The decoded line table as p9dump -l walks it. */
typedef struct seen { uint64_t pc[16]; int64_t line[16]; const char *file[16]; int n; } seen;

static void note(void *user, uint64_t pc, const char *file, int64_t line)
{
	seen *s = user;
	assert_true(s->n < 16);
	s->pc[s->n] = pc;
	s->file[s->n] = file;
	s->line[s->n++] = line;
}

static void line_changes(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = build("arm", &d);
	size_t len;
	uint8_t *f = link_ok(img, &d, &len);
	char err[256];
	p9ld_aout *a = p9ld_aout_read(f, len, err, sizeof err);
	assert_non_null(a);
	seen s = { .n = 0 };
	p9ld_aout_lines(a, note, &s);
	/* _start at 0x1020: 10, 12 at +8, 7 at +20; util at 0x1038: 300 */
	assert_int_equal(s.n, 4);
	assert_int_equal(s.pc[0], 0x1020);
	assert_int_equal(s.line[0], 10);
	assert_int_equal(s.pc[1], 0x1028);
	assert_int_equal(s.line[1], 12);
	assert_int_equal(s.pc[2], 0x1034);
	assert_int_equal(s.line[2], 7);
	assert_int_equal(s.pc[3], 0x1038);
	assert_int_equal(s.line[3], 300);
	assert_string_equal(s.file[3], "lib/util.s");
	assert_int_equal(p9ld_aout_pc2line(a, 0x1030), 12);
	p9ld_aout_close(a);
	free(f);
	p9ld_image_free(img);
}

/* Nested includes in a z history: lines taken by an included file are not
 * lines of the file that included it (libmach's fileline). */
static void nested_history(void **state)
{
	(void)state;
	/* 386, 4-byte values: f 1 "/", f 2 "a.c", f 3 "b.h"; z history:
	 * a.c opens at 1, b.h opens at 5, closes at 9, a.c closes at 100;
	 * text symbol main at 0x1020; pc/line table: lines 3, 6, 12 at
	 * pcs 0x1020, 0x1021, 0x1022. */
	uint8_t file[256] = { 0 };
	size_t n = 32;
	uint8_t syms[] = {
		0, 0, 0, 1, 'f' | 0x80, '/', 0,
		0, 0, 0, 2, 'f' | 0x80, 'a', '.', 'c', 0,
		0, 0, 0, 3, 'f' | 0x80, 'b', '.', 'h', 0,
		0, 0, 0, 1, 'z' | 0x80, 0, 0, 1, 0, 2, 0, 0,
		0, 0, 0, 5, 'z' | 0x80, 0, 0, 1, 0, 3, 0, 0,
		0, 0, 0, 9, 'z' | 0x80, 0, 0, 0,
		0, 0, 0, 100, 'z' | 0x80, 0, 0, 0,
		0, 0, 0x10, 0x20, 'T' | 0x80, 'm', 'a', 'i', 'n', 0,
	};
	uint8_t text[4] = { 0x90, 0x90, 0x90, 0xc3 };
	uint8_t pc[4] = { 3, 3, 6, 129 };
	memcpy(file + n, text, 4);
	n += 4;
	memcpy(file + n, syms, sizeof syms);
	n += sizeof syms;
	memcpy(file + n, pc, 4);
	n += 4;
	uint32_t hdr[8] = { 0x1eb, 4, 0, 0, sizeof syms, 0x1020, 0, 4 };
	for (int i = 0; i < 8; i++)
		for (int b = 0; b < 4; b++)
			file[4 * i + b] = (uint8_t)(hdr[i] >> (24 - 8 * b));
	char err[256];
	p9ld_aout *a = p9ld_aout_read(file, n, err, sizeof err);
	if (!a)
		fail_msg("%s", err);
	const char *f;
	int64_t line;
	p9ld_aout_fileline(a, 0x1020, &f, &line);
	assert_string_equal(f, "/a.c");
	assert_int_equal(line, 3);
	p9ld_aout_fileline(a, 0x1021, &f, &line);
	assert_string_equal(f, "/b.h");
	assert_int_equal(line, 2);                  /* global 6, b.h from 5 */
	p9ld_aout_fileline(a, 0x1022, &f, &line);
	assert_string_equal(f, "/a.c");
	assert_int_equal(line, 8);                  /* global 12 less b.h's 4 */
	p9ld_aout_close(a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_arch),
		cmocka_unit_test(line_changes),
		cmocka_unit_test(nested_history),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
