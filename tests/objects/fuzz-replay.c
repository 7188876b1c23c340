/*
 * fuzz-replay FILE...: each file through fuzz-objects' target (the mode
 * byte, then the object or archive), as libFuzzer would run it: a crash,
 * an abort (a failure with no message) or a sanitizer report is a
 * failure.  For tests/objects/fuzz-regressions.sh.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int replay(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		perror(path);
		return 1;
	}
	size_t cap = 1 << 16, n = 0, got;
	uint8_t *b = malloc(cap);
	while (b && (got = fread(b + n, 1, cap - n, f)) > 0)
		if ((n += got) == cap)
			b = realloc(b, cap *= 2);
	fclose(f);
	if (!b) {
		fprintf(stderr, "fuzz-replay: out of memory\n");
		return 1;
	}
	LLVMFuzzerTestOneInput(b, n);
	free(b);
	return 0;
}

int main(int argc, char **argv)
{
	int bad = 0;
	for (int i = 1; i < argc; i++)
		bad |= replay(argv[i]);
	return bad;
}
