/*
 * api-bench: link N atoms with N fixups through the C API and report the
 * time of each phase and the peak memory.
 *
 *	bench/api-bench [N [OUTPUT]]      (default 1000000, /dev/null)
 *
 * N amd64 text atoms of 16 bytes, each ending in a pcrel32 call to a
 * pseudo-random atom (a fixed LCG, so every run links the same program),
 * under `got none`.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

#include <p9ld/p9ld.h>

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void print_diag(void *user, const p9ld_diag *d)
{
	(void)user;
	fprintf(stderr, "api-bench: %s\n", d->message);
}

int main(int argc, char **argv)
{
	unsigned long n = argc > 1 ? strtoul(argv[1], NULL, 0) : 1000000;
	const char *out = argc > 2 ? argv[2] : "/dev/null";
	static const p9ld_place here = { "api-bench", 0, 0 };
	static const unsigned char body[12] = {
		0x55, 0x48, 0x89, 0xe5, 0x90, 0x90, 0x90, 0x5d, 0x90, 0x90, 0x90, 0xe8,
	};
	uint32_t seed = 12345;
	char name[32];

	double t0 = now();
	p9ld_image *img = p9ld_image_new(print_diag, NULL);
	p9ld_set_arch(img, p9ld_arch_find("amd64"), here);
	p9ld_set_got_policy(img, P9LD_GOT_NONE);
	for (unsigned long i = 0; i < n; i++) {
		snprintf(name, sizeof name, i ? "f%lu" : "_start", i);
		p9ld_atom *a = p9ld_atom_new(img, P9LD_TEXT, name, NULL, here);
		p9ld_emit_bytes(img, a, body, sizeof body, here);
		seed = seed * 1103515245u + 12345u;
		unsigned long target = (seed >> 8) % n;
		snprintf(name, sizeof name, target ? "f%lu" : "_start", target);
		p9ld_emit_pcrel(img, a, p9ld_expr_name(img, name, here), 4, here);
	}
	double t1 = now();
	int rc = p9ld_link(img);
	double t2 = now();
	if (rc == 0)
		rc = p9ld_write_file(img, out);
	double t3 = now();
	p9ld_info info;
	if (rc == 0)
		p9ld_get_info(img, &info);
	p9ld_image_free(img);
	double t4 = now();

	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	if (rc != 0)
		return 1;
	printf("atoms %lu  fixups %llu  file %llu bytes\n", n,
	       (unsigned long long)info.fixups, (unsigned long long)info.file_size);
	printf("build %.3f s  link %.3f s  write %.3f s  free %.3f s  total %.3f s\n",
	       t1 - t0, t2 - t1, t3 - t2, t4 - t3, t4 - t0);
	printf("peak RSS %.1f MiB\n", (double)ru.ru_maxrss / 1024.0);
	return 0;
}
