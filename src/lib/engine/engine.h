/*
 * The engine's layer: the one header of engine/ (what a client builds:
 * arches, names, atoms, expressions, diagnostics) and link/ (the passes
 * and the writer).  Forward typedefs, then the structs, then prototypes
 * grouped by file.  Below it is base/; beside it, reader/ and objects/.
 */
#ifndef P9LD_ENGINE_H
#define P9LD_ENGINE_H

#include <pthread.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "p9ld/p9ld.h"
#include "base/base.h"

typedef struct name name;
typedef struct label label;
typedef struct alias alias;
typedef struct fixup fixup;
typedef struct line_mark line_mark;
typedef struct source source;

/* ---- names.c: the one namespace ---------------------------------------- */

typedef enum name_kind {
	NAME_UNDEF,     /* referenced, not (yet) defined */
	NAME_ATOM,
	NAME_LABEL,
	NAME_CONST,
	NAME_SYMBOL,    /* absolute symbol */
	NAME_ALIAS,     /* export NAME as ALIAS */
	NAME_SPECIAL,   /* etext, edata, end */
	NAME_GOT,       /* __GOT, _GLOBAL_OFFSET_TABLE_ */
	NAME_DATA_REL   /* the data base plus a bias: _gp, .TOC. (objects.md) */
} name_kind;

/* How objects define and refer to a name (name.bind). */
enum {
	BIND_LOCAL_ENTRY = 7,        /* power64: st_other's local entry code */
	BIND_WEAK_DEF = 8,           /* its definition is weak: a strong one wins */
	BIND_STRONG_REF = 16,        /* an object refers to it, not weakly */
	BIND_WEAK_REF = 32,          /* an object refers to it weakly */
	BIND_OBJECT = 64,            /* an object defines it */
	BIND_COMMON = 128            /* a common symbol's bss atom */
};

typedef enum eval_state { EVAL_NONE, EVAL_BUSY, EVAL_DONE, EVAL_FAILED } eval_state;

/* A constant's or absolute symbol's definition. */
typedef struct name_def {
	p9ld_expr *expr;
	int64_t value;               /* once evaluated (the name's state) */
	uint32_t got_slot;           /* an absolute symbol's, UINT32_MAX: none */
} name_def;

/* 40 bytes and the string: what most names need, since a million-function
 * link has two million. */
struct name {
	uint32_t len;
	uint8_t kind;                /* name_kind */
	uint8_t state;               /* eval_state: NAME_CONST, NAME_SYMBOL */
	int8_t seg;                  /* NAME_SYMBOL: segment, or -1 */
	bool exported;               /* export NAME; or global attribute */
	bool used;                   /* referenced from something kept */
	bool got_used;               /* got(NAME) in something kept */
	bool has_aliases;            /* export NAME as ALIAS: see img->exports */
	uint8_t bind;                /* BIND_*: objects' definitions and uses */
	uint32_t seq;                /* definition order */
	p9ld_place def_place;        /* where it was defined */
	union {
		p9ld_atom *atom;         /* NAME_ATOM */
		label *label;            /* NAME_LABEL */
		name_def *def;           /* NAME_CONST, NAME_SYMBOL */
		alias *alias;            /* NAME_ALIAS */
		int special;             /* NAME_SPECIAL: p9ld_special */
		uint64_t bias;           /* NAME_DATA_REL */
	} u;
	char str[];                  /* the name and a NUL */
};

/* Open addressing; a slot holds the name's hash and length beside the
 * pointer, so a probe reads the record only for a slot whose hash and
 * length match: in practice only the name it looks for.  16 bytes: a
 * million-function link has two million names, and the table's fresh
 * pages are the dearest memory it touches.  A stored hash always has its
 * top bit set; 0 is empty. */
typedef struct name_slot {
	uint32_t hash;
	uint32_t len;
	name *name;
} name_slot;

typedef struct name_table {
	name_slot *slots;
	size_t cap, count;
	size_t mapped;               /* bytes at slots: the table and its room to grow */
	prefault pf;                 /* the upper half, after a grow */
} name_table;

uint32_t name_hash(const char *s, size_t n);
bool name_equal(const char *a, const char *b, size_t n);
name *names_intern(p9ld_image *img, const char *s, size_t n);
/* Fetch the table slot NAME would probe, ahead of interning it. */
void names_prefetch(const p9ld_image *img, const char *s, size_t n);
/* A name of its own, in no table: an object's local symbol or section. */
name *names_private(p9ld_image *img, const char *s, size_t n);
/* N is KIND from now on (the caller fills its u): defined by the linker
 * or a reader, not by name_define's rules. */
void name_settle(p9ld_image *img, name *n, name_kind kind);
name *names_find(const p9ld_image *img, const char *s, size_t n);
void names_free(name_table *t);
const char *names_closest(const p9ld_image *img, const name *n);

/* ---- image.c: the image being built ------------------------------------ */

struct label {
	name *name;
	p9ld_atom *atom;
	label *next;                 /* the atom's labels in order */
	uint32_t offset;
	uint32_t got_slot;           /* UINT32_MAX: none */
};

struct alias {
	name *name;                  /* the alias's own name */
	name *target;
	p9ld_place place;
};

struct line_mark {
	uint64_t offset;
	int64_t line;
	p9ld_place place;
};

/* Another file whose lines a source's atoms hold (an object's inlined
 * header, objects.md section 6): its line L is the source's global line
 * BASE + L - 1, and SPAN lines from BASE are its. */
typedef struct source_include {
	const char *path;
	uint32_t base, span;
} source_include;

/* A source file, for the line table and its z history.  Its own lines
 * are global lines from 1; each include's follow them. */
struct source {
	const char *path;
	uint32_t index;
	bool in_image;               /* some kept text atom comes from it */
	uint32_t nincludes;
	source_include *includes;
};

/* Sources by path, open addressing: each slot the index + 1 of a source
 * in img->sources, 0 empty. */
typedef struct source_table {
	uint32_t *slots;
	size_t cap, count;
} source_table;

/* An object's section, as an atom: where it came from (objects/). */
typedef struct obj_section {
	const char *file;            /* "hello.o", or "libx.a(y.o)" */
	const char *name;            /* ".text" */
	const char *refused;         /* why it cannot be in an image, or NULL */
} obj_section;

/* An object's symbol in its section's atom, as the symbol table gets it,
 * in address order: a weak global's label (which the name may lose to a
 * stronger definition), or the name in the object's own string table of
 * a strong global (whose definition nothing takes back) or a local (a
 * local symbol is written and is nothing else: a relocation that names
 * one makes it a label of its own).  Eight bytes, the object's tables
 * beside them in its atoms' obj_names: a million-symbol object's symbols
 * are sorted, stored and read once each, and writing them chases no
 * label or name, which a symbol table's order scatters. */
typedef struct obj_sym {
	uint32_t offset;
	uint32_t ref;                /* an offset in strtab (a local's);
					OBJ_SYM_GLOBAL | an index in globals;
					OBJ_SYM_GLOBAL | OBJ_SYM_STRONG | an
					offset in strtab */
} obj_sym;

enum { OBJ_SYM_GLOBAL = 1u << 31, OBJ_SYM_STRONG = 1u << 30 };

typedef struct obj_names {
	const char *strtab;          /* ends with a NUL, under 2 GiB */
	label *const *globals;       /* NULL: a weak one that yielded */
} obj_names;

/* What few atoms have: labels, a source file, line marks, the section
 * of an object they are and its symbols. */
typedef struct atom_extra {
	label *labels, *labels_tail;
	source *source;              /* text only */
	vec *marks;                  /* line_mark, in offset order; NULL: none */
	const obj_section *section;  /* an object's section, or NULL */
	const obj_sym *syms;         /* its symbols, in address order */
	const obj_names *sym_names;  /* what their refs index */
	uint32_t nsyms;
} atom_extra;

/* Object symbol S of X: is it a global, a strong one, and its label (a
 * weak global's) or its name (a local's or a strong global's). */
static inline bool obj_sym_global(const obj_sym *s)
{
	return s->ref & OBJ_SYM_GLOBAL;
}

static inline bool obj_sym_strong(const obj_sym *s)
{
	return obj_sym_global(s) && (s->ref & OBJ_SYM_STRONG);
}

static inline bool obj_sym_has_label(const obj_sym *s)
{
	return obj_sym_global(s) && !(s->ref & OBJ_SYM_STRONG);
}

static inline label *obj_sym_label(const atom_extra *x, const obj_sym *s)
{
	return x->sym_names->globals[s->ref & ~OBJ_SYM_GLOBAL];
}

static inline const char *obj_sym_str(const atom_extra *x, const obj_sym *s)
{
	return x->sym_names->strtab +
	       (obj_sym_global(s) ? s->ref & (OBJ_SYM_STRONG - 1) : s->ref);
}

/* An atom's place is its name's definition place.  64 bytes, one cache
 * line: the passes walk millions of them. */
struct p9ld_atom {
	name *name;
	uint8_t *bytes;              /* NULL for bss; capacity: atom_capacity() */
	uint64_t addr;
	fixup *fixups;               /* in order, in img->fixups (fixup_push) */
	atom_extra *x;               /* NULL: none of those */
	uint32_t size;               /* a.out segments are < 4 GiB */
	uint32_t nfixups;
	uint32_t seq;                /* creation order among its kind */
	uint32_t got_slot;           /* UINT32_MAX: none */
	uint8_t seg;                 /* p9ld_segment */
	uint8_t flags;               /* P9LD_LAZY | P9LD_LEAF | P9LD_GLOBAL | ATOM_* */
	uint8_t align_log2;
	uint8_t fill;
	bool anon;                   /* an anonymous string's atom */
	bool kept;
	bool borrowed;               /* bytes are the client's (p9ld_emit_borrowed) */
};

/* Bytes that are not in img->bytes (p9ld_emit_borrowed, an object's
 * section) are borrowed: anything that grows the atom copies them first.
 * A client's are never written; an object's are the image's own
 * (a private mapping, or a copy), and its relocations patch them. */

/* Atom flags beside the public P9LD_LAZY, P9LD_LEAF, P9LD_GLOBAL. */
enum {
	ATOM_UNNAMED = 1 << 6,       /* its name is no symbol: an object's section */
	ATOM_ENDED = 1 << 7          /* p9ld_atom_end: its size is final */
};

static inline const obj_section *atom_section(const p9ld_atom *a)
{
	return a->x ? a->x->section : NULL;
}

/* Is L still its name's definition (not one a stronger one took)? */
static inline bool label_current(const label *l)
{
	return l->name->kind == NAME_LABEL && l->name->u.label == l;
}

static inline label *atom_labels(const p9ld_atom *a)
{
	return a->x ? a->x->labels : NULL;
}

static inline source *atom_source(const p9ld_atom *a)
{
	return a->x ? a->x->source : NULL;
}

static inline vec *atom_marks(const p9ld_atom *a)
{
	return a->x ? a->x->marks : NULL;
}

static inline uint64_t atom_align(const p9ld_atom *a)
{
	return (uint64_t)1 << a->align_log2;
}

/* Where a borrowed atom's bytes come from (p9ld_emit_file_bytes). */
typedef struct file_extent {
	const p9ld_atom *atom;
	int fd;
	uint64_t offset;
} file_extent;

/* export NAME [as ALIAS], kept for the checks and the gc roots. */
typedef struct export_req {
	name *name;
	alias *alias;                /* NULL for a plain export */
	p9ld_place place;
} export_req;

/* Where a fixup's value goes and how it is computed. */
typedef enum fixup_kind { FIX_ABS, FIX_PCREL } fixup_kind;

/* A fixup whose value is a bare name (most are) holds the name itself:
 * no expression node, and the place of the fixup is the name's.  An
 * atom's fixups are an array, in the order they were made.  A script's
 * fixup has the line and column of its place; the file is its atom's,
 * or, for the few a client made elsewhere (FIX_OWN_FILE), found in
 * img->own_files.  An object's relocation (FIX_RELOC) holds its target,
 * its addend and its row in the arch's relocation table instead: its
 * place is its atom's section and offset.  24 bytes: a million-function
 * link has three million of them. */
enum {
	FIX_ORDER = 3,               /* bits: p9ld_order */
	FIX_PCREL_BIT = 4,           /* the kind is FIX_PCREL */
	FIX_BY_NAME = 8,             /* u.name, not u.expr */
	FIX_RELOC = 16,              /* an object's relocation: u.name, addend, reloc */
	FIX_OWN_FILE = 32,           /* its place is in another file than its atom's */
	FIX_GOT_SLOT = 64,           /* FIX_RELOC: it takes a GOT slot for its name */
	FIX_IN_ATOM = 128            /* FIX_RELOC: u.atom and v.in_atom, its target
					a place for good */
};
struct fixup {
	union {
		p9ld_expr *expr;
		name *name;          /* by_name, reloc */
		p9ld_atom *atom;     /* FIX_IN_ATOM */
	} u;
	union {
		struct { uint32_t line, col; } at;   /* a script's place */
		int64_t addend;                      /* FIX_RELOC */
		struct {
			int32_t addend;
			uint32_t offset;     /* of the target in u.atom */
		} in_atom;                           /* FIX_IN_ATOM */
	} v;
	uint32_t offset;             /* in its atom (segments are < 4 GiB) */
	uint16_t reloc;              /* FIX_RELOC: the row in the arch's table */
	uint8_t width;
	uint8_t bits;                /* FIX_* */
};

/* The file of a fixup made with a place in another file than its atom's. */
typedef struct own_file {
	const p9ld_atom *atom;
	uint32_t index;              /* of the fixup in the atom's */
	const char *file;
} own_file;

static inline bool fixup_by_name(const fixup *f) { return f->bits & (FIX_BY_NAME | FIX_RELOC); }
static inline bool fixup_reloc(const fixup *f) { return f->bits & FIX_RELOC; }

/* A relocation whose target was already a place that nothing can take
 * back when it was read (a strong definition's label, an object's local)
 * holds the place, its atom and offset, not the name: a million
 * relocations naming a million symbols then read no name and no label at
 * link time, where each would be a cache miss.  The name is found again
 * for a message (atom_symbol_at). */
static inline bool fixup_in_atom(const fixup *f) { return f->bits & FIX_IN_ATOM; }

/* Does u.name hold the fixup's name? */
static inline bool fixup_named(const fixup *f)
{
	return fixup_by_name(f) && !fixup_in_atom(f);
}

/* The name a fixup holds, or NULL for a place (FIX_IN_ATOM). */
static inline name *fixup_name(const fixup *f)
{
	return fixup_in_atom(f) ? NULL : f->u.name;
}

static inline int64_t fixup_addend(const fixup *f)
{
	return fixup_in_atom(f) ? f->v.in_atom.addend : f->v.addend;
}
static inline bool fixup_pcrel(const fixup *f) { return f->bits & FIX_PCREL_BIT; }
static inline p9ld_order fixup_order(const fixup *f)
{
	return (p9ld_order)(f->bits & FIX_ORDER);
}

/* The passes that walk atoms in order chase pointers from each one to
 * names and atoms scattered through memory.  Asking, PREFETCH_AHEAD atoms
 * early, for the names an atom refers to, and half as early for the atoms
 * those names define, overlaps the cache misses instead of taking them
 * one after another. */
enum { PREFETCH_AHEAD = 16 };

/* Within one atom the fixups cost little each, so the name is asked for
 * further on: FIXUP_AHEAD fixups, and the label half as far. */
enum { FIXUP_AHEAD = 8 * PREFETCH_AHEAD };

PREFETCHER prefetch_names(const p9ld_atom *a)
{
	__builtin_prefetch(a->name);
	for (uint32_t k = 0; k < a->nfixups; k++)
		if (fixup_named(&a->fixups[k]))
			__builtin_prefetch(a->fixups[k].u.name);
}

PREFETCHER prefetch_named_atoms(const p9ld_atom *a)
{
	for (uint32_t k = 0; k < a->nfixups; k++) {
		const fixup *f = &a->fixups[k];
		if (fixup_named(f) && f->u.name->kind == NAME_ATOM)
			__builtin_prefetch(f->u.name->u.atom);
	}
}

/* Inside an atom with many fixups (an object's section: a million
 * relocations): the name of fixup K + FIXUP_AHEAD, and the label a name
 * half as far on defines. */
PREFETCHER prefetch_fixup_names(const p9ld_atom *a, uint32_t k)
{
	if (k + FIXUP_AHEAD < a->nfixups && fixup_named(&a->fixups[k + FIXUP_AHEAD]))
		__builtin_prefetch(a->fixups[k + FIXUP_AHEAD].u.name);
	if (k + FIXUP_AHEAD / 2 < a->nfixups) {
		const fixup *f = &a->fixups[k + FIXUP_AHEAD / 2];
		if (fixup_named(f) && f->u.name->kind == NAME_LABEL)
			__builtin_prefetch(f->u.name->u.label);
	}
}

/* For walks that read only an atom's name: the name PREFETCH_AHEAD on. */
PREFETCHER prefetch_name_ahead(p9ld_atom *const *list, size_t i, size_t n)
{
	if (i + PREFETCH_AHEAD < n)
		__builtin_prefetch(list[i + PREFETCH_AHEAD]->name);
}

/* Prefetch for the atom I of LIST (of N) about to be visited. */
PREFETCHER prefetch_ahead(p9ld_atom *const *list, size_t i, size_t n)
{
	if (i + PREFETCH_AHEAD < n)
		prefetch_names(list[i + PREFETCH_AHEAD]);
	if (i + PREFETCH_AHEAD / 2 < n)
		prefetch_named_atoms(list[i + PREFETCH_AHEAD / 2]);
}

typedef enum expr_kind {
	EXPR_INT, EXPR_NAME, EXPR_DOT, EXPR_SIZEOF, EXPR_GOT, EXPR_STRING,
	EXPR_UNARY, EXPR_BINARY
} expr_kind;

struct p9ld_expr {
	uint8_t kind;                /* expr_kind */
	uint8_t op;                  /* p9ld_op */
	p9ld_place place;
	union {
		int64_t value;           /* EXPR_INT */
		name *name;              /* EXPR_NAME, EXPR_SIZEOF, EXPR_GOT */
		struct { p9ld_atom *atom; uint64_t offset; } dot;
		p9ld_atom *string;       /* EXPR_STRING */
		struct { p9ld_expr *l, *r; } kids;
	} u;
};

/* A hash table of anonymous strings, keyed by their bytes. */
typedef struct string_table {
	p9ld_atom **slots;
	size_t cap, count;
} string_table;

typedef struct symwriter symwriter;

/* Everything the passes compute: the addresses, and the GOT, tables and
 * header the writer puts in the file. */
typedef struct output {
	uint64_t text_base, etext;
	uint64_t data_base, edata, end;
	uint64_t got_addr, got_slots;
	uint32_t special_slot[3];    /* UINT32_MAX: none */
	uint64_t entry;
	uint64_t atoms_kept;
	buf got;                     /* the GOT's bytes */
	buf syms;                    /* the symbol table */
	symwriter *symw;             /* symtab_atoms to pass_symtab */
	buf pcline;                  /* the pc/line table */
	uint8_t header[40];
	uint32_t nsymbols;
} output;

struct p9ld_image {
	arena arena;                 /* names, atoms, labels, expressions */
	arena bytes;                 /* atom contents */
	arena fixups;                /* the atoms' fixup arrays */
	vec own_files;               /* own_file: the few fixups placed elsewhere */
	p9ld_diag_fn diag_fn;
	void *diag_user;
	unsigned errors, shown_errors, error_limit;
	unsigned quiet;              /* > 0: a trial; report nothing, cache no failure */
	name *size_wanted;           /* a trial's: the atom not ended whose sizeof it met */
	int threads;                 /* p9ld_set_threads: 1, none beside the caller */

	const p9ld_arch *arch;
	bool have_text_base, have_data_base;
	uint64_t text_base, data_base, round;
	p9ld_place round_place, text_base_place, data_base_place;
	name *entry;
	p9ld_place entry_place;
	p9ld_got_policy got_policy;
	bool gc, strip;
	bool specials[3];            /* declared */
	name *special_names[3];      /* etext, edata, end: known by address */

	name_table names;
	uint64_t private_names;      /* names in no table (names_private) */
	uint64_t name_bytes;         /* every name's length + 1 */
	string_table strings;
	vec atoms;                   /* p9ld_atom *, in creation order */
	vec anons;                   /* p9ld_atom *, anonymous strings, first use order */
	vec symbols;                 /* name *, absolute symbols in definition order */
	vec consts;                  /* name *, constants in definition order */
	vec exports;                 /* struct export_req, in order */
	vec sources;                 /* source *, first use order */
	source_table source_index;   /* the latest source of each path */
	vec extents;                 /* file_extent, few: one per incbin atom */
	source *cur_source;
	uint32_t next_seq;
	uint64_t nfixups;
	/* What gc looks for in the atoms every link keeps: when there is
	 * none of it, it has nothing to look at them for. */
	uint64_t undefined;          /* names interned, not (yet) defined */
	uint64_t lazy_atoms;         /* named atoms made lazy */
	uint64_t got_exprs;          /* got(NAME) expressions made */

	/* ELF objects and archives (objects/): their state, freed with
	 * the image; the names the linker defines for their relocations. */
	struct objects *objects;
	void (*objects_free)(p9ld_image *img);
	const void *relocs;          /* the arch's relocation table (relocs/) */
	name *gp_name, *toc_name;    /* _gp, .TOC. (NULL until wanted) */
	name *zero_name;             /* the value 0: a relocation's symbol 0 */

	bool linked;
	output out;
	p9ld_pass_fn pass_timer;
	void *pass_timer_user;
};

/* ---- diag.c: reporting ------------------------------------------------- */

void diag_error(p9ld_image *img, p9ld_place place, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void diag_note(p9ld_image *img, p9ld_place place, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void diag_warning(p9ld_image *img, p9ld_place place, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void diag_oom(p9ld_image *img);
bool diag_hidden(const p9ld_image *img);
void diag_flush_limit(p9ld_image *img);
extern const p9ld_place no_place;

/* ---- image.c ------------------------------------------------------------ */

bool name_define(p9ld_image *img, name *n, name_kind kind, p9ld_place place);
uint8_t atom_letter(const p9ld_atom *a);
p9ld_atom *atom_create(p9ld_image *img, p9ld_segment seg, name *n,
		       uint64_t align, bool anon);
bool value_fits(int64_t v, unsigned width, bool signed_only);
bool order_big(const p9ld_image *img, p9ld_order order);
bool atom_grow(p9ld_image *img, p9ld_atom *a, uint64_t n, p9ld_place place);
bool arch_big(const p9ld_image *img);
p9ld_place fixup_place(p9ld_image *img, const p9ld_atom *a, const fixup *f);
p9ld_place object_place(p9ld_image *img, const p9ld_atom *a, uint64_t offset);
unsigned ptr_size(const p9ld_image *img);
fixup *fixup_push(p9ld_image *img, p9ld_atom *a);
/* A new source PATH (not the current one; no other is looked for). */
source *source_new(p9ld_image *img, const char *path);
/* Lines BASE .. BASE + SPAN - 1 of SRC are PATH's. */
bool source_include_add(p9ld_image *img, source *src, const char *path,
			uint32_t base, uint32_t span);
/* The bytes of text atom A from OFFSET on come from line LINE of its
 * source (marks in offset order). */
bool atom_mark_line(p9ld_image *img, p9ld_atom *a, uint64_t offset, int64_t line);
void atom_set_source(p9ld_image *img, p9ld_atom *a, source *src);
atom_extra *extra_for(p9ld_image *img, p9ld_atom *a);
/* A label N at OFFSET of A, after A's other labels. */
label *label_add(p9ld_image *img, p9ld_atom *a, name *n, uint64_t offset);
const char *atom_symbol_at(const p9ld_atom *a, uint32_t offset);
/* An absolute symbol N of value V (no expression, no segment). */
bool symbol_define_value(p9ld_image *img, name *n, int64_t v, p9ld_place place);

/* ---- expr.c: evaluating expressions ------------------------------------ */

typedef enum eval_mode {
	EVAL_CONST,     /* before layout: no addresses allowed */
	EVAL_LINKED     /* after layout: everything */
} eval_mode;

bool expr_eval(p9ld_image *img, p9ld_expr *e, eval_mode mode, int64_t *out);
bool name_value(p9ld_image *img, name *n, p9ld_place use, eval_mode mode,
		int64_t *out);

/* Call FN for every operand of an expression that is not a number (names,
 * '.', sizeof, got, strings), left to right.  FN may return another
 * expression to walk before the rest (an absolute symbol's definition, at
 * its first use), or NULL. */
typedef p9ld_expr *(*expr_visit_fn)(p9ld_image *img, p9ld_expr *e, void *ctx);
void expr_walk(p9ld_image *img, p9ld_expr *e, expr_visit_fn fn, void *ctx);

/* ---- link/: the passes (link.c's table is their order) ----------------- */

bool pass_resolve(p9ld_image *img);   /* objects/resolve.c */
void objects_check_kept(p9ld_image *img);               /* objects/resolve.c, after gc */
void objects_info(const p9ld_image *img, p9ld_info *info); /* objects/resolve.c */
bool pass_check(p9ld_image *img);     /* check.c */
bool pass_gc(p9ld_image *img);        /* gc.c */
bool pass_got(p9ld_image *img);       /* got.c */
bool pass_layout(p9ld_image *img);    /* layout.c */
bool pass_fixups(p9ld_image *img);    /* fixup.c */
bool symtab_atoms(p9ld_image *img);   /* symtab.c, beside pass_fixups */
bool pass_symtab(p9ld_image *img);    /* symtab.c */
void symtab_free(p9ld_image *img);
bool pass_linetab(p9ld_image *img);   /* linetab.c */
bool pass_header(p9ld_image *img);    /* header.c */
bool segments_fit(p9ld_image *img);   /* header.c: after layout */

/* ---- got.c -------------------------------------------------------------- */

uint64_t got_slot_addr(const p9ld_image *img, uint32_t slot);
/* N's slot (through aliases), or false: N has none. */
bool got_slot_of(const p9ld_image *img, const name *n, uint32_t *slot);
uint32_t special_got_slot(const p9ld_image *img, int special);
bool special_value(const p9ld_image *img, int special, uint64_t *out);
bool got_fill(p9ld_image *img);

#endif
