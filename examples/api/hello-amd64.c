/*
 * hello-amd64: build a Plan 9 amd64 program that prints a line, through
 * libp9ld's C API alone.  Usage: hello-amd64 [OUTPUT]  (default 6.out)
 *
 * It is what a script front end does for
 *
 *	arch amd64;
 *	text _start global { ... pcrel32 msg; ... u32 sizeof(msg); ... }
 *	data msg ascii "hello, world\n";
 */
#include <stdio.h>

#include <p9ld/p9ld.h>

static void print_diag(void *user, const p9ld_diag *d)
{
	static const char *const sev[] = { "error", "warning", "note" };
	(void)user;
	if (d->place.file)
		fprintf(stderr, "%s:%u:%u: ", d->place.file, d->place.line,
			d->place.col);
	fprintf(stderr, "%s: %s\n", sev[d->severity], d->message);
}

static const p9ld_place here = { "hello-amd64.c", 0, 0 };

static void code(p9ld_image *img, p9ld_atom *a, const char *bytes, size_t n)
{
	p9ld_emit_bytes(img, a, bytes, n, here);
}

int main(int argc, char **argv)
{
	const char *out = argc > 1 ? argv[1] : "6.out";
	p9ld_image *img = p9ld_image_new(print_diag, NULL);
	if (!img)
		return 1;
	p9ld_set_arch(img, p9ld_arch_find("amd64"), here);

	/* Plan 9 amd64 system calls: number in BP, arguments from SP+8. */
	p9ld_atom_opts global = { 0, 0, P9LD_GLOBAL };
	p9ld_atom *t = p9ld_atom_new(img, P9LD_TEXT, "_start", &global, here);
	if (!t)
		return 1;
	code(img, t, "\x48\x83\xec\x28", 4);                  /* sub $40, SP */
	code(img, t, "\x48\xc7\x44\x24\x08\x01\0\0\0", 9);     /* movq $1, 8(SP) */
	code(img, t, "\x48\x8d\x05", 3);                      /* lea msg(IP), AX */
	p9ld_emit_pcrel(img, t, p9ld_expr_name(img, "msg", here), 4, here);
	code(img, t, "\x48\x89\x44\x24\x10", 5);              /* mov AX, 16(SP) */
	code(img, t, "\x48\xc7\x44\x24\x18", 5);              /* movq $len, 24(SP) */
	p9ld_emit_value(img, t, p9ld_expr_sizeof(img, "msg", here), 4,
			P9LD_ORDER_ARCH, here);
	code(img, t, "\x48\xc7\x44\x24\x20\xff\xff\xff\xff", 9); /* movq $-1, 32(SP) */
	code(img, t, "\xbd\x33\0\0\0", 5);                    /* mov $51, BP: PWRITE */
	code(img, t, "\x0f\x05", 2);                          /* syscall */
	code(img, t, "\x48\xc7\x44\x24\x08\0\0\0\0", 9);       /* movq $0, 8(SP) */
	code(img, t, "\xbd\x08\0\0\0", 5);                    /* mov $8, BP: EXITS */
	code(img, t, "\x0f\x05", 2);                          /* syscall */

	p9ld_atom *msg = p9ld_atom_new(img, P9LD_DATA, "msg", NULL, here);
	if (!msg)
		return 1;
	code(img, msg, "hello, world\n", 13);

	int rc = p9ld_link(img) == 0 && p9ld_write_file(img, out) == 0 ? 0 : 1;
	if (rc == 0) {
		p9ld_info info;
		p9ld_get_info(img, &info);
		printf("%s: amd64, text %llu, data %llu, entry %#llx\n", out,
		       (unsigned long long)info.text_size,
		       (unsigned long long)info.data_size,
		       (unsigned long long)info.entry);
	}
	p9ld_image_free(img);
	return rc;
}
