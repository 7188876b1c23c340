/*
 * libFuzzer target for the a.out reader: any bytes in; either a clear
 * error or a reader on which every query is safe.  Built with clang and
 * -fsanitize=fuzzer,address,undefined (see README.md).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "p9ld/aout.h"

static void on_line(void *user, uint64_t pc, const char *file, int64_t line)
{
	/* touch what the reader returned */
	*(uint64_t *)user += pc + (uint64_t)line + (file ? strlen(file) : 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* an exact-size copy: a read past the end is a finding */
	uint8_t *copy = malloc(size ? size : 1);
	if (!copy)
		return 0;
	memcpy(copy, data, size);
	char err[256];
	p9ld_aout *a = p9ld_aout_read(copy, size, err, sizeof err);
	if (!a) {
		if (!memchr(err, 0, sizeof err) || !err[0])
			abort();                 /* every failure says why */
		free(copy);
		return 0;
	}
	uint64_t sink = 0;
	for (size_t i = 0; i < p9ld_aout_nsyms(a); i++) {
		const p9ld_aout_sym *s = p9ld_aout_get_sym(a, i);
		sink += s->value + strlen(s->name);
	}
	p9ld_aout_lines(a, on_line, &sink);
	const p9ld_aout_part *t = p9ld_aout_get_part(a, P9LD_PART_TEXT);
	for (uint64_t pc = t->vaddr; pc < t->vaddr + t->size && pc < t->vaddr + 64; pc++) {
		const char *file;
		int64_t line;
		p9ld_aout_fileline(a, pc, &file, &line);
		const p9ld_aout_sym *s = p9ld_aout_symbol_at(a, pc);
		sink += (uint64_t)line + (s ? s->value : 0);
	}
	uint64_t got;
	const uint64_t *slots;
	long n = p9ld_aout_got(a, &got, &slots, err, sizeof err);
	for (long i = 0; i < n; i++)
		sink += slots[i];
	for (int i = 0; i < P9LD_NPARTS; i++) {
		const p9ld_aout_part *p = p9ld_aout_get_part(a, i);
		const uint8_t *b = p9ld_aout_bytes(a, p->offset);
		if (p->size && b)
			sink += b[p->size - 1];   /* the last byte of each part */
	}
	p9ld_aout_close(a);
	free(copy);
	return sink == 0x123456789abcdefull;   /* never: keeps sink alive */
}
