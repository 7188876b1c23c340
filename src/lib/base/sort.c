/*
 * Sorting many pairs by a 64-bit key: a stable LSD radix sort, eleven
 * bits at a time.  One read of the keys counts every digit, digits every
 * key shares are skipped, and each remaining digit is one counting-sort
 * pass.  Linear in the number of pairs: an object's million symbols
 * (keys of a section, an offset below 2^25 and a bit) are put in address
 * order in three passes over memory, where a comparison sort of their
 * records walked it twenty times.
 */
#include <stdlib.h>
#include <string.h>

#include "base/base.h"

enum { DIGIT_BITS = 11, DIGITS = (64 + DIGIT_BITS - 1) / DIGIT_BITS, RADIX = 1 << DIGIT_BITS };

static unsigned digit(uint64_t key, unsigned d)
{
	return (unsigned)(key >> (d * DIGIT_BITS)) & (RADIX - 1);
}

bool sort_pairs(uint64_t *keys, uint32_t *vals, size_t n)
{
	if (n < 2)
		return true;
	size_t (*count)[RADIX] = calloc(DIGITS, sizeof *count);
	uint64_t *tk = malloc(n * sizeof *tk);
	uint32_t *tv = malloc(n * sizeof *tv);
	if (!count || !tk || !tv) {
		free(count);
		free(tk);
		free(tv);
		return false;
	}
	for (size_t i = 0; i < n; i++)
		for (unsigned d = 0; d < DIGITS; d++)
			count[d][digit(keys[i], d)]++;
	uint64_t *sk = keys, *dk = tk;
	uint32_t *sv = vals, *dv = tv;
	for (unsigned d = 0; d < DIGITS; d++) {
		size_t *c = count[d];
		if (c[digit(keys[0], d)] == n)
			continue;            /* every key has this digit: in order already */
		size_t sum = 0;
		for (unsigned b = 0; b < RADIX; b++) {
			size_t k = c[b];
			c[b] = sum;
			sum += k;
		}
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
	free(count);
	free(tk);
	free(tv);
	return true;
}
