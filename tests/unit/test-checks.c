/* The checks a user hits: each is a diagnostic at the right place, never
 * an abort or a wrapped value; a failed link writes nothing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "helpers.h"

static void duplicate_names_point_at_both(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = image_for("386", &d);
	p9ld_atom_opts o = { 0, 0, 0 };
	p9ld_atom *a = p9ld_atom_new(img, P9LD_TEXT, "_start", &o, at(1, 6));
	assert_non_null(a);
	assert_null(p9ld_atom_new(img, P9LD_DATA, "_start", &o, at(9, 6)));
	assert_int_equal(p9ld_label(img, a, "_start", at(10, 2)), -1);
	assert_int_equal(p9ld_const(img, "_start", num(img, 1), at(11, 7)), -1);
	assert_int_equal(p9ld_export(img, "_start", "_start", at(12, 8)), -1);
	assert_string_equal(d.text,
		"t.p9:9:6: error: duplicate definition of '_start'\n"
		"t.p9:1:6: note: the other definition of '_start' is here\n"
		"t.p9:10:2: error: duplicate definition of '_start'\n"
		"t.p9:1:6: note: the other definition of '_start' is here\n"
		"t.p9:11:7: error: duplicate definition of '_start'\n"
		"t.p9:1:6: note: the other definition of '_start' is here\n"
		"t.p9:12:8: error: duplicate definition of '_start'\n"
		"t.p9:1:6: note: the other definition of '_start' is here\n");
	/* the image stays usable after errors, but cannot be linked */
	assert_int_equal(p9ld_link(img), -1);
	p9ld_image_free(img);
}

static void reserved_and_malformed_atoms(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = image_for("386", &d);
	p9ld_atom_opts bad_align = { 3, 0, 0 }, leaf = { 0, 0, P9LD_LEAF };
	assert_null(p9ld_atom_new(img, P9LD_DATA, "etext", NULL, at(1, 1)));
	assert_null(p9ld_atom_new(img, P9LD_DATA, "__GOT", NULL, at(2, 1)));
	assert_null(p9ld_atom_new(img, P9LD_DATA, "x", &bad_align, at(3, 1)));
	assert_null(p9ld_atom_new(img, P9LD_DATA, "y", &leaf, at(4, 1)));
	assert_null(p9ld_atom_new(img, P9LD_DATA, "", NULL, at(5, 1)));
	p9ld_atom *b = atom(img, P9LD_BSS, "b", 4, 0);
	assert_int_equal(p9ld_emit_bytes(img, b, "x", 1, at(6, 1)), -1);
	assert_int_equal(p9ld_emit_align(img, b, 8, -1, at(7, 1)), -1);
	assert_int_equal(p9ld_emit_align(img, b, 4, -1, at(7, 1)), 0);
	assert_int_equal(p9ld_emit_value(img, b, num(img, 1), 3, P9LD_ORDER_ARCH, at(8, 1)), -1);
	assert_string_equal(d.text,
		"t.p9:1:1: error: 'etext' is reserved for the linker\n"
		"t.p9:2:1: error: '__GOT' is reserved for the linker\n"
		"t.p9:3:1: error: alignment 0x3 is not a power of two\n"
		"t.p9:4:1: error: only text atoms can be leaf\n"
		"t.p9:5:1: error: empty name\n"
		"t.p9:6:1: error: bss atom 'b' cannot hold bytes (only zero, align and labels)\n"
		"t.p9:7:1: error: align 0x8 is larger than the alignment 0x4 of atom 'b'\n"
		"t.p9:8:1: error: bss atom 'b' cannot hold values (only zero, align and labels)\n");
	p9ld_image_free(img);
}

static void arch_rules(void **state)
{
	(void)state;
	diags d = { .len = 0 };
	p9ld_image *img = p9ld_image_new(collect_diag, &d);
	assert_null(p9ld_atom_new(img, P9LD_TEXT, "_start", NULL, at(1, 1)));
	/* a link refuses to start once an error was reported */
	assert_int_equal(p9ld_link(img), -1);
	assert_int_equal(p9ld_set_arch(img, p9ld_arch_find("arm"), at(2, 1)), 0);
	atom(img, P9LD_TEXT, "_start", 0, 0);
	assert_int_equal(p9ld_set_arch(img, p9ld_arch_find("arm"), at(3, 1)), 0);
	assert_int_equal(p9ld_set_arch(img, p9ld_arch_find("mips"), at(4, 1)), -1);
	assert_string_equal(d.text,
		"t.p9:1:1: error: no arch chosen before the first atom\n"
		"t.p9:4:1: error: cannot change the arch from arm to mips after atoms were added\n");
	p9ld_image_free(img);

	memset(&d, 0, sizeof d);
	img = p9ld_image_new(collect_diag, &d);
	assert_int_equal(p9ld_link(img), -1);
	assert_string_equal(d.text, "error: no arch chosen\n");
	p9ld_image_free(img);
}

static void data_base_below_etext(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = image_for("386", &d);
	p9ld_set_data_base(img, 0x1000, at(3, 11));
	bytes(img, atom(img, P9LD_TEXT, "_start", 0, 0), "c3");
	link_fails(img, &d, "");
	assert_string_equal(d.text, "t.p9:3:11: error: data base 0x1000 is below etext 0x1021\n");
	p9ld_image_free(img);
}

/* 32-bit arches: an address past 2^32 - 1 is an error, not a wrap. */
static void addresses_overflow_the_arch(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = image_for("arm", &d);
	p9ld_set_text_base(img, 0xfffff000, at(1, 1));
	p9ld_atom *t = atom(img, P9LD_TEXT, "_start", 0, 0);
	p9ld_emit_zero(img, t, 0x2000, at(2, 1));
	link_fails(img, &d, "error: _start does not fit the 4-byte addresses of arm");
	p9ld_image_free(img);

	img = image_for("386", &d);
	p9ld_set_text_base(img, 0x100000000ull, at(4, 5));
	bytes(img, atom(img, P9LD_TEXT, "_start", 0, 0), "c3");
	link_fails(img, &d, "t.p9:4:5: error: the text base does not fit the 4-byte addresses of 386");
	p9ld_image_free(img);

	/* data rounding past the top */
	img = image_for("386", &d);
	p9ld_set_text_base(img, 0xfffff800, at(1, 1));
	bytes(img, atom(img, P9LD_TEXT, "_start", 0, 0), "c3");
	link_fails(img, &d, "the data base does not fit the 4-byte addresses of 386");
	p9ld_image_free(img);

	/* 64-bit arches: past 2^64 */
	img = image_for("amd64", &d);
	p9ld_set_text_base(img, 0xfffffffffffffff0ull, at(1, 1));
	p9ld_emit_zero(img, atom(img, P9LD_TEXT, "_start", 0, 0), 0x20, at(1, 1));
	link_fails(img, &d, "_start does not fit the 8-byte addresses of amd64");
	p9ld_image_free(img);
}

static void entry_checks(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = image_for("386", &d);
	bytes(img, atom(img, P9LD_TEXT, "main", 0, 0), "c3");
	link_fails(img, &d, "");
	assert_string_equal(d.text,
		"error: no entry point: '_start' is not defined (name one with 'entry')\n");
	p9ld_image_free(img);

	img = image_for("386", &d);
	bytes(img, atom(img, P9LD_TEXT, "main", 0, 0), "c3");
	bytes(img, atom(img, P9LD_DATA, "table", 0, 0), "00");
	p9ld_set_entry(img, "table", at(2, 7));
	link_fails(img, &d, "");
	assert_string_equal(d.text,
		"t.p9:2:7: error: entry 'table' at 0x2008 is outside text [0x1020, 0x1021)\n");
	p9ld_image_free(img);

	img = image_for("386", &d);
	bytes(img, atom(img, P9LD_TEXT, "main", 0, 0), "c3");
	p9ld_set_entry(img, "mian", at(2, 7));
	link_fails(img, &d, "t.p9:2:7: error: undefined symbol 'mian'; did you mean 'main'?");
	p9ld_image_free(img);

	/* an entry given as an absolute symbol inside text is fine */
	img = image_for("386", &d);
	bytes(img, atom(img, P9LD_TEXT, "main", 0, 0), "90 c3");
	p9ld_symbol(img, "go", num(img, 0x1021), -1, at(1, 1));
	p9ld_set_entry(img, "go", at(2, 7));
	size_t len;
	uint8_t *f = link_ok(img, &d, &len);
	assert_int_equal(read_hdr(f).entry, 0x1021);
	free(f);
	p9ld_image_free(img);
}

static void constants_and_symbols(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = image_for("386", &d);
	bytes(img, atom(img, P9LD_TEXT, "_start", 0, 0), "c3");
	p9ld_const(img, "A", p9ld_expr_binary(img, P9LD_ADD, p9ld_expr_name(img, "_start", at(1, 11)),
					       num(img, 1), at(1, 18)), at(1, 7));
	p9ld_symbol(img, "loop1", p9ld_expr_name(img, "loop2", at(2, 15)), P9LD_TEXT, at(2, 8));
	p9ld_symbol(img, "loop2", p9ld_expr_name(img, "loop1", at(3, 15)), P9LD_TEXT, at(3, 8));
	p9ld_const(img, "C", num(img, 2), at(4, 7));
	p9ld_export(img, "C", NULL, at(5, 8));
	p9ld_symbol(img, "abs", num(img, 2), -1, at(6, 8));
	p9ld_export(img, "abs", NULL, at(7, 8));
	p9ld_export(img, "ghost", NULL, at(8, 8));
	link_fails(img, &d, "");
	assert_string_equal(d.text,
		"t.p9:1:11: error: _start is an address, which is not known before layout\n"
		"t.p9:5:8: error: cannot export 'C': only atoms, labels and absolute symbols can be exported\n"
		"t.p9:7:8: error: cannot export 'abs': an absolute symbol needs a segment (text, data or bss) to be in the symbol table\n"
		"t.p9:8:8: error: undefined symbol 'ghost'\n");
	p9ld_image_free(img);

	img = image_for("386", &d);
	bytes(img, atom(img, P9LD_TEXT, "_start", 0, 0), "c3");
	p9ld_symbol(img, "loop1", p9ld_expr_name(img, "loop2", at(2, 15)), P9LD_TEXT, at(2, 8));
	p9ld_symbol(img, "loop2", p9ld_expr_name(img, "loop1", at(3, 15)), P9LD_TEXT, at(3, 8));
	link_fails(img, &d, "t.p9:2:8: error: 'loop1' is defined in terms of itself");
	p9ld_image_free(img);

	/* a symbol value past the 4-byte symbol field */
	img = image_for("386", &d);
	bytes(img, atom(img, P9LD_TEXT, "_start", 0, 0), "c3");
	p9ld_symbol(img, "big", num(img, 0x100000000), P9LD_DATA, at(4, 8));
	link_fails(img, &d, "t.p9:4:8: error: value 0x100000000 of symbol 'big' does not fit the 4-byte symbol values of 386");
	p9ld_image_free(img);
}

static void error_limit(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = image_for("386", &d);
	p9ld_set_error_limit(img, 2);
	p9ld_atom *t = atom(img, P9LD_TEXT, "_start", 0, 0);
	for (int i = 0; i < 5; i++)
		p9ld_emit_addr(img, t, p9ld_expr_name(img, "nope", at((uint32_t)i + 1, 1)), at(1, 1));
	link_fails(img, &d, "");
	assert_string_equal(d.text,
		"t.p9:1:1: error: undefined symbol 'nope'\n"
		"t.p9:2:1: error: undefined symbol 'nope'\n"
		"error: 3 more errors not shown\n");
	assert_int_equal(p9ld_image_errors(img), 5);
	p9ld_image_free(img);
}

/* On error nothing is created and an existing file is untouched; on success
 * the file is replaced whole, executable. */
static void atomic_write(void **state)
{
	(void)state;
	char dir[] = "/tmp/p9ld-test-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char path[256];
	snprintf(path, sizeof path, "%s/out", dir);

	diags d;
	p9ld_image *img = image_for("386", &d);
	bytes(img, atom(img, P9LD_TEXT, "main", 0, 0), "c3");
	assert_int_equal(p9ld_link(img), -1);
	assert_int_equal(p9ld_write_file(img, path), -1);
	assert_int_equal(access(path, F_OK), -1);
	p9ld_image_free(img);

	FILE *f = fopen(path, "w");
	fputs("precious", f);
	fclose(f);
	img = image_for("386", &d);
	bytes(img, atom(img, P9LD_TEXT, "main", 0, 0), "c3");
	assert_int_equal(p9ld_link(img), -1);
	assert_int_equal(p9ld_write_file(img, path), -1);
	char back[16] = { 0 };
	f = fopen(path, "r");
	assert_int_equal(fread(back, 1, sizeof back, f), 8);
	fclose(f);
	assert_string_equal(back, "precious");
	p9ld_image_free(img);

	/* a directory that does not exist: an error, no stray file */
	img = image_for("386", &d);
	bytes(img, atom(img, P9LD_TEXT, "_start", 0, 0), "c3");
	assert_int_equal(p9ld_link(img), 0);
	char bad[300];
	snprintf(bad, sizeof bad, "%s/no/such/dir/out", dir);
	assert_int_equal(p9ld_write_file(img, bad), -1);
	assert_non_null(strstr(d.text, "cannot create"));
	assert_int_equal(p9ld_write_file(img, path), 0);
	struct stat st;
	assert_int_equal(stat(path, &st), 0);
	assert_true(st.st_mode & S_IXUSR);
	/* header, c3, one GOT slot, __GOT and _start symbols */
	assert_int_equal(st.st_size, 32 + 1 + 4 + (4 + 1 + 6) + (4 + 1 + 7));
	p9ld_image_free(img);

	/* nothing left beside the output */
	char cmd[300];
	snprintf(cmd, sizeof cmd, "test $(ls -A %s | wc -l) -eq 1", dir);
	assert_int_equal(system(cmd), 0);
	unlink(path);
	rmdir(dir);
}

/* sizeof an atom is a constant once the atom is ended, and not before:
 * a trial says which atom a constant waits for; nothing goes into an
 * ended atom. */
static void sizeof_before_layout(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = image_for("386", &d);
	p9ld_atom *t = atom(img, P9LD_TEXT, "_start", 0, 0);
	assert_int_equal(p9ld_emit_bytes(img, t, "\xc3\x90", 2, at(1, 1)), 0);
	assert_int_equal(p9ld_const(img, "K", p9ld_expr_binary(img, P9LD_ADD,
		p9ld_expr_sizeof(img, "_start", at(2, 11)), num(img, 1), at(2, 18)), at(2, 7)), 0);
	int64_t v = -1;
	assert_int_equal(p9ld_sizeof_value(img, "_start", &v), -1);
	assert_int_equal(p9ld_const_value(img, "K", &v), -1);
	assert_string_equal(p9ld_const_waits_for(img, "K"), "_start");
	assert_int_equal(d.len, 0);              /* trials say nothing */
	assert_int_equal(p9ld_expr_const(img, p9ld_expr_sizeof(img, "_start", at(3, 5)), &v), -1);

	p9ld_atom_end(img, t);
	assert_int_equal(p9ld_sizeof_value(img, "_start", &v), 0);
	assert_int_equal(v, 2);
	assert_int_equal(p9ld_const_value(img, "K", &v), 0);
	assert_int_equal(v, 3);
	assert_null(p9ld_const_waits_for(img, "K"));
	assert_int_equal(p9ld_sizeof_value(img, "K", &v), -1);      /* not an atom */
	assert_int_equal(p9ld_emit_bytes(img, t, "\x90", 1, at(4, 1)), -1);
	assert_int_equal(p9ld_emit_zero(img, t, 1, at(5, 1)), -1);
	assert_int_equal(p9ld_emit_value(img, t, num(img, 1), 4, P9LD_ORDER_ARCH, at(6, 1)), -1);
	assert_int_equal(p9ld_atom_size(t), 2);
	assert_string_equal(d.text,
		"t.p9:3:5: error: sizeof(_start) is not known before layout: '_start' is not ended yet\n"
		"t.p9:4:1: error: '_start' is ended: nothing more can go into it\n"
		"t.p9:5:1: error: '_start' is ended: nothing more can go into it\n"
		"t.p9:6:1: error: '_start' is ended: nothing more can go into it\n");
	p9ld_image_free(img);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(duplicate_names_point_at_both),
		cmocka_unit_test(reserved_and_malformed_atoms),
		cmocka_unit_test(arch_rules),
		cmocka_unit_test(data_base_below_etext),
		cmocka_unit_test(addresses_overflow_the_arch),
		cmocka_unit_test(entry_checks),
		cmocka_unit_test(constants_and_symbols),
		cmocka_unit_test(error_limit),
		cmocka_unit_test(sizeof_before_layout),
		cmocka_unit_test(atomic_write),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
