/*
 * Files: scripts, read whole (mapped where they can be) and kept for the
 * diagnostics' source lines; paths found relative to the file that names
 * them and then along the -I folders; incbin blobs.  Nothing here
 * reports: callers get errno.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "script.h"

int file_slurp(const char *path, char **bytes, size_t *len)
{
	int fd = strcmp(path, "-") == 0 ? 0 : open(path, O_RDONLY);
	if (fd < 0)
		return errno;
	size_t cap = 1 << 16, n = 0;
	struct stat st;
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode))
		cap = (size_t)st.st_size + 3;
	else if (fd && fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		close(fd);
		return EISDIR;
	}
	char *b = malloc(cap);
	for (;;) {
		if (!b) {
			if (fd)
				close(fd);
			return ENOMEM;
		}
		if (cap - n < 3) {
			char *bigger = realloc(b, cap *= 2);
			if (!bigger)
				free(b);
			b = bigger;
			continue;
		}
		ssize_t got = read(fd, b + n, cap - n - 2);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			int e = errno;
			free(b);
			if (fd)
				close(fd);
			return e;
		}
		if (got == 0)
			break;
		n += (size_t)got;
	}
	if (fd)
		close(fd);
	b[n] = b[n + 1] = 0;                 /* flex wants two NULs at the end */
	*bytes = b;
	*len = n;
	return 0;
}

static bool is_file(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static char *join(const char *dir, size_t dirlen, const char *name)
{
	size_t n = strlen(name);
	char *p = malloc(dirlen + n + 2);
	if (!p)
		return NULL;
	memcpy(p, dir, dirlen);
	p[dirlen] = '/';
	memcpy(p + dirlen + 1, name, n + 1);
	return p;
}

char *file_resolve(const char *path, const sfile *from, const char *const *dirs,
		   size_t n)
{
	if (path[0] == '/')
		return is_file(path) ? strdup(path) : NULL;
	const char *slash = from ? strrchr(from->path, '/') : NULL;
	char *p = slash ? join(from->path, (size_t)(slash - from->path), path)
			: strdup(path);
	if (p && is_file(p))
		return p;
	free(p);
	for (size_t i = 0; i < n; i++) {
		p = join(dirs[i], strlen(dirs[i]), path);
		if (p && is_file(p))
			return p;
		free(p);
	}
	return NULL;
}

/* PATH mapped when it is a regular, non-empty file; else NULL.  With
 * KEEP_FD, the open file too (else it is closed). */
static char *map_file(const char *path, size_t *len, int *keep_fd)
{
	int fd = open(path, O_RDONLY);
	struct stat st;
	char *text = NULL;
	if (fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
		void *m = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
		if (m != MAP_FAILED) {
			text = m;
			*len = (size_t)st.st_size;
		}
	}
	if (text && keep_fd)
		*keep_fd = fd;
	else if (fd >= 0)
		close(fd);
	return text;
}

blob *blob_read(blob **list, const char *path, int *err)
{
	for (blob *bl = *list; bl; bl = bl->next)
		if (strcmp(bl->path, path) == 0)
			return bl;
	blob *bl = calloc(1, sizeof *bl);
	char *copy = strdup(path);
	*err = ENOMEM;
	if (bl && copy) {
		bl->fd = -1;
		bl->bytes = map_file(path, &bl->len, &bl->fd);
		bl->mapped = bl->bytes != NULL;
		*err = bl->mapped ? 0 : file_slurp(path, &bl->bytes, &bl->len);
	}
	if (*err) {
		free(copy);
		free(bl);
		return NULL;
	}
	bl->path = copy;
	bl->next = *list;
	*list = bl;
	return bl;
}

void blobs_free(blob **list)
{
	for (blob *bl = *list, *next; bl; bl = next) {
		next = bl->next;
		if (bl->mapped)
			munmap(bl->bytes, bl->len);
		else
			free(bl->bytes);
		if (bl->fd >= 0)
			close(bl->fd);
		free(bl->path);
		free(bl);
	}
	*list = NULL;
}

void file_release(sfile *f)
{
	if (f->mapped)
		munmap(f->text, f->len);
	else if (f->owned)
		free(f->text);
	f->text = NULL;
}

void file_passed(sfile *f, size_t n)
{
	enum { DROP_STEP = 4 * 1024 * 1024 };
	if (!f->mapped)
		return;
	size_t page = (size_t)sysconf(_SC_PAGESIZE);
	size_t upto = n / page * page;
	if (upto >= f->dropped + DROP_STEP) {
		madvise(f->text + f->dropped, upto - f->dropped, MADV_DONTNEED);
		f->dropped = upto;
	}
}

static sfile *new_file(pool *p, const char *name)
{
	sfile *f = pool_alloc(p, sizeof *f);
	f->ev.kind = EV_FILE;
	f->path = pool_strndup(p, name, strlen(name));
	return f;
}

sfile *file_read(pool *p, const char *path)
{
	struct stat st = { 0 };
	bool is_stdin = strcmp(path, "-") == 0;
	char *text = NULL;
	size_t len = 0;
	bool mapped = false;
	/* A script is mapped, not copied: a 150 MB one stays in the page
	 * cache instead of being read into fresh memory. */
	if (!is_stdin && (text = map_file(path, &len, NULL)))
		mapped = true;
	int e = mapped ? 0 : file_slurp(path, &text, &len);
	if (e || (!is_stdin && stat(path, &st) != 0)) {
		if (!e) {
			e = errno;
			if (mapped)
				munmap(text, len);
			else
				free(text);
		}
		errno = e;
		return NULL;
	}
	sfile *f = new_file(p, is_stdin ? "<stdin>" : path);
	f->text = text;
	f->len = len;
	f->mapped = mapped;
	f->owned = !mapped;
	f->dev = (uint64_t)st.st_dev;
	f->ino = (uint64_t)st.st_ino;
	return f;
}

sfile *file_of_text(pool *p, const char *name, const char *text, size_t len)
{
	sfile *f = new_file(p, name);
	f->text = (char *)text;
	f->len = len;
	return f;
}

p9ld_file_kind file_kind(const char *path)
{
	struct stat st;
	if (strcmp(path, "-") == 0 || stat(path, &st) != 0 || !S_ISREG(st.st_mode))
		return P9LD_FILE_SCRIPT;     /* a FIFO is read once, as a script */
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	char head[8];
	ssize_t n = fd >= 0 ? read(fd, head, sizeof head) : -1;
	if (fd >= 0)
		close(fd);
	return n > 0 ? p9ld_file_kind_of(head, (size_t)n) : P9LD_FILE_SCRIPT;
}
