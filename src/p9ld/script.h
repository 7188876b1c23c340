/*
 * The p9ld front end: the one header its files share.  The scanner and
 * parser (grammar/) turn each script file into a list of statements; the
 * builder replays them into libp9ld through its public API; main.c is the
 * command line.  Nothing here reaches into the library's internals.
 */
#ifndef P9LD_SCRIPT_H
#define P9LD_SCRIPT_H

#include <stdarg.h>
#include <stdio.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "p9ld/p9ld.h"

typedef struct pool pool;
typedef struct sfile sfile;
typedef struct sloc sloc;
typedef struct sexpr sexpr;
typedef struct sitem sitem;
typedef struct sstmt sstmt;
typedef struct script script;

/* ---- pool.c: memory that lives as long as the link --------------------- */

struct pool {
	struct pool_block *head;
	struct pool_block *spare;    /* released blocks, for reuse */
	size_t next_block;
};

/* A point in the pool to return to: everything allocated after it is
 * released at once. */
typedef struct pool_mark {
	struct pool_block *block;
	size_t used;
} pool_mark;

void *pool_alloc(script *s, size_t n);          /* zeroed; exits on OOM */
char *pool_strndup(script *s, const char *p, size_t n);
/* A token's text, as the scanner hands it to the parser: its length, then
 * its bytes and a NUL.  One pointer, so that the parser's value (which it
 * copies at every shift) is 8 bytes, stored and loaded whole. */
typedef struct p9s_text {
	uint32_t len;
	char s[];
} p9s_text;
p9s_text *pool_text(script *s, const char *p, size_t n);   /* a copy of P */
p9s_text *pool_text_room(script *s, size_t n);   /* N bytes and a NUL, to fill */
/* Memory for what outlives the statement that made it (files, their
 * names -- the engine keeps them in its places --, dependencies): never
 * released before the end. */
void *lasting_alloc(script *s, size_t n);
char *lasting_strndup(script *s, const char *p, size_t n);
pool_mark pool_here(script *s);
void pool_release(script *s, pool_mark m);
void pool_release_all(pool *p);                 /* every block becomes a spare */
void pool_adopt(pool *to, pool *from);          /* FROM's blocks join TO's */
void pool_free(pool *p);

/* ---- files.c: script files, include paths ------------------------------ */

/* A place in a script. */
struct sloc {
	sfile *file;
	uint32_t line, col;
};

struct sfile {
	char *path;                  /* as named: the name in diagnostics */
	char *text;                  /* the file's bytes (mapped, or read) */
	size_t len;
	bool mapped;                 /* munmap at the end */
	size_t dropped;              /* mapped: bytes given back by file_passed */
	bool malloced;               /* free at the end */
	sfile *parent;               /* the file that included it, or NULL */
	sloc included_at;
	uint64_t dev, ino;           /* identity, for include cycles */
	sfile *next;                 /* every file read, in order */
};

/* The scanner has copied F's first N bytes: a mapped file's pages before
 * them leave the process (the page cache keeps them, and a diagnostic
 * quoting a line maps its page again). */
void file_passed(sfile *f, size_t n);
/* Read PATH as a script; NULL (reported at FROM) when it cannot be. */
sfile *file_read(script *s, const char *path, sfile *parent, sloc from);
void files_free(script *s);

/* Resolve PATH named in FROM: relative to FROM's folder, then each -I
 * folder.  A malloc'd path, or NULL when no such file exists. */
char *file_resolve(script *s, const char *path, const sfile *from);

/* Read the whole file at PATH into *BYTES (malloc'd). 0, or errno. */
int file_slurp(const char *path, char **bytes, size_t *len);

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
blob *blob_read(script *s, const char *path, int *err);
void blobs_free(script *s);

/* ---- report.c: diagnostics ------------------------------------------------ */

void report_at(script *s, p9ld_severity sev, sloc at, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void report_vat(script *s, p9ld_severity sev, sloc at, const char *fmt,
		va_list ap);
/* A diagnostic from libp9ld, whose place is one of ours. */
void report_engine(void *user, const p9ld_diag *d);
/* Usage and file errors with no script place: "p9ld: MESSAGE". */
void report_plain(script *s, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
p9ld_place place_of(sloc at);

/* ---- the script, as parsed ------------------------------------------------ */

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
	SS_DIAG,                     /* pipe.c: a parser diagnostic, said in order */
	SS_DEP                       /* pipe.c: a file read, noted in order */
} sstmt_kind;

typedef struct sattrs {
	sexpr *align, *fill;
	unsigned flags;              /* P9LD_LAZY | P9LD_LEAF | P9LD_GLOBAL */
	sloc align_at, fill_at;
} sattrs;

struct sstmt {
	uint8_t kind;                /* sstmt_kind */
	uint8_t seg;                 /* SS_ATOM: p9ld_segment; SS_SYMBOL: seg + 1, 0 none */
	uint8_t policy;              /* SS_GOT */
	sloc at;
	sloc name_at;
	sstmt *next;
	const char *name;            /* arch, entry, const, symbol, export, special, atom */
	const char *alias;           /* export ... as ALIAS */
	const char *path;            /* include, source */
	sexpr *expr;                 /* base, round, const, symbol, bss size */
	sattrs attrs;
	sitem *items, *items_tail;   /* SS_ATOM: text and data */
};

/* ---- the whole link's state ----------------------------------------------- */

typedef struct sdep {            /* a prerequisite for --depfile */
	const char *path;
	struct sdep *next;
} sdep;

struct script {
	pool pool;                   /* per statement, released as statements are built */
	pool lasting;                /* for the whole link */
	sfile *files, *files_tail;
	const char **incdirs;        /* -I, in order */
	size_t nincdirs;
	sdep *deps, *deps_tail;      /* scripts, includes, blobs, in order */
	blob *blobs;                 /* incbin files read so far */
	unsigned errors, error_limit;
	bool too_many;               /* the limit was reached and said so */
	p9ld_image *img;
	const char *prog;            /* "p9ld" */
	FILE *diag_out;              /* diagnostics; NULL: stderr */
	struct builder *builder;
	pool_mark mark;              /* what the statement being parsed may release to */
	bool keep;                   /* parsing into a list (settings): keep everything */
	struct pipe *pipe;           /* the parser runs on its own thread (pipe.c) */
	unsigned pinned;             /* parser thread: in an include read with a
					lookahead token held, batches may not end */
	sstmt *list, *list_tail;     /* that list */
};

/* parse.c: each statement goes to the builder as soon as it is parsed
 * (build_stream); parse_string keeps them in a list instead. */
void parse_file(script *s, sfile *f);
sstmt *parse_string(script *s, const char *name, const char *text);
/* A script held in memory (borrowed: it must outlive S), parsed and built
 * like a file: for tests and the fuzzer. */
void parse_text_as_file(script *s, const char *name, const char *text, size_t len);
void stmt_done(script *s, sstmt *st, bool may_release);
/* Append ST to the statement list HEAD ... TAIL. */
void stmts_append(sstmt **head, sstmt **tail, sstmt *st);
/* Every script named, in order, includes in place. */
void parse_scripts(script *s, int n, char **paths);

/* pipe.c: parsing on a thread of its own, building on this one. */
void pipe_parse_and_build(script *s, int nscripts, char **scripts);
bool pipe_on_parser(const script *s);
bool pipe_stopped(const script *s);
void pipe_put(script *s, sstmt *st, bool may_release);
void pipe_defer_diag(script *s, p9ld_severity sev, sloc at, const char *fmt,
		     va_list ap);
void pipe_defer_dep(script *s, const char *path);
void pipe_lock(script *s);                /* s->lasting and s->files */
void pipe_unlock(script *s);
void note_dep(script *s, const char *path);

/* build.c: statements into the image, in order.  A statement that cannot
 * be built yet -- an atom before the arch, a size that names a constant
 * not defined yet -- starts a queue that build_end replays, constants
 * first. */
typedef struct build_opts {
	const char *arch;            /* --arch, or NULL */
} build_opts;
void build_begin(script *s, const build_opts *o, sstmt *settings);
void build_stream(script *s, sstmt *st);
bool build_keeps(const script *s);         /* queuing: keep statements' memory */
bool build_end(script *s, sstmt *settings);

/* detach.c: a big link runs in a child; the parent exits with its status */
void detach_start(void);                  /* only the child returns */
void detach_hold(const char *output);     /* before replacing OUTPUT */
void detach_finish(int status);           /* output and messages all out */

/* outputs.c */
bool write_map(script *s, const char *path, const char *output);
bool write_depfile(script *s, const char *path, const char *output);

/* sexprs */
void sexprs_push(script *s, sexprs *l, sexpr *e);

#endif
