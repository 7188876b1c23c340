#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "helpers.h"

const p9ld_place nowhere = { NULL, 0, 0 };

void collect_diag(void *user, const p9ld_diag *d)
{
	diags *ds = user;
	static const char *const sev[] = { "error", "warning", "note" };
	if (d->severity == P9LD_ERROR)
		ds->errors++;
	else if (d->severity == P9LD_NOTE)
		ds->notes++;
	else
		ds->warnings++;
	size_t room = sizeof ds->text - ds->len;
	int n;
	if (d->place.file)
		n = snprintf(ds->text + ds->len, room, "%s:%u:%u: %s: %s\n",
			     d->place.file, d->place.line, d->place.col,
			     sev[d->severity], d->message);
	else
		n = snprintf(ds->text + ds->len, room, "%s: %s\n",
			     sev[d->severity], d->message);
	if (n > 0 && (size_t)n < room)
		ds->len += (size_t)n;
}

p9ld_place at(uint32_t line, uint32_t col)
{
	p9ld_place p = { "t.p9", line, col };
	return p;
}

p9ld_image *image_for(const char *arch, diags *d)
{
	memset(d, 0, sizeof *d);
	p9ld_image *img = p9ld_image_new(collect_diag, d);
	assert_non_null(img);
	assert_int_equal(p9ld_set_arch(img, p9ld_arch_find(arch), nowhere), 0);
	return img;
}

uint8_t *link_ok(p9ld_image *img, diags *d, size_t *len)
{
	uint8_t *out = NULL;
	if (p9ld_link(img) != 0 || p9ld_write_mem(img, &out, len) != 0)
		fail_msg("link failed:\n%s", d->text);
	assert_int_equal(d->errors, 0);
	return out;
}

void file_is(p9ld_image *img, const uint8_t *want, size_t len)
{
	char path[] = "p9ld-test-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	close(fd);
	assert_int_equal(p9ld_write_file(img, path), 0);
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	uint8_t *got = malloc(len + 1);
	assert_non_null(got);
	size_t n = fread(got, 1, len + 1, f);     /* one more: none must come */
	fclose(f);
	unlink(path);
	assert_int_equal(n, len);
	assert_memory_equal(got, want, len);
	free(got);
}

void link_fails(p9ld_image *img, diags *d, const char *want)
{
	assert_int_equal(p9ld_link(img), -1);
	if (!strstr(d->text, want))
		fail_msg("expected a diagnostic containing\n  %s\ngot:\n%s", want,
			 d->text);
}

p9ld_atom *atom(p9ld_image *img, p9ld_segment seg, const char *name,
		uint64_t align, unsigned flags)
{
	p9ld_atom_opts o = { align, 0, flags };
	p9ld_atom *a = p9ld_atom_new(img, seg, name, &o, at(1, 1));
	assert_non_null(a);
	return a;
}

void bytes(p9ld_image *img, p9ld_atom *a, const char *hex)
{
	uint8_t b[4096];
	size_t n = 0;
	for (const char *p = hex; *p;) {
		if (*p == ' ') {
			p++;
			continue;
		}
		unsigned v;
		assert_int_equal(sscanf(p, "%2x", &v), 1);
		b[n++] = (uint8_t)v;
		p += 2;
	}
	assert_int_equal(p9ld_emit_bytes(img, a, b, n, at(1, 1)), 0);
}

p9ld_expr *sym(p9ld_image *img, const char *name)
{
	return p9ld_expr_name(img, name, at(2, 3));
}

p9ld_expr *num(p9ld_image *img, int64_t v)
{
	return p9ld_expr_int(img, v);
}

uint32_t rd_be32(const uint8_t *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

uint64_t rd_be64(const uint8_t *p)
{
	return (uint64_t)rd_be32(p) << 32 | rd_be32(p + 4);
}

uint64_t rd_le(const uint8_t *p, unsigned width)
{
	uint64_t v = 0;
	for (unsigned i = 0; i < width; i++)
		v |= (uint64_t)p[i] << (8 * i);
	return v;
}

thdr read_hdr(const uint8_t *f)
{
	thdr h;
	h.magic = rd_be32(f);
	h.text = rd_be32(f + 4);
	h.data = rd_be32(f + 8);
	h.bss = rd_be32(f + 12);
	h.syms = rd_be32(f + 16);
	h.entry = rd_be32(f + 20);
	h.spsz = rd_be32(f + 24);
	h.pcsz = rd_be32(f + 28);
	h.size = (h.magic & 0x8000) ? 40 : 32;
	h.fat_entry = h.size == 40 ? rd_be64(f + 32) : h.entry;
	return h;
}

size_t decode_syms(const uint8_t *p, size_t n, unsigned vs, tsym *out,
		   size_t max)
{
	const char *fnames[256] = { 0 };
	size_t count = 0, i = 0;
	while (i < n) {
		assert_true(count < max);
		tsym *s = &out[count++];
		assert_true(i + vs + 1 <= n);
		s->value = vs == 8 ? rd_be64(p + i) : rd_be32(p + i);
		i += vs;
		assert_true(p[i] & 0x80);
		s->letter = (char)(p[i++] & 0x7f);
		if (s->letter == 'z' || s->letter == 'Z') {
			assert_int_equal(p[i++], 0);
			size_t len = 0;
			s->name[0] = 0;
			for (;;) {
				assert_true(i + 2 <= n);
				unsigned idx = (unsigned)p[i] << 8 | p[i + 1];
				i += 2;
				if (!idx)
					break;
				assert_true(idx < 256 && fnames[idx]);
				const char *c = fnames[idx];
				if (len && s->name[len - 1] != '/')
					s->name[len++] = '/';
				len += (size_t)snprintf(s->name + len, sizeof s->name - len, "%s", c);
			}
			s->name[len] = 0;
		} else {
			size_t len = strnlen((const char *)p + i, n - i);
			assert_true(i + len < n);
			assert_true(len < sizeof s->name);
			memcpy(s->name, p + i, len + 1);
			i += len + 1;
			if (s->letter == 'f' && s->value < 256)
				fnames[s->value] = s->name;
		}
	}
	return count;
}

size_t file_syms(const uint8_t *file, size_t len, tsym *out, size_t max)
{
	thdr h = read_hdr(file);
	const p9ld_arch *a = p9ld_arch_by_magic(h.magic);
	assert_non_null(a);
	size_t off = h.size + (size_t)h.text + h.data;
	assert_true(off + h.syms + h.pcsz == len);
	return decode_syms(file + off, h.syms, a->sym_value_size, out, max);
}

int64_t pc2line(const uint8_t *tab, size_t n, uint64_t text_base,
		unsigned q, uint64_t target)
{
	uint64_t pc = text_base - q;
	int64_t line = 0;
	size_t i = 0;
	while (pc < target && i < n) {
		uint8_t u = tab[i++];
		if (u == 0) {
			assert_true(i + 4 <= n);
			line += (int32_t)rd_be32(tab + i);
			i += 4;
		} else if (u < 65) {
			line += u;
		} else if (u < 129) {
			line -= u - 64;
		} else {
			pc += (uint64_t)(u - 129) * q;
		}
		pc += q;
	}
	return line;
}
