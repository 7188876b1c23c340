/*
 * The p9ld command: the one header its files share.  The call graph runs
 * one way:
 *
 *	main.c      the command line and the driver
 *	  sink.c    where the parser's events go: built at once on this
 *	            thread, or batched to it from a parser thread
 *	    parse.c   the scanner and parser over one file, includes in place
 *	      scan.c  the scanner's helpers (grammar/lexer.l calls them)
 *	      ast.c   the statements, items and expressions the grammar makes
 *	    build.c   statements into libp9ld, through its public API only
 *	  commit.c  the outputs, written all or none
 *	    outputs.c the map and the depfile
 *	fork.c (--fork), guard.c (inputs that change under the link, and the
 *	signals that must remove the temporaries), report.c (printing
 *	diagnostics), files.c (reading files), table.c (string tables) and
 *	pool.c (memory) are below them all and call none of them but guard.c
 *	(files.c and fork.c) and report.c (guard.c).
 *
 * Memory rule: a statement and all it holds live in the pool of its
 * batch, which is reused once the builder has built the batch after it
 * (so the token the parser read ahead into the next statement outlives
 * its batch), unless the batch is kept to the end (the builder queued a
 * statement of it); files, their names and whatever else outlives a
 * statement live in a lasting pool of the side that made them.
 */
#ifndef P9LD_SCRIPT_H
#define P9LD_SCRIPT_H

#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/stat.h>
#include <sys/types.h>

#include "p9ld/p9ld.h"

typedef struct pool pool;
typedef struct sfile sfile;
typedef struct sloc sloc;
typedef struct sexpr sexpr;
typedef struct sitem sitem;
typedef struct sstmt sstmt;
typedef struct script script;
typedef struct parser parser;
typedef struct event event;

/* ---- pool.c: blocks of memory, dropped or reused whole ------------------ */

struct pool {
	char *next, *end;            /* the free part of the current block */
	struct pool_block *head;     /* the current block, then the others */
	struct pool_block *spare;    /* emptied blocks, for reuse */
	size_t next_block;
};

void *pool_alloc(pool *p, size_t n);            /* zeroed; exits on OOM */
void *pool_alloc_block(pool *p, size_t n);      /* pool_alloc_raw from a new block */

/* N bytes, not cleared, 8-byte aligned. */
static inline void *pool_alloc_raw(pool *p, size_t n)
{
	n = (n + 7) & ~(size_t)7;
	if ((size_t)(p->end - p->next) < n)
		return pool_alloc_block(p, n);
	void *m = p->next;
	p->next += n;
	return m;
}
char *pool_strndup(pool *p, const char *s, size_t n);
void pool_empty(pool *p);                       /* every block becomes a spare */
void pool_adopt(pool *to, pool *from);          /* FROM's blocks join TO's */
void pool_free(pool *p);

/* A stack of pointers: the first few in place, more from the heap (exits
 * on OOM).  What walks a tree the input shapes uses one instead of
 * recursion: a sum of a million terms is a tree a million deep. */
typedef struct ptrs {
	void **v;
	size_t n, cap;
	void *few[32];
} ptrs;

void ptrs_init(ptrs *s);
void ptrs_push(ptrs *s, void *p);
static inline void *ptrs_pop(ptrs *s)
{
	return s->v[--s->n];
}
void ptrs_free(ptrs *s);

/* A token's text, as the scanner hands it to the parser: its length, the
 * room for its bytes (more than its length only in a run of adjacent
 * strings being joined: text_concat), then its bytes and a NUL. */
typedef struct p9s_text {
	uint32_t len, cap;
	char s[];
} p9s_text;
p9s_text *pool_text(pool *p, const char *s, size_t n);   /* a copy of S */
p9s_text *pool_text_room(pool *p, size_t n);   /* N bytes and a NUL, to fill */

/* ---- table.c: strings to pointers ---------------------------------------------- */

typedef struct strtab {
	struct strtab_slot *slots;
	size_t cap, count;
} strtab;

void *strtab_get(const strtab *t, const char *key);     /* NULL: not there */
/* KEY (kept as given) to VALUE; false when KEY is there already. */
bool strtab_put(strtab *t, const char *key, void *value);
void strtab_free(strtab *t);

/* ---- events: what the parser produces, in order -------------------------- */

typedef enum event_kind {
	EV_FILE,                     /* a script file was opened (sfile) */
	EV_DIAG,                     /* a diagnostic of the scanner or parser (sdiag) */
	EV_STMT                      /* a statement (sstmt) */
} event_kind;

struct event {
	event *next;                 /* the batch's events, in order */
	uint8_t kind;                /* event_kind */
};

/* ---- files.c: script files, include paths, blobs ------------------------ */

/* A place in a script. */
struct sloc {
	sfile *file;
	uint32_t line, col;
};

/* A diagnostic of the parser's side, said by the builder in its place. */
typedef struct sdiag {
	event ev;                    /* EV_DIAG */
	uint8_t severity;            /* p9ld_severity */
	sloc at;
	char msg[];
} sdiag;

struct sfile {
	event ev;                    /* EV_FILE */
	char *path;                  /* as named: the name in diagnostics */
	char *text;                  /* the file's bytes (mapped, or read) */
	size_t len;
	bool mapped;                 /* munmap at the end */
	bool owned;                  /* read into memory: free it at the end */
	bool option;                 /* a command-line value: its errors are usage errors */
	size_t dropped;              /* mapped: bytes given back by file_passed */
	sfile *parent;               /* the file that included it, or NULL */
	sloc included_at;
	uint64_t dev, ino;           /* identity, for include cycles */
	sfile *next;                 /* the builder's list of every file read */
};

/* A script with a NUL byte in its first TEXT_PROBE bytes is plainly no
 * text, and refused (parse.c). */
enum { TEXT_PROBE = 1024 };

/* Read PATH (or standard input for "-") as a script: a new file record
 * from POOL, or NULL with errno set. */
sfile *file_read(pool *p, const char *path);
/* A script held in memory, not read (borrowed: it must outlive the link). */
sfile *file_of_text(pool *p, const char *name, const char *text, size_t len);
/* The scanner has copied F's first N bytes: a mapped file's pages before
 * them leave the process (a diagnostic quoting a line maps its page again). */
void file_passed(sfile *f, size_t n);
void file_release(sfile *f);                    /* unmap or free its text */

/* Resolve PATH named in FROM (NULL: the command line): relative to
 * FROM's folder, then each of the N folders DIRS.  A malloc'd path, or
 * NULL when no such file exists. */
char *file_resolve(const char *path, const sfile *from, const char *const *dirs,
		   size_t n);


/* What the file at PATH is, by its first bytes (a script when it cannot
 * be read: reading it then says why). */
p9ld_file_kind file_kind(const char *path);

/* An incbin file: mapped when it can be (the image is written straight
 * from the mapping), read otherwise; kept until the output is written. */
typedef struct blob {
	char *path;
	char *bytes;
	size_t len;
	bool mapped;
	int fd;                      /* mapped: the file, for copy_file_range */
	struct blob *next;
} blob;
typedef struct blobs {
	blob *list;
	strtab index;                /* by path */
	unsigned fds;                /* blobs holding their file open */
} blobs;
enum { BLOB_FDS = 256 };
/* The blob at PATH, read once however often it is named; NULL with *ERR
 * an errno, or BLOB_NOT_REGULAR (a directory, a FIFO, a device). */
enum { BLOB_NOT_REGULAR = -1 };
blob *blob_read(blobs *set, const char *path, int *err);
void blobs_free(blobs *set);

/* ---- report.c: printing diagnostics --------------------------------------- */

/* Where diagnostics go and how many there were. */
typedef struct reporter {
	const char *prog;            /* "p9ld" */
	FILE *out;                   /* NULL: stderr */
	unsigned errors, limit;      /* limit 0: none */
	unsigned usage;              /* errors in the command line's values: exit 2 */
	bool too_many;               /* the limit was reached and said so */
	sfile *files, *files_tail;   /* every file read, for the engine's places */
} reporter;

void report_at(reporter *r, p9ld_severity sev, sloc at, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void report_vat(reporter *r, p9ld_severity sev, sloc at, const char *fmt,
		va_list ap);
/* Usage and file errors with no script place: "p9ld: error: MESSAGE". */
void report_plain(reporter *r, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* The same, for an error of the command line's (exit status 2). */
void report_usage(reporter *r, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* A diagnostic from libp9ld (USER is the reporter): its place is a file
 * we read, or a place the engine names itself (an object's section). */
void report_engine(void *user, const p9ld_diag *d);
void report_add_file(reporter *r, sfile *f);
p9ld_place place_of(sloc at);

/* ---- ast.c: the script, as parsed ----------------------------------------- */

typedef enum sexpr_kind {
	SX_INT, SX_NAME, SX_DOT, SX_SIZEOF, SX_GOT, SX_STRING, SX_UNARY, SX_BINARY
} sexpr_kind;

struct sexpr {
	uint8_t kind;                /* sexpr_kind */
	uint8_t op;                  /* p9ld_op */
	sloc at;
	union {
		int64_t value;
		struct { const char *ptr; size_t len; } str;   /* NAME: NUL-terminated */
		struct { sexpr *l, *r; } kids;
	} u;
};

/* A list of expressions, for items with several values. */
typedef struct sexprs {
	sexpr **v;
	size_t n, cap;
} sexprs;

typedef enum sitem_kind {
	SI_BYTES, SI_VALUES, SI_ADDR, SI_PCREL, SI_STRING, SI_ZERO, SI_FILL,
	SI_ALIGN, SI_INCBIN, SI_LABEL, SI_LINE
} sitem_kind;

struct sitem {
	uint8_t kind;                /* sitem_kind */
	uint8_t width;               /* SI_VALUES, SI_PCREL */
	uint8_t order;               /* SI_VALUES: p9ld_order */
	bool nul;                    /* SI_STRING: asciz */
	sloc at;
	sitem *next;
	struct { const char *ptr; size_t len; } str;   /* bytes, string, path, label */
	sexprs exprs;                /* values; zero/line: 1; fill, align: 1-2;
					incbin: 0-2 (offset, length) */
};

typedef enum sstmt_kind {
	SS_ARCH, SS_BASE_TEXT, SS_BASE_DATA, SS_ROUND, SS_ENTRY, SS_CONST,
	SS_SYMBOL, SS_INCLUDE, SS_EXPORT, SS_SPECIAL, SS_GOT, SS_SOURCE, SS_ATOM,
	SS_OBJECT, SS_ARCHIVE        /* also an object or archive on the command line */
} sstmt_kind;

typedef struct sattrs {
	sexpr *align, *fill;
	unsigned flags;              /* P9LD_LAZY | P9LD_LEAF | P9LD_GLOBAL */
	sloc align_at, fill_at;
} sattrs;

struct sstmt {
	event ev;                    /* EV_STMT */
	uint8_t kind;                /* sstmt_kind */
	uint8_t seg;                 /* SS_ATOM: p9ld_segment; SS_SYMBOL: seg + 1, 0 none */
	uint8_t policy;              /* SS_GOT: p9ld_got_policy */
	sloc at;
	sloc name_at;                /* export NAME as ALIAS: the alias's */
	sstmt *next;                 /* the builder's queue */
	const char *name;            /* arch, entry, const, symbol, export, special, atom */
	const char *alias;           /* export ... as ALIAS */
	const char *path;            /* include, source, object, archive */
	sexpr *expr;                 /* base, round, const, symbol, bss size */
	sattrs attrs;                /* atom; object: its flags (lazy) */
	sitem *items, *items_tail;   /* SS_ATOM: text and data */
};

/* Every constructor takes the pool for memory and the place the thing
 * starts. */
sstmt *stmt_new(pool *p, int kind, sloc at);
sstmt *stmt_named(pool *p, int kind, sloc at, const char *name, sloc name_at);
sstmt *stmt_expr(pool *p, int kind, sloc at, sexpr *e);
sstmt *stmt_atom(pool *p, sloc at, int seg, const char *name, sloc name_at,
		 const sattrs *attrs);            /* NULL: none */
sattrs *attrs_of(pool *p, sattrs *attrs);      /* ATTRS, or new ones */
void atom_add_item(sstmt *atom, sitem *item);
/* A block's items, as the parser collects them before the atom is made. */
typedef struct sitems {
	sitem *head, *tail;
} sitems;
sitems *items_add(pool *p, sitems *list, sitem *item);  /* LIST NULL: a new one */
void atom_set_items(sstmt *atom, const sitems *items);   /* ITEMS may be NULL */

sitem *item_new(pool *p, int kind, sloc at);
sitem *item_text(pool *p, int kind, sloc at, const p9s_text *t);
sitem *item_values(pool *p, sloc at, const char *keyword, sexprs *values);
sitem *item_pcrel(pool *p, sloc at, unsigned width, sexpr *e);
sitem *item_exprs(pool *p, int kind, sloc at, sexpr *a, sexpr *b);   /* B may be NULL */

sexpr *expr_new(pool *p, int kind, sloc at);
sexpr *expr_int(pool *p, sloc at, int64_t v);
sexpr *expr_text(pool *p, int kind, sloc at, const char *s, size_t len);
sexpr *expr_unary(pool *p, sloc at, p9ld_op op, sexpr *e);
sexpr *expr_binary(pool *p, sloc at, p9ld_op op, sexpr *l, sexpr *r);
void sexprs_push(pool *p, sexprs *l, sexpr *e);

const p9s_text *text_concat(pool *p, const p9s_text *a, const p9s_text *b);
const char *int_name(pool *p, int64_t v);       /* `arch 386;` */

/* ---- parse.c: the scanner and parser over one file --------------------- */

/* The parser's limits, stated in p9ld-script(5): parentheses and unary
 * signs around an operand, and includes inside includes (GCC's limit;
 * each level is a parser on the C stack). */
enum { MAX_NESTING = 10000, MAX_INCLUDE_DEPTH = 200 };

/* Where the parser's events go (sink.c makes them).  The parser sees
 * only this. */
typedef struct parse_out {
	/* Take E, in order.  HELD: the parser holds a token it read ahead
	 * (allocated in the current batch), which must outlive the batch. */
	void (*put)(struct parse_out *o, event *e, bool held);
	/* The link has reached its error limit: parse no further. */
	bool (*stopped)(struct parse_out *o);
	pool *pool;                  /* the current batch's: statements, tokens */
} parse_out;

/* An input as the command line names it: a script's path, or its text
 * in memory; an object or an archive (the builder adds it in its place). */
typedef struct script_input {
	const char *path;            /* "-" is standard input */
	const char *text;            /* non-NULL: parse this, do not read PATH */
	size_t len;
	p9ld_file_kind kind;         /* P9LD_FILE_OBJECT, _ARCHIVE: not a script */
} script_input;

struct parser {
	parse_out *out;
	pool lasting;                /* files, paths: until the end */
	const char *const *incdirs;  /* -I, in order */
	size_t nincdirs;
	unsigned depth;              /* includes being read inside others */
	unsigned errors;             /* the errors the parser has said */
	unsigned error_limit;        /* the link's (0: none) */
};

/* The parser has said enough errors to reach the link's limit, or the
 * builder has: it reads no further. */
bool parse_stopped(parser *p);

/* Each input in order, includes in place; every event to P->out. */
void parse_inputs(parser *p, const script_input *in, size_t n);
/* A diagnostic of the parser's side, as an event in its place. */
void parse_diag(parser *p, p9ld_severity sev, sloc at, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void parse_vdiag(parser *p, p9ld_severity sev, sloc at, const char *fmt, va_list ap);
/* The statement ST is complete (HELD as parse_out's put). */
void parse_stmt(parser *p, sstmt *st, bool held);
/* A statement naming a file (include, source, object, archive): NULL
 * after a diagnostic when the path holds a NUL byte. */
sstmt *parse_path_stmt(parser *p, int kind, sloc at, const p9s_text *path,
		       sloc path_at);
/* TEXT as one expression (a command-line value), or NULL after a
 * diagnostic naming NAME. */
sexpr *parse_expr_text(parser *p, const char *name, const char *text);
/* A command-line value TEXT as a file of its own called NAME, for the
 * places of its errors. */
sfile *parse_option_file(parser *p, const char *name, const char *text);

/* ---- build.c: statements into the image, in order ------------------------
 * A statement that cannot be built yet -- an atom before the arch, a size
 * that names a constant not defined yet -- starts a queue that build_end
 * replays, constants first.  The command line's constants come first of
 * all; its other settings last, so they override. */

typedef struct builder builder;
void build_begin(script *s, const char *cli_arch, sstmt *settings);
void build_stmt(script *s, sstmt *st);
bool build_queuing(const script *s);   /* statements wait in the queue */
bool build_end(script *s, sstmt *settings);
/* A file the link read (a script, include, blob, object, archive), for
 * --depfile. */
void note_dep(script *s, const char *path);

/* ---- sink.c: the parser's events, delivered to the builder ---------------- */

/* Parse IN and build every statement into S's image: on this thread
 * (THREADS 1), or with the parser on a second thread.  The memory of the
 * statements the builder queued stays in S until the end. */
void sink_parse_and_build(script *s, parser *p, const script_input *in, size_t n,
			  int threads);
/* A command-line value TEXT as one expression, or NULL after its
 * diagnostic (which names NAME, e.g. "-T"). */
sexpr *sink_parse_value(script *s, parser *p, const char *name, const char *text);
/* The place of a command-line value TEXT that is no expression (-E's
 * name), in a file called NAME. */
sloc sink_option_place(script *s, parser *p, const char *name, const char *text);

/* ---- the whole link's state, on the builder's side ------------------------ */

typedef struct sdep {            /* a prerequisite for --depfile */
	const char *path;
	struct sdep *next;
} sdep;

struct script {
	p9ld_image *img;
	reporter rep;
	pool lasting;                /* for the whole link */
	pool queued;                 /* the batches of the statements the builder queued */
	sdep *deps, *deps_tail;      /* scripts, includes, blobs, objects, in order */
	strtab dep_index;            /* the deps, by path */
	blobs blobs;                 /* incbin files read so far */
	const char *const *incdirs;  /* -I, for incbin */
	size_t nincdirs;
	builder *builder;
};

/* fork.c: a big link runs in a child; the parent exits with its status */
void fork_start(void);                    /* only the child returns */
void fork_hold(const char *output);       /* before replacing OUTPUT */
void fork_finish(int status);             /* output and messages all out */

/* ---- guard.c: inputs that change, temporaries, signals ---------------------- */

void guard_install(void);                 /* the handlers, once, first of all */
/* PATH was read as it is in ST (a regular file's identity is noted). */
void guard_input(const char *path, const struct stat *st);
/* Every noted input is as it was read; else each that changed is said. */
bool guard_check(reporter *r);
/* The input that is the file ST, or NULL. */
const char *guard_is_input(const struct stat *st);
/* A temporary NAME in the folder DIR, removed on SIGINT, SIGTERM, SIGHUP
 * and SIGBUS: its slot, for guard_temp_gone once it is renamed. */
int guard_temp(int dir, const char *name);
void guard_temp_gone(int slot);
void guard_forward(pid_t child);          /* fork.c's parent: signals go to CHILD */
/* SIGINT, SIGTERM and SIGHUP held back in this thread, and let through
 * again: around a temporary's making and noting, and around starting a
 * thread, which inherits the hold and so never takes them. */
void guard_hold(sigset_t *saved);
void guard_release(const sigset_t *saved);
void guard_free(void);

/* ---- commit.c: outputs written whole or not at all ------------------------ */

/* The link's outputs: the image ("-": standard output), and the map and
 * the depfile when asked for (else NULL). */
typedef struct outputs {
	const char *image, *map, *depfile;
} outputs;

/* No two name one file: the same device and inode where both exist, the
 * same folder and name where neither does.  Else usage errors. */
bool outputs_apart(script *s, const outputs *o);
/* None names an input of IN (before the link), or any file the link read
 * (after it).  Else usage errors. */
bool outputs_not_named(script *s, const outputs *o, const script_input *in, size_t nin);
bool outputs_not_read(script *s, const outputs *o);
/* Write them all, or none: each to a temporary beside its name (beside
 * its file, when the name is a symbolic link), renamed into place once
 * all are complete and no input has changed; a device, a FIFO or
 * standard output (by any name) is written into.  False after the
 * errors. */
bool outputs_write(script *s, const outputs *o);

/* ---- outputs.c: the map and the depfile ------------------------------------- */

/* The map of the image IMAGE (LEN bytes, as written to OUTPUT) to F. */
bool write_map(script *s, FILE *f, const uint8_t *image, size_t len,
	       const char *output);
bool write_depfile(script *s, FILE *f, const char *output);  /* false: reported */

#endif
