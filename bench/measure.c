/*
 * measure: run a command and print its wall-clock seconds and peak
 * resident memory in KiB ("0.5123 812345"), for bench/run.  GNU time's
 * %e has 10 ms steps, too coarse for the small workloads.
 *
 *	bench/measure [-o FILE] COMMAND [ARG...]
 *
 * The command's standard output goes to /dev/null; its exit status, when
 * not 0, is measure's, after a message.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	const char *out = NULL;
	int first = 1;
	if (argc > 2 && strcmp(argv[1], "-o") == 0) {
		out = argv[2];
		first = 3;
	}
	if (first >= argc) {
		fprintf(stderr, "usage: measure [-o FILE] COMMAND [ARG...]\n");
		return 2;
	}
	double start = now();
	pid_t pid = fork();
	if (pid < 0) {
		perror("measure: fork");
		return 2;
	}
	if (pid == 0) {
		int null = open("/dev/null", O_WRONLY);
		if (null >= 0)
			dup2(null, 1);
		execvp(argv[first], argv + first);
		perror(argv[first]);
		_exit(127);
	}
	int status;
	struct rusage ru;
	if (wait4(pid, &status, 0, &ru) < 0) {
		perror("measure: wait4");
		return 2;
	}
	double secs = now() - start;
	FILE *f = out ? fopen(out, "w") : stdout;
	if (!f) {
		perror(out);
		return 2;
	}
	fprintf(f, "%.4f %ld\n", secs, ru.ru_maxrss);
	if (f != stdout)
		fclose(f);
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		fprintf(stderr, "measure: %s failed\n", argv[first]);
		return 1;
	}
	return 0;
}
