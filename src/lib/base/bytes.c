/* Byte order: every multi-byte field the engine writes goes through here.
 * A word of 2, 4 or 8 bytes is moved whole and swapped when the host's
 * order is not the one asked for; any other width a byte at a time. */
#include <string.h>

#include "base/base.h"

static bool host_big(void)
{
	return __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__;
}

void put_uint(uint8_t *p, uint64_t v, unsigned width, bool big)
{
	bool swap = big != host_big();
	switch (width) {
	case 2: {
		uint16_t w = (uint16_t)v;
		w = swap ? __builtin_bswap16(w) : w;
		memcpy(p, &w, 2);
		return;
	}
	case 4: {
		uint32_t w = (uint32_t)v;
		w = swap ? __builtin_bswap32(w) : w;
		memcpy(p, &w, 4);
		return;
	}
	case 8:
		v = swap ? __builtin_bswap64(v) : v;
		memcpy(p, &v, 8);
		return;
	}
	for (unsigned i = 0; i < width; i++) {
		unsigned shift = 8 * (big ? width - 1 - i : i);
		p[i] = (uint8_t)(v >> shift);
	}
}

uint64_t get_uint(const uint8_t *p, unsigned width, bool big)
{
	bool swap = big != host_big();
	switch (width) {
	case 2: {
		uint16_t w;
		memcpy(&w, p, 2);
		return swap ? __builtin_bswap16(w) : w;
	}
	case 4: {
		uint32_t w;
		memcpy(&w, p, 4);
		return swap ? __builtin_bswap32(w) : w;
	}
	case 8: {
		uint64_t w;
		memcpy(&w, p, 8);
		return swap ? __builtin_bswap64(w) : w;
	}
	}
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
