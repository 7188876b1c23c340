/*
 * Hints: calls whose only effect is speed, for the library's in-tree
 * clients (the p9ld command's builder).  This is the library's tuning
 * seam toward them: not installed, and not exported (the shared library
 * exports p9ld_* only), so the public API stays behaviour.
 */
#ifndef P9LD_HINTS_H
#define P9LD_HINTS_H

#include <stddef.h>

#include "p9ld/p9ld.h"

/* NAME will soon be looked up: its slot in the name table, fetched. */
void hint_name_slot(const p9ld_image *img, const char *name, size_t len);

/* NAME will soon be defined or used: its record, fetched (a lookup, so
 * its slot should have been hinted well before). */
void hint_name_record(const p9ld_image *img, const char *name, size_t len);

#endif
