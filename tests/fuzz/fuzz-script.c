/*
 * libFuzzer target for the script front end: any bytes as a script,
 * through the scanner, the parser, the builder and libp9ld's link, the
 * image written to memory when it is at most 64 MiB.  Errors are expected; crashes, leaks and
 * sanitizer reports are findings.  Built by tests/fuzz/build.sh.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "script.h"

/* An image as big as its input asks for (`zero 0x70000000`, an atom
 * aligned at 2 GiB) is linked but not written to memory: that is the
 * harness's memory limit, not a fault. */
static int small_enough(p9ld_image *img)
{
	p9ld_info info;
	return p9ld_get_info(img, &info) == 0 && info.file_size <= 64u << 20;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* Diagnostics are expected: they go to /dev/null unless
	 * P9LD_FUZZ_SHOW is set.  libFuzzer's own reports stay on stderr. */
	static FILE *devnull;
	if (!devnull && !getenv("P9LD_FUZZ_SHOW"))
		devnull = fopen("/dev/null", "w");
	char *text = malloc(size ? size : 1);
	if (!text)
		return 0;
	memcpy(text, data, size);
	script s = { .rep = { .prog = "p9ld", .limit = 20, .out = devnull } };
	parser p = { .error_limit = s.rep.limit };
	s.img = p9ld_image_new(report_engine, &s.rep);
	p9ld_set_error_limit(s.img, s.rep.limit + 1);
	build_begin(&s, "amd64", NULL);
	script_input in = { "fuzz.p9", text, size };
	sink_parse_and_build(&s, &p, &in, 1, 1);
	bool parsed = s.rep.errors == 0;
	if (build_end(&s, NULL) && parsed && p9ld_link(s.img) == 0 && small_enough(s.img)) {
		uint8_t *out;
		size_t len;
		if (p9ld_write_mem(s.img, &out, &len) == 0)
			free(out);
	}
	p9ld_image_free(s.img);
	for (sfile *f = s.rep.files; f; f = f->next)
		file_release(f);
	blobs_free(&s.blobs);
	strtab_free(&s.dep_index);
	pool_free(&s.queued);
	pool_free(&s.lasting);
	pool_free(&p.lasting);
	free(text);
	return 0;
}
