/*
 * The image under construction: settings, atoms, items, labels, symbols,
 * exports and line marks.  Everything here only records; the passes in
 * link.c decide addresses and values.
 */
#include <stdlib.h>
#include <string.h>

#include "engine/engine.h"

/* The linker-defined names, in p9ld_special's order: the one place they
 * are spelled. */
static const char *const special_names[3] = { "etext", "edata", "end" };

int p9ld_special_by_name(const char *s)
{
	for (int i = 0; i < 3; i++)
		if (strcmp(s, special_names[i]) == 0)
			return i;
	return -1;
}

bool arch_big(const p9ld_image *img)
{
	return img->arch->big_endian;
}

unsigned ptr_size(const p9ld_image *img)
{
	return img->arch->ptr_size;
}

static name *intern_builtin(p9ld_image *img, const char *s, name_kind kind)
{
	name *n = names_intern(img, s, strlen(s));
	if (n) {
		img->undefined -= n->kind == NAME_UNDEF;
		n->kind = kind;
	}
	return n;
}

p9ld_image *p9ld_image_new(p9ld_diag_fn fn, void *user)
{
	p9ld_image *img = calloc(1, sizeof *img);
	if (!img)
		return NULL;
	img->diag_fn = fn;
	img->diag_user = user;
	img->got_policy = P9LD_GOT_ALL;
	p9ld_set_threads(img, 2);
	vec_init(&img->atoms, sizeof(p9ld_atom *));
	vec_init(&img->anons, sizeof(p9ld_atom *));
	vec_init(&img->symbols, sizeof(name *));
	vec_init(&img->consts, sizeof(name *));
	vec_init(&img->exports, sizeof(export_req));
	vec_init(&img->sources, sizeof(source *));
	vec_init(&img->extents, sizeof(file_extent));
	vec_init(&img->own_files, sizeof(own_file));
	for (int i = 0; i < 3; i++) {
		name *n = intern_builtin(img, special_names[i], NAME_SPECIAL);
		if (!n)
			goto fail;
		n->u.special = i;
		img->special_names[i] = n;
	}
	if (!intern_builtin(img, "__GOT", NAME_GOT) ||
	    p9ld_set_entry(img, "_start", no_place) < 0)
		goto fail;
	return img;
fail:
	p9ld_image_free(img);
	return NULL;
}

void p9ld_image_free(p9ld_image *img)
{
	if (!img)
		return;
	if (img->objects_free)
		img->objects_free(img);
	for (size_t i = 0; i < img->atoms.len; i++) {
		p9ld_atom *a = *(p9ld_atom **)vec_at(&img->atoms, i);
		if (atom_marks(a))
			vec_free(atom_marks(a));
	}
	vec_free(&img->atoms);
	vec_free(&img->anons);
	vec_free(&img->symbols);
	vec_free(&img->consts);
	vec_free(&img->exports);
	vec_free(&img->sources);
	free(img->source_index.slots);
	vec_free(&img->extents);
	names_free(&img->names);
	free(img->strings.slots);
	buf_free(&img->out.got);
	buf_free(&img->out.syms);
	buf_free(&img->out.pcline);
	arena_free(&img->arena);
	arena_free(&img->bytes);
	arena_free(&img->fixups);
	vec_free(&img->own_files);
	free(img);
}

/* ---- settings ---------------------------------------------------------- */

int p9ld_set_threads(p9ld_image *img, int n)
{
	if (n < 1)
		return -1;
	img->threads = n;
	img->arena.prefault = img->bytes.prefault = img->fixups.prefault = n > 1;
	return 0;
}

int p9ld_set_arch(p9ld_image *img, const p9ld_arch *arch, p9ld_place place)
{
	if (!arch) {
		diag_error(img, place, "no arch given");
		return -1;
	}
	if (img->arch && img->arch != arch && img->atoms.len) {
		diag_error(img, place,
			   "cannot change the arch from %s to %s after atoms were added",
			   img->arch->name, arch->name);
		return -1;
	}
	img->arch = arch;
	return 0;
}

const p9ld_arch *p9ld_get_arch(const p9ld_image *img)
{
	return img->arch;
}

int p9ld_set_text_base(p9ld_image *img, uint64_t addr, p9ld_place place)
{
	img->have_text_base = true;
	img->text_base = addr;
	img->text_base_place = place;
	return 0;
}

int p9ld_set_data_base(p9ld_image *img, uint64_t addr, p9ld_place place)
{
	img->have_data_base = true;
	img->data_base = addr;
	img->data_base_place = place;
	return 0;
}

int p9ld_set_round(p9ld_image *img, uint64_t round, p9ld_place place)
{
	if (!is_pow2(round)) {
		diag_error(img, place, "round %#llx is not a power of two",
			   (unsigned long long)round);
		return -1;
	}
	img->round = round;
	img->round_place = place;
	return 0;
}

int p9ld_set_entry(p9ld_image *img, const char *s, p9ld_place place)
{
	name *n = names_intern(img, s, strlen(s));
	if (!n)
		return -1;
	img->entry = n;
	img->entry_place = place;
	return 0;
}

void p9ld_set_got_policy(p9ld_image *img, p9ld_got_policy policy)
{
	img->got_policy = policy;
}

void p9ld_set_gc(p9ld_image *img, int on)
{
	img->gc = on != 0;
}

void p9ld_set_strip(p9ld_image *img, int on)
{
	img->strip = on != 0;
}

void p9ld_declare_special(p9ld_image *img, p9ld_special which)
{
	if ((unsigned)which < 3)
		img->specials[which] = true;
}

/* ---- names --------------------------------------------------------------- */

/* Give N its definition, or report why it cannot have one. */
bool name_define(p9ld_image *img, name *n, name_kind kind, p9ld_place place)
{
	if (n->kind == NAME_SPECIAL || n->kind == NAME_GOT) {
		diag_error(img, place, "'%s' is reserved for the linker", n->str);
		return false;
	}
	if (n->kind != NAME_UNDEF) {
		diag_error(img, place, "duplicate definition of '%s'", n->str);
		if (n->def_place.file)
			diag_note(img, n->def_place, "the other definition of '%s' is here",
				  n->str);
		return false;
	}
	n->kind = kind;
	img->undefined--;
	n->def_place = place;
	n->seq = ++img->next_seq;
	return true;
}

static name *define(p9ld_image *img, const char *s, name_kind kind,
		    p9ld_place place)
{
	if (!s || !*s) {
		diag_error(img, place, "empty name");
		return NULL;
	}
	name *n = names_intern(img, s, strlen(s));
	if (!n || !name_define(img, n, kind, place))
		return NULL;
	return n;
}

/* ---- atoms ---------------------------------------------------------------- */

uint8_t atom_letter(const p9ld_atom *a)
{
	static const uint8_t letters[] = { 't', 'd', 'b' };
	uint8_t c = letters[a->seg];
	if (a->seg == P9LD_TEXT && (a->flags & P9LD_LEAF))
		c = 'l';
	return c;
}

/* The passes walk millions of these: keep them this small. */
_Static_assert(sizeof(p9ld_atom) <= 64, "an atom fits a cache line");
_Static_assert(sizeof(fixup) <= 24, "a fixup is 24 bytes");
_Static_assert(sizeof(name) <= 40, "a name's record is 40 bytes");
_Static_assert(sizeof(label) <= 32, "a label is 32 bytes");

/* A's extra record, made when first needed; NULL (reported) without
 * memory. */
atom_extra *extra_for(p9ld_image *img, p9ld_atom *a)
{
	if (!a->x && !(a->x = arena_alloc(&img->arena, sizeof *a->x)))
		diag_oom(img);
	return a->x;
}

/* A new atom after all others of its kind: named atoms in one list in
 * script order, anonymous strings in another in order of first use. */
p9ld_atom *atom_create(p9ld_image *img, p9ld_segment seg, name *n,
		       uint64_t align, bool anon)
{
	vec *list = anon ? &img->anons : &img->atoms;
	p9ld_atom *a = arena_alloc(&img->arena, sizeof *a);
	p9ld_atom **slot = a ? vec_push(list) : NULL;
	if (!slot) {
		diag_oom(img);
		return NULL;
	}
	*slot = a;
	a->name = n;
	a->seg = seg;
	while (((uint64_t)1 << a->align_log2) < align)
		a->align_log2++;
	a->anon = anon;
	a->got_slot = UINT32_MAX;
	a->seq = (uint32_t)(list->len - 1);
	if (seg == P9LD_TEXT && img->cur_source) {
		atom_extra *x = extra_for(img, a);
		if (!x)
			return NULL;
		x->source = img->cur_source;
	}
	n->u.atom = a;
	return a;
}

p9ld_atom *p9ld_atom_new(p9ld_image *img, p9ld_segment seg, const char *nm,
			 const p9ld_atom_opts *opts, p9ld_place place)
{
	static const p9ld_atom_opts defaults = { 0, 0, 0 };
	if (!opts)
		opts = &defaults;
	if (!img->arch) {
		diag_error(img, place, "no arch chosen before the first atom");
		return NULL;
	}
	if ((unsigned)seg > P9LD_BSS) {
		diag_error(img, place, "bad segment %d", (int)seg);
		return NULL;
	}
	uint64_t align = opts->align;
	if (align == 0)
		align = seg == P9LD_TEXT ? img->arch->pc_quantum : 1;
	if (!is_pow2(align)) {
		diag_error(img, place, "alignment %#llx is not a power of two",
			   (unsigned long long)align);
		return NULL;
	}
	if ((opts->flags & P9LD_LEAF) && seg != P9LD_TEXT) {
		diag_error(img, place, "only text atoms can be leaf");
		return NULL;
	}
	name *n = define(img, nm, NAME_ATOM, place);
	if (!n)
		return NULL;
	p9ld_atom *a = atom_create(img, seg, n, align, false);
	if (!a)
		return NULL;
	a->flags = (uint8_t)(opts->flags & (P9LD_LAZY | P9LD_LEAF | P9LD_GLOBAL));
	if (a->flags & P9LD_LAZY)
		img->lazy_atoms++;
	a->fill = opts->fill;
	if (opts->flags & P9LD_GLOBAL)
		n->exported = true;
	return a;
}

p9ld_atom *p9ld_atom_find(const p9ld_image *img, const char *s)
{
	name *n = names_find(img, s, strlen(s));
	return n && n->kind == NAME_ATOM ? n->u.atom : NULL;
}

uint64_t p9ld_atom_size(const p9ld_atom *a) { return a->size; }
p9ld_segment p9ld_atom_segment(const p9ld_atom *a) { return a->seg; }
const char *p9ld_atom_name(const p9ld_atom *a) { return a->name->str; }
uint64_t p9ld_atom_addr(const p9ld_atom *a) { return a->addr; }
int p9ld_atom_kept(const p9ld_atom *a) { return a->kept; }
p9ld_place p9ld_atom_place(const p9ld_atom *a) { return a->name->def_place; }

void p9ld_atom_labels(const p9ld_atom *a, p9ld_label_fn fn, void *user)
{
	if (atom_section(a)) {
		for (uint32_t i = 0; i < a->x->nsyms; i++) {
			const obj_sym *s = &a->x->syms[i];
			if (!obj_sym_has_label(s))
				fn(user, obj_sym_str(a->x, s), s->offset);
			else if (label_current(obj_sym_label(a->x, s)))
				fn(user, obj_sym_label(a->x, s)->name->str, s->offset);
		}
		return;
	}
	for (const label *l = atom_labels(a); l; l = l->next)
		if (label_current(l))
			fn(user, l->name->str, l->offset);
}

size_t p9ld_atom_count(const p9ld_image *img)
{
	return img->atoms.len + img->anons.len;
}

p9ld_atom *p9ld_atom_at(const p9ld_image *img, size_t i)
{
	if (i < img->atoms.len)
		return *(p9ld_atom **)vec_at(&img->atoms, i);
	i -= img->atoms.len;
	return i < img->anons.len ? *(p9ld_atom **)vec_at(&img->anons, i) : NULL;
}

/* The bytes allocated for an atom of SIZE bytes: a power of two from 16
 * up, so the capacity need not be stored. */
static uint64_t atom_capacity(uint64_t size)
{
	uint64_t cap = 16;
	if (!size)
		return 0;
	while (cap < size && cap <= UINT64_MAX / 2)
		cap *= 2;
	return cap < size ? size : cap;
}

/* Is N more bytes too many for A?  (Reported.)  An a.out header holds
 * each segment's size in 32 bits, so no atom can pass 4 GiB. */
static bool too_big(p9ld_image *img, const p9ld_atom *a, uint64_t n, p9ld_place place)
{
	if (n <= UINT32_MAX - a->size)
		return false;
	diag_error(img, place, "atom '%s' would pass 4 GiB, more than an a.out segment holds",
		   a->name->str);
	return true;
}

/* True when items may still go into A: it is not ended (reported if it
 * is: its size may have been used). */
static bool atom_open(p9ld_image *img, p9ld_atom *a, p9ld_place place)
{
	if (!(a->flags & ATOM_ENDED))
		return true;
	diag_error(img, place, "'%s' is ended: nothing more can go into it", a->name->str);
	return false;
}

void p9ld_atom_end(p9ld_image *img, p9ld_atom *a)
{
	(void)img;
	a->flags |= ATOM_ENDED;
}

/* Make room for N more bytes at the atom's end; returns false (reported)
 * when the atom would pass 4 GiB or memory runs out.  New bytes are
 * zero.  The caller bumps a->size. */
bool atom_grow(p9ld_image *img, p9ld_atom *a, uint64_t n, p9ld_place place)
{
	if (!atom_open(img, a, place))
		return false;
	if (atom_section(a)) {
		diag_error(img, place, "%s is an object's section: nothing can be added to it",
			   a->name->str);
		return false;
	}
	if (too_big(img, a, n, place))
		return false;
	uint64_t want = a->size + n;
	/* borrowed bytes are never written: any growth copies them */
	uint64_t have = a->borrowed ? 0 : atom_capacity(a->size);
	uint64_t cap = atom_capacity(want);
	if (a->seg == P9LD_BSS || cap == have)
		return true;
	if (cap > SIZE_MAX / 2) {
		diag_error(img, place, "atom '%s' is too large to hold in memory",
			   a->name->str);
		return false;
	}
	if (!a->borrowed && arena_try_extend(&img->bytes, a->bytes, have, cap))
		return true;
	uint8_t *p = arena_alloc(&img->bytes, cap);
	if (!p) {
		diag_oom(img);
		return false;
	}
	if (a->size)
		memcpy(p, a->bytes, a->size);
	a->bytes = p;
	a->borrowed = false;
	return true;
}

static bool no_bss(p9ld_image *img, p9ld_atom *a, p9ld_place place,
		   const char *what)
{
	if (a->seg != P9LD_BSS)
		return true;
	diag_error(img, place, "bss atom '%s' cannot hold %s (only zero, align and labels)",
		   a->name->str, what);
	return false;
}

int p9ld_emit_bytes(p9ld_image *img, p9ld_atom *a, const void *bytes,
		    size_t n, p9ld_place place)
{
	if (!no_bss(img, a, place, "bytes") || !atom_grow(img, a, n, place))
		return -1;
	if (n)
		memcpy(a->bytes + a->size, bytes, n);
	a->size += n;
	return 0;
}

int p9ld_emit_borrowed(p9ld_image *img, p9ld_atom *a, const void *bytes,
		       size_t n, p9ld_place place)
{
	if (a->size || !n)
		return p9ld_emit_bytes(img, a, bytes, n, place);
	if (!atom_open(img, a, place) || !no_bss(img, a, place, "bytes") ||
	    too_big(img, a, n, place))
		return -1;
	a->bytes = (uint8_t *)bytes;   /* read, never written: see atom_grow */
	a->size = (uint32_t)n;
	a->borrowed = true;
	return 0;
}

int p9ld_emit_file_bytes(p9ld_image *img, p9ld_atom *a, const void *bytes,
			 size_t n, int fd, uint64_t offset, p9ld_place place)
{
	if (p9ld_emit_borrowed(img, a, bytes, n, place) < 0)
		return -1;
	if (!a->borrowed)
		return 0;                /* copied: the file is not needed */
	file_extent *x = vec_push(&img->extents);
	if (!x) {
		diag_oom(img);
		return -1;
	}
	x->atom = a;
	x->fd = fd;
	x->offset = offset;
	return 0;
}

static int emit_repeat(p9ld_image *img, p9ld_atom *a, uint64_t n, uint8_t byte,
		       p9ld_place place)
{
	if (!atom_grow(img, a, n, place))
		return -1;
	if (n && a->seg != P9LD_BSS && byte)   /* an empty atom has no bytes yet */
		memset(a->bytes + a->size, byte, n);
	a->size += n;
	return 0;
}

int p9ld_emit_zero(p9ld_image *img, p9ld_atom *a, uint64_t n, p9ld_place place)
{
	return emit_repeat(img, a, n, 0, place);
}

int p9ld_emit_fill(p9ld_image *img, p9ld_atom *a, uint64_t count,
		   uint8_t byte, p9ld_place place)
{
	if (!no_bss(img, a, place, "a fill"))
		return -1;
	return emit_repeat(img, a, count, byte, place);
}

int p9ld_emit_align(p9ld_image *img, p9ld_atom *a, uint64_t align, int byte,
		    p9ld_place place)
{
	if (!is_pow2(align)) {
		diag_error(img, place, "alignment %#llx is not a power of two",
			   (unsigned long long)align);
		return -1;
	}
	if (align > atom_align(a)) {
		diag_error(img, place,
			   "align %#llx is larger than the alignment %#llx of atom '%s'",
			   (unsigned long long)align, (unsigned long long)atom_align(a),
			   a->name->str);
		return -1;
	}
	uint64_t pad = (0 - (uint64_t)a->size) & (align - 1);
	return emit_repeat(img, a, pad, byte < 0 ? a->fill : (uint8_t)byte, place);
}

/* ---- values and fixups ------------------------------------------------------ */

static p9ld_expr *not_literal(p9ld_image *img, p9ld_expr *e, void *ctx)
{
	(void)img;
	(void)e;
	*(bool *)ctx = false;
	return NULL;
}

/* Only numbers: a value known now. */
static bool expr_is_literal(p9ld_image *img, p9ld_expr *e)
{
	if (e->kind != EXPR_UNARY && e->kind != EXPR_BINARY)
		return e->kind == EXPR_INT;
	bool literal = true;
	expr_walk(img, e, not_literal, &literal);
	return literal;
}

/* Does V fit WIDTH bytes as a signed or (unless SIGNED_ONLY) unsigned number? */
bool value_fits(int64_t v, unsigned width, bool signed_only)
{
	if (width >= 8)
		return true;
	int64_t lo = -((int64_t)1 << (8 * width - 1));
	int64_t hi = signed_only ? ((int64_t)1 << (8 * width - 1)) - 1
				 : ((int64_t)1 << (8 * width)) - 1;
	return v >= lo && v <= hi;
}

bool order_big(const p9ld_image *img, p9ld_order order)
{
	return order == P9LD_ORDER_BIG ||
	       (order == P9LD_ORDER_ARCH && arch_big(img));
}

/* Where fixup F of atom A is: its line and column, in its atom's file or
 * the one kept for it; an object's relocation names its section. */
p9ld_place fixup_place(p9ld_image *img, const p9ld_atom *a, const fixup *f)
{
	if (fixup_reloc(f))
		return object_place(img, a, f->offset);
	const char *file = a->name->def_place.file;
	if (f->bits & FIX_OWN_FILE) {
		uint32_t index = (uint32_t)(f - a->fixups);
		for (size_t i = 0; i < img->own_files.len; i++) {
			const own_file *o = vec_at(&img->own_files, i);
			if (o->atom == a && o->index == index)
				file = o->file;
		}
	}
	return (p9ld_place){ file, f->v.at.line, f->v.at.col };
}

/* A fixup of A placed in FILE, which is not A's. */
static bool note_own_file(p9ld_image *img, const p9ld_atom *a, const char *file)
{
	own_file *o = vec_push(&img->own_files);
	if (!o) {
		diag_oom(img);
		return false;
	}
	o->atom = a;
	o->index = a->nfixups - 1;
	o->file = file;
	return true;
}

/* Room for N fixups: 1, then powers of two, so the size need not be
 * stored. */
static size_t fixup_capacity(uint32_t n)
{
	size_t cap = 1;
	if (!n)
		return 0;
	while (cap < n)
		cap *= 2;
	return cap;
}

/* A new, zeroed fixup at the end of A's.  The array of the atom being
 * filled is the newest thing in the fixup arena, so it grows in place.
 * The count cannot overflow: each fixup has at least a byte of the atom,
 * and atom_grow keeps an atom under 4 GiB. */
fixup *fixup_push(p9ld_image *img, p9ld_atom *a)
{
	uint32_t n = a->nfixups;
	size_t have = fixup_capacity(n), want = fixup_capacity(n + 1);
	if (want != have &&
	    !arena_try_extend(&img->fixups, a->fixups, have * sizeof(fixup),
			      want * sizeof(fixup))) {
		fixup *p = arena_alloc(&img->fixups, want * sizeof(fixup));
		if (!p) {
			diag_oom(img);
			return NULL;
		}
		if (n)
			memcpy(p, a->fixups, n * sizeof(fixup));
		a->fixups = p;
	}
	a->nfixups = n + 1;
	return &a->fixups[n];
}

static int emit_field(p9ld_image *img, p9ld_atom *a, p9ld_expr *e,
		      unsigned width, p9ld_order order, fixup_kind kind,
		      p9ld_place place)
{
	if (!e)
		return -1;
	if (img->linked) {              /* its fixups are gone: p9ld_link */
		diag_error(img, place, "cannot add a value to '%s': the image is already linked",
			   a->name->str);
		return -1;
	}
	if (!no_bss(img, a, place, "values"))
		return -1;
	if (width != 1 && width != 2 && width != 4 && width != 8) {
		diag_error(img, place, "bad value width %u", width);
		return -1;
	}
	if ((unsigned)order > P9LD_ORDER_BIG) {
		diag_error(img, place, "bad byte order %d", (int)order);
		return -1;
	}
	if (!atom_grow(img, a, width, place))     /* refuses past 4 GiB */
		return -1;
	uint32_t offset = a->size;
	a->size += width;
	if (kind == FIX_ABS && expr_is_literal(img, e)) {
		int64_t v;
		if (!expr_eval(img, e, EVAL_CONST, &v))
			return -1;
		if (e->kind == EXPR_INT)
			arena_unalloc(&img->arena, e, sizeof *e);
		if (!value_fits(v, width, false)) {
			diag_error(img, place, "value %lld does not fit in %u byte%s",
				   (long long)v, width, width == 1 ? "" : "s");
			return -1;
		}
		put_uint(a->bytes + offset, (uint64_t)v, width, order_big(img, order));
		return 0;
	}
	/* A bare name used where the item is (the script front end's case)
	 * needs no node: every error would name the same place. */
	bool same_place = e->place.file == place.file && e->place.line == place.line &&
			  e->place.col == place.col;
	name *by_name = e->kind == EXPR_NAME && same_place ? e->u.name : NULL;
	fixup *f = fixup_push(img, a);
	if (!f)
		return -1;
	if (place.file != a->name->def_place.file) {
		if (!note_own_file(img, a, place.file))
			return -1;
		f->bits = FIX_OWN_FILE;
	}
	if (by_name) {
		arena_unalloc(&img->arena, e, sizeof *e);
		f->u.name = by_name;
		f->bits |= FIX_BY_NAME;
	} else {
		f->u.expr = e;
	}
	f->offset = offset;
	f->v.at.line = place.line;
	f->v.at.col = place.col;
	f->width = (uint8_t)width;
	f->bits |= (uint8_t)(order | (kind == FIX_PCREL ? FIX_PCREL_BIT : 0));
	img->nfixups++;
	return 0;
}

int p9ld_emit_value(p9ld_image *img, p9ld_atom *a, p9ld_expr *e,
		    unsigned width, p9ld_order order, p9ld_place place)
{
	return emit_field(img, a, e, width, order, FIX_ABS, place);
}

int p9ld_emit_addr(p9ld_image *img, p9ld_atom *a, p9ld_expr *e,
		   p9ld_place place)
{
	return emit_field(img, a, e, ptr_size(img), P9LD_ORDER_ARCH, FIX_ABS,
			  place);
}

int p9ld_emit_pcrel(p9ld_image *img, p9ld_atom *a, p9ld_expr *e,
		    unsigned width, p9ld_place place)
{
	return emit_field(img, a, e, width, P9LD_ORDER_ARCH, FIX_PCREL, place);
}

/* ---- labels, constants, symbols, exports ------------------------------------ */

label *label_add(p9ld_image *img, p9ld_atom *a, name *n, uint64_t offset)
{
	label *l = arena_alloc(&img->arena, sizeof *l);
	atom_extra *x = l ? extra_for(img, a) : NULL;
	if (!x) {
		if (!l)
			diag_oom(img);
		return NULL;
	}
	l->name = n;
	l->atom = a;
	l->offset = (uint32_t)offset;
	l->got_slot = UINT32_MAX;
	n->u.label = l;
	if (x->labels_tail)
		x->labels_tail->next = l;
	else
		x->labels = l;
	x->labels_tail = l;
	return l;
}

/* A name for the place OFFSET in A, for a message about a relocation
 * that holds the place (FIX_IN_ATOM): a global's there, else a local's,
 * else a label's, else A's own.  An object's atom has its symbols in
 * address order; only an assembler's local (.L) needs the walk. */
const char *atom_symbol_at(const p9ld_atom *a, uint32_t offset)
{
	const atom_extra *x = a->x;
	if (!x)
		return a->name->str;
	uint32_t lo = 0, hi = x->syms ? x->nsyms : 0;
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		if (x->syms[mid].offset < offset)
			lo = mid + 1;
		else
			hi = mid;
	}
	const char *local = NULL;
	for (; x->syms && lo < x->nsyms && x->syms[lo].offset == offset; lo++) {
		const obj_sym *s = &x->syms[lo];
		if (obj_sym_strong(s))
			return obj_sym_str(x, s);
		if (!obj_sym_global(s)) {
			local = local ? local : obj_sym_str(x, s);
			continue;
		}
		const label *l = obj_sym_label(x, s);
		if (l)
			return l->name->str;
	}
	if (local)
		return local;
	for (const label *l = x->labels; l; l = l->next)
		if (l->offset == offset)
			return l->name->str;
	return a->name->str;
}

int p9ld_label(p9ld_image *img, p9ld_atom *a, const char *nm, p9ld_place place)
{
	if (atom_section(a)) {
		diag_error(img, place, "%s is an object's section: nothing can be added to it",
			   a->name->str);
		return -1;
	}
	name *n = define(img, nm, NAME_LABEL, place);
	return n && label_add(img, a, n, a->size) ? 0 : -1;
}

/* A name defined by an expression, kept in LIST in definition order. */
static name *define_expr(p9ld_image *img, const char *nm, name_kind kind,
			 vec *list, p9ld_expr *e, p9ld_place place)
{
	if (!e)
		return NULL;
	name *n = define(img, nm, kind, place);
	name **slot = n ? vec_push(list) : NULL;
	if (!slot) {
		if (n)
			diag_oom(img);
		return NULL;
	}
	name_def *d = arena_alloc(&img->arena, sizeof *d);
	if (!d) {
		diag_oom(img);
		return NULL;
	}
	*slot = n;
	d->expr = e;
	d->got_slot = UINT32_MAX;
	n->u.def = d;
	return n;
}

bool symbol_define_value(p9ld_image *img, name *n, int64_t v, p9ld_place place)
{
	if (!name_define(img, n, NAME_SYMBOL, place))
		return false;
	name_def *d = arena_alloc(&img->arena, sizeof *d);
	name **slot = d ? vec_push(&img->symbols) : NULL;
	if (!slot) {
		diag_oom(img);
		return false;
	}
	*slot = n;
	d->value = v;
	d->got_slot = UINT32_MAX;
	n->u.def = d;
	n->state = EVAL_DONE;
	n->seg = -1;
	return true;
}

int p9ld_const(p9ld_image *img, const char *nm, p9ld_expr *e, p9ld_place place)
{
	return define_expr(img, nm, NAME_CONST, &img->consts, e, place) ? 0 : -1;
}

int p9ld_symbol(p9ld_image *img, const char *nm, p9ld_expr *e, int seg,
		p9ld_place place)
{
	if (seg > P9LD_BSS) {
		diag_error(img, place, "bad segment %d", seg);
		return -1;
	}
	name *n = define_expr(img, nm, NAME_SYMBOL, &img->symbols, e, place);
	if (!n)
		return -1;
	n->seg = (int8_t)(seg < 0 ? -1 : seg);
	return 0;
}

int p9ld_export(p9ld_image *img, const char *nm, const char *as,
		p9ld_place place)
{
	return p9ld_export_as(img, nm, place, as, place);
}

int p9ld_export_as(p9ld_image *img, const char *nm, p9ld_place place,
		   const char *as, p9ld_place as_place)
{
	name *n = names_intern(img, nm, strlen(nm));
	if (!n)
		return -1;
	alias *al = NULL;
	if (as) {
		/* An alias of an alias could be the start of a cycle: refused
		 * here, whichever is exported first, so no chain of aliases
		 * is ever followed. */
		name *has = names_intern(img, as, strlen(as));
		if (n->kind == NAME_ALIAS) {
			diag_error(img, place,
				   "cannot export '%s': only atoms, labels and absolute symbols can be exported",
				   n->str);
			return -1;
		}
		if (has && has->has_aliases) {
			diag_error(img, as_place,
				   "'%s' cannot be an alias: it is exported as another name, and an alias has no aliases",
				   as);
			return -1;
		}
		name *an = define(img, as, NAME_ALIAS, as_place);
		al = an ? arena_alloc(&img->arena, sizeof *al) : NULL;
		if (!al) {
			if (an)
				diag_oom(img);
			return -1;
		}
		al->name = an;
		al->target = n;
		al->place = as_place;
		an->u.alias = al;
		an->exported = true;
		n->has_aliases = true;   /* the aliases are in img->exports, in order */
	} else {
		n->exported = true;
	}
	export_req *r = vec_push(&img->exports);
	if (!r) {
		diag_oom(img);
		return -1;
	}
	r->name = n;
	r->alias = al;
	r->place = place;
	return 0;
}

/* ---- line information --------------------------------------------------------- */

/* ---- sources by path: a hash table of the latest source of each ---------- */

static source *source_at(const p9ld_image *img, uint32_t index)
{
	return *(source **)vec_at(&img->sources, index);
}

/* The slot of PATH: its entry, or the empty slot it would take. */
static size_t source_slot(const p9ld_image *img, const char *path)
{
	size_t mask = img->source_index.cap - 1;
	size_t i = name_hash(path, strlen(path)) & mask;
	for (uint32_t k; (k = img->source_index.slots[i]); i = (i + 1) & mask)
		if (strcmp(source_at(img, k - 1)->path, path) == 0)
			break;
	return i;
}

static bool index_source(p9ld_image *img, source *s)
{
	source_table *t = &img->source_index;
	if ((t->count + 1) * 2 > t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 64;
		uint32_t *old = t->slots, *slots = calloc(cap, sizeof *slots);
		if (!slots)
			return false;
		size_t was = t->cap;
		t->slots = slots;
		t->cap = cap;
		for (size_t i = 0; i < was; i++)
			if (old[i])
				slots[source_slot(img, source_at(img, old[i] - 1)->path)] = old[i];
		free(old);
	}
	size_t i = source_slot(img, s->path);
	t->count += t->slots[i] == 0;
	t->slots[i] = s->index + 1;
	return true;
}

source *source_new(p9ld_image *img, const char *path)
{
	source *s = arena_alloc(&img->arena, sizeof *s);
	source **slot = s ? vec_push(&img->sources) : NULL;
	if (!slot || !(s->path = arena_strdup(&img->arena, path, strlen(path)))) {
		diag_oom(img);
		return NULL;
	}
	s->index = (uint32_t)(img->sources.len - 1);
	*slot = s;
	if (!index_source(img, s)) {
		diag_oom(img);
		return NULL;
	}
	return s;
}

bool source_include_add(p9ld_image *img, source *src, const char *path,
			uint32_t base, uint32_t span)
{
	source_include *more = arena_alloc(&img->arena, (src->nincludes + 1) * sizeof *more);
	char *copy = more ? arena_strdup(&img->arena, path, strlen(path)) : NULL;
	if (!copy) {
		diag_oom(img);
		return false;
	}
	if (src->nincludes)
		memcpy(more, src->includes, src->nincludes * sizeof *more);
	more[src->nincludes] = (source_include){ copy, base, span };
	src->includes = more;
	src->nincludes++;
	return true;
}

void atom_set_source(p9ld_image *img, p9ld_atom *a, source *src)
{
	atom_extra *x = extra_for(img, a);
	if (x)
		x->source = src;
}

int p9ld_source(p9ld_image *img, const char *path, p9ld_place place)
{
	if (!path) {
		img->cur_source = NULL;
		return 0;
	}
	if (!*path) {
		diag_error(img, place, "empty source path");
		return -1;
	}
	/* the latest source of PATH with no includes (an object's may have
	 * them): most often the latest of PATH, found by hash */
	uint32_t k = img->source_index.cap ? img->source_index.slots[source_slot(img, path)] : 0;
	for (size_t i = k; i-- > 0;) {
		source *s = source_at(img, (uint32_t)i);
		if (!s->nincludes && strcmp(s->path, path) == 0) {
			img->cur_source = s;
			return 0;
		}
	}
	source *s = source_new(img, path);
	if (!s)
		return -1;
	img->cur_source = s;
	return 0;
}

/* A's marks, made when its first is. */
static vec *marks_of(p9ld_image *img, p9ld_atom *a)
{
	atom_extra *x = a->x;          /* there: the atom has a source */
	if (!x->marks) {
		x->marks = arena_alloc(&img->arena, sizeof *x->marks);
		if (!x->marks) {
			diag_oom(img);
			return NULL;
		}
		vec_init(x->marks, sizeof(line_mark));
	}
	return x->marks;
}

static bool push_mark(p9ld_image *img, vec *marks, uint64_t offset, int64_t line,
		      p9ld_place place)
{
	line_mark *m = vec_push(marks);
	if (!m) {
		diag_oom(img);
		return false;
	}
	m->offset = offset;
	m->line = line;
	m->place = place;
	return true;
}

/* An object's line rows: a row that goes on with the line before it adds
 * nothing.  (Its place, for a message, is its atom's section.) */
bool atom_mark_line(p9ld_image *img, p9ld_atom *a, uint64_t offset, int64_t line)
{
	vec *marks = marks_of(img, a);
	if (!marks)
		return false;
	if (marks->len) {
		line_mark *last = vec_at(marks, marks->len - 1);
		if (last->offset == offset) {
			last->line = line;      /* nothing came from the earlier line */
			return true;
		}
		if (last->line == line)
			return true;
	}
	return push_mark(img, marks, offset, line, no_place);
}

int p9ld_line(p9ld_image *img, p9ld_atom *a, int64_t line, p9ld_place place)
{
	if (a->seg != P9LD_TEXT) {
		diag_error(img, place, "line marks belong in text atoms ('%s' is not text)",
			   a->name->str);
		return -1;
	}
	if (!atom_source(a)) {
		diag_error(img, place, "line mark in '%s', which has no source file",
			   a->name->str);
		return -1;
	}
	if (line < 1 || line > INT32_MAX) {
		diag_error(img, place, "line %lld is out of range (1 to %d)",
			   (long long)line, INT32_MAX);
		return -1;
	}
	vec *marks = marks_of(img, a);
	if (!marks)
		return -1;
	if (marks->len) {
		line_mark *last = vec_at(marks, marks->len - 1);
		if (last->offset == a->size) {
			last->line = line;      /* nothing came from the earlier line */
			last->place = place;
			return 0;
		}
	}
	return push_mark(img, marks, a->size, line, place) ? 0 : -1;
}
