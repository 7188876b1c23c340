/* The name hash (src/lib/names.c): it reads only the name's bytes, whatever
 * their length; it is never 0 (an empty slot); and names that differ in
 * one byte, like f1, f2, ..., spread over the table's slots instead of
 * clustering, which linear probing would punish.  And the table: two
 * names of one hash are two names, and doubled where it stands, it still
 * finds every name. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "engine/engine.h"

/* Each length from 0 to 64 in a buffer of exactly that size: under
 * AddressSanitizer or valgrind a read past the end fails the test. */
static void reads_only_the_name(void **state)
{
	(void)state;
	for (size_t n = 0; n <= 64; n++) {
		char *s = malloc(n ? n : 1);
		assert_non_null(s);
		memset(s, 'a' + (int)(n % 26), n);
		uint32_t h = name_hash(s, n);
		assert_true(h & 0x80000000u);
		if (n) {
			s[n - 1] ^= 1;   /* the last byte counts */
			assert_true(name_hash(s, n) != h);
			s[0] ^= 1;       /* and the first */
			s[n - 1] ^= 1;
			assert_true(name_hash(s, n) != h);
		}
		free(s);
	}
}

/* name_equal reads words: each length from 0 to 40, in buffers of
 * exactly that size, equal, and unequal by a byte anywhere. */
static void equal_reads_every_byte(void **state)
{
	(void)state;
	for (size_t n = 0; n <= 40; n++) {
		char *a = malloc(n ? n : 1), *b = malloc(n ? n : 1);
		assert_non_null(a);
		assert_non_null(b);
		for (size_t i = 0; i < n; i++)
			a[i] = b[i] = (char)('a' + i % 26);
		assert_true(name_equal(a, b, n));
		for (size_t i = 0; i < n; i++) {
			b[i] ^= 0x20;
			assert_false(name_equal(a, b, n));
			b[i] ^= 0x20;
		}
		free(a);
		free(b);
	}
}

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return (x > y) - (x < y);
}

/* 100,000 names of one pattern in a table of 2^18 slots: the slots they
 * start from are about as many as random hashes would give (1 - e^-0.38
 * of the table: 82,000), and about as few pairs share a whole hash (31
 * random bits: 2.3 pairs expected). */
static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return (x > y) - (x < y);
}

static void similar_names_spread(void **state)
{
	(void)state;
	enum { N = 100000, SLOTS = 1 << 18 };
	uint32_t *h = malloc(N * sizeof *h);
	uint8_t *used = calloc(SLOTS, 1);
	assert_non_null(h);
	assert_non_null(used);
	char nm[32];
	size_t distinct_slots = 0;
	for (int i = 0; i < N; i++) {
		int n = snprintf(nm, sizeof nm, "fn_%07d", i);
		h[i] = name_hash(nm, (size_t)n);
		uint32_t slot = h[i] & (SLOTS - 1);
		distinct_slots += !used[slot];
		used[slot] = 1;
	}
	assert_true(distinct_slots > 80000);
	qsort(h, N, sizeof *h, cmp_u32);
	int same = 0;
	for (int i = 1; i < N; i++)
		same += h[i] == h[i - 1];
	assert_true(same <= 12);
	free(h);
	free(used);
}

/* Two names of one length and one whole hash (found among fn_0000000,
 * fn_0000001, ...: a slot keeps only the hash and length) are two names,
 * each found as itself. */
static void same_hash_two_names(void **state)
{
	(void)state;
	enum { N = 300000 };
	uint64_t *h = malloc(N * sizeof *h);
	assert_non_null(h);
	char nm[32], other[32];
	for (uint32_t i = 0; i < N; i++) {
		int n = snprintf(nm, sizeof nm, "fn_%07u", i);
		h[i] = (uint64_t)name_hash(nm, (size_t)n) << 32 | i;
	}
	qsort(h, N, sizeof *h, cmp_u64);
	size_t k = 1;
	while (k < N && h[k] >> 32 != h[k - 1] >> 32)
		k++;
	assert_true(k < N);      /* 31 bits, 300,000 names: about 21 pairs */
	snprintf(nm, sizeof nm, "fn_%07u", (unsigned)(h[k - 1] & 0xffffffffu));
	snprintf(other, sizeof other, "fn_%07u", (unsigned)(h[k] & 0xffffffffu));
	free(h);
	diags d;
	p9ld_image *img = image_for("amd64", &d);
	name *a = names_intern(img, nm, strlen(nm));
	name *b = names_intern(img, other, strlen(other));
	assert_non_null(a);
	assert_non_null(b);
	assert_ptr_not_equal(a, b);
	assert_string_equal(b->str, other);
	assert_ptr_equal(names_find(img, nm, strlen(nm)), a);
	assert_ptr_equal(names_find(img, other, strlen(other)), b);
	assert_ptr_equal(names_intern(img, other, strlen(other)), b);
	p9ld_image_free(img);
}

/* Every slot's name is reachable from its home: no empty slot lies
 * between the two, which linear probing needs. */
static void assert_probes_reach(const name_table *t)
{
	size_t mask = t->cap - 1;
	for (size_t i = 0; i < t->cap; i++) {
		if (!t->slots[i].hash)
			continue;
		for (size_t j = t->slots[i].hash & mask; j != i; j = (j + 1) & mask)
			assert_true(t->slots[j].hash != 0);
	}
}

/* A table of 2^16 slots, with names whose homes are its last four slots
 * (their run wraps round to its start), doubles into the room mapped
 * behind it: the slots do not move, every name is still found, once. */
static void table_doubles_in_place(void **state)
{
	(void)state;
	enum { CAP = 1 << 16, FULL = CAP / 2, WRAPPING = 8 };   /* at most half full */
	diags d;
	p9ld_image *img = image_for("amd64", &d);
	p9ld_set_threads(img, 1);
	char nm[32];
	name **kept = malloc(FULL * sizeof *kept);
	assert_non_null(kept);
	size_t n = 0;
	for (unsigned i = 0; n < WRAPPING; i++) {
		int len = snprintf(nm, sizeof nm, "w%u", i);
		if ((name_hash(nm, (size_t)len) & (CAP - 1)) >= CAP - 4)
			kept[n++] = names_intern(img, nm, (size_t)len);
	}
	const name_table *t = &img->names;
	for (unsigned i = 0; t->count < FULL; i++) {   /* the image has a few names */
		int len = snprintf(nm, sizeof nm, "f%u", i);
		kept[n++] = names_intern(img, nm, (size_t)len);
	}
	assert_int_equal(t->cap, CAP);
	assert_true(t->slots[0].hash && t->slots[CAP - 1].hash);   /* wrapped */
	const name_slot *before = t->slots;
	bool room = t->mapped >= 2 * CAP * sizeof *t->slots;
	name *one_more = names_intern(img, "one_more", 8);
	assert_int_equal(t->cap, 2 * CAP);
	if (room)
		assert_ptr_equal(t->slots, before);
	assert_int_equal(t->count, FULL + 1);
	assert_probes_reach(t);
	for (size_t k = 0; k < n; k++)
		assert_ptr_equal(names_find(img, kept[k]->str, kept[k]->len), kept[k]);
	assert_ptr_equal(names_intern(img, "one_more", 8), one_more);
	assert_int_equal(t->count, FULL + 1);
	free(kept);
	p9ld_image_free(img);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(reads_only_the_name),
		cmocka_unit_test(equal_reads_every_byte),
		cmocka_unit_test(similar_names_spread),
		cmocka_unit_test(same_hash_two_names),
		cmocka_unit_test(table_doubles_in_place),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
