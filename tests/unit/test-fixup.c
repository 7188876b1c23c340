/* Every fixup kind: absolute widths and orders, pointer-sized, pc-relative
 * (both signs), GOT slots, sizeof, general expressions, and range errors. */
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

/* Text of a linked single-text-atom image, after the header. */
static uint8_t *text_of(p9ld_image *img, diags *d, size_t *len)
{
	uint8_t *f = link_ok(img, d, len);
	thdr h = read_hdr(f);
	memmove(f, f + h.size, h.text);
	*len = h.text;
	return f;
}

static void absolute_widths_and_orders(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = image_for("power", &d);   /* big-endian */
	p9ld_atom *t = atom(img, P9LD_TEXT, "_start", 1, 0);
	p9ld_const(img, "K", num(img, 0x0102030405060708), at(1, 1));
	p9ld_emit_value(img, t, sym(img, "K"), 8, P9LD_ORDER_ARCH, at(2, 1));
	p9ld_emit_value(img, t, sym(img, "K"), 8, P9LD_ORDER_LITTLE, at(2, 1));
	p9ld_emit_value(img, t, num(img, 0x1234), 2, P9LD_ORDER_ARCH, at(3, 1));
	p9ld_emit_value(img, t, num(img, 0x1234), 2, P9LD_ORDER_LITTLE, at(3, 1));
	p9ld_emit_value(img, t, num(img, -1), 4, P9LD_ORDER_BIG, at(3, 1));
	p9ld_emit_value(img, t, num(img, 0xfe), 1, P9LD_ORDER_ARCH, at(3, 1));
	p9ld_emit_value(img, t, num(img, -128), 1, P9LD_ORDER_ARCH, at(3, 1));
	p9ld_emit_value(img, t, sym(img, "_start"), 4, P9LD_ORDER_LITTLE, at(3, 1));
	size_t len;
	uint8_t *x = text_of(img, &d, &len);
	static const uint8_t want[] = {
		1, 2, 3, 4, 5, 6, 7, 8,  8, 7, 6, 5, 4, 3, 2, 1,
		0x12, 0x34,  0x34, 0x12,  0xff, 0xff, 0xff, 0xff,  0xfe,  0x80,
		0x20, 0x00, 0x10, 0x00,  /* 0x100020 little-endian */
	};
	assert_int_equal(len, sizeof want);
	assert_memory_equal(x, want, sizeof want);
	free(x);
	p9ld_image_free(img);
}

static void pointer_sized(void **state)
{
	(void)state;
	static const struct { const char *arch; unsigned w; int big; uint64_t base; } cases[] = {
		{ "386", 4, 0, 0x1020 }, { "amd64", 8, 0, 0x200028 },
		{ "mips", 4, 1, 0x4020 }, { "mips64", 8, 1, 0x4020 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		diags d;
		p9ld_image *img = image_for(cases[i].arch, &d);
		p9ld_atom *t = atom(img, P9LD_TEXT, "_start", 0, 0);
		p9ld_emit_addr(img, t, p9ld_expr_binary(img, P9LD_ADD, sym(img, "_start"),
							num(img, 3), at(1, 1)), at(1, 1));
		size_t len;
		uint8_t *x = text_of(img, &d, &len);
		assert_int_equal(len, cases[i].w);
		uint64_t v = cases[i].big ? (cases[i].w == 8 ? rd_be64(x) : rd_be32(x))
					  : rd_le(x, cases[i].w);
		assert_int_equal(v, cases[i].base + 3);
		free(x);
		p9ld_image_free(img);
	}
}

/* pcrel: target - (field address + width), forward and backward. */
static void pc_relative_both_signs(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = image_for("386", &d);
	p9ld_atom *t = atom(img, P9LD_TEXT, "_start", 0, 0);
	bytes(img, t, "e8");                               /* call fwd */
	p9ld_emit_pcrel(img, t, sym(img, "fwd"), 4, at(1, 1));
	bytes(img, t, "eb");                               /* jmp _start */
	p9ld_emit_pcrel(img, t, sym(img, "_start"), 1, at(2, 1));
	bytes(img, t, "90 90 90");
	bytes(img, atom(img, P9LD_TEXT, "fwd", 0, 0), "c3");
	size_t len;
	uint8_t *x = text_of(img, &d, &len);
	/* fwd at 0x1020 + 10 = 0x102a; call field at 0x1021, next 0x1025: +5 */
	static const uint8_t want[] = { 0xe8, 5, 0, 0, 0, 0xeb, 0xf9, 0x90, 0x90, 0x90, 0xc3 };
	/* jmp field at 0x1026, next 0x1027: 0x1020 - 0x1027 = -7 = 0xf9 */
	assert_memory_equal(x, want, sizeof want);
	free(x);
	p9ld_image_free(img);
}

static void got_sizeof_dot_and_differences(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = image_for("arm", &d);
	p9ld_atom *t = atom(img, P9LD_TEXT, "_start", 0, 0);
	p9ld_emit_value(img, t, p9ld_expr_got(img, "v", at(1, 1)), 4, P9LD_ORDER_ARCH, at(1, 1));
	p9ld_emit_value(img, t, p9ld_expr_sizeof(img, "v", at(1, 1)), 4, P9LD_ORDER_ARCH, at(1, 1));
	p9ld_emit_value(img, t, p9ld_expr_dot(img, t), 4, P9LD_ORDER_ARCH, at(1, 1));
	p9ld_emit_value(img, t, p9ld_expr_binary(img, P9LD_SUB, sym(img, "v"), sym(img, "__GOT"), at(1, 1)),
			4, P9LD_ORDER_ARCH, at(1, 1));
	p9ld_emit_value(img, t, p9ld_expr_binary(img, P9LD_SUB, p9ld_expr_got(img, "etext", at(1, 1)),
						 sym(img, "__GOT"), at(1, 1)),
			2, P9LD_ORDER_ARCH, at(1, 1));
	p9ld_emit_zero(img, t, 2, at(1, 1));
	p9ld_atom *v = atom(img, P9LD_DATA, "v", 0, 0);
	bytes(img, v, "01 02 03");
	size_t len;
	uint8_t *x = text_of(img, &d, &len);
	/* text 0x1020..0x1034; data base 0x2000; GOT: _start, v, etext */
	assert_int_equal(rd_le(x + 0, 4), 0x2004);      /* got(v) = slot 1 */
	assert_int_equal(rd_le(x + 4, 4), 3);           /* sizeof(v) */
	assert_int_equal(rd_le(x + 8, 4), 0x1028);      /* . */
	assert_int_equal(rd_le(x + 12, 4), 12);         /* v - __GOT */
	assert_int_equal(rd_le(x + 16, 2), 8);          /* got(etext) - __GOT */
	free(x);
	p9ld_image_free(img);
}

/* Every operator with C precedence left to the caller; arithmetic wraps. */
static void expression_operators(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = image_for("amd64", &d);
	struct { p9ld_op op; int64_t a, b, want; } cases[] = {
		{ P9LD_MUL, 6, 7, 42 }, { P9LD_DIV, -7, 2, -3 }, { P9LD_MOD, -7, 2, -1 },
		{ P9LD_ADD, INT64_MAX, 1, INT64_MIN }, { P9LD_SUB, 1, 2, -1 },
		{ P9LD_SHL, 1, 63, INT64_MIN }, { P9LD_SHR, -16, 2, -4 },
		{ P9LD_AND, 0xf0, 0x3c, 0x30 }, { P9LD_XOR, 0xf0, 0x3c, 0xcc },
		{ P9LD_OR, 0xf0, 0x0f, 0xff }, { P9LD_DIV, INT64_MIN, -1, INT64_MIN },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		int64_t v;
		p9ld_expr *e = p9ld_expr_binary(img, cases[i].op, num(img, cases[i].a),
						num(img, cases[i].b), at(1, 1));
		assert_int_equal(p9ld_expr_const(img, e, &v), 0);
		assert_int_equal(v, cases[i].want);
	}
	int64_t v;
	assert_int_equal(p9ld_expr_const(img, p9ld_expr_unary(img, P9LD_NEG, num(img, 5), at(1, 1)), &v), 0);
	assert_int_equal(v, -5);
	assert_int_equal(p9ld_expr_const(img, p9ld_expr_unary(img, P9LD_NOT, num(img, 0), at(1, 1)), &v), 0);
	assert_int_equal(v, -1);
	p9ld_const(img, "A", num(img, 40), at(1, 1));
	assert_int_equal(p9ld_expr_const(img, p9ld_expr_binary(img, P9LD_ADD, sym(img, "A"), num(img, 2), at(1, 1)), &v), 0);
	assert_int_equal(v, 42);
	assert_int_equal(d.errors, 0);

	assert_int_equal(p9ld_expr_const(img, p9ld_expr_binary(img, P9LD_MOD, num(img, 1), num(img, 0), at(7, 9)), &v), -1);
	assert_string_equal(d.text, "t.p9:7:9: error: remainder by zero\n");
	p9ld_image_free(img);
}

static void range_errors(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = image_for("386", &d);
	p9ld_atom *t = atom(img, P9LD_TEXT, "_start", 0, 0);
	/* immediate values are checked at once */
	assert_int_equal(p9ld_emit_value(img, t, num(img, 256), 1, P9LD_ORDER_ARCH, at(3, 5)), -1);
	assert_int_equal(p9ld_emit_value(img, t, num(img, -129), 1, P9LD_ORDER_ARCH, at(4, 5)), -1);
	assert_int_equal(p9ld_emit_value(img, t, num(img, 255), 1, P9LD_ORDER_ARCH, at(4, 5)), 0);
	assert_int_equal(p9ld_emit_value(img, t, num(img, 0x100000000), 4, P9LD_ORDER_ARCH, at(4, 5)), -1);
	assert_string_equal(d.text,
		"t.p9:3:5: error: value 256 does not fit in 1 byte\n"
		"t.p9:4:5: error: value -129 does not fit in 1 byte\n"
		"t.p9:4:5: error: value 4294967296 does not fit in 4 bytes\n");
	p9ld_image_free(img);

	/* fixups after layout: an address in one byte, a pcrel8 too far */
	img = image_for("386", &d);
	t = atom(img, P9LD_TEXT, "_start", 0, 0);
	p9ld_emit_value(img, t, sym(img, "far"), 1, P9LD_ORDER_ARCH, at(5, 2));
	p9ld_emit_pcrel(img, t, sym(img, "far"), 1, at(6, 2));
	p9ld_emit_zero(img, t, 200, at(7, 1));
	bytes(img, atom(img, P9LD_TEXT, "far", 0, 0), "c3");
	p9ld_emit_value(img, t, sym(img, "far"), 2, P9LD_ORDER_ARCH, at(8, 2));
	link_fails(img, &d, "");
	assert_string_equal(d.text,
		/* _start is 1 + 1 + 200 + 2 bytes, so far is at 0x10ec */
		"t.p9:5:2: error: value 0x10ec (4332) does not fit in 1 byte\n"
		"t.p9:6:2: error: pc-relative displacement 202 does not fit in 1 signed byte\n");
	p9ld_image_free(img);

	/* the edges that do fit: pcrel8 of +127 and -128 */
	img = image_for("386", &d);
	t = atom(img, P9LD_TEXT, "_start", 0, 0);
	p9ld_label(img, t, "back", at(1, 1));
	p9ld_emit_zero(img, t, 127, at(1, 1));
	p9ld_emit_pcrel(img, t, sym(img, "back"), 1, at(1, 1));   /* 0 - 128 */
	p9ld_emit_pcrel(img, t, sym(img, "ahead"), 1, at(1, 1));
	p9ld_emit_zero(img, t, 127, at(1, 1));
	p9ld_label(img, t, "ahead", at(1, 1));
	size_t len;
	uint8_t *x = text_of(img, &d, &len);
	assert_int_equal(x[127], 0x80);
	assert_int_equal(x[128], 0x7f);
	free(x);
	p9ld_image_free(img);
}

/* Equal strings share one atom, named in order of first use, NUL added. */
static void anonymous_strings(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = image_for("386", &d);
	p9ld_atom *t = atom(img, P9LD_TEXT, "_start", 0, 0);
	p9ld_emit_addr(img, t, p9ld_expr_string(img, "hi", 2, at(1, 1)), at(1, 1));
	p9ld_emit_addr(img, t, p9ld_expr_string(img, "yo", 2, at(2, 1)), at(2, 1));
	p9ld_emit_addr(img, t, p9ld_expr_string(img, "hi", 2, at(3, 1)), at(3, 1));
	p9ld_emit_addr(img, t, p9ld_expr_string(img, "h\0i", 3, at(3, 1)), at(3, 1));
	p9ld_set_got_policy(img, P9LD_GOT_NONE);
	size_t len;
	uint8_t *f = link_ok(img, &d, &len);
	thdr h = read_hdr(f);
	assert_int_equal(rd_le(f + 32, 4), 0x2000);
	assert_int_equal(rd_le(f + 36, 4), 0x2003);
	assert_int_equal(rd_le(f + 40, 4), 0x2000);
	assert_int_equal(rd_le(f + 44, 4), 0x2006);
	assert_int_equal(h.data, 10);
	assert_memory_equal(f + 32 + 16, "hi\0yo\0h\0i\0", 10);
	uint64_t v;
	assert_int_equal(p9ld_lookup(img, "__anon_1", &v), 0);
	assert_int_equal(v, 0x2003);
	free(f);
	p9ld_image_free(img);
}

/* A linked image's fixups are in its bytes and their records gone: it
 * takes no more. */
static void no_fixup_after_link(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = image_for("amd64", &d);
	p9ld_atom *s = atom(img, P9LD_TEXT, "_start", 0, 0);
	p9ld_emit_pcrel(img, s, p9ld_expr_name(img, "_start", at(1, 9)), 4, at(1, 2));
	free(link_ok(img, &d, &(size_t){ 0 }));
	assert_int_equal(p9ld_emit_pcrel(img, s, p9ld_expr_name(img, "_start", at(2, 9)),
					 4, at(2, 2)), -1);
	assert_string_equal(d.text, "t.p9:2:2: error: cannot add a value to '_start': "
			    "the image is already linked\n");
	p9ld_image_free(img);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(absolute_widths_and_orders),
		cmocka_unit_test(no_fixup_after_link),
		cmocka_unit_test(pointer_sized),
		cmocka_unit_test(pc_relative_both_signs),
		cmocka_unit_test(got_sizeof_dot_and_differences),
		cmocka_unit_test(expression_operators),
		cmocka_unit_test(range_errors),
		cmocka_unit_test(anonymous_strings),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
