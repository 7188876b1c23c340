/*
 * libFuzzer target for the a.out reader: any bytes in; either a clear
 * error or a reader on which every query is safe.  Built with clang and
 * -fsanitize=fuzzer,address,undefined (see README.md).
 *
 * Built with P9LD_FUZZ_DISASM (and src/disasm, LLVM's headers and the
 * soname as DISASM_LLVM_SONAME), the text goes through the disassembler
 * too, the way p9dump -d walks it: from each text symbol to the next, an
 * instruction at a time, never more bytes offered than are left.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "p9ld/aout.h"
#ifdef P9LD_FUZZ_DISASM
#include "disasm/disasm.h"
#endif

static void on_line(void *user, uint64_t pc, const char *file, int64_t line)
{
	/* touch what the reader returned */
	*(uint64_t *)user += pc + (uint64_t)line + (file ? strlen(file) : 0);
}

#ifdef P9LD_FUZZ_DISASM
/* One disassembler per arch, opened on first use and kept: LLVM's set-up
 * costs more than a run. */
static disasm *disasm_for(const p9ld_arch *arch)
{
	static disasm *open[32];
	static int tried[32];
	size_t i = 0;
	while (i < p9ld_arch_count() && p9ld_arch_at(i) != arch)
		i++;
	if (i >= 32)
		return NULL;
	if (!tried[i]) {
		char err[256];
		tried[i] = 1;
		open[i] = disasm_open(arch, err, sizeof err);
	}
	return open[i];
}

static int is_text(char t)
{
	return t == 'T' || t == 't' || t == 'L' || t == 'l';
}

/* From each text symbol inside text, up to 256 bytes or the end of text:
 * every insn must fit the bytes it was offered. */
static uint64_t disassemble(const p9ld_aout *a)
{
	const p9ld_aout_part *t = p9ld_aout_get_part(a, P9LD_PART_TEXT);
	const uint8_t *text = p9ld_aout_bytes(a, t->offset);
	disasm *d = disasm_for(p9ld_aout_header_of(a)->arch);
	uint64_t sink = 0;
	for (size_t i = 0; d && i < p9ld_aout_nsyms(a) && i < 64; i++) {
		const p9ld_aout_sym *s = p9ld_aout_get_sym(a, i);
		if (!is_text(s->type) || s->value < t->vaddr || s->value - t->vaddr >= t->size)
			continue;
		uint64_t pc = s->value, end = t->vaddr + t->size;
		if (end - pc > 256)
			end = pc + 256;
		while (pc < end) {
			disasm_insn in;
			size_t n = end - pc < 16 ? (size_t)(end - pc) : 16;
			if (!disasm_one(d, pc, text + (pc - t->vaddr), n, &in)) {
				pc += 1;
				continue;
			}
			if (in.len > n || !memchr(in.text, 0, sizeof in.text) || in.nrefs > DISASM_MAXREFS)
				abort();
			for (int k = 0; k < in.nrefs; k++)
				sink += in.refs[k].addr;
			pc += in.len;
		}
	}
	return sink;
}
#endif

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
#ifdef P9LD_FUZZ_DISASM
	sink += disassemble(a);
#endif
	p9ld_aout_close(a);
	free(copy);
	return sink == 0x123456789abcdefull;   /* never: keeps sink alive */
}
