/*
 * mkbad IN OUT [OP ARG...]...: a damaged copy of the good ELF object or
 * ar archive IN, written to OUT, for tests/objects/bad.sh.  Each OP
 * changes one thing, named as readelf names it, so a case says what it
 * damages rather than at which byte:
 *
 *	cut AT                    the file ends at AT
 *	byte AT V                 the byte at AT is V
 *	ehdr FIELD V              e_FIELD (type, machine, shoff, shnum, ...)
 *	shdr SECTION FIELD V      sh_FIELD of a section (name, type, flags,
 *	                          offset, size, link, info, addralign, entsize)
 *	sym SYMBOL FIELD V        st_FIELD of a .symtab symbol (name, value,
 *	                          size, info, other, shndx)
 *	rel SECTION K FIELD V     record K of a SHT_REL(A) section: offset,
 *	                          sym, type, addend
 *	member NAME size V        an archive member's header's size (text);
 *	                          NAME "/" is the symbol index
 *	index K V                 the archive symbol index's K-th offset
 *
 * SECTION and SYMBOL are names, or #N for an index.  AT and V are sums
 * and differences of numbers (C syntax), `end` (the file's length),
 * `off:SECTION` and `size:SECTION` (its sh_offset and sh_size).  The
 * fields are read and written in the object's own class and byte order.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct file {
	unsigned char *b;
	size_t len;
	bool is64, big;
} file;

static const char *in_name;

static void die(const char *fmt, const char *arg)
{
	fprintf(stderr, "mkbad: %s: ", in_name);
	fprintf(stderr, fmt, arg);
	fputc('\n', stderr);
	exit(2);
}

/* ---- words in the file's byte order -------------------------------------- */

static uint64_t get(const file *f, size_t off, unsigned size)
{
	if (off > f->len || f->len - off < size)
		die("a field at %s is past the end", "an offset");
	uint64_t v = 0;
	for (unsigned i = 0; i < size; i++) {
		unsigned k = f->big ? i : size - 1 - i;
		v = v << 8 | f->b[off + k];
	}
	return v;
}

static void put(file *f, size_t off, unsigned size, uint64_t v)
{
	if (off > f->len || f->len - off < size)
		die("a field at %s is past the end", "an offset");
	for (unsigned i = 0; i < size; i++) {
		unsigned k = f->big ? size - 1 - i : i;
		f->b[off + k] = (unsigned char)(v >> (8 * i));
	}
}

/* ---- the structures' fields: offset and size in each class ---------------- */

typedef struct field {
	const char *name;
	unsigned off32, size32, off64, size64;
} field;

static const field ehdr_fields[] = {
	{ "type", 16, 2, 16, 2 },     { "machine", 18, 2, 18, 2 },
	{ "version", 20, 4, 20, 4 },  { "entry", 24, 4, 24, 8 },
	{ "phoff", 28, 4, 32, 8 },    { "shoff", 32, 4, 40, 8 },
	{ "flags", 36, 4, 48, 4 },    { "ehsize", 40, 2, 52, 2 },
	{ "phentsize", 42, 2, 54, 2 }, { "phnum", 44, 2, 56, 2 },
	{ "shentsize", 46, 2, 58, 2 }, { "shnum", 48, 2, 60, 2 },
	{ "shstrndx", 50, 2, 62, 2 },
};

static const field shdr_fields[] = {
	{ "name", 0, 4, 0, 4 },       { "type", 4, 4, 4, 4 },
	{ "flags", 8, 4, 8, 8 },      { "addr", 12, 4, 16, 8 },
	{ "offset", 16, 4, 24, 8 },   { "size", 20, 4, 32, 8 },
	{ "link", 24, 4, 40, 4 },     { "info", 28, 4, 44, 4 },
	{ "addralign", 32, 4, 48, 8 }, { "entsize", 36, 4, 56, 8 },
};

static const field sym_fields[] = {
	{ "name", 0, 4, 0, 4 },       { "value", 4, 4, 8, 8 },
	{ "size", 8, 4, 16, 8 },      { "info", 12, 1, 4, 1 },
	{ "other", 13, 1, 5, 1 },     { "shndx", 14, 2, 6, 2 },
};

static const field *find_field(const field *t, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(t[i].name, name) == 0)
			return &t[i];
	die("no field '%s'", name);
	return NULL;
}

#define FIELD(t, name) find_field(t, sizeof t / sizeof t[0], name)

static uint64_t get_field(const file *f, size_t base, const field *d)
{
	return f->is64 ? get(f, base + d->off64, d->size64) : get(f, base + d->off32, d->size32);
}

static void put_field(file *f, size_t base, const field *d, uint64_t v)
{
	if (f->is64)
		put(f, base + d->off64, d->size64, v);
	else
		put(f, base + d->off32, d->size32, v);
}

static uint64_t ehdr(const file *f, const char *name)
{
	return get_field(f, 0, FIELD(ehdr_fields, name));
}

/* ---- sections and symbols, found by name ----------------------------------- */

static size_t shdr_at(const file *f, size_t i)
{
	return (size_t)ehdr(f, "shoff") + i * (size_t)ehdr(f, "shentsize");
}

static uint64_t shdr(const file *f, size_t i, const char *name)
{
	return get_field(f, shdr_at(f, i), FIELD(shdr_fields, name));
}

static const char *string_at(const file *f, size_t table, uint64_t off)
{
	uint64_t start = shdr(f, table, "offset") + off;
	if (start >= f->len)
		die("a name of %s is past the end", "a section");
	return (const char *)f->b + start;
}

static size_t section(const file *f, const char *name)
{
	if (name[0] == '#')
		return (size_t)strtoull(name + 1, NULL, 0);
	size_t n = (size_t)ehdr(f, "shnum"), strs = (size_t)ehdr(f, "shstrndx");
	for (size_t i = 1; i < n; i++)
		if (strcmp(string_at(f, strs, shdr(f, i, "name")), name) == 0)
			return i;
	die("no section '%s'", name);
	return 0;
}

static size_t symtab(const file *f)
{
	size_t n = (size_t)ehdr(f, "shnum");
	for (size_t i = 1; i < n; i++)
		if (shdr(f, i, "type") == 2)           /* SHT_SYMTAB */
			return i;
	die("no %s", "symbol table");
	return 0;
}

static size_t symbol_at(const file *f, const char *name)
{
	size_t st = symtab(f), entsize = f->is64 ? 24 : 16;
	size_t n = (size_t)(shdr(f, st, "size") / entsize);
	size_t base = (size_t)shdr(f, st, "offset");
	if (name[0] == '#')
		return base + (size_t)strtoull(name + 1, NULL, 0) * entsize;
	size_t strs = (size_t)shdr(f, st, "link");
	const field *nm = FIELD(sym_fields, "name");
	for (size_t i = 1; i < n; i++)
		if (strcmp(string_at(f, strs, get_field(f, base + i * entsize, nm)), name) == 0)
			return base + i * entsize;
	die("no symbol '%s'", name);
	return 0;
}

/* ---- values: "off:.text+4", "end-1", "0x10" -------------------------------- */

static uint64_t term(const file *f, const char *s, size_t n)
{
	char buf[128];
	if (n == 0 || n >= sizeof buf)
		die("bad value '%s'", s);
	memcpy(buf, s, n);
	buf[n] = 0;
	if (strcmp(buf, "end") == 0)
		return f->len;
	if (strncmp(buf, "off:", 4) == 0)
		return shdr(f, section(f, buf + 4), "offset");
	if (strncmp(buf, "size:", 5) == 0)
		return shdr(f, section(f, buf + 5), "size");
	char *e;
	errno = 0;
	uint64_t v = strtoull(buf, &e, 0);
	if (*e || errno)
		die("bad value '%s'", buf);
	return v;
}

static uint64_t value(const file *f, const char *s)
{
	uint64_t v = 0;
	int sign = 1;
	const char *p = s;
	while (*p) {
		/* a term runs to the next + or - (a section name has neither) */
		size_t n = strcspn(p + 1, "+-") + 1;
		uint64_t t = term(f, p, n);
		v = sign > 0 ? v + t : v - t;
		p += n;
		if (*p)
			sign = *p++ == '+' ? 1 : -1;
	}
	return v;
}

/* ---- relocations ---------------------------------------------------------------- */

static void rel_op(file *f, const char *sec, const char *k, const char *fld, uint64_t v)
{
	size_t i = section(f, sec);
	bool rela = shdr(f, i, "type") == 4;       /* SHT_RELA */
	size_t entsize = (f->is64 ? 16 : 8) + (rela ? (f->is64 ? 8 : 4) : 0);
	size_t at = (size_t)shdr(f, i, "offset") + (size_t)strtoull(k, NULL, 0) * entsize;
	unsigned w = f->is64 ? 8 : 4;
	if (strcmp(fld, "offset") == 0) {
		put(f, at, w, v);
	} else if (strcmp(fld, "addend") == 0) {
		if (!rela)
			die("'%s' has no addends", sec);
		put(f, at + 2 * w, w, v);
	} else {
		uint64_t info = get(f, at + w, w);
		unsigned shift = f->is64 ? 32 : 8;
		uint64_t type_mask = ((uint64_t)1 << shift) - 1;
		if (strcmp(fld, "sym") == 0)
			info = (info & type_mask) | v << shift;
		else if (strcmp(fld, "type") == 0)
			info = (info & ~type_mask) | (v & type_mask);
		else
			die("no relocation field '%s'", fld);
		put(f, at + w, w, info);
	}
}

/* ---- archives ------------------------------------------------------------------- */

/* The header of the member called NAME ("/" the symbol index). */
static size_t member(const file *f, const char *name)
{
	size_t at = 8, n = strlen(name);
	while (at + 60 <= f->len) {
		const char *h = (const char *)f->b + at;
		if (strncmp(h, name, n) == 0 && (h[n] == ' ' || (h[n] == '/' && name[n - 1] != '/')))
			return at;
		at += 60 + (size_t)strtoull(h + 48, NULL, 10);
		at += at & 1;
	}
	die("no member '%s'", name);
	return 0;
}

static void member_size(file *f, const char *name, uint64_t v)
{
	char text[16];
	snprintf(text, sizeof text, "%-10llu", (unsigned long long)v);
	memcpy(f->b + member(f, name) + 48, text, 10);
}

static void index_op(file *f, uint64_t k, uint64_t v)
{
	size_t at = member(f, "/") + 60 + 4 + 4 * (size_t)k;
	bool big = f->big;
	f->big = true;                     /* GNU ar's index is big-endian */
	put(f, at, 4, v);
	f->big = big;
}

/* ---- the ops -------------------------------------------------------------------- */

static int op(file *f, char **a, int n)
{
	const char *o = a[0];
	if (strcmp(o, "cut") == 0 && n >= 2) {
		uint64_t at = value(f, a[1]);
		if (at > f->len)
			die("cannot cut at %s: past the end", a[1]);
		f->len = (size_t)at;
		return 2;
	}
	if (strcmp(o, "byte") == 0 && n >= 3) {
		put(f, (size_t)value(f, a[1]), 1, value(f, a[2]));
		return 3;
	}
	if (strcmp(o, "ehdr") == 0 && n >= 3) {
		put_field(f, 0, FIELD(ehdr_fields, a[1]), value(f, a[2]));
		return 3;
	}
	if (strcmp(o, "shdr") == 0 && n >= 4) {
		put_field(f, shdr_at(f, section(f, a[1])), FIELD(shdr_fields, a[2]), value(f, a[3]));
		return 4;
	}
	if (strcmp(o, "sym") == 0 && n >= 4) {
		put_field(f, symbol_at(f, a[1]), FIELD(sym_fields, a[2]), value(f, a[3]));
		return 4;
	}
	if (strcmp(o, "rel") == 0 && n >= 5) {
		rel_op(f, a[1], a[2], a[3], value(f, a[4]));
		return 5;
	}
	if (strcmp(o, "member") == 0 && n >= 4 && strcmp(a[2], "size") == 0) {
		member_size(f, a[1], value(f, a[3]));
		return 4;
	}
	if (strcmp(o, "index") == 0 && n >= 3) {
		index_op(f, value(f, a[1]), value(f, a[2]));
		return 3;
	}
	die("bad op '%s' (or too few arguments)", o);
	return 0;
}

static unsigned char *slurp(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	if (!fp)
		die("cannot open: %s", strerror(errno));
	size_t cap = 1 << 16, n = 0;
	unsigned char *b = malloc(cap);
	for (size_t got; b && (got = fread(b + n, 1, cap - n, fp)) > 0;) {
		n += got;
		if (n == cap)
			b = realloc(b, cap *= 2);
	}
	fclose(fp);
	if (!b)
		die("%s", "out of memory");
	*len = n;
	return b;
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: mkbad IN OUT [OP ARG...]...\n");
		return 2;
	}
	in_name = argv[1];
	file f = { 0 };
	f.b = slurp(argv[1], &f.len);
	if (f.len >= 6 && memcmp(f.b, "\177ELF", 4) == 0) {
		f.is64 = f.b[4] == 2;
		f.big = f.b[5] == 2;
	}
	for (int i = 3; i < argc;)
		i += op(&f, argv + i, argc - i);
	FILE *out = fopen(argv[2], "wb");
	if (!out || fwrite(f.b, 1, f.len, out) != f.len || fclose(out) != 0) {
		fprintf(stderr, "mkbad: cannot write %s\n", argv[2]);
		return 2;
	}
	free(f.b);
	return 0;
}
