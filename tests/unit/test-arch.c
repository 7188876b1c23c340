/* The arch table against archs.md, row by row. */
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

typedef struct row {
	const char *name, *alias;
	uint32_t magic;
	unsigned hdr, ptr, symval;
	int big;
	unsigned quantum;
	uint64_t text_base, round;
	char edata;
	const char *out;
} row;

/* Copied from ../shared/spec/archs.md by hand, not from the engine. */
static const row rows[] = {
	{ "386",     "i386",     0x01EB, 32, 4, 4, 0, 1, 0x1020,   0x1000,   'B', "8.out" },
	{ "amd64",   "x86_64",   0x8A97, 40, 8, 8, 0, 1, 0x200028, 0x200000, 'B', "6.out" },
	{ "arm",     "arm32",    0x0647, 32, 4, 4, 0, 4, 0x1020,   0x1000,   'D', "5.out" },
	{ "arm64",   "aarch64",  0x8C47, 40, 8, 8, 0, 4, 0x10028,  0x10000,  'D', "7.out" },
	{ "mips",    "mipsbe",   0x0407, 32, 4, 4, 1, 4, 0x4020,   0x4000,   'D', "v.out" },
	{ "spim",    "mipsel",   0x0907, 32, 4, 4, 0, 4, 0x4020,   0x4000,   'D', "0.out" },
	{ "mips64",  NULL,       0x0517, 32, 8, 8, 1, 4, 0x4020,   0x4000,   'D', "4.out" },
	{ "spim64",  "mips64le", 0x0797, 32, 8, 8, 0, 4, 0x4020,   0x4000,   'D', "4.out" },
	{ "power",   "powerpc",  0x06EB, 32, 4, 4, 1, 4, 0x100020, 0x100000, 'D', "q.out" },
	{ "power64", "ppc64",    0x8B6B, 40, 8, 8, 1, 4, 0x100028, 0x100000, 'D', "9.out" },
	{ "sparc",   NULL,       0x02AB, 32, 4, 4, 1, 4, 0x1020,   0x1000,   'D', "k.out" },
	{ "riscv",   "riscv32",  0x0D2B, 32, 4, 4, 0, 2, 0x1020,   0x1000,   'D', "i.out" },
	{ "riscv64", NULL,       0x0E17, 32, 8, 8, 0, 2, 0x1020,   0x1000,   'D', "j.out" },
};

static void every_row(void **state)
{
	(void)state;
	assert_int_equal(p9ld_arch_count(), sizeof rows / sizeof rows[0]);
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		const row *r = &rows[i];
		const p9ld_arch *a = p9ld_arch_find(r->name);
		assert_non_null(a);
		assert_ptr_equal(a, p9ld_arch_at(i));
		assert_string_equal(a->name, r->name);
		assert_int_equal(a->magic, r->magic);
		assert_int_equal(a->magic & 0x7fff, 4 * a->b * a->b + 7);
		assert_int_equal(a->header_size, r->hdr);
		assert_int_equal(a->header_size == 40, (a->magic & 0x8000) != 0);
		assert_int_equal(a->ptr_size, r->ptr);
		assert_int_equal(a->sym_value_size, r->symval);
		assert_int_equal(a->big_endian, r->big);
		assert_int_equal(a->pc_quantum, r->quantum);
		assert_int_equal(a->text_base, r->text_base);
		assert_int_equal(a->round, r->round);
		assert_int_equal(a->edata_letter, r->edata);
		assert_string_equal(a->out_name, r->out);
		assert_ptr_equal(p9ld_arch_by_magic(r->magic), a);
		if (r->alias)
			assert_ptr_equal(p9ld_arch_find(r->alias), a);
	}
}

static void aliases_and_case(void **state)
{
	(void)state;
	assert_ptr_equal(p9ld_arch_find("x86"), p9ld_arch_find("386"));
	assert_ptr_equal(p9ld_arch_find("AMD64"), p9ld_arch_find("amd64"));
	assert_ptr_equal(p9ld_arch_find("ppc"), p9ld_arch_find("power"));
	assert_ptr_equal(p9ld_arch_find("mipsle"), p9ld_arch_find("spim"));
	assert_null(p9ld_arch_find("vax"));
	assert_null(p9ld_arch_find(""));
	assert_null(p9ld_arch_find(NULL));
	assert_null(p9ld_arch_by_magic(0x1234));
	assert_null(p9ld_arch_at(13));
}

/* The first words of every arch's header, from a one-instruction image. */
static void header_per_arch(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		diags d;
		p9ld_image *img = image_for(rows[i].name, &d);
		p9ld_atom *t = atom(img, P9LD_TEXT, "_start", 0, 0);
		bytes(img, t, "01020304");
		size_t len;
		uint8_t *f = link_ok(img, &d, &len);
		thdr h = read_hdr(f);
		assert_int_equal(h.magic, rows[i].magic);
		assert_int_equal(h.size, rows[i].hdr);
		assert_int_equal(h.text, 4);
		assert_int_equal(h.fat_entry, rows[i].text_base);
		/* GOT slot 0 holds _start, in the arch's byte order */
		const uint8_t *got = f + h.size + 4;
		uint64_t slot = rows[i].big
			? (rows[i].ptr == 8 ? rd_be64(got) : rd_be32(got))
			: rd_le(got, rows[i].ptr);
		assert_int_equal(h.data, rows[i].ptr);
		assert_int_equal(slot, rows[i].text_base);
		free(f);
		p9ld_image_free(img);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_row),
		cmocka_unit_test(aliases_and_case),
		cmocka_unit_test(header_per_arch),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
