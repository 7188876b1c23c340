/*
 * The disassembler's one internal header: the disasm itself, its targets'
 * rules for the addresses an instruction names (refs.c), and LLVM, loaded
 * at run time (llvm.c).
 */
#ifndef P9LD_DIS_H
#define P9LD_DIS_H

#include "disasm/disasm.h"

/* How one arch's instructions name addresses (refs.c). */
typedef struct ruleset ruleset;

/* What the last instruction left for the next: a register holding the
 * high part of an address, good only at NEXT_PC. */
typedef struct pending {
	bool valid;
	uint64_t next_pc;
	unsigned reg;
	uint64_t value;
} pending;

struct disasm {
	const p9ld_arch *arch;
	const disasm_target *t;
	const ruleset *rules;        /* NULL: LLVM reports the operands (x86) */
	void *llvm;                  /* LLVMDisasmContextRef */
	pending hi;
	disasm_insn *cur;            /* the insn being decoded, for LLVM's calls */
};

/* targets.c */
const char *target_llvm_name(const disasm_target *t);
bool target_unprintable(const disasm_target *t, const uint8_t *b, size_t n, bool big);

/* refs.c.  REF_BYTE marks, while LLVM decodes, an x86 operand of one
 * byte: a short branch's target, or a small number. */
enum { REF_BYTE = -1 };
const ruleset *rules_for(const p9ld_arch *arch);
void refs_add(disasm_insn *insn, uint64_t addr, int kind, const p9ld_arch *arch);
void refs_find(disasm *d, uint64_t pc, const uint8_t *b, disasm_insn *insn);
void refs_operand(disasm *d, uint64_t value, uint64_t size);

/* llvm.c: false, with a message, when there is no LLVM to be had */
bool llvm_ready(char *err, size_t errsize);
bool llvm_open(disasm *d, char *err, size_t errsize);
size_t llvm_decode(disasm *d, uint64_t pc, const uint8_t *b, size_t n,
		   char *text, size_t size);
void llvm_close(disasm *d);

#endif
