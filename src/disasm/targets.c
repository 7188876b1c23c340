/*
 * What LLVM is asked for each arch: the same triple, CPU and features a
 * person would give llvm-mc to read the same bytes.  ARM is read in ARM
 * state (Plan 9's 5l writes no Thumb); MIPS as the r2 ISAs, supersets of
 * what vl and 4l write; RISC-V with the extensions clang assumes by
 * default (rv32imac, rv64gc).
 */
#include <string.h>

#include "disasm/dis.h"

typedef struct row {
	disasm_target t;
	const char *llvm;            /* LLVM's name for the target */
} row;

static const row rows[] = {
	/*  arch       triple        cpu         features          align max  LLVM target */
	{ { "386",     "i386",       "",         "",                 1, 15 }, "X86" },
	{ { "amd64",   "x86_64",     "",         "",                 1, 15 }, "X86" },
	{ { "arm",     "armv7",      "",         "+vfp3,+neon",      4, 4 },  "ARM" },
	{ { "arm64",   "aarch64",    "",         "",                 4, 4 },  "AArch64" },
	{ { "mips",    "mips",       "mips32r2", "",                 4, 4 },  "Mips" },
	{ { "spim",    "mipsel",     "mips32r2", "",                 4, 4 },  "Mips" },
	{ { "mips64",  "mips64",     "mips64r2", "",                 4, 4 },  "Mips" },
	{ { "spim64",  "mips64el",   "mips64r2", "",                 4, 4 },  "Mips" },
	{ { "power",   "powerpc",    "",         "",                 4, 4 },  "PowerPC" },
	{ { "power64", "powerpc64",  "",         "",                 4, 4 },  "PowerPC" },
	{ { "sparc",   "sparc",      "",         "",                 4, 4 },  "Sparc" },
	{ { "riscv",   "riscv32",    "",         "+m,+a,+c",         2, 4 },  "RISCV" },
	{ { "riscv64", "riscv64",    "",         "+m,+a,+f,+d,+c",   2, 4 },  "RISCV" },
};

static const row *row_of(const p9ld_arch *arch)
{
	for (size_t i = 0; arch && i < sizeof rows / sizeof rows[0]; i++)
		if (strcmp(rows[i].t.arch, arch->name) == 0)
			return &rows[i];
	return NULL;
}

const disasm_target *disasm_target_of(const p9ld_arch *arch)
{
	const row *r = row_of(arch);
	return r ? &r->t : NULL;
}

/* T is always a row's first member: every target comes from the table. */
const char *target_llvm_name(const disasm_target *t)
{
	return ((const row *)(const void *)t)->llvm;
}
