/*
 * How a run ended, said on stderr, and the exit status that says it too
 * (cli.md): the program's own for exits, 2 for a fault or an unsupported
 * call, 3 past --limit.  A pc is named by the nearest symbol at or below
 * it and, when the image has a pc/line table, the source file and line.
 */
#include <inttypes.h>
#include <stdio.h>

#include "p9run.h"

/* "name+0x10 file.c:12" for the pc ADDR. */
static const char *where(machine *m, uint64_t addr, char *buf, size_t size)
{
	const p9ld_aout_part *text = p9ld_aout_get_part(m->aout, P9LD_PART_TEXT);
	const p9ld_aout_sym *s = p9ld_aout_symbol_at(m->aout, addr);
	int n;
	if (addr < text->vaddr || addr >= m->brk)
		return "outside the image";
	if (!s)
		n = snprintf(buf, size, "no symbol");
	else if (s->value == addr)
		n = snprintf(buf, size, "%s", s->name);
	else
		n = snprintf(buf, size, "%s+0x%" PRIx64, s->name, addr - s->value);
	const char *file;
	int64_t line;
	if (addr < text->vaddr + text->size && n > 0 && (size_t)n < size &&
	    p9ld_aout_fileline(m->aout, addr, &file, &line) == 0 && file)
		snprintf(buf + n, size - (size_t)n, " %s:%" PRId64, file, line);
	return buf;
}

/* The instruction that faulted, disassembled.  When nothing ran at the
 * faulting pc (a jump to where nothing can be fetched), the instruction
 * that went there instead: the last one run.  Nothing is said without a
 * disassembler, or when the bytes cannot be read. */
static void show_faulting(machine *m)
{
	char err[256], at[512];
	if (!insn_open(m, err, sizeof err))
		return;
	strbuf line = { 0 };
	if (m->fault_pc == m->pc) {
		if (insn_show(m, m->pc, 0, false, &line))
			fprintf(stderr, "p9run: %s: the instruction at pc 0x%" PRIx64 ": %s\n",
				m->image_name, m->pc, line.s ? line.s : "");
	} else if (insn_show(m, m->pc, 0, false, &line)) {
		fprintf(stderr, "p9run: %s: the last instruction run, at pc 0x%" PRIx64 " (%s): %s\n",
			m->image_name, m->pc, where(m, m->pc, at, sizeof at), line.s ? line.s : "");
	}
	strbuf_free(&line);
}

static int report_fault(machine *m)
{
	char at[512], from[512];
	fprintf(stderr, "p9run: %s: fault: %s at pc 0x%" PRIx64 " (%s), in the block from 0x%" PRIx64
		" (%s)\n", m->image_name, m->message, m->fault_pc,
		where(m, m->fault_pc, at, sizeof at), m->last_block,
		where(m, m->last_block, from, sizeof from));
	show_faulting(m);
	return 2;
}

int report(machine *m)
{
	char at[512];
	switch (m->state) {
	case EXITED:
		if (m->exit_status != 0)
			fprintf(stderr, "%s: %s\n", m->image_name, m->message);
		return m->exit_status;
	case LIMIT:
		fprintf(stderr, "p9run: %s: stopped after %" PRIu64 " instructions at pc 0x%" PRIx64
			" (%s)\n", m->image_name, m->limit, m->fault_pc,
			where(m, m->fault_pc, at, sizeof at));
		return 3;
	case UNSUPPORTED:
		fprintf(stderr, "p9run: %s: %s at pc 0x%" PRIx64 " (%s)\n", m->image_name, m->message,
			m->fault_pc, where(m, m->fault_pc, at, sizeof at));
		return 2;
	default:
		return report_fault(m);
	}
}
