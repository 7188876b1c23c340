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

/* The lowest text symbol in [LO, HI], or none. */
static bool lowest_text(const p9ld_aout *a, uint64_t lo, uint64_t hi, uint64_t *v)
{
	const text_sym *t = a->texts.data;
	size_t l = 0, h = a->texts.len;
	while (l < h) {
		size_t mid = l + (h - l) / 2;
		if (t[mid].value < lo)
			l = mid + 1;
		else
			h = mid;
	}
	if (l == a->texts.len || t[l].value > hi)
		return false;
	*v = t[l].value;
	return true;
}

/* Text is mapped with the header at the arch's text base less the header.
 * An image linked elsewhere says so: etext gives the base exactly; else
 * the text symbols do -- the lowest of those that could start a text
 * holding the entry, when the default's text does not hold the entry or
 * such a symbol lies below the default -- or, with no text symbols, the
 * entry itself.  An entry no text symbol agrees with is the file's
 * mistake: the symbols still place text. */
static void place_text(p9ld_aout *a, p9ld_aout_part *t)
{
	uint64_t size = t->size, entry = a->hdr.entry64, def = a->hdr.arch->text_base;
	const p9ld_aout_sym *s = p9ld_aout_lookup(a, "etext");
	bool outside = entry - def >= size;      /* entry below def wraps too */
	uint64_t low;
	t->vaddr = def;
	t->from = P9LD_FROM_DEFAULT;
	if (s && s->type == 'T' && s->value >= size) {
		t->vaddr = s->value - size;
		t->from = P9LD_FROM_ETEXT;
	} else if (size == 0) {
		return;
	} else if (!a->texts.len) {
		if (outside)
			t->vaddr = entry, t->from = P9LD_FROM_ENTRY;
	} else if (lowest_text(a, entry >= size ? entry - size + 1 : 0, entry, &low)) {
		if (outside || low < def)
			t->vaddr = low, t->from = P9LD_FROM_TEXT_SYMS;
	} else {
		low = ((const text_sym *)a->texts.data)->value;
		if (low < def || low - def > size)
			t->vaddr = low, t->from = P9LD_FROM_TEXT_SYMS;
	}
}

/* Whether a symbol of one of LETTERS lies in [LO, HI]; with LOWEST, the
 * lowest of them at or above LO. */
static bool data_sym_in(const p9ld_aout *a, const char *letters, uint64_t lo,
			uint64_t hi, uint64_t *lowest)
{
	bool any = false;
	for (size_t i = 0; i < a->syms.len; i++) {
		const p9ld_aout_sym *s = vec_at(&a->syms, i);
		if (!strchr(letters, s->type) || s->value < lo || s->value > hi)
			continue;
		if (!lowest)
			return true;
		if (!any || s->value < *lowest)
			*lowest = s->value;
		any = true;
	}
	return any;
}

/* Data follows text rounded up to the arch's round; __GOT (which starts
 * data), edata or end give the base exactly.  Else the data symbols (or,
 * with none, the bss symbols) move it, to the lowest of them above the
 * text, when none of them lies where the default puts data -- a symbol
 * between text and the default (Go marks the end of its read-only data
 * in text so) does not, by itself. */
static void place_data(p9ld_aout *a, p9ld_aout_part *d, uint64_t text_end)
{
	uint64_t size = d->size, bss = a->hdr.bss, round = a->hdr.arch->round;
	uint64_t def = (text_end + round - 1) & ~(round - 1), low;
	const p9ld_aout_sym *s;
	d->vaddr = def;
	d->from = P9LD_FROM_DEFAULT;
	if ((s = p9ld_aout_lookup(a, "__GOT")) && s->type == 'd') {
		d->vaddr = s->value;
		d->from = P9LD_FROM_GOT;
	} else if ((s = p9ld_aout_lookup(a, "edata")) && (s->type == 'D' || s->type == 'B') &&
		   s->value >= size) {
		d->vaddr = s->value - size;
		d->from = P9LD_FROM_EDATA;
	} else if ((s = p9ld_aout_lookup(a, "end")) && s->type == 'B' &&
		   s->value >= size && s->value - size >= bss) {
		d->vaddr = s->value - size - bss;
		d->from = P9LD_FROM_END;
	} else if (data_sym_in(a, "Dd", text_end, UINT64_MAX, &low)) {
		if (!data_sym_in(a, "Dd", def, def + size, NULL))
			d->vaddr = low, d->from = P9LD_FROM_DATA_SYMS;
	} else if (data_sym_in(a, "Bb", text_end + size, UINT64_MAX, &low)) {
		if (!data_sym_in(a, "Bb", def + size, def + size + bss, NULL))
			d->vaddr = low - size, d->from = P9LD_FROM_DATA_SYMS;
	}
}

static void place_in_memory(p9ld_aout *a)
{
	p9ld_aout_part *p = a->parts;
	place_text(a, &p[P9LD_PART_TEXT]);
	p[P9LD_PART_TEXT].memsize = p[P9LD_PART_TEXT].size;
	place_data(a, &p[P9LD_PART_DATA], p[P9LD_PART_TEXT].vaddr + p[P9LD_PART_TEXT].size);
	p[P9LD_PART_DATA].memsize = p[P9LD_PART_DATA].size;
	p[P9LD_PART_BSS].vaddr = p[P9LD_PART_DATA].vaddr + p[P9LD_PART_DATA].size;
	p[P9LD_PART_BSS].memsize = a->hdr.bss;
	p[P9LD_PART_BSS].from = P9LD_FROM_DATA;
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
	vec_free(&a->addrs);
	vec_free(&a->hstates);
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
	vec_init(&a->addrs, sizeof(addr_sym));
	vec_init(&a->hstates, sizeof(hstate));
	vec_init(&a->got, sizeof(uint64_t));
	if (!read_header(a, &e) || !read_syms(a, &e) || !index_addrs(a, &e) ||
	    !index_histories(a, &e) || !check_pcline(a, &e)) {
		reader_free(a);
		return NULL;
	}
	place_in_memory(a);
	read_got(a);
	return a;
}

/* How many bytes of a file the header at B (N bytes, N >= 32) accounts
 * for: the header and every part.  Past that the reader has nothing to
 * read; an unknown magic accounts for the header only. */
static uint64_t extent_of(const uint8_t *b, size_t n)
{
	uint32_t magic = (uint32_t)get_uint(b, 4, true);
	if (!p9ld_arch_by_magic(magic & ~DYN_MAGIC))
		return n;
	uint64_t end = magic & HDR_MAGIC ? 40 : 32;
	for (int i = 1; i < 8; i++)
		if (i != 3 && i != 5)            /* bss has no bytes; entry is no size */
			end += get_uint(b + 4 * i, 4, true);
	return end;
}

/* Read from FD into B until it holds WANT bytes or the file ends.  The
 * buffer starts at FIRST bytes (the file's size and one, when known, so a
 * regular file is read without a copy) and doubles from there. */
static bool read_upto(int fd, buf *b, uint64_t want, uint64_t first)
{
	if (first > want)
		first = want;
	if (first > SIZE_MAX ||
	    (first > b->len && !buf_reserve(b, (size_t)(first - b->len))))
		return false;
	while (b->len < want) {
		if (b->len == b->cap && !buf_reserve(b, 1))
			return false;
		size_t room = b->cap - b->len;
		if (room > want - b->len)
			room = (size_t)(want - b->len);
		ssize_t r = read(fd, b->data + b->len, room);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return false;
		if (r == 0)
			break;
		b->len += (size_t)r;
	}
	return true;
}

/* Only what the header says is read: a file with a long tail after its
 * last part (or a stream that never ends) costs no more than its parts. */
p9ld_aout *p9ld_aout_open_fd(int fd, char *err, size_t errsize)
{
	read_err e = { err, errsize };
	struct stat st;
	uint64_t first = fstat(fd, &st) == 0 && S_ISREG(st.st_mode)
		? (uint64_t)st.st_size + 1 : 4096;
	buf b = { 0 };
	errno = 0;
	bool ok = read_upto(fd, &b, 40, 40);
	if (ok && b.len >= 32)
		ok = read_upto(fd, &b, extent_of(b.data, b.len), first);
	if (!ok) {
		read_fail(&e, b.failed || !errno ? "out of memory" : "cannot read: %s",
			  strerror(errno));
		buf_free(&b);
		return NULL;
	}
	p9ld_aout *a = p9ld_aout_read(b.data, b.len, err, errsize);
	if (!a)
		buf_free(&b);
	else
		a->owned = b.data;
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
	p9ld_aout *a = p9ld_aout_open_fd(fd, err, errsize);
	close(fd);
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
