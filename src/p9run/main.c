/*
 * p9run [OPTION]... FILE [ARG]...: load a Plan 9 executable as the 9front
 * kernel would and run it under unicorn, serving its system calls
 * (cli.md).  Exit status: the program's (0 for exits(nil) or exits(""),
 * 1 for any other message), 2 for a bad image or option, a fault or an
 * unsupported call, 3 past --limit.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "p9run.h"

static void usage(FILE *f)
{
	fprintf(f,
		"usage: p9run [OPTION]... FILE [ARG]...\n"
		"Run the Plan 9 executable FILE under emulation.\n"
		"  --root DIR   make DIR the program's /: no path it names leaves DIR\n"
		"               (without it, the program reaches every file you can)\n"
		"  --trace      print each system call with its arguments and result\n"
		"  --trace-insn print each instruction run, disassembled, with the\n"
		"               registers it changed (name=old->new)\n"
		"  --trace=LIST what to trace: insn, syscalls, or both (insn,syscalls)\n"
		"  --limit N    stop after N instructions (exit status 3)\n"
		"  -h, --help   print this help\n"
		"  --version    print the version\n");
}

/* N for --limit: decimal digits only, within 64 bits. */
static bool parse_count(const char *s, uint64_t *n)
{
	*n = 0;
	if (*s == 0)
		return false;
	for (; *s; s++) {
		if (*s < '0' || *s > '9')
			return false;
		unsigned d = (unsigned)(*s - '0');
		if (*n > (UINT64_MAX - d) / 10)
			return false;
		*n = *n * 10 + d;
	}
	return true;
}

/* --trace=LIST: "insn" and "syscalls", separated by commas. */
static bool parse_trace(const char *list, machine *m)
{
	for (const char *p = list;; p++) {
		size_t n = strcspn(p, ",");
		if (n == 4 && strncmp(p, "insn", n) == 0)
			m->trace_insn = true;
		else if (n == 8 && strncmp(p, "syscalls", n) == 0)
			m->trace = true;
		else
			return false;
		p += n;
		if (*p == 0)
			return true;
	}
}

typedef struct options {
	const char *root;           /* --root, or NULL */
} options;

/* Parse the options into M and O; the image's index in ARGV, or -1 with
 * the exit status in *STATUS. */
static int parse_options(int argc, char **argv, machine *m, options *o, int *status)
{
	static const struct option longopts[] = {
		{ "root", required_argument, NULL, 'r' },
		{ "trace", optional_argument, NULL, 't' },
		{ "trace-insn", no_argument, NULL, 'i' },
		{ "limit", required_argument, NULL, 'l' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	int c;
	*status = 2;
	while ((c = getopt_long(argc, argv, "+h", longopts, NULL)) != -1) {
		switch (c) {
		case 'r':
			o->root = optarg;
			break;
		case 't':
			if (!optarg) {
				m->trace = true;
			} else if (!parse_trace(optarg, m)) {
				fprintf(stderr, "p9run: --trace= takes insn, syscalls or both "
					"(insn,syscalls), not '%s'\n", optarg);
				return -1;
			}
			break;
		case 'i':
			m->trace_insn = true;
			break;
		case 'l':
			if (!parse_count(optarg, &m->limit)) {
				fprintf(stderr, "p9run: --limit wants a decimal number of instructions "
					"below 2^64, not '%s'\n", optarg);
				return -1;
			}
			m->limited = true;
			break;
		case 'h':
			usage(stdout);
			*status = 0;
			return -1;
		case 'V':
			printf("p9run (%s) %s\n", PACKAGE_NAME, PACKAGE_VERSION);
			*status = 0;
			return -1;
		default:
			usage(stderr);
			return -1;
		}
	}
	if (optind >= argc) {
		usage(stderr);
		return -1;
	}
	return optind;
}

static int run(machine *m, const options *o, int argc, char **argv)
{
	char err[512];
	/* Said before anything runs, as p9dump -d says it. */
	if (m->trace_insn && !disasm_ready(err, sizeof err)) {
		fprintf(stderr, "p9run: --trace=insn: %s\n", err);
		return 2;
	}
	if (o->root && fs_set_root(m, o->root, err, sizeof err) != 0) {
		fprintf(stderr, "p9run: %s\n", err);
		return 2;
	}
	m->aout = p9ld_aout_open(m->image_name, err, sizeof err);
	if (!m->aout) {
		fprintf(stderr, "p9run: %s: %s\n", m->image_name, err);
		return 2;
	}
	if (machine_load(m, argc, argv, err, sizeof err) != 0) {
		fprintf(stderr, "p9run: %s: %s\n", m->image_name, err);
		return 2;
	}
	return machine_run(m);
}

static void machine_free(machine *m)
{
	for (int i = 0; i < MAX_FDS; i++)
		if (m->fds[i] > 2)
			close(m->fds[i]);
	trace_close(m);
	insn_close(m);
	if (m->uc)
		uc_close(m->uc);
	if (m->aout)
		p9ld_aout_close(m->aout);
	mem_free(m);
	fs_close(m);
	free(m->iobuf);
}

int main(int argc, char **argv)
{
	machine m = { .root_fd = -1 };
	for (int i = 0; i < MAX_FDS; i++)
		m.fds[i] = i < 3 ? i : -1;
	options o = { 0 };
	int status;
	int first = parse_options(argc, argv, &m, &o, &status);
	if (first < 0)
		return status;
	m.image_name = argv[first];
	status = run(&m, &o, argc - first, argv + first);
	machine_free(&m);
	return status;
}
