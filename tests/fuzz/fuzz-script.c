/*
 * libFuzzer target for the script front end: any bytes as a script,
 * through the scanner, the parser, the builder and libp9ld's link, the
 * image written to memory.  Errors are expected; crashes, leaks and
 * sanitizer reports are findings.  Built by tests/fuzz/build.sh.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "script.h"

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
	script s = { .prog = "p9ld", .error_limit = 20, .diag_out = devnull };
	s.img = p9ld_image_new(report_engine, &s);
	p9ld_set_error_limit(s.img, s.error_limit + 1);
	build_opts o = { "amd64" };
	build_begin(&s, &o, NULL);
	parse_text_as_file(&s, "fuzz.p9", text, size);
	bool parsed = s.errors == 0;
	if (build_end(&s, NULL) && parsed && p9ld_link(s.img) == 0) {
		uint8_t *out;
		size_t len;
		if (p9ld_write_mem(s.img, &out, &len) == 0)
			free(out);
	}
	p9ld_image_free(s.img);
	pool_free(&s.pool);
	pool_free(&s.lasting);
	free(text);
	return 0;
}
