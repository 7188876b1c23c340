/*
 * Gc: decide which atoms are in the image.  Non-lazy atoms (all atoms
 * unless --gc), the entry, the exports and the absolute symbols written to
 * the symbol table are roots; an atom is kept when a kept atom's fixup
 * refers to it, to a fixed point (a worklist, so each atom and each fixup
 * is visited once).  On the way it marks the names used in got(NAME) and
 * reports every undefined name in what is kept.
 */
#include "engine/engine.h"

typedef struct marker {
	vec work;                    /* p9ld_atom *, kept but not yet scanned */
	bool failed;
} marker;

static void keep(p9ld_image *img, marker *m, p9ld_atom *a)
{
	if (a->kept)
		return;
	a->kept = true;
	p9ld_atom **slot = vec_push(&m->work);
	if (!slot) {
		if (!m->failed)
			diag_oom(img);
		m->failed = true;
		return;
	}
	*slot = a;
}

/* N is used from something kept: keep what it names.  An absolute
 * symbol's definition, at its first use, is returned to be walked next
 * (by expr_walk's loop: a symbol defined by the next one, defined by the
 * next, ... is a chain as long as the script, too long to recurse on). */
static p9ld_expr *use_name(p9ld_image *img, marker *m, name *n, p9ld_place place)
{
	if (n->kind == NAME_ALIAS) {         /* aliases never chain */
		n->used = true;
		n = n->u.alias->target;
	}
	bool first = !n->used;
	n->used = true;
	switch (n->kind) {
	case NAME_ATOM:
		keep(img, m, n->u.atom);
		break;
	case NAME_LABEL:
		keep(img, m, n->u.label->atom);
		break;
	case NAME_SYMBOL:
		return first ? n->u.def->expr : NULL;
	case NAME_UNDEF:
		name_value(img, n, place, EVAL_LINKED, &(int64_t){ 0 });
		break;
	default:
		break;           /* constants, specials, __GOT: no atom */
	}
	return NULL;
}

static p9ld_expr *visit(p9ld_image *img, p9ld_expr *e, void *ctx)
{
	marker *m = ctx;
	name *n;
	switch (e->kind) {
	case EXPR_NAME:
	case EXPR_SIZEOF:
		return use_name(img, m, e->u.name, e->place);
	case EXPR_GOT:
		n = e->u.name;
		if (n->kind == NAME_ALIAS)
			n = n->u.alias->target;
		n->got_used = true;
		return use_name(img, m, n, e->place);
	case EXPR_STRING:
		keep(img, m, e->u.string);
		return NULL;
	default:
		return NULL;
	}
}

/* What N names is used: and a symbol's definition, walked. */
static void use_root(p9ld_image *img, marker *m, name *n, p9ld_place place)
{
	p9ld_expr *def = use_name(img, m, n, place);
	if (def)
		expr_walk(img, def, visit, m);
}

static void add_roots(p9ld_image *img, marker *m)
{
	p9ld_atom *const *atoms = img->atoms.data;
	for (size_t i = 0; i < img->atoms.len; i++) {
		p9ld_atom *a = atoms[i];
		if (!img->gc && !(a->flags & P9LD_LAZY)) {
			a->kept = true;          /* scanned in order by pass_gc */
			continue;
		}
		if (img->gc)
			prefetch_name_ahead(atoms, i, img->atoms.len);
		if (a->name->exported)
			keep(img, m, a);
	}
	use_root(img, m, img->entry, img->entry_place);
	for (size_t i = 0; i < img->exports.len; i++) {
		export_req *r = vec_at(&img->exports, i);
		use_root(img, m, r->name, r->place);
	}
	for (size_t i = 0; i < img->symbols.len; i++) {
		name *n = *(name **)vec_at(&img->symbols, i);
		if (n->seg >= 0)
			use_root(img, m, n, n->def_place);
	}
}

/* A fixup's name is used: kept, its GOT slot asked for, or reported
 * undefined at the fixup's place (made only then: an object's place is
 * a string). */
static void use_fixup_name(p9ld_image *img, marker *m, p9ld_atom *a, fixup *f)
{
	if (fixup_in_atom(f)) {
		keep(img, m, f->u.atom);         /* a place: no name to use */
		return;
	}
	name *n = f->u.name;
	if (n->kind == NAME_UNDEF) {
		use_root(img, m, n, fixup_place(img, a, f));
		return;
	}
	if (f->bits & FIX_GOT_SLOT) {
		name *owner = n;
		if (owner->kind == NAME_ALIAS)
			owner = owner->u.alias->target;
		owner->got_used = true;
	}
	use_root(img, m, n, no_place);
}

/* What A's fixups name is used, and kept. */
static void scan(p9ld_image *img, marker *m, p9ld_atom *a)
{
	for (uint32_t k = 0; k < a->nfixups; k++) {
		fixup *f = &a->fixups[k];
		prefetch_fixup_names(a, k);
		if (fixup_by_name(f))
			use_fixup_name(img, m, a, f);
		else
			expr_walk(img, f->u.expr, visit, m);
	}
}

/* Would scanning the atoms every link keeps find anything: an undefined
 * name to report, a lazy atom or string to keep, a got(NAME) to mark?
 * Without any, a million-atom link skips three million fixups. */
static bool worth_scanning(const p9ld_image *img)
{
	return img->undefined || img->lazy_atoms || img->anons.len ||
	       (img->got_exprs && img->got_policy != P9LD_GOT_NONE);
}

bool pass_gc(p9ld_image *img)
{
	marker m = { .failed = false };
	vec_init(&m.work, sizeof(p9ld_atom *));
	add_roots(img, &m);
	/* Without --gc every atom but the lazy ones is a root: they are
	 * scanned in order, with no worklist, what they keep goes on it. */
	p9ld_atom *const *atoms = img->atoms.data;
	bool scan_all = !img->gc && worth_scanning(img);
	for (size_t i = 0; scan_all && i < img->atoms.len && !m.failed; i++) {
		prefetch_ahead(atoms, i, img->atoms.len);
		if (!(atoms[i]->flags & P9LD_LAZY))
			scan(img, &m, atoms[i]);
	}
	while (m.work.len && !m.failed) {
		p9ld_atom **work = m.work.data;
		p9ld_atom *a = work[--m.work.len];
		/* the worklist is taken from its end: look below */
		if (m.work.len >= PREFETCH_AHEAD)
			prefetch_names(work[m.work.len - PREFETCH_AHEAD]);
		if (m.work.len >= PREFETCH_AHEAD / 2)
			prefetch_named_atoms(work[m.work.len - PREFETCH_AHEAD / 2]);
		scan(img, &m, a);
	}
	vec_free(&m.work);
	if (img->errors == 0)
		objects_check_kept(img);
	return img->errors == 0;
}
