/*
 * gen: write the benchmark workload for N functions.
 *
 *	bench/gen p9ld N > big.p9       a p9ld script (amd64, got none)
 *
 * N text atoms of 16 bytes, each with a pcrel32 to a pseudo-random data
 * atom (lea) and a pcrel32 call to a pseudo-random text atom, and N data
 * atoms of an addr to a pseudo-random text atom and a u32: 2N atoms and
 * 3N fixups.  A fixed LCG makes every run the same program.  N = 1000000
 * gives about 150 MB.
 */
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

int main(int argc, char **argv)
{
	if (argc != 3 || strcmp(argv[1], "p9ld") != 0) {
		fprintf(stderr, "usage: gen p9ld N\n");
		return 2;
	}
	p9ld_script(strtoul(argv[2], NULL, 0));
	return 0;
}
