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
 * 0x80 + n for sparc's `ta n`, RISCV_EXCP_U_ECALL 8.
 */
#include <string.h>

#include "p9run.h"

#define MIPS_BE (UC_MODE_BIG_ENDIAN)
#define MIPS_LE (UC_MODE_LITTLE_ENDIAN)

static const cpu_row rows[] = {
	{ "386", UC_ARCH_X86, UC_MODE_32, -1,
	  UC_X86_REG_EIP, UC_X86_REG_ESP, UC_X86_REG_EAX, UC_X86_REG_EAX,
	  4, TRAP_INTR, 64, 0, 0 },
	{ "amd64", UC_ARCH_X86, UC_MODE_64, -1,
	  UC_X86_REG_RIP, UC_X86_REG_RSP, UC_X86_REG_RBP, UC_X86_REG_RAX,
	  8, TRAP_INSN, UC_X86_INS_SYSCALL, 0, 0 },
	{ "arm", UC_ARCH_ARM, UC_MODE_ARM, -1,
	  UC_ARM_REG_PC, UC_ARM_REG_SP, UC_ARM_REG_R0, UC_ARM_REG_R0,
	  4, TRAP_INTR, 2, 0, 0 },
	{ "arm64", UC_ARCH_ARM64, UC_MODE_ARM, -1,
	  UC_ARM64_REG_PC, UC_ARM64_REG_SP, UC_ARM64_REG_X0, UC_ARM64_REG_X0,
	  8, TRAP_INTR, 2, 0, 0 },
	{ "mips", UC_ARCH_MIPS, UC_MODE_MIPS32 | MIPS_BE, -1,
	  UC_MIPS_REG_PC, UC_MIPS_REG_SP, UC_MIPS_REG_1, UC_MIPS_REG_1,
	  4, TRAP_INTR, 17, 0, 0 },
	{ "spim", UC_ARCH_MIPS, UC_MODE_MIPS32 | MIPS_LE, -1,
	  UC_MIPS_REG_PC, UC_MIPS_REG_SP, UC_MIPS_REG_1, UC_MIPS_REG_1,
	  4, TRAP_INTR, 17, 0, 0 },
	{ "mips64", UC_ARCH_MIPS, UC_MODE_MIPS64 | MIPS_BE, -1,
	  UC_MIPS_REG_PC, UC_MIPS_REG_SP, UC_MIPS_REG_1, UC_MIPS_REG_1,
	  8, TRAP_INTR, 17, 0, QUIRK_PC32_START },
	{ "spim64", UC_ARCH_MIPS, UC_MODE_MIPS64 | MIPS_LE, -1,
	  UC_MIPS_REG_PC, UC_MIPS_REG_SP, UC_MIPS_REG_1, UC_MIPS_REG_1,
	  8, TRAP_INTR, 17, 0, QUIRK_PC32_START },
	{ "power", UC_ARCH_PPC, UC_MODE_PPC32 | UC_MODE_BIG_ENDIAN, -1,
	  UC_PPC_REG_PC, UC_PPC_REG_1, UC_PPC_REG_3, UC_PPC_REG_3,
	  4, TRAP_INTR, 8, 0, 0 },
	{ "power64", UC_ARCH_PPC, UC_MODE_PPC64 | UC_MODE_BIG_ENDIAN, 0,
	  UC_PPC_REG_PC, UC_PPC_REG_1, UC_PPC_REG_3, UC_PPC_REG_3,
	  8, TRAP_INTR, 8, 0, 0 },
	{ "sparc", UC_ARCH_SPARC, UC_MODE_SPARC32 | UC_MODE_BIG_ENDIAN, -1,
	  UC_SPARC_REG_PC, UC_SPARC_REG_G1, UC_SPARC_REG_G7, UC_SPARC_REG_G7,
	  4, TRAP_INTR, 0x80, 4, 0 },
	{ "riscv", UC_ARCH_RISCV, UC_MODE_RISCV32, -1,
	  UC_RISCV_REG_PC, UC_RISCV_REG_SP, UC_RISCV_REG_S0, UC_RISCV_REG_S0,
	  4, TRAP_INTR, 8, 0, 0 },
	{ "riscv64", UC_ARCH_RISCV, UC_MODE_RISCV64, -1,
	  UC_RISCV_REG_PC, UC_RISCV_REG_SP, UC_RISCV_REG_S0, UC_RISCV_REG_S0,
	  8, TRAP_INTR, 8, 0, 0 },
};

const cpu_row *cpu_row_find(const char *arch)
{
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
		if (strcmp(rows[i].arch, arch) == 0)
			return &rows[i];
	return NULL;
}
