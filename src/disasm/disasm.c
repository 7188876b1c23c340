/*
 * One instruction at a time: LLVM decodes and prints it, refs.c finds the
 * addresses it names, and the text is made one line with single spaces.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "disasm/dis.h"

bool disasm_ready(char *err, size_t errsize)
{
	return llvm_ready(err, errsize);
}

disasm *disasm_open(const p9ld_arch *arch, char *err, size_t errsize)
{
	const disasm_target *t = arch ? disasm_target_of(arch) : NULL;
	if (!t) {
		snprintf(err, errsize, "no disassembler for arch %s", arch ? arch->name : "(none)");
		return NULL;
	}
	disasm *d = calloc(1, sizeof *d);
	if (!d) {
		snprintf(err, errsize, "out of memory");
		return NULL;
	}
	d->arch = arch;
	d->t = t;
	d->rules = rules_for(arch);
	if (!llvm_open(d, err, errsize)) {
		free(d);
		return NULL;
	}
	return d;
}

/* LLVM's "\tmnemonic\toperands" (some printers use spaces) as
 * "mnemonic operands": no leading blank, each run of blanks one space. */
static void tidy(char *s)
{
	char *out = s;
	bool blank = true;               /* drops the leading run */
	for (const char *p = s; *p; p++) {
		if (*p == ' ' || *p == '\t' || *p == '\n') {
			blank = true;
			continue;
		}
		if (blank && out != s)
			*out++ = ' ';
		blank = false;
		*out++ = *p;
	}
	*out = 0;
}

bool disasm_one(disasm *d, uint64_t pc, const uint8_t *b, size_t n,
		disasm_insn *insn)
{
	memset(insn, 0, sizeof *insn);
	d->cur = insn;
	size_t len = n && !target_unprintable(d->t, b, n, d->arch->big_endian)
		? llvm_decode(d, pc, b, n, insn->text, sizeof insn->text) : 0;
	d->cur = NULL;
	/* LLVM's SPARC decoder returns success from its V8 table without
	 * setting the length, and LLVM hands that unset length on.  On a
	 * fixed-width ISA the length is known: what LLVM printed says
	 * whether it decoded. */
	if (d->t->align == d->t->maxlen)
		len = insn->text[0] && n >= d->t->maxlen ? d->t->maxlen : 0;
	if (!len || len > n) {
		memset(insn, 0, sizeof *insn);
		d->hi.valid = false;
		return false;
	}
	insn->len = len;
	tidy(insn->text);
	refs_find(d, pc, b, insn);
	return true;
}

void disasm_close(disasm *d)
{
	if (!d)
		return;
	llvm_close(d);
	free(d);
}
