/*
 * What the addresses an instruction names are, in the words p9dump -d and
 * p9run's instruction trace and fault report both use, so that a listing
 * line and a trace line of the same instruction read alike:
 *
 *   <sym>, <sym+0x10>   an address in text, data or bss (etext and end
 *                       counting as their segment's) under a symbol of
 *                       a segment it is in
 *   <got(sym+0x10)>     a GOT slot, named by what it holds
 *   <got(0x1234)>       a GOT slot holding an address nothing names
 *
 * Nothing is said of an address outside the image, or of one whose
 * nearest symbol below lies in another segment (a number that only looks
 * like an address).  The slots are the file's: a Plan 9 image is linked
 * whole, so the GOT a program reads is the one in the file.
 *
 * Built on the a.out reader's public face alone (p9ld/aout.h).
 *
 * Memory rule: an annotator borrows its image and owns the text it
 * returns, which lives until the next annotate_insn or annotator_free.
 */
#ifndef P9LD_DISASM_ANNOTATE_H
#define P9LD_DISASM_ANNOTATE_H

#include <stddef.h>
#include <stdint.h>

#include "disasm/disasm.h"
#include "p9ld/aout.h"

typedef struct annotator {
	const p9ld_aout *a;
	uint64_t got, nslots;        /* the GOT, nslots 0 when none */
	const uint64_t *slots;
	const p9ld_aout_sym *data_start; /* the first data symbol, when text
	                                  * ends where data starts */
	char *text;                  /* the last annotation */
	size_t cap;
} annotator;

/* An annotator for A (which must outlive it). */
void annotator_init(annotator *n, const p9ld_aout *a);
void annotator_free(annotator *n);

/* "  ; <a> <b>" for the refs of IN that name something, "" when none
 * does; no name is ever cut short.  NULL when out of memory. */
const char *annotate_insn(annotator *n, const disasm_insn *in);

#endif
