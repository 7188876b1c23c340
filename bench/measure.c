/*
 * measure: run a command and print its wall-clock seconds and peak
 * resident memory in KiB ("0.5123 812345"), for bench/run.  GNU time's
 * %e has 10 ms steps, too coarse for the small workloads.
 *
 *	bench/measure [-o FILE] COMMAND [ARG...]
 *
 * The command's standard output goes to /dev/null; its exit status, when
 * not 0, is measure's, after a message.
 *
 * The time is the command's own, to its exit: what a shell or make waits
 * for.  The memory is the most any of its processes held, children that
 * outlive it included (p9ld --fork leaves one to free its memory):
 * measure adopts them (PR_SET_CHILD_SUBREAPER) and waits for them all
 * before it returns, so the next command measured does not run beside
 * them either.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <sys/prctl.h>
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
	if (prctl(PR_SET_CHILD_SUBREAPER, 1) != 0) {
		perror("measure: PR_SET_CHILD_SUBREAPER");
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
	long maxrss = ru.ru_maxrss;
	struct rusage orphan = { 0 };
	while (wait4(-1, NULL, 0, &orphan) > 0 || errno == EINTR)
		if (orphan.ru_maxrss > maxrss)
			maxrss = orphan.ru_maxrss;
	FILE *f = out ? fopen(out, "w") : stdout;
	if (!f) {
		perror(out);
		return 2;
	}
	fprintf(f, "%.4f %ld\n", secs, maxrss);
	if (f != stdout)
		fclose(f);
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		fprintf(stderr, "measure: %s failed\n", argv[first]);
		return 1;
	}
	return 0;
}
