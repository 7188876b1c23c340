/*
 * --trace=insn: each instruction the guest runs, one line on stderr --
 * its address, then the instruction as p9dump -d shows it (insn.c), then
 * "  | " and the registers it changed, "name=old->new", in the arch's
 * table order (cpus.c).
 *
 * What an instruction changed is known only when the next one is about
 * to run, or when the run ends: each line is held until then, and the
 * registers are read once per instruction, in one call, and compared with
 * the reading before.  A system call's --trace line, printed while its
 * instruction runs, is held behind that instruction's line, so that the
 * call follows the instruction that made it.  An instruction that faulted
 * did not complete: its line has no registers.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "p9run.h"

struct insn_trace {
	int n;                      /* registers traced */
	int *ids;                   /* their unicorn numbers */
	void **slots;               /* where each is read: into AFTER */
	uint64_t *before, *after;
	int width;                  /* hex digits of an address */
	bool pending;               /* LINE holds an instruction not yet printed */
	uint64_t pc;                /* its address */
	strbuf line;
	strbuf held;                  /* system-call lines to print after it */
};

/* Read every traced register into AFTER.  A 32-bit register fills the
 * low half of its zeroed slot on this little-endian host (as
 * machine_set_reg assumes). */
static uc_err read_regs(machine *m, insn_trace *tr)
{
	memset(tr->after, 0, (size_t)tr->n * sizeof *tr->after);
	return uc_reg_read_batch(m->uc, tr->ids, tr->slots, tr->n);
}

bool trace_open(machine *m, char *err, size_t errsize)
{
	if (!insn_open(m, err, errsize))
		return false;
	insn_trace *tr = calloc(1, sizeof *tr);
	if (!tr) {
		snprintf(err, errsize, "out of memory");
		return false;
	}
	m->itrace = tr;
	const trace_reg *regs = m->cpu->regs;
	while (regs[tr->n].name)
		tr->n++;
	size_t n = (size_t)tr->n;
	tr->ids = malloc(n * sizeof *tr->ids);
	tr->slots = malloc(n * sizeof *tr->slots);
	tr->before = malloc(n * sizeof *tr->before);
	tr->after = malloc(n * sizeof *tr->after);
	if (!tr->ids || !tr->slots || !tr->before || !tr->after) {
		snprintf(err, errsize, "out of memory");
		return false;
	}
	for (size_t i = 0; i < n; i++) {
		tr->ids[i] = regs[i].id;
		tr->slots[i] = &tr->after[i];
	}
	tr->width = 2 * (int)m->arch->sym_value_size;
	uc_err e = read_regs(m, tr);
	if (e != UC_ERR_OK) {
		snprintf(err, errsize, "cannot read the registers: %s", uc_strerror(e));
		return false;
	}
	memcpy(tr->before, tr->after, n * sizeof *tr->before);
	return true;
}

/* Write T whole, in one write when it all fit in memory. */
static void emit(strbuf *t)
{
	if (t->s)
		fwrite(t->s, 1, t->len, stderr);
	if (t->failed)
		fputs(" (the rest of this line: out of memory)\n", stderr);
	strbuf_clear(t);
}

/* Print the held line, with the registers its instruction changed when
 * it COMPLETED, then the held system-call lines. */
static void flush(machine *m, bool completed)
{
	insn_trace *tr = m->itrace;
	if (!tr->pending)
		return;
	tr->pending = false;
	if (completed) {
		read_regs(m, tr);
		const char *sep = "  | ";
		for (int i = 0; i < tr->n; i++) {
			if (tr->after[i] == tr->before[i])
				continue;
			strbuf_add(&tr->line, "%s%s=0x%" PRIx64 "->0x%" PRIx64, sep,
				 m->cpu->regs[i].name, tr->before[i], tr->after[i]);
			sep = " ";
		}
		memcpy(tr->before, tr->after, (size_t)tr->n * sizeof *tr->before);
	}
	strbuf_add(&tr->line, "\n");
	emit(&tr->line);
	emit(&tr->held);
}

/* Before the instruction at PC (SIZE bytes, when unicorn knows) runs:
 * the last one's line goes out, this one's is made. */
void trace_step(machine *m, uint64_t pc, uint32_t size)
{
	insn_trace *tr = m->itrace;
	flush(m, true);
	strbuf_add(&tr->line, "%0*" PRIx64 "  ", tr->width, pc);
	if (!insn_show(m, pc, size, true, &tr->line))
		strbuf_add(&tr->line, "(no memory here)");
	tr->pending = true;
	tr->pc = pc;
}

/* A system call's trace LINE (ours to free): after the instruction's when
 * one is held. */
void trace_note(machine *m, char *line)
{
	insn_trace *tr = m->itrace;
	if (line && tr && tr->pending)
		strbuf_add(&tr->held, "%s", line);
	else if (line)
		fputs(line, stderr);
	free(line);
}

/* The run ended: the last instruction's line.  It completed unless the
 * run stopped on it (a fault, a call p9run does not serve); a jump's
 * target that cannot be fetched is not the jump. */
void trace_finish(machine *m)
{
	insn_trace *tr = m->itrace;
	if (!tr)
		return;
	bool stopped_on_it = (m->state == FAULT || m->state == UNSUPPORTED) &&
			     m->fault_pc == tr->pc;
	flush(m, !stopped_on_it);
}

void trace_close(machine *m)
{
	insn_trace *tr = m->itrace;
	if (!tr)
		return;
	free(tr->ids);
	free(tr->slots);
	free(tr->before);
	free(tr->after);
	strbuf_free(&tr->line);
	strbuf_free(&tr->held);
	free(tr);
	m->itrace = NULL;
}
