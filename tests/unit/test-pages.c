/* Memory faulted in on a helper thread (src/lib/pages.c) and the threads
 * setting that allows it: a block handed to the helper is resident once
 * it is joined, every byte still zero, its last part step too; an arena
 * that may prefault has its big blocks faulted in without its user
 * touching them, but not a huge one made for one request; with one
 * thread nothing is.  An image's bytes are the same either way, in memory and in
 * a file (whose tables, past 1 MiB, another thread writes). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "helpers.h"
#include "engine/engine.h"

enum { MIB = 1024 * 1024 };

/* The pages holding any of the N bytes at P: their count, and how many
 * are resident. */
static size_t pages_of(const void *p, size_t n, size_t *resident)
{
	uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
	uintptr_t start = (uintptr_t)p & ~(page - 1);
	uintptr_t end = ((uintptr_t)p + n + page - 1) & ~(page - 1);
	size_t pages = (end - start) / page, in = 0;
	unsigned char *v = malloc(pages);
	assert_non_null(v);
	assert_int_equal(mincore((void *)start, end - start, v), 0);
	for (size_t i = 0; i < pages; i++)
		in += v[i] & 1;
	free(v);
	*resident = in;
	return pages;
}

static size_t resident_pages(const void *p, size_t n)
{
	size_t in;
	pages_of(p, n, &in);
	return in;
}

static size_t page_count(const void *p, size_t n)
{
	size_t in;
	return pages_of(p, n, &in);
}

/* Does this kernel (and this C library) fault pages in on request? */
static bool kernel_populates(void)
{
#ifdef MADV_POPULATE_WRITE
	size_t page = (size_t)sysconf(_SC_PAGESIZE);
	void *p = mmap(NULL, page, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	assert_true(p != MAP_FAILED);
	int r = madvise(p, page, MADV_POPULATE_WRITE);
	munmap(p, page);
	return r == 0;
#else
	return false;
#endif
}

static bool all_zero(const uint8_t *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (p[i])
			return false;
	return true;
}

static void prefault_makes_a_block_resident(void **state)
{
	(void)state;
	if (!kernel_populates())
		skip();
	size_t n = 8 * MIB;
	for (int huge = 0; huge < 2; huge++) {
		uint8_t *p = pages_alloc(n, huge);
		assert_non_null(p);
		assert_int_equal(resident_pages(p, n), 0);
		prefault pf = { .running = false };
		prefault_start(&pf, p, n);
		assert_true(prefault_join(&pf));
		assert_int_equal(resident_pages(p, n), page_count(p, n));
		assert_true(all_zero(p, n));
		pages_free(p, n);
	}
}

/* A block that is not a whole number of the helper's steps: the last,
 * short step is faulted in too. */
static void prefault_takes_the_last_part_step(void **state)
{
	(void)state;
	if (!kernel_populates())
		skip();
	size_t n = 5 * MIB + 3 * (size_t)sysconf(_SC_PAGESIZE);
	uint8_t *p = pages_alloc(n, false);
	assert_non_null(p);
	prefault pf = { .running = false };
	prefault_start(&pf, p, n);
	assert_true(prefault_join(&pf));
	assert_int_equal(resident_pages(p, n), page_count(p, n));
	pages_free(p, n);
}

/* Wait (at most ten seconds) for the N bytes at P to be resident. */
static size_t settle(const void *p, size_t n)
{
	struct timespec ms = { 0, 1000000 };
	size_t in = resident_pages(p, n);
	for (int i = 0; i < 10000 && in < page_count(p, n); i++) {
		nanosleep(&ms, NULL);
		in = resident_pages(p, n);
	}
	return in;
}

static void arena_prefaults_big_blocks(void **state)
{
	(void)state;
	if (!kernel_populates())
		skip();
	arena a = { .prefault = true };
	size_t n = 6 * MIB;
	uint8_t *p = arena_alloc(&a, n);
	assert_non_null(p);
	assert_int_equal(settle(p, n), page_count(p, n));
	assert_true(all_zero(p, n));
	arena_free(&a);
}

/* A request bigger than any array of a link is left to fault in as its
 * user writes it: a zero run of gigabytes is never touched. */
static void arena_leaves_a_huge_request_alone(void **state)
{
	(void)state;
	arena a = { .prefault = true };
	size_t n = 96 * MIB;
	uint8_t *p = arena_alloc(&a, n);
	assert_non_null(p);
	struct timespec pause = { 0, 50 * 1000000 };
	nanosleep(&pause, NULL);
	assert_true(resident_pages(p, n) < page_count(p, n) / 8);
	assert_true(all_zero(p, 4096) && all_zero(p + n - 4096, 4096));
	arena_free(&a);
}

static void arena_without_prefault_leaves_pages_alone(void **state)
{
	(void)state;
	arena a = { .prefault = false };
	size_t n = 6 * MIB;
	uint8_t *p = arena_alloc(&a, n);
	assert_non_null(p);
	/* only the page holding the block's header has been written */
	assert_true(resident_pages(p, n) < page_count(p, n) / 2);
	arena_free(&a);
}

/* Enough names and bytes that the image's arenas and name table get
 * blocks of their own pages and its symbol table passes 1 MiB; the file
 * p9ld_write_file makes must be the bytes p9ld_write_mem gives. */
static uint8_t *big_image(int threads, size_t *len)
{
	diags d;
	p9ld_image *img = image_for("amd64", &d);
	if (threads)
		assert_int_equal(p9ld_set_threads(img, threads), 0);
	p9ld_set_got_policy(img, P9LD_GOT_NONE);
	assert_int_equal(p9ld_set_entry(img, "f0", nowhere), 0);
	char nm[32];
	for (int i = 0; i < 60000; i++) {
		snprintf(nm, sizeof nm, i ? "function_%d" : "f0", i);
		p9ld_atom *a = atom(img, P9LD_TEXT, nm, 1, 0);
		bytes(img, a, "e8");
		int to = (i * 7919 + 1) % 60000;
		snprintf(nm, sizeof nm, to ? "function_%d" : "f0", to);
		assert_int_equal(p9ld_emit_pcrel(img, a, p9ld_expr_name(img, nm, at(1, 1)),
						 4, at(1, 1)), 0);
	}
	uint8_t *bytes = link_ok(img, &d, len);
	p9ld_info info;
	assert_int_equal(p9ld_get_info(img, &info), 0);
	assert_true(info.syms_size > 1024 * 1024);
	file_is(img, bytes, *len);
	p9ld_image_free(img);
	return bytes;
}

static void threads_change_no_byte(void **state)
{
	(void)state;
	size_t n1, n2;
	uint8_t *one = big_image(1, &n1), *two = big_image(0, &n2);
	assert_int_equal(n1, n2);
	assert_memory_equal(one, two, n1);
	free(one);
	free(two);
}

/* The file sink writes at most a bounded number of bytes a call: pieces
 * of several such writes (a 3 MiB atom, a 5 MiB one borrowed), cut
 * between calls, each after staged small ones and alignment padding,
 * must come out as the memory sink has them. */
static void pieces_bigger_than_one_write(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = image_for("amd64", &d);
	p9ld_set_got_policy(img, P9LD_GOT_NONE);
	assert_int_equal(p9ld_set_entry(img, "t0", nowhere), 0);
	size_t big = 3 * 1024 * 1024 + 5, borrowed = 5 * 1024 * 1024 + 3;
	uint8_t *pattern = malloc(borrowed);
	assert_non_null(pattern);
	for (size_t i = 0; i < borrowed; i++)
		pattern[i] = (uint8_t)(i * 131 + (i >> 12));
	char nm[32];
	for (int i = 0; i < 40; i++) {
		snprintf(nm, sizeof nm, "t%d", i);
		bytes(img, atom(img, P9LD_TEXT, nm, 1, 0), "90 c3 90");
		snprintf(nm, sizeof nm, "d%d", i);
		p9ld_atom *a = atom(img, P9LD_DATA, nm, i % 3 ? 1 : 4096, 0);
		if (i == 7)
			assert_int_equal(p9ld_emit_bytes(img, a, pattern + 11, big, at(1, 1)), 0);
		else if (i == 23)
			assert_int_equal(p9ld_emit_borrowed(img, a, pattern, borrowed, at(1, 1)), 0);
		else
			bytes(img, a, "01 02 03 04 05");
	}
	size_t len;
	uint8_t *want = link_ok(img, &d, &len);
	assert_true(len > big + borrowed);
	file_is(img, want, len);
	p9ld_image_free(img);
	free(want);
	free(pattern);
}

static void threads_must_be_positive(void **state)
{
	(void)state;
	diags d;
	p9ld_image *img = image_for("amd64", &d);
	assert_int_equal(p9ld_set_threads(img, 0), -1);
	assert_int_equal(p9ld_set_threads(img, -2), -1);
	assert_int_equal(p9ld_set_threads(img, 1), 0);
	assert_int_equal(p9ld_set_threads(img, 8), 0);
	p9ld_image_free(img);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(prefault_makes_a_block_resident),
		cmocka_unit_test(prefault_takes_the_last_part_step),
		cmocka_unit_test(arena_prefaults_big_blocks),
		cmocka_unit_test(arena_leaves_a_huge_request_alone),
		cmocka_unit_test(arena_without_prefault_leaves_pages_alone),
		cmocka_unit_test(threads_change_no_byte),
		cmocka_unit_test(pieces_bigger_than_one_write),
		cmocka_unit_test(threads_must_be_positive),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
