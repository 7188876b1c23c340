/*
 * The host's files as the guest names them.  Without --root a guest path
 * is a host path, relative ones from p9run's current directory: the guest
 * reaches whatever the user running p9run can.  With --root DIR every
 * path resolves inside DIR, as if DIR were the host's /: openat2(2)'s
 * RESOLVE_IN_ROOT on a descriptor of DIR makes the kernel itself treat
 * "/" and ".." at DIR as DIR, in every component, through symbolic links
 * absolute or relative, and RESOLVE_NO_MAGICLINKS keeps /proc's links
 * (which jump anywhere) out.  Relative paths start at DIR too: p9run
 * serves no chdir.  A kernel without openat2 cannot confine, and --root
 * then refuses to run at all rather than run unconfined.
 */
#define _GNU_SOURCE                 /* O_PATH */
#include <errno.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "p9run.h"

/* Open PATH (relative to DIRFD) confined to the root when there is one. */
static int open_at(machine *m, int dirfd, const char *path, int flags, unsigned perm)
{
	if (m->root_fd < 0)
		return openat(dirfd, path, flags | O_CLOEXEC, (mode_t)perm);
	struct open_how how = {
		.flags = (uint64_t)(flags | O_CLOEXEC),
		.mode = (flags & O_CREAT) ? perm : 0,
		.resolve = RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS,
	};
	/* openat2 fails with EAGAIN when a rename anywhere on the system
	 * races with the resolution (RESOLVE_IN_ROOT cannot then vouch for
	 * the path): the call is to be repeated (openat2(2)) */
	int fd;
	do
		fd = (int)syscall(SYS_openat2, dirfd, path, &how, sizeof how);
	while (fd < 0 && errno == EAGAIN);
	return fd;
}

int fs_set_root(machine *m, const char *dir, char *err, size_t errsize)
{
	int fd = open(dir, O_PATH | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0) {
		snprintf(err, errsize, "--root %s: %s", dir, strerror(errno));
		return -1;
	}
	m->root_fd = fd;
	int probe = open_at(m, fd, ".", O_PATH | O_DIRECTORY, 0);
	if (probe < 0) {
		snprintf(err, errsize,
			 "--root %s: cannot confine paths to it: openat2(2) with RESOLVE_IN_ROOT "
			 "fails (%s; it needs Linux 5.6); not running unconfined",
			 dir, strerror(errno));
		return -1;
	}
	close(probe);
	return 0;
}

int fs_open(machine *m, const char *path, int flags, unsigned perm)
{
	int dirfd = m->root_fd < 0 ? AT_FDCWD : m->root_fd;
	return open_at(m, dirfd, path, flags, perm);
}

/* Make the directory PATH and open it for reading.  Its parent is
 * resolved as any path is; the new name is one component, made and then
 * opened relative to the parent, never through a link. */
int fs_mkdir(machine *m, const char *path, unsigned perm)
{
	char *parent = strdup(path);
	if (!parent) {
		errno = ENOMEM;
		return -1;
	}
	size_t n = strlen(parent);
	while (n > 0 && parent[n - 1] == '/')
		parent[--n] = 0;
	char *slash = strrchr(parent, '/');
	const char *name = slash ? slash + 1 : parent;
	const char *dir = !slash ? "." : slash == parent ? "/" : parent;
	if (slash && slash != parent)
		*slash = 0;
	int fd = -1;
	if (*name == 0) {
		errno = n == 0 && path[0] == 0 ? ENOENT : EEXIST;
	} else {
		int dirfd = fs_open(m, dir, O_PATH | O_DIRECTORY, 0);
		if (dirfd >= 0) {
			if (mkdirat(dirfd, name, (mode_t)perm) == 0)
				fd = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
			int e = errno;
			close(dirfd);
			errno = e;
		}
	}
	int e = errno;
	free(parent);
	errno = e;
	return fd;
}

void fs_close(machine *m)
{
	if (m->root_fd >= 0)
		close(m->root_fd);
	m->root_fd = -1;
}
