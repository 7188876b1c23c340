/* The pc/line table, decoded back with libmach's pc2line rule for every
 * pc of every marked atom, and the z/f symbols that name the files. */
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

typedef struct mark { uint64_t off; int64_t line; } mark;

static void marks(p9ld_image *img, p9ld_atom *a, const mark *m, size_t n,
		  uint64_t size)
{
	for (size_t i = 0; i < n; i++) {
		p9ld_emit_zero(img, a, m[i].off - p9ld_atom_size(a), at(1, 1));
		assert_int_equal(p9ld_line(img, a, m[i].line, at((uint32_t)i + 1, 1)), 0);
	}
	p9ld_emit_fill(img, a, size - p9ld_atom_size(a), 0x90, at(1, 1));
}

/* Every quantum pc of atom A has the line of the last mark at or before it. */
static void check_atom(const uint8_t *tab, size_t n, uint64_t base, unsigned q,
		       uint64_t addr, const mark *m, size_t nm, uint64_t size)
{
	for (uint64_t off = m[0].off; off < size; off += q) {
		int64_t want = 0;
		for (size_t i = 0; i < nm; i++)
			if (m[i].off <= off)
				want = m[i].line;
		int64_t got = pc2line(tab, n, base, q, addr + off);
		if (got != want)
			fail_msg("pc %#llx: line %lld, want %lld",
				 (unsigned long long)(addr + off), (long long)got, (long long)want);
	}
}

static const mark m_start[] = { { 0, 10 }, { 3, 11 }, { 5, 5 }, { 6, 100000 } };
static const mark m_util[] = { { 0, 7 }, { 2, 7 }, { 4, 1 }, { 200, 70 } };
static const mark m_again[] = { { 0, 3 } };

static void three_runs_386(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = image_for("386", &d);
	assert_int_equal(p9ld_source(img, "/sys/src/hello.s", at(1, 1)), 0);
	p9ld_atom *s = atom(img, P9LD_TEXT, "_start", 0, 0);
	marks(img, s, m_start, 4, 10);
	p9ld_source(img, NULL, at(1, 1));
	p9ld_emit_zero(img, atom(img, P9LD_TEXT, "pad", 0, 0), 300, at(1, 1));
	p9ld_source(img, "lib/util.s", at(1, 1));
	p9ld_atom *u = atom(img, P9LD_TEXT, "util", 0, 0);
	marks(img, u, m_util, 4, 210);
	p9ld_source(img, "/sys/src/hello.s", at(1, 1));
	p9ld_atom *g = atom(img, P9LD_TEXT, "again", 0, 0);
	marks(img, g, m_again, 1, 3);
	p9ld_set_got_policy(img, P9LD_GOT_NONE);

	size_t len;
	uint8_t *f = link_ok(img, &d, &len);
	thdr h = read_hdr(f);
	const uint8_t *tab = f + len - h.pcsz;
	assert_int_equal(h.pcsz % 2, 0);
	/* start at pc 0x101f, line 0: +10; advance 2, +1; advance 1, -6;
	 * 0 and +99995 as a big-endian word */
	static const uint8_t head[] = { 10, 130, 1, 129, 70, 0, 0x00, 0x01, 0x86, 0x9b };
	assert_memory_equal(tab, head, sizeof head);
	check_atom(tab, h.pcsz, 0x1020, 1, 0x1020, m_start, 4, 10);
	check_atom(tab, h.pcsz, 0x1020, 1, 0x1020 + 310, m_util, 4, 210);
	check_atom(tab, h.pcsz, 0x1020, 1, 0x1020 + 520, m_again, 1, 3);

	tsym sy[32];
	size_t n = file_syms(f, len, sy, 32);
	static const struct { char letter; uint64_t value; const char *name; } want[] = {
		{ 'f', 1, "/" }, { 'f', 2, "sys" }, { 'f', 3, "src" }, { 'f', 4, "hello.s" },
		{ 'f', 5, "lib" }, { 'f', 6, "util.s" },
		{ 'z', 1, "/sys/src/hello.s" }, { 'z', 0x7fffffff, "" }, { 't', 0x1020, "_start" },
		{ 't', 0x102a, "pad" },
		{ 'z', 1, "lib/util.s" }, { 'z', 0x7fffffff, "" }, { 't', 0x1156, "util" },
		{ 'z', 1, "/sys/src/hello.s" }, { 'z', 0x7fffffff, "" }, { 't', 0x1228, "again" },
	};
	assert_int_equal(n, sizeof want / sizeof want[0]);
	for (size_t i = 0; i < n; i++) {
		assert_int_equal(sy[i].letter, want[i].letter);
		assert_int_equal(sy[i].value, want[i].value);
		assert_string_equal(sy[i].name, want[i].name);
	}
	/* the raw z name: 0, then components 1 2 3 4 big-endian, then 0 0 */
	const uint8_t *raw = f + h.size + h.text + h.data;
	size_t off = 0;
	for (int i = 0; i < 6; i++)                   /* skip the f symbols */
		off += 4 + 1 + strlen((const char *)raw + off + 5) + 1;
	static const uint8_t z[] = { 0, 0, 0, 1, 0xfa, 0, 0, 1, 0, 2, 0, 3, 0, 4, 0, 0 };
	assert_memory_equal(raw + off, z, sizeof z);
	free(f);
	p9ld_image_free(img);
}

/* arm: quantum 4; big pc gaps need several advance opcodes. */
static void quantum_four_and_long_gaps(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = image_for("arm", &d);
	p9ld_source(img, "a.s", at(1, 1));
	static const mark m[] = { { 0, 1 }, { 8, 2 }, { 4 * 600, 3 }, { 4 * 601, 1000 }, { 4 * 602, 900 } };
	p9ld_atom *s = atom(img, P9LD_TEXT, "_start", 0, 0);
	marks(img, s, m, 5, 4 * 700);
	size_t len;
	uint8_t *f = link_ok(img, &d, &len);
	thdr h = read_hdr(f);
	check_atom(f + len - h.pcsz, h.pcsz, 0x1020, 4, 0x1020, m, 5, 4 * 700);
	free(f);
	p9ld_image_free(img);
}

/* One opcode is padded with 129 to an even length; a mark at the atom's
 * very end carries nothing. */
static void odd_length_padding(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = image_for("amd64", &d);
	p9ld_source(img, "x.s", at(1, 1));
	p9ld_atom *s = atom(img, P9LD_TEXT, "_start", 0, 0);
	p9ld_line(img, s, 4, at(1, 1));
	bytes(img, s, "c3");
	p9ld_line(img, s, 9, at(2, 1));
	size_t len;
	uint8_t *f = link_ok(img, &d, &len);
	thdr h = read_hdr(f);
	assert_int_equal(h.pcsz, 2);
	assert_memory_equal(f + len - 2, "\x04\x81", 2);
	free(f);
	p9ld_image_free(img);
}

static void misplaced_marks(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = image_for("arm", &d);
	p9ld_source(img, "a.s", at(1, 1));
	bytes(img, atom(img, P9LD_TEXT, "_start", 4, 0), "0000");
	p9ld_atom *odd = atom(img, P9LD_TEXT, "odd", 2, 0);
	p9ld_line(img, odd, 3, at(7, 3));
	bytes(img, odd, "0000");
	link_fails(img, &d, "t.p9:7:3: error: line mark at 0x1022 is not on a 4-byte instruction boundary");
	p9ld_image_free(img);

	img = image_for("arm", &d);
	p9ld_atom *t = atom(img, P9LD_TEXT, "_start", 0, 0);
	assert_int_equal(p9ld_line(img, t, 3, at(2, 2)), -1);
	p9ld_source(img, "a.s", at(1, 1));
	p9ld_atom *v = atom(img, P9LD_DATA, "v", 0, 0);
	assert_int_equal(p9ld_line(img, v, 3, at(3, 2)), -1);
	p9ld_atom *w = atom(img, P9LD_TEXT, "w", 0, 0);
	assert_int_equal(p9ld_line(img, w, 0, at(4, 2)), -1);
	assert_string_equal(d.text,
		"t.p9:2:2: error: line mark in '_start', which has no source file\n"
		"t.p9:3:2: error: line marks belong in text atoms ('v' is not text)\n"
		"t.p9:4:2: error: line 0 is out of range (1 to 2147483647)\n");
	p9ld_image_free(img);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(three_runs_386),
		cmocka_unit_test(quantum_four_and_long_gaps),
		cmocka_unit_test(odd_length_padding),
		cmocka_unit_test(misplaced_marks),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
