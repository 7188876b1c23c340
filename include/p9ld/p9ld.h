/*
 * libp9ld: build Plan 9 a.out executables from atoms.
 *
 * A client (the p9ld script front end, a test, a generator) creates an
 * image, chooses an arch, adds atoms (text, data and bss pieces) and fills
 * them with bytes, labels and values, then calls p9ld_link() and one of the
 * p9ld_write functions.  Values may be expressions over symbols; those that
 * need an address become fixups, evaluated once the layout is fixed.
 *
 * Memory rule: everything an image owns lives in the image and dies with
 * p9ld_image_free().  Strings and bytes passed in are copied, except the
 * file names inside a p9ld_place, which the caller keeps alive until the
 * image is freed (a front end keeps its file names for the whole link),
 * and the bytes given to p9ld_emit_borrowed.
 *
 * Errors: no function prints, exits or aborts.  Each error is passed to the
 * image's diagnostics callback with the place the caller supplied, and the
 * function returns -1 (or NULL).  p9ld_link() runs its passes in order and
 * stops at the first pass that reported an error, after reporting every
 * error that pass found.
 */
#ifndef P9LD_P9LD_H
#define P9LD_P9LD_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Architectures ---------------------------------------------------- */

/* The facts of one Plan 9 architecture (../shared/spec/archs.md). */
typedef struct p9ld_arch {
	const char *name;          /* "amd64" */
	const char *aliases[4];    /* NULL-terminated: "x86_64" */
	unsigned b;                /* magic = 4*b*b + 7 (| 0x8000 when fat) */
	uint32_t magic;            /* the header's first word */
	unsigned header_size;      /* 32, or 40 for a fat header */
	unsigned ptr_size;         /* address and pointer size: 4 or 8 */
	unsigned sym_value_size;   /* symbol values in the table: 4 or 8 */
	int big_endian;            /* byte order of text, data and GOT */
	unsigned pc_quantum;       /* instruction size unit for the line table */
	uint64_t text_base;        /* default virtual address of the first text byte */
	uint64_t round;            /* default data base rounding */
	char edata_letter;         /* 'B' (6l, 8l) or 'D' */
	const char *out_name;      /* the native linker's default output: "6.out" */
	uint16_t elf_machine;      /* its ELF objects' e_machine: EM_X86_64 */
	uint8_t elf_class;         /* and their class: 32 or 64 */
} p9ld_arch;

/* Number of archs in the table, and the i-th (0 <= i < count) in table order. */
size_t p9ld_arch_count(void);
const p9ld_arch *p9ld_arch_at(size_t i);

/* The arch called NAME or with NAME among its aliases (ASCII case-insensitive),
 * or NULL. */
const p9ld_arch *p9ld_arch_find(const char *name);

/* The arch whose magic is MAGIC, or NULL. */
const p9ld_arch *p9ld_arch_by_magic(uint32_t magic);

/* ---- Diagnostics ------------------------------------------------------ */

/* A place in the client's source.  FILE may be NULL (no place); LINE and
 * COL are 1-based, 0 when unknown. */
typedef struct p9ld_place {
	const char *file;
	uint32_t line;
	uint32_t col;
} p9ld_place;

typedef enum p9ld_severity {
	P9LD_ERROR,
	P9LD_WARNING,
	P9LD_NOTE      /* follows the error or warning it explains */
} p9ld_severity;

typedef struct p9ld_diag {
	p9ld_severity severity;
	p9ld_place place;
	const char *message;       /* valid only during the callback */
} p9ld_diag;

typedef void (*p9ld_diag_fn)(void *user, const p9ld_diag *diag);

/* ---- Images ----------------------------------------------------------- */

typedef struct p9ld_image p9ld_image;
typedef struct p9ld_atom p9ld_atom;
typedef struct p9ld_expr p9ld_expr;

/* A new empty image reporting through FN (may be NULL: diagnostics are then
 * only counted).  NULL when out of memory. */
p9ld_image *p9ld_image_new(p9ld_diag_fn fn, void *user);
void p9ld_image_free(p9ld_image *img);

/* Errors reported so far (including those past the limit). */
unsigned p9ld_image_errors(const p9ld_image *img);

/* After LIMIT errors the callback sees no more errors; p9ld_link() then
 * reports how many were held back.  0 means no limit (the default). */
void p9ld_set_error_limit(p9ld_image *img, unsigned limit);

/* The most threads the library runs at once for IMG, counting the
 * caller's.  1: it starts none.  2 or more (the default is 2): it may run
 * work beside the caller's thread -- faulting in big blocks of memory while
 * the caller fills them, writing the atoms' symbols while p9ld_link
 * evaluates fixups, and writing big tables while p9ld_write_file writes
 * the segments.  The image's bytes are the same either way.  -1 when N is
 * less than 1. */
int p9ld_set_threads(p9ld_image *img, int n);

/* ---- Link settings ---------------------------------------------------- */

typedef enum p9ld_got_policy {
	P9LD_GOT_ALL,     /* a slot for every atom in the image (default) */
	P9LD_GOT_USED,    /* slots only for names used in got(NAME) */
	P9LD_GOT_NONE     /* no GOT and no __GOT */
} p9ld_got_policy;

/* The target arch.  It must be chosen before the first atom (the default
 * alignment of text and the width and order of values depend on it); a
 * later call may repeat it but not change it: -1 with a diagnostic. */
int p9ld_set_arch(p9ld_image *img, const p9ld_arch *arch, p9ld_place place);
const p9ld_arch *p9ld_get_arch(const p9ld_image *img);

/* Text base (address of the first text byte), data base (address of the
 * GOT and the data segment) and the rounding of the default data base.
 * Later calls replace earlier ones.  ROUND must be a power of two;
 * otherwise -1 with a diagnostic at PLACE. */
int p9ld_set_text_base(p9ld_image *img, uint64_t addr, p9ld_place place);
int p9ld_set_data_base(p9ld_image *img, uint64_t addr, p9ld_place place);
int p9ld_set_round(p9ld_image *img, uint64_t round, p9ld_place place);

/* The entry symbol (default "_start"); PLACE is named when it is undefined
 * or outside text. */
int p9ld_set_entry(p9ld_image *img, const char *name, p9ld_place place);

void p9ld_set_got_policy(p9ld_image *img, p9ld_got_policy policy);

/* Make every atom lazy: keep only what the entry and the exports reach. */
void p9ld_set_gc(p9ld_image *img, int on);

/* Write no symbol table and no pc/line table. */
void p9ld_set_strip(p9ld_image *img, int on);

/* ---- Atoms ------------------------------------------------------------ */

typedef enum p9ld_segment {
	P9LD_TEXT,
	P9LD_DATA,
	P9LD_BSS
} p9ld_segment;

enum {
	P9LD_LAZY   = 1 << 0,  /* kept only when something kept refers to it */
	P9LD_LEAF   = 1 << 1,  /* text only: symbol letter l / L */
	P9LD_GLOBAL = 1 << 2   /* exported: upper-case letter */
};

typedef struct p9ld_atom_opts {
	uint64_t align;    /* power of two; 0 = default (1, or the pc quantum for text) */
	uint8_t fill;      /* byte used by p9ld_emit_align inside this atom */
	unsigned flags;    /* P9LD_LAZY | P9LD_LEAF | P9LD_GLOBAL */
} p9ld_atom_opts;

/* A new atom called NAME (copied) in SEG, after every atom added before it.
 * OPTS may be NULL for the defaults.  NULL on error: a name defined twice
 * (reported at PLACE with a note at the first definition), a reserved name
 * (etext, edata, end, __GOT), a bad alignment, LEAF outside text. */
p9ld_atom *p9ld_atom_new(p9ld_image *img, p9ld_segment seg, const char *name,
			 const p9ld_atom_opts *opts, p9ld_place place);

/* No more items go into ATOM: its size is final, and sizeof(ATOM's name)
 * may be evaluated before layout (in constants and in the counts of
 * p9ld_emit_zero and the like) from now on.  Adding to it afterwards is
 * an error.  Until it is ended, sizeof of it is known only after layout. */
void p9ld_atom_end(p9ld_image *img, p9ld_atom *atom);

/* The atom called NAME, or NULL. */
p9ld_atom *p9ld_atom_find(const p9ld_image *img, const char *name);

/* The atom's size so far, its segment, its name. */
uint64_t p9ld_atom_size(const p9ld_atom *atom);
p9ld_segment p9ld_atom_segment(const p9ld_atom *atom);
const char *p9ld_atom_name(const p9ld_atom *atom);

/* The place given when the atom was made (an anonymous string's: its first
 * use). */
p9ld_place p9ld_atom_place(const p9ld_atom *atom);

/* Every atom in order: named atoms as they were made, then the anonymous
 * strings in order of first use. */
size_t p9ld_atom_count(const p9ld_image *img);
p9ld_atom *p9ld_atom_at(const p9ld_image *img, size_t i);

/* Call FN for each label of ATOM in its order, with its name and its
 * offset in the atom (an object's section: its symbols). */
typedef void (*p9ld_label_fn)(void *user, const char *name, uint64_t offset);
void p9ld_atom_labels(const p9ld_atom *atom, p9ld_label_fn fn, void *user);

/* After a successful p9ld_link(): the atom's virtual address, and whether
 * it is in the image (a lazy atom nothing kept refers to is not). */
uint64_t p9ld_atom_addr(const p9ld_atom *atom);
int p9ld_atom_kept(const p9ld_atom *atom);

/* ---- Items: the bytes of an atom ---------------------------------------
 * Each appends to the end of ATOM.  Only zero, align and labels may go into
 * a bss atom.  Each returns 0, or -1 with a diagnostic at PLACE. */

typedef enum p9ld_order {
	P9LD_ORDER_ARCH,     /* the arch's byte order, decided at link time */
	P9LD_ORDER_LITTLE,
	P9LD_ORDER_BIG
} p9ld_order;

int p9ld_emit_bytes(p9ld_image *img, p9ld_atom *atom, const void *bytes,
		    size_t n, p9ld_place place);

/* Like p9ld_emit_bytes, but when they are the atom's first bytes they are
 * not copied: the atom refers to BYTES, which must stay valid and
 * unchanged until the image is written or freed, and which the engine
 * never writes.  Anything emitted into the atom later (bytes, values,
 * alignment) first copies them into memory of its own.  For big blobs
 * (a mapped incbin file): the image is written straight from them. */
int p9ld_emit_borrowed(p9ld_image *img, p9ld_atom *atom, const void *bytes,
		       size_t n, p9ld_place place);

/* p9ld_emit_borrowed, saying where BYTES come from: the file open as FD,
 * from OFFSET (BYTES are, say, its mapping there).  p9ld_write_file then
 * has the kernel copy them file to file (copy_file_range) and writes
 * them from BYTES only where it cannot.  FD stays open, unchanged, until
 * the image is written or freed. */
int p9ld_emit_file_bytes(p9ld_image *img, p9ld_atom *atom, const void *bytes,
			 size_t n, int fd, uint64_t offset, p9ld_place place);

/* N zero bytes (in bss: N bytes of reservation). */
int p9ld_emit_zero(p9ld_image *img, p9ld_atom *atom, uint64_t n,
		   p9ld_place place);

/* COUNT copies of BYTE. */
int p9ld_emit_fill(p9ld_image *img, p9ld_atom *atom, uint64_t count,
		   uint8_t byte, p9ld_place place);

/* Pad with BYTE (or the atom's fill byte when BYTE < 0) to a multiple of
 * ALIGN from the atom's start.  ALIGN must be a power of two no larger than
 * the atom's own alignment. */
int p9ld_emit_align(p9ld_image *img, p9ld_atom *atom, uint64_t align,
		    int byte, p9ld_place place);

/* A WIDTH-byte (1, 2, 4 or 8) value of E in ORDER.  The value must fit the
 * width as a signed or as an unsigned number.  When E needs an address the
 * field is a fixup, filled after layout; the field is WIDTH bytes whatever
 * the value. */
int p9ld_emit_value(p9ld_image *img, p9ld_atom *atom, p9ld_expr *e,
		    unsigned width, p9ld_order order, p9ld_place place);

/* A pointer-sized value of E in the arch's order (the reference design's
 * nonpcrel).  The width is decided at link time from the arch. */
int p9ld_emit_addr(p9ld_image *img, p9ld_atom *atom, p9ld_expr *e,
		   p9ld_place place);

/* A WIDTH-byte (1, 2, 4 or 8) signed value E - (address of the field +
 * WIDTH) in the arch's order: x86 call, jmp and lea [rip+x]. */
int p9ld_emit_pcrel(p9ld_image *img, p9ld_atom *atom, p9ld_expr *e,
		    unsigned width, p9ld_place place);

/* A label called NAME at the atom's current end. */
int p9ld_label(p9ld_image *img, p9ld_atom *atom, const char *name,
	       p9ld_place place);

/* ---- Expressions --------------------------------------------------------
 * Expressions are built bottom up and owned by the image; each may be used
 * once as an operand or an item value.  Arithmetic is 64-bit two's
 * complement.  A constructor returns NULL only when out of memory (reported),
 * and accepts NULL operands (returning NULL), so a caller may build a whole
 * tree and check once. */

typedef enum p9ld_op {
	P9LD_NEG, P9LD_NOT, P9LD_PLUS,                      /* unary - ~ + */
	P9LD_MUL, P9LD_DIV, P9LD_MOD, P9LD_ADD, P9LD_SUB,
	P9LD_SHL, P9LD_SHR, P9LD_AND, P9LD_XOR, P9LD_OR     /* binary */
} p9ld_op;

p9ld_expr *p9ld_expr_int(p9ld_image *img, int64_t value);

/* A name: an atom or label (its address), an absolute symbol (its value), a
 * constant, __GOT, or one of etext, edata, end (which declares it). */
p9ld_expr *p9ld_expr_name(p9ld_image *img, const char *name, p9ld_place place);

/* The address of the atom's current end: `.` for the item about to be
 * emitted. */
p9ld_expr *p9ld_expr_dot(p9ld_image *img, p9ld_atom *atom);

/* The size of the atom called NAME, once every item is in. */
p9ld_expr *p9ld_expr_sizeof(p9ld_image *img, const char *name, p9ld_place place);

/* The address of NAME's GOT slot (an atom, or etext, edata, end). */
p9ld_expr *p9ld_expr_got(p9ld_image *img, const char *name, p9ld_place place);

/* The address of an anonymous read-only data atom holding BYTES and a NUL.
 * Equal strings share one atom, named __anon_N in order of first use. */
p9ld_expr *p9ld_expr_string(p9ld_image *img, const void *bytes, size_t n,
			    p9ld_place place);

p9ld_expr *p9ld_expr_unary(p9ld_image *img, p9ld_op op, p9ld_expr *e,
			   p9ld_place place);
p9ld_expr *p9ld_expr_binary(p9ld_image *img, p9ld_op op, p9ld_expr *l,
			    p9ld_expr *r, p9ld_place place);

/* Evaluate E now, when it does not depend on layout (literals, constants
 * and absolute symbols defined so far from those).  0 and *OUT set, or -1
 * with a diagnostic (depends on layout, undefined name, division by zero). */
int p9ld_expr_const(p9ld_image *img, p9ld_expr *e, int64_t *out);

/* The value of the constant or absolute symbol NAME when it is known now,
 * without layout and from what is defined so far: 0 and *OUT, or -1 (not
 * defined yet, or not constant).  It reports nothing: a front end asks it
 * to decide whether a size can be evaluated yet. */
int p9ld_const_value(p9ld_image *img, const char *name, int64_t *out);

/* The size of the atom NAME (through an alias) when it is ended
 * (p9ld_atom_end): 0 and *OUT, or -1.  It reports nothing. */
int p9ld_sizeof_value(p9ld_image *img, const char *name, int64_t *out);

/* When the value of the constant or absolute symbol NAME is not known now
 * because it takes sizeof of an atom not ended yet: that atom's name (the
 * first one met); else NULL.  It reports nothing: a front end asks it to
 * know which atom to build first. */
const char *p9ld_const_waits_for(p9ld_image *img, const char *name);

/* ---- Symbols ---------------------------------------------------------- */

/* A named constant for expressions; E must not depend on layout.  It emits
 * nothing and is not in the symbol table. */
int p9ld_const(p9ld_image *img, const char *name, p9ld_expr *e,
	       p9ld_place place);

/* An absolute symbol of value E (which may depend on layout).  With SEG >= 0
 * (a p9ld_segment) it is written to the symbol table with that segment's
 * letter; with SEG < 0 it only serves expressions. */
int p9ld_symbol(p9ld_image *img, const char *name, p9ld_expr *e, int seg,
		p9ld_place place);

/* Export NAME (an atom, label or absolute symbol with a segment): without
 * ALIAS, NAME becomes global; with ALIAS, a new global symbol ALIAS with
 * NAME's value is written right after NAME's own symbol. */
int p9ld_export(p9ld_image *img, const char *name, const char *alias,
		p9ld_place place);

/* The same, with the place of ALIAS (where a second definition of it is
 * said) apart from the place of NAME's use. */
int p9ld_export_as(p9ld_image *img, const char *name, p9ld_place name_place,
		   const char *alias, p9ld_place alias_place);

typedef enum p9ld_special {
	P9LD_ETEXT, P9LD_EDATA, P9LD_END
} p9ld_special;

/* Declare a linker-defined symbol (any use of its name declares it too). */
void p9ld_declare_special(p9ld_image *img, p9ld_special which);

/* The special symbol called NAME ("etext", "edata", "end"), or -1. */
int p9ld_special_by_name(const char *name);

/* ---- Objects: ELF relocatable objects and archives -----------------------
 * (objects.md.)  An object's allocated sections become atoms after every
 * atom added before it, its symbols names (a local symbol is private to
 * its object), its relocations fixups.  The first object sets the arch
 * when none is chosen; any other must match it.  An archive's members are
 * read during p9ld_link, each when it defines a name still undefined, to
 * a fixed point over all archives; a member's sections are lazy.  Each
 * returns 0, or -1 with a diagnostic (a damaged object is one error
 * naming the file and what is wrong). */

typedef enum p9ld_file_kind {
	P9LD_FILE_SCRIPT,    /* anything that is neither of these */
	P9LD_FILE_OBJECT,    /* \177ELF */
	P9LD_FILE_ARCHIVE    /* !<arch>\n */
} p9ld_file_kind;

/* What a file is, by its first N bytes (8 are enough). */
p9ld_file_kind p9ld_file_kind_of(const void *bytes, size_t n);

/* The arch of the ELF object in the N bytes at BYTES (its header is
 * enough), or NULL when it is none of the thirteen. */
const p9ld_arch *p9ld_object_arch(const void *bytes, size_t n);

/* Add the object at PATH (mapped until the image is freed), or the N
 * bytes at BYTES (copied), called NAME in messages.  FLAGS: P9LD_LAZY,
 * keep only the sections something kept refers to. */
int p9ld_add_object(p9ld_image *img, const char *path, unsigned flags,
		    p9ld_place place);
int p9ld_add_object_mem(p9ld_image *img, const char *name, const void *bytes,
			size_t n, unsigned flags, p9ld_place place);

/* The I-th relocation type the objects of ARCH may use (0 <= I): 0 and
 * its ELF number and name ("R_X86_64_PC32"; a mips64 composition is
 * type | type2 << 8 | type3 << 16), or -1 past the last. */
int p9ld_reloc_at(const p9ld_arch *arch, size_t i, uint32_t *type, const char **name);

/* Add the ar archive at PATH, or the N bytes at BYTES. */
int p9ld_add_archive(p9ld_image *img, const char *path, p9ld_place place);
int p9ld_add_archive_mem(p9ld_image *img, const char *name, const void *bytes,
			 size_t n, p9ld_place place);

/* ---- Line information --------------------------------------------------- */

/* Text atoms created after this come from PATH (copied), for the pc/line
 * table and the z/f symbols.  PATH NULL: no source from here on. */
int p9ld_source(p9ld_image *img, const char *path, p9ld_place place);

/* The bytes of ATOM from its current end on come from line LINE (>= 1) of
 * the atom's source.  ATOM must be a text atom with a source. */
int p9ld_line(p9ld_image *img, p9ld_atom *atom, int64_t line, p9ld_place place);

/* ---- Link and write ------------------------------------------------------ */

/* Ask p9ld_link() to time its passes: after each it calls FN with the
 * pass's name and its wall-clock seconds.  NULL turns it off. */
typedef void (*p9ld_pass_fn)(void *user, const char *pass, double seconds);
void p9ld_set_pass_timer(p9ld_image *img, p9ld_pass_fn fn, void *user);

/* Run the link, pass by pass (the pass timer names them), each pass
 * reporting every error it finds.  0, or -1 after reporting every error
 * of the failing pass.  Call it once; add nothing afterwards (a value
 * emitted into a linked image is an error: its fixups' records are freed
 * when the link succeeds). */
int p9ld_link(p9ld_image *img);

/* Facts of the linked image, for tools and tests. */
typedef struct p9ld_info {
	const p9ld_arch *arch;
	uint64_t text_base, etext;
	uint64_t data_base, edata, end;
	uint64_t entry;
	uint64_t got_addr;           /* == data_base; meaningful when got_slots or policy != none */
	uint64_t got_slots;
	uint64_t text_size, data_size, bss_size, syms_size, pcsz;
	uint64_t file_size;
	uint64_t atoms, atoms_kept, fixups, symbols;
	/* objects: read, archive members loaded, their sections made atoms
	 * and kept, and allocated sections dropped (and their bytes) */
	uint64_t objects, members, sections, sections_kept;
	uint64_t sections_dropped, bytes_dropped;
} p9ld_info;

/* After a successful p9ld_link(); 0, or -1 when the image is not linked. */
int p9ld_get_info(const p9ld_image *img, p9ld_info *info);

/* The value of the symbol, label, constant or special NAME after a
 * successful link; 0, or -1 when there is no such name or it is not in the
 * image. */
int p9ld_lookup(const p9ld_image *img, const char *name, uint64_t *value);

/* Write the linked image to PATH atomically: a temporary file beside it,
 * renamed into place, so on any error PATH is neither created nor touched.
 * The file gets mode 0777 less the umask, as other linkers' outputs do. */
int p9ld_write_file(p9ld_image *img, const char *path);

/* Write the linked image to the open file FD, called TITLE in messages.
 * An empty regular file at its start is written through its offsets (the
 * tables beside the segments, its blocks taken first); anything else (a
 * pipe, a device, standard output) in order.  The caller chooses the file
 * and what becomes of it: p9ld names its temporary, to remove it when
 * interrupted.  0, or -1 with a diagnostic. */
int p9ld_write_fd(p9ld_image *img, int fd, const char *title);

/* The linked image as a malloc'd buffer (the caller frees it); 0 or -1. */
int p9ld_write_mem(p9ld_image *img, uint8_t **bytes, size_t *len);

#ifdef __cplusplus
}
#endif

#endif
