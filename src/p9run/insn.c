/*
 * One instruction of the guest as p9dump -d shows it: its bytes, LLVM's
 * text for them, and after " ; " the symbols of the addresses it names
 * (disasm/annotate.c, which p9dump -d prints too).  The instruction trace
 * prints such a line for each instruction run, the fault report one for
 * the instruction that faulted.
 *
 * The disassembler is opened when first asked for: a run that neither
 * traces instructions nor faults never loads LLVM.
 *
 * The bytes are read from the guest's memory, not the file: they are what
 * ran.  Unicorn says how long the instruction is; when it does not know
 * (an instruction it could not decode) the arch's longest is read, as far
 * as memory goes, and LLVM's length or the arch's alignment decides.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "p9run.h"

bool insn_open(machine *m, char *err, size_t errsize)
{
	if (m->dis)
		return true;
	m->dis = disasm_open(m->arch, err, errsize);
	if (!m->dis)
		return false;
	annotator_init(&m->names, m->aout);
	return true;
}

void insn_close(machine *m)
{
	disasm_close(m->dis);
	m->dis = NULL;
	annotator_free(&m->names);
}

/* Up to N bytes at PC, as many as are mapped. */
static size_t fetch(machine *m, uint64_t pc, uint8_t *b, size_t n)
{
	if (uc_mem_read(m->uc, pc, b, n) == UC_ERR_OK)
		return n;
	size_t got = 0;
	while (got < n && uc_mem_read(m->uc, pc + got, b + got, 1) == UC_ERR_OK)
		got++;
	return got;
}

static void show_bytes(const uint8_t *b, size_t n, size_t columns, strbuf *out)
{
	for (size_t i = 0; i < n; i++)
		strbuf_add(out, "%s%02x", i ? " " : "", b[i]);
	for (size_t i = n; i < columns; i++)
		strbuf_add(out, "   ");
	strbuf_add(out, "  ");
}

/* "mnemonic operands  ; <sym+off> ...", the mnemonic in a column of 7
 * when COLUMNS. */
static void show_text(machine *m, const disasm_insn *in, bool columns, strbuf *out)
{
	const char *sp = strchr(in->text, ' ');
	if (sp && columns)
		strbuf_add(out, "%-7.*s %s", (int)(sp - in->text), in->text, sp + 1);
	else
		strbuf_add(out, "%s", in->text);
	const char *refs = annotate_insn(&m->names, in);
	if (refs)
		strbuf_add(out, "%s", refs);
	else
		out->failed = true;
}

/* Bytes no instruction starts with, as p9dump -d shows them: a word in
 * the arch's byte order, or the bytes one by one. */
static void show_data(machine *m, const uint8_t *b, size_t n, strbuf *out)
{
	if (n == 4) {
		bool big = m->arch->big_endian;
		uint32_t w = 0;
		for (int j = 0; j < 4; j++)
			w |= (uint32_t)b[j] << 8 * (big ? 3 - j : j);
		strbuf_add(out, ".word   0x%08" PRIx32, w);
		return;
	}
	strbuf_add(out, ".byte  ");
	for (size_t j = 0; j < n; j++)
		strbuf_add(out, "%s0x%02x", j ? ", " : " ", b[j]);
}

/* Append the instruction at PC to OUT: "bytes  text  ; <refs>", the bytes
 * padded to p9dump's column when COLUMNS.  SIZE is unicorn's length for
 * it, or anything out of the arch's range when it has none.  False, with
 * nothing appended, when no byte is mapped at PC. */
bool insn_show(machine *m, uint64_t pc, uint32_t size, bool columns, strbuf *out)
{
	const disasm_target *t = disasm_target_of(m->arch);
	uint8_t b[16];
	size_t want = size >= 1 && size <= t->maxlen ? size : t->maxlen;
	size_t n = fetch(m, pc, b, want < sizeof b ? want : sizeof b);
	if (n == 0)
		return false;
	size_t width = columns ? (t->maxlen > 10 ? 10 : t->maxlen) : 0;
	disasm_insn in;
	if (disasm_one(m->dis, pc, b, n, &in)) {
		show_bytes(b, in.len, width, out);
		show_text(m, &in, columns, out);
		return true;
	}
	size_t k = t->align == t->maxlen || size != want ? t->align : n;
	k = k < n ? k : n;
	show_bytes(b, k, width, out);
	show_data(m, b, k, out);
	return true;
}
