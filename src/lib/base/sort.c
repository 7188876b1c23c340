/*
 * Sorting many pairs by a 64-bit key: a stable LSD radix sort, a byte at
 * a time, each pass a counting sort, skipping the bytes every key shares.
 * Linear in the number of pairs: an object's million symbols are put in
 * address order in a few passes over memory, where a comparison sort of
 * their records walked it twenty times.
 */
#include <stdlib.h>
#include <string.h>

#include "base/base.h"

bool sort_pairs(uint64_t *keys, uint32_t *vals, size_t n)
{
	if (n < 2)
		return true;
	uint64_t *tk = malloc(n * sizeof *tk);
	uint32_t *tv = malloc(n * sizeof *tv);
	if (!tk || !tv) {
		free(tk);
		free(tv);
		return false;
	}
	uint64_t all_or = 0, all_and = ~(uint64_t)0;
	for (size_t i = 0; i < n; i++) {
		all_or |= keys[i];
		all_and &= keys[i];
	}
	uint64_t *sk = keys, *dk = tk;
	uint32_t *sv = vals, *dv = tv;
	for (unsigned shift = 0; shift < 64; shift += 8) {
		if (((all_or ^ all_and) >> shift & 0xff) == 0)
			continue;            /* every key has this byte: in order already */
		size_t count[257] = { 0 };
		for (size_t i = 0; i < n; i++)
			count[(sk[i] >> shift & 0xff) + 1]++;
		for (int b = 0; b < 256; b++)
			count[b + 1] += count[b];
		for (size_t i = 0; i < n; i++) {
			size_t to = count[sk[i] >> shift & 0xff]++;
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
