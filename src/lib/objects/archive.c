/*
 * ar archives: a member is read when it defines a name that is still
 * undefined, found through the archive's symbol index, and this is
 * repeated over every archive until no member is wanted (lld's rule: the
 * archives' order does not matter).  A member's sections are lazy.
 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "objects/objects.h"

/* ---- the archive's structure, checked before libelf reads it ------------
 * libelf takes a member header's size as it finds it and reads what
 * follows as best it can; here every header is checked once, so that a
 * damaged archive is one error that says which header is wrong. */

enum { AR_MAGIC = 8, AR_HDR = 60 };

typedef struct ar_walk {
	p9ld_image *img;
	const obj_input *in;
	vec offsets;                 /* size_t: each member's header, in order */
	size_t index_at, index_size; /* the symbol index's content (0: none) */
	unsigned index_word;         /* its words: 4 ("/"), 8 ("/SYM64/") */
	size_t names_at, names_size; /* the long-name table ("//") */
} ar_walk;

static bool ar_error(const ar_walk *w, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static bool ar_error(const ar_walk *w, const char *fmt, ...)
{
	char msg[384];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	diag_error(w->img, (p9ld_place){ w->in->name, 0, 0 }, "%s", msg);
	return false;
}

/* The member in header H, for messages: "member y.o" (its name, or a
 * long name from the "//" table), or what a special member is. */
static void member_title(const ar_walk *w, const char *h, char *out, size_t n)
{
	size_t len = 16;
	while (len && h[len - 1] == ' ')
		len--;
	if ((len == 1 && h[0] == '/') || (len == 7 && memcmp(h, "/SYM64/", 7) == 0)) {
		snprintf(out, n, "the symbol index");
		return;
	}
	if (len == 2 && h[1] == '/') {
		snprintf(out, n, "the long-name table");
		return;
	}
	if (len > 1 && h[0] == '/' && h[1] >= '0' && h[1] <= '9' && w->names_at) {
		size_t off = 0;
		for (size_t i = 1; i < len && h[i] >= '0' && h[i] <= '9' && off < w->names_size; i++)
			off = off * 10 + (size_t)(h[i] - '0');
		const char *s = w->in->bytes + w->names_at;
		size_t k = 0;
		while (off + k < w->names_size && s[off + k] != '/' && s[off + k] != '\n' && k < 255)
			k++;
		if (off < w->names_size) {
			snprintf(out, n, "member %.*s", (int)k, s + off);
			return;
		}
	}
	if (len > 1 && h[len - 1] == '/')
		len--;
	snprintf(out, n, "member %.*s", (int)len, h);
}

/* A header's size field: decimal digits, then spaces. */
static bool member_size(const char *h, uint64_t *size)
{
	const char *f = h + 48;
	size_t i = 0;
	uint64_t v = 0;
	for (; i < 10 && f[i] >= '0' && f[i] <= '9'; i++)
		v = v * 10 + (uint64_t)(f[i] - '0');
	bool digits = i > 0;
	for (; i < 10 && f[i] == ' '; i++)
		;
	*size = v;
	return digits && i == 10;
}

/* One member's header at AT: checked, and noted by what it holds. */
static bool walk_member(ar_walk *w, size_t at, size_t prev, uint64_t *size)
{
	const char *h = w->in->bytes + at;
	size_t left = w->in->len - at;
	char title[80], prev_title[80];
	if (left < AR_HDR)
		return ar_error(w, "the member header at %#zx is cut short: the archive ends %zu "
				"bytes into it", at, left);
	if (h[58] != '`' || h[59] != '\n') {
		if (!prev)
			return ar_error(w, "the member header at %#zx is damaged: it does not end "
					"with `\\n", at);
		uint64_t psize;
		member_title(w, w->in->bytes + prev, prev_title, sizeof prev_title);
		member_size(w->in->bytes + prev, &psize);
		return ar_error(w, "the member header at %#zx is damaged: it does not end with "
				"`\\n (does the header of %s, at %#zx, lie about its size, %" PRIu64 "?)",
				at, prev_title, prev, psize);
	}
	member_title(w, h, title, sizeof title);
	if (!member_size(h, size))
		return ar_error(w, "the header of %s, at %#zx, gives its size as '%.10s', not a "
				"number", title, at, h + 48);
	if (*size > left - AR_HDR)
		return ar_error(w, "the header of %s, at %#zx, says it is %" PRIu64 " bytes, more "
				"than the %zu after it: the archive is cut short, or the header lies",
				title, at, *size, left - AR_HDR);
	bool index32 = memcmp(h, "/               ", 16) == 0;
	bool index64 = memcmp(h, "/SYM64/         ", 16) == 0;
	if ((index32 || index64) && !w->index_at && !w->offsets.len) {
		w->index_at = at + AR_HDR;
		w->index_size = (size_t)*size;
		w->index_word = index64 ? 8 : 4;
	} else if (memcmp(h, "//              ", 16) == 0) {
		w->names_at = at + AR_HDR;
		w->names_size = (size_t)*size;
	} else {
		size_t *slot = vec_push(&w->offsets);
		if (!slot) {
			diag_oom(w->img);
			return false;
		}
		*slot = at;
	}
	return true;
}

static bool walk_members(ar_walk *w)
{
	size_t prev = 0;
	for (size_t at = AR_MAGIC; at < w->in->len;) {
		uint64_t size;
		if (!walk_member(w, at, prev, &size))
			return false;
		prev = at;
		at += AR_HDR + (size_t)size;
		at += at & 1;            /* members start on even offsets */
	}
	return true;
}

static bool is_member(const ar_walk *w, uint64_t off)
{
	const size_t *v = w->offsets.data;
	size_t lo = 0, hi = w->offsets.len;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (v[mid] == off)
			return true;
		if (v[mid] < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

/* The symbol index: a count, that many member offsets, that many names,
 * each where the archive says, each offset a member's header. */
static bool check_index(const ar_walk *w)
{
	if (!w->index_at)
		return ar_error(w, "it has no symbol index: make the archive with ar rcs, or run "
				"ranlib on it");
	const uint8_t *p = (const uint8_t *)w->in->bytes + w->index_at;
	size_t n = w->index_size, word = w->index_word;
	if (n < word)
		return ar_error(w, "its symbol index is %zu bytes, too short for its count", n);
	uint64_t count = get_uint(p, word, true);
	if (count > (n - word) / word)
		return ar_error(w, "its symbol index counts %" PRIu64 " names, more than its %zu "
				"bytes hold", count, n);
	const char *str = (const char *)p + word + count * word, *end = (const char *)p + n;
	for (uint64_t i = 0; i < count; i++) {
		const char *nul = memchr(str, 0, (size_t)(end - str));
		if (!nul)
			return ar_error(w, "its symbol index's name %" PRIu64 " runs past its end "
					"without a NUL", i);
		uint64_t off = get_uint(p + word + i * word, word, true);
		if (!is_member(w, off))
			return ar_error(w, "its symbol index puts '%s' in a member at %#" PRIx64 ", "
					"where there is none", str, off);
		str = nul + 1;
	}
	return true;
}

static bool check_archive(p9ld_image *img, const obj_input *in)
{
	ar_walk w = { .img = img, .in = in };
	if (in->len >= AR_MAGIC && memcmp(in->bytes, "!<thin>\n", AR_MAGIC) == 0)
		return ar_error(&w, "a thin archive (its members are files of their own): make "
				"it with ar rcs, without T");
	if (in->len < AR_MAGIC || memcmp(in->bytes, "!<arch>\n", AR_MAGIC) != 0)
		return ar_error(&w, "not an ar archive: it does not start with !<arch>\\n");
	vec_init(&w.offsets, sizeof(size_t));
	bool ok = walk_members(&w) && check_index(&w);
	vec_free(&w.offsets);
	return ok;
}

static int by_offset(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return x < y ? -1 : x > y;
}

static void archive_free_members(archive *ar);

/* The members the index names, each once and in file order, and none
 * read yet: loading asks whether a member was read once per name in the
 * index, so that is a binary search, not a walk of those read. */
static bool index_members(archive *ar, const Elf_Arsym *index, size_t n)
{
	ar->members = malloc((n ? n : 1) * sizeof *ar->members);
	if (!ar->members)
		return false;
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (index[i].as_name)
			ar->members[k++] = index[i].as_off;
	qsort(ar->members, k, sizeof *ar->members, by_offset);
	size_t u = 0;
	for (size_t i = 0; i < k; i++)
		if (!u || ar->members[u - 1] != ar->members[i])
			ar->members[u++] = ar->members[i];
	ar->nmembers = u;
	ar->loaded = calloc(u ? u : 1, sizeof *ar->loaded);
	return ar->loaded != NULL;
}

/* A link given an archive before any object takes its arch from the
 * archive's first member that is an object of a known arch (objects.md:
 * the arch is the objects'). */
static void arch_of_members(p9ld_image *img, archive *ar)
{
	for (size_t i = 0; i < ar->nmembers && !img->arch; i++) {
		Elf *m = elf_rand(ar->elf, ar->members[i]) == ar->members[i]
			? elf_begin(-1, ELF_C_READ_MMAP, ar->elf) : NULL;
		size_t size = 0;
		const char *raw = m ? elf_rawfile(m, &size) : NULL;
		const char *why;
		const p9ld_arch *arch = raw ? object_arch(raw, size, &why) : NULL;
		if (arch)
			p9ld_set_arch(img, arch, ar->place);
		if (m)
			elf_end(m);
	}
}

bool archive_add(p9ld_image *img, obj_input *in, p9ld_place place)
{
	struct objects *o = objects_of(img);
	if (!o || !check_archive(img, in))
		return false;
	p9ld_place at = { in->name, 0, 0 };
	Elf *e = elf_memory(in->bytes, in->len);
	size_t n = 0;
	Elf_Arsym *index = e && elf_kind(e) == ELF_K_AR ? elf_getarsym(e, &n) : NULL;
	if (!index) {
		const char *why = elf_errmsg(-1);
		diag_error(img, at, "not a readable ar archive: %s", why ? why : "no symbol index");
		if (e)
			elf_end(e);
		return false;
	}
	archive *ar = calloc(1, sizeof *ar);
	archive **slot = ar && index_members(ar, index, n) ? vec_push(&o->archives) : NULL;
	if (!slot) {
		if (ar)
			archive_free_members(ar);
		free(ar);
		elf_end(e);
		diag_oom(img);
		return false;
	}
	ar->in = in;
	ar->elf = e;
	ar->index = index;
	ar->nindex = n;
	ar->place = place;
	*slot = ar;
	if (!img->arch)
		arch_of_members(img, ar);
	return true;
}

static void archive_free_members(archive *ar)
{
	free(ar->members);
	free(ar->loaded);
}

void archive_free(archive *ar)
{
	elf_end(ar->elf);
	archive_free_members(ar);
	free(ar);
}

/* Member OFF's number, by binary search of the offsets. */
static size_t member_of(const archive *ar, size_t off)
{
	size_t lo = 0, hi = ar->nmembers;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (ar->members[mid] < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static bool loaded(const archive *ar, size_t off)
{
	size_t m = member_of(ar, off);
	return m < ar->nmembers && ar->members[m] == off && ar->loaded[m];
}

/* Is N wanted from an archive: undefined, and not only weakly referred
 * to (a weak reference does not pull a member in, as in every Unix
 * linker)? */
static bool wanted(const name *n)
{
	return n && n->kind == NAME_UNDEF &&
	       ((n->bind & BIND_STRONG_REF) || !(n->bind & BIND_WEAK_REF));
}

static bool load_member(p9ld_image *img, archive *ar, size_t off)
{
	size_t k = member_of(ar, off);
	if (k < ar->nmembers && ar->members[k] == off)
		ar->loaded[k] = true;
	p9ld_place at = { ar->in->name, 0, 0 };
	Elf *m = elf_rand(ar->elf, off) == off ? elf_begin(-1, ELF_C_READ_MMAP, ar->elf) : NULL;
	Elf_Arhdr *h = m ? elf_getarhdr(m) : NULL;
	size_t size = 0;
	char *raw = m ? elf_rawfile(m, &size) : NULL;
	if (!h || !raw) {
		const char *why = elf_errmsg(-1);
		diag_error(img, at, "the member at %#zx cannot be read: %s", off,
			   why ? why : "a damaged member header");
		if (m)
			elf_end(m);
		return false;
	}
	/* "libx.a(y.o)", as messages and the map name it */
	size_t n = strlen(ar->in->name) + strlen(h->ar_name) + 2;
	char *title = arena_alloc(&img->arena, n + 1);
	if (!title) {
		elf_end(m);
		diag_oom(img);
		return false;
	}
	snprintf(title, n + 1, "%s(%s)", ar->in->name, h->ar_name);
	bool ok = object_read(img, ar->in, title, raw, size, P9LD_LAZY, ar->place);
	elf_end(m);
	img->objects->members++;
	return ok;
}

bool archives_resolve(p9ld_image *img)
{
	struct objects *o = img->objects;
	for (bool more = true; more;) {
		more = false;
		for (size_t i = 0; i < o->archives.len; i++) {
			archive *ar = *(archive **)vec_at(&o->archives, i);
			for (size_t k = 0; k < ar->nindex; k++) {
				const Elf_Arsym *s = &ar->index[k];
				if (!s->as_name || loaded(ar, s->as_off) ||
				    !wanted(names_find(img, s->as_name, strlen(s->as_name))))
					continue;
				if (!load_member(img, ar, s->as_off))
					return false;
				more = true;
			}
		}
	}
	return true;
}
