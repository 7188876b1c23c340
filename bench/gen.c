/*
 * gen: write the benchmark workload for N functions.
 *
 *	bench/gen p9ld N > big.p9       a p9ld script (amd64, got none)
 *	bench/gen as N > big.s          the same program for GNU as
 *	bench/gen as-local N > big.s    the same with assembler-local names
 *	                                (no .globl but _start's), as
 *	                                hand-written code mostly has them
 *	bench/gen ldscript > big.ld     its linker script (text at 0x200028,
 *	                                data at the next 2 MiB, as p9ld lays out)
 *
 * N text atoms of 16 bytes, each with a pcrel32 to a pseudo-random data
 * atom (lea) and a pcrel32 call to a pseudo-random text atom, and N data
 * atoms of an addr to a pseudo-random text atom and a u32: 2N atoms and
 * 3N fixups.  A fixed LCG makes every run the same program.  N = 1000000
 * gives about 150 MB.
 *
 * The assembler form names the same symbols, all global, so that the
 * assembler resolves none of the 3N references itself: the object carries
 * 3N relocations for the linker, as the script carries 3N fixups.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long long seed = 1;

static unsigned long pick(unsigned long n)
{
	seed = seed * 6364136223846793005ull + 1442695040888963407ull;
	return (unsigned long)((seed >> 33) % n);
}

static void p9ld_script(unsigned long n)
{
	printf("# bench workload: %lu functions\narch amd64;\ngot none;\n", n);
	for (unsigned long i = 0; i < n; i++) {
		unsigned long d = pick(n), f = pick(n), t = pick(n);
		if (i == 0)
			printf("text _start {\n");
		else
			printf("text fn_%07lu {\n", i);
		printf("\tbytes 48 8d 05; pcrel32 dt_%07lu;\n", d);
		if (f == 0)
			printf("\tbytes e8; pcrel32 _start;\n");
		else
			printf("\tbytes e8; pcrel32 fn_%07lu;\n", f);
		printf("\tbytes 90 90 90 c3;\n}\n");
		if (t == 0)
			printf("data dt_%07lu { addr _start; u32 %lu; }\n", i, i);
		else
			printf("data dt_%07lu { addr fn_%07lu; u32 %lu; }\n", i, t, i);
	}
}

/* The text and data halves are written in two runs of the same LCG, so
 * the picks match the script's. */
static void as_source(unsigned long n, bool local)
{
	printf("# bench workload: %lu functions\n\t.text\n", n);
	seed = 1;
	for (unsigned long i = 0; i < n; i++) {
		unsigned long d = pick(n), f = pick(n);
		pick(n);
		if (i == 0)
			printf("\t.globl _start\n_start:\n");
		else if (local)
			printf("fn_%07lu:\n", i);
		else
			printf("\t.globl fn_%07lu\nfn_%07lu:\n", i, i);
		printf("\t.byte 0x48, 0x8d, 0x05\n\t.long dt_%07lu-.-4\n", d);
		if (f == 0)
			printf("\t.byte 0xe8\n\t.long _start-.-4\n");
		else
			printf("\t.byte 0xe8\n\t.long fn_%07lu-.-4\n", f);
		printf("\t.byte 0x90, 0x90, 0x90, 0xc3\n");
	}
	printf("\t.data\n");
	seed = 1;
	for (unsigned long i = 0; i < n; i++) {
		pick(n), pick(n);
		unsigned long t = pick(n);
		if (local)
			printf("dt_%07lu:\n", i);
		else
			printf("\t.globl dt_%07lu\ndt_%07lu:\n", i, i);
		if (t == 0)
			printf("\t.quad _start\n\t.long %lu\n", i);
		else
			printf("\t.quad fn_%07lu\n\t.long %lu\n", t, i);
	}
}

static void linker_script(void)
{
	printf("ENTRY(_start)\n"
	       "SECTIONS {\n"
	       "\t. = 0x200028;\n"
	       "\t.text : { *(.text) }\n"
	       "\t. = ALIGN(0x200000);\n"
	       "\t.data : { *(.data) }\n"
	       "\t/DISCARD/ : { *(.note.GNU-stack) }\n"
	       "}\n");
}

static void usage(void)
{
	fprintf(stderr, "usage: gen p9ld|as|as-local N, or gen ldscript\n");
	exit(2);
}

int main(int argc, char **argv)
{
	if (argc == 2 && strcmp(argv[1], "ldscript") == 0) {
		linker_script();
		return 0;
	}
	if (argc != 3)
		usage();
	unsigned long n = strtoul(argv[2], NULL, 0);
	if (strcmp(argv[1], "p9ld") == 0)
		p9ld_script(n);
	else if (strcmp(argv[1], "as") == 0)
		as_source(n, false);
	else if (strcmp(argv[1], "as-local") == 0)
		as_source(n, true);
	else
		usage();
	return 0;
}
