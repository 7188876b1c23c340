/*
 * The side outputs of a link: the map (-M) and the make rule (--depfile).
 * The map's symbols and GOT are read back from the written image, so the
 * map says what is in the file.
 */
#include <stdio.h>
#include <string.h>

#include "script.h"
#include "p9ld/aout.h"

static const char *const seg_names[] = { "text", "data", "bss" };

typedef struct map_atom {
	FILE *f;
	int w;
	uint64_t addr;
} map_atom;

static void map_label(void *user, const char *name, uint64_t offset)
{
	map_atom *m = user;
	fprintf(m->f, "  %0*llx %s\n", m->w, (unsigned long long)(m->addr + offset), name);
}

/* Each atom kept (an object's section named FILE(SECTION)) and the
 * script place that made it, then its labels, indented. */
static void map_atoms(FILE *f, p9ld_image *img, int w)
{
	fprintf(f, "\n# atoms: address size segment name place, then each label\n");
	for (size_t i = 0; i < p9ld_atom_count(img); i++) {
		p9ld_atom *a = p9ld_atom_at(img, i);
		if (!p9ld_atom_kept(a))
			continue;
		p9ld_place p = p9ld_atom_place(a);
		char size[24];
		snprintf(size, sizeof size, "0x%llx", (unsigned long long)p9ld_atom_size(a));
		fprintf(f, "%0*llx %10s %-4s %s", w, (unsigned long long)p9ld_atom_addr(a), size,
			seg_names[p9ld_atom_segment(a)], p9ld_atom_name(a));
		if (p.file && p.line)
			fprintf(f, " %s:%u:%u", p.file, p.line, p.col);
		fputc('\n', f);
		map_atom m = { f, w, p9ld_atom_addr(a) };
		p9ld_atom_labels(a, map_label, &m);
	}
	fprintf(f, "\n# dropped (lazy, unreferenced)\n");
	for (size_t i = 0; i < p9ld_atom_count(img); i++) {
		p9ld_atom *a = p9ld_atom_at(img, i);
		if (!p9ld_atom_kept(a))
			fprintf(f, "%s\n", p9ld_atom_name(a));
	}
}

/* The GOT's slots as the file holds them, as many as the link made. */
static void map_got(FILE *f, const p9ld_aout *a, const p9ld_info *info, int w)
{
	if (!info->got_slots)
		return;
	const p9ld_aout_part *data = p9ld_aout_get_part(a, P9LD_PART_DATA);
	const uint8_t *p = p9ld_aout_bytes(a, data->offset);
	unsigned size = info->arch->ptr_size;
	fprintf(f, "\n# GOT at %llx: slot value\n", (unsigned long long)info->got_addr);
	for (uint64_t i = 0; i < info->got_slots; i++) {
		uint64_t v = 0;
		for (unsigned k = 0; k < size; k++) {
			unsigned shift = 8 * (info->arch->big_endian ? size - 1 - k : k);
			v |= (uint64_t)p[i * size + k] << shift;
		}
		fprintf(f, "%llu %0*llx\n", (unsigned long long)i, w, (unsigned long long)v);
	}
}

static void map_file(FILE *f, const p9ld_aout *a, const p9ld_info *info, int w)
{
	map_got(f, a, info, w);
	fprintf(f, "\n# symbols: value letter name\n");
	for (size_t i = 0; i < p9ld_aout_nsyms(a); i++) {
		const p9ld_aout_sym *s = p9ld_aout_get_sym(a, i);
		fprintf(f, "%0*llx %c %s\n", w, (unsigned long long)s->value, s->type, s->name);
	}
}

bool write_map(script *s, FILE *f, const uint8_t *image, size_t len,
	       const char *output)
{
	p9ld_info info;
	p9ld_get_info(s->img, &info);
	char err[256];
	p9ld_aout *a = p9ld_aout_read(image, len, err, sizeof err);
	if (!a) {
		report_plain(&s->rep, "cannot read back the image for the map: %s", err);
		return false;
	}
	int w = 2 * (int)info.arch->ptr_size;
	fprintf(f, "# p9ld map of %s\narch %s\nentry %llx\n", output, info.arch->name,
		(unsigned long long)info.entry);
	fprintf(f, "\n# segments: start end size\n");
	fprintf(f, "text %0*llx %0*llx 0x%llx\n", w, (unsigned long long)info.text_base, w,
		(unsigned long long)info.etext, (unsigned long long)info.text_size);
	fprintf(f, "data %0*llx %0*llx 0x%llx\n", w, (unsigned long long)info.data_base, w,
		(unsigned long long)info.edata, (unsigned long long)info.data_size);
	fprintf(f, "bss  %0*llx %0*llx 0x%llx\n", w, (unsigned long long)info.edata, w,
		(unsigned long long)info.end, (unsigned long long)info.bss_size);
	map_atoms(f, s->img, w);
	map_file(f, a, &info, w);
	p9ld_aout_close(a);
	return true;
}

/* make's quoting: a space, #, : or backslash is escaped with a
 * backslash, $ doubled.  A line break cannot be quoted: see path_ok. */
static void put_target(FILE *f, const char *p)
{
	for (; *p; p++) {
		if (*p == ' ' || *p == '#' || *p == ':' || *p == '\\')
			fputc('\\', f);
		else if (*p == '$')
			fputc('$', f);
		fputc(*p, f);
	}
}

/* make reads a rule line by line: a path with a newline in it has no
 * spelling it can read back, so such a path is refused (reported). */
static bool path_ok(script *s, const char *p)
{
	if (!strpbrk(p, "\n\r"))
		return true;
	report_plain(&s->rep, "cannot write a depfile naming '%s': make cannot read a path with a line break",
		     p);
	return false;
}

bool write_depfile(script *s, FILE *f, const char *output)
{
	bool ok = path_ok(s, output);
	for (sdep *d = s->deps; d; d = d->next)
		ok &= path_ok(s, d->path);
	if (!ok)
		return false;
	put_target(f, output);
	fputc(':', f);
	for (sdep *d = s->deps; d; d = d->next) {
		fputs(" \\\n ", f);
		put_target(f, d->path);
	}
	fputc('\n', f);
	for (sdep *d = s->deps; d; d = d->next) {
		fputc('\n', f);
		put_target(f, d->path);
		fputs(":\n", f);
	}
	return true;
}
