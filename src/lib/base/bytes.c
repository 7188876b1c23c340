/* Byte order: every multi-byte field the engine writes goes through here. */
#include "base/base.h"

void put_uint(uint8_t *p, uint64_t v, unsigned width, bool big)
{
	for (unsigned i = 0; i < width; i++) {
		unsigned shift = 8 * (big ? width - 1 - i : i);
		p[i] = (uint8_t)(v >> shift);
	}
}

uint64_t get_uint(const uint8_t *p, unsigned width, bool big)
{
	uint64_t v = 0;
	for (unsigned i = 0; i < width; i++) {
		unsigned shift = 8 * (big ? width - 1 - i : i);
		v |= (uint64_t)p[i] << shift;
	}
	return v;
}

bool is_pow2(uint64_t v)
{
	return v && !(v & (v - 1));
}
