/* The symbol table: order, letters, 4- and 8-byte values, aliases,
 * absolute symbols, and the special symbols' letters per arch. */
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

typedef struct expect {
	uint8_t b[2048];
	size_t n;
	unsigned vs;
} expect;

/* One entry: value (big-endian, VS bytes), letter | 0x80, name, NUL. */
static void put(expect *e, uint64_t v, char letter, const char *name)
{
	for (unsigned i = 0; i < e->vs; i++)
		e->b[e->n++] = (uint8_t)(v >> (8 * (e->vs - 1 - i)));
	e->b[e->n++] = (uint8_t)letter | 0x80;
	size_t len = strlen(name) + 1;
	memcpy(e->b + e->n, name, len);
	e->n += len;
}

static const uint8_t *syms_of(const uint8_t *f, size_t *n)
{
	thdr h = read_hdr(f);
	*n = h.syms;
	return f + h.size + h.text + h.data;
}

static p9ld_image *build(const char *arch, diags *d)
{
	p9ld_image *img = image_for(arch, d);
	p9ld_atom *s = atom(img, P9LD_TEXT, "_start", 1, P9LD_GLOBAL);
	bytes(img, s, "90 90");
	p9ld_label(img, s, "loop", at(2, 1));
	bytes(img, s, "90 c3");
	p9ld_emit_value(img, s, p9ld_expr_string(img, "s", 1, at(3, 1)), 4,
			P9LD_ORDER_ARCH, at(3, 1));
	bytes(img, atom(img, P9LD_TEXT, "helper", 1, P9LD_LEAF), "c3");
	p9ld_atom *t = atom(img, P9LD_DATA, "tab", 0, 0);
	bytes(img, t, "01 02 03 04");
	p9ld_label(img, t, "tab_end", at(5, 1));
	p9ld_emit_zero(img, atom(img, P9LD_BSS, "buf", 4, 0), 16, at(6, 1));
	p9ld_symbol(img, "mid", p9ld_expr_binary(img, P9LD_ADD, sym(img, "_start"),
						 num(img, 2), at(7, 1)), P9LD_TEXT, at(7, 1));
	p9ld_symbol(img, "ext", num(img, 0x1234), P9LD_DATA, at(8, 1));
	p9ld_symbol(img, "hidden", num(img, 7), -1, at(8, 1));
	assert_int_equal(p9ld_export(img, "tab", "table", at(9, 1)), 0);
	assert_int_equal(p9ld_export(img, "tab_end", NULL, at(9, 1)), 0);
	assert_int_equal(p9ld_export(img, "ext", "ext2", at(9, 1)), 0);
	p9ld_declare_special(img, P9LD_ETEXT);
	p9ld_declare_special(img, P9LD_EDATA);
	p9ld_declare_special(img, P9LD_END);
	return img;
}

/* 386: 4-byte values; edata is B as 8l writes it. */
static void order_and_letters_386(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = build("386", &d);
	size_t len, n;
	uint8_t *f = link_ok(img, &d, &len);
	const uint8_t *s = syms_of(f, &n);
	/* text 0x1020: _start (8 bytes), helper at 0x1028; etext 0x1029.
	 * data 0x2000: GOT of 8 slots (_start helper tab buf __anon_0
	 * etext edata end), tab 0x2020, tab_end 0x2024, __anon_0 0x2024,
	 * edata 0x2026; buf 0x2028 (align 4), end 0x2038. */
	expect e = { .vs = 4 };
	put(&e, 0x2000, 'd', "__GOT");
	put(&e, 0x2020, 'd', "tab");
	put(&e, 0x2020, 'D', "table");
	put(&e, 0x2024, 'D', "tab_end");
	put(&e, 0x2024, 'd', "__anon_0");
	put(&e, 0x2028, 'b', "buf");
	put(&e, 0x1020, 'T', "_start");
	put(&e, 0x1022, 't', "loop");
	put(&e, 0x1028, 'l', "helper");
	put(&e, 0x1022, 't', "mid");
	put(&e, 0x1234, 'd', "ext");
	put(&e, 0x1234, 'D', "ext2");
	put(&e, 0x1029, 'T', "etext");
	put(&e, 0x2026, 'B', "edata");
	put(&e, 0x2038, 'B', "end");
	assert_int_equal(n, e.n);
	assert_memory_equal(s, e.b, e.n);
	p9ld_info info;
	p9ld_get_info(img, &info);
	assert_int_equal(info.symbols, 15);
	free(f);
	p9ld_image_free(img);
}

/* amd64: 8-byte values (fat header); edata B. */
static void eight_byte_values_amd64(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = build("amd64", &d);
	size_t len, n;
	uint8_t *f = link_ok(img, &d, &len);
	const uint8_t *s = syms_of(f, &n);
	tsym out[32];
	size_t count = decode_syms(s, n, 8, out, 32);
	assert_int_equal(count, 15);
	assert_string_equal(out[0].name, "__GOT");
	assert_int_equal(out[0].value, 0x400000);
	assert_string_equal(out[6].name, "_start");
	assert_int_equal(out[6].value, 0x200028);
	assert_int_equal(out[13].letter, 'B');
	assert_string_equal(out[13].name, "edata");
	/* the first entry as bytes: 8-byte big-endian value */
	static const uint8_t got[] = { 0, 0, 0, 0, 0, 0x40, 0, 0, 'd' | 0x80, '_', '_', 'G', 'O', 'T', 0 };
	assert_memory_equal(s, got, sizeof got);
	free(f);
	p9ld_image_free(img);
}

/* A name's aliases follow it in the order they were exported, whatever
 * was exported between them. */
static void aliases_in_export_order(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = image_for("386", &d);
	p9ld_set_got_policy(img, P9LD_GOT_NONE);
	bytes(img, atom(img, P9LD_TEXT, "_start", 1, 0), "c3");
	bytes(img, atom(img, P9LD_DATA, "tab", 1, 0), "01");
	bytes(img, atom(img, P9LD_DATA, "other", 1, 0), "02");
	assert_int_equal(p9ld_export(img, "tab", "zeta", at(1, 1)), 0);
	assert_int_equal(p9ld_export(img, "other", "mid", at(2, 1)), 0);
	assert_int_equal(p9ld_export(img, "tab", "alpha", at(3, 1)), 0);
	size_t len, n;
	uint8_t *f = link_ok(img, &d, &len);
	const uint8_t *s = syms_of(f, &n);
	tsym out[8];
	assert_int_equal(decode_syms(s, n, 4, out, 8), 6);
	static const char *const want[] = { "tab", "zeta", "alpha", "other", "mid", "_start" };
	for (int i = 0; i < 6; i++)
		assert_string_equal(out[i].name, want[i]);
	assert_int_equal(out[1].letter, 'D');
	assert_int_equal(out[2].value, out[0].value);
	free(f);
	p9ld_image_free(img);
}

/* mips64 keeps the 32-byte header but writes 8-byte values; edata is D. */
static void mips64_values_and_edata_letter(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = build("mips64", &d);
	size_t len, n;
	uint8_t *f = link_ok(img, &d, &len);
	assert_int_equal(read_hdr(f).size, 32);
	const uint8_t *s = syms_of(f, &n);
	tsym out[32];
	assert_int_equal(decode_syms(s, n, 8, out, 32), 15);
	assert_int_equal(out[13].letter, 'D');
	assert_string_equal(out[14].name, "end");
	assert_int_equal(out[14].letter, 'B');
	assert_int_equal(out[12].letter, 'T');
	free(f);
	p9ld_image_free(img);
}

/* Specials appear only when declared, by name use or declaration; under
 * got none there is no __GOT; strip writes no table. */
static void specials_by_use_and_strip(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = image_for("arm", &d);
	p9ld_atom *t = atom(img, P9LD_TEXT, "_start", 0, 0);
	p9ld_emit_addr(img, t, sym(img, "end"), at(1, 1));
	p9ld_set_got_policy(img, P9LD_GOT_NONE);
	size_t len, n;
	uint8_t *f = link_ok(img, &d, &len);
	const uint8_t *s = syms_of(f, &n);
	expect e = { .vs = 4 };
	put(&e, 0x1020, 't', "_start");
	put(&e, 0x2000, 'B', "end");
	assert_int_equal(n, e.n);
	assert_memory_equal(s, e.b, e.n);
	assert_int_equal(rd_le(f + 32, 4), 0x2000);
	free(f);
	p9ld_image_free(img);

	img = image_for("arm", &d);
	bytes(img, atom(img, P9LD_TEXT, "_start", 0, 0), "00000000");
	p9ld_set_strip(img, 1);
	f = link_ok(img, &d, &len);
	thdr h = read_hdr(f);
	assert_int_equal(h.syms, 0);
	assert_int_equal(h.pcsz, 0);
	assert_int_equal(len, 32 + 4 + 4);
	free(f);
	p9ld_image_free(img);
}

/* A label may carry aliases too; an alias of an alias target's label keeps
 * the label's letter in upper case. */
static void label_aliases(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = image_for("arm", &d);
	p9ld_atom *t = atom(img, P9LD_TEXT, "_start", 0, 0);
	bytes(img, t, "00000000");
	p9ld_label(img, t, "inner", at(1, 1));
	bytes(img, t, "00000000");
	p9ld_export(img, "inner", "Inner1", at(2, 1));
	p9ld_export(img, "inner", "Inner2", at(3, 1));
	p9ld_set_got_policy(img, P9LD_GOT_NONE);
	size_t len, n;
	uint8_t *f = link_ok(img, &d, &len);
	const uint8_t *s = syms_of(f, &n);
	expect e = { .vs = 4 };
	put(&e, 0x1020, 't', "_start");
	put(&e, 0x1024, 't', "inner");
	put(&e, 0x1024, 'T', "Inner1");
	put(&e, 0x1024, 'T', "Inner2");
	assert_int_equal(n, e.n);
	assert_memory_equal(s, e.b, e.n);
	uint64_t v;
	assert_int_equal(p9ld_lookup(img, "Inner2", &v), 0);
	assert_int_equal(v, 0x1024);
	free(f);
	p9ld_image_free(img);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(order_and_letters_386),
		cmocka_unit_test(eight_byte_values_amd64),
		cmocka_unit_test(mips64_values_and_edata_letter),
		cmocka_unit_test(aliases_in_export_order),
		cmocka_unit_test(specials_by_use_and_strip),
		cmocka_unit_test(label_aliases),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
