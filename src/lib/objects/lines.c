/*
 * Lines from DWARF (objects.md section 6): an object's .debug_line,
 * read with elfutils' libdw, gives its text atoms a source and line
 * marks, so the image's pc/line table and z history name the object's
 * files and lines.
 *
 * An object's DWARF sections are relocatable: a line row's address is
 * 0 plus a relocation against its text section, and riscv's line
 * advances are relocations too.  So the DWARF sections' relocations are
 * applied first, in place (the object's bytes are the image's own), with
 * each allocated section at its file offset -- a place no other
 * allocated section has -- and every other section at 0, so that offsets
 * into .debug_str or .debug_line_str stay offsets.  A row's address then
 * names its section and its offset in it.
 *
 * The files: the compilation unit's own file has its lines as they are;
 * each other file (an inlined header's) is an include of it, its lines
 * after the unit's (engine.h's source_include).  A file is named as the
 * line table names it, less the unit's directory.
 */
#include <elfutils/libdw.h>
#include <stdlib.h>
#include <string.h>

#include "objects/objects.h"

/* Where a relocation's symbol is, with every allocated section at its
 * file offset. */
static bool symbol_at(reader *r, size_t i, int64_t *out)
{
	GElf_Sym sym;
	size_t shndx;
	*out = 0;
	if (i == 0)
		return true;
	if (i >= r->nsyms || !reader_sym(r, i, &sym, &shndx))
		return false;
	*out = (int64_t)sym.st_value;
	if (shndx == SHN_ABS || shndx == SHN_UNDEF || shndx == SHN_COMMON || shndx >= r->nsect)
		return true;
	Elf_Scn *scn = elf_getscn(r->elf, shndx);
	GElf_Shdr sh;
	if (scn && gelf_getshdr(scn, &sh) && (sh.sh_flags & SHF_ALLOC))
		*out += (int64_t)sh.sh_offset;
	return true;
}

/* Apply the relocations of one DWARF section in place. */
static bool relocate(reader *r, Elf_Scn *rscn, const GElf_Shdr *rsh)
{
	Elf_Scn *tscn = elf_getscn(r->elf, rsh->sh_info);
	GElf_Shdr tsh;
	Elf_Data *d = elf_getdata(rscn, NULL);
	if (!tscn || !gelf_getshdr(tscn, &tsh) || !d || tsh.sh_type == SHT_NOBITS ||
	    tsh.sh_offset > r->len || tsh.sh_size > r->len - tsh.sh_offset)
		return false;            /* a section that is not all in the file */
	uint8_t *base = (uint8_t *)r->bytes + tsh.sh_offset;
	bool rela = rsh->sh_type == SHT_RELA, big = r->eh.e_ident[EI_DATA] == ELFDATA2MSB;
	size_t entsize = gelf_fsize(r->elf, rela ? ELF_T_RELA : ELF_T_REL, 1, EV_CURRENT);
	size_t n = entsize ? rsh->sh_size / entsize : 0;
	for (size_t k = 0; k < n; k++) {
		rel x;
		int64_t s;
		if (!reader_rel(r, d, k, rela, &x) || !symbol_at(r, x.sym, &s))
			return false;
		const reloc_row *row = reloc_find(r->table, x.type);
		if (!row || x.offset > tsh.sh_size || tsh.sh_size - x.offset < row->size)
			return false;
		uint8_t *p = base + x.offset;
		int64_t addend = rela ? x.addend : reloc_addend(r->img, row, p);
		if (!reloc_patch(row, p, big, s, addend, tsh.sh_offset + x.offset))
			return false;
	}
	return true;
}

static bool relocate_dwarf(reader *r)
{
	for (size_t i = 1; i < r->nsect; i++) {
		Elf_Scn *scn = elf_getscn(r->elf, i);
		GElf_Shdr sh;
		if (!scn || !gelf_getshdr(scn, &sh) ||
		    (sh.sh_type != SHT_REL && sh.sh_type != SHT_RELA) || sh.sh_info >= r->nsect)
			continue;
		const char *target = r->sect_names[sh.sh_info];
		if (target && strncmp(target, ".debug_", 7) == 0 && !relocate(r, scn, &sh))
			return false;
	}
	return true;
}

/* A line row, at its place in a text atom. */
typedef struct row {
	p9ld_atom *atom;
	uint64_t offset;
	const char *file;            /* libdw's, while the Dwarf lives */
	int line;
	bool end;                    /* the end of a sequence: no line */
} row;

static int by_place(const void *a, const void *b)
{
	const row *x = a, *y = b;
	if (x->atom != y->atom)
		return x->atom->seq < y->atom->seq ? -1 : 1;
	if (x->offset != y->offset)
		return x->offset < y->offset ? -1 : 1;
	return x->end - y->end;      /* a sequence ends before the next begins */
}

/* The text atom holding file offset ADDR, and the offset in it. */
static p9ld_atom *atom_at(reader *r, uint64_t addr, uint64_t *offset)
{
	for (size_t i = 1; i < r->nsect; i++) {
		p9ld_atom *a = r->atoms[i];
		Elf_Scn *scn;
		GElf_Shdr sh;
		if (!a || a->seg != P9LD_TEXT || !(scn = elf_getscn(r->elf, i)) ||
		    !gelf_getshdr(scn, &sh))
			continue;
		if (addr >= sh.sh_offset && addr <= sh.sh_offset + sh.sh_size) {
			*offset = addr - sh.sh_offset;
			return a;
		}
	}
	return NULL;
}

/* FILE less DIR and its slash, and less any leading "./". */
static const char *relative(const char *file, const char *dir)
{
	size_t n = dir ? strlen(dir) : 0;
	if (n && strncmp(file, dir, n) == 0 && file[n] == '/')
		file += n + 1;
	while (file[0] == '.' && file[1] == '/')
		file += 2;
	return file;
}

static bool unit_rows(reader *r, Dwarf_Die *cu, vec *rows, const char **main_file)
{
	Dwarf_Lines *lines;
	size_t n;
	if (dwarf_getsrclines(cu, &lines, &n) != 0)
		return true;             /* a unit without lines */
	Dwarf_Files *files;
	const char *const *dirs = NULL;
	size_t ndirs = 0;
	if (dwarf_getsrcfiles(cu, &files, NULL) == 0)
		dwarf_getsrcdirs(files, &dirs, &ndirs);
	const char *dir = ndirs ? dirs[0] : NULL;
	const char *unit = dwarf_diename(cu);
	if (unit && !*main_file)
		*main_file = relative(unit, dir);
	for (size_t i = 0; i < n; i++) {
		Dwarf_Line *l = dwarf_onesrcline(lines, i);
		Dwarf_Addr addr;
		int line;
		bool end;
		const char *file;
		if (!l || dwarf_lineaddr(l, &addr) || dwarf_lineno(l, &line) ||
		    dwarf_lineendsequence(l, &end) || !(file = dwarf_linesrc(l, NULL, NULL)))
			continue;
		uint64_t offset;
		p9ld_atom *a = atom_at(r, addr, &offset);
		row *x = a ? vec_push(rows) : NULL;
		if (x)
			*x = (row){ a, offset, relative(file, dir), line, end };
	}
	return true;
}

static const source_include *include_of(const source *src, const char *file)
{
	for (uint32_t k = 0; k < src->nincludes; k++)
		if (strcmp(src->includes[k].path, file) == 0)
			return &src->includes[k];
	return NULL;
}

/* The object's files: the unit's own, then each other as an include of
 * it, its lines after the ones before it.  Each row's line becomes a
 * line of that source. */
static bool give_lines(reader *r, vec *rows, const char *main_file)
{
	p9ld_image *img = r->img;
	row *v = rows->data;
	int main_max = 0;
	for (size_t i = 0; i < rows->len; i++)
		if (strcmp(v[i].file, main_file) == 0 && v[i].line > main_max)
			main_max = v[i].line;
	source *src = source_new(img, main_file);
	if (!src)
		return false;
	/* the includes, in the order their files first appear */
	uint32_t next = (uint32_t)main_max + 1;
	for (size_t i = 0; i < rows->len; i++) {
		if (strcmp(v[i].file, main_file) == 0 || include_of(src, v[i].file))
			continue;
		int span = 0;
		for (size_t j = i; j < rows->len; j++)
			if (strcmp(v[j].file, v[i].file) == 0 && v[j].line > span)
				span = v[j].line;
		if (!source_include_add(img, src, v[i].file, next, (uint32_t)span + 1))
			return false;
		next += (uint32_t)span + 1;
	}
	qsort(v, rows->len, sizeof *v, by_place);
	bool ok = true;
	for (size_t i = 0; ok && i < rows->len; i++) {
		if (!atom_source(v[i].atom))
			atom_set_source(img, v[i].atom, src);
		const source_include *inc = include_of(src, v[i].file);
		int64_t line = inc ? (int64_t)inc->base + v[i].line - 1 : (int64_t)v[i].line;
		if (!v[i].end && v[i].line > 0 && v[i].offset < v[i].atom->size)
			ok = atom_mark_line(img, v[i].atom, v[i].offset, line);
	}
	return ok;
}

void object_lines(reader *r)
{
	p9ld_image *img = r->img;
	if (!relocate_dwarf(r)) {
		diag_warning(img, (p9ld_place){ r->file, 0, 0 },
			     "its DWARF sections' relocations cannot be applied: no line information");
		return;
	}
	Dwarf *dw = dwarf_begin_elf(r->elf, DWARF_C_READ, NULL);
	if (!dw) {
		diag_warning(img, (p9ld_place){ r->file, 0, 0 },
			     "its DWARF cannot be read (%s): no line information", dwarf_errmsg(-1));
		return;
	}
	vec rows;
	vec_init(&rows, sizeof(row));
	const char *main_file = NULL;
	Dwarf_Off off = 0, next;
	size_t hsize;
	while (dwarf_nextcu(dw, off, &next, &hsize, NULL, NULL, NULL) == 0) {
		Dwarf_Die cu;
		if (dwarf_offdie(dw, off + hsize, &cu))
			unit_rows(r, &cu, &rows, &main_file);
		off = next;
	}
	if (rows.len && main_file)
		give_lines(r, &rows, main_file);
	vec_free(&rows);
	dwarf_end(dw);
}
