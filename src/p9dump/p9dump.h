/*
 * p9dump's one header: the views of an image, one file each.  Every view
 * prints to stdout, one fact a line; a view that can fail says why on
 * stderr, naming FILE, and returns false.
 */
#ifndef P9DUMP_H
#define P9DUMP_H

#include <stdbool.h>
#include <stdio.h>

#include "p9ld/aout.h"

/* The hex digits of an address or symbol value for the image's arch. */
int value_width(const p9ld_aout *a);

/* show.c */
void show_summary(const p9ld_aout *a);
void show_header(const p9ld_aout *a);
void show_symbols(const p9ld_aout *a);
void show_lines(const p9ld_aout *a);
bool show_got(const p9ld_aout *a, const char *file);
void show_hex(const p9ld_aout *a, int which);

/* listing.c: the disassembly of text, or of the text symbols named */
typedef struct listing_opts {
	const char *const *syms;     /* NULL: all of text */
	size_t nsyms;
} listing_opts;

/* 0, 1 (a symbol not in FILE) or 2 (no disassembler for its arch). */
int show_listing(const p9ld_aout *a, const char *file, const listing_opts *o);

#endif
