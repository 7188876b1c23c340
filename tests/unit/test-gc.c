/* Lazy atoms and --gc: kept only when something kept refers to them, to a
 * fixed point; dropped atoms leave no bytes, no GOT slot and no symbol. */
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

static int has_sym(const uint8_t *f, size_t len, const char *name)
{
	tsym s[64];
	size_t n = file_syms(f, len, s, 64);
	for (size_t i = 0; i < n; i++)
		if (strcmp(s[i].name, name) == 0)
			return 1;
	return 0;
}

static int kept(p9ld_image *img, const char *name)
{
	return p9ld_atom_kept(p9ld_atom_find(img, name));
}

/* _start -> b -> c through fixups; d <- e, both lazy and unreferenced;
 * g only through got(g); an undefined name inside a dropped atom is no
 * error. */
static p9ld_image *chain(diags *d)
{
	p9ld_image *img = image_for("386", d);
	p9ld_atom *s = atom(img, P9LD_TEXT, "_start", 0, 0);
	p9ld_emit_pcrel(img, s, sym(img, "b"), 4, at(1, 1));
	p9ld_emit_addr(img, s, p9ld_expr_got(img, "g", at(1, 1)), at(1, 1));
	p9ld_atom *b = atom(img, P9LD_TEXT, "b", 0, P9LD_LAZY);
	p9ld_emit_addr(img, b, sym(img, "c"), at(2, 1));
	bytes(img, atom(img, P9LD_DATA, "c", 0, P9LD_LAZY), "cc");
	bytes(img, atom(img, P9LD_DATA, "d", 0, P9LD_LAZY), "dd");
	p9ld_atom *e = atom(img, P9LD_DATA, "e", 0, P9LD_LAZY);
	p9ld_emit_addr(img, e, sym(img, "d"), at(3, 1));
	p9ld_emit_addr(img, e, sym(img, "nowhere"), at(3, 1));
	p9ld_emit_addr(img, e, p9ld_expr_string(img, "only-e", 6, at(3, 1)), at(3, 1));
	bytes(img, atom(img, P9LD_DATA, "g", 0, P9LD_LAZY), "99");
	return img;
}

static void lazy_to_a_fixed_point(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = chain(&d);
	size_t len;
	uint8_t *f = link_ok(img, &d, &len);
	assert_true(kept(img, "_start") && kept(img, "b") && kept(img, "c") && kept(img, "g"));
	assert_false(kept(img, "d") || kept(img, "e"));
	assert_false(has_sym(f, len, "d") || has_sym(f, len, "e") || has_sym(f, len, "__anon_0"));
	assert_true(has_sym(f, len, "c"));
	p9ld_info info;
	p9ld_get_info(img, &info);
	assert_int_equal(info.atoms_kept, 4);
	assert_int_equal(info.got_slots, 4);         /* _start b c g */
	thdr h = read_hdr(f);
	assert_int_equal(h.data, 4 * 4 + 2);         /* GOT, c, g: no d, e or string */
	assert_memory_equal(f + 32 + h.text + 16, "\xcc\x99", 2);
	free(f);
	p9ld_image_free(img);
}

/* --gc: even non-lazy atoms go unless the entry or an export reaches them. */
static void gc_roots_are_entry_and_exports(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = image_for("amd64", &d);
	p9ld_set_gc(img, 1);
	p9ld_atom *s = atom(img, P9LD_TEXT, "_start", 0, 0);
	p9ld_emit_pcrel(img, s, sym(img, "used"), 4, at(1, 1));
	bytes(img, atom(img, P9LD_TEXT, "used", 0, 0), "c3");
	bytes(img, atom(img, P9LD_TEXT, "unused", 0, 0), "c3");
	bytes(img, atom(img, P9LD_DATA, "exported", 0, 0), "01");
	p9ld_atom *inner = atom(img, P9LD_DATA, "holder", 0, 0);
	bytes(img, inner, "02");
	p9ld_label(img, inner, "inside", at(4, 1));
	bytes(img, atom(img, P9LD_DATA, "alias_target", 0, 0), "03");
	bytes(img, atom(img, P9LD_DATA, "by_symbol", 0, 0), "04");
	bytes(img, atom(img, P9LD_DATA, "global", 0, P9LD_GLOBAL), "05");
	p9ld_export(img, "exported", NULL, at(5, 1));
	p9ld_export(img, "inside", NULL, at(5, 1));
	p9ld_export(img, "alias_target", "other", at(5, 1));
	p9ld_symbol(img, "sym", sym(img, "by_symbol"), P9LD_DATA, at(6, 1));
	free(link_ok(img, &d, &(size_t){ 0 }));
	assert_true(kept(img, "_start") && kept(img, "used") && kept(img, "exported"));
	assert_true(kept(img, "holder") && kept(img, "alias_target"));
	assert_true(kept(img, "by_symbol") && kept(img, "global"));
	assert_false(kept(img, "unused"));
	uint64_t v;
	assert_int_equal(p9ld_lookup(img, "unused", &v), -1);
	p9ld_image_free(img);
}

/* The entry is a root even when it is lazy. */
static void lazy_entry_is_kept(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = image_for("arm", &d);
	bytes(img, atom(img, P9LD_TEXT, "_start", 0, P9LD_LAZY), "00000000");
	free(link_ok(img, &d, &(size_t){ 0 }));
	assert_true(kept(img, "_start"));
	p9ld_image_free(img);
}

static void last_pass(void *user, const char *pass, double seconds)
{
	(void)seconds;
	*(const char **)user = pass;
}

/* An undefined name in a kept atom is an error at each place of use,
 * found by gc: the link stops there, before layout. */
static void undefined_in_kept_atom(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = image_for("arm", &d);
	const char *ran = NULL;
	p9ld_set_pass_timer(img, last_pass, &ran);
	p9ld_atom *s = atom(img, P9LD_TEXT, "_start", 0, 0);
	bytes(img, atom(img, P9LD_DATA, "counter", 0, 0), "00");
	p9ld_emit_addr(img, s, p9ld_expr_name(img, "countr", at(3, 7)), at(3, 2));
	p9ld_emit_addr(img, s, p9ld_expr_name(img, "zzz", at(4, 7)), at(4, 2));
	p9ld_emit_addr(img, s, p9ld_expr_name(img, "countr", at(5, 7)), at(5, 2));
	link_fails(img, &d, "");
	assert_string_equal(d.text,
		"t.p9:3:7: error: undefined symbol 'countr'; did you mean 'counter'?\n"
		"t.p9:4:7: error: undefined symbol 'zzz'\n"
		"t.p9:5:7: error: undefined symbol 'countr'; did you mean 'counter'?\n");
	assert_string_equal(ran, "gc");
	p9ld_image_free(img);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(lazy_to_a_fixed_point),
		cmocka_unit_test(gc_roots_are_entry_and_exports),
		cmocka_unit_test(lazy_entry_is_kept),
		cmocka_unit_test(undefined_in_kept_atom),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
