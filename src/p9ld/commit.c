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
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "script.h"

/* One output being written. */
typedef struct outfile {
	const char *path;            /* as named; "-": standard output */
	const char *what;            /* "the map " in messages; "" the image */
	int dir;                     /* the temporary's folder, or -1 */
	const char *base;            /* its name there */
	char *target;                /* PATH's file, when PATH is a symbolic link */
	char tmp[NAME_MAX + 1];      /* the temporary's name, "" none */
	int fd;                      /* -1: none */
	int guard;                   /* the temporary's slot in guard.c */
	bool in_place;               /* a device, a FIFO, standard output */
	mode_t mode;                 /* the file's, less the umask */
} outfile;

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
 * signal (held back meanwhile: no temporary exists unnoted; the threads
 * beside this one, the library's and the parser's, never take those
 * signals).  -1 with errno. */
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
	sigset_t saved;
	guard_hold(&saved);
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
	guard_release(&saved);
	errno = e;
	return fd;
}

static void say_failure(reporter *r, const outfile *o, const char *doing, int e)
{
	report_plain(r, "cannot %s %s'%s': %s", doing, o->what, o->path, strerror(e));
}

static void output_discard(outfile *o);

/* Is ST standard output (named /dev/stdout, /proc/self/fd/1, ...)? */
static bool is_stdout(const struct stat *st)
{
	struct stat out;
	return fstat(STDOUT_FILENO, &out) == 0 && out.st_dev == st->st_dev &&
	       out.st_ino == st->st_ino;
}

static bool output_open(outfile *o, const char *path, const char *what, mode_t mode, reporter *r)
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

static bool output_commit(outfile *o, reporter *r)
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

static void output_discard(outfile *o)
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

static bool same_file(const char *a, const char *b)
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

static const char *output_is_input(const char *path)
{
	struct stat st;
	if (strcmp(path, "-") == 0 || stat(path, &st) != 0 || !S_ISREG(st.st_mode))
		return NULL;                 /* written into, or not there: nothing read */
	return guard_is_input(&st);
}

/* ---- the link's outputs ------------------------------------------------------ */

/* Each output is a file of its own and none is an input: refused before
 * anything is read where the command line alone shows it
 * (outputs_not_named), again once every include, blob and object is known
 * (outputs_not_read). */
typedef struct named_output {
	const char *option, *path;
} named_output;

static size_t outputs_listed(const outputs *o, named_output out[3])
{
	size_t n = 0;
	if (o->image)
		out[n++] = (named_output){ "-o", o->image };
	if (o->map)
		out[n++] = (named_output){ "-M", o->map };
	if (o->depfile)
		out[n++] = (named_output){ "--depfile", o->depfile };
	return n;
}

bool outputs_apart(script *s, const outputs *o)
{
	named_output out[3];
	size_t n = outputs_listed(o, out);
	bool ok = true;
	for (size_t i = 0; i < n; i++)
		for (size_t k = i + 1; k < n; k++)
			if (same_file(out[i].path, out[k].path)) {
				report_usage(&s->rep, "%s '%s' and %s '%s' name the same file",
					     out[i].option, out[i].path, out[k].option, out[k].path);
				ok = false;
			}
	return ok;
}

static bool not_over(script *s, const named_output *out, const char *in)
{
	if (!in)
		return true;
	report_usage(&s->rep, "%s '%s' would write over the input '%s'", out->option,
		     out->path, in);
	return false;
}

bool outputs_not_named(script *s, const outputs *o, const script_input *in, size_t nin)
{
	named_output out[3];
	size_t n = outputs_listed(o, out);
	bool ok = true;
	for (size_t i = 0; i < n; i++) {
		const char *over = NULL;
		for (size_t k = 0; !over && k < nin; k++)
			if (in[k].kind == P9LD_FILE_SCRIPT && strcmp(in[k].path, "-") != 0 &&
			    strcmp(out[i].path, "-") != 0 && same_file(out[i].path, in[k].path))
				over = in[k].path;
		ok &= not_over(s, &out[i], over);
	}
	return ok;
}

bool outputs_not_read(script *s, const outputs *o)
{
	named_output out[3];
	size_t n = outputs_listed(o, out);
	bool ok = true;
	for (size_t i = 0; i < n; i++)
		ok &= not_over(s, &out[i], output_is_input(out[i].path));
	return ok;
}

/* The image's bytes, for the map: its temporary mapped, or, written into
 * a device or a pipe, made in memory first. */
typedef struct image_bytes {
	uint8_t *p;
	size_t len;
	bool mapped;
} image_bytes;

static bool image_bytes_of(script *s, const outfile *img, image_bytes *b)
{
	if (img->in_place)
		return p9ld_write_mem(s->img, &b->p, &b->len) == 0;
	p9ld_info info;
	p9ld_get_info(s->img, &info);
	b->len = (size_t)info.file_size;
	void *m = mmap(NULL, b->len, PROT_READ, MAP_SHARED, img->fd, 0);
	if (m == MAP_FAILED) {
		report_plain(&s->rep, "cannot read back '%s' for the map: %s", img->path,
			     strerror(errno));
		return false;
	}
	b->p = m;
	b->mapped = true;
	return true;
}

static void image_bytes_free(image_bytes *b)
{
	if (b->mapped)
		munmap(b->p, b->len);
	else
		free(b->p);
}

/* O's text through a stream of its own: the map (of the image B), or
 * the depfile (B NULL). */
static bool put_text(script *s, const outfile *o, const char *image, const image_bytes *b)
{
	int fd = dup(o->fd);
	FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
	if (!f) {
		report_plain(&s->rep, "cannot write %s'%s': %s", o->what, o->path, strerror(errno));
		if (fd >= 0)
			close(fd);
		return false;
	}
	bool ok = true;
	if (b)
		ok = write_map(s, f, b->p, b->len, image);
	else
		ok = write_depfile(s, f, image);
	if (fclose(f) != 0 && ok) {
		report_plain(&s->rep, "cannot write %s'%s': %s", o->what, o->path, strerror(errno));
		ok = false;
	}
	return ok;
}

static bool write_all(int fd, const uint8_t *p, size_t n)
{
	while (n) {
		ssize_t w = write(fd, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return false;
		p += w;
		n -= (size_t)w;
	}
	return true;
}

/* The image written into its file: from memory when the map made it
 * there. */
static bool write_in_place(script *s, const outfile *img, const image_bytes *b)
{
	if (!b->p)
		return p9ld_write_fd(s->img, img->fd, img->path) == 0;
	if (write_all(img->fd, b->p, b->len))
		return true;
	report_plain(&s->rep, "cannot write '%s': %s", img->path, strerror(errno));
	return false;
}

/* Every output complete before any takes its place, and none when an
 * input changed (guard.c): before they are written (a blob cut short
 * would fail the write, saying less), and while. */
bool outputs_write(script *s, const outputs *o)
{
	reporter *r = &s->rep;
	if (!guard_check(r))
		return false;
	outfile img, map = { .fd = -1, .dir = -1, .guard = -1 }, dep = map;
	image_bytes bytes = { 0 };
	bool ok = output_open(&img, o->image, "", 0777, r);
	ok = ok && (!o->map || output_open(&map, o->map, "the map ", 0666, r));
	ok = ok && (!o->depfile || output_open(&dep, o->depfile, "the depfile ", 0666, r));
	if (ok && !img.in_place)
		ok = p9ld_write_fd(s->img, img.fd, o->image) == 0;
	if (ok && o->map)
		ok = image_bytes_of(s, &img, &bytes) && put_text(s, &map, o->image, &bytes);
	if (ok && o->depfile)
		ok = put_text(s, &dep, o->image, NULL);
	ok = guard_check(r) && ok;           /* said even when a write failed */
	if (ok && img.in_place)
		ok = write_in_place(s, &img, &bytes);
	if (ok) {
		if (!img.in_place)
			fork_hold(o->image);
		ok = output_commit(&map, r) && output_commit(&dep, r) && output_commit(&img, r);
	}
	output_discard(&map);
	output_discard(&dep);
	output_discard(&img);
	image_bytes_free(&bytes);
	return ok;
}
