/*
 * The arch table: one row per Plan 9 architecture, from archs.md.
 * Adding an arch is adding a row; nothing else in the engine names an arch.
 */
#include <strings.h>

#include "engine/engine.h"

#define HDR_MAGIC 0x8000u
#define MAGIC(b, fat) ((uint32_t)(4 * (b) * (b) + 7) | ((fat) ? HDR_MAGIC : 0))

/* sym_value_size: 8 when the magic has HDR_MAGIC or addresses are 8 bytes;
 * an ELF object's class is the address size's. */
#define ROW(nm, al, bb, fat, ptr, big, q, tb, rnd, ed, out, em) \
	{ nm, al, bb, MAGIC(bb, fat), (fat) ? 40 : 32, ptr, \
	  ((fat) || (ptr) == 8) ? 8 : 4, big, q, tb, rnd, ed, out, em, 8 * (ptr) }

/* ELF machines (objects.md section 1) */
enum { EM_386 = 3, EM_X86_64 = 62, EM_ARM = 40, EM_AARCH64 = 183, EM_MIPS = 8,
       EM_PPC = 20, EM_PPC64 = 21, EM_SPARC = 2, EM_RISCV = 243 };
#define A(...) { __VA_ARGS__, NULL }

static const p9ld_arch arch_table[] = {
	/*  name       aliases                      b  fat ptr big q  text base   round      edata out      ELF machine */
	ROW("386",     A("x86", "i386"),          11, 0, 4, 0, 1, 0x1020,     0x1000,   'B', "8.out", EM_386),
	ROW("amd64",   A("x86_64"),               26, 1, 8, 0, 1, 0x200028,   0x200000, 'B', "6.out", EM_X86_64),
	ROW("arm",     A("arm32"),                20, 0, 4, 0, 4, 0x1020,     0x1000,   'D', "5.out", EM_ARM),
	ROW("arm64",   A("aarch64"),              28, 1, 8, 0, 4, 0x10028,    0x10000,  'D', "7.out", EM_AARCH64),
	ROW("mips",    A("mipsbe"),               16, 0, 4, 1, 4, 0x4020,     0x4000,   'D', "v.out", EM_MIPS),
	ROW("spim",    A("mipsle", "mipsel"),     24, 0, 4, 0, 4, 0x4020,     0x4000,   'D', "0.out", EM_MIPS),
	ROW("mips64",  { NULL },                  18, 0, 8, 1, 4, 0x4020,     0x4000,   'D', "4.out", EM_MIPS),
	ROW("spim64",  A("mips64le"),             22, 0, 8, 0, 4, 0x4020,     0x4000,   'D', "4.out", EM_MIPS),
	ROW("power",   A("ppc", "powerpc"),       21, 0, 4, 1, 4, 0x100020,   0x100000, 'D', "q.out", EM_PPC),
	ROW("power64", A("ppc64"),                27, 1, 8, 1, 4, 0x100028,   0x100000, 'D', "9.out", EM_PPC64),
	ROW("sparc",   { NULL },                  13, 0, 4, 1, 4, 0x1020,     0x1000,   'D', "k.out", EM_SPARC),
	ROW("riscv",   A("riscv32"),              29, 0, 4, 0, 2, 0x1020,     0x1000,   'D', "i.out", EM_RISCV),
	ROW("riscv64", { NULL },                  30, 0, 8, 0, 2, 0x1020,     0x1000,   'D', "j.out", EM_RISCV),
};

size_t p9ld_arch_count(void)
{
	return COUNT_OF(arch_table);
}

const p9ld_arch *p9ld_arch_at(size_t i)
{
	return i < COUNT_OF(arch_table) ? &arch_table[i] : NULL;
}

const p9ld_arch *p9ld_arch_find(const char *s)
{
	if (!s)
		return NULL;
	for (size_t i = 0; i < COUNT_OF(arch_table); i++) {
		const p9ld_arch *a = &arch_table[i];
		if (strcasecmp(a->name, s) == 0)
			return a;
		for (const char *const *al = a->aliases; *al; al++)
			if (strcasecmp(*al, s) == 0)
				return a;
	}
	return NULL;
}

const p9ld_arch *p9ld_arch_by_magic(uint32_t magic)
{
	for (size_t i = 0; i < COUNT_OF(arch_table); i++)
		if (arch_table[i].magic == magic)
			return &arch_table[i];
	return NULL;
}
