/*
 * p9run: run a Plan 9 a.out under unicorn.  One internal header for the
 * program: the per-arch CPU table, the machine (one emulated process),
 * its memory map, its view of the host's files, the loader, the system
 * calls, the emulation and the report of how a run ended.
 */
#ifndef P9RUN_H
#define P9RUN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <unicorn/unicorn.h>

#include "disasm/annotate.h"
#include "disasm/disasm.h"
#include "p9ld/aout.h"

typedef struct cpu_row cpu_row;
typedef struct trace_reg trace_reg;
typedef struct excp_name excp_name;
typedef struct region region;
typedef struct machine machine;
typedef struct strbuf strbuf;
typedef struct insn_trace insn_trace;

/* How a system call traps into us. */
enum { TRAP_INTR, TRAP_INSN };

/* Work-arounds for the emulator, named for what they mend. */
enum {
	/* unicorn 2.0.1's uc_emu_start writes only 32 bits of a MIPS64 pc:
	 * the first fetch faults at a garbage address; restart at the entry. */
	QUIRK_PC32_START = 1,
};

/* What an exception number of unicorn's means on one arch. */
struct excp_name {
	int number;
	const char *name;
};

/* A register the instruction trace shows: unicorn's number, and the name
 * the disassembler gives it (without the assembler's % or $; r1 where it
 * prints a bare number). */
struct trace_reg {
	int id;
	const char *name;
};

/* One arch as the emulator and the Plan 9 kernel see it: everything
 * p9run knows about an arch is in its row (archs.md, "Calling the
 * kernel"). */
struct cpu_row {
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
	const excp_name *excps;     /* the exceptions a user program can raise,
	                             * ended by a NULL name */
	const char *halt;           /* what stops the processor with no
	                             * exception (x86's HLT), or NULL */
	const trace_reg *regs;      /* what --trace=insn compares, ended by
	                             * a NULL name */
	int user_reg;               /* a register whose bits the kernel sets for
	                             * every process, or 0 (unicorn's invalid) */
	uint64_t user_bits;         /* power: MSR[FP], the FPU on */
};

/* cpus.c */
const cpu_row *cpu_row_find(const char *arch);
const char *cpu_excp_name(const cpu_row *cpu, int number);

/* One emulated process. */
enum {
	MAX_FDS = 64,
	ERRMAX = 128,               /* Plan 9's error and exit strings */
	NAME_MAX9 = 1 << 16,        /* a file name must end before this (the
	                             * kernel's validname) */
};

/* A run of pages mapped alike. */
struct region {
	uint64_t lo, hi;
	uint32_t prot;              /* UC_PROT_* */
};

struct machine {
	const char *image_name;
	p9ld_aout *aout;
	const p9ld_arch *arch;
	const cpu_row *cpu;
	uc_engine *uc;
	region *regions;            /* what is mapped, sorted, none overlapping */
	size_t nregions, regions_cap;
	uint64_t data_lo;           /* the data segment's base: brk_ not below it */
	uint64_t brk_lo, brk;       /* the heap: from the end of bss to brk */
	uint64_t stack_lo;          /* the stack's lowest address; brk_ stops there */
	int root_fd;                /* --root DIR, or -1: the host's own / */
	int fds[MAX_FDS];           /* Plan 9 fd -> host fd, -1 when free */
	uint8_t *iobuf;             /* pread and pwrite go through this */
	char errstr[ERRMAX];
	bool trace;                 /* --trace: each system call */
	bool trace_insn;            /* --trace=insn: each instruction */
	disasm *dis;                /* opened when an instruction is shown */
	annotator names;            /* with it: what the addresses are */
	insn_trace *itrace;         /* the instruction trace, with trace_insn */
	bool limited;               /* --limit given */
	uint64_t limit;             /* with it, the instructions allowed */
	uint64_t executed;          /* instructions run so far */
	uint64_t pc;                /* the instruction running now */
	uint64_t last_block;        /* start of the last block run */
	/* how the run ended */
	enum { RUNNING, EXITED, LIMIT, FAULT, UNSUPPORTED } state;
	int exit_status;
	char message[512];          /* exits message, or the fault */
	uint64_t fault_pc;
};

/* mem.c: the guest's memory map */
bool mem_map(machine *m, uint64_t lo, uint64_t hi, uint32_t prot);
bool mem_unmap(machine *m, uint64_t lo, uint64_t hi);
bool mem_ok(machine *m, uint64_t addr, uint64_t len, bool write);
bool mem_read(machine *m, uint64_t addr, void *buf, size_t n);
bool mem_write(machine *m, uint64_t addr, const void *buf, size_t n);
enum { STR_OK, STR_BAD_ADDRESS, STR_TOO_LONG };
int mem_string(machine *m, uint64_t addr, size_t limit, char **out, uint64_t *bad);
void mem_free(machine *m);
/* A SIZE-byte word of the guest in the arch's byte order. */
void word_put(machine *m, uint8_t *p, uint64_t v, unsigned size);
uint64_t word_get(machine *m, const uint8_t *p, unsigned size);

/* fs.c: the host's files as the guest names them */
int fs_set_root(machine *m, const char *dir, char *err, size_t errsize);
int fs_open(machine *m, const char *path, int flags, unsigned perm);
int fs_mkdir(machine *m, const char *path, unsigned perm);
void fs_close(machine *m);

/* load.c */
int machine_load(machine *m, int argc, char **argv, char *err, size_t errsize);
uint64_t machine_reg(machine *m, int reg);
void machine_set_reg(machine *m, int reg, uint64_t v);

/* syscall.c */
void syscall_dispatch(machine *m);
const char *syscall_name(uint64_t num);

/* strbuf.c: a string that grows as it is written; on running out of memory
 * it stops growing and says so in FAILED */
struct strbuf {
	char *s;
	size_t len, cap;
	bool failed;
};
void strbuf_add(strbuf *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void strbuf_clear(strbuf *t);
void strbuf_free(strbuf *t);

/* insn.c: one instruction of the guest, shown as p9dump -d shows it */
bool insn_open(machine *m, char *err, size_t errsize);
bool insn_show(machine *m, uint64_t pc, uint32_t size, bool columns, strbuf *out);
void insn_close(machine *m);

/* trace.c: --trace=insn */
bool trace_open(machine *m, char *err, size_t errsize);
void trace_step(machine *m, uint64_t pc, uint32_t size);
void trace_note(machine *m, char *line);
void trace_finish(machine *m);
void trace_close(machine *m);

/* exec.c: the emulation */
int machine_run(machine *m);

/* report.c: how the run ended */
int report(machine *m);

#endif
