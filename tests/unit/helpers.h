/* Shared by the unit tests: diagnostics capture, link-to-bytes, and
 * independent decoders (written from the spec, not from the engine) for
 * the header, the symbol table and the pc/line table. */
#ifndef P9LD_TEST_HELPERS_H
#define P9LD_TEST_HELPERS_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "p9ld/p9ld.h"

/* Every diagnostic as "FILE:LINE:COL: SEVERITY: MESSAGE\n". */
typedef struct diags {
	char text[16384];
	size_t len;
	unsigned errors, notes, warnings;
} diags;

void collect_diag(void *user, const p9ld_diag *d);

/* A place in a pretend script "t.p9". */
p9ld_place at(uint32_t line, uint32_t col);
extern const p9ld_place nowhere;

/* A new image for ARCH reporting into D. */
p9ld_image *image_for(const char *arch, diags *d);

/* Link and return the file's bytes (malloc'd); fails the test on error. */
uint8_t *link_ok(p9ld_image *img, diags *d, size_t *len);

/* p9ld_write_file on the linked IMG writes exactly the LEN bytes WANT
 * (what p9ld_write_mem gave); fails the test otherwise. */
void file_is(p9ld_image *img, const uint8_t *want, size_t len);

/* Link, expect failure, and check that the diagnostics contain WANT. */
void link_fails(p9ld_image *img, diags *d, const char *want);

/* Shorthands that fail the test on error. */
p9ld_atom *atom(p9ld_image *img, p9ld_segment seg, const char *name,
		uint64_t align, unsigned flags);
void bytes(p9ld_image *img, p9ld_atom *a, const char *hex);
p9ld_expr *sym(p9ld_image *img, const char *name);
p9ld_expr *num(p9ld_image *img, int64_t v);

uint32_t rd_be32(const uint8_t *p);
uint64_t rd_be64(const uint8_t *p);
uint64_t rd_le(const uint8_t *p, unsigned width);

/* One decoded symbol-table entry. */
typedef struct tsym {
	uint64_t value;
	char letter;
	char name[128];              /* z names: decoded to a path */
} tsym;

/* Decode a symbol table of VALUE_SIZE-byte values; z names are decoded
 * through the f symbols seen before them.  Returns the count. */
size_t decode_syms(const uint8_t *p, size_t n, unsigned value_size,
		   tsym *out, size_t max);

/* The symbol table of a whole file, by its header. */
size_t file_syms(const uint8_t *file, size_t len, tsym *out, size_t max);

/* libmach's pc2line over TAB for PC. */
int64_t pc2line(const uint8_t *tab, size_t n, uint64_t text_base,
		unsigned quantum, uint64_t pc);

/* Header fields of a file. */
typedef struct thdr {
	uint32_t magic, text, data, bss, syms, entry, spsz, pcsz;
	uint64_t fat_entry;
	unsigned size;
} thdr;
thdr read_hdr(const uint8_t *file);

#endif
