/*
 * relocnames ARCH < LIST: every line "TYPE NAME" of LIST (what
 * `p9ld --list-relocs ARCH` prints, the rows of ARCH's relocation table)
 * has NAME equal to reloc_type_name's for TYPE and ARCH's ELF machine:
 * the name an unsupported relocation is said by (relocs/names.c) and the
 * name a supported one is said by in every other error must agree.  A
 * 386 row with the table's absolute_variant bit in its type is the other
 * form of the ELF type without it (RR_MODRM), and is named as that type.
 *
 * relocnames --table: the name table itself.  Every type of each
 * machine is reached by its lookup (an array out of order would hide
 * some: the counts would fall short), no two types of a machine share a
 * name, every name has its machine's prefix, and the composed mips n64
 * types are named part by part.
 *
 * Exit 0 when all hold, 1 when one does not (each said), 2 on bad usage.
 */
#include <elf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "p9ld/p9ld.h"
#include "relocs/relocs.h"

static int list_matches(const char *arch_name)
{
	const p9ld_arch *arch = p9ld_arch_find(arch_name);
	if (!arch) {
		fprintf(stderr, "relocnames: unknown arch '%s'\n", arch_name);
		return 2;
	}
	const reloc_table *t = reloc_table_of(arch);
	uint32_t variant = t ? t->absolute_variant : 0;
	char line[256], listed[200];
	unsigned long type;
	size_t rows = 0;
	int bad = 0;
	while (fgets(line, sizeof line, stdin)) {
		if (sscanf(line, "%lu %199s", &type, listed) != 2) {
			printf("%s: a line that is not TYPE NAME: %s", arch_name, line);
			bad = 1;
			continue;
		}
		rows++;
		const char *want = reloc_type_name(arch->elf_machine, (uint32_t)type & ~variant);
		if (!want || strcmp(want, listed) != 0) {
			printf("%s: type %lu: the table says %s, the names %s\n", arch_name, type,
			       listed, want ? want : "(none)");
			bad = 1;
		}
	}
	if (!rows) {
		printf("%s: no rows listed\n", arch_name);
		bad = 1;
	}
	if (!bad)
		printf("%s: %zu rows, each named as reloc_type_name names it\n", arch_name, rows);
	return bad;
}

/* Each machine: its prefixes, the types scanned (mips: the single types;
 * above 0xff its numbers are composed), and the count of names LLVM's
 * ELFRelocs .def file for it gives. */
static const struct {
	unsigned machine;
	const char *prefix[3];
	uint32_t last;
	size_t count;
} machines[] = {
	{ EM_386, { "R_386_" }, 0xffff, 41 },
	{ EM_X86_64, { "R_X86_64_" }, 0xffff, 44 },
	{ EM_ARM, { "R_ARM_" }, 0xffff, 146 },
	{ EM_AARCH64, { "R_AARCH64_" }, 0xffff, 235 },
	{ EM_MIPS, { "R_MIPS_", "R_MIPS16_", "R_MICROMIPS_" }, 0xff, 111 },
	{ EM_PPC, { "R_PPC_" }, 0xffff, 73 },
	{ EM_PPC64, { "R_PPC64_" }, 0xffff, 102 },
	{ EM_SPARC, { "R_SPARC_" }, 0xffff, 89 },
	{ EM_RISCV, { "R_RISCV_" }, 0xffff, 122 },
};

static bool has_prefix(const char *s, const char *const *prefix)
{
	for (size_t i = 0; i < 3 && prefix[i]; i++)
		if (strncmp(s, prefix[i], strlen(prefix[i])) == 0)
			return true;
	return false;
}

static int one_machine(size_t i)
{
	const char **seen = calloc(machines[i].last + 1, sizeof *seen);
	if (!seen)
		return 1;
	size_t count = 0;
	int bad = 0;
	for (uint32_t t = 0; t <= machines[i].last; t++) {
		const char *nm = reloc_type_name(machines[i].machine, t);
		if (!nm)
			continue;
		if (!has_prefix(nm, machines[i].prefix)) {
			printf("machine %u type %u: %s has not the machine's prefix\n",
			       machines[i].machine, t, nm);
			bad = 1;
		}
		for (size_t k = 0; k < count; k++)
			if (strcmp(seen[k], nm) == 0) {
				printf("machine %u: %s named twice\n", machines[i].machine, nm);
				bad = 1;
			}
		seen[count++] = nm;
	}
	if (count != machines[i].count) {
		printf("machine %u: %zu types named, %zu expected\n", machines[i].machine, count,
		       machines[i].count);
		bad = 1;
	}
	free(seen);
	return bad;
}

/* mips n64: type | type2 << 8 | type3 << 16 */
#define N64(a, b, c) ((uint32_t)(a) | (uint32_t)(b) << 8 | (uint32_t)(c) << 16)

static const struct {
	unsigned machine;
	uint32_t type;
	const char *name;           /* NULL: no name */
} cases[] = {
	{ EM_RISCV, 21, "R_RISCV_TLS_GOT_HI20" },
	{ EM_X86_64, 23, "R_X86_64_TPOFF32" },
	{ EM_AARCH64, 0x101, "R_AARCH64_ABS64" },
	{ EM_ARM, 0x28, "R_ARM_V4BX" },
	{ EM_MIPS, N64(7, 24, 5), "R_MIPS_GPREL16/R_MIPS_SUB/R_MIPS_HI16" },
	{ EM_MIPS, N64(12, 18, 0), "R_MIPS_GPREL32/R_MIPS_64" },
	{ EM_MIPS, N64(7, 0, 5), "R_MIPS_GPREL16/R_MIPS_NONE/R_MIPS_HI16" },
	{ EM_MIPS, N64(7, 24, 52), NULL },          /* 52 names nothing */
	{ EM_MIPS, N64(7, 24, 5) | 1u << 24, NULL }, /* a fourth byte */
	{ EM_MIPS, 218, NULL },                     /* R_MIPS_NUM is a count */
	{ EM_X86_64, 0x10b, NULL },                 /* no composing but mips' */
	{ EM_RISCV, 46, NULL },
	{ EM_S390, 1, NULL },                       /* a machine p9ld does not read */
};

static int table_holds(void)
{
	int bad = 0;
	for (size_t i = 0; i < sizeof machines / sizeof machines[0]; i++)
		bad |= one_machine(i);
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const char *got = reloc_type_name(cases[i].machine, cases[i].type);
		bool same = got && cases[i].name ? strcmp(got, cases[i].name) == 0
						 : got == cases[i].name;
		if (!same) {
			printf("machine %u type %#x: %s, not %s\n", cases[i].machine,
			       (unsigned)cases[i].type, got ? got : "(none)",
			       cases[i].name ? cases[i].name : "(none)");
			bad = 1;
		}
	}
	if (!bad)
		printf("the name table holds\n");
	return bad;
}

int main(int argc, char **argv)
{
	if (argc == 2 && strcmp(argv[1], "--table") == 0)
		return table_holds();
	if (argc == 2 && argv[1][0] != '-')
		return list_matches(argv[1]);
	fprintf(stderr, "usage: relocnames ARCH < LIST, or relocnames --table\n");
	return 2;
}
