/*
 * The emulation: unicorn runs the loaded image from its entry, and its
 * hooks bring each event here -- a system call, an exception, a bad
 * memory access, each instruction (counted for --limit, and its address
 * kept).  The faulting pc is that kept address, the instruction that ran
 * last: what unicorn's pc register holds when an exception arrives
 * differs by arch (MIPS's has moved to the exception vector, POWER's and
 * RISC-V's to the next instruction), the hook's address does not.
 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>

#include "p9run.h"

static void fault(machine *m, uint64_t pc, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(m->message, sizeof m->message, fmt, ap);
	va_end(ap);
	m->state = FAULT;
	m->fault_pc = pc;
	uc_emu_stop(m->uc);
}

static void on_trap(machine *m)
{
	syscall_dispatch(m);
	if (m->state == RUNNING && m->cpu->trap_resume)
		machine_set_reg(m, m->cpu->reg_pc,
				machine_reg(m, m->cpu->reg_pc) + m->cpu->trap_resume);
}

static void on_intr(uc_engine *uc, uint32_t intno, void *user)
{
	(void)uc;
	machine *m = user;
	if ((int)intno == m->cpu->trap_number) {
		on_trap(m);
		return;
	}
	if ((m->cpu->quirks & QUIRK_PC32_START) && m->executed == 0) {
		machine_set_reg(m, m->cpu->reg_pc, p9ld_aout_header_of(m->aout)->entry64);
		return;
	}
	const char *name = cpu_excp_name(m->cpu, (int)intno);
	if (name)
		fault(m, m->pc, "%s", name);
	else
		fault(m, m->pc, "processor exception %" PRIu32, intno);
}

static void on_syscall_insn(uc_engine *uc, void *user)
{
	(void)uc;
	on_trap(user);
}

static void on_block(uc_engine *uc, uint64_t addr, uint32_t size, void *user)
{
	(void)uc, (void)size;
	((machine *)user)->last_block = addr;
}

/* Before each instruction. */
static void on_insn(uc_engine *uc, uint64_t addr, uint32_t size, void *user)
{
	(void)size;
	machine *m = user;
	m->pc = addr;
	if (m->limited && m->executed == m->limit) {
		m->state = LIMIT;
		m->fault_pc = addr;
		uc_emu_stop(uc);
		return;
	}
	m->executed++;
}

/* Before each instruction, with --trace=insn: the last one's line, then
 * the count (which may stop the run before this one), then this one's.
 * A hook of its own, so that a run without the trace pays nothing for it. */
static void on_insn_traced(uc_engine *uc, uint64_t addr, uint32_t size, void *user)
{
	machine *m = user;
	on_insn(uc, addr, size, user);
	if (m->state == RUNNING)
		trace_step(m, addr, size);
}

static bool on_bad_access(uc_engine *uc, uc_mem_type type, uint64_t addr, int size,
			  int64_t value, void *user)
{
	(void)uc, (void)size, (void)value;
	machine *m = user;
	const char *what =
		type == UC_MEM_READ_UNMAPPED ? "read of unmapped address" :
		type == UC_MEM_WRITE_UNMAPPED ? "write to unmapped address" :
		type == UC_MEM_FETCH_UNMAPPED ? "jump to unmapped address" :
		type == UC_MEM_WRITE_PROT ? "write to read-only address" :
		type == UC_MEM_READ_PROT ? "read of unreadable address" :
		"jump to non-executable address";
	bool fetch = type == UC_MEM_FETCH_UNMAPPED || type == UC_MEM_FETCH_PROT;
	fault(m, fetch ? addr : m->pc, "%s 0x%" PRIx64, what, addr);
	return false;
}

static uc_err add_hooks(machine *m)
{
	uc_hook h;
	/* Every arch takes exceptions here; amd64's SYSCALL arrives through
	 * an instruction hook instead. */
	uc_err e = uc_hook_add(m->uc, &h, UC_HOOK_INTR, (void *)on_intr, m, 1, 0);
	if (e == UC_ERR_OK && m->cpu->trap_kind == TRAP_INSN)
		e = uc_hook_add(m->uc, &h, UC_HOOK_INSN, (void *)on_syscall_insn, m, 1, 0,
				m->cpu->trap_number);
	if (e == UC_ERR_OK)
		e = uc_hook_add(m->uc, &h, UC_HOOK_BLOCK, (void *)on_block, m, 1, 0);
	if (e == UC_ERR_OK)
		e = uc_hook_add(m->uc, &h, UC_HOOK_MEM_INVALID, (void *)on_bad_access, m, 1, 0);
	/* Every instruction: for --limit, for the mips64 start-up quirk
	 * (has anything run yet?), for the faulting pc, and for the trace. */
	if (e == UC_ERR_OK)
		e = uc_hook_add(m->uc, &h, UC_HOOK_CODE,
				m->itrace ? (void *)on_insn_traced : (void *)on_insn, m, 1, 0);
	return e;
}

/* The emulator stopped and no hook said why. */
static void stopped(machine *m, uc_err e)
{
	if (e == UC_ERR_INSN_INVALID)
		fault(m, m->pc, "illegal instruction");
	else if (e != UC_ERR_OK)
		fault(m, m->pc, "%s", uc_strerror(e));
	else
		fault(m, m->pc, "%s", m->cpu->halt ? m->cpu->halt : "the processor stopped");
}

int machine_run(machine *m)
{
	char err[256];
	if (m->trace_insn && !trace_open(m, err, sizeof err)) {
		fprintf(stderr, "p9run: %s: cannot trace instructions: %s\n", m->image_name, err);
		return 2;
	}
	uc_err e = add_hooks(m);
	if (e != UC_ERR_OK) {
		fprintf(stderr, "p9run: %s: cannot set up the emulator: %s\n", m->image_name,
			uc_strerror(e));
		return 2;
	}
	m->pc = p9ld_aout_header_of(m->aout)->entry64;
	e = uc_emu_start(m->uc, m->pc, UINT64_MAX, 0, 0);
	if (m->state == RUNNING)
		stopped(m, e);
	trace_finish(m);
	return report(m);
}
