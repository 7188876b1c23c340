/*
 * libFuzzer target for the object reader: any bytes as an ELF object or
 * an ar archive, added to an image, linked and written to memory (when
 * the image is at most 64 MiB).  The
 * first byte chooses how:
 *
 *	bit 0   archive (p9ld_add_archive_mem), else object (p9ld_add_object_mem)
 *	bit 1   no arch: the object's (or first member's) is taken; else amd64
 *	bit 2   --gc
 *	bit 3   the object is lazy
 *	bit 4   got used, else got all
 *	bit 5   two threads (the library's work beside the caller's), else one
 *
 * The rest is the file.  The library copies it to a buffer of its exact
 * size, so a read past the end is an AddressSanitizer report.  Errors are
 * expected, and each must come with a message (P9LD_FUZZ_SHOW=1 prints
 * them); crashes, leaks, hangs and sanitizer reports are findings.  Built
 * by tests/fuzz/build.sh.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "p9ld/p9ld.h"

static void on_diag(void *user, const p9ld_diag *d)
{
	static int show = -1;
	if (show < 0)
		show = getenv("P9LD_FUZZ_SHOW") != NULL;
	if (!d->message || !d->message[0])
		abort();                 /* every diagnostic says something */
	if (show)
		fprintf(stderr, "%s: %s\n", d->place.file ? d->place.file : "-", d->message);
	*(unsigned *)user += 1;
}

/* An image as big as its input asks for (a section aligned at 2 GiB
 * pads the file by as much; `zero 0x70000000`) is linked but not written
 * to memory: that is the harness's memory limit, not a fault. */
static int small_enough(p9ld_image *img)
{
	p9ld_info info;
	return p9ld_get_info(img, &info) == 0 && info.file_size <= 64u << 20;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	unsigned mode = data[0];
	data++, size--;
	unsigned said = 0;
	p9ld_image *img = p9ld_image_new(on_diag, &said);
	if (!img)
		return 0;
	p9ld_place at = { "fuzz", 0, 0 };
	p9ld_set_threads(img, (mode & 32) ? 2 : 1);
	if (!(mode & 2))
		p9ld_set_arch(img, p9ld_arch_find("amd64"), at);
	p9ld_set_gc(img, (mode & 4) != 0);
	p9ld_set_got_policy(img, (mode & 16) ? P9LD_GOT_USED : P9LD_GOT_ALL);
	int rc = (mode & 1) ? p9ld_add_archive_mem(img, "fuzz.a", data, size, at)
			    : p9ld_add_object_mem(img, "fuzz.o", data, size,
						  (mode & 8) ? P9LD_LAZY : 0, at);
	if (rc == 0)
		rc = p9ld_link(img);
	if (rc != 0 && (said == 0 || p9ld_image_errors(img) == 0))
		abort();                 /* a failure that said nothing */
	if (rc == 0 && small_enough(img)) {
		uint8_t *out;
		size_t len;
		if (p9ld_write_mem(img, &out, &len) == 0)
			free(out);
	}
	p9ld_image_free(img);
	return 0;
}
