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
 *
 * Cost: opening reads the header and then only as far as the header's
 * parts reach (a long tail after them is never read); every query below is
 * at most logarithmic in the symbol table, and the walks over the pc/line
 * table (p9ld_aout_lines) take time proportional to it.
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

/* Where a part's address in memory comes from: the image's own symbols
 * and entry where they show it, else the arch's default (archs.md). */
enum p9ld_aout_from {
	P9LD_FROM_DEFAULT,           /* text: the arch's text base; data: the
				      * text end rounded up to the arch's round */
	P9LD_FROM_ETEXT,             /* text: etext less the text size */
	P9LD_FROM_TEXT_SYMS,         /* text: the lowest text symbol */
	P9LD_FROM_ENTRY,             /* text: the entry (no symbol shows more) */
	P9LD_FROM_GOT,               /* data: __GOT, which starts it */
	P9LD_FROM_EDATA,             /* data: edata less the data size */
	P9LD_FROM_END,               /* data: end less the data and bss sizes */
	P9LD_FROM_DATA_SYMS,         /* data: the lowest data symbol */
	P9LD_FROM_DATA               /* bss: right after data */
};

/* Where each part lies in the file and, for text, data and bss, in memory.
 * The 9front kernel maps text from file offset 0 at the text base less the
 * header, data at the text end rounded up to the arch's round, bss right
 * after data.  An image linked elsewhere shows it: etext, or __GOT and
 * edata, give the bases exactly; else the arch's default is kept while the
 * entry and every text and data symbol fall inside the parts it places,
 * and when they do not, the lowest text symbol (or the entry) gives the
 * text base and the lowest data symbol the data base.  FROM says which. */
typedef struct p9ld_aout_part {
	uint64_t offset, size;       /* in the file */
	uint64_t vaddr, memsize;     /* in memory (text, data, bss) */
	int from;                    /* enum p9ld_aout_from (text, data, bss) */
} p9ld_aout_part;

enum { P9LD_PART_TEXT, P9LD_PART_DATA, P9LD_PART_BSS, P9LD_PART_SYMS,
       P9LD_PART_SPSZ, P9LD_PART_PCSZ, P9LD_NPARTS };

typedef struct p9ld_aout_sym {
	uint64_t value;
	char type;                   /* the letter, 0x80 removed */
	const char *name;            /* z and Z: the path, decoded through f */
	uint64_t offset;             /* of the entry in the file */
} p9ld_aout_sym;

/* Read the file at PATH, or the LEN bytes at BYTES (borrowed), or what FD
 * gives from its current offset (a pipe will do; FD stays open and is read
 * no further than the header's parts).  NULL with a message in ERR
 * (ERRSIZE bytes, may be 0) when the file cannot be read or is damaged. */
p9ld_aout *p9ld_aout_open(const char *path, char *err, size_t errsize);
p9ld_aout *p9ld_aout_open_fd(int fd, char *err, size_t errsize);
p9ld_aout *p9ld_aout_read(const void *bytes, size_t len, char *err,
			  size_t errsize);
void p9ld_aout_close(p9ld_aout *a);

const p9ld_aout_header *p9ld_aout_header_of(const p9ld_aout *a);
const p9ld_aout_part *p9ld_aout_get_part(const p9ld_aout *a, int which);

/* The bytes of the file from OFFSET, for SIZE bytes (inside the file: the
 * parts above always are).  The file's size is what the reader holds: the
 * whole file, or up to the end of its last part when more followed. */
const uint8_t *p9ld_aout_bytes(const p9ld_aout *a, uint64_t offset);
uint64_t p9ld_aout_file_size(const p9ld_aout *a);

/* The symbol table in file order. */
size_t p9ld_aout_nsyms(const p9ld_aout *a);
const p9ld_aout_sym *p9ld_aout_get_sym(const p9ld_aout *a, size_t i);

/* The first symbol called NAME, or NULL. */
const p9ld_aout_sym *p9ld_aout_lookup(const p9ld_aout *a, const char *name);

/* The text, data or bss symbol (T t L l D d B b) whose value is closest at
 * or below ADDR (the first in file order of several there), or NULL. */
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
 * the arch's byte order; *SLOTS owned by the reader), every whole
 * pointer-sized word from __GOT to the next data or bss symbol above it or
 * the end of data.  A slot whose value is 0 is still a slot (an atom at
 * address 0 has one); the file does not say where the GOT ends before
 * that bound, so padding before an aligned first data atom shows as slots
 * of 0 too.  Returns the slot count; -1 when there is no __GOT, or it lies
 * outside data (message in ERR). */
long p9ld_aout_got(const p9ld_aout *a, uint64_t *addr, const uint64_t **slots,
		   char *err, size_t errsize);

#ifdef __cplusplus
}
#endif

#endif
