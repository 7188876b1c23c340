/*
 * The object layer: ELF relocatable objects and ar archives as input
 * (objects.md), read with elfutils' libelf.  An object's sections become
 * atoms, its symbols names and labels, its relocations fixups whose rows
 * are in relocs/.  Archive members are read when a name they define is
 * wanted, to a fixed point (resolve.c, the link's first pass).
 */
#ifndef P9LD_OBJECTS_H
#define P9LD_OBJECTS_H

#include <gelf.h>

#include "relocs/relocs.h"

/* An input's bytes: mapped privately (writable: relocations patch the
 * sections where they lie, and only the pages they touch are copied),
 * or a copy of a client's buffer. */
typedef struct obj_input {
	char *bytes;
	size_t len;
	bool mapped;
	char *name;                  /* as diagnostics name it */
} obj_input;

typedef struct archive {
	obj_input *in;
	Elf *elf;
	Elf_Arsym *index;            /* the archive's symbol index */
	size_t nindex;
	size_t *members;             /* the offsets the index names, ascending, once */
	bool *loaded;                /* by member: read already */
	size_t nmembers;
	p9ld_place place;
} archive;

/* A common symbol: bss unless something defines the name. */
typedef struct common {
	name *name;
	uint64_t size, align;
	const char *file;
} common;

/* A symbol that must not be in the image when its atom is (ifunc). */
typedef struct refused_sym {
	name *name;
	p9ld_atom *atom;
	const char *file;
} refused_sym;

struct objects {
	vec inputs;                  /* obj_input *: freed with the image */
	vec archives;                /* archive * */
	vec commons;                 /* common */
	vec weak_refs;               /* name *: referred to weakly */
	vec refused_syms;            /* refused_sym */
	uint64_t objects, members;   /* read (members: loaded from archives) */
	uint64_t sections, dropped_sections, dropped_bytes;
};

/* objects.c */
struct objects *objects_of(p9ld_image *img);    /* made on first use */
obj_input *input_map(p9ld_image *img, const char *path, p9ld_place place);
obj_input *input_copy(p9ld_image *img, const char *name, const void *bytes, size_t n);

/* symorder.c: an object's symbols put in address order for the symbol
 * table, for a big object on a second thread while its relocations are
 * read.  init (with the largest section's size), then local/global for
 * each symbol, start, and finish (which gives the atoms their slices);
 * free in any case. */
typedef struct sym_order {
	uint64_t *keys;
	uint32_t *vals;
	label **globals;             /* NULL: a weak one that yielded */
	size_t n, nglobals, used;
	unsigned sect_shift;         /* a key's section is above this bit */
	const char *strtab;
	obj_sym *syms;
	pthread_t thread;
	bool threaded, ok;
} sym_order;

bool sym_order_init(sym_order *o, size_t nsyms, uint32_t largest);
void sym_order_local(sym_order *o, size_t sect, uint32_t offset, uint32_t str);
void sym_order_global(sym_order *o, size_t sect, uint32_t offset, label *l, bool strong,
		      uint32_t str);
bool sym_order_start(sym_order *o, p9ld_image *img, const char *strtab);
bool sym_order_finish(sym_order *o, p9ld_image *img, p9ld_atom *const *atoms);
void sym_order_free(sym_order *o);

/* Where a symbol is for good, a strong global's or a local's label: its
 * section (0: nowhere yet) and offset.  What a relocation holds when it
 * names the symbol (FIX_IN_ATOM). */
typedef struct sym_place {
	uint32_t sect, offset;
} sym_place;

/* An object being read (elf.c; lines.c reads its DWARF lines). */
typedef struct reader {
	p9ld_image *img;
	struct objects *objs;
	const reloc_table *table;
	const char *file;            /* the object's name in diagnostics */
	char *bytes;
	size_t len;
	Elf *elf;
	GElf_Ehdr eh;
	size_t nsect, shstrndx;
	unsigned flags;              /* P9LD_LAZY */
	p9ld_place place;            /* where the client named it */
	p9ld_atom **atoms;           /* by section index: its atom, or NULL */
	bool *empty;                 /* by section index: empty, its atom not made yet */
	const char **sect_names;     /* by section index */
	Elf_Scn *symtab;
	Elf_Data *syms, *shndx;      /* the symbols; SHN_XINDEX's extension */
	size_t nsyms, strndx;
	const char *strtab;          /* the symbols' string table, ending with a NUL */
	size_t strsize;
	name **names;                /* by symbol index, made when first wanted */
	sym_order order;             /* its symbols, for the symbol table */
	sym_place *places;           /* by symbol index: where it is for good */
	const reloc_row *last_row;   /* the row the last relocation read had */
	int64_t gp0;                 /* mips: the gp the object was assembled for */
	bool debug_line;             /* it has a .debug_line: lines.c reads it */
	bool failed;
} reader;

/* A relocation record, decoded. */
typedef struct rel {
	uint64_t offset;
	size_t sym;
	uint32_t type;
	int64_t addend;
	bool rela;
} rel;

bool reader_rel(reader *r, Elf_Data *d, size_t k, bool rela, rel *out);
bool reader_sym(reader *r, size_t i, GElf_Sym *sym, size_t *shndx);

/* lines.c: the object's DWARF line table into its text atoms' sources
 * and line marks (objects.md section 6). */
void object_lines(reader *r);

/* elf.c: read one object (its bytes IN->bytes + OFF, LEN) into the image. */
bool object_read(p9ld_image *img, obj_input *in, const char *name, char *bytes,
		 size_t len, unsigned flags, p9ld_place place);
/* The arch of an ELF header, or NULL with *WHY set. */
const p9ld_arch *object_arch(const void *bytes, size_t n, const char **why);

/* archive.c */
bool archive_add(p9ld_image *img, obj_input *in, p9ld_place place);
/* Load every member that defines a name still undefined, to a fixed
 * point over all archives. */
bool archives_resolve(p9ld_image *img);
void archive_free(archive *ar);

#endif
