/*
 * Reading: open a file or a buffer, decode and check the header, and place
 * the parts of the file -- every size checked against the file before it
 * is used.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "reader.h"

#define HDR_MAGIC 0x00008000u
#define DYN_MAGIC 0x80000000u

bool read_fail(read_err *e, const char *fmt, ...)
{
	if (e->size) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(e->buf, e->size, fmt, ap);
		va_end(ap);
	}
	return false;
}

static const char *const part_names[P9LD_NPARTS] = {
	"text", "data", "bss", "syms", "spsz", "pcsz"
};

/* Text is mapped with the header at the arch's text base less the header;
 * data at the end of text rounded up.  When the image's own etext and
 * __GOT (or edata) say it was linked elsewhere, believe them. */
static void place_in_memory(p9ld_aout *a)
{
	const p9ld_arch *arch = a->hdr.arch;
	p9ld_aout_part *p = a->parts;
	uint64_t text = arch->text_base, round = arch->round;
	const p9ld_aout_sym *s = p9ld_aout_lookup(a, "etext");
	if (s && s->type == 'T' && s->value >= p[P9LD_PART_TEXT].size)
		text = s->value - p[P9LD_PART_TEXT].size;
	uint64_t data = (text + p[P9LD_PART_TEXT].size + round - 1) & ~(round - 1);
	if ((s = p9ld_aout_lookup(a, "__GOT")) && s->type == 'd')
		data = s->value;
	else if ((s = p9ld_aout_lookup(a, "edata")) && (s->type == 'D' || s->type == 'B') &&
		 s->value >= p[P9LD_PART_DATA].size)
		data = s->value - p[P9LD_PART_DATA].size;
	p[P9LD_PART_TEXT].vaddr = text;
	p[P9LD_PART_TEXT].memsize = p[P9LD_PART_TEXT].size;
	p[P9LD_PART_DATA].vaddr = data;
	p[P9LD_PART_DATA].memsize = p[P9LD_PART_DATA].size;
	p[P9LD_PART_BSS].vaddr = data + p[P9LD_PART_DATA].size;
	p[P9LD_PART_BSS].memsize = a->hdr.bss;
}

bool read_header(p9ld_aout *a, read_err *e)
{
	p9ld_aout_header *h = &a->hdr;
	if (a->len < 32)
		return read_fail(e, "truncated header: the file is %zu bytes, the header needs 32",
				 a->len);
	const uint8_t *b = a->bytes;
	uint32_t *fields[8] = { &h->magic, &h->text, &h->data, &h->bss,
				&h->syms, &h->entry, &h->spsz, &h->pcsz };
	for (int i = 0; i < 8; i++)
		*fields[i] = (uint32_t)get_uint(b + 4 * i, 4, true);
	h->dyn = (h->magic & DYN_MAGIC) != 0;
	h->fat = (h->magic & HDR_MAGIC) != 0;
	h->arch = p9ld_arch_by_magic(h->magic & ~DYN_MAGIC);
	if (!h->arch)
		return read_fail(e, "unknown magic 0x%08x at offset 0", h->magic);
	h->size = h->fat ? 40 : 32;
	if (a->len < h->size)
		return read_fail(e, "truncated header: the file is %zu bytes, the fat header needs 40",
				 a->len);
	h->entry64 = h->fat ? get_uint(b + 32, 8, true) : h->entry;

	/* text, data, syms, spsz, pcsz follow each other; bss has no bytes */
	uint64_t off = h->size;
	uint32_t sizes[P9LD_NPARTS] = { h->text, h->data, 0, h->syms, h->spsz, h->pcsz };
	for (int i = 0; i < P9LD_NPARTS; i++) {
		if (i == P9LD_PART_BSS)
			continue;
		if (sizes[i] > a->len - off)
			return read_fail(e, "%s size %u runs past end of file at %llu (the file is %zu bytes)",
					 part_names[i], sizes[i], (unsigned long long)off, a->len);
		a->parts[i].offset = off;
		a->parts[i].size = sizes[i];
		off += sizes[i];
	}
	a->parts[P9LD_PART_BSS].offset = a->parts[P9LD_PART_SYMS].offset;
	return true;
}

static void reader_free(p9ld_aout *a)
{
	vec_free(&a->syms);
	vec_free(&a->histories);
	vec_free(&a->texts);
	vec_free(&a->got);
	arena_free(&a->arena);
	free(a->owned);
	free(a);
}

p9ld_aout *p9ld_aout_read(const void *bytes, size_t len, char *err,
			  size_t errsize)
{
	read_err e = { err, errsize };
	p9ld_aout *a = calloc(1, sizeof *a);
	if (!a) {
		read_fail(&e, "out of memory");
		return NULL;
	}
	a->bytes = bytes;
	a->len = len;
	vec_init(&a->syms, sizeof(p9ld_aout_sym));
	vec_init(&a->histories, sizeof(history));
	vec_init(&a->texts, sizeof(text_sym));
	vec_init(&a->got, sizeof(uint64_t));
	if (!read_header(a, &e) || !read_syms(a, &e) || !check_pcline(a, &e)) {
		reader_free(a);
		return NULL;
	}
	place_in_memory(a);
	read_got(a);
	return a;
}

p9ld_aout *p9ld_aout_open(const char *path, char *err, size_t errsize)
{
	read_err e = { err, errsize };
	int fd = open(path, O_RDONLY);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) < 0) {
		read_fail(&e, "cannot open: %s", strerror(errno));
		if (fd >= 0)
			close(fd);
		return NULL;
	}
	if (!S_ISREG(st.st_mode)) {
		close(fd);
		read_fail(&e, "not a regular file");
		return NULL;
	}
	size_t len = (size_t)st.st_size;
	uint8_t *data = malloc(len ? len : 1);
	size_t got = 0;
	while (data && got < len) {
		ssize_t n = read(fd, data + got, len - got);
		if (n <= 0) {
			if (n < 0 && errno == EINTR)
				continue;
			break;
		}
		got += (size_t)n;
	}
	close(fd);
	if (!data || got != len) {
		read_fail(&e, data ? "cannot read: %s" : "out of memory", strerror(errno));
		free(data);
		return NULL;
	}
	p9ld_aout *a = p9ld_aout_read(data, len, err, errsize);
	if (!a)
		free(data);
	else
		a->owned = data;
	return a;
}

void p9ld_aout_close(p9ld_aout *a)
{
	if (a)
		reader_free(a);
}

const p9ld_aout_header *p9ld_aout_header_of(const p9ld_aout *a)
{
	return &a->hdr;
}

const p9ld_aout_part *p9ld_aout_get_part(const p9ld_aout *a, int which)
{
	return which >= 0 && which < P9LD_NPARTS ? &a->parts[which] : NULL;
}

const uint8_t *p9ld_aout_bytes(const p9ld_aout *a, uint64_t offset)
{
	return offset <= a->len ? a->bytes + offset : NULL;
}

uint64_t p9ld_aout_file_size(const p9ld_aout *a)
{
	return a->len;
}
