/*
 * mkdamaged: the corpus of damaged a.out files, each with the one message
 * the reader must give for it.
 *
 *	mkdamaged DIR         write DIR/NAME.bin and DIR/NAME.msg for every case
 *	mkdamaged             check every case against the library's reader
 *	mkdamaged --base DIR  write the good images: DIR/amd64.out, DIR/arm.out
 *
 * Each case starts from a good image built by the engine (base.c): amd64
 * (fat header, 8-byte symbol values) or arm (4-byte values), and changes a
 * few bytes.  The offsets below were read off those images: amd64 text at
 * 40 (10 bytes), data at 50 (27), syms at 77 (127: __GOT 77, f 92 103 116,
 * msg 132, buf 145, z 158 and 176, _start 188), pc/line at 204 (8: 0a 81
 * 00 00 00 01 22 81), 212 bytes in all; arm text at 32 (12), data at 44
 * (15), syms at 59 (91: __GOT 59, f 70 77 86, msg 98, buf 107, z 116 and
 * 130, _start 138), pc/line at 150 (8), 158 bytes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base.h"
#include "p9ld/aout.h"

typedef enum { END, TRUNC, WORD, BYTE, PAIR } op_kind;

typedef struct op {
	op_kind kind;
	size_t off;                  /* TRUNC: the new length */
	uint32_t value;
} op;

typedef struct damage {
	const char *name;
	const char *arch;
	op ops[3];
	const char *msg;
} damage;

#define A "amd64"
#define R "arm"
#define T(n) { TRUNC, n, 0 }
#define W(off, v) { WORD, off, v }         /* a big-endian header word */
#define B(off, v) { BYTE, off, v }
#define P(off, v) { PAIR, off, v }         /* a big-endian 16-bit value */

static const damage cases[] = {
	/* the header, cut at every word */
	{ "empty", A, { T(0) }, "truncated header: the file is 0 bytes, the header needs 32" },
	{ "hdr-magic", A, { T(4) }, "truncated header: the file is 4 bytes, the header needs 32" },
	{ "hdr-text", A, { T(8) }, "truncated header: the file is 8 bytes, the header needs 32" },
	{ "hdr-data", A, { T(12) }, "truncated header: the file is 12 bytes, the header needs 32" },
	{ "hdr-bss", A, { T(16) }, "truncated header: the file is 16 bytes, the header needs 32" },
	{ "hdr-syms", A, { T(20) }, "truncated header: the file is 20 bytes, the header needs 32" },
	{ "hdr-entry", A, { T(24) }, "truncated header: the file is 24 bytes, the header needs 32" },
	{ "hdr-spsz", A, { T(28) }, "truncated header: the file is 28 bytes, the header needs 32" },
	{ "hdr-pcsz", A, { T(31) }, "truncated header: the file is 31 bytes, the header needs 32" },
	{ "fat-0", A, { T(32) }, "truncated header: the file is 32 bytes, the fat header needs 40" },
	{ "fat-4", A, { T(36) }, "truncated header: the file is 36 bytes, the fat header needs 40" },
	{ "fat-7", A, { T(39) }, "truncated header: the file is 39 bytes, the fat header needs 40" },
	{ "arm-hdr", R, { T(20) }, "truncated header: the file is 20 bytes, the header needs 32" },
	/* the parts, cut short */
	{ "cut-text", A, { T(45) }, "text size 10 runs past end of file at 40 (the file is 45 bytes)" },
	{ "cut-data", A, { T(60) }, "data size 27 runs past end of file at 50 (the file is 60 bytes)" },
	{ "cut-syms", A, { T(150) }, "syms size 127 runs past end of file at 77 (the file is 150 bytes)" },
	{ "cut-pcsz", A, { T(208) }, "pcsz size 8 runs past end of file at 204 (the file is 208 bytes)" },
	{ "arm-cut-text", R, { T(40) }, "text size 12 runs past end of file at 32 (the file is 40 bytes)" },
	{ "arm-cut-syms", R, { T(100) }, "syms size 91 runs past end of file at 59 (the file is 100 bytes)" },
	/* sizes that lie */
	{ "lie-text", A, { W(4, 0xffffffff) }, "text size 4294967295 runs past end of file at 40 (the file is 212 bytes)" },
	{ "lie-data", A, { W(8, 0x10000) }, "data size 65536 runs past end of file at 50 (the file is 212 bytes)" },
	{ "lie-syms", A, { W(16, 9000) }, "syms size 9000 runs past end of file at 77 (the file is 212 bytes)" },
	{ "lie-spsz", A, { W(24, 100) }, "spsz size 100 runs past end of file at 204 (the file is 212 bytes)" },
	{ "lie-pcsz", A, { W(28, 0x7fffffff) }, "pcsz size 2147483647 runs past end of file at 204 (the file is 212 bytes)" },
	/* magics */
	{ "magic-junk", A, { W(0, 0x12345678) }, "unknown magic 0x12345678 at offset 0" },
	{ "magic-zero", A, { W(0, 0) }, "unknown magic 0x00000000 at offset 0" },
	{ "magic-elf", A, { W(0, 0x7f454c46) }, "unknown magic 0x7f454c46 at offset 0" },
	{ "magic-fat-unknown", A, { W(0, 0x8001) }, "unknown magic 0x00008001 at offset 0" },
	{ "magic-text", R, { W(0, 0x68656c6c) }, "unknown magic 0x68656c6c at offset 0" },
	/* symbols, 8-byte values */
	{ "sym-no-0x80", A, { B(85, 'd') }, "symbol at 77: type byte 0x64 lacks the 0x80 bit" },
	{ "sym-cut-value", A, { W(16, 4) }, "symbol at 77: the 8-byte value runs past end of symbol table at 81" },
	{ "sym-cut-type", A, { W(16, 8) }, "symbol at 77: type byte runs past end of symbol table at 85" },
	{ "sym-cut-name", A, { W(16, 12) }, "symbol at 77: name runs past end of symbol table at 89 without its NUL" },
	{ "sym-last-no-nul", A, { B(203, 'X') }, "symbol at 188: name runs past end of symbol table at 204 without its NUL" },
	{ "sym-trailing-byte", A, { W(16, 128), W(28, 7) }, "symbol at 204: the 8-byte value runs past end of symbol table at 205" },
	{ "z-lead-byte", A, { B(167, 1) }, "z symbol at 158: name does not start with a 0 byte" },
	{ "z-bad-component", A, { P(168, 0x7777) }, "z symbol at 158: path component 30583 at 168 has no f symbol before it" },
	{ "z-no-f", A, { B(100, 'F' | 0x80) }, "z symbol at 158: path component 1 at 168 has no f symbol before it" },
	{ "z-odd-length", A, { W(16, 96) }, "z symbol at 158: name of odd length runs past end of symbol table at 173" },
	{ "z-no-terminator", A, { W(16, 97) }, "z symbol at 158: name runs past end of symbol table at 174 without its 0 0" },
	{ "z-no-name", A, { W(16, 90) }, "z symbol at 158: name runs past end of symbol table at 167" },
	/* symbols, 4-byte values */
	{ "arm-sym-no-0x80", R, { B(63, 'd') }, "symbol at 59: type byte 0x64 lacks the 0x80 bit" },
	{ "arm-sym-cut-value", R, { W(16, 2) }, "symbol at 59: the 4-byte value runs past end of symbol table at 61" },
	{ "arm-sym-last-no-nul", R, { B(149, 'X') }, "symbol at 138: name runs past end of symbol table at 150 without its NUL" },
	{ "arm-z-odd-length", R, { W(16, 68) }, "z symbol at 116: name of odd length runs past end of symbol table at 127" },
	{ "arm-z-bad-component", R, { P(122, 0x1234) }, "z symbol at 116: path component 4660 at 122 has no f symbol before it" },
	/* the pc/line table */
	{ "pc-cut-opcode0", A, { W(28, 4) }, "pc/line table at 206: opcode 0 needs 4 more bytes, the table ends at 208" },
	{ "arm-pc-cut-opcode0", R, { W(28, 5) }, "pc/line table at 152: opcode 0 needs 4 more bytes, the table ends at 155" },
};

static uint8_t *damaged(const damage *d, size_t *len)
{
	uint8_t *f = base_image(d->arch, len);
	if (!f)
		return NULL;
	for (const op *o = d->ops; o < d->ops + 3 && o->kind != END; o++) {
		switch (o->kind) {
		case TRUNC: *len = o->off; break;
		case BYTE: f[o->off] = (uint8_t)o->value; break;
		case PAIR:
			f[o->off] = (uint8_t)(o->value >> 8);
			f[o->off + 1] = (uint8_t)o->value;
			break;
		case WORD:
			for (int i = 0; i < 4; i++)
				f[o->off + i] = (uint8_t)(o->value >> (24 - 8 * i));
			break;
		case END: break;
		}
	}
	return f;
}

static int write_file(const char *dir, const char *name, const char *ext,
		      const void *p, size_t n)
{
	char path[512];
	snprintf(path, sizeof path, "%s/%s.%s", dir, name, ext);
	FILE *f = fopen(path, "wb");
	if (!f || fwrite(p, 1, n, f) != n || fclose(f) != 0) {
		fprintf(stderr, "mkdamaged: cannot write %s\n", path);
		return 1;
	}
	return 0;
}

static int write_bases(const char *dir)
{
	int bad = 0;
	const char *arches[] = { A, R };
	for (int i = 0; i < 2; i++) {
		size_t len;
		uint8_t *f = base_image(arches[i], &len);
		bad |= !f || write_file(dir, arches[i], "out", f, len);
		free(f);
	}
	return bad;
}

int main(int argc, char **argv)
{
	int bad = 0;
	if (argc > 2 && strcmp(argv[1], "--base") == 0)
		return write_bases(argv[2]);
	size_t n = sizeof cases / sizeof cases[0];
	for (size_t i = 0; i < n; i++) {
		const damage *d = &cases[i];
		size_t len;
		uint8_t *f = damaged(d, &len);
		if (!f) {
			fprintf(stderr, "mkdamaged: cannot build the %s base image\n", d->arch);
			return 1;
		}
		if (argc > 1) {
			bad |= write_file(argv[1], d->name, "bin", f, len);
			bad |= write_file(argv[1], d->name, "msg", d->msg, strlen(d->msg));
		} else {
			/* read from an exact-size copy, so a read past the end is
			 * caught by ASan or valgrind */
			uint8_t *exact = malloc(len ? len : 1);
			memcpy(exact, f, len);
			char err[256] = "";
			p9ld_aout *a = p9ld_aout_read(exact, len, err, sizeof err);
			if (a || strcmp(err, d->msg) != 0) {
				fprintf(stderr, "mkdamaged: %s: got \"%s\"\n  want \"%s\"\n",
					d->name, a ? "(no error)" : err, d->msg);
				bad = 1;
			}
			p9ld_aout_close(a);
			free(exact);
		}
		free(f);
	}
	if (!bad)
		printf("mkdamaged: %zu damaged files %s\n", n, argc > 1 ? "written" : "give their messages");
	return bad;
}
