/*
 * What LLVM is asked for each arch: the same triple, CPU and features a
 * person would give llvm-mc to read the same bytes.  ARM is read in ARM
 * state (Plan 9's 5l writes no Thumb); MIPS as the r2 ISAs, supersets of
 * what vl and 4l write; RISC-V with the extensions clang assumes by
 * default (rv32imac, rv64gc).
 */
#include <string.h>

#include "disasm/dis.h"

/* A class of words LLVM decodes but then cannot print: its instruction
 * printer crashes on them.  They are treated as not instructions. */
typedef struct unprintable {
	uint32_t mask, match;
} unprintable;

/* LLVM 14's SPARC printer, found by decoding every class of load, store
 * and flush: ldd with an odd register, ldda likewise with an ASI, ldstub,
 * ldstuba with an ASI, flush with an immediate. */
static const unprintable sparc_unprintable[] = {
	{ 0xc3f80000, 0xc2180000 },  /* ldd [..], %odd */
	{ 0xc3f82000, 0xc2980000 },  /* ldda [..] asi, %odd */
	{ 0xc1f80000, 0xc0680000 },  /* ldstub */
	{ 0xc1f82000, 0xc0e80000 },  /* ldstuba [..] asi */
	{ 0xfff82000, 0x81d82000 },  /* flush [rs1 + simm13] */
};

typedef struct row {
	disasm_target t;
	const char *llvm;            /* LLVM's name for the target */
	const unprintable *bad;      /* words of 4 bytes to keep from LLVM */
	size_t nbad;
} row;

#define BAD(table) table, sizeof table / sizeof table[0]
#define NONE NULL, 0

static const row rows[] = {
	/*  arch       triple        cpu         features          align max  LLVM target */
	{ { "386",     "i386",       "",         "",                 1, 15 }, "X86", NONE },
	{ { "amd64",   "x86_64",     "",         "",                 1, 15 }, "X86", NONE },
	{ { "arm",     "armv7",      "",         "+vfp3,+neon",      4, 4 },  "ARM", NONE },
	{ { "arm64",   "aarch64",    "",         "",                 4, 4 },  "AArch64", NONE },
	{ { "mips",    "mips",       "mips32r2", "",                 4, 4 },  "Mips", NONE },
	{ { "spim",    "mipsel",     "mips32r2", "",                 4, 4 },  "Mips", NONE },
	{ { "mips64",  "mips64",     "mips64r2", "",                 4, 4 },  "Mips", NONE },
	{ { "spim64",  "mips64el",   "mips64r2", "",                 4, 4 },  "Mips", NONE },
	{ { "power",   "powerpc",    "",         "",                 4, 4 },  "PowerPC", NONE },
	{ { "power64", "powerpc64",  "",         "",                 4, 4 },  "PowerPC", NONE },
	{ { "sparc",   "sparc",      "",         "",                 4, 4 },  "Sparc", BAD(sparc_unprintable) },
	{ { "riscv",   "riscv32",    "",         "+m,+a,+c",         2, 4 },  "RISCV", NONE },
	{ { "riscv64", "riscv64",    "",         "+m,+a,+f,+d,+c",   2, 4 },  "RISCV", NONE },
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

/* Whether the N bytes at B start a word LLVM cannot print. */
bool target_unprintable(const disasm_target *t, const uint8_t *b, size_t n, bool big)
{
	const row *r = (const row *)(const void *)t;
	if (!r->nbad || n < 4)
		return false;
	uint32_t w = big ? (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3]
			 : (uint32_t)b[3] << 24 | (uint32_t)b[2] << 16 | (uint32_t)b[1] << 8 | b[0];
	for (size_t i = 0; i < r->nbad; i++)
		if ((w & r->bad[i].mask) == r->bad[i].match)
			return true;
	return false;
}
