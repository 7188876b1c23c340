/*
 * Objects and archives as a client adds them: from a path (mapped) or
 * from bytes (copied), and the state they leave in the image until it
 * is freed.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "objects/objects.h"

static void input_free(obj_input *in)
{
	if (in->mapped)
		munmap(in->bytes, in->len);
	else
		free(in->bytes);
	free(in->name);
	free(in);
}

static void objects_free(p9ld_image *img)
{
	struct objects *o = img->objects;
	for (size_t i = 0; i < o->archives.len; i++)
		archive_free(*(archive **)vec_at(&o->archives, i));
	for (size_t i = 0; i < o->inputs.len; i++)
		input_free(*(obj_input **)vec_at(&o->inputs, i));
	vec_free(&o->inputs);
	vec_free(&o->archives);
	vec_free(&o->commons);
	vec_free(&o->weak_refs);
	vec_free(&o->refused_syms);
	free(o);
	img->objects = NULL;
}

struct objects *objects_of(p9ld_image *img)
{
	if (img->objects)
		return img->objects;
	struct objects *o = calloc(1, sizeof *o);
	if (!o) {
		diag_oom(img);
		return NULL;
	}
	vec_init(&o->inputs, sizeof(obj_input *));
	vec_init(&o->archives, sizeof(archive *));
	vec_init(&o->commons, sizeof(common));
	vec_init(&o->weak_refs, sizeof(name *));
	vec_init(&o->refused_syms, sizeof(refused_sym));
	img->objects = o;
	img->objects_free = objects_free;
	elf_version(EV_CURRENT);
	return o;
}

static obj_input *keep_input(p9ld_image *img, obj_input *in)
{
	struct objects *o = objects_of(img);
	obj_input **slot = o ? vec_push(&o->inputs) : NULL;
	if (!slot) {
		input_free(in);
		if (o)
			diag_oom(img);
		return NULL;
	}
	*slot = in;
	return in;
}

obj_input *input_map(p9ld_image *img, const char *path, p9ld_place place)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) != 0) {
		diag_error(img, place, "cannot read '%s': %s", path, strerror(errno));
		if (fd >= 0)
			close(fd);
		return NULL;
	}
	if (!S_ISREG(st.st_mode)) {
		diag_error(img, place, "cannot read '%s': not a regular file", path);
		close(fd);
		return NULL;
	}
	obj_input *in = calloc(1, sizeof *in);
	size_t len = (size_t)st.st_size;
	/* private and writable: relocations patch the sections in place */
	void *m = len ? mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0) : NULL;
	int err = errno;
	close(fd);
	if (!in || (len && m == MAP_FAILED) || !(in->name = strdup(path))) {
		diag_error(img, place, "cannot read '%s': %s", path,
			   len && m == MAP_FAILED ? strerror(err) : "out of memory");
		if (len && m != MAP_FAILED)
			munmap(m, len);
		free(in);
		return NULL;
	}
	in->bytes = len ? m : NULL;
	in->len = len;
	in->mapped = len != 0;
	return keep_input(img, in);
}

obj_input *input_copy(p9ld_image *img, const char *nm, const void *bytes, size_t n)
{
	obj_input *in = calloc(1, sizeof *in);
	char *copy = malloc(n ? n : 1);
	char *title = strdup(nm ? nm : "<memory>");
	if (!in || !copy || !title) {
		free(in);
		free(copy);
		free(title);
		diag_oom(img);
		return NULL;
	}
	memcpy(copy, bytes, n);
	in->bytes = copy;
	in->len = n;
	in->name = title;
	return keep_input(img, in);
}

/* ---- the public API ---------------------------------------------------------- */

p9ld_file_kind p9ld_file_kind_of(const void *bytes, size_t n)
{
	if (n >= 4 && memcmp(bytes, "\177ELF", 4) == 0)
		return P9LD_FILE_OBJECT;
	/* a thin archive too, for the archive reader to refuse */
	if (n >= 8 && (memcmp(bytes, "!<arch>\n", 8) == 0 || memcmp(bytes, "!<thin>\n", 8) == 0))
		return P9LD_FILE_ARCHIVE;
	return P9LD_FILE_SCRIPT;
}

const p9ld_arch *p9ld_object_arch(const void *bytes, size_t n)
{
	const char *why;
	return object_arch(bytes, n, &why);
}

static int add_object(p9ld_image *img, obj_input *in, unsigned flags, p9ld_place place)
{
	if (!in)
		return -1;
	if (img->linked) {
		diag_error(img, place, "cannot add '%s': the image is already linked", in->name);
		return -1;
	}
	return object_read(img, in, in->name, in->bytes, in->len, flags, place) ? 0 : -1;
}

int p9ld_add_object(p9ld_image *img, const char *path, unsigned flags, p9ld_place place)
{
	return add_object(img, input_map(img, path, place), flags, place);
}

int p9ld_add_object_mem(p9ld_image *img, const char *nm, const void *bytes, size_t n,
			unsigned flags, p9ld_place place)
{
	return add_object(img, input_copy(img, nm, bytes, n), flags, place);
}

static int add_archive(p9ld_image *img, obj_input *in, p9ld_place place)
{
	if (!in)
		return -1;
	if (img->linked) {
		diag_error(img, place, "cannot add '%s': the image is already linked", in->name);
		return -1;
	}
	return archive_add(img, in, place) ? 0 : -1;
}

int p9ld_add_archive(p9ld_image *img, const char *path, p9ld_place place)
{
	return add_archive(img, input_map(img, path, place), place);
}

int p9ld_add_archive_mem(p9ld_image *img, const char *nm, const void *bytes, size_t n,
			 p9ld_place place)
{
	return add_archive(img, input_copy(img, nm, bytes, n), place);
}
