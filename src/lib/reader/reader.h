/*
 * The a.out reader's layer: the one header of reader/.  Reading needs
 * only the base layer's memory and byte helpers, not the engine.
 */
#ifndef P9LD_READER_H
#define P9LD_READER_H

#include <stdarg.h>
#include <stdbool.h>

#include "base/base.h"
#include "p9ld/aout.h"

/* A z history: the run of z and Z symbols before a group of text symbols. */
typedef struct history {
	size_t first, count;         /* indexes into the symbol table */
	size_t state, nstates;       /* its z symbols' states in hstates */
} history;

/* A text, data or bss symbol, for symbol_at. */
typedef struct addr_sym {
	uint64_t value;
	size_t sym;                  /* index into the symbol table */
} addr_sym;

/* Where a history stands after its first k+1 z symbols (read_lines.c):
 * a line is read through the longest run of them whose values are all at
 * or below it, so the highest value so far decides which state holds. */
typedef struct hstate {
	int64_t highest;             /* the largest z value of the first k+1 */
	const char *file;            /* the innermost open file, or NULL */
	uint64_t start, skipped;     /* its first line; lines its includes took */
} hstate;

/* A text symbol with the history it belongs to, for fileline. */
typedef struct text_sym {
	uint64_t value;
	size_t sym;                  /* index into the symbol table */
	size_t hist;                 /* index into histories, or SIZE_MAX */
} text_sym;

struct p9ld_aout {
	uint8_t *owned;              /* the file's bytes when we read it */
	const uint8_t *bytes;
	size_t len;
	p9ld_aout_header hdr;
	p9ld_aout_part parts[P9LD_NPARTS];
	arena arena;                 /* names */
	vec syms;                    /* p9ld_aout_sym */
	vec histories;               /* history */
	vec texts;                   /* text_sym, sorted by value */
	vec addrs;                   /* addr_sym: T t L l D d B b, by value */
	vec hstates;                 /* hstate, each history's in a run */
	vec got;                     /* uint64_t slots */
	uint64_t got_addr;
	char got_err[160];
	int have_got;
};

/* Report a damaged file: the message goes to the caller's buffer. */
typedef struct read_err {
	char *buf;
	size_t size;
} read_err;

bool read_fail(read_err *e, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* read_header.c */
bool read_header(p9ld_aout *a, read_err *e);

/* read_syms.c */
bool read_syms(p9ld_aout *a, read_err *e);
bool index_addrs(p9ld_aout *a, read_err *e);
void read_got(p9ld_aout *a);

/* read_lines.c */
bool check_pcline(p9ld_aout *a, read_err *e);
bool index_histories(p9ld_aout *a, read_err *e);

#endif
