/*
 * Sorting many pairs by a 64-bit key: a stable LSD radix sort, eleven
 * bits at a time.  One read of the keys counts every digit and sees
 * whether they are in order already (an assembler's symbols often are:
 * then nothing moves), digits every key shares are skipped, and each
 * remaining digit is one counting-sort pass.  Linear in the number of
 * pairs: an object's million symbols are put in address order in three
 * passes over memory, where a comparison sort of their records walked it
 * twenty times.  When every key fits in 32 bits (an object's symbol keys
 * do: symorder.c packs them), a pair travels as one word, the key above
 * the value, and each pass moves two thirds of the bytes.
 */
#include <stdlib.h>
#include <string.h>

#include "base/base.h"

enum { DIGIT_BITS = 11, DIGITS = (64 + DIGIT_BITS - 1) / DIGIT_BITS, RADIX = 1 << DIGIT_BITS };

typedef size_t digit_counts[DIGITS][RADIX];

static unsigned digit(uint64_t key, unsigned d)
{
	return (unsigned)(key >> (d * DIGIT_BITS)) & (RADIX - 1);
}

/* Turn digit D's counts into the first slot of each bucket; false when
 * every key has the same digit there (the pass would move nothing). */
static bool bucket_starts(size_t *c, size_t n, unsigned first)
{
	if (c[first] == n)
		return false;
	size_t sum = 0;
	for (unsigned b = 0; b < RADIX; b++) {
		size_t k = c[b];
		c[b] = sum;
		sum += k;
	}
	return true;
}

/* Keys below 2^32: each pair one word, key << 32 | value, sorted by its
 * high half in KEYS itself with one scratch array. */
static bool sort_words(uint64_t *keys, uint32_t *vals, size_t n, digit_counts *count)
{
	uint64_t *tmp = malloc(n * sizeof *tmp);
	if (!tmp)
		return false;
	unsigned first[DIGITS];
	for (unsigned d = 0; d < DIGITS; d++)
		first[d] = digit(keys[0], d);
	for (size_t i = 0; i < n; i++)
		keys[i] = keys[i] << 32 | vals[i];
	uint64_t *src = keys, *dst = tmp;
	for (unsigned d = 0; d < DIGITS; d++) {
		size_t *c = (*count)[d];
		if (!bucket_starts(c, n, first[d]))
			continue;
		for (size_t i = 0; i < n; i++)
			dst[c[digit(src[i] >> 32, d)]++] = src[i];
		uint64_t *t = src;
		src = dst, dst = t;
	}
	for (size_t i = 0; i < n; i++) {
		vals[i] = (uint32_t)src[i];
		keys[i] = src[i] >> 32;
	}
	free(tmp);
	return true;
}

/* Any keys: keys and values in arrays of their own. */
static bool sort_apart(uint64_t *keys, uint32_t *vals, size_t n, digit_counts *count)
{
	uint64_t *tk = malloc(n * sizeof *tk);
	uint32_t *tv = malloc(n * sizeof *tv);
	if (!tk || !tv) {
		free(tk);
		free(tv);
		return false;
	}
	uint64_t *sk = keys, *dk = tk;
	uint32_t *sv = vals, *dv = tv;
	for (unsigned d = 0; d < DIGITS; d++) {
		size_t *c = (*count)[d];
		if (!bucket_starts(c, n, digit(keys[0], d)))
			continue;
		for (size_t i = 0; i < n; i++) {
			size_t to = c[digit(sk[i], d)]++;
			dk[to] = sk[i];
			dv[to] = sv[i];
		}
		uint64_t *k = sk;
		sk = dk, dk = k;
		uint32_t *v = sv;
		sv = dv, dv = v;
	}
	if (sk != keys) {
		memcpy(keys, sk, n * sizeof *keys);
		memcpy(vals, sv, n * sizeof *vals);
	}
	free(tk);
	free(tv);
	return true;
}

bool sort_pairs(uint64_t *keys, uint32_t *vals, size_t n)
{
	if (n < 2)
		return true;
	digit_counts *count = calloc(1, sizeof *count);
	if (!count)
		return false;
	bool in_order = true;
	uint64_t any = 0;                    /* every key's bits */
	for (size_t i = 0; i < n; i++) {
		in_order &= i == 0 || keys[i - 1] <= keys[i];
		any |= keys[i];
		for (unsigned d = 0; d < DIGITS; d++)
			(*count)[d][digit(keys[i], d)]++;
	}
	bool ok = in_order ||              /* a stable sort would move nothing */
		  (any >> 32 == 0 ? sort_words(keys, vals, n, count)
				  : sort_apart(keys, vals, n, count));
	free(count);
	return ok;
}
