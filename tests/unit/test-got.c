/* The three GOT policies: which slots, in what order, holding what. */
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

/* text a, b (lazy, kept by a's fixup), data d, bss z, a string, and a
 * use of got(d) and got(end). */
static p9ld_image *build(diags *d, p9ld_got_policy policy)
{
	p9ld_image *img = image_for("386", d);
	p9ld_set_got_policy(img, policy);
	p9ld_atom *s = atom(img, P9LD_TEXT, "_start", 0, 0);
	p9ld_emit_pcrel(img, s, sym(img, "b"), 4, at(1, 1));
	p9ld_emit_addr(img, s, p9ld_expr_string(img, "x", 1, at(2, 1)), at(2, 1));
	if (policy != P9LD_GOT_NONE) {
		p9ld_emit_addr(img, s, p9ld_expr_got(img, "d", at(3, 1)), at(3, 1));
		p9ld_emit_addr(img, s, p9ld_expr_got(img, "end", at(4, 1)), at(4, 1));
	}
	bytes(img, atom(img, P9LD_TEXT, "b", 0, P9LD_LAZY), "c3");
	bytes(img, atom(img, P9LD_DATA, "d", 0, 0), "aa bb");
	p9ld_emit_zero(img, atom(img, P9LD_BSS, "z", 0, 0), 4, at(5, 1));
	p9ld_declare_special(img, P9LD_ETEXT);
	return img;
}

static const uint8_t *data_of(const uint8_t *f)
{
	thdr h = read_hdr(f);
	return f + h.size + h.text;
}

/* got all: every atom in script order, strings, then etext edata end as
 * declared (etext by declaration, end by use; edata not declared). */
static void policy_all(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = build(&d, P9LD_GOT_ALL);
	size_t len;
	uint8_t *f = link_ok(img, &d, &len);
	const uint8_t *g = data_of(f);
	/* _start 0x1020 (16 bytes), b 0x1030, etext 0x1031; data 0x2000;
	 * 7 slots: _start b d z __anon_0 etext end */
	uint64_t want[] = { 0x1020, 0x1030, 0x201c, 0x2020, 0x201e, 0x1031, 0x2024 };
	p9ld_info info;
	p9ld_get_info(img, &info);
	assert_int_equal(info.got_slots, 7);
	for (size_t i = 0; i < 7; i++)
		assert_int_equal(rd_le(g + 4 * i, 4), want[i]);
	/* got(d) is slot 2, got(end) slot 6 */
	assert_int_equal(rd_le(f + 32 + 8, 4), 0x2008);
	assert_int_equal(rd_le(f + 32 + 12, 4), 0x2018);
	tsym s[16];
	assert_int_equal(file_syms(f, len, s, 16), 8);  /* __GOT d __anon_0 z _start b etext end */
	assert_string_equal(s[0].name, "__GOT");
	free(f);
	p9ld_image_free(img);
}

/* got used: only d and end, in the same order as under all. */
static void policy_used(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = build(&d, P9LD_GOT_USED);
	size_t len;
	uint8_t *f = link_ok(img, &d, &len);
	const uint8_t *g = data_of(f);
	p9ld_info info;
	p9ld_get_info(img, &info);
	assert_int_equal(info.got_slots, 2);
	assert_int_equal(rd_le(g, 4), 0x2008);       /* d, after the 2 slots */
	assert_int_equal(rd_le(g + 4, 4), 0x2010);   /* end */
	assert_int_equal(rd_le(f + 32 + 8, 4), 0x2000);
	assert_int_equal(rd_le(f + 32 + 12, 4), 0x2004);
	free(f);
	p9ld_image_free(img);
}

/* got none: no slots, no __GOT, data starts at the data base. */
static void policy_none(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = build(&d, P9LD_GOT_NONE);
	size_t len;
	uint8_t *f = link_ok(img, &d, &len);
	assert_memory_equal(data_of(f), "\xaa\xbb", 2);
	tsym s[16];
	size_t n = file_syms(f, len, s, 16);
	for (size_t i = 0; i < n; i++)
		assert_string_not_equal(s[i].name, "__GOT");
	free(f);
	p9ld_image_free(img);

	img = image_for("386", &d);
	p9ld_set_got_policy(img, P9LD_GOT_NONE);
	p9ld_atom *t = atom(img, P9LD_TEXT, "_start", 0, 0);
	p9ld_emit_addr(img, t, p9ld_expr_got(img, "_start", at(3, 9)), at(3, 1));
	p9ld_emit_addr(img, t, p9ld_expr_name(img, "__GOT", at(4, 9)), at(4, 1));
	link_fails(img, &d, "");
	assert_string_equal(d.text,
		"t.p9:3:9: error: got(_start) needs a GOT, but the policy is 'got none'\n"
		"t.p9:4:9: error: __GOT is not defined under 'got none'\n");
	p9ld_image_free(img);
}

/* got(NAME) of something that can have no slot. */
static void got_of_a_constant(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = image_for("386", &d);
	p9ld_atom *t = atom(img, P9LD_TEXT, "_start", 0, 0);
	p9ld_const(img, "k", p9ld_expr_int(img, 1), at(1, 1));
	p9ld_emit_addr(img, t, p9ld_expr_got(img, "k", at(2, 5)), at(2, 1));
	link_fails(img, &d, "t.p9:2:5: error: got(k): only atoms, labels, absolute symbols and etext, edata, end have GOT slots");
	p9ld_image_free(img);
}

/* A label used in got(NAME) has a slot right after its atom's, under
 * 'got all' and under 'got used'. */
static void got_of_a_label(void **state)
{
	(void)state;
	for (int policy = P9LD_GOT_ALL; policy <= P9LD_GOT_USED; policy++) {
		diags d;
		p9ld_image *img = image_for("386", &d);
		p9ld_set_got_policy(img, (p9ld_got_policy)policy);
		p9ld_atom *t = atom(img, P9LD_TEXT, "_start", 0, 0);
		p9ld_emit_bytes(img, t, "\x90", 1, at(1, 1));
		p9ld_label(img, t, "lbl", at(1, 1));
		p9ld_emit_addr(img, t, p9ld_expr_got(img, "lbl", at(2, 5)), at(2, 1));
		assert_int_equal(p9ld_link(img), 0);
		p9ld_info info;
		p9ld_get_info(img, &info);
		uint64_t want_slot = policy == P9LD_GOT_ALL ? 1 : 0;
		assert_int_equal(info.got_slots, want_slot + 1);
		uint8_t *bytes;
		size_t len;
		assert_int_equal(p9ld_write_mem(img, &bytes, &len), 0);
		const uint8_t *text = bytes + 32, *data = text + info.text_size;
		uint64_t slot_addr = info.data_base + 4 * want_slot;
		assert_int_equal(text[1] | text[2] << 8 | text[3] << 16 | (uint32_t)text[4] << 24,
				 slot_addr);
		const uint8_t *slot = data + 4 * want_slot;
		assert_int_equal(slot[0] | slot[1] << 8 | slot[2] << 16 | (uint32_t)slot[3] << 24,
				 info.text_base + 1);
		free(bytes);
		p9ld_image_free(img);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(policy_all),
		cmocka_unit_test(policy_used),
		cmocka_unit_test(policy_none),
		cmocka_unit_test(got_of_a_label),
		cmocka_unit_test(got_of_a_constant),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
