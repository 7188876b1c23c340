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

/* The rest of the open file FD into *BYTES (malloc'd, two NULs after its
 * LEN bytes: flex wants them), SIZE a guess of its size.  PROBE: stop once
 * the first TEXT_PROBE bytes show a NUL (a script from a pipe or a device
 * that is plainly no text is refused at it: /dev/zero would never end). */
static int read_fd(int fd, size_t size, bool probe, char **bytes, size_t *len)
{
	size_t cap = size + 3 > 64 ? size + 3 : 64, n = 0;
	char *b = malloc(cap);
	for (;;) {
		if (!b)
			return ENOMEM;
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
			return e;
		}
		if (got == 0)
			break;
		size_t was = n;
		n += (size_t)got;
		if (probe && was < TEXT_PROBE &&
		    memchr(b + was, 0, (n < TEXT_PROBE ? n : TEXT_PROBE) - was))
			break;
	}
	b[n] = b[n + 1] = 0;
	*bytes = b;
	*len = n;
	return 0;
}

/* A file smaller than this is read: a mapping costs more than the copy,
 * and a link of many small files would run out of mappings. */
enum { MAP_MIN = 64 * 1024 };

/* FD's bytes, mapped when it is a big regular file (read when the mapping
 * fails), read otherwise. */
static int load(int fd, const struct stat *st, bool probe, char **bytes, size_t *len,
		bool *mapped)
{
	*mapped = false;
	if (S_ISREG(st->st_mode) && st->st_size >= MAP_MIN) {
		void *m = mmap(NULL, (size_t)st->st_size, PROT_READ, MAP_PRIVATE, fd, 0);
		if (m != MAP_FAILED) {
			*bytes = m;
			*len = (size_t)st->st_size;
			*mapped = true;
			return 0;
		}
	}
	return read_fd(fd, S_ISREG(st->st_mode) ? (size_t)st->st_size : 0, probe, bytes, len);
}

/* Anything there: what it is, the reader says ("not a regular file"). */
static bool exists(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0;
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
		return exists(path) ? strdup(path) : NULL;
	const char *slash = from ? strrchr(from->path, '/') : NULL;
	char *p = slash ? join(from->path, (size_t)(slash - from->path), path)
			: strdup(path);
	if (p && exists(p))
		return p;
	free(p);
	for (size_t i = 0; i < n; i++) {
		p = join(dirs[i], strlen(dirs[i]), path);
		if (p && exists(p))
			return p;
		free(p);
	}
	return NULL;
}

blob *blob_read(blobs *set, const char *path, int *err)
{
	blob *bl = strtab_get(&set->index, path);
	if (bl)
		return bl;
	/* not blocking on a FIFO's open: it is refused */
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) != 0) {
		*err = errno;
		if (fd >= 0)
			close(fd);
		return NULL;
	}
	if (!S_ISREG(st.st_mode)) {
		*err = BLOB_NOT_REGULAR;
		close(fd);
		return NULL;
	}
	bl = calloc(1, sizeof *bl);
	char *copy = strdup(path);
	*err = bl && copy ? load(fd, &st, false, &bl->bytes, &bl->len, &bl->mapped) : ENOMEM;
	if (*err) {
		free(copy);
		free(bl);
		close(fd);
		return NULL;
	}
	guard_input(path, &st);
	/* The writer copies a mapped blob file to file from its descriptor:
	 * kept open for the first few, lest many blobs use up the process's
	 * descriptors (the others are written from their mappings). */
	bl->fd = -1;
	if (bl->mapped && set->fds < BLOB_FDS) {
		bl->fd = fd;
		set->fds++;
	} else {
		close(fd);
	}
	bl->path = copy;
	bl->next = set->list;
	set->list = bl;
	strtab_put(&set->index, bl->path, bl);
	return bl;
}

void blobs_free(blobs *set)
{
	for (blob *bl = set->list, *next; bl; bl = next) {
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
	set->list = NULL;
	strtab_free(&set->index);
	set->fds = 0;
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

/* A script is mapped, not copied: a 150 MB one stays in the page cache
 * instead of being read into fresh memory.  A pipe or a device is read
 * (only its first kilobyte, when that shows it is no text). */
sfile *file_read(pool *p, const char *path)
{
	bool is_stdin = strcmp(path, "-") == 0;
	int fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) != 0) {
		int e = errno;
		if (fd > 0)
			close(fd);
		errno = e;
		return NULL;
	}
	char *text = NULL;
	size_t len = 0;
	bool mapped = false;
	int e = S_ISDIR(st.st_mode) ? EISDIR : load(fd, &st, true, &text, &len, &mapped);
	if (!is_stdin)
		close(fd);
	if (e) {
		errno = e;
		return NULL;
	}
	if (!is_stdin)
		guard_input(path, &st);
	sfile *f = new_file(p, is_stdin ? "<stdin>" : path);
	f->text = text;
	f->len = len;
	f->mapped = mapped;
	f->owned = !mapped;
	if (!is_stdin) {
		f->dev = (uint64_t)st.st_dev;
		f->ino = (uint64_t)st.st_ino;
	}
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
