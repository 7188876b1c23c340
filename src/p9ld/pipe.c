/*
 * The pipeline: on a big link the scanner and parser run on a thread of
 * their own and hand statements to the builder (this thread) in batches,
 * so that parsing one part of a script overlaps building the part before.
 *
 * A batch is a run of statements and the pool they were allocated from;
 * the builder returns the pool, emptied, once every statement in it is
 * built, and the parser fills it again.  Nothing the parser thread does
 * is seen out of order: its diagnostics and the files it reads become
 * statements of the batch (SS_DIAG, SS_DEP), said and noted by the
 * builder in their place, so the output is the same as one thread's.
 * The lasting pool and the file list, which both threads extend, are
 * under the pipe's lock.
 */
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "script.h"

enum {
	BATCH_STATEMENTS = 2048,     /* statements in a batch */
	/* Full batches waiting: bounds memory, and lets the parser go on
	 * while the builder stalls (the name table doubling into fresh
	 * pages takes tens of milliseconds; 4 batches were 4 of parsing). */
	BATCH_QUEUE = 32
};

typedef struct batch {
	sstmt *head, *tail;
	size_t n;
	pool pool;                   /* what the statements live in */
	bool last;                   /* the parser is done */
	struct batch *next;
} batch;

struct pipe {
	pthread_t parser;
	pthread_mutex_t lock;        /* the queues below, s->lasting, s->files */
	pthread_cond_t wake;
	batch *cur;                  /* being filled by the parser */
	batch *full, *full_tail;     /* waiting for the builder */
	size_t nfull;
	batch *spare;                /* built: to be filled again */
	atomic_bool stop;            /* too many errors: the parser stops */
	int nscripts;
	char **scripts;
};

static _Thread_local bool on_parser;

static batch *new_batch(script *s, struct pipe *p)
{
	pthread_mutex_lock(&p->lock);
	batch *b = p->spare;
	if (b)
		p->spare = b->next;
	pthread_mutex_unlock(&p->lock);
	if (!b && !(b = calloc(1, sizeof *b))) {
		fprintf(stderr, "%s: out of memory\n", s->prog);
		exit(1);
	}
	b->head = b->tail = NULL;
	b->n = 0;
	b->last = false;
	b->next = NULL;
	return b;
}

/* Hand the current batch to the builder and start another, whose pool
 * becomes the parser's. */
static void send(script *s, bool last)
{
	struct pipe *p = s->pipe;
	batch *b = p->cur;
	b->pool = s->pool;
	memset(&s->pool, 0, sizeof s->pool);
	b->last = last;
	pthread_mutex_lock(&p->lock);
	while (p->nfull >= BATCH_QUEUE && !last)
		pthread_cond_wait(&p->wake, &p->lock);
	if (p->full_tail)
		p->full_tail->next = b;
	else
		p->full = b;
	p->full_tail = b;
	p->nfull++;
	pthread_cond_broadcast(&p->wake);
	pthread_mutex_unlock(&p->lock);
	if (last)
		return;
	p->cur = new_batch(s, p);
	s->pool = p->cur->pool;
	memset(&p->cur->pool, 0, sizeof p->cur->pool);
}

bool pipe_on_parser(const script *s)
{
	return s->pipe && on_parser;
}

bool pipe_stopped(const script *s)
{
	return s->pipe && atomic_load(&s->pipe->stop);
}

/* A statement is complete.  MAY_RELEASE: the parser holds nothing
 * allocated since it began, so the batch may end here. */
void pipe_put(script *s, sstmt *st, bool may_release)
{
	batch *b = s->pipe->cur;
	stmts_append(&b->head, &b->tail, st);
	if (++b->n >= BATCH_STATEMENTS && may_release && !s->pinned)
		send(s, false);
}

/* A diagnostic on the parser thread, said by the builder in its place. */
void pipe_defer_diag(script *s, p9ld_severity sev, sloc at, const char *fmt, va_list ap)
{
	va_list again;
	va_copy(again, ap);
	int n = vsnprintf(NULL, 0, fmt, again);
	va_end(again);
	size_t size = (size_t)(n > 0 ? n : 0) + 1;
	char *msg = pool_alloc(s, size);
	vsnprintf(msg, size, fmt, ap);
	sstmt *st = pool_alloc(s, sizeof *st);
	st->kind = SS_DIAG;
	st->policy = (uint8_t)sev;
	st->at = at;
	st->name = msg;
	pipe_put(s, st, false);
}

/* A file the parser read, noted for --depfile by the builder in order. */
void pipe_defer_dep(script *s, const char *path)
{
	sstmt *st = pool_alloc(s, sizeof *st);
	st->kind = SS_DEP;
	st->path = pool_strndup(s, path, strlen(path));
	pipe_put(s, st, false);
}

void pipe_lock(script *s)
{
	if (s->pipe)
		pthread_mutex_lock(&s->pipe->lock);
}

void pipe_unlock(script *s)
{
	if (s->pipe)
		pthread_mutex_unlock(&s->pipe->lock);
}

static void *parser_main(void *arg)
{
	script *s = arg;
	on_parser = true;
	parse_scripts(s, s->pipe->nscripts, s->pipe->scripts);
	send(s, true);
	return NULL;
}

static batch *receive(struct pipe *p)
{
	pthread_mutex_lock(&p->lock);
	while (!p->full)
		pthread_cond_wait(&p->wake, &p->lock);
	batch *b = p->full;
	p->full = b->next;
	if (!p->full)
		p->full_tail = NULL;
	p->nfull--;
	pthread_cond_broadcast(&p->wake);
	pthread_mutex_unlock(&p->lock);
	return b;
}

/* The names statement ST defines or refers to: their table slots are
 * asked for AHEAD statements before ST is built, and the records of the
 * names it defines NEAR statements before, their slots in by then.  The
 * misses of a few dozen statements overlap; asking for a whole batch's
 * at once (thousands) lost most of them before they were used (user
 * time 2.12 -> 1.96 s at N = 1,000,000). */
enum { AHEAD = 48, NEAR = 16 };

static void prefetch_slots(script *s, const sstmt *st)
{
	if (st->kind != SS_ATOM)
		return;
	p9ld_prefetch_name(s->img, st->name, 0);
	for (sitem *it = st->items; it; it = it->next)
		for (size_t i = 0; i < it->exprs.n; i++)
			if (it->exprs.v[i]->kind == SX_NAME)
				p9ld_prefetch_name(s->img, it->exprs.v[i]->u.str.ptr, 0);
}

static void prefetch_record(script *s, const sstmt *st)
{
	if (st->kind == SS_ATOM)
		p9ld_prefetch_name(s->img, st->name, 1);
}

static void build_batch(script *s, batch *b)
{
	sstmt *ahead = b->head, *near = b->head;
	for (int i = 0; ahead && i < AHEAD; i++, ahead = ahead->next)
		prefetch_slots(s, ahead);
	for (int i = 0; near && i < NEAR; i++, near = near->next)
		prefetch_record(s, near);
	for (sstmt *st = b->head, *next; st; st = next) {
		next = st->next;         /* the builder may queue ST, relinking it */
		if (ahead) {
			prefetch_slots(s, ahead);
			ahead = ahead->next;
		}
		if (near) {
			prefetch_record(s, near);
			near = near->next;
		}
		if (st->kind == SS_DIAG)
			report_at(s, st->policy, st->at, "%s", st->name);
		else if (st->kind == SS_DEP)
			note_dep(s, st->path);
		else
			build_stream(s, st);
	}
	if (s->too_many)
		atomic_store(&s->pipe->stop, true);
}

/* Parse the scripts on a second thread and build what it parses here. */
void pipe_parse_and_build(script *s, int nscripts, char **scripts)
{
	struct pipe p = { .nscripts = nscripts, .scripts = scripts };
	/* What the pool holds already (the command line's settings) stays
	 * out of the batches, which are emptied and reused. */
	pool before = s->pool, kept = { 0 };
	memset(&s->pool, 0, sizeof s->pool);
	pthread_mutex_init(&p.lock, NULL);
	pthread_cond_init(&p.wake, NULL);
	s->pipe = &p;
	p.cur = new_batch(s, &p);
	if (pthread_create(&p.parser, NULL, parser_main, s) != 0) {
		s->pipe = NULL;
		free(p.cur);
		pthread_cond_destroy(&p.wake);
		pthread_mutex_destroy(&p.lock);
		s->pool = before;
		parse_scripts(s, nscripts, scripts);
		return;
	}
	for (bool last = false; !last;) {
		batch *b = receive(&p);
		build_batch(s, b);
		last = b->last;
		if (build_keeps(s)) {
			/* statements wait in the builder's queue: their memory
			 * stays until the end */
			pool_adopt(&kept, &b->pool);
		} else {
			pool_release_all(&b->pool);
		}
		pthread_mutex_lock(&p.lock);
		b->next = p.spare;
		p.spare = b;
		pthread_mutex_unlock(&p.lock);
	}
	pthread_join(p.parser, NULL);
	s->pipe = NULL;
	pool_adopt(&s->pool, &before);
	pool_adopt(&s->pool, &kept);
	for (batch *b = p.spare, *next; b; b = next) {
		next = b->next;
		pool_free(&b->pool);
		free(b);
	}
	pthread_cond_destroy(&p.wake);
	pthread_mutex_destroy(&p.lock);
}
