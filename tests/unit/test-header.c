/* The a.out header: 32 bytes, and 40 with the fat entry. */
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

/* arm: 32-byte header, every field worked out by hand. */
static void header_32(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = image_for("arm", &d);
	p9ld_atom *t = atom(img, P9LD_TEXT, "_start", 0, 0);
	bytes(img, t, "00 00 a0 e1  00 00 a0 e1  00 00 a0 e1");   /* 3 nops */
	p9ld_atom *v = atom(img, P9LD_DATA, "v", 4, 0);
	bytes(img, v, "01 02 03 04 05");
	p9ld_atom *b = atom(img, P9LD_BSS, "b", 8, 0);
	assert_int_equal(p9ld_emit_zero(img, b, 100, at(3, 1)), 0);
	p9ld_set_got_policy(img, P9LD_GOT_NONE);
	p9ld_set_strip(img, 1);
	size_t len;
	uint8_t *f = link_ok(img, &d, &len);
	/* text 0x1020..0x102c; data base 0x2000; v at 0x2000, edata 0x2005;
	 * b at 0x2008 (align 8), end 0x206c; bss = 0x206c - 0x2005 = 0x67 */
	static const uint8_t want[32] = {
		0x00, 0x00, 0x06, 0x47,  0x00, 0x00, 0x00, 0x0c,
		0x00, 0x00, 0x00, 0x05,  0x00, 0x00, 0x00, 0x67,
		0x00, 0x00, 0x00, 0x00,  0x00, 0x00, 0x10, 0x20,
		0x00, 0x00, 0x00, 0x00,  0x00, 0x00, 0x00, 0x00,
	};
	assert_memory_equal(f, want, 32);
	assert_int_equal(len, 32 + 12 + 5);
	free(f);
	p9ld_image_free(img);
}

/* amd64 with an entry above 2^28: the 32-bit word keeps the low 28 bits,
 * the fat word the whole entry. */
static void header_40_fat_entry(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = image_for("amd64", &d);
	assert_int_equal(p9ld_set_text_base(img, 0x1230000028ull, at(1, 1)), 0);
	p9ld_atom *t = atom(img, P9LD_TEXT, "_start", 0, 0);
	bytes(img, t, "c3");
	p9ld_set_got_policy(img, P9LD_GOT_NONE);
	size_t len;
	uint8_t *f = link_ok(img, &d, &len);
	thdr h = read_hdr(f);
	assert_int_equal(h.size, 40);
	assert_int_equal(h.magic, 0x8a97);
	assert_int_equal(h.entry, 0x0000028);    /* 0x1230000028 & 0x0FFFFFFF */
	assert_int_equal(h.fat_entry, 0x1230000028ull);
	static const uint8_t fat[8] = { 0, 0, 0, 0x12, 0x30, 0, 0, 0x28 };
	assert_memory_equal(f + 32, fat, 8);
	free(f);
	p9ld_image_free(img);
}

/* mips64 keeps the 32-byte header: an entry past 2^32 cannot be written.
 * The error is at what set the entry: the entry statement, or else the
 * definition of the default entry, _start. */
static void header_32_entry_too_big(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = image_for("mips64", &d);
	p9ld_set_text_base(img, 0x100000000ull, at(1, 1));
	p9ld_atom_opts o = { 0, 0, 0 };
	bytes(img, p9ld_atom_new(img, P9LD_TEXT, "_start", &o, at(4, 6)), "00000000");
	link_fails(img, &d, "entry");
	assert_string_equal(d.text, "t.p9:4:6: error: entry 0x100000000 does not fit the 32-bit "
				    "field of mips64's a.out header\n");
	p9ld_image_free(img);

	img = image_for("mips64", &d);
	p9ld_set_text_base(img, 0x100000000ull, at(1, 1));
	p9ld_set_entry(img, "go", at(2, 7));
	p9ld_atom *a = atom(img, P9LD_TEXT, "_start", 0, 0);
	bytes(img, a, "00000000");
	assert_int_equal(p9ld_label(img, a, "go", at(3, 1)), 0);
	bytes(img, a, "00000000");
	link_fails(img, &d, "entry");
	assert_string_equal(d.text, "t.p9:2:7: error: entry 0x100000004 does not fit the 32-bit "
				    "field of mips64's a.out header\n");
	p9ld_image_free(img);
}

/* Sizes past 32 bits: two 3 GiB bss atoms on amd64 fit the address space
 * but not the header's bss field; one atom of 5 GiB is refused as it is
 * made, since no segment could hold it. */
static void header_bss_too_big(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = image_for("amd64", &d);
	bytes(img, atom(img, P9LD_TEXT, "_start", 0, 0), "c3");
	p9ld_emit_zero(img, atom(img, P9LD_BSS, "big1", 0, 0), 3ull << 30, at(2, 1));
	p9ld_atom_opts o = { 0, 0, 0 };
	p9ld_atom *big2 = p9ld_atom_new(img, P9LD_BSS, "big2", &o, at(3, 5));
	p9ld_emit_zero(img, big2, 3ull << 30, at(3, 1));
	link_fails(img, &d, "bss size 0x18");
	/* at the atom that took the segment past 4 GiB */
	assert_string_equal(d.text, "t.p9:3:5: error: bss size 0x180000000 does not fit the "
				    "32-bit field of amd64's a.out header\n");
	p9ld_image_free(img);

	img = image_for("amd64", &d);
	p9ld_atom *huge = atom(img, P9LD_BSS, "huge", 0, 0);
	assert_int_equal(p9ld_emit_zero(img, huge, 5ull << 30, at(2, 1)), -1);
	assert_int_equal(p9ld_emit_zero(img, huge, 3ull << 30, at(3, 1)), 0);
	assert_int_equal(p9ld_emit_zero(img, huge, 1ull << 30, at(4, 1)), -1);
	assert_int_equal(p9ld_atom_size(huge), 3ull << 30);
	assert_string_equal(d.text,
		"t.p9:2:1: error: atom 'huge' would pass 4 GiB, more than an a.out segment holds\n"
		"t.p9:4:1: error: atom 'huge' would pass 4 GiB, more than an a.out segment holds\n");
	p9ld_image_free(img);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(header_32),
		cmocka_unit_test(header_40_fat_entry),
		cmocka_unit_test(header_32_entry_too_big),
		cmocka_unit_test(header_bss_too_big),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
