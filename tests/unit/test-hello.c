/*
 * The whole-file test: an amd64 program that writes a message with pwrite
 * and calls exits, built through the C API alone, checked byte for byte
 * against a file worked out by hand below.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

/* Plan 9 amd64: system call number in BP, arguments on the stack from
 * SP+8, SYSCALL.  PWRITE is 51, EXITS is 8 (archs.md). */
static p9ld_image *build_hello(diags *d)
{
	p9ld_image *img = image_for("amd64", d);
	p9ld_atom *t = atom(img, P9LD_TEXT, "_start", 0, P9LD_GLOBAL);
	bytes(img, t, "48 83 ec 28");                  /* sub  $40, SP */
	bytes(img, t, "48 c7 44 24 08 01 00 00 00");   /* movq $1, 8(SP): fd */
	bytes(img, t, "48 8d 05");                     /* lea  msg(IP), AX */
	assert_int_equal(p9ld_emit_pcrel(img, t, sym(img, "msg"), 4, at(4, 1)), 0);
	bytes(img, t, "48 89 44 24 10");               /* mov  AX, 16(SP): buf */
	bytes(img, t, "48 c7 44 24 18");               /* movq $sizeof(msg), 24(SP) */
	assert_int_equal(p9ld_emit_value(img, t, p9ld_expr_sizeof(img, "msg", at(6, 1)),
					 4, P9LD_ORDER_ARCH, at(6, 1)), 0);
	bytes(img, t, "48 c7 44 24 20 ff ff ff ff");   /* movq $-1, 32(SP): offset */
	bytes(img, t, "bd 33 00 00 00");               /* mov  $51, BP: PWRITE */
	bytes(img, t, "0f 05");                        /* syscall */
	bytes(img, t, "48 c7 44 24 08 00 00 00 00");   /* movq $0, 8(SP): exits(nil) */
	bytes(img, t, "bd 08 00 00 00");               /* mov  $8, BP: EXITS */
	bytes(img, t, "0f 05");                        /* syscall */
	p9ld_atom *m = atom(img, P9LD_DATA, "msg", 0, 0);
	assert_int_equal(p9ld_emit_bytes(img, m, "hello, world\n", 13, at(9, 1)), 0);
	return img;
}

static const uint8_t expected[] = {
	/* header: magic 0x8A97 (b = 26, fat), text 0x42, data 0x1d, bss 0,
	 * syms 44, entry 0x200028 & 0x0FFFFFFF, spsz 0, pcsz 0, entry64 */
	0x00, 0x00, 0x8a, 0x97,  0x00, 0x00, 0x00, 0x42,
	0x00, 0x00, 0x00, 0x1d,  0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x2c,  0x00, 0x20, 0x00, 0x28,
	0x00, 0x00, 0x00, 0x00,  0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00,  0x00, 0x20, 0x00, 0x28,
	/* text at 0x200028, 66 bytes */
	0x48, 0x83, 0xec, 0x28,
	0x48, 0xc7, 0x44, 0x24, 0x08, 0x01, 0x00, 0x00, 0x00,
	/* lea: the field is at 0x200038, so disp = 0x400010 - 0x20003c */
	0x48, 0x8d, 0x05, 0xd4, 0xff, 0x1f, 0x00,
	0x48, 0x89, 0x44, 0x24, 0x10,
	0x48, 0xc7, 0x44, 0x24, 0x18, 0x0d, 0x00, 0x00, 0x00,
	0x48, 0xc7, 0x44, 0x24, 0x20, 0xff, 0xff, 0xff, 0xff,
	0xbd, 0x33, 0x00, 0x00, 0x00,
	0x0f, 0x05,
	0x48, 0xc7, 0x44, 0x24, 0x08, 0x00, 0x00, 0x00, 0x00,
	0xbd, 0x08, 0x00, 0x00, 0x00,
	0x0f, 0x05,
	/* data at 0x400000 (etext 0x20006a rounded to 2 MiB): the GOT,
	 * slot 0 _start, slot 1 msg, little-endian */
	0x28, 0x00, 0x20, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x10, 0x00, 0x40, 0x00, 0x00, 0x00, 0x00, 0x00,
	/* msg at 0x400010 */
	'h', 'e', 'l', 'l', 'o', ',', ' ', 'w', 'o', 'r', 'l', 'd', '\n',
	/* symbols: 8-byte big-endian values, letter | 0x80, name, NUL */
	0x00, 0x00, 0x00, 0x00, 0x00, 0x40, 0x00, 0x00, 'd' | 0x80,
	'_', '_', 'G', 'O', 'T', 0,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x40, 0x00, 0x10, 'd' | 0x80,
	'm', 's', 'g', 0,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x20, 0x00, 0x28, 'T' | 0x80,
	'_', 's', 't', 'a', 'r', 't', 0,
};

static void hello_whole_file(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = build_hello(&d);
	size_t len;
	uint8_t *out = link_ok(img, &d, &len);
	assert_int_equal(len, sizeof expected);
	for (size_t i = 0; i < len; i++)
		if (out[i] != expected[i])
			fail_msg("byte %zu: got %#04x, want %#04x", i, out[i], expected[i]);
	free(out);
	p9ld_image_free(img);
}

/* Same inputs, same bytes: two images built apart, and the file written
 * to disk, are identical. */
static void hello_reproducible(void **state)
{
	(void)state;
	diags d1, d2;
	p9ld_image *a = build_hello(&d1), *b = build_hello(&d2);
	size_t la, lb;
	uint8_t *oa = link_ok(a, &d1, &la), *ob = link_ok(b, &d2, &lb);
	assert_int_equal(la, lb);
	assert_memory_equal(oa, ob, la);

	file_is(a, oa, la);
	free(oa);
	free(ob);
	p9ld_image_free(a);
	p9ld_image_free(b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(hello_whole_file),
		cmocka_unit_test(hello_reproducible),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
