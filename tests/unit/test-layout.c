/* Layout: alignment, data base rounding, explicit bases, the GOT first in
 * data, etext/edata/end with and without bss. */
#include <stdlib.h>

#include "helpers.h"

static uint64_t addr_of(p9ld_image *img, const char *name)
{
	uint64_t v = 0;
	if (p9ld_lookup(img, name, &v) != 0)
		fail_msg("no value for %s", name);
	return v;
}

static void text_alignment_and_padding(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = image_for("386", &d);
	bytes(img, atom(img, P9LD_TEXT, "_start", 0, 0), "90 90 90");
	bytes(img, atom(img, P9LD_TEXT, "f16", 16, 0), "c3");
	bytes(img, atom(img, P9LD_TEXT, "g", 0, 0), "c3");
	p9ld_set_got_policy(img, P9LD_GOT_NONE);
	size_t len;
	uint8_t *f = link_ok(img, &d, &len);
	assert_int_equal(addr_of(img, "_start"), 0x1020);
	assert_int_equal(addr_of(img, "f16"), 0x1030);   /* 0x1023 up to 16 */
	assert_int_equal(addr_of(img, "g"), 0x1031);     /* text quantum is 1 */
	assert_int_equal(addr_of(img, "etext"), 0x1032);
	/* the padding between atoms is in the file, as zeroes */
	static const uint8_t text[18] = { 0x90, 0x90, 0x90, 0,0,0,0,0,0,0,0,0,0,0,0,0, 0xc3, 0xc3 };
	assert_memory_equal(f + 32, text, sizeof text);
	assert_int_equal(read_hdr(f).text, 18);
	free(f);
	p9ld_image_free(img);
}

static void text_quantum_default(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = image_for("arm", &d);
	bytes(img, atom(img, P9LD_TEXT, "_start", 0, 0), "01");
	bytes(img, atom(img, P9LD_TEXT, "next", 0, 0), "02");
	free(link_ok(img, &d, &(size_t){ 0 }));
	assert_int_equal(addr_of(img, "next"), 0x1024);  /* arm text aligns to 4 */
	p9ld_image_free(img);
}

/* Default data base: etext rounded to the arch's round; the GOT at it, then
 * data atoms at their alignment, then anonymous strings, then bss. */
static void data_base_rounding_and_got(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = image_for("amd64", &d);
	p9ld_atom *t = atom(img, P9LD_TEXT, "_start", 0, 0);
	bytes(img, t, "c3");
	p9ld_emit_addr(img, t, p9ld_expr_string(img, "s", 1, at(2, 1)), at(2, 1));
	bytes(img, atom(img, P9LD_DATA, "d1", 0, 0), "aa");
	bytes(img, atom(img, P9LD_DATA, "d8", 8, 0), "bb");
	p9ld_emit_zero(img, atom(img, P9LD_BSS, "b1", 0, 0), 3, at(3, 1));
	p9ld_emit_zero(img, atom(img, P9LD_BSS, "b16", 16, 0), 5, at(3, 1));
	free(link_ok(img, &d, &(size_t){ 0 }));
	p9ld_info info;
	assert_int_equal(p9ld_get_info(img, &info), 0);
	assert_int_equal(info.etext, 0x200028 + 9);
	assert_int_equal(info.data_base, 0x400000);
	/* GOT: _start, d1, d8, b1, b16, __anon_0 = 6 slots of 8 */
	assert_int_equal(info.got_slots, 6);
	assert_int_equal(addr_of(img, "__GOT"), 0x400000);
	assert_int_equal(addr_of(img, "d1"), 0x400030);
	assert_int_equal(addr_of(img, "d8"), 0x400038);
	assert_int_equal(addr_of(img, "__anon_0"), 0x400039);
	assert_int_equal(addr_of(img, "edata"), 0x40003b);
	assert_int_equal(addr_of(img, "b1"), 0x40003b);
	assert_int_equal(addr_of(img, "b16"), 0x400040);
	assert_int_equal(addr_of(img, "end"), 0x400045);
	assert_int_equal(info.bss_size, 0x400045 - 0x40003b);
	assert_int_equal(info.data_size, 0x3b);
	p9ld_image_free(img);
}

static void explicit_bases_and_round(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = image_for("386", &d);
	p9ld_set_text_base(img, 0x200020, at(1, 1));
	p9ld_set_data_base(img, 0x400000, at(2, 1));
	bytes(img, atom(img, P9LD_TEXT, "_start", 0, 0), "c3");
	bytes(img, atom(img, P9LD_DATA, "x", 0, 0), "01");
	free(link_ok(img, &d, &(size_t){ 0 }));
	assert_int_equal(addr_of(img, "_start"), 0x200020);
	assert_int_equal(addr_of(img, "x"), 0x400000 + 2 * 4);
	p9ld_image_free(img);

	img = image_for("386", &d);
	assert_int_equal(p9ld_set_round(img, 0x10000, at(1, 1)), 0);
	bytes(img, atom(img, P9LD_TEXT, "_start", 0, 0), "c3");
	free(link_ok(img, &d, &(size_t){ 0 }));
	assert_int_equal(addr_of(img, "__GOT"), 0x10000);
	p9ld_image_free(img);

	img = image_for("386", &d);
	assert_int_equal(p9ld_set_round(img, 0x3000, at(4, 7)), -1);
	assert_string_equal(d.text, "t.p9:4:7: error: round 0x3000 is not a power of two\n");
	p9ld_image_free(img);
}

/* A data base may equal etext exactly: no gap at all. */
static void data_base_at_etext(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = image_for("386", &d);
	p9ld_set_data_base(img, 0x1021, at(2, 1));
	bytes(img, atom(img, P9LD_TEXT, "_start", 0, 0), "c3");
	p9ld_set_got_policy(img, P9LD_GOT_NONE);
	bytes(img, atom(img, P9LD_DATA, "x", 0, 0), "01");
	free(link_ok(img, &d, &(size_t){ 0 }));
	assert_int_equal(addr_of(img, "x"), 0x1021);
	p9ld_image_free(img);
}

static void specials_without_bss(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = image_for("arm64", &d);
	bytes(img, atom(img, P9LD_TEXT, "_start", 0, 0), "1f2003d5");
	bytes(img, atom(img, P9LD_DATA, "x", 0, 0), "0102");
	p9ld_set_got_policy(img, P9LD_GOT_NONE);
	p9ld_declare_special(img, P9LD_END);
	free(link_ok(img, &d, &(size_t){ 0 }));
	assert_int_equal(addr_of(img, "etext"), 0x1002c);
	assert_int_equal(addr_of(img, "x"), 0x20000);
	assert_int_equal(addr_of(img, "edata"), 0x20002);
	assert_int_equal(addr_of(img, "end"), 0x20002);
	p9ld_image_free(img);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(text_alignment_and_padding),
		cmocka_unit_test(text_quantum_default),
		cmocka_unit_test(data_base_rounding_and_got),
		cmocka_unit_test(explicit_bases_and_round),
		cmocka_unit_test(data_base_at_etext),
		cmocka_unit_test(specials_without_bss),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
