/*
 * Write: the file is header | text | data | symbol table | pc/line table
 * with no padding between them (language.md section 9).  image_emit hands
 * the pieces in order to a sink; the file sink gathers them into writev
 * batches and renames a temporary file into place, the memory sink copies.
 * Small pieces (most atoms) are copied into a staging buffer first: the
 * kernel spends longer on an iovec of 16 bytes than a copy does.  Big
 * tables go to the file beside the segments, on a thread of their own.
 */
#define _GNU_SOURCE 1           /* copy_file_range */
#ifdef HAVE_CONFIG_H
#include "config.h"             /* HAVE_COPY_FILE_RANGE */
#endif

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

#include "engine/engine.h"

/* Where the pieces go, a piece at a time; a piece that is a file's bytes
 * goes to the copy sink, when there is one, with the file and offset it
 * comes from. */
typedef bool (*write_sink)(void *ctx, const void *p, size_t n);
typedef bool (*copy_sink)(void *ctx, const file_extent *x, const void *p, size_t n);

static const uint8_t zeros[4096];

static bool emit_zeros(write_sink sink, void *ctx, uint64_t n)
{
	while (n) {
		size_t k = n > sizeof zeros ? sizeof zeros : (size_t)n;
		if (!sink(ctx, zeros, k))
			return false;
		n -= k;
	}
	return true;
}

/* With a copy sink, the atoms' file extents in their atoms' order (seq),
 * met in step as the named atoms are walked: a link of many incbin atoms
 * finds each atom's file at once. */
typedef struct emitter {
	const p9ld_image *img;
	write_sink sink;
	copy_sink copy;
	void *ctx;
	const file_extent **extents;
	size_t nextents, next;
} emitter;

/* The extents in their atoms' order (an atom has at most one live: its
 * first bytes); false when out of memory. */
static bool order_extents(emitter *e)
{
	const vec *v = &e->img->extents;
	size_t n = v->len;
	if (!n)
		return true;
	uint64_t *keys = malloc(n * sizeof *keys);
	uint32_t *idx = malloc(n * sizeof *idx);
	e->extents = malloc(n * sizeof *e->extents);
	bool ok = keys && idx && e->extents;
	for (size_t i = 0; ok && i < n; i++) {
		keys[i] = ((const file_extent *)vec_at(v, i))->atom->seq;
		idx[i] = (uint32_t)i;
	}
	ok = ok && sort_pairs(keys, idx, n);
	for (size_t i = 0; ok && i < n; i++)
		e->extents[i] = vec_at(v, idx[i]);
	e->nextents = ok ? n : 0;
	free(keys);
	free(idx);
	return ok;
}

/* A borrowed named atom's file, if it said which (named atoms are met in
 * seq order). */
static const file_extent *extent_of(emitter *e, const p9ld_atom *a)
{
	if (!a->borrowed || a->anon)
		return NULL;
	while (e->next < e->nextents && e->extents[e->next]->atom->seq < a->seq)
		e->next++;
	for (size_t i = e->next; i < e->nextents && e->extents[i]->atom->seq == a->seq; i++)
		if (e->extents[i]->atom == a)
			return e->extents[i];
	return NULL;
}

static bool emit_atom(emitter *e, const p9ld_atom *a)
{
	const file_extent *x = e->copy ? extent_of(e, a) : NULL;
	if (x)
		return e->copy(e->ctx, x, a->bytes, (size_t)a->size);
	return !a->size || e->sink(e->ctx, a->bytes, (size_t)a->size);
}

/* Kept atoms of SEG from LIST, each preceded by the padding its alignment
 * left; *AT is the address the segment has reached. */
static bool emit_atoms(emitter *e, const vec *list, p9ld_segment seg,
		       uint64_t *at)
{
	e->next = 0;
	for (size_t i = 0; i < list->len; i++) {
		const p9ld_atom *a = *(p9ld_atom **)vec_at(list, i);
		if (!a->kept || a->seg != seg)
			continue;
		if (!emit_zeros(e->sink, e->ctx, a->addr - *at) || !emit_atom(e, a))
			return false;
		*at = a->addr + a->size;
	}
	return true;
}

/* The header, text and data: the file up to the tables. */
static bool emit_segments(emitter *e)
{
	const p9ld_image *img = e->img;
	const output *l = &img->out;
	uint64_t at = l->text_base;
	if (!e->sink(e->ctx, l->header, img->arch->header_size) ||
	    !emit_atoms(e, &img->atoms, P9LD_TEXT, &at))
		return false;
	at = l->data_base;
	if ((l->got.len && !e->sink(e->ctx, l->got.data, l->got.len)))
		return false;
	at += l->got.len;
	return emit_atoms(e, &img->atoms, P9LD_DATA, &at) &&
	       emit_atoms(e, &img->anons, P9LD_DATA, &at);
}

/* The symbol table and the pc/line table, at tables_offset(). */
static bool emit_tables(const emitter *e)
{
	const output *l = &e->img->out;
	return (!l->syms.len || e->sink(e->ctx, l->syms.data, l->syms.len)) &&
	       (!l->pcline.len || e->sink(e->ctx, l->pcline.data, l->pcline.len));
}

static uint64_t tables_offset(const p9ld_image *img)
{
	const output *l = &img->out;
	return img->arch->header_size + (l->etext - l->text_base) +
	       (l->edata - l->data_base);
}

static bool image_emit(p9ld_image *img, write_sink sink, copy_sink copy, void *ctx)
{
	emitter e = { img, sink, copy, ctx, NULL, 0, 0 };
	return emit_segments(&e) && emit_tables(&e);
}

/* ---- to a file ----------------------------------------------------------- */

/* No write asks for more than WRITE_MAX bytes.  The kernel sizes the page
 * cache's folios by what one write asks for: asked for a whole segment,
 * it takes 2 MiB folios, and those come from the free blocks that a
 * virtual machine's host takes back (free page reporting), so the copy
 * into each page stops for the host to supply it.  Smaller folios come
 * from the pages programs have just given back. */
enum {
	BATCH = 512,                 /* iovecs in one writev */
	STAGE = 256 * 1024,          /* bytes of small pieces copied together */
	SMALL = 4096,                /* a piece smaller than this is copied */
	WRITE_MAX = 1024 * 1024      /* bytes in one write */
};

typedef struct file_sink {
	int fd;
	int err;                     /* errno of the first failure */
	int n;
	size_t queued;               /* bytes in iov and stage, not yet written */
	size_t staged, stage_from;   /* stage[stage_from, staged) has no iovec yet */
	struct iovec iov[BATCH];
	uint8_t stage[STAGE];
} file_sink;

static void add_iov(file_sink *f, const void *p, size_t n)
{
	f->iov[f->n].iov_base = (void *)p;
	f->iov[f->n].iov_len = n;
	f->n++;
}

/* The staged bytes not yet in an iovec get one. */
static void seal_stage(file_sink *f)
{
	if (f->staged > f->stage_from)
		add_iov(f, f->stage + f->stage_from, f->staged - f->stage_from);
	f->stage_from = f->staged;
}

static bool flush_iov(file_sink *f)
{
	seal_stage(f);
	struct iovec *iov = f->iov;
	int n = f->n;
	while (n > 0) {
		ssize_t w = writev(f->fd, iov, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			f->err = errno;
			return false;
		}
		while (n > 0 && (size_t)w >= iov->iov_len) {
			w -= (ssize_t)iov->iov_len;
			iov++;
			n--;
		}
		if (n > 0) {
			iov->iov_base = (char *)iov->iov_base + w;
			iov->iov_len -= (size_t)w;
		}
	}
	f->n = 0;
	f->staged = f->stage_from = 0;
	f->queued = 0;
	return true;
}

/* A piece, staged or in iovecs of their own, each writev WRITE_MAX bytes
 * at most. */
static bool file_put(void *ctx, const void *p, size_t n)
{
	file_sink *f = ctx;
	if (n < SMALL) {
		if ((STAGE - f->staged < n || WRITE_MAX - f->queued < n) && !flush_iov(f))
			return false;
		memcpy(f->stage + f->staged, p, n);
		f->staged += n;
		f->queued += n;
		return true;
	}
	const uint8_t *b = p;
	while (n) {
		/* room for the staged bytes' iovec and this one */
		if ((f->n >= BATCH - 1 || f->queued == WRITE_MAX) && !flush_iov(f))
			return false;
		size_t k = n < WRITE_MAX - f->queued ? n : WRITE_MAX - f->queued;
		seal_stage(f);
		add_iov(f, b, k);
		f->queued += k;
		b += k;
		n -= k;
	}
	return true;
}

/* A file's bytes: copied by the kernel, file to file, once the pieces
 * before them are out.  Where it cannot (another file system, a kernel
 * without copy_file_range, a file changed since it was read), from P. */
static bool file_copy(void *ctx, const file_extent *x, const void *p, size_t n)
{
	file_sink *f = ctx;
	if (!flush_iov(f))
		return false;
	size_t done = 0;
#ifdef HAVE_COPY_FILE_RANGE
	loff_t from = (loff_t)x->offset;
	while (done < n) {
		ssize_t c = copy_file_range(x->fd, &from, f->fd, NULL, n - done, 0);
		if (c < 0 && errno == EINTR)
			continue;
		if (c <= 0)
			break;
		done += (size_t)c;
	}
#else
	(void)x;
#endif
	return done == n || file_put(f, (const char *)p + done, n - done);
}

/* The tables, written at their offset on a second thread while the
 * segments go out on the first: on a big link they are more than half the
 * file, and where the page cache's pages are cold (the first write after
 * a pause) the kernel fills both halves at once. */
enum { TABLES_BESIDE = 1024 * 1024 };

typedef struct tables_job {
	const p9ld_image *img;
	int fd;
	int err;                     /* errno of a failure */
	pthread_t thread;
} tables_job;

static bool pwrite_all(tables_job *j, const uint8_t *p, size_t n, uint64_t off)
{
	while (n) {
		ssize_t w = pwrite(j->fd, p, n < WRITE_MAX ? n : WRITE_MAX, (off_t)off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			j->err = w < 0 ? errno : EIO;
			return false;
		}
		p += w;
		n -= (size_t)w;
		off += (uint64_t)w;
	}
	return true;
}

static void *tables_main(void *arg)
{
	tables_job *j = arg;
	const output *l = &j->img->out;
	uint64_t off = tables_offset(j->img);
	if (pwrite_all(j, l->syms.data, l->syms.len, off))
		pwrite_all(j, l->pcline.data, l->pcline.len, off + l->syms.len);
	return NULL;
}

/* Start J writing IMG's tables to FD, when they are big enough to pay
 * for a thread and the client allows one. */
static bool tables_beside(const p9ld_image *img, int fd, tables_job *j)
{
	const output *l = &img->out;
	*j = (tables_job){ .img = img, .fd = fd };
	return img->threads > 1 && l->syms.len + l->pcline.len >= TABLES_BESIDE &&
	       thread_start(&j->thread, tables_main, j);
}

/* The file's blocks, taken before it is written.  On ext4 renaming a
 * file over another makes the kernel allocate the new one's delayed
 * blocks and start writing them back there and then (auto_da_alloc),
 * inside the rename; blocks allocated up front leave nothing delayed.
 * Where the file system cannot, the write goes on without. */
static void preallocate(const p9ld_image *img, int fd)
{
#ifdef HAVE_FALLOCATE
	p9ld_info info;
	p9ld_get_info(img, &info);
	if (info.file_size)
		(void)fallocate(fd, 0, 0, (off_t)info.file_size);
#else
	(void)img;
	(void)fd;
#endif
}

/* FD is an empty regular file at its start, written through its offsets:
 * the tables can go beside the segments and the blocks be taken first.
 * Anything else (a pipe, a device, a file opened to append) is written in
 * order. */
static bool at_start_of_file(int fd)
{
	struct stat st;
	int flags = fcntl(fd, F_GETFL);
	return fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size == 0 &&
	       flags >= 0 && !(flags & O_APPEND) && lseek(fd, 0, SEEK_CUR) == 0;
}

static int write_fd(p9ld_image *img, int fd, const char *title)
{
	file_sink *f = malloc(sizeof *f);
	if (!f) {
		diag_oom(img);
		return -1;
	}
	bool seekable = at_start_of_file(fd);
	if (seekable)
		preallocate(img, fd);
	f->fd = fd;
	f->err = 0;
	f->n = 0;
	f->staged = f->stage_from = 0;
	f->queued = 0;
	emitter e = { img, file_put, file_copy, f, NULL, 0, 0 };
	if (!order_extents(&e)) {
		free(e.extents);
		free(f);
		diag_oom(img);
		return -1;
	}
	tables_job tables;
	bool beside = seekable && tables_beside(img, fd, &tables);
	bool ok = emit_segments(&e) && (beside || emit_tables(&e)) && flush_iov(f);
	free(e.extents);
	if (beside) {
		pthread_join(tables.thread, NULL);
		if (tables.err && ok)
			ok = false, f->err = tables.err;
	}
	if (!ok)
		diag_error(img, no_place, "cannot write '%s': %s", title,
			   strerror(f->err ? f->err : EIO));
	free(f);
	return ok ? 0 : -1;
}

int p9ld_write_fd(p9ld_image *img, int fd, const char *title)
{
	if (!img->linked) {
		diag_error(img, no_place, "cannot write '%s': the image is not linked", title);
		return -1;
	}
	return write_fd(img, fd, title);
}

static mode_t exec_mode(void)
{
	mode_t mask = umask(0);
	umask(mask);
	return 0777 & ~mask;
}

/* A new file in the folder DIR, named after BASE (BASE.tmpXXXXXX, or
 * .p9ld.tmpXXXXXX when that would be too long a name: the temporary's
 * name must never be what fails), opened for writing; its name in TMP.
 * -1 with errno. */
static int create_beside(int dir, const char *base, char tmp[NAME_MAX + 1])
{
	static const char letters[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
	size_t n = strlen(base);
	if (n + 10 > NAME_MAX)
		base = ".p9ld", n = 5;
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	uint64_t x = (uint64_t)ts.tv_nsec ^ (uint64_t)ts.tv_sec << 20 ^ (uint64_t)getpid() << 40;
	for (int attempt = 0; attempt < 100; attempt++) {
		memcpy(tmp, base, n);
		memcpy(tmp + n, ".tmp", 4);
		for (int i = 0; i < 6; i++) {
			x = x * 6364136223846793005u + 1442695040888963407u;
			tmp[n + 4 + i] = letters[(x >> 33) % (sizeof letters - 1)];
		}
		tmp[n + 10] = 0;
		int fd = openat(dir, tmp, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
		if (fd >= 0 || errno != EEXIST)
			return fd;
	}
	return -1;
}

/* PATH's folder, opened, and PATH's last component. */
static int open_folder(const char *path, const char **base)
{
	const char *slash = strrchr(path, '/');
	*base = slash ? slash + 1 : path;
	if (!slash)
		return open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (slash == path)
		return open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	char *dir = strndup(path, (size_t)(slash - path));
	if (!dir) {
		errno = ENOMEM;
		return -1;
	}
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	free(dir);
	return fd;
}

int p9ld_write_file(p9ld_image *img, const char *path)
{
	if (!img->linked) {
		diag_error(img, no_place, "cannot write '%s': the image is not linked",
			   path);
		return -1;
	}
	const char *base;
	char tmp[NAME_MAX + 1];
	int dir = open_folder(path, &base);
	int fd = dir >= 0 ? create_beside(dir, base, tmp) : -1;
	if (fd < 0) {
		diag_error(img, no_place, "cannot create a file beside '%s': %s", path,
			   strerror(errno));
		if (dir >= 0)
			close(dir);
		return -1;
	}
	bool ok = write_fd(img, fd, path) == 0;
	int err = 0;
	if (ok && fchmod(fd, exec_mode()) < 0)
		ok = false, err = errno;
	if (close(fd) < 0 && ok)
		ok = false, err = errno;
	if (ok && renameat(dir, tmp, dir, base) < 0)
		ok = false, err = errno;
	if (!ok) {
		if (err)
			diag_error(img, no_place, "cannot write '%s': %s", path, strerror(err));
		unlinkat(dir, tmp, 0);
	}
	close(dir);
	return ok ? 0 : -1;
}

/* ---- to memory ------------------------------------------------------------ */

static bool mem_put(void *ctx, const void *p, size_t n)
{
	buf *b = ctx;
	buf_put(b, p, n);
	return !b->failed;
}

int p9ld_write_mem(p9ld_image *img, uint8_t **bytes, size_t *len)
{
	if (!img->linked) {
		diag_error(img, no_place, "cannot write: the image is not linked");
		return -1;
	}
	buf b = { 0 };
	if (!image_emit(img, mem_put, NULL, &b)) {
		buf_free(&b);
		diag_oom(img);
		return -1;
	}
	*bytes = b.data;
	*len = b.len;
	return 0;
}
