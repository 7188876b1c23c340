/*
 * One ELF relocatable object into the image (objects.md sections 1-4):
 *
 *	check the header: a relocatable object of the link's arch
 *	sections: allocated ones become atoms (text, data, bss), the rest
 *	    are dropped, a few are refused
 *	symbols: globals are names of the one namespace, locals names of
 *	    their own, each a label at its offset in its section's atom
 *	relocations: each a fixup with its target, its addend and its row
 *
 * Every offset, size and index is checked against what holds it before
 * it is used: a damaged object is one error naming the file and what is
 * wrong, never a read out of bounds.
 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "objects/objects.h"

#ifndef STT_GNU_IFUNC
#define STT_GNU_IFUNC 10
#endif

/* ---- diagnostics -------------------------------------------------------- */

static p9ld_place file_place(const reader *r)
{
	return (p9ld_place){ r->file, 0, 0 };
}

static bool damaged(reader *r, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* A damaged or unusable object: one error, and the rest is not read. */
static bool damaged(reader *r, const char *fmt, ...)
{
	char msg[384];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (!r->failed)
		diag_error(r->img, file_place(r), "%s", msg);
	r->failed = true;
	return false;
}

static const char *elf_why(void)
{
	const char *m = elf_errmsg(-1);
	return m ? m : "unknown libelf error";
}

/* ---- the header ---------------------------------------------------------------- */

static const char *class_word(int c)
{
	return c == ELFCLASS32 ? "32-bit" : c == ELFCLASS64 ? "64-bit" : "unknown class";
}

static const char *order_word(int d)
{
	return d == ELFDATA2LSB ? "little-endian" : d == ELFDATA2MSB ? "big-endian"
								   : "unknown byte order";
}

const p9ld_arch *object_arch(const void *bytes, size_t n, const char **why)
{
	const unsigned char *b = bytes;
	if (n < EI_NIDENT || memcmp(b, ELFMAG, SELFMAG) != 0) {
		*why = "not an ELF file";
		return NULL;
	}
	int cls = b[EI_CLASS], data = b[EI_DATA];
	if ((cls != ELFCLASS32 && cls != ELFCLASS64) ||
	    (data != ELFDATA2LSB && data != ELFDATA2MSB)) {
		*why = "an unknown ELF class or byte order";
		return NULL;
	}
	size_t need = cls == ELFCLASS32 ? sizeof(Elf32_Ehdr) : sizeof(Elf64_Ehdr);
	if (n < need) {
		*why = "truncated in its ELF header";
		return NULL;
	}
	/* e_machine is at offset 18 in both classes */
	unsigned machine = data == ELFDATA2MSB ? (unsigned)b[18] << 8 | b[19]
					       : (unsigned)b[19] << 8 | b[18];
	for (size_t i = 0; i < p9ld_arch_count(); i++) {
		const p9ld_arch *a = p9ld_arch_at(i);
		if (a->elf_machine == machine && a->elf_class == (cls == ELFCLASS64 ? 64 : 32) &&
		    a->big_endian == (data == ELFDATA2MSB))
			return a;
	}
	*why = "for a machine no Plan 9 arch runs";
	return NULL;
}

/* Why the identity at the start of the file is no Plan 9 arch's: the
 * first thing wrong, said with the numbers. */
static bool bad_ident(reader *r)
{
	const unsigned char *b = (const unsigned char *)r->bytes;
	if (r->len < SELFMAG || memcmp(b, ELFMAG, SELFMAG) != 0)
		return damaged(r, "not an ELF object: it does not start with \\177ELF");
	if (r->len < EI_NIDENT)
		return damaged(r, "truncated in its ELF header: the file is %zu bytes", r->len);
	int cls = b[EI_CLASS], data = b[EI_DATA];
	if (cls != ELFCLASS32 && cls != ELFCLASS64)
		return damaged(r, "unknown ELF class %d (e_ident[EI_CLASS]: 1 is 32-bit, 2 64-bit)",
			       cls);
	if (data != ELFDATA2LSB && data != ELFDATA2MSB)
		return damaged(r, "unknown ELF byte order %d (e_ident[EI_DATA]: 1 is little-endian, "
			       "2 big-endian)", data);
	size_t need = cls == ELFCLASS32 ? sizeof(Elf32_Ehdr) : sizeof(Elf64_Ehdr);
	if (r->len < need)
		return damaged(r, "truncated in its ELF header: the file is %zu bytes, a %s header "
			       "%zu", r->len, class_word(cls), need);
	unsigned machine = data == ELFDATA2MSB ? (unsigned)b[18] << 8 | b[19]
					       : (unsigned)b[19] << 8 | b[18];
	/* the machine is an arch's, in another class or byte order: say
	 * what that arch's objects are (the one of the same class first) */
	const p9ld_arch *near = NULL;
	for (size_t i = 0; i < p9ld_arch_count(); i++) {
		const p9ld_arch *a = p9ld_arch_at(i);
		if (a->elf_machine == machine &&
		    (!near || a->elf_class == (cls == ELFCLASS64 ? 64 : 32)))
			near = a;
	}
	if (!near)
		return damaged(r, "an object for ELF machine %u, which no Plan 9 arch runs", machine);
	return damaged(r, "a %s %s object for ELF machine %u, which no Plan 9 arch runs (%s "
		       "objects are %s %s)", class_word(cls), order_word(data), machine, near->name,
		       class_word(near->elf_class == 64 ? ELFCLASS64 : ELFCLASS32),
		       order_word(near->big_endian ? ELFDATA2MSB : ELFDATA2LSB));
}

/* The section header table, checked against the file before libelf
 * reads it: libelf quietly reads no sections from a table past the end. */
static bool check_section_table(reader *r)
{
	const GElf_Ehdr *e = &r->eh;
	bool is64 = e->e_ident[EI_CLASS] == ELFCLASS64, big = e->e_ident[EI_DATA] == ELFDATA2MSB;
	size_t size = is64 ? sizeof(Elf64_Shdr) : sizeof(Elf32_Shdr);
	if (e->e_shoff == 0)
		return damaged(r, "it has no section headers (e_shoff is 0)");
	if (e->e_shentsize != size)
		return damaged(r, "its section headers are %u bytes each (e_shentsize), not %zu",
			       e->e_shentsize, size);
	if (e->e_shoff > r->len || r->len - e->e_shoff < size)
		return damaged(r, "its section headers at %#" PRIx64 " (e_shoff) are past the end "
			       "of the file (%#zx bytes)", (uint64_t)e->e_shoff, r->len);
	/* with 0xff00 sections or more, section 0 holds the count and the
	 * name table's index */
	const uint8_t *s0 = (const uint8_t *)r->bytes + e->e_shoff;
	uint64_t n = e->e_shnum ? e->e_shnum : get_uint(s0 + (is64 ? 32 : 20), is64 ? 8 : 4, big);
	if (n == 0)
		return damaged(r, "it has no sections (e_shnum is 0)");
	if (n > (r->len - e->e_shoff) / size)
		return damaged(r, "its %" PRIu64 " section headers at %#" PRIx64 " (e_shoff) run past "
			       "the end of the file (%#zx bytes)", n, (uint64_t)e->e_shoff, r->len);
	uint64_t strndx = e->e_shstrndx != SHN_XINDEX ? e->e_shstrndx
						       : get_uint(s0 + (is64 ? 40 : 24), 4, big);
	if (strndx == 0 || strndx >= n)
		return damaged(r, "its section name table is section %" PRIu64 " (e_shstrndx), of "
			       "%" PRIu64, strndx, n);
	return true;
}

/* Does section SH's content lie in the file?  Every section's but a
 * NOBITS one must (an inactive SHT_NULL one too: lines.c, for one, reads
 * any section a relocation section names). */
static bool in_file(const reader *r, const GElf_Shdr *sh)
{
	return sh->sh_type == SHT_NOBITS ||
	       (sh->sh_offset <= r->len && sh->sh_size <= r->len - sh->sh_offset);
}

static bool past_end(reader *r, size_t i, const char *what, const GElf_Shdr *sh)
{
	return damaged(r, "section %zu (%s) runs past the end of the file (offset %#" PRIx64 ", "
		       "size %#" PRIx64 ", file %#zx)", i, what, (uint64_t)sh->sh_offset,
		       (uint64_t)sh->sh_size, r->len);
}

/* String table I, WHAT to its user: in the file and ending with a NUL,
 * so that every name in it ends. */
static bool check_strtab(reader *r, size_t i, const char *what)
{
	Elf_Scn *scn = elf_getscn(r->elf, i);
	GElf_Shdr sh;
	if (!scn || !gelf_getshdr(scn, &sh))
		return damaged(r, "section header %zu cannot be read: %s", i, elf_why());
	if (sh.sh_type != SHT_STRTAB)
		return damaged(r, "%s, section %zu, is not a string table (type %u)", what, i,
			       (unsigned)sh.sh_type);
	if (!in_file(r, &sh))
		return past_end(r, i, what, &sh);
	if (sh.sh_size == 0 || r->bytes[sh.sh_offset + sh.sh_size - 1] != 0)
		return damaged(r, "%s, section %zu, does not end with a NUL", what, i);
	return true;
}

static bool read_header(reader *r)
{
	const char *why;
	const p9ld_arch *arch = object_arch(r->bytes, r->len, &why);
	if (!arch || r->bytes[EI_VERSION] != EV_CURRENT) {
		if (!arch)
			return bad_ident(r);
		return damaged(r, "ELF version %d (e_ident[EI_VERSION]), not 1",
			       (uint8_t)r->bytes[EI_VERSION]);
	}
	if (!(r->elf = elf_memory(r->bytes, r->len)) || elf_kind(r->elf) != ELF_K_ELF)
		return damaged(r, "not a readable ELF object: %s", elf_why());
	if (!gelf_getehdr(r->elf, &r->eh))
		return damaged(r, "its ELF header cannot be read: %s", elf_why());
	if (r->eh.e_type == ET_EXEC || r->eh.e_type == ET_DYN)
		return damaged(r, "%s, not an object: give a relocatable object (.o)",
			       r->eh.e_type == ET_EXEC ? "an executable" : "a shared object");
	if (r->eh.e_type != ET_REL)
		return damaged(r, "ELF type %u is not a relocatable object", r->eh.e_type);
	if (r->eh.e_version != EV_CURRENT)
		return damaged(r, "ELF version %u (e_version), not 1", (unsigned)r->eh.e_version);
	if (!r->img->arch) {
		if (p9ld_set_arch(r->img, arch, r->place) < 0)
			return damaged(r, "cannot set the arch");
	} else if (r->img->arch != arch) {
		return damaged(r, "%s %s object (%s, %s), but the link is for %s",
			       strchr("aeiou", arch->name[0]) ? "an" : "a", arch->name,
			       class_word(r->bytes[EI_CLASS]), order_word(r->bytes[EI_DATA]),
			       r->img->arch->name);
	}
	r->table = reloc_table_of(arch);
	r->img->relocs = r->table;
	if (!check_section_table(r))
		return false;
	if (elf_getshdrnum(r->elf, &r->nsect) != 0 || elf_getshdrstrndx(r->elf, &r->shstrndx) != 0)
		return damaged(r, "its section headers cannot be read: %s", elf_why());
	if (r->nsect > (size_t)1 << 31)        /* a symbol's sort key holds 31 bits */
		return damaged(r, "it has %zu sections, more than the 2^31 p9ld reads", r->nsect);
	return check_strtab(r, r->shstrndx, "the section name table");
}

/* ---- sections ---------------------------------------------------------------- */

/* What carries nothing a static Plan 9 image uses (objects.md section 2). */
static bool dropped(const char *s)
{
	static const char *const exact[] = {
		".eh_frame", ".reginfo", ".MIPS.abiflags", ".MIPS.options", ".comment",
		".llvm_addrsig", ".note.GNU-stack",
	};
	static const char *const prefixes[] = { ".ARM.exidx", ".ARM.extab", ".note." };
	for (size_t i = 0; i < COUNT_OF(exact); i++)
		if (strcmp(s, exact[i]) == 0)
			return true;
	for (size_t i = 0; i < COUNT_OF(prefixes); i++)
		if (strncmp(s, prefixes[i], strlen(prefixes[i])) == 0)
			return true;
	return false;
}

static const char tls_refusal[] = "thread-local storage has no meaning in a static Plan 9 image";

/* Why a section cannot be in a static Plan 9 image, or NULL. */
static const char *refusal(const GElf_Shdr *sh, const char *s)
{
	static const char *const ctors[] = { ".init_array", ".fini_array", ".ctors", ".dtors",
					     ".preinit_array" };
	if (sh->sh_flags & SHF_TLS)
		return tls_refusal;
	if (sh->sh_type == SHT_INIT_ARRAY || sh->sh_type == SHT_FINI_ARRAY ||
	    sh->sh_type == SHT_PREINIT_ARRAY)
		return "constructors and destructors would never run in a static Plan 9 image";
	for (size_t i = 0; i < COUNT_OF(ctors); i++) {
		size_t n = strlen(ctors[i]);
		if (strncmp(s, ctors[i], n) == 0 && (s[n] == 0 || s[n] == '.'))
			return "constructors and destructors would never run in a static Plan 9 image";
	}
	return NULL;
}

/* The mips gp an object was assembled for (0 in every clang and GNU as
 * object), from .reginfo (o32) or .MIPS.options' ODK_REGINFO (n64). */
static void read_gp0(reader *r, const GElf_Shdr *sh, const char *s)
{
	if (sh->sh_type == SHT_NOBITS)
		return;                  /* no bytes, and its offset is unchecked */
	const uint8_t *p = (const uint8_t *)r->bytes + sh->sh_offset;
	bool big = r->eh.e_ident[EI_DATA] == ELFDATA2MSB;
	if (strcmp(s, ".reginfo") == 0 && sh->sh_size >= 24)
		r->gp0 = (int32_t)get_uint(p + 20, 4, big);
	else if (strcmp(s, ".MIPS.options") == 0 && sh->sh_size >= 40 && p[0] == 1)
		r->gp0 = (int64_t)get_uint(p + 32, 8, big);
}

static bool section_atom(reader *r, size_t i, const GElf_Shdr *sh, const char *s, bool lazy)
{
	p9ld_image *img = r->img;
	if (sh->sh_size > UINT32_MAX)
		return damaged(r, "section %zu (%s) is %#" PRIx64 " bytes, more than an a.out "
			       "segment holds", i, s, (uint64_t)sh->sh_size);
	uint64_t align = sh->sh_addralign ? sh->sh_addralign : 1;
	if (!is_pow2(align))
		return damaged(r, "section %zu (%s) has alignment %#" PRIx64 ", not a power of two",
			       i, s, (uint64_t)align);
	p9ld_segment seg = (sh->sh_flags & SHF_EXECINSTR) ? P9LD_TEXT
			 : sh->sh_type == SHT_NOBITS ? P9LD_BSS : P9LD_DATA;
	if (seg == P9LD_TEXT && sh->sh_type == SHT_NOBITS)
		return damaged(r, "section %zu (%s) is code (SHF_EXECINSTR) with no bytes "
			       "(SHT_NOBITS)", i, s);
	if (seg == P9LD_TEXT && align < img->arch->pc_quantum)
		align = img->arch->pc_quantum;
	/* an object's section is named FILE(SECTION) in the map and in
	 * messages, and is no symbol */
	size_t n = strlen(r->file) + strlen(s) + 2;
	char *title = arena_alloc(&img->arena, n + 1);
	obj_section *sect = arena_alloc(&img->arena, sizeof *sect);
	name *nm = title && sect ? (snprintf(title, n + 1, "%s(%s)", r->file, s),
				    names_private(img, title, n)) : NULL;
	if (!nm) {
		diag_oom(img);
		return false;
	}
	name_settle(img, nm, NAME_ATOM);
	nm->def_place = file_place(r);
	p9ld_atom *a = atom_create(img, seg, nm, align, false);
	if (!a)
		return false;
	sect->file = r->file;
	sect->name = arena_strdup(&img->arena, s, strlen(s));
	sect->refused = refusal(sh, s);
	if (!extra_for(img, a))
		return false;
	a->x->section = sect;
	a->flags = ATOM_UNNAMED;
	/* kept only when something refers to it */
	if (lazy) {
		a->flags |= P9LD_LAZY;
		img->lazy_atoms++;
	}
	if (seg != P9LD_BSS && sh->sh_size) {
		a->bytes = (uint8_t *)r->bytes + sh->sh_offset;
		a->borrowed = true;      /* the image's own: relocations patch it */
	}
	a->size = (uint32_t)sh->sh_size;
	r->atoms[i] = a;
	r->objs->sections++;
	return true;
}

static bool read_sections(reader *r)
{
	r->atoms = calloc(r->nsect ? r->nsect : 1, sizeof *r->atoms);
	r->sect_names = calloc(r->nsect ? r->nsect : 1, sizeof *r->sect_names);
	r->empty = calloc(r->nsect ? r->nsect : 1, sizeof *r->empty);
	if (!r->atoms || !r->sect_names || !r->empty) {
		diag_oom(r->img);
		return false;
	}
	for (size_t i = 1; i < r->nsect; i++) {
		Elf_Scn *scn = elf_getscn(r->elf, i);
		GElf_Shdr sh;
		if (!scn || !gelf_getshdr(scn, &sh))
			return damaged(r, "section header %zu cannot be read: %s", i, elf_why());
		const char *s = elf_strptr(r->elf, r->shstrndx, sh.sh_name);
		if (!s)
			return damaged(r, "section %zu's name (offset %u) is outside the section "
				       "name table", i, (unsigned)sh.sh_name);
		r->sect_names[i] = s;
		if (!in_file(r, &sh))
			return past_end(r, i, s, &sh);
		if (strcmp(s, ".opd") == 0)
			return damaged(r, "an .opd section: an ELFv1 object, and Plan 9 power64 "
				       "needs ELFv2 (compile with -mabi=elfv2)");
		if (sh.sh_type == SHT_SYMTAB) {
			if (r->symtab)
				return damaged(r, "two symbol tables");
			r->symtab = scn;
			continue;
		}
		if (sh.sh_type == SHT_SYMTAB_SHNDX) {
			r->shndx = elf_getdata(scn, NULL);
			continue;
		}
		if (r->table->gp_bias)
			read_gp0(r, &sh, s);
		if (strcmp(s, ".debug_line") == 0)
			r->debug_line = true;
		if (!(sh.sh_flags & SHF_ALLOC) || sh.sh_type == SHT_NULL || sh.sh_type == SHT_GROUP ||
		    dropped(s)) {
			if (sh.sh_flags & SHF_ALLOC) {
				r->objs->dropped_sections++;
				r->objs->dropped_bytes += sh.sh_size;
			}
			continue;
		}
		/* an empty section holds nothing but labels: its atom is made
		 * when a symbol or relocation names it, and is lazy (its
		 * alignment pads nothing unless it is wanted) */
		if (sh.sh_size == 0)
			r->empty[i] = true;
		else if (!section_atom(r, i, &sh, s, r->flags & P9LD_LAZY))
			return false;
	}
	return true;
}

/* Section SHNDX's atom, made now for an empty one; NULL for a dropped
 * section (or when it cannot be made: r->failed says). */
static p9ld_atom *empty_section_atom(reader *r, size_t shndx);

static inline p9ld_atom *section_at(reader *r, size_t shndx)
{
	if (shndx >= r->nsect || r->atoms[shndx] || !r->empty[shndx])
		return shndx < r->nsect ? r->atoms[shndx] : NULL;
	return empty_section_atom(r, shndx);
}

static p9ld_atom *empty_section_atom(reader *r, size_t shndx)
{
	r->empty[shndx] = false;
	Elf_Scn *scn = elf_getscn(r->elf, shndx);
	GElf_Shdr sh;
	if (!scn || !gelf_getshdr(scn, &sh) ||
	    !section_atom(r, shndx, &sh, r->sect_names[shndx], true))
		r->failed = true;
	return r->atoms[shndx];
}

/* ---- symbols ---------------------------------------------------------------- */

/* Symbol I, from the table as libelf gives it (in the host's order and
 * the class's layout: read in place, a million times). */
/* Symbol I read in place, when the table needs no translation: false
 * where it must come through gelf. */
static inline bool sym_in_place(const reader *r, size_t i, GElf_Sym *sym)
{
	if (r->shndx)
		return false;
	if (r->eh.e_ident[EI_CLASS] == ELFCLASS64 && i < r->syms->d_size / sizeof(Elf64_Sym)) {
		*sym = ((const Elf64_Sym *)r->syms->d_buf)[i];
		return true;
	}
	if (r->eh.e_ident[EI_CLASS] == ELFCLASS32 && i < r->syms->d_size / sizeof(Elf32_Sym)) {
		const Elf32_Sym *s = &((const Elf32_Sym *)r->syms->d_buf)[i];
		*sym = (GElf_Sym){ s->st_name, s->st_info, s->st_other, s->st_shndx,
				   s->st_value, s->st_size };
		return true;
	}
	return false;
}

bool reader_sym(reader *r, size_t i, GElf_Sym *sym, size_t *shndx)
{
	Elf32_Word ext = 0;
	if (!sym_in_place(r, i, sym) && !gelf_getsymshndx(r->syms, r->shndx, (int)i, sym, &ext))
		return damaged(r, "symbol %zu cannot be read: %s", i, elf_why());
	if (sym->st_shndx == SHN_XINDEX && !r->shndx)
		return damaged(r, "symbol %zu's section is in an SHT_SYMTAB_SHNDX table (st_shndx "
			       "SHN_XINDEX), and the object has none", i);
	*shndx = sym->st_shndx == SHN_XINDEX ? ext : sym->st_shndx;
	return true;
}

/* Symbol I's name: the string table ends with a NUL (read_symbols), so
 * every offset inside it starts a string that ends. */
static const char *sym_string(reader *r, size_t i, const GElf_Sym *sym)
{
	if (sym->st_name < r->strsize)
		return r->strtab + sym->st_name;
	damaged(r, "symbol %zu's name (offset %u) is outside the string table", i,
		(unsigned)sym->st_name);
	return NULL;
}

/* A local name the Plan 9 symbol table does not get: assembler locals
 * (.L...) and the arch's mapping symbols ($a, $d, $x on arm). */
static bool unwritten(const reader *r, const char *s)
{
	const char *p = r->table->dropped_prefix;
	return !*s || (s[0] == '.' && s[1] == 'L') ||
	       (p && s[0] == p[0] && strncmp(s, p, strlen(p)) == 0);
}

/* A global this object defines. */
typedef struct pending {
	name *name;
	uint32_t sect;
	uint32_t offset;             /* < 4 GiB: an atom's size */
	bool weak;
	uint8_t other;               /* st_other */
} pending;

/* Define the global N at P's place, weak yielding to strong: its label,
 * or NULL when it yields. */
static label *define_global(reader *r, const pending *p)
{
	p9ld_image *img = r->img;
	name *n = p->name;
	p9ld_atom *a = r->atoms[p->sect];
	if (n->kind == NAME_LABEL && (n->bind & BIND_WEAK_DEF) && !p->weak) {
		/* a strong definition takes the name from a weak one */
		n->bind &= (uint8_t)~BIND_WEAK_DEF;
		n->def_place = file_place(r);
	} else if (n->kind != NAME_UNDEF && p->weak) {
		return NULL;             /* a weak one yields */
	} else if (n->kind != NAME_UNDEF && (n->bind & BIND_WEAK_DEF) && n->kind != NAME_LABEL) {
		return NULL;
	} else if (!name_define(img, n, NAME_LABEL, file_place(r))) {
		return NULL;
	}
	label *l = label_add(img, a, n, p->offset);
	if (!l)
		return NULL;
	n->exported = true;
	n->bind |= BIND_OBJECT | (p->weak ? BIND_WEAK_DEF : 0);
	if (r->table == &reloc_power64)
		n->bind = (uint8_t)((n->bind & ~BIND_LOCAL_ENTRY) | (p->other >> 5));
	return l;
}

static bool common_symbol(reader *r, name *n, const GElf_Sym *sym)
{
	common *c = vec_push(&r->objs->commons);
	if (!c) {
		diag_oom(r->img);
		return false;
	}
	c->name = n;
	c->size = sym->st_size;
	c->align = sym->st_value ? sym->st_value : 1;
	c->file = r->file;
	if (!is_pow2(c->align))
		return damaged(r, "common symbol '%s' has alignment %#" PRIx64 ", not a power of two",
			       n->str, (uint64_t)c->align);
	return true;
}

static void note_reference(reader *r, name *n, bool weak)
{
	if (weak && !(n->bind & BIND_WEAK_REF)) {
		name **slot = vec_push(&r->objs->weak_refs);
		if (slot)
			*slot = n;
		else
			diag_oom(r->img);
	}
	n->bind |= weak ? BIND_WEAK_REF : BIND_STRONG_REF;
}

/* Does symbol I's value lie in its section's atom? */
static bool in_section(reader *r, size_t i, const char *s, size_t shndx, const GElf_Sym *sym)
{
	p9ld_atom *a = r->atoms[shndx];
	if (sym->st_value > a->size)
		return damaged(r, "symbol %zu ('%s') at %#" PRIx64 " is past the end of %s "
			       "(%#x bytes)", i, s, (uint64_t)sym->st_value, r->sect_names[shndx],
			       a->size);
	return true;
}

static bool symbol(reader *r, size_t i)
{
	p9ld_image *img = r->img;
	GElf_Sym sym;
	size_t shndx;
	if (!reader_sym(r, i, &sym, &shndx))
		return false;
	int type = GELF_ST_TYPE(sym.st_info), bind = GELF_ST_BIND(sym.st_info);
	bool local = bind == STB_LOCAL;
	if (type == STT_FILE)
		return true;
	if (type == STT_SECTION) {
		if (shndx < r->nsect && r->atoms[shndx])
			r->names[i] = r->atoms[shndx]->name;
		return true;             /* an empty one's: target_name makes it */
	}
	const char *s = sym_string(r, i, &sym);
	if (!s)
		return false;
	if (r->table == &reloc_arm && type == STT_FUNC && (sym.st_value & 1))
		return damaged(r, "symbol '%s' is Thumb code: Plan 9 arm runs ARM state "
			       "(compile with -marm)", s);
	bool special = shndx == SHN_UNDEF || shndx == SHN_ABS || shndx == SHN_COMMON;
	if (!special && (shndx >= r->nsect || !r->sect_names[shndx]))
		return damaged(r, "symbol %zu ('%s') is in section %zu, which does not exist", i, s,
			       shndx);
	if (!special && !section_at(r, shndx))
		return !r->failed;       /* in a dropped section: nothing refers to it */
	/* one defined in .tdata or .tbss is refused with its section, when
	 * that is kept; any other cannot be */
	if (type == STT_TLS && (special || r->atoms[shndx]->x->section->refused != tls_refusal))
		return damaged(r, "symbol '%s' is thread-local: %s", s, tls_refusal);
	if (local) {
		if (shndx == SHN_UNDEF || shndx == SHN_COMMON)
			return damaged(r, "local symbol %zu ('%s') is undefined", i, s);
		if (shndx == SHN_ABS) {
			name *n = names_private(img, s, strlen(s));
			r->names[i] = n;
			return n && symbol_define_value(img, n, (int64_t)sym.st_value, file_place(r));
		}
		if (!in_section(r, i, s, shndx, &sym))
			return false;
		if (unwritten(r, s))
			return true;
		/* written to the symbol table; a name only when a relocation
		 * names it (target_name) */
		sym_order_local(&r->order, shndx, (uint32_t)sym.st_value,
				(uint32_t)(s - r->strtab));
		return true;
	}
	name *n = names_intern(img, s, strlen(s));
	if (!n)
		return false;
	r->names[i] = n;
	bool weak = bind == STB_WEAK;
	if (shndx == SHN_UNDEF) {
		note_reference(r, n, weak);
		return true;
	}
	if (shndx == SHN_COMMON)
		return common_symbol(r, n, &sym);
	if (shndx == SHN_ABS) {
		if (n->kind != NAME_UNDEF && weak)
			return true;
		bool ok = symbol_define_value(img, n, (int64_t)sym.st_value, file_place(r));
		n->bind |= BIND_OBJECT | (weak ? BIND_WEAK_DEF : 0);
		return ok;
	}
	if (!in_section(r, i, s, shndx, &sym))
		return false;
	if (type == STT_GNU_IFUNC) {
		refused_sym *x = vec_push(&r->objs->refused_syms);
		if (!x) {
			diag_oom(img);
			return false;
		}
		*x = (refused_sym){ n, r->atoms[shndx], r->file };
	}
	/* defined now, for the relocations; a weak one may yield */
	label *l = define_global(r, &(pending){ .name = n, .sect = (uint32_t)shndx,
						.offset = (uint32_t)sym.st_value, .weak = weak,
						.other = sym.st_other });
	if (l && !weak)                      /* shndx < nsect <= 2^31 */
		r->places[i] = (sym_place){ (uint32_t)shndx, l->offset };
	sym_order_global(&r->order, shndx, (uint32_t)sym.st_value, l, !weak,
			 (uint32_t)(s - r->strtab));
	return true;
}

/* A global symbol's slot in the name table, fetched before the symbol
 * is read: a million names probe the table at random. */
PREFETCHER prefetch_symbol_slot(reader *r, size_t i)
{
	GElf_Sym sym;
	if (!sym_in_place(r, i, &sym) || GELF_ST_BIND(sym.st_info) == STB_LOCAL ||
	    sym.st_name >= r->strsize)
		return;
	const char *s = r->strtab + sym.st_name;
	names_prefetch(r->img, s, strlen(s));
}

static bool read_symbols(reader *r)
{
	if (!r->symtab)
		return true;             /* an object with no symbols: sections only */
	GElf_Shdr sh;
	if (!gelf_getshdr(r->symtab, &sh))
		return damaged(r, "its symbol table cannot be read: %s", elf_why());
	size_t entsize = gelf_fsize(r->elf, ELF_T_SYM, 1, EV_CURRENT);
	if (sh.sh_entsize != entsize)
		return damaged(r, "its symbol table's entries are %" PRIu64 " bytes (sh_entsize), "
			       "not %zu", (uint64_t)sh.sh_entsize, entsize);
	if (sh.sh_size % entsize)
		return damaged(r, "its symbol table's size %#" PRIx64 " is not a whole number of "
			       "%zu-byte symbols", (uint64_t)sh.sh_size, entsize);
	r->nsyms = sh.sh_size / entsize;
	if (r->nsyms >= OBJ_SYM_STRONG)      /* a global's index must fit in obj_sym */
		return damaged(r, "its symbol table has %zu symbols; p9ld reads at most %u",
			       r->nsyms, OBJ_SYM_STRONG - 1);
	if (sh.sh_info > r->nsyms)
		return damaged(r, "its symbol table's first global (sh_info) is symbol %u, of %zu",
			       (unsigned)sh.sh_info, r->nsyms);
	r->strndx = sh.sh_link;
	if (r->strndx == 0 || r->strndx >= r->nsect)
		return damaged(r, "its symbol table's string table is section %zu (sh_link), of %zu",
			       r->strndx, r->nsect);
	if (!check_strtab(r, r->strndx, "the symbol table's string table"))
		return false;
	if (!(r->syms = elf_getdata(r->symtab, NULL)) || r->syms->d_size < sh.sh_size)
		return damaged(r, "its symbol table cannot be read: %s", elf_why());
	/* room in the symbol table for every symbol, its name at most the
	 * string table (symtab.c reserves it once) */
	Elf_Scn *strscn = elf_getscn(r->elf, r->strndx);
	GElf_Shdr strsh;
	if (!strscn || !gelf_getshdr(strscn, &strsh))
		return damaged(r, "section header %zu cannot be read: %s", r->strndx, elf_why());
	if (strsh.sh_type != SHT_STRTAB || strsh.sh_offset > r->len ||
	    strsh.sh_size > r->len - strsh.sh_offset || strsh.sh_size == 0 ||
	    r->bytes[strsh.sh_offset + strsh.sh_size - 1] != 0)
		return damaged(r, "its symbol table's string table, section %zu, is not a string "
			       "table in the file ending with a NUL", r->strndx);
	if (strsh.sh_size >= OBJ_SYM_GLOBAL)
		return damaged(r, "its symbol table's string table, section %zu, is 2 GiB or more",
			       r->strndx);
	r->strtab = r->bytes + strsh.sh_offset;
	r->strsize = strsh.sh_size;
	r->img->private_names += r->nsyms;
	r->img->name_bytes += strsh.sh_size;
	r->names = calloc(r->nsyms ? r->nsyms : 1, sizeof *r->names);
	r->places = calloc(r->nsyms ? r->nsyms : 1, sizeof *r->places);
	if (!r->names || !r->places) {
		diag_oom(r->img);
		return false;
	}
	uint32_t largest = 0;
	for (size_t i = 1; i < r->nsect; i++)
		if (r->atoms[i] && r->atoms[i]->size > largest)
			largest = r->atoms[i]->size;
	if (!sym_order_init(&r->order, r->nsyms, largest)) {
		diag_oom(r->img);
		return false;
	}
	bool ok = true;
	for (size_t i = 1; ok && i < r->nsyms; i++) {
		if (i + PREFETCH_AHEAD < r->nsyms)
			prefetch_symbol_slot(r, i + PREFETCH_AHEAD);
		ok = symbol(r, i);
	}
	if (ok && !sym_order_start(&r->order, r->img, r->strtab)) {
		diag_oom(r->img);
		ok = false;
	}
	return ok && !r->failed;
}

/* The name a relocation against symbol I refers to: made now for a
 * local label no symbol table gets (riscv's .Lpcrel_hi0). */
static name *target_name(reader *r, size_t i)
{
	if (i == 0)
		return r->img->zero_name;
	if (i >= r->nsyms) {
		damaged(r, "a relocation names symbol %zu of %zu", i, r->nsyms);
		return NULL;
	}
	if (r->names[i])
		return r->names[i];
	GElf_Sym sym;
	size_t shndx;
	if (!reader_sym(r, i, &sym, &shndx))
		return NULL;
	const char *s = sym_string(r, i, &sym);
	if (!s)
		return NULL;
	if (!section_at(r, shndx)) {
		if (r->failed)
			return NULL;
		if (shndx == SHN_UNDEF)
			damaged(r, "a relocation refers to local symbol %zu ('%s'), which is undefined",
				i, s);
		else if (shndx >= r->nsect || !r->sect_names[shndx])
			damaged(r, "a relocation refers to symbol %zu ('%s'), in section %zu, which "
				"does not exist", i, s, shndx);
		else
			damaged(r, "a relocation refers to '%s', in the dropped section %s", s,
				r->sect_names[shndx]);
		return NULL;
	}
	if (GELF_ST_TYPE(sym.st_info) == STT_SECTION)
		return r->names[i] = r->atoms[shndx]->name;
	/* a local named by a relocation: a label of its own (the symbol
	 * table gets it, if at all, from the atom's symbols) */
	name *n = names_private(r->img, s, strlen(s));
	label *l = n ? label_add(r->img, r->atoms[shndx], n, sym.st_value) : NULL;
	if (!l)
		return NULL;
	r->places[i] = (sym_place){ (uint32_t)shndx, l->offset };
	name_settle(r->img, n, NAME_LABEL);
	if (r->table == &reloc_power64)
		n->bind = (uint8_t)(sym.st_other >> 5);
	r->names[i] = n;
	return n;
}

/* Is symbol I local (a section's, or a local name's)? */
static bool local_symbol(reader *r, size_t i)
{
	GElf_Sym sym;
	size_t shndx;
	return i && i < r->nsyms && reader_sym(r, i, &sym, &shndx) &&
	       GELF_ST_BIND(sym.st_info) == STB_LOCAL;
}

/* ---- relocations ------------------------------------------------------------- */

/* Relocation K of D, read in place where its layout is a 64-bit RELA
 * (libelf's is the host's order), through gelf otherwise. */
bool reader_rel(reader *r, Elf_Data *d, size_t k, bool rela, rel *out)
{
	GElf_Rela ra;
	GElf_Rel rl;
	uint64_t info;
	if (rela && r->eh.e_ident[EI_CLASS] == ELFCLASS64 &&
	    k < d->d_size / sizeof(Elf64_Rela)) {
		const Elf64_Rela *x = &((const Elf64_Rela *)d->d_buf)[k];
		out->offset = x->r_offset;
		out->addend = x->r_addend;
		info = x->r_info;
	} else if (rela) {
		if (!gelf_getrela(d, (int)k, &ra))
			return damaged(r, "relocation %zu cannot be read: %s", k, elf_why());
		out->offset = ra.r_offset;
		out->addend = ra.r_addend;
		info = ra.r_info;
	} else {
		if (!gelf_getrel(d, (int)k, &rl))
			return damaged(r, "relocation %zu cannot be read: %s", k, elf_why());
		out->offset = rl.r_offset;
		out->addend = 0;
		info = rl.r_info;
	}
	out->rela = rela;
	/* gelf gives a 32-bit object's r_info in the 64-bit layout too
	 * (symbol in the high word, type in the low) */
	if (r->eh.e_ident[EI_CLASS] == ELFCLASS64 && r->eh.e_machine == EM_MIPS) {
		/* n64: r_sym (32 bits), r_ssym, r_type3, r_type2, r_type, each
		 * in the file's order; read as one host word (libelf's) the
		 * bytes come out reversed on a little-endian file */
		bool big = r->eh.e_ident[EI_DATA] == ELFDATA2MSB;
		uint32_t t1, t2, t3;
		if (big) {
			out->sym = info >> 32;
			t1 = info & 0xff, t2 = (info >> 8) & 0xff, t3 = (info >> 16) & 0xff;
		} else {
			out->sym = info & 0xffffffff;
			t1 = (info >> 56) & 0xff, t2 = (info >> 48) & 0xff, t3 = (info >> 40) & 0xff;
		}
		out->type = t1 | t2 << 8 | t3 << 16;
	} else {
		out->sym = GELF_R_SYM(info);
		out->type = (uint32_t)GELF_R_TYPE(info);
	}
	return true;
}

static p9ld_place rel_place(reader *r, p9ld_atom *a, uint64_t offset)
{
	return object_place(r->img, a, offset);
}

/* REL: a HI16's addend takes its low half from the next LO16 of the same
 * symbol in the section's records (the MIPS psABI's pairing). */
static int64_t paired_low(reader *r, Elf_Data *d, size_t k, size_t n, const rel *hi,
			  p9ld_atom *a)
{
	for (size_t j = k + 1; j < n; j++) {
		rel lo;
		if (!reader_rel(r, d, j, false, &lo))
			return 0;
		if (lo.type == r->table->lo16_type && lo.sym == hi->sym) {
			if (lo.offset > a->size || a->size - lo.offset < 4)
				return 0;       /* reported when that record is read */
			const reloc_row *lr = reloc_find(r->table, lo.type);
			return lr ? reloc_addend(r->img, lr, a->bytes + lo.offset) : 0;
		}
	}
	return 0;
}

/* riscv ALIGN: the padding relaxation would shrink; without relaxation
 * it must already give the alignment. */
static bool align_padding_fits(const reader *r, p9ld_atom *a, const rel *x)
{
	uint64_t pad = (uint64_t)x->addend, align = 1;
	if (pad >= (uint64_t)1 << 32)
		return false;            /* more than an atom holds (and align would wrap) */
	while (align <= pad)
		align *= 2;
	(void)r;
	return atom_align(a) >= align && (x->offset + pad) % align == 0;
}

/* The place a relocation's target is for good, into F (see fixup_in_atom):
 * AT, this object's strong global or local, or TARGET, a label nothing
 * can take back (another object's strong global, a script's).  A weak
 * one may yet yield, a GOT slot is its name's, and power64's local entry
 * is read from the name: those keep the name. */
static bool place_for_good(const reader *r, sym_place at, const name *target, fixup *f)
{
	if (at.sect) {
		f->u.atom = r->atoms[at.sect];
		f->v.in_atom.offset = at.offset;
		return true;
	}
	if (target->kind != NAME_LABEL || (target->bind & BIND_WEAK_DEF))
		return false;
	f->u.atom = target->u.label->atom;
	f->v.in_atom.offset = target->u.label->offset;
	return true;
}

static bool one_relocation(reader *r, p9ld_atom *a, Elf_Data *d, size_t k, size_t n,
			   fixup *f)
{
	p9ld_image *img = r->img;
	rel x;
	if (!reader_rel(r, d, k, d->d_type == ELF_T_RELA, &x))
		return false;
	/* a section's relocations come in runs of one type */
	if (!r->last_row || r->last_row->type != x.type)
		r->last_row = reloc_find(r->table, x.type);
	const reloc_row *row = r->last_row;
	if (x.offset >= a->size) {
		damaged(r, "relocation %zu of %s is at %#" PRIx64 ", outside the section "
			"(%#x bytes)", k, a->x->section->name, x.offset, a->size);
		return false;
	}
	if (x.sym >= r->nsyms && x.sym) {
		damaged(r, "relocation %zu of %s names symbol %zu, and the symbol table has %zu", k,
			a->x->section->name, x.sym, r->nsyms);
		return false;
	}
	if (!row) {
		const char *nm = reloc_type_name(img->arch->elf_machine, x.type);
		if (nm)
			diag_error(img, rel_place(r, a, x.offset), "%s: not supported by p9ld for %s",
				   nm, img->arch->name);
		else
			diag_error(img, rel_place(r, a, x.offset),
				   "relocation type %u: not supported by p9ld for %s",
				   (unsigned)x.type, img->arch->name);
		r->failed = true;
		return false;
	}
	if (row->flags & RR_REFUSED) {
		if (x.type == 43 && img->arch->elf_machine == EM_RISCV &&
		    align_padding_fits(r, a, &x))
			return true;
		diag_error(img, rel_place(r, a, x.offset), "%s: not supported: %s", row->name,
			   row->note);
		r->failed = true;
		return false;
	}
	if (row->value == RV_NONE)
		return true;
	unsigned span = row->field == RF_RISCV_CALL ? 8 : row->size;
	if (a->size - x.offset < span) {
		damaged(r, "relocation %zu (%s) at %#" PRIx64 " runs past the end of %s", k,
			row->name, x.offset, a->x->section->name);
		return false;
	}
	if (row->flags & RR_MODRM) {
		/* 386: with no base register the GOT form is absolute */
		uint8_t modrm = x.offset ? a->bytes[x.offset - 1] : 0;
		const reloc_row *v = (modrm & 0xc7) == 0x05
			? reloc_find(r->table, x.type | r->table->absolute_variant) : NULL;
		if (v)
			row = v;
	}
	if ((row->flags & RR_LOCAL_ONLY) && local_symbol(r, x.sym)) {
		diag_error(img, rel_place(r, a, x.offset), "%s: not supported: %s", row->name,
			   row->note);
		r->failed = true;
		return false;
	}
	/* a place for good needs no name, unless something goes wrong */
	sym_place at = x.sym < r->nsyms ? r->places[x.sym] : (sym_place){ 0, 0 };
	name *target = at.sect ? NULL : target_name(r, x.sym);
	if (!at.sect && !target)
		return false;
	int64_t addend = x.addend;
	if (!x.rela) {
		addend = reloc_addend(img, row, a->bytes + x.offset);
		if (row->flags & RR_HI16_PAIR)
			addend += paired_low(r, d, k, n, &x, a);
	}
	if ((row->flags & RR_NO_ADDEND) && addend) {
		diag_error(img, rel_place(r, a, x.offset), "%s against '%s': addend %#" PRIx64
			   ": the slot holds the symbol's address alone", row->name,
			   (target ? target : r->names[x.sym])->str, (uint64_t)addend);
		r->failed = true;
		return false;
	}
	if (row->value == RV_GPREL && r->gp0 && local_symbol(r, x.sym))
		addend += r->gp0;
	*f = (fixup){ .v.addend = addend, .offset = (uint32_t)x.offset,
		      .reloc = (uint16_t)(row - r->table->rows), .width = row->size,
		      .bits = FIX_RELOC };
	bool slot = reloc_needs_slot(row);
	if (!slot && row->value != RV_PCREL_ENTRY && addend == (int32_t)addend &&
	    place_for_good(r, at, target, f)) {
		f->v.in_atom.addend = (int32_t)addend;
		f->bits |= FIX_IN_ATOM;
		return true;
	}
	f->u.name = target ? target : r->names[x.sym];
	if (slot) {
		f->bits |= FIX_GOT_SLOT;
		img->got_exprs++;
	}
	return true;
}

/* The symbol relocation K names, where it is read in place (a 64-bit
 * RELA of any arch but mips), or SIZE_MAX. */
static size_t rel_sym_in_place(const reader *r, const Elf_Data *d, size_t k)
{
	if (d->d_type != ELF_T_RELA || r->eh.e_ident[EI_CLASS] != ELFCLASS64 ||
	    r->eh.e_machine == EM_MIPS || k >= d->d_size / sizeof(Elf64_Rela))
		return SIZE_MAX;
	size_t sym = ELF64_R_SYM(((const Elf64_Rela *)d->d_buf)[k].r_info);
	return sym < r->nsyms ? sym : SIZE_MAX;
}

/* What relocations further on refer to, fetched ahead in two steps:
 * relocations name symbols in no order, and a symbol's slots (its label
 * for good, its name) must be in the cache before a name they hold can
 * be asked for. */
PREFETCHER prefetch_target(const reader *r, const Elf_Data *d, size_t k)
{
	size_t far = rel_sym_in_place(r, d, k + FIXUP_AHEAD);
	size_t near = rel_sym_in_place(r, d, k + FIXUP_AHEAD / 2);
	if (far != SIZE_MAX) {
		__builtin_prefetch(&r->places[far]);
		__builtin_prefetch(&r->names[far]);
	}
	if (near != SIZE_MAX && !r->places[near].sect && r->names[near])
		__builtin_prefetch(r->names[near]);
}

static int by_offset(const void *a, const void *b)
{
	const fixup *x = a, *y = b;
	if (x->offset != y->offset)
		return x->offset < y->offset ? -1 : 1;
	/* the same place: keep the records' order (riscv ADD then SUB) */
	return x < y ? -1 : x > y;
}

/* The relocations of section SH (a SHT_REL or SHT_RELA) for its atom. */
static bool relocations(reader *r, Elf_Scn *scn, const GElf_Shdr *sh, size_t i)
{
	p9ld_image *img = r->img;
	const char *s = r->sect_names[i];
	if (sh->sh_info == 0 || sh->sh_info >= r->nsect)
		return damaged(r, "relocation section %zu (%s) is for section %u (sh_info), of %zu",
			       i, s, (unsigned)sh->sh_info, r->nsect);
	p9ld_atom *a = r->atoms[sh->sh_info];
	if (!a)
		return true;             /* a dropped section's */
	if (!r->symtab || sh->sh_link != elf_ndxscn(r->symtab))
		return damaged(r, "relocation section %zu (%s) names section %u (sh_link), not the "
			       "symbol table, for its symbols", i, s, (unsigned)sh->sh_link);
	if (a->seg == P9LD_BSS)
		return damaged(r, "relocation section %zu (%s) is for %s, which has no bytes", i, s,
			       r->sect_names[sh->sh_info]);
	if (a->nfixups)
		return damaged(r, "two relocation sections for %s", r->sect_names[sh->sh_info]);
	bool rela = sh->sh_type == SHT_RELA;
	size_t entsize = gelf_fsize(r->elf, rela ? ELF_T_RELA : ELF_T_REL, 1, EV_CURRENT);
	if (sh->sh_entsize != entsize)
		return damaged(r, "relocation section %zu (%s) has %" PRIu64 "-byte records "
			       "(sh_entsize), not %zu", i, s, (uint64_t)sh->sh_entsize, entsize);
	if (sh->sh_size % entsize)
		return damaged(r, "relocation section %zu (%s) is %#" PRIx64 " bytes, not a whole "
			       "number of %zu-byte records", i, s, (uint64_t)sh->sh_size, entsize);
	Elf_Data *d = elf_getdata(scn, NULL);
	if (!d || d->d_type != (rela ? ELF_T_RELA : ELF_T_REL) || d->d_size < sh->sh_size)
		return damaged(r, "relocation section %zu (%s) cannot be read: %s", i, s, elf_why());
	size_t n = sh->sh_size / entsize;
	if (!n)
		return true;
	if (n > UINT32_MAX)
		return damaged(r, "relocation section %zu has too many records", i);
	fixup *fx = arena_alloc(&img->fixups, n * sizeof *fx);
	if (!fx) {
		diag_oom(img);
		return false;
	}
	uint32_t used = 0;
	bool sorted = true;
	for (size_t k = 0; k < n; k++) {
		prefetch_target(r, d, k);
		fixup *f = &fx[used];
		f->u.name = NULL;
		if (!one_relocation(r, a, d, k, n, f)) {
			if (r->failed && !diag_hidden(img))
				continue;    /* every unsupported relocation is said */
			return false;
		}
		if (!f->u.name)
			continue;        /* nothing to do (NONE, RELAX, ...) */
		sorted &= !used || fx[used - 1].offset <= f->offset;
		used++;
	}
	if (!sorted)
		qsort(fx, used, sizeof *fx, by_offset);
	a->fixups = fx;
	a->nfixups = used;
	img->nfixups += used;
	return !r->failed;
}

static bool read_relocations(reader *r)
{
	for (size_t i = 1; i < r->nsect; i++) {
		Elf_Scn *scn = elf_getscn(r->elf, i);
		GElf_Shdr sh;
		if (!scn || !gelf_getshdr(scn, &sh))
			return damaged(r, "section header %zu cannot be read: %s", i, elf_why());
		if ((sh.sh_type == SHT_REL || sh.sh_type == SHT_RELA) &&
		    !relocations(r, scn, &sh, i))
			return false;
	}
	return true;
}

/* ---- the object ---------------------------------------------------------------- */

static void linker_names(reader *r)
{
	p9ld_image *img = r->img;
	if (!img->zero_name && (img->zero_name = names_private(img, "0", 1)))
		symbol_define_value(img, img->zero_name, 0, no_place);
	if (r->table->gp_bias && !img->gp_name)
		img->gp_name = names_intern(img, "_gp", 3);
	if (r->table->toc_bias && !img->toc_name)
		img->toc_name = names_intern(img, ".TOC.", 5);
}

bool object_read(p9ld_image *img, obj_input *in, const char *nm, char *bytes,
		 size_t len, unsigned flags, p9ld_place place)
{
	(void)in;
	struct objects *objs = objects_of(img);
	if (!objs)
		return false;
	reader r = { .img = img, .objs = objs, .file = nm, .bytes = bytes, .len = len,
		     .flags = flags, .place = place };
	bool ok = read_header(&r);
	if (ok)
		linker_names(&r);
	ok = ok && read_sections(&r) && read_symbols(&r) && read_relocations(&r);
	if (!sym_order_finish(&r.order, img, r.atoms) && ok) {
		diag_oom(img);
		ok = false;
	}
	sym_order_free(&r.order);
	if (ok && r.debug_line)
		object_lines(&r);
	if (r.elf)
		elf_end(r.elf);
	free(r.atoms);
	free(r.sect_names);
	free(r.empty);
	free(r.names);
	free(r.places);
	objs->objects++;
	return ok && !r.failed;
}
