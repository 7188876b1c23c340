/*
 * libp9ld's base layer: memory (arenas, growable arrays and buffers, pages
 * from the kernel) and byte order.  Every other layer of the library
 * stands on it; it knows nothing of images or files.
 */
#ifndef P9LD_BASE_H
#define P9LD_BASE_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))

/* A helper that only prefetches is always inlined: gcc finds a function
 * that only reads and prefetches pure, and deletes a call to a pure
 * function that returns nothing, prefetches and all. */
#define PREFETCHER static inline __attribute__((always_inline)) void

typedef struct arena arena;
typedef struct vec vec;
typedef struct buf buf;

/* ---- arena.c: memory that dies with the image ------------------------- */

struct arena {
	struct arena_block *head;
	size_t next_block;           /* size of the next block */
	bool failed;                 /* an allocation failed */
	bool prefault;               /* fault big blocks in on a helper thread */
};

/* A growable array of fixed-size elements (malloc'd; freed with the image). */
struct vec {
	void *data;
	size_t len, cap, elem;
};

/* A growable byte buffer. */
struct buf {
	uint8_t *data;
	size_t len, cap;
	bool failed;
};

/* ---- thread.c: the library's threads ------------------------------------ */

/* Start FN(ARG) on a new thread that receives no signal sent to the
 * process (only those its own faults raise).  False if it could not. */
bool thread_start(pthread_t *t, void *(*fn)(void *), void *arg);

/* ---- pages.c: memory from the kernel ----------------------------------- */

enum { HUGE_PAGE = 2 * 1024 * 1024 };

typedef struct prefault {
	pthread_t thread;
	void *p;
	size_t n;
	bool running;                /* a thread to join */
	bool done;                   /* it faulted in all of P */
} prefault;

void *pages_alloc(size_t n, bool huge);
void *pages_reserve(size_t n);
void pages_free(void *p, size_t n);
void prefault_start(prefault *pf, void *p, size_t n);
bool prefault_join(prefault *pf);

void *arena_alloc(arena *a, size_t n);      /* 8-byte aligned, zeroed */
char *arena_strdup(arena *a, const char *s, size_t n);
bool arena_try_extend(arena *a, void *p, size_t old, size_t new);
void arena_unalloc(arena *a, void *p, size_t n);
void arena_free(arena *a);

void vec_init(vec *v, size_t elem);
void *vec_push(vec *v);                      /* a zeroed new element, or NULL */
void *vec_at(const vec *v, size_t i);
void vec_free(vec *v);

bool buf_grow(buf *b, size_t extra);

/* Room for EXTRA more bytes: false once the buffer has failed.  The test
 * inline, the growing not: a symbol table puts millions of short things. */
static inline bool buf_reserve(buf *b, size_t extra)
{
	return !b->failed && b->cap - b->len >= extra ? true : buf_grow(b, extra);
}

void buf_put(buf *b, const void *p, size_t n);
void buf_put_byte(buf *b, uint8_t c);
void buf_put_be(buf *b, uint64_t v, unsigned width);
void buf_free(buf *b);

/* ---- bytes.c: byte order ------------------------------------------------ */

void put_uint(uint8_t *p, uint64_t v, unsigned width, bool big);
uint64_t get_uint(const uint8_t *p, unsigned width, bool big);

bool is_pow2(uint64_t v);

/* ---- sort.c -------------------------------------------------------------- */

/* Sort the N pairs (KEYS[i], VALS[i]) by key, stable; false when out of
 * memory (nothing moved). */
bool sort_pairs(uint64_t *keys, uint32_t *vals, size_t n);

#endif
