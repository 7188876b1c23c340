/*
 * Check: that what the client built can be linked at all, before any
 * address is decided: an arch, constants that are constants, exports
 * of things that can be exported, an entry that exists.
 */
#include "engine/engine.h"

/* Every constant is evaluated once, in definition order, so a constant
 * that depends on layout or on itself is reported even when unused. */
static void check_consts(p9ld_image *img)
{
	for (size_t i = 0; i < img->consts.len; i++) {
		name *n = *(name **)vec_at(&img->consts, i);
		int64_t value;
		name_value(img, n, n->def_place, EVAL_CONST, &value);
	}
}

static void check_export(p9ld_image *img, const export_req *r)
{
	name *n = r->name;
	switch (n->kind) {
	case NAME_ATOM:
	case NAME_LABEL:
		return;
	case NAME_SYMBOL:
		if (n->seg >= 0)
			return;
		diag_error(img, r->place,
			   "cannot export '%s': an absolute symbol needs a segment (text, data or bss) to be in the symbol table",
			   n->str);
		return;
	case NAME_UNDEF:
		name_value(img, n, r->place, EVAL_LINKED, &(int64_t){ 0 });
		return;
	default:
		diag_error(img, r->place,
			   "cannot export '%s': only atoms, labels and absolute symbols can be exported",
			   n->str);
	}
}

static void check_entry(p9ld_image *img)
{
	name *n = img->entry;
	while (n->kind == NAME_ALIAS)
		n = n->u.alias->target;
	if (n->kind == NAME_ATOM || n->kind == NAME_LABEL || n->kind == NAME_SYMBOL)
		return;
	if (n->kind == NAME_UNDEF && !img->entry_place.file)
		diag_error(img, no_place,
			   "no entry point: '%s' is not defined (name one with 'entry')",
			   n->str);
	else if (n->kind == NAME_UNDEF)
		name_value(img, n, img->entry_place, EVAL_LINKED, &(int64_t){ 0 });
	else
		diag_error(img, img->entry_place,
			   "entry '%s' is not an atom, a label or a symbol", n->str);
}

bool pass_check(p9ld_image *img)
{
	if (!img->arch) {
		diag_error(img, no_place, "no arch chosen");
		return false;
	}
	check_consts(img);
	for (size_t i = 0; i < img->exports.len; i++)
		check_export(img, vec_at(&img->exports, i));
	check_entry(img);
	return img->errors == 0;
}
