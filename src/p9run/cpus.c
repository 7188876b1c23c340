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

/* The instructions that wait for an interrupt stop unicorn's processor
 * with no exception; in a user process they are privileged (x86's HLT is
 * a general protection fault on Plan 9). */
#define X86_HALT "privileged instruction (HLT)"
#define WFI_HALT "privileged instruction (WFI)"
#define MIPS_HALT "privileged instruction (WAIT)"

static const cpu_row rows[] = {
	{ "386", UC_ARCH_X86, UC_MODE_32, -1,
	  UC_X86_REG_EIP, UC_X86_REG_ESP, UC_X86_REG_EAX, UC_X86_REG_EAX,
	  4, TRAP_INTR, 64, 0, 0,
	  x86_excps, X86_HALT },
	{ "amd64", UC_ARCH_X86, UC_MODE_64, -1,
	  UC_X86_REG_RIP, UC_X86_REG_RSP, UC_X86_REG_RBP, UC_X86_REG_RAX,
	  8, TRAP_INSN, UC_X86_INS_SYSCALL, 0, 0,
	  x86_excps, X86_HALT },
	{ "arm", UC_ARCH_ARM, UC_MODE_ARM, -1,
	  UC_ARM_REG_PC, UC_ARM_REG_SP, UC_ARM_REG_R0, UC_ARM_REG_R0,
	  4, TRAP_INTR, 2, 0, 0,
	  arm_excps, WFI_HALT },
	{ "arm64", UC_ARCH_ARM64, UC_MODE_ARM, -1,
	  UC_ARM64_REG_PC, UC_ARM64_REG_SP, UC_ARM64_REG_X0, UC_ARM64_REG_X0,
	  8, TRAP_INTR, 2, 0, 0,
	  arm_excps, WFI_HALT },
	{ "mips", UC_ARCH_MIPS, UC_MODE_MIPS32 | MIPS_BE, -1,
	  UC_MIPS_REG_PC, UC_MIPS_REG_SP, UC_MIPS_REG_1, UC_MIPS_REG_1,
	  4, TRAP_INTR, 17, 0, 0,
	  mips_excps, MIPS_HALT },
	{ "spim", UC_ARCH_MIPS, UC_MODE_MIPS32 | MIPS_LE, -1,
	  UC_MIPS_REG_PC, UC_MIPS_REG_SP, UC_MIPS_REG_1, UC_MIPS_REG_1,
	  4, TRAP_INTR, 17, 0, 0,
	  mips_excps, MIPS_HALT },
	{ "mips64", UC_ARCH_MIPS, UC_MODE_MIPS64 | MIPS_BE, -1,
	  UC_MIPS_REG_PC, UC_MIPS_REG_SP, UC_MIPS_REG_1, UC_MIPS_REG_1,
	  8, TRAP_INTR, 17, 0, QUIRK_PC32_START,
	  mips_excps, MIPS_HALT },
	{ "spim64", UC_ARCH_MIPS, UC_MODE_MIPS64 | MIPS_LE, -1,
	  UC_MIPS_REG_PC, UC_MIPS_REG_SP, UC_MIPS_REG_1, UC_MIPS_REG_1,
	  8, TRAP_INTR, 17, 0, QUIRK_PC32_START,
	  mips_excps, MIPS_HALT },
	{ "power", UC_ARCH_PPC, UC_MODE_PPC32 | UC_MODE_BIG_ENDIAN, -1,
	  UC_PPC_REG_PC, UC_PPC_REG_1, UC_PPC_REG_3, UC_PPC_REG_3,
	  4, TRAP_INTR, 8, 0, 0,
	  power_excps, NULL },
	{ "power64", UC_ARCH_PPC, UC_MODE_PPC64 | UC_MODE_BIG_ENDIAN, 0,
	  UC_PPC_REG_PC, UC_PPC_REG_1, UC_PPC_REG_3, UC_PPC_REG_3,
	  8, TRAP_INTR, 8, 0, 0,
	  power_excps, NULL },
	{ "sparc", UC_ARCH_SPARC, UC_MODE_SPARC32 | UC_MODE_BIG_ENDIAN, -1,
	  UC_SPARC_REG_PC, UC_SPARC_REG_G1, UC_SPARC_REG_G7, UC_SPARC_REG_G7,
	  4, TRAP_INTR, 0x80, 4, 0,
	  sparc_excps, NULL },
	{ "riscv", UC_ARCH_RISCV, UC_MODE_RISCV32, -1,
	  UC_RISCV_REG_PC, UC_RISCV_REG_SP, UC_RISCV_REG_S0, UC_RISCV_REG_S0,
	  4, TRAP_INTR, 8, 0, 0,
	  riscv_excps, WFI_HALT },
	{ "riscv64", UC_ARCH_RISCV, UC_MODE_RISCV64, -1,
	  UC_RISCV_REG_PC, UC_RISCV_REG_SP, UC_RISCV_REG_S0, UC_RISCV_REG_S0,
	  8, TRAP_INTR, 8, 0, 0,
	  riscv_excps, WFI_HALT },
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
