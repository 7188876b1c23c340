/*
 * Resolve: the link's first pass, for the names objects left open.
 * Archive members that define names still undefined are read, to a fixed
 * point; a common symbol nothing defined becomes bss (the largest size
 * and alignment seen); a name only referred to weakly and never defined
 * is 0; _gp, .TOC. and _GLOBAL_OFFSET_TABLE_ get the values objects.md
 * gives them unless something defines them.
 */
#include "objects/objects.h"

static bool commons(p9ld_image *img, struct objects *o)
{
	common *c = o->commons.data;
	for (size_t i = 0; i < o->commons.len; i++) {
		name *n = c[i].name;
		if (n->kind == NAME_ATOM && (n->bind & BIND_COMMON)) {
			p9ld_atom *a = n->u.atom;       /* another object's common */
			if (c[i].size > a->size)
				a->size = (uint32_t)c[i].size;
			while (atom_align(a) < c[i].align)
				a->align_log2++;
			continue;
		}
		if (n->kind != NAME_UNDEF)
			continue;                       /* defined: the common yields */
		if (c[i].size > UINT32_MAX) {
			diag_error(img, (p9ld_place){ c[i].file, 0, 0 },
				   "common symbol '%s' is bigger than an a.out segment", n->str);
			continue;
		}
		if (!name_define(img, n, NAME_ATOM, (p9ld_place){ c[i].file, 0, 0 }))
			continue;
		p9ld_atom *a = atom_create(img, P9LD_BSS, n, c[i].align, false);
		if (!a)
			return false;
		a->size = (uint32_t)c[i].size;
		n->exported = true;
		n->bind |= BIND_COMMON | BIND_OBJECT;
	}
	return true;
}

/* A linker-defined name N, where nothing defined it. */
static void linker_defined(p9ld_image *img, name *n, name_kind kind, uint64_t bias)
{
	if (!n || n->kind != NAME_UNDEF)
		return;
	name_settle(img, n, kind);
	n->u.bias = bias;
}

bool pass_resolve(p9ld_image *img)
{
	struct objects *o = img->objects;
	if (!o)
		return true;
	if (!archives_resolve(img) || !commons(img, o))
		return false;
	name **weak = o->weak_refs.data;
	for (size_t i = 0; i < o->weak_refs.len; i++)
		if (weak[i]->kind == NAME_UNDEF && !(weak[i]->bind & BIND_STRONG_REF))
			symbol_define_value(img, weak[i], 0, no_place);
	const reloc_table *t = reloc_table_of(img->arch);
	if (t) {
		linker_defined(img, img->gp_name, NAME_DATA_REL, t->gp_bias);
		linker_defined(img, img->toc_name, NAME_DATA_REL, t->toc_bias);
	}
	linker_defined(img, names_find(img, "_GLOBAL_OFFSET_TABLE_", 21), NAME_GOT, 0);
	return img->errors == 0;
}

/* After gc: what is kept must be able to be in a static Plan 9 image. */
void objects_check_kept(p9ld_image *img)
{
	struct objects *o = img->objects;
	if (!o)
		return;
	p9ld_atom *const *atoms = img->atoms.data;
	for (size_t i = 0; i < img->atoms.len; i++) {
		const obj_section *s = atom_section(atoms[i]);
		if (atoms[i]->kept && s && s->refused)
			diag_error(img, (p9ld_place){ s->file, 0, 0 }, "section %s: %s", s->name,
				   s->refused);
	}
	refused_sym *r = o->refused_syms.data;
	for (size_t i = 0; i < o->refused_syms.len; i++)
		if (r[i].atom->kept)
			diag_error(img, (p9ld_place){ r[i].file, 0, 0 },
				   "symbol '%s' is an STT_GNU_IFUNC: an indirect function has no "
				   "meaning in a static Plan 9 image", r[i].name->str);
}

void objects_info(const p9ld_image *img, p9ld_info *info)
{
	const struct objects *o = img->objects;
	if (!o)
		return;
	info->objects = o->objects;
	info->members = o->members;
	info->sections = o->sections;
	info->sections_dropped = o->dropped_sections;
	info->bytes_dropped = o->dropped_bytes;
	p9ld_atom *const *atoms = img->atoms.data;
	for (size_t i = 0; i < img->atoms.len; i++)
		info->sections_kept += atoms[i]->kept && atom_section(atoms[i]) != NULL;
}
