/*
 * The outputs of a link -- the image, the map, the depfile -- written so
 * that none replaces anything unless every one is complete and no input
 * has changed: each goes to a temporary beside its name, and the
 * temporaries are renamed into place at the end, the image last.  A
 * device, a FIFO or standard output ("-") is written into, not replaced:
 * there is nothing to rename.
 *
 * A temporary is named after its output (NAME.tmpXXXXXX), or
 * .p9ld.tmpXXXXXX when that would be too long a name, and made and renamed
 * relative to the output's folder: an output name as long as the system
 * allows works, whatever the temporary's.  guard.c removes it when p9ld
 * is interrupted.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "script.h"

/* PATH's folder, opened, and PATH's last component. */
static int open_folder(const char *path, const char **base)
{
	const char *slash = strrchr(path, '/');
	*base = slash ? slash + 1 : path;
	if (!slash || slash == path)
		return open(slash ? "/" : ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	char *dir = strndup(path, (size_t)(slash - path));
	if (!dir) {
		errno = ENOMEM;
		return -1;
	}
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	free(dir);
	return fd;
}

/* A new file in O's folder, its name in O->tmp, noted for removal on a
 * signal (blocked meanwhile: no temporary exists unnoted).  -1 with
 * errno. */
static int create_beside(outfile *o)
{
	static const char letters[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
	const char *base = o->base;
	size_t n = strlen(base);
	if (n + 10 > NAME_MAX)
		base = ".p9ld", n = 5;
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	uint64_t x = (uint64_t)ts.tv_nsec ^ (uint64_t)ts.tv_sec << 20 ^ (uint64_t)getpid() << 40;
	sigset_t stops, saved;
	sigemptyset(&stops);
	sigaddset(&stops, SIGINT);
	sigaddset(&stops, SIGTERM);
	sigaddset(&stops, SIGHUP);
	pthread_sigmask(SIG_BLOCK, &stops, &saved);
	int fd = -1;
	for (int attempt = 0; attempt < 100 && fd < 0; attempt++) {
		memcpy(o->tmp, base, n);
		memcpy(o->tmp + n, ".tmp", 4);
		for (int i = 0; i < 6; i++) {
			x = x * 6364136223846793005u + 1442695040888963407u;
			o->tmp[n + 4 + i] = letters[(x >> 33) % (sizeof letters - 1)];
		}
		o->tmp[n + 10] = 0;
		fd = openat(o->dir, o->tmp, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
		if (fd < 0 && errno != EEXIST)
			break;
	}
	int e = errno;
	if (fd >= 0)
		o->guard = guard_temp(o->dir, o->tmp);
	else
		o->tmp[0] = 0;
	pthread_sigmask(SIG_SETMASK, &saved, NULL);
	errno = e;
	return fd;
}

static void say_failure(reporter *r, const outfile *o, const char *doing, int e)
{
	report_plain(r, "cannot %s %s'%s': %s", doing, o->what, o->path, strerror(e));
}

/* Is ST standard output (named /dev/stdout, /proc/self/fd/1, ...)? */
static bool is_stdout(const struct stat *st)
{
	struct stat out;
	return fstat(STDOUT_FILENO, &out) == 0 && out.st_dev == st->st_dev &&
	       out.st_ino == st->st_ino;
}

bool output_open(outfile *o, const char *path, const char *what, mode_t mode, reporter *r)
{
	*o = (outfile){ .path = path, .what = what, .dir = -1, .fd = -1, .guard = -1,
		       .mode = mode };
	struct stat st;
	bool there = strcmp(path, "-") != 0 && stat(path, &st) == 0;
	if (!strcmp(path, "-") || (there && is_stdout(&st))) {
		o->fd = STDOUT_FILENO;
		o->in_place = true;
		return true;
	}
	if (there && !S_ISREG(st.st_mode)) {
		o->in_place = true;
		o->fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC);
		if (o->fd < 0)
			say_failure(r, o, "write", errno);
		return o->fd >= 0;
	}
	/* A symbolic link stays one: its file is replaced */
	struct stat lst;
	if (there && lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode) &&
	    (o->target = realpath(path, NULL)))
		path = o->target;
	o->dir = open_folder(path, &o->base);
	if (o->dir >= 0)
		o->fd = create_beside(o);
	if (o->fd < 0) {
		report_plain(r, "cannot create a file beside %s'%s': %s", what, path,
			     strerror(errno));
		output_discard(o);
		return false;
	}
	return true;
}

static mode_t without_umask(mode_t mode)
{
	mode_t mask = umask(0);
	umask(mask);
	return mode & ~mask;
}

bool output_commit(outfile *o, reporter *r)
{
	if (o->fd < 0 && !o->tmp[0])
		return true;                  /* not asked for */
	int e = 0;
	if (o->tmp[0] && fchmod(o->fd, without_umask(o->mode)) < 0)
		e = errno;
	if (o->fd != STDOUT_FILENO && close(o->fd) < 0 && !e)
		e = errno;
	o->fd = -1;
	if (!e && o->tmp[0] && renameat(o->dir, o->tmp, o->dir, o->base) < 0)
		e = errno;
	if (!e) {
		guard_temp_gone(o->guard);
		o->tmp[0] = 0;
	} else {
		say_failure(r, o, "write", e);
	}
	output_discard(o);
	return e == 0;
}

void output_discard(outfile *o)
{
	if (o->fd >= 0 && o->fd != STDOUT_FILENO)
		close(o->fd);
	o->fd = -1;
	if (o->tmp[0]) {
		unlinkat(o->dir, o->tmp, 0);
		guard_temp_gone(o->guard);
		o->tmp[0] = 0;
	}
	if (o->dir >= 0)
		close(o->dir);
	o->dir = -1;
	free(o->target);
	o->target = NULL;
}

/* ---- which file a name is ----------------------------------------------------- */

/* PATH's folder resolved, and its last component: the name of a file that
 * does not exist yet, to compare with another's. */
static char *full_name(const char *path)
{
	const char *slash = strrchr(path, '/');
	const char *base = slash ? slash + 1 : path;
	char *dir = slash ? strndup(path, (size_t)(slash - path + (slash == path))) : strdup(".");
	char *real = dir ? realpath(dir, NULL) : NULL;
	free(dir);
	if (!real)
		return strdup(path);
	size_t n = strlen(real) + strlen(base) + 2;
	char *full = malloc(n);
	if (full)
		snprintf(full, n, "%s/%s", real, base);
	free(real);
	return full;
}

/* The file at PATH ("-" standard output): 0, or -1 when there is none. */
static int identify(const char *path, struct stat *st)
{
	return strcmp(path, "-") == 0 ? fstat(STDOUT_FILENO, st) : stat(path, st);
}

bool same_file(const char *a, const char *b)
{
	struct stat sa, sb;
	bool ia = identify(a, &sa) == 0, ib = identify(b, &sb) == 0;
	if (ia && ib)
		return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
	if (ia || ib || strcmp(a, "-") == 0 || strcmp(b, "-") == 0)
		return false;
	char *fa = full_name(a), *fb = full_name(b);
	bool same = fa && fb && strcmp(fa, fb) == 0;
	free(fa);
	free(fb);
	return same;
}

const char *output_is_input(const char *path)
{
	struct stat st;
	if (strcmp(path, "-") == 0 || stat(path, &st) != 0 || !S_ISREG(st.st_mode))
		return NULL;                 /* written into, or not there: nothing read */
	return guard_is_input(&st);
}
