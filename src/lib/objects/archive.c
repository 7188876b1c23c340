/*
 * ar archives: a member is read when it defines a name that is still
 * undefined, found through the archive's symbol index, and this is
 * repeated over every archive until no member is wanted (lld's rule: the
 * archives' order does not matter).  A member's sections are lazy.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "objects/objects.h"

bool archive_add(p9ld_image *img, obj_input *in, p9ld_place place)
{
	struct objects *o = objects_of(img);
	if (!o)
		return false;
	p9ld_place at = { in->name, 0, 0 };
	Elf *e = elf_memory(in->bytes, in->len);
	if (!e || elf_kind(e) != ELF_K_AR) {
		const char *why = elf_errmsg(-1);
		diag_error(img, at, "not a readable ar archive: %s", why ? why : "bad header");
		if (e)
			elf_end(e);
		return false;
	}
	size_t n = 0;
	Elf_Arsym *index = elf_getarsym(e, &n);
	if (!index) {
		const char *why = elf_errmsg(-1);
		diag_error(img, at, "no readable symbol index (%s): make the archive with ar rcs, "
			   "or run ranlib on it", why ? why : "none");
		elf_end(e);
		return false;
	}
	for (size_t i = 0; i < n; i++) {
		if (index[i].as_name && elf_rand(e, index[i].as_off) != index[i].as_off) {
			diag_error(img, at, "its symbol index puts '%s' in a member at %#zx, "
				   "where there is none", index[i].as_name, index[i].as_off);
			elf_end(e);
			return false;
		}
	}
	archive *ar = calloc(1, sizeof *ar);
	archive **slot = ar ? vec_push(&o->archives) : NULL;
	if (!slot) {
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
	vec_init(&ar->members, sizeof(size_t));
	*slot = ar;
	return true;
}

void archive_free(archive *ar)
{
	elf_end(ar->elf);
	vec_free(&ar->members);
	free(ar);
}

static bool loaded(const archive *ar, size_t off)
{
	const size_t *v = ar->members.data;
	for (size_t i = 0; i < ar->members.len; i++)
		if (v[i] == off)
			return true;
	return false;
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
	size_t *slot = vec_push(&ar->members);
	if (!slot) {
		diag_oom(img);
		return false;
	}
	*slot = off;
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
