/* The good images the damaged corpus and the golden dumps start from:
 * built through the engine, so they carry every part -- text, data, bss,
 * a GOT, f and z symbols, and a pc/line table with a 4-byte opcode. */
#include <stdio.h>
#include <stdlib.h>

#include "base.h"

static const p9ld_place here = { "base.c", 0, 0 };

static void report(void *user, const p9ld_diag *d)
{
	(void)user;
	fprintf(stderr, "base image: %s\n", d->message);
}

uint8_t *base_image(const char *arch, size_t *len)
{
	p9ld_image *img = p9ld_image_new(report, NULL);
	p9ld_set_arch(img, p9ld_arch_find(arch), here);
	unsigned q = p9ld_arch_find(arch)->pc_quantum;
	p9ld_source(img, "/src/main.s", here);
	p9ld_atom_opts global = { 0, 0, P9LD_GLOBAL };
	p9ld_atom *s = p9ld_atom_new(img, P9LD_TEXT, "_start", &global, here);
	p9ld_line(img, s, 10, here);
	p9ld_emit_fill(img, s, 2 * q, 0x11, here);
	p9ld_line(img, s, 300, here);             /* a jump of 290: opcode 0 */
	p9ld_emit_addr(img, s, p9ld_expr_got(img, "msg", here), here);
	p9ld_atom *m = p9ld_atom_new(img, P9LD_DATA, "msg", NULL, here);
	p9ld_emit_bytes(img, m, "hi\n", 3, here);
	p9ld_atom *b = p9ld_atom_new(img, P9LD_BSS, "buf", NULL, here);
	p9ld_emit_zero(img, b, 32, here);
	uint8_t *out = NULL;
	if (p9ld_link(img) != 0 || p9ld_write_mem(img, &out, len) != 0)
		out = NULL;
	p9ld_image_free(img);
	return out;
}
