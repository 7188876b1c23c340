/*
 * The sink: where the parser's events go.  Three kinds, one memory rule
 * (script.h):
 *
 *	build now    every event is delivered to the builder as it comes,
 *	             on this thread;
 *	two threads  the parser runs on a thread of its own and hands its
 *	             events over in batches, so that parsing one part of a
 *	             script overlaps building the part before;
 *	a value      one expression from the command line, delivered now;
 *	             its memory lasts.
 *
 * Either way the events are grouped in batches, each with the pool its
 * statements were allocated from.  A batch ends after a statement, once
 * it holds BATCH_EVENTS events; its pool is reused once the batch after
 * it has been built -- the parser may have read a token of the next
 * statement into it -- or kept to the end when the builder has queued
 * statements.  Delivery is the same on both paths: a file is added to
 * the reporter's list and noted as a prerequisite, a diagnostic said, a
 * statement built, so one thread and two give the same image and the
 * same messages.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hints.h"
#include "script.h"

enum {
	BATCH_EVENTS = 2048,
	/* Full batches waiting: bounds memory, and lets the parser go on
	 * while the builder stalls. */
	BATCH_QUEUE = 32
};

typedef struct batch {
	event *head, *tail;
	size_t n;
	pool pool;                   /* what the batch's events live in */
	bool keep;                   /* its memory stays to the end */
	bool last;                   /* the parser is done */
	struct batch *next;
} batch;

typedef struct sink {
	parse_out out;               /* what the parser sees */
	script *s;
	batch *cur;                  /* being filled */
	batch *built;                /* built; reused once the next one is */
	batch *spare;                /* emptied, to be filled again */
	/* two threads: */
	bool threaded;               /* two threads: the spares are shared */
	pthread_mutex_t lock;        /* full, nfull, spare */
	pthread_cond_t wake;
	batch *full, *full_tail;     /* waiting for the builder */
	size_t nfull;
	atomic_bool stop;            /* the error limit: the parser stops */
	parser *p;
	const script_input *in;
	size_t nin;
} sink;

static sink *sink_of(parse_out *o)
{
	return (sink *)o;            /* the parse_out is the sink's first member */
}

/* ---- batches --------------------------------------------------------------- */

static batch *new_batch(sink *k)
{
	if (k->threaded)
		pthread_mutex_lock(&k->lock);
	batch *b = k->spare;
	if (b)
		k->spare = b->next;
	if (k->threaded)
		pthread_mutex_unlock(&k->lock);
	if (!b && !(b = calloc(1, sizeof *b))) {
		fputs("p9ld: out of memory\n", stderr);
		exit(1);
	}
	pool saved = b->pool;
	memset(b, 0, sizeof *b);
	b->pool = saved;
	return b;
}

/* The parser fills B from now on. */
static void fill(sink *k, batch *b)
{
	k->cur = b;
	k->out.pool = &b->pool;
}

static void append(batch *b, event *e)
{
	e->next = NULL;
	if (b->tail)
		b->tail->next = e;
	else
		b->head = e;
	b->tail = e;
	b->n++;
}

/* ---- delivery: the builder's side ------------------------------------------ */

static void deliver(script *s, event *e)
{
	switch (e->kind) {
	case EV_FILE: {
		sfile *f = (sfile *)e;
		report_add_file(&s->rep, f);
		if (f->dev || f->ino)        /* a file, not standard input or text */
			note_dep(s, f->path);
		break;
	}
	case EV_DIAG: {
		sdiag *d = (sdiag *)e;
		report_at(&s->rep, d->severity, d->at, "%s", d->msg);
		break;
	}
	case EV_STMT:
		build_stmt(s, (sstmt *)e);
		break;
	}
}

/* B is built: its memory is kept, or reused after the next batch's. */
static void built(sink *k, batch *b)
{
	if (build_queuing(k->s) || b->keep) {
		pool_adopt(&k->s->queued, &b->pool);
		b->keep = false;
	}
	batch *prev = k->built;
	k->built = b;
	if (!prev)
		return;
	pool_empty(&prev->pool);
	if (k->threaded)
		pthread_mutex_lock(&k->lock);
	prev->next = k->spare;
	k->spare = prev;
	if (k->threaded)
		pthread_mutex_unlock(&k->lock);
}

static bool reached_limit(sink *k)
{
	return k->s->rep.too_many;
}

/* ---- build now ---------------------------------------------------------------- */

static void put_now(parse_out *o, event *e, bool held)
{
	sink *k = sink_of(o);
	batch *b = k->cur;
	b->keep |= held;
	if (!e)
		return;
	b->n++;
	deliver(k->s, e);
	if (b->n >= BATCH_EVENTS && e->kind == EV_STMT) {
		fill(k, new_batch(k));
		built(k, b);
	}
}

static bool stopped_now(parse_out *o)
{
	return reached_limit(sink_of(o));
}

/* ---- two threads ------------------------------------------------------------- */

/* Hand the current batch to the builder and start another. */
static void send(sink *k, bool last)
{
	batch *b = k->cur;
	b->last = last;
	pthread_mutex_lock(&k->lock);
	while (k->nfull >= BATCH_QUEUE && !last)
		pthread_cond_wait(&k->wake, &k->lock);
	b->next = NULL;
	if (k->full_tail)
		k->full_tail->next = b;
	else
		k->full = b;
	k->full_tail = b;
	k->nfull++;
	pthread_cond_broadcast(&k->wake);
	pthread_mutex_unlock(&k->lock);
	if (!last)
		fill(k, new_batch(k));
}

static void put_batched(parse_out *o, event *e, bool held)
{
	sink *k = sink_of(o);
	batch *b = k->cur;
	b->keep |= held;
	if (!e)
		return;
	append(b, e);
	if (b->n >= BATCH_EVENTS && e->kind == EV_STMT)
		send(k, false);
}

static bool stopped_batched(parse_out *o)
{
	return atomic_load(&sink_of(o)->stop);
}

static void *parser_main(void *arg)
{
	sink *k = arg;
	parse_inputs(k->p, k->in, k->nin);
	send(k, true);
	return NULL;
}

static batch *receive(sink *k)
{
	pthread_mutex_lock(&k->lock);
	while (!k->full)
		pthread_cond_wait(&k->wake, &k->lock);
	batch *b = k->full;
	k->full = b->next;
	if (!k->full)
		k->full_tail = NULL;
	k->nfull--;
	pthread_cond_broadcast(&k->wake);
	pthread_mutex_unlock(&k->lock);
	return b;
}

/* The builder's lookahead (hints.h), where it has statements ahead of
 * the one it builds: the names an atom statement defines or refers to
 * have their table slots fetched AHEAD statements before it is built,
 * and their records NEAR statements before, their slots in by then (a
 * lookup that finds its name compares it with the record's), so that
 * the misses of a few dozen statements overlap.  (The one-thread sink
 * builds each statement as it is parsed, with nothing ahead.) */
enum { AHEAD = 48, NEAR = 16 };

/* HINT each name an atom statement defines or refers to. */
static void hint_names(const script *s, const event *e,
		       void (*hint)(const p9ld_image *, const char *, size_t))
{
	const sstmt *st = (const sstmt *)e;
	if (e->kind != EV_STMT || st->kind != SS_ATOM)
		return;
	hint(s->img, st->name, strlen(st->name));
	for (const sitem *it = st->items; it; it = it->next)
		for (size_t i = 0; i < it->exprs.n; i++)
			if (it->exprs.v[i]->kind == SX_NAME)
				hint(s->img, it->exprs.v[i]->u.str.ptr, it->exprs.v[i]->u.str.len);
}

static void build_batches(sink *k)
{
	for (bool last = false; !last;) {
		batch *b = receive(k);
		event *ahead = b->head, *near = b->head;
		for (int i = 0; ahead && i < AHEAD; i++, ahead = ahead->next)
			hint_names(k->s, ahead, hint_name_slot);
		for (int i = 0; near && i < NEAR; i++, near = near->next)
			hint_names(k->s, near, hint_name_record);
		for (event *e = b->head, *next; e; e = next) {
			next = e->next;      /* a statement may join the builder's queue */
			if (ahead) {
				hint_names(k->s, ahead, hint_name_slot);
				ahead = ahead->next;
			}
			if (near) {
				hint_names(k->s, near, hint_name_record);
				near = near->next;
			}
			deliver(k->s, e);
		}
		if (reached_limit(k))
			atomic_store(&k->stop, true);
		last = b->last;
		built(k, b);
	}
}

/* ---- the three sinks ----------------------------------------------------------- */

static void free_spares(sink *k)
{
	for (batch *b = k->spare, *next; b; b = next) {
		next = b->next;
		pool_free(&b->pool);
		free(b);
	}
}

void sink_parse_and_build(script *s, parser *p, const script_input *in, size_t n,
			  int threads)
{
	sink k = { .s = s, .p = p, .in = in, .nin = n };
	p->out = &k.out;
	fill(&k, new_batch(&k));
	k.out.put = put_batched;
	k.out.stopped = stopped_batched;
	bool threaded = false;
	pthread_t parser_thread;
	if (threads > 1) {
		pthread_mutex_init(&k.lock, NULL);
		pthread_cond_init(&k.wake, NULL);
		k.threaded = true;
		sigset_t saved;
		guard_hold(&saved);          /* the stop signals are the main thread's */
		threaded = pthread_create(&parser_thread, NULL, parser_main, &k) == 0;
		guard_release(&saved);
		if (!threaded) {
			k.threaded = false;
			pthread_cond_destroy(&k.wake);
			pthread_mutex_destroy(&k.lock);
		}
	}
	if (threaded) {
		build_batches(&k);
		pthread_join(parser_thread, NULL);
		pthread_cond_destroy(&k.wake);
		pthread_mutex_destroy(&k.lock);
		k.threaded = false;
	} else {
		k.out.put = put_now;
		k.out.stopped = stopped_now;
		parse_inputs(p, in, n);
		built(&k, k.cur);
	}
	/* the last batch built holds the last statements: it goes with the
	 * rest of what the builder kept */
	if (k.built) {
		pool_adopt(&s->queued, &k.built->pool);
		free(k.built);
		k.built = NULL;
	}
	free_spares(&k);
	p->out = NULL;
}

/* ---- a command-line value --------------------------------------------------- */

/* Run FN on the command-line value TEXT, its events delivered now; its
 * memory lasts (the builder uses the values at the end). */
static void *parse_value(script *s, parser *p, const char *name, const char *text,
			 void *(*fn)(parser *p, const char *name, const char *text))
{
	sink k = { .s = s };
	batch b = { 0 };
	fill(&k, &b);
	k.out.put = put_now;
	k.out.stopped = stopped_now;
	p->out = &k.out;
	void *r = fn(p, name, text);
	p->out = NULL;
	pool_adopt(&s->lasting, &b.pool);
	return r;
}

static void *expr_value(parser *p, const char *name, const char *text)
{
	return parse_expr_text(p, name, text);
}

static void *option_file(parser *p, const char *name, const char *text)
{
	return parse_option_file(p, name, text);
}

sexpr *sink_parse_value(script *s, parser *p, const char *name, const char *text)
{
	return parse_value(s, p, name, text, expr_value);
}

sloc sink_option_place(script *s, parser *p, const char *name, const char *text)
{
	return (sloc){ parse_value(s, p, name, text, option_file), 1, 1 };
}
