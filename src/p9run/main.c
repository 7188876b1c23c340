/*
 * p9run FILE [ARG]...: load a Plan 9 executable as the 9front kernel
 * would and run it under unicorn, serving its system calls (cli.md).
 * Exit status: the program's (0 for exits(nil) or exits(""), 1 for any
 * other message), 2 for a bad image, a fault or an unsupported call, 3
 * past --limit.
 */
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "p9run.h"

static const char *progname = "p9run";

static void usage(FILE *f)
{
	fprintf(f,
		"usage: %s [OPTION]... FILE [ARG]...\n"
		"Run the Plan 9 executable FILE under emulation.\n"
		"  --trace      print each system call with its arguments and result\n"
		"  --limit N    stop after N instructions (exit status 3)\n"
		"  -h, --help   print this help\n"
		"  --version    print the version\n",
		progname);
}

/* "name+0x10" for the symbol nearest at or below ADDR. */
static const char *where(machine *m, uint64_t addr, char *buf, size_t size)
{
	const p9ld_aout_part *text = p9ld_aout_get_part(m->aout, P9LD_PART_TEXT);
	const p9ld_aout_sym *s = p9ld_aout_symbol_at(m->aout, addr);
	if (addr < text->vaddr || addr >= m->brk)
		snprintf(buf, size, "outside the image");
	else if (!s)
		snprintf(buf, size, "no symbol");
	else if (s->value == addr)
		snprintf(buf, size, "%s", s->name);
	else
		snprintf(buf, size, "%s+0x%" PRIx64, s->name, addr - s->value);
	return buf;
}

static void fault(machine *m, uint64_t pc, const char *fmt, const char *what, uint64_t addr)
{
	m->state = FAULT;
	m->fault_pc = pc;
	snprintf(m->message, sizeof m->message, fmt, what, addr);
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
	fault(m, machine_reg(m, m->cpu->reg_pc), "%s %" PRIu64, "processor exception", intno);
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

static void on_insn_count(uc_engine *uc, uint64_t addr, uint32_t size, void *user)
{
	(void)size;
	machine *m = user;
	if (m->executed == m->limit) {
		m->state = LIMIT;
		m->fault_pc = addr;
		uc_emu_stop(uc);
		return;
	}
	m->executed++;
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
	uint64_t pc = machine_reg(m, m->cpu->reg_pc);
	if (type == UC_MEM_FETCH_UNMAPPED || type == UC_MEM_FETCH_PROT)
		pc = addr;
	fault(m, pc, "%s 0x%" PRIx64, what, addr);
	return false;
}

static int add_hooks(machine *m)
{
	uc_hook h;
	uc_err e;
	/* Every arch takes exceptions here; amd64's SYSCALL arrives through
	 * an instruction hook instead. */
	e = uc_hook_add(m->uc, &h, UC_HOOK_INTR, (void *)on_intr, m, 1, 0);
	if (e == UC_ERR_OK && m->cpu->trap_kind == TRAP_INSN)
		e = uc_hook_add(m->uc, &h, UC_HOOK_INSN, (void *)on_syscall_insn, m, 1, 0,
				m->cpu->trap_number);
	if (e == UC_ERR_OK)
		e = uc_hook_add(m->uc, &h, UC_HOOK_BLOCK, (void *)on_block, m, 1, 0);
	if (e == UC_ERR_OK)
		e = uc_hook_add(m->uc, &h, UC_HOOK_MEM_INVALID, (void *)on_bad_access, m, 1, 0);
	/* Counting every instruction serves --limit, tells the mips64
	 * start-up quirk whether anything has run yet, and keeps unicorn's
	 * pc exact at each instruction, so a fault names the instruction that
	 * made it, not the start of its block. */
	if (e == UC_ERR_OK)
		e = uc_hook_add(m->uc, &h, UC_HOOK_CODE, (void *)on_insn_count, m, 1, 0);
	if (e != UC_ERR_OK) {
		fprintf(stderr, "%s: %s: cannot set up the emulator: %s\n", progname,
			m->image_name, uc_strerror(e));
		return -1;
	}
	return 0;
}

/* Say how the run ended and give the exit status. */
static int report(machine *m, uc_err e)
{
	char at[128], from[128];
	if (m->state == RUNNING) {
		m->state = FAULT;
		m->fault_pc = machine_reg(m, m->cpu->reg_pc);
		snprintf(m->message, sizeof m->message, "%s",
			 e != UC_ERR_OK ? uc_strerror(e) : "stopped at an unmapped address");
	}
	switch (m->state) {
	case EXITED:
		if (m->exit_status != 0)
			fprintf(stderr, "%s: %s\n", m->image_name, m->message);
		return m->exit_status;
	case LIMIT:
		fprintf(stderr, "%s: %s: stopped after %" PRIu64 " instructions at pc 0x%" PRIx64
			" (%s)\n", progname, m->image_name, m->limit, m->fault_pc,
			where(m, m->fault_pc, at, sizeof at));
		return 3;
	case UNSUPPORTED:
		fprintf(stderr, "%s: %s: %s at pc 0x%" PRIx64 " (%s)\n", progname,
			m->image_name, m->message, m->fault_pc,
			where(m, m->fault_pc, at, sizeof at));
		return 2;
	default:
		fprintf(stderr, "%s: %s: fault: %s at pc 0x%" PRIx64 " (%s), in the block from 0x%"
			PRIx64 " (%s)\n", progname, m->image_name, m->message, m->fault_pc,
			where(m, m->fault_pc, at, sizeof at), m->last_block,
			where(m, m->last_block, from, sizeof from));
		return 2;
	}
}

static int run(machine *m, int argc, char **argv)
{
	char err[256];
	m->aout = p9ld_aout_open(m->image_name, err, sizeof err);
	if (!m->aout) {
		fprintf(stderr, "%s: %s: %s\n", progname, m->image_name, err);
		return 2;
	}
	if (machine_load(m, argc, argv, err, sizeof err) != 0) {
		fprintf(stderr, "%s: %s: %s\n", progname, m->image_name, err);
		return 2;
	}
	if (add_hooks(m) != 0)
		return 2;
	uint64_t entry = p9ld_aout_header_of(m->aout)->entry64;
	uc_err e = uc_emu_start(m->uc, entry, UINT64_MAX, 0, 0);
	return report(m, e);
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "trace", no_argument, NULL, 't' },
		{ "limit", required_argument, NULL, 'l' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	machine m = { .limit = UINT64_MAX };
	int c;
	while ((c = getopt_long(argc, argv, "+h", longopts, NULL)) != -1) {
		switch (c) {
		case 't':
			m.trace = true;
			break;
		case 'l': {
			char *end;
			unsigned long long n = strtoull(optarg, &end, 0);
			if (*optarg == 0 || *end != 0 || *optarg == '-') {
				fprintf(stderr, "%s: --limit wants a number of instructions, not '%s'\n",
					progname, optarg);
				return 2;
			}
			m.limit = n;
			break;
		}
		case 'h':
			usage(stdout);
			return 0;
		case 'V':
			printf("p9run (%s) %s\n", PACKAGE_NAME, PACKAGE_VERSION);
			return 0;
		default:
			usage(stderr);
			return 2;
		}
	}
	if (optind >= argc) {
		usage(stderr);
		return 2;
	}
	m.image_name = argv[optind];
	int status = run(&m, argc - optind, argv + optind);
	if (m.uc)
		uc_close(m.uc);
	if (m.aout)
		p9ld_aout_close(m.aout);
	return status;
}
