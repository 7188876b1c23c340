/* What an object's relocations and symbols hold (src/lib/objects/elf.c):
 * a relocation against a place nothing can take back (a strong global, a
 * local) holds that place, its atom and offset, and no name; one against
 * a weak global, or with an addend too wide to hold beside the offset,
 * keeps the name.  Each is applied all the same, and a message about one
 * held as a place still names a symbol there.  In the symbol table, a
 * strong global is its name in the object's string table, a weak one
 * its label.  The object is made here, an amd64 ELF of four symbols. */
#include <elf.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "engine/engine.h"

enum { TEXT = 1, RELA, SYMTAB, STRTAB, SHSTRTAB, NSECT };

typedef struct object {
	Elf64_Ehdr eh;
	uint8_t text[32];
	Elf64_Rela rela[4];
	Elf64_Sym syms[5];
	char strtab[32];
	char shstrtab[48];
	Elf64_Shdr sh[NSECT];
} object;

static const char strtab[] = "\0loc\0_start\0g\0w";
static const char shstrtab[] = "\0.text\0.rela.text\0.symtab\0.strtab\0.shstrtab";

static Elf64_Sym symbol(uint32_t str, int bind, uint64_t value)
{
	return (Elf64_Sym){ .st_name = str, .st_info = ELF64_ST_INFO(bind, STT_NOTYPE),
			    .st_shndx = TEXT, .st_value = value };
}

static Elf64_Rela rela(uint64_t offset, uint32_t sym, uint32_t type, int64_t addend)
{
	return (Elf64_Rela){ offset, ELF64_R_INFO(sym, type), addend };
}

/* _start: four fields relocated at 1, 6, 11 and 16, against g (strong,
 * at 8), w (weak, at 12), loc (local, at 20) and g + 2^32 (an addend of
 * more than 32 bits). */
static object make(void)
{
	object o;
	memset(&o, 0, sizeof o);
	memcpy(o.eh.e_ident, ELFMAG, SELFMAG);
	o.eh.e_ident[EI_CLASS] = ELFCLASS64;
	o.eh.e_ident[EI_DATA] = ELFDATA2LSB;
	o.eh.e_ident[EI_VERSION] = EV_CURRENT;
	o.eh.e_type = ET_REL;
	o.eh.e_machine = EM_X86_64;
	o.eh.e_version = EV_CURRENT;
	o.eh.e_ehsize = sizeof o.eh;
	o.eh.e_shoff = offsetof(object, sh);
	o.eh.e_shentsize = sizeof(Elf64_Shdr);
	o.eh.e_shnum = NSECT;
	o.eh.e_shstrndx = SHSTRTAB;
	memset(o.text, 0x90, sizeof o.text);
	o.rela[0] = rela(1, 3, R_X86_64_PC32, -4);
	o.rela[1] = rela(6, 4, R_X86_64_PC32, -4);
	o.rela[2] = rela(11, 1, R_X86_64_PC32, -4);
	o.rela[3] = rela(16, 3, R_X86_64_64, INT64_C(1) << 32);
	o.syms[1] = symbol(1, STB_LOCAL, 20);
	o.syms[2] = symbol(5, STB_GLOBAL, 0);
	o.syms[3] = symbol(12, STB_GLOBAL, 8);
	o.syms[4] = symbol(14, STB_WEAK, 12);
	memcpy(o.strtab, strtab, sizeof strtab);
	memcpy(o.shstrtab, shstrtab, sizeof shstrtab);
	o.sh[TEXT] = (Elf64_Shdr){ .sh_name = 1, .sh_type = SHT_PROGBITS,
				   .sh_flags = SHF_ALLOC | SHF_EXECINSTR,
				   .sh_offset = offsetof(object, text), .sh_size = sizeof o.text,
				   .sh_addralign = 4 };
	o.sh[RELA] = (Elf64_Shdr){ .sh_name = 7, .sh_type = SHT_RELA, .sh_flags = SHF_INFO_LINK,
				   .sh_offset = offsetof(object, rela), .sh_size = sizeof o.rela,
				   .sh_link = SYMTAB, .sh_info = TEXT, .sh_addralign = 8,
				   .sh_entsize = sizeof(Elf64_Rela) };
	o.sh[SYMTAB] = (Elf64_Shdr){ .sh_name = 18, .sh_type = SHT_SYMTAB,
				     .sh_offset = offsetof(object, syms), .sh_size = sizeof o.syms,
				     .sh_link = STRTAB, .sh_info = 2, .sh_addralign = 8,
				     .sh_entsize = sizeof(Elf64_Sym) };
	o.sh[STRTAB] = (Elf64_Shdr){ .sh_name = 26, .sh_type = SHT_STRTAB,
				     .sh_offset = offsetof(object, strtab),
				     .sh_size = sizeof strtab, .sh_addralign = 1 };
	o.sh[SHSTRTAB] = (Elf64_Shdr){ .sh_name = 34, .sh_type = SHT_STRTAB,
				       .sh_offset = offsetof(object, shstrtab),
				       .sh_size = sizeof shstrtab, .sh_addralign = 1 };
	return o;
}

/* The object's one atom, its text. */
static p9ld_atom *text_of(p9ld_image *img)
{
	for (size_t i = 0; i < img->atoms.len; i++) {
		p9ld_atom *a = *(p9ld_atom **)vec_at(&img->atoms, i);
		if (atom_section(a))
			return a;
	}
	fail_msg("no atom of the object's");
	return NULL;
}

static p9ld_image *read_object(diags *d)
{
	p9ld_image *img = image_for("amd64", d);
	object o = make();
	assert_int_equal(p9ld_add_object_mem(img, "o.o", &o, sizeof o, 0, at(1, 1)), 0);
	return img;
}

static void relocations_hold_places(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = read_object(&d);
	p9ld_atom *a = text_of(img);
	assert_int_equal(a->nfixups, 4);
	const fixup *f = a->fixups;
	/* g, strong: its place */
	assert_true(fixup_in_atom(&f[0]));
	assert_ptr_equal(f[0].u.atom, a);
	assert_int_equal(f[0].v.in_atom.offset, 8);
	assert_int_equal(fixup_addend(&f[0]), -4);
	assert_null(fixup_name(&f[0]));
	/* w, weak: its name, which a strong definition may yet take */
	assert_false(fixup_in_atom(&f[1]));
	assert_string_equal(fixup_name(&f[1])->str, "w");
	/* loc, local: its place */
	assert_true(fixup_in_atom(&f[2]));
	assert_int_equal(f[2].v.in_atom.offset, 20);
	/* g + 2^32: the addend does not fit beside the offset */
	assert_false(fixup_in_atom(&f[3]));
	assert_string_equal(fixup_name(&f[3])->str, "g");
	assert_int_equal(fixup_addend(&f[3]), INT64_C(1) << 32);

	size_t len;
	uint8_t *out = link_ok(img, &d, &len);
	const p9ld_arch *arch = p9ld_arch_find("amd64");
	const uint8_t *t = out + arch->header_size;
	uint64_t base = a->addr;
	/* each pc-relative field: target - (field + 4) */
	assert_int_equal(get_uint(t + 1, 4, false), 8 - 5);
	assert_int_equal(get_uint(t + 6, 4, false), 12 - 10);
	assert_int_equal(get_uint(t + 11, 4, false), 20 - 15);
	assert_int_equal(get_uint(t + 16, 8, false), base + 8 + (UINT64_C(1) << 32));
	free(out);
	p9ld_image_free(img);
}

/* A message about a relocation held as a place names a symbol there: a
 * global before a local, a label's name, else the atom's. */
static void places_named_for_messages(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = read_object(&d);
	p9ld_atom *a = text_of(img);
	size_t len;
	free(link_ok(img, &d, &len));  /* the symbols are in order once linked */
	assert_string_equal(atom_symbol_at(a, 8), "g");
	assert_string_equal(atom_symbol_at(a, 12), "w");
	assert_string_equal(atom_symbol_at(a, 20), "loc");
	assert_string_equal(atom_symbol_at(a, 0), "_start");
	assert_string_equal(atom_symbol_at(a, 3), a->name->str);
	p9ld_image_free(img);
}

/* The symbol table's entries: strong globals by name, the weak one by
 * its label, the local by name; written in address order all the same. */
static void strong_globals_by_name(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = read_object(&d);
	p9ld_atom *a = text_of(img);
	size_t len;
	uint8_t *out = link_ok(img, &d, &len);
	const atom_extra *x = a->x;
	assert_int_equal(x->nsyms, 4);
	static const char *const names[] = { "_start", "g", "w", "loc" };
	static const bool strong[] = { true, true, false, false };
	static const bool global[] = { true, true, true, false };
	for (uint32_t i = 0; i < 4; i++) {
		const obj_sym *s = &x->syms[i];
		assert_int_equal(obj_sym_global(s), global[i]);
		assert_int_equal(obj_sym_strong(s), strong[i]);
		assert_int_equal(obj_sym_has_label(s), global[i] && !strong[i]);
		const char *str = obj_sym_has_label(s) ? obj_sym_label(x, s)->name->str
						       : obj_sym_str(x, s);
		assert_string_equal(str, names[i]);
	}
	free(out);
	p9ld_image_free(img);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(relocations_hold_places),
		cmocka_unit_test(places_named_for_messages),
		cmocka_unit_test(strong_globals_by_name),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
