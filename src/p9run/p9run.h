/*
 * p9run: run a Plan 9 a.out under unicorn.  One internal header for the
 * layer: the per-arch CPU table, the machine (one emulated process), the
 * loader and the system calls.
 */
#ifndef P9RUN_H
#define P9RUN_H

#include <stdbool.h>
#include <stdint.h>
#include <unicorn/unicorn.h>

#include "p9ld/aout.h"

/* How a system call traps into us. */
enum { TRAP_INTR, TRAP_INSN };

/* Work-arounds for the emulator, named for what they mend. */
enum {
	/* unicorn 2.0.1's uc_emu_start writes only 32 bits of a MIPS64 pc:
	 * the first fetch faults at a garbage address; restart at the entry. */
	QUIRK_PC32_START = 1,
};

/* One arch as the emulator and the Plan 9 kernel see it: everything
 * p9run knows about an arch is in its row (archs.md, "Calling the
 * kernel"). */
typedef struct cpu_row {
	const char *arch;           /* p9ld's arch name */
	uc_arch uc_arch;
	int uc_mode;
	int cpu_model;              /* uc_ctl_set_cpu_model, or -1: unicorn's default */
	int reg_pc, reg_sp;
	int reg_rarg;               /* call number in; _tos at entry */
	int reg_ret;                /* result out */
	unsigned arg_offset;        /* first argument at SP + this at the trap */
	int trap_kind;              /* TRAP_INTR or TRAP_INSN */
	int trap_number;            /* interrupt number, or UC_X86_INS_* */
	unsigned trap_resume;       /* added to the pc after the call (sparc's
	                             * ta leaves it on the trap) */
	unsigned quirks;
} cpu_row;

const cpu_row *cpu_row_find(const char *arch);

/* One emulated process. */
enum { MAX_FDS = 64, ERRMAX = 128 };

typedef struct region { uint64_t lo, hi; uint32_t prot; } region;

typedef struct machine {
	const char *image_name;
	p9ld_aout *aout;
	const p9ld_arch *arch;
	const cpu_row *cpu;
	uc_engine *uc;
	region regions[8];          /* what is mapped, for overlap checks */
	int nregions;
	uint64_t brk_lo, brk;       /* the heap: from the end of bss to brk */
	uint64_t stack_lo;          /* the stack's lowest address; brk_ stops there */
	int fds[MAX_FDS];           /* Plan 9 fd -> host fd, -1 when free */
	char errstr[ERRMAX];
	bool trace;
	uint64_t limit;             /* --limit, or UINT64_MAX */
	uint64_t executed;          /* instructions run so far */
	uint64_t last_block;        /* start of the last block run */
	/* how the run ended */
	enum { RUNNING, EXITED, LIMIT, FAULT, UNSUPPORTED } state;
	int exit_status;
	char message[512];          /* exits message, or the fault */
	uint64_t fault_pc;
} machine;

/* load.c */
int machine_load(machine *m, int argc, char **argv, char *err, size_t errsize);
uint64_t machine_reg(machine *m, int reg);
void machine_set_reg(machine *m, int reg, uint64_t v);
bool mem_read(machine *m, uint64_t addr, void *buf, size_t n);
bool mem_write(machine *m, uint64_t addr, const void *buf, size_t n);
bool mem_map(machine *m, uint64_t lo, uint64_t hi, uint32_t prot);
/* A SIZE-byte word of the guest in the arch's byte order. */
void word_put(machine *m, uint8_t *p, uint64_t v, unsigned size);
uint64_t word_get(machine *m, const uint8_t *p, unsigned size);

/* syscall.c */
void syscall_dispatch(machine *m);
const char *syscall_name(uint64_t num);

#endif
