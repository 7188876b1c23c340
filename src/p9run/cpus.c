/*
 * The per-arch facts p9run needs, one row per arch of archs.md: unicorn's
 * arch and mode, the registers of the Plan 9 system-call convention
 * ("Calling the kernel"), and how the trap reaches us.  Adding an arch is
 * adding a row.
 *
 * The register that carries the call number is also the one the kernel
 * loads with the _tos address at entry (RARG in each libc's main9.s).
 * The trap numbers are unicorn's (QEMU's) exception numbers: EXCP_SWI 2 on
 * arm and arm64, EXCP_SYSCALL 17 on mips, POWERPC_EXCP_SYSCALL 8,
 * 0x80 + n for sparc's `ta n`, RISCV_EXCP_U_ECALL 8.  The exceptions a
 * program can raise otherwise are named from the same numbering (QEMU's
 * target/<arch>/cpu.h); one not named is reported by its number.
 */
#include <string.h>

#include "p9run.h"

#define MIPS_BE (UC_MODE_BIG_ENDIAN)
#define MIPS_LE (UC_MODE_LITTLE_ENDIAN)

static const excp_name x86_excps[] = {
	{ 0, "divide error" }, { 1, "debug exception" }, { 3, "breakpoint" },
	{ 4, "overflow" }, { 5, "bound range exceeded" }, { 6, "invalid opcode" },
	{ 7, "floating-point unit not available" }, { 13, "general protection" },
	{ 14, "page fault" }, { 16, "floating-point error" }, { 17, "alignment check" },
	{ 0, NULL },
};

static const excp_name arm_excps[] = {
	{ 1, "undefined instruction" }, { 3, "prefetch abort" }, { 4, "data abort" },
	{ 7, "breakpoint" }, { 22, "unaligned access" },
	{ 0, NULL },
};

static const excp_name mips_excps[] = {
	{ 12, "address error on load or fetch" }, { 13, "address error on store" },
	{ 18, "breakpoint" }, { 19, "coprocessor unusable" },
	{ 20, "reserved instruction" }, { 21, "integer overflow" }, { 22, "trap" },
	{ 23, "floating-point exception" },
	{ 0, NULL },
};

/* 96 is QEMU's "emulation assistance", which it raises for an illegal
 * instruction and turns into a program check. */
static const excp_name power_excps[] = {
	{ 2, "data storage" }, { 3, "instruction storage" }, { 5, "alignment" },
	{ 6, "program check" }, { 7, "floating-point unavailable" },
	{ 96, "illegal instruction" },
	{ 0, NULL },
};

static const excp_name sparc_excps[] = {
	{ 1, "instruction access" }, { 2, "illegal instruction" },
	{ 3, "privileged instruction" }, { 4, "floating-point disabled" },
	{ 7, "unaligned access" }, { 8, "floating-point exception" },
	{ 9, "data access" }, { 0x2a, "division by zero" },
	{ 0, NULL },
};

static const excp_name riscv_excps[] = {
	{ 0, "misaligned fetch" }, { 1, "instruction access fault" },
	{ 2, "illegal instruction" }, { 3, "breakpoint" }, { 4, "misaligned load" },
	{ 5, "load access fault" }, { 6, "misaligned store" },
	{ 7, "store access fault" },
	{ 0, NULL },
};

/* The registers --trace=insn compares after each instruction: the
 * integer registers a program can change, and the flags or condition
 * registers, in the order the ISA numbers them; not the pc (each line
 * starts with it), nor registers that cannot change (MIPS $zero, SPARC
 * %g0, RISC-V zero), nor floating-point or vector registers.  Names are
 * LLVM's, as the disassembly beside them prints them.
 *
 * Only registers unicorn 2.0.1 reads are listed: it ignores SPARC's icc
 * and y (the slot is left as it was), and its POWER xer lacks the
 * SO, OV and CA bits, which QEMU keeps apart; shown, they would never
 * change or change wrongly. */
static const trace_reg i386_regs[] = {
	{ UC_X86_REG_EAX, "eax" }, { UC_X86_REG_ECX, "ecx" }, { UC_X86_REG_EDX, "edx" },
	{ UC_X86_REG_EBX, "ebx" }, { UC_X86_REG_ESP, "esp" }, { UC_X86_REG_EBP, "ebp" },
	{ UC_X86_REG_ESI, "esi" }, { UC_X86_REG_EDI, "edi" }, { UC_X86_REG_EFLAGS, "eflags" },
	{ 0, NULL },
};

static const trace_reg amd64_regs[] = {
	{ UC_X86_REG_RAX, "rax" }, { UC_X86_REG_RCX, "rcx" }, { UC_X86_REG_RDX, "rdx" },
	{ UC_X86_REG_RBX, "rbx" }, { UC_X86_REG_RSP, "rsp" }, { UC_X86_REG_RBP, "rbp" },
	{ UC_X86_REG_RSI, "rsi" }, { UC_X86_REG_RDI, "rdi" }, { UC_X86_REG_R8, "r8" },
	{ UC_X86_REG_R9, "r9" }, { UC_X86_REG_R10, "r10" }, { UC_X86_REG_R11, "r11" },
	{ UC_X86_REG_R12, "r12" }, { UC_X86_REG_R13, "r13" }, { UC_X86_REG_R14, "r14" },
	{ UC_X86_REG_R15, "r15" }, { UC_X86_REG_RFLAGS, "rflags" },
	{ 0, NULL },
};

static const trace_reg arm_regs[] = {
	{ UC_ARM_REG_R0, "r0" }, { UC_ARM_REG_R1, "r1" }, { UC_ARM_REG_R2, "r2" },
	{ UC_ARM_REG_R3, "r3" }, { UC_ARM_REG_R4, "r4" }, { UC_ARM_REG_R5, "r5" },
	{ UC_ARM_REG_R6, "r6" }, { UC_ARM_REG_R7, "r7" }, { UC_ARM_REG_R8, "r8" },
	{ UC_ARM_REG_R9, "r9" }, { UC_ARM_REG_R10, "r10" }, { UC_ARM_REG_R11, "r11" },
	{ UC_ARM_REG_R12, "r12" }, { UC_ARM_REG_SP, "sp" }, { UC_ARM_REG_LR, "lr" },
	{ UC_ARM_REG_CPSR, "cpsr" },
	{ 0, NULL },
};

static const trace_reg arm64_regs[] = {
	{ UC_ARM64_REG_X0, "x0" }, { UC_ARM64_REG_X1, "x1" }, { UC_ARM64_REG_X2, "x2" },
	{ UC_ARM64_REG_X3, "x3" }, { UC_ARM64_REG_X4, "x4" }, { UC_ARM64_REG_X5, "x5" },
	{ UC_ARM64_REG_X6, "x6" }, { UC_ARM64_REG_X7, "x7" }, { UC_ARM64_REG_X8, "x8" },
	{ UC_ARM64_REG_X9, "x9" }, { UC_ARM64_REG_X10, "x10" }, { UC_ARM64_REG_X11, "x11" },
	{ UC_ARM64_REG_X12, "x12" }, { UC_ARM64_REG_X13, "x13" }, { UC_ARM64_REG_X14, "x14" },
	{ UC_ARM64_REG_X15, "x15" }, { UC_ARM64_REG_X16, "x16" }, { UC_ARM64_REG_X17, "x17" },
	{ UC_ARM64_REG_X18, "x18" }, { UC_ARM64_REG_X19, "x19" }, { UC_ARM64_REG_X20, "x20" },
	{ UC_ARM64_REG_X21, "x21" }, { UC_ARM64_REG_X22, "x22" }, { UC_ARM64_REG_X23, "x23" },
	{ UC_ARM64_REG_X24, "x24" }, { UC_ARM64_REG_X25, "x25" }, { UC_ARM64_REG_X26, "x26" },
	{ UC_ARM64_REG_X27, "x27" }, { UC_ARM64_REG_X28, "x28" }, { UC_ARM64_REG_X29, "x29" },
	{ UC_ARM64_REG_X30, "x30" }, { UC_ARM64_REG_SP, "sp" }, { UC_ARM64_REG_NZCV, "nzcv" },
	{ 0, NULL },
};

/* LLVM prints $1 to $27 as numbers: r1 here, as a bare number would read
 * as a value. */
static const trace_reg mips_regs[] = {
	{ UC_MIPS_REG_1, "r1" }, { UC_MIPS_REG_2, "r2" }, { UC_MIPS_REG_3, "r3" },
	{ UC_MIPS_REG_4, "r4" }, { UC_MIPS_REG_5, "r5" }, { UC_MIPS_REG_6, "r6" },
	{ UC_MIPS_REG_7, "r7" }, { UC_MIPS_REG_8, "r8" }, { UC_MIPS_REG_9, "r9" },
	{ UC_MIPS_REG_10, "r10" }, { UC_MIPS_REG_11, "r11" }, { UC_MIPS_REG_12, "r12" },
	{ UC_MIPS_REG_13, "r13" }, { UC_MIPS_REG_14, "r14" }, { UC_MIPS_REG_15, "r15" },
	{ UC_MIPS_REG_16, "r16" }, { UC_MIPS_REG_17, "r17" }, { UC_MIPS_REG_18, "r18" },
	{ UC_MIPS_REG_19, "r19" }, { UC_MIPS_REG_20, "r20" }, { UC_MIPS_REG_21, "r21" },
	{ UC_MIPS_REG_22, "r22" }, { UC_MIPS_REG_23, "r23" }, { UC_MIPS_REG_24, "r24" },
	{ UC_MIPS_REG_25, "r25" }, { UC_MIPS_REG_26, "r26" }, { UC_MIPS_REG_27, "r27" },
	{ UC_MIPS_REG_GP, "gp" }, { UC_MIPS_REG_SP, "sp" }, { UC_MIPS_REG_FP, "fp" },
	{ UC_MIPS_REG_RA, "ra" }, { UC_MIPS_REG_HI, "hi" }, { UC_MIPS_REG_LO, "lo" },
	{ 0, NULL },
};

/* LLVM prints the general registers as numbers: r0 to r31 here. */
static const trace_reg power_regs[] = {
	{ UC_PPC_REG_0, "r0" }, { UC_PPC_REG_1, "r1" }, { UC_PPC_REG_2, "r2" },
	{ UC_PPC_REG_3, "r3" }, { UC_PPC_REG_4, "r4" }, { UC_PPC_REG_5, "r5" },
	{ UC_PPC_REG_6, "r6" }, { UC_PPC_REG_7, "r7" }, { UC_PPC_REG_8, "r8" },
	{ UC_PPC_REG_9, "r9" }, { UC_PPC_REG_10, "r10" }, { UC_PPC_REG_11, "r11" },
	{ UC_PPC_REG_12, "r12" }, { UC_PPC_REG_13, "r13" }, { UC_PPC_REG_14, "r14" },
	{ UC_PPC_REG_15, "r15" }, { UC_PPC_REG_16, "r16" }, { UC_PPC_REG_17, "r17" },
	{ UC_PPC_REG_18, "r18" }, { UC_PPC_REG_19, "r19" }, { UC_PPC_REG_20, "r20" },
	{ UC_PPC_REG_21, "r21" }, { UC_PPC_REG_22, "r22" }, { UC_PPC_REG_23, "r23" },
	{ UC_PPC_REG_24, "r24" }, { UC_PPC_REG_25, "r25" }, { UC_PPC_REG_26, "r26" },
	{ UC_PPC_REG_27, "r27" }, { UC_PPC_REG_28, "r28" }, { UC_PPC_REG_29, "r29" },
	{ UC_PPC_REG_30, "r30" }, { UC_PPC_REG_31, "r31" }, { UC_PPC_REG_CR, "cr" },
	{ UC_PPC_REG_LR, "lr" }, { UC_PPC_REG_CTR, "ctr" },
	{ 0, NULL },
};

/* The window the program is in: %o6 and %i6 are LLVM's %sp and %fp. */
static const trace_reg sparc_regs[] = {
	{ UC_SPARC_REG_G1, "g1" }, { UC_SPARC_REG_G2, "g2" }, { UC_SPARC_REG_G3, "g3" },
	{ UC_SPARC_REG_G4, "g4" }, { UC_SPARC_REG_G5, "g5" }, { UC_SPARC_REG_G6, "g6" },
	{ UC_SPARC_REG_G7, "g7" }, { UC_SPARC_REG_O0, "o0" }, { UC_SPARC_REG_O1, "o1" },
	{ UC_SPARC_REG_O2, "o2" }, { UC_SPARC_REG_O3, "o3" }, { UC_SPARC_REG_O4, "o4" },
	{ UC_SPARC_REG_O5, "o5" }, { UC_SPARC_REG_O6, "sp" }, { UC_SPARC_REG_O7, "o7" },
	{ UC_SPARC_REG_L0, "l0" }, { UC_SPARC_REG_L1, "l1" }, { UC_SPARC_REG_L2, "l2" },
	{ UC_SPARC_REG_L3, "l3" }, { UC_SPARC_REG_L4, "l4" }, { UC_SPARC_REG_L5, "l5" },
	{ UC_SPARC_REG_L6, "l6" }, { UC_SPARC_REG_L7, "l7" }, { UC_SPARC_REG_I0, "i0" },
	{ UC_SPARC_REG_I1, "i1" }, { UC_SPARC_REG_I2, "i2" }, { UC_SPARC_REG_I3, "i3" },
	{ UC_SPARC_REG_I4, "i4" }, { UC_SPARC_REG_I5, "i5" }, { UC_SPARC_REG_I6, "fp" },
	{ UC_SPARC_REG_I7, "i7" },
	{ 0, NULL },
};

/* x1 to x31 by their ABI names, as LLVM prints them. */
static const trace_reg riscv_regs[] = {
	{ UC_RISCV_REG_X1, "ra" }, { UC_RISCV_REG_X2, "sp" }, { UC_RISCV_REG_X3, "gp" },
	{ UC_RISCV_REG_X4, "tp" }, { UC_RISCV_REG_X5, "t0" }, { UC_RISCV_REG_X6, "t1" },
	{ UC_RISCV_REG_X7, "t2" }, { UC_RISCV_REG_X8, "s0" }, { UC_RISCV_REG_X9, "s1" },
	{ UC_RISCV_REG_X10, "a0" }, { UC_RISCV_REG_X11, "a1" }, { UC_RISCV_REG_X12, "a2" },
	{ UC_RISCV_REG_X13, "a3" }, { UC_RISCV_REG_X14, "a4" }, { UC_RISCV_REG_X15, "a5" },
	{ UC_RISCV_REG_X16, "a6" }, { UC_RISCV_REG_X17, "a7" }, { UC_RISCV_REG_X18, "s2" },
	{ UC_RISCV_REG_X19, "s3" }, { UC_RISCV_REG_X20, "s4" }, { UC_RISCV_REG_X21, "s5" },
	{ UC_RISCV_REG_X22, "s6" }, { UC_RISCV_REG_X23, "s7" }, { UC_RISCV_REG_X24, "s8" },
	{ UC_RISCV_REG_X25, "s9" }, { UC_RISCV_REG_X26, "s10" }, { UC_RISCV_REG_X27, "s11" },
	{ UC_RISCV_REG_X28, "t3" }, { UC_RISCV_REG_X29, "t4" }, { UC_RISCV_REG_X30, "t5" },
	{ UC_RISCV_REG_X31, "t6" },
	{ 0, NULL },
};

/* The instructions that wait for an interrupt stop unicorn's processor
 * with no exception; in a user process they are privileged (x86's HLT is
 * a general protection fault on Plan 9). */
#define X86_HALT "privileged instruction (HLT)"
#define WFI_HALT "privileged instruction (WFI)"
#define MIPS_HALT "privileged instruction (WAIT)"

/* The power kernel runs user processes with the FPU on; unicorn starts
 * with it off, and the first floating-point instruction (a variadic
 * function saving its FP argument registers) would fault. */
enum { MSR_FP = 0x2000 };

static const cpu_row rows[] = {
	{ "386", UC_ARCH_X86, UC_MODE_32, -1,
	  UC_X86_REG_EIP, UC_X86_REG_ESP, UC_X86_REG_EAX, UC_X86_REG_EAX,
	  4, TRAP_INTR, 64, 0, 0,
	  x86_excps, X86_HALT, i386_regs, 0, 0 },
	{ "amd64", UC_ARCH_X86, UC_MODE_64, -1,
	  UC_X86_REG_RIP, UC_X86_REG_RSP, UC_X86_REG_RBP, UC_X86_REG_RAX,
	  8, TRAP_INSN, UC_X86_INS_SYSCALL, 0, 0,
	  x86_excps, X86_HALT, amd64_regs, 0, 0 },
	{ "arm", UC_ARCH_ARM, UC_MODE_ARM, -1,
	  UC_ARM_REG_PC, UC_ARM_REG_SP, UC_ARM_REG_R0, UC_ARM_REG_R0,
	  4, TRAP_INTR, 2, 0, 0,
	  arm_excps, WFI_HALT, arm_regs, 0, 0 },
	{ "arm64", UC_ARCH_ARM64, UC_MODE_ARM, -1,
	  UC_ARM64_REG_PC, UC_ARM64_REG_SP, UC_ARM64_REG_X0, UC_ARM64_REG_X0,
	  8, TRAP_INTR, 2, 0, 0,
	  arm_excps, WFI_HALT, arm64_regs, 0, 0 },
	{ "mips", UC_ARCH_MIPS, UC_MODE_MIPS32 | MIPS_BE, -1,
	  UC_MIPS_REG_PC, UC_MIPS_REG_SP, UC_MIPS_REG_1, UC_MIPS_REG_1,
	  4, TRAP_INTR, 17, 0, 0,
	  mips_excps, MIPS_HALT, mips_regs, 0, 0 },
	{ "spim", UC_ARCH_MIPS, UC_MODE_MIPS32 | MIPS_LE, -1,
	  UC_MIPS_REG_PC, UC_MIPS_REG_SP, UC_MIPS_REG_1, UC_MIPS_REG_1,
	  4, TRAP_INTR, 17, 0, 0,
	  mips_excps, MIPS_HALT, mips_regs, 0, 0 },
	{ "mips64", UC_ARCH_MIPS, UC_MODE_MIPS64 | MIPS_BE, -1,
	  UC_MIPS_REG_PC, UC_MIPS_REG_SP, UC_MIPS_REG_1, UC_MIPS_REG_1,
	  8, TRAP_INTR, 17, 0, QUIRK_PC32_START,
	  mips_excps, MIPS_HALT, mips_regs, 0, 0 },
	{ "spim64", UC_ARCH_MIPS, UC_MODE_MIPS64 | MIPS_LE, -1,
	  UC_MIPS_REG_PC, UC_MIPS_REG_SP, UC_MIPS_REG_1, UC_MIPS_REG_1,
	  8, TRAP_INTR, 17, 0, QUIRK_PC32_START,
	  mips_excps, MIPS_HALT, mips_regs, 0, 0 },
	{ "power", UC_ARCH_PPC, UC_MODE_PPC32 | UC_MODE_BIG_ENDIAN, -1,
	  UC_PPC_REG_PC, UC_PPC_REG_1, UC_PPC_REG_3, UC_PPC_REG_3,
	  4, TRAP_INTR, 8, 0, 0,
	  power_excps, NULL, power_regs, UC_PPC_REG_MSR, MSR_FP },
	{ "power64", UC_ARCH_PPC, UC_MODE_PPC64 | UC_MODE_BIG_ENDIAN, 0,
	  UC_PPC_REG_PC, UC_PPC_REG_1, UC_PPC_REG_3, UC_PPC_REG_3,
	  8, TRAP_INTR, 8, 0, 0,
	  power_excps, NULL, power_regs, UC_PPC_REG_MSR, MSR_FP },
	{ "sparc", UC_ARCH_SPARC, UC_MODE_SPARC32 | UC_MODE_BIG_ENDIAN, -1,
	  UC_SPARC_REG_PC, UC_SPARC_REG_G1, UC_SPARC_REG_G7, UC_SPARC_REG_G7,
	  4, TRAP_INTR, 0x80, 4, 0,
	  sparc_excps, NULL, sparc_regs, 0, 0 },
	{ "riscv", UC_ARCH_RISCV, UC_MODE_RISCV32, -1,
	  UC_RISCV_REG_PC, UC_RISCV_REG_SP, UC_RISCV_REG_S0, UC_RISCV_REG_S0,
	  4, TRAP_INTR, 8, 0, 0,
	  riscv_excps, WFI_HALT, riscv_regs, 0, 0 },
	{ "riscv64", UC_ARCH_RISCV, UC_MODE_RISCV64, -1,
	  UC_RISCV_REG_PC, UC_RISCV_REG_SP, UC_RISCV_REG_S0, UC_RISCV_REG_S0,
	  8, TRAP_INTR, 8, 0, 0,
	  riscv_excps, WFI_HALT, riscv_regs, 0, 0 },
};

const cpu_row *cpu_row_find(const char *arch)
{
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
		if (strcmp(rows[i].arch, arch) == 0)
			return &rows[i];
	return NULL;
}

/* The name of exception NUMBER on CPU's arch, or NULL. */
const char *cpu_excp_name(const cpu_row *cpu, int number)
{
	for (const excp_name *e = cpu->excps; e->name; e++)
		if (e->number == number)
			return e->name;
	return NULL;
}
