/*
 * mkshapes: images of the shapes that once made p9dump slow, and a corpus
 * of odd but sound images for the disassembler to walk.
 *
 *	mkshapes history N FILE   a 386 image whose one z history opens and
 *	                          closes N includes, with a line change at each
 *	                          of its N text bytes: pc 0x1020+k is /a.c:k+2
 *	mkshapes mutants DIR      DIR/ARCH-I.out for every arch, I = 0..7: text
 *	                          of random bytes (a fixed seed), labels at odd
 *	                          offsets, lines, GOT and pc-relative fixups
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "p9ld/p9ld.h"

static const p9ld_place here = { "mkshapes.c", 0, 0 };

static int write_file(const char *path, const void *p, size_t n)
{
	FILE *f = fopen(path, "wb");
	if (!f || fwrite(p, 1, n, f) != n || fclose(f) != 0) {
		fprintf(stderr, "mkshapes: cannot write %s\n", path);
		return 1;
	}
	return 0;
}

/* ---- history ------------------------------------------------------------ */

typedef struct out {
	uint8_t *p;
	size_t len, cap;
} out;

static void put(out *o, const void *p, size_t n)
{
	if (o->len + n > o->cap) {
		o->cap = 2 * (o->len + n);
		o->p = realloc(o->p, o->cap);
		if (!o->p) {
			fprintf(stderr, "mkshapes: out of memory\n");
			exit(1);
		}
	}
	memcpy(o->p + o->len, p, n);
	o->len += n;
}

static void put_be32(out *o, uint32_t v)
{
	uint8_t b[4] = { (uint8_t)(v >> 24), (uint8_t)(v >> 16), (uint8_t)(v >> 8), (uint8_t)v };
	put(o, b, 4);
}

/* A 386 symbol: 4-byte value, letter | 0x80, then NAME (LEN bytes,
 * its terminator included). */
static void put_sym(out *o, uint32_t value, char letter, const void *name, size_t len)
{
	put_be32(o, value);
	uint8_t t = (uint8_t)letter | 0x80;
	put(o, &t, 1);
	put(o, name, len);
}

static int history(long n, const char *path)
{
	out syms = { 0 }, file = { 0 };
	static const uint8_t a_c[] = { 0, 0, 1, 0, 2, 0, 0 };   /* "/" "a.c" */
	static const uint8_t b_h[] = { 0, 0, 1, 0, 3, 0, 0 };   /* "/" "b.h" */
	static const uint8_t close[] = { 0, 0, 0 };
	put_sym(&syms, 1, 'f', "/", 2);
	put_sym(&syms, 2, 'f', "a.c", 4);
	put_sym(&syms, 3, 'f', "b.h", 4);
	put_sym(&syms, 1, 'z', a_c, sizeof a_c);
	for (long k = 0; k < n; k++) {
		put_sym(&syms, (uint32_t)(2 + 2 * k), 'z', b_h, sizeof b_h);
		put_sym(&syms, (uint32_t)(3 + 2 * k), 'z', close, sizeof close);
	}
	put_sym(&syms, 0x1020, 'T', "main", 5);
	/* line 3 at the first pc (a.c's line 2), then 2 more at each pc: just
	 * past the close of one more include */
	uint32_t hdr[8] = { 0x1eb, (uint32_t)n, 0, 0, (uint32_t)syms.len, 0x1020, 0, (uint32_t)n };
	for (int i = 0; i < 8; i++)
		put_be32(&file, hdr[i]);
	for (long k = 0; k < n; k++)
		put(&file, "\x90", 1);
	put(&file, syms.p, syms.len);
	for (long k = 0; k < n; k++)
		put(&file, k ? "\x02" : "\x03", 1);
	int bad = write_file(path, file.p, file.len);
	free(syms.p);
	free(file.p);
	return bad;
}

/* ---- mutants ------------------------------------------------------------ */

static uint64_t rng = 0x9e3779b97f4a7c15ull;

static unsigned next(unsigned below)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng % below);
}

static void report(void *user, const p9ld_diag *d)
{
	fprintf(stderr, "mkshapes: %s: %s\n", (const char *)user, d->message);
}

static void random_bytes(p9ld_image *img, p9ld_atom *a, unsigned n)
{
	uint8_t b[256];
	for (unsigned i = 0; i < n && i < sizeof b; i++)
		b[i] = (uint8_t)next(256);
	p9ld_emit_bytes(img, a, b, n < sizeof b ? n : sizeof b, here);
}

/* Random text in quantum-sized runs, each on its own line, with labels
 * that may fall between instructions' bytes, a GOT slot's address and a
 * pc-relative reference to data among them. */
static uint8_t *mutant(const p9ld_arch *arch, int i, size_t *len)
{
	p9ld_image *img = p9ld_image_new(report, (void *)arch->name);
	unsigned q = arch->pc_quantum;
	p9ld_set_arch(img, arch, here);
	p9ld_source(img, i & 1 ? "/src/m.s" : "m.s", here);
	p9ld_atom_opts global = { 0, 0, P9LD_GLOBAL };
	p9ld_atom *s = p9ld_atom_new(img, P9LD_TEXT, "_start", &global, here);
	for (int run = 0; run < 6; run++) {
		if (p9ld_atom_size(s) % q)            /* lines start on the quantum */
			random_bytes(img, s, q - (unsigned)(p9ld_atom_size(s) % q));
		p9ld_line(img, s, 1 + next(1000), here);
		random_bytes(img, s, q * (1 + next(12)));
		if (next(3) == 0) {
			char name[16];
			random_bytes(img, s, 1 + next(3));    /* off the quantum */
			snprintf(name, sizeof name, "l%d", run);
			p9ld_label(img, s, name, here);
		}
		if (next(2) == 0)
			p9ld_emit_addr(img, s, p9ld_expr_got(img, "msg", here), here);
		if (next(2) == 0)
			p9ld_emit_pcrel(img, s, p9ld_expr_name(img, "msg", here), 4, here);
	}
	p9ld_atom *f = p9ld_atom_new(img, P9LD_TEXT, "f", NULL, here);
	random_bytes(img, f, 1 + next(64));
	p9ld_atom *m = p9ld_atom_new(img, P9LD_DATA, "msg", NULL, here);
	random_bytes(img, m, 1 + next(16));
	p9ld_emit_zero(img, p9ld_atom_new(img, P9LD_BSS, "buf", NULL, here), 16, here);
	uint8_t *bytes = NULL;
	if (p9ld_link(img) != 0 || p9ld_write_mem(img, &bytes, len) != 0)
		bytes = NULL;
	p9ld_image_free(img);
	return bytes;
}

static int mutants(const char *dir)
{
	int bad = 0;
	for (size_t a = 0; a < p9ld_arch_count(); a++) {
		const p9ld_arch *arch = p9ld_arch_at(a);
		for (int i = 0; i < 8; i++) {
			size_t len;
			uint8_t *b = mutant(arch, i, &len);
			char path[512];
			snprintf(path, sizeof path, "%s/%s-%d.out", dir, arch->name, i);
			bad |= !b || write_file(path, b, len);
			free(b);
		}
	}
	return bad;
}

int main(int argc, char **argv)
{
	if (argc == 4 && strcmp(argv[1], "history") == 0)
		return history(strtol(argv[2], NULL, 10), argv[3]);
	if (argc == 3 && strcmp(argv[1], "mutants") == 0)
		return mutants(argv[2]);
	fprintf(stderr, "usage: mkshapes history N FILE | mutants DIR\n");
	return 2;
}
