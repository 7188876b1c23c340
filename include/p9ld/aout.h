/*
 * libp9ld, the reading half: decode any Plan 9 a.out -- p9ld's, the Plan 9
 * linkers', Go's.
 *
 * p9ld_aout_read() validates the whole file before it returns: the header,
 * every size against the file, every symbol and name, the z paths, and the
 * pc/line table's opcodes.  A damaged file gives NULL and one message
 * naming the field and its file offset; a file that opens can then be
 * queried without further checks.
 *
 * Memory rule: a reader borrows the bytes it was given (p9ld_aout_open keeps
 * its own copy of the file) and owns everything it returns; all of it dies
 * with p9ld_aout_close().
 */
#ifndef P9LD_AOUT_H
#define P9LD_AOUT_H

#include <stddef.h>
#include <stdint.h>

#include "p9ld/p9ld.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct p9ld_aout p9ld_aout;

/* The header, raw and decoded. */
typedef struct p9ld_aout_header {
	uint32_t magic;              /* as written, DYN_MAGIC bit included */
	uint32_t text, data, bss, syms, entry, spsz, pcsz;
	uint64_t entry64;            /* the fat header's entry, else == entry */
	unsigned size;               /* 32 or 40 */
	int fat;                     /* HDR_MAGIC (0x8000) set */
	int dyn;                     /* DYN_MAGIC (0x80000000) set */
	const p9ld_arch *arch;       /* from the magic */
} p9ld_aout_header;

/* Where each part lies in the file and, for text, data and bss, in memory
 * as the 9front kernel maps it: text from file offset 0 at the text base
 * less the header, data at the text end rounded up to the arch's round,
 * bss right after data. */
typedef struct p9ld_aout_part {
	uint64_t offset, size;       /* in the file */
	uint64_t vaddr, memsize;     /* in memory (text, data, bss) */
} p9ld_aout_part;

enum { P9LD_PART_TEXT, P9LD_PART_DATA, P9LD_PART_BSS, P9LD_PART_SYMS,
       P9LD_PART_SPSZ, P9LD_PART_PCSZ, P9LD_NPARTS };

typedef struct p9ld_aout_sym {
	uint64_t value;
	char type;                   /* the letter, 0x80 removed */
	const char *name;            /* z and Z: the path, decoded through f */
	uint64_t offset;             /* of the entry in the file */
} p9ld_aout_sym;

/* Read the file at PATH, or the LEN bytes at BYTES (borrowed).  NULL with a
 * message in ERR (ERRSIZE bytes, may be 0) when the file cannot be read or
 * is damaged. */
p9ld_aout *p9ld_aout_open(const char *path, char *err, size_t errsize);
p9ld_aout *p9ld_aout_read(const void *bytes, size_t len, char *err,
			  size_t errsize);
void p9ld_aout_close(p9ld_aout *a);

const p9ld_aout_header *p9ld_aout_header_of(const p9ld_aout *a);
const p9ld_aout_part *p9ld_aout_get_part(const p9ld_aout *a, int which);

/* The bytes of the file from OFFSET, for SIZE bytes (inside the file: the
 * parts above always are). */
const uint8_t *p9ld_aout_bytes(const p9ld_aout *a, uint64_t offset);
uint64_t p9ld_aout_file_size(const p9ld_aout *a);

/* The symbol table in file order. */
size_t p9ld_aout_nsyms(const p9ld_aout *a);
const p9ld_aout_sym *p9ld_aout_get_sym(const p9ld_aout *a, size_t i);

/* The first symbol called NAME, or NULL. */
const p9ld_aout_sym *p9ld_aout_lookup(const p9ld_aout *a, const char *name);

/* The text, data or bss symbol (T t L l D d B b) whose value is closest at
 * or below ADDR, or NULL. */
const p9ld_aout_sym *p9ld_aout_symbol_at(const p9ld_aout *a, uint64_t addr);

/* libmach's pc2line: the line the pc/line table gives PC (0 when there is
 * no table), and the source file and line in it through the z history of
 * the text symbol containing PC (*FILE NULL when there is none). */
int64_t p9ld_aout_pc2line(const p9ld_aout *a, uint64_t pc);
int p9ld_aout_fileline(const p9ld_aout *a, uint64_t pc, const char **file,
		       int64_t *line);

/* Call FN for each pc of text where the decoded line changes, in pc
 * order. */
typedef void (*p9ld_aout_line_fn)(void *user, uint64_t pc, const char *file,
				  int64_t line);
void p9ld_aout_lines(const p9ld_aout *a, p9ld_aout_line_fn fn, void *user);

/* The GOT when the symbol __GOT is present: its address and its slots (in
 * the arch's byte order; *SLOTS owned by the reader), from __GOT to the
 * next data or bss symbol above it or the end of data, trailing zero slots
 * (alignment padding) left out.  Returns the slot count; -1 when there is
 * no __GOT, or it lies outside data (message in ERR). */
long p9ld_aout_got(const p9ld_aout *a, uint64_t *addr, const uint64_t **slots,
		   char *err, size_t errsize);

#ifdef __cplusplus
}
#endif

#endif
