/*
 * The disassembler: one instruction at a time, for every arch p9ld knows,
 * through LLVM's C disassembler (llvm-c/Disassembler.h).  LLVM is loaded
 * when the first disassembler is opened, not when a program starts, so a
 * program that links this library and never disassembles pays nothing
 * for it; a build without LLVM (configure --without-llvm) says so when a
 * disassembler is asked for.
 *
 * The instruction text is LLVM's, as `llvm-mc --disassemble
 * --print-imm-hex` prints it with the row's triple, CPU and features, its
 * whitespace made single spaces.  The addresses an instruction names are
 * the wrapper's own reading of its bits (disasm_ref), for annotations.
 *
 * Memory rule: a disasm owns its LLVM context and dies with disasm_close;
 * an insn is the caller's.  Not thread-safe per disasm; two disasms may be
 * used on two threads.
 */
#ifndef P9LD_DISASM_H
#define P9LD_DISASM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "p9ld/p9ld.h"

/* How LLVM is asked to decode an arch: llvm-mc's -triple, -mcpu and
 * -mattr, and the sizes its instructions come in. */
typedef struct disasm_target {
	const char *arch;            /* p9ld's name: "riscv" */
	const char *triple;          /* "riscv32" */
	const char *cpu;             /* "" for LLVM's default */
	const char *features;        /* "+m,+a,+c"; "" for none */
	unsigned align;              /* instructions start at multiples of it */
	unsigned maxlen;             /* the longest instruction */
} disasm_target;

/* The row for ARCH (there is one for every arch of p9ld), or NULL. */
const disasm_target *disasm_target_of(const p9ld_arch *arch);

/* An address an instruction names: a branch or call target, a pc-relative
 * load or address, or an address built by a high part and the low part in
 * the instruction right after it (lui/ori, adrp/add, sethi/or, lis/ori,
 * auipc/addi; the second instruction names it). */
enum { DISASM_BRANCH, DISASM_DATA };

typedef struct disasm_ref {
	uint64_t addr;
	int kind;                    /* DISASM_BRANCH or DISASM_DATA */
} disasm_ref;

enum { DISASM_TEXT = 160, DISASM_MAXREFS = 4 };

typedef struct disasm_insn {
	size_t len;                  /* bytes it takes; 0: not an instruction */
	char text[DISASM_TEXT];      /* "mnemonic operands" */
	int nrefs;
	disasm_ref refs[DISASM_MAXREFS];
} disasm_insn;

typedef struct disasm disasm;

/* Whether disassemblers can be had: LLVM is loaded here, once.  False with
 * the reason in ERR when this build has no LLVM or its library cannot be
 * loaded -- for a program to say so before it reads anything. */
bool disasm_ready(char *err, size_t errsize);

/* A disassembler for ARCH, or NULL with a message in ERR (ERRSIZE bytes)
 * when this build has no LLVM, its library cannot be loaded, or it lacks
 * the arch. */
disasm *disasm_open(const p9ld_arch *arch, char *err, size_t errsize);

/* Decode the instruction at PC from the N bytes at B (no byte past N is
 * read).  False, with INSN->len 0, when they do not start an instruction.
 * A high part is paired with the low part only when the two are decoded
 * one after the other at consecutive addresses. */
bool disasm_one(disasm *d, uint64_t pc, const uint8_t *b, size_t n,
		disasm_insn *insn);

void disasm_close(disasm *d);

#endif
