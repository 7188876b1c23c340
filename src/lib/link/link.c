/*
 * The link, as an ordered list of passes.  Each pass reports every error
 * it finds; the driver stops at the first pass that found any, so a user
 * sees all the errors of one kind at once and none that follow from them.
 * A pass may have work beside it: work that needs only what the passes
 * before it computed, touches nothing the pass does, reports nothing
 * (it leaves that to a later pass), and so runs on a second thread.
 */
#include <pthread.h>
#include <string.h>
#include <time.h>

#include "engine/engine.h"

typedef struct pass {
	const char *name;
	bool (*run)(p9ld_image *img);
	bool (*beside)(p9ld_image *img);  /* on a second thread, or NULL */
} pass;

static const pass passes[] = {
	/* Objects: the archive members the link needs, commons, weak
	 * references never defined, the names the linker defines. */
	{ "resolve", pass_resolve, NULL },
	/* Is there an arch, are constants constant, do the exports and
	 * the entry name things that can be exported and entered? */
	{ "check", pass_check, NULL },
	/* Which atoms are in the image: roots, then what kept fixups
	 * reach; undefined names in kept atoms are reported here. */
	{ "gc", pass_gc, NULL },
	/* Number the GOT slots: the GOT's size decides where data goes. */
	{ "got", pass_got, NULL },
	/* Addresses: text, data base, GOT, data, strings, bss; entry. */
	{ "layout", pass_layout, NULL },
	/* At this point the memory layout is fixed. */
	/* Evaluate every fixup into its atom's bytes; fill the GOT. */
	{ "fixups", pass_fixups, symtab_atoms },
	/* The absolute and special symbols, after the atoms' (which are
	 * written beside the fixups, the longest pass of a big link). */
	{ "symtab", pass_symtab, NULL },
	{ "linetab", pass_linetab, NULL },
	/* Last: the header holds the sizes of everything above. */
	{ "header", pass_header, NULL },
};

void p9ld_set_pass_timer(p9ld_image *img, p9ld_pass_fn fn, void *user)
{
	img->pass_timer = fn;
	img->pass_timer_user = user;
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

typedef struct beside_job {
	bool (*fn)(p9ld_image *img);
	p9ld_image *img;
} beside_job;

static void *beside_main(void *arg)
{
	beside_job *j = arg;
	j->fn(j->img);
	return NULL;
}

/* P's work, and its beside work on a second thread (here, when no thread
 * can be had or the client allows none). */
static bool run_pass(p9ld_image *img, const pass *p)
{
	if (!p->beside)
		return p->run(img);
	beside_job job = { p->beside, img };
	pthread_t t;
	if (img->threads < 2 || !thread_start(&t, beside_main, &job)) {
		p->beside(img);
		return p->run(img);
	}
	bool ok = p->run(img);
	pthread_join(t, NULL);
	return ok;
}

int p9ld_link(p9ld_image *img)
{
	if (img->linked) {
		diag_error(img, no_place, "the image is already linked");
		return -1;
	}
	bool ok = img->errors == 0;
	for (size_t i = 0; ok && i < COUNT_OF(passes); i++) {
		double t = img->pass_timer ? now() : 0;
		ok = run_pass(img, &passes[i]) && img->errors == 0;
		if (img->pass_timer)
			img->pass_timer(img->pass_timer_user, passes[i].name, now() - t);
	}
	symtab_free(img);                /* when a pass before symtab failed */
	diag_flush_limit(img);
	img->linked = ok;
	/* The fixups are in the atoms' bytes now, and a linked image takes no
	 * more: their memory goes back before the file is written, whose
	 * page cache then reuses it warm (a fresh page can cost more to clear
	 * than to copy). */
	if (ok)
		arena_free(&img->fixups);
	return ok ? 0 : -1;
}

int p9ld_get_info(const p9ld_image *img, p9ld_info *info)
{
	if (!img->linked)
		return -1;
	const output *l = &img->out;
	memset(info, 0, sizeof *info);
	info->arch = img->arch;
	info->text_base = l->text_base;
	info->etext = l->etext;
	info->data_base = l->data_base;
	info->edata = l->edata;
	info->end = l->end;
	info->entry = l->entry;
	info->got_addr = l->got_addr;
	info->got_slots = l->got_slots;
	info->text_size = l->etext - l->text_base;
	info->data_size = l->edata - l->data_base;
	info->bss_size = l->end - l->edata;
	info->syms_size = l->syms.len;
	info->pcsz = l->pcline.len;
	info->file_size = img->arch->header_size + info->text_size +
			  info->data_size + info->syms_size + info->pcsz;
	info->atoms = img->atoms.len + img->anons.len;
	info->atoms_kept = l->atoms_kept;
	info->fixups = img->nfixups;
	info->symbols = l->nsymbols;
	objects_info(img, info);
	return 0;
}

int p9ld_lookup(const p9ld_image *img, const char *s, uint64_t *value)
{
	name *n = names_find(img, s, strlen(s));
	if (!img->linked || !n)
		return -1;
	while (n->kind == NAME_ALIAS)
		n = n->u.alias->target;
	switch (n->kind) {
	case NAME_ATOM:
		if (!n->u.atom->kept)
			return -1;
		*value = n->u.atom->addr;
		return 0;
	case NAME_LABEL:
		if (!n->u.label->atom->kept)
			return -1;
		*value = n->u.label->atom->addr + n->u.label->offset;
		return 0;
	case NAME_CONST:
	case NAME_SYMBOL:
		if (n->state != EVAL_DONE)
			return -1;
		*value = (uint64_t)n->u.def->value;
		return 0;
	case NAME_SPECIAL:
		return special_value(img, n->u.special, value) ? 0 : -1;
	case NAME_GOT:
		if (img->got_policy == P9LD_GOT_NONE)
			return -1;
		*value = img->out.got_addr;
		return 0;
	default:
		return -1;
	}
}
