/*
 * Leaving the clean-up to a child (--fork, as mold does it).  A big link
 * ends holding much memory: giving it back (our frees, then the kernel's
 * teardown of the address space) and dropping the page cache of the
 * output it replaced take time that no one needs to wait for
 * (bench/README.md).  So p9ld forks before it starts: the child
 * links, and once the output is in place and every message printed it
 * sends its exit status to the parent, which exits with it at once; the
 * child then frees and exits on its own.
 *
 *	fork_start    fork; only the child returns
 *	fork_hold     keep the output being replaced open, so that the
 *	              rename does not free it while the parent waits
 *	fork_finish   hand the status over; the child lives on, quiet
 *
 * Until it has reported, the child dies with its parent: killing p9ld
 * kills the link, forked or not.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "script.h"

static int status_fd = -1;       /* the child's end of the pipe */
static int held_fd = -1;         /* the replaced output, held open */

/* The parent: wait for the child's status and exit with it.  A child that
 * died before saying (a crash, a kill) is reaped, and its end passed on:
 * the same exit status, or the same signal. */
static _Noreturn void wait_for_child(pid_t pid, int fd)
{
	unsigned char status;
	ssize_t n;
	do
		n = read(fd, &status, 1);
	while (n < 0 && errno == EINTR);
	if (n == 1)
		_exit(status);
	int ws;
	while (waitpid(pid, &ws, 0) < 0)
		if (errno != EINTR)
			_exit(1);
	if (WIFEXITED(ws))
		_exit(WEXITSTATUS(ws));
	if (WIFSIGNALED(ws)) {
		signal(WTERMSIG(ws), SIG_DFL);
		raise(WTERMSIG(ws));
	}
	_exit(1);
}

/* Where fork or pipe fails, the link runs here, undetached. */
void fork_start(void)
{
	int p[2];
	if (pipe(p) != 0)
		return;
	fflush(NULL);                /* nothing buffered is written twice */
	pid_t parent = getpid();
	/* A stop signal waits until the parent knows its child: taken before,
	 * it would kill the parent alone, and the child would remove its
	 * temporaries only after the parent's end (PR_SET_PDEATHSIG), where
	 * whoever waited for p9ld could still find them. */
	sigset_t saved;
	guard_hold(&saved);
	pid_t pid = fork();
	if (pid < 0) {
		guard_release(&saved);
		close(p[0]);
		close(p[1]);
		return;
	}
	if (pid > 0) {
		close(p[1]);
		/* SIGINT or SIGTERM now goes to the child, which removes its
		 * temporaries and dies of it; then so does the parent
		 * (wait_for_child), so p9ld's end is the link's. */
		guard_forward(pid);
		guard_release(&saved);
		wait_for_child(pid, p[0]);
	}
	close(p[0]);
	fcntl(p[1], F_SETFD, FD_CLOEXEC);
	status_fd = p[1];
	/* Killing p9ld stops the link, as it would without the fork: the
	 * child goes with its parent until it has reported (a parent gone
	 * before this call shows as a new parent). */
	if (prctl(PR_SET_PDEATHSIG, SIGTERM) != 0 || getppid() != parent)
		_exit(1);
	guard_release(&saved);
}

/* Only a regular file: opening a FIFO or a device could block or act. */
void fork_hold(const char *path)
{
	if (status_fd < 0 || held_fd >= 0)
		return;
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
	struct stat st;
	if (fd >= 0 && (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))) {
		close(fd);
		fd = -1;
	}
	held_fd = fd;
}

/* Standard output and error go to /dev/null before the parent goes, so a
 * pipe reading them ends with the parent, not with the child. */
void fork_finish(int status)
{
	if (status_fd < 0)
		return;
	fflush(NULL);
	int null = open("/dev/null", O_RDWR);
	if (null >= 0) {
		dup2(null, STDOUT_FILENO);
		dup2(null, STDERR_FILENO);
		if (null > STDERR_FILENO)
			close(null);
	}
	prctl(PR_SET_PDEATHSIG, 0);  /* the parent's exit is ours to cause now */
	unsigned char byte = (unsigned char)status;
	ssize_t n;
	do
		n = write(status_fd, &byte, 1);
	while (n < 0 && errno == EINTR);
	close(status_fd);
	status_fd = -1;
	if (held_fd >= 0)
		close(held_fd);      /* the replaced output's pages go here */
	held_fd = -1;
}
