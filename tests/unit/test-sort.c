/* sort_pairs (src/lib/base/sort.c), the radix sort that puts an object's
 * symbols in address order: the keys come out ascending and each value
 * stays with its key; equal keys keep their order (the symbol table's
 * order breaks ties, so a link's bytes do not depend on the sort); keys
 * that differ only in high digits, or only in low ones, or not at all,
 * sort as well as random ones, and so do keys in order already, keys
 * in order but for the first or the last, and keys below 2^32 (moved
 * with their values as one word). */
#include <stdlib.h>

#include "helpers.h"
#include "base/base.h"

/* a reference: insertion by a stable comparison sort of (key, index) */
typedef struct pair {
	uint64_t key;
	uint32_t val;
} pair;

static int by_key_then_val(const void *a, const void *b)
{
	const pair *x = a, *y = b;
	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return x->val < y->val ? -1 : x->val > y->val;
}

static uint64_t next(uint64_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 7;
	*s ^= *s << 17;
	return *s;
}

/* Sort N keys made by MAKE from a random word, with values 0..N-1 (so
 * the reference's tie-break by value is the stable order), and compare. */
static void check(size_t n, uint64_t (*make)(uint64_t, size_t))
{
	uint64_t *keys = malloc((n ? n : 1) * sizeof *keys);
	uint32_t *vals = malloc((n ? n : 1) * sizeof *vals);
	pair *want = malloc((n ? n : 1) * sizeof *want);
	assert_non_null(keys);
	assert_non_null(vals);
	assert_non_null(want);
	uint64_t seed = 0x9e3779b97f4a7c15u + n;
	for (size_t i = 0; i < n; i++) {
		keys[i] = make(next(&seed), i);
		vals[i] = (uint32_t)i;
		want[i] = (pair){ keys[i], (uint32_t)i };
	}
	qsort(want, n, sizeof *want, by_key_then_val);
	assert_true(sort_pairs(keys, vals, n));
	for (size_t i = 0; i < n; i++) {
		assert_int_equal(keys[i], want[i].key);
		assert_int_equal(vals[i], want[i].val);
	}
	free(keys);
	free(vals);
	free(want);
}

static uint64_t any(uint64_t r, size_t i) { (void)i; return r; }
static uint64_t few(uint64_t r, size_t i) { (void)i; return r % 7; }
/* below 2^32, up to its last value: sorted as one word a pair */
static uint64_t word(uint64_t r, size_t i) { (void)i; return r % 3 ? r >> 32 : UINT32_MAX; }
static uint64_t same(uint64_t r, size_t i) { (void)r; (void)i; return 42; }
static uint64_t high(uint64_t r, size_t i) { (void)i; return (r % 5) << 60 | 0x123; }
static uint64_t descending(uint64_t r, size_t i) { (void)r; return ~(uint64_t)i; }
static uint64_t ascending(uint64_t r, size_t i) { (void)r; return (uint64_t)i << 20 | i / 3; }

/* in order but for the last key, or but for one equal pair's neighbours:
 * the pass that finds keys in order must look at every one */
static uint64_t ascending_but_last(uint64_t r, size_t i)
{
	(void)r;
	return i == 9999 ? 5 : (uint64_t)i * 2;
}

static uint64_t ascending_but_first(uint64_t r, size_t i)
{
	(void)r;
	return i == 0 ? UINT64_MAX : (uint64_t)i;
}

/* an object's symbol keys: section << 33 | offset << 1 | global */
static uint64_t symbol_like(uint64_t r, size_t i)
{
	(void)i;
	return (r % 3 + 1) << 33 | (r >> 8 & 0xffffff) << 1 | (r >> 40 & 1);
}

static void test_small(void **state)
{
	(void)state;
	for (size_t n = 0; n < 40; n++) {
		check(n, any);
		check(n, few);
	}
}

static void test_random(void **state)
{
	(void)state;
	check(100000, any);
	check(100000, symbol_like);
	check(100000, word);
}

static void test_ties_keep_their_order(void **state)
{
	(void)state;
	check(50000, few);
	check(5000, same);
}

static void test_shared_digits(void **state)
{
	(void)state;
	check(20000, high);
	check(20000, descending);
}

static void test_in_order_already(void **state)
{
	(void)state;
	check(30000, ascending);
	check(10000, ascending_but_last);
	check(10000, ascending_but_first);
	check(2, ascending_but_first);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_small),
		cmocka_unit_test(test_random),
		cmocka_unit_test(test_ties_keep_their_order),
		cmocka_unit_test(test_shared_digits),
		cmocka_unit_test(test_in_order_already),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
