/*
 * 64-bit arithmetic for 32-bit archs: what clang calls when an arch has
 * no instruction for a vlong divide (all of them), multiply or shift
 * (some).  Written on 32-bit halves only, with shifts by the constant 32
 * to split and join them, so that no function here makes the compiler
 * call another helper, or itself.  The names and meanings are libgcc's
 * (compiler-rt's); a divide by zero answers 0, as nothing here traps.
 */
#include "libc9.h"

typedef vlong di;
typedef uvlong udi;

static uint hi(udi v) { return (uint)(v >> 32); }
static uint lo(udi v) { return (uint)v; }
static udi join(uint h, uint l) { return (udi)h << 32 | l; }

/* The 64-bit product of two 32-bit numbers, from 16-bit pieces. */
static udi mul32(uint a, uint b)
{
	uint al = a & 0xffff, ah = a >> 16, bl = b & 0xffff, bh = b >> 16;
	uint ll = al * bl, lh = al * bh, hl = ah * bl, hh = ah * bh;
	uint mid = (ll >> 16) + (lh & 0xffff) + (hl & 0xffff);
	return join(hh + (lh >> 16) + (hl >> 16) + (mid >> 16), mid << 16 | (ll & 0xffff));
}

di __muldi3(di a, di b)
{
	udi p = mul32(lo(a), lo(b));
	return (di)join(hi(p) + lo(a) * hi(b) + hi(a) * lo(b), lo(p));
}

di __ashldi3(di a, int n)
{
	uint h = hi(a), l = lo(a);
	if (n == 0)
		return a;
	if (n >= 32)
		return (di)join(l << (n - 32), 0);
	return (di)join(h << n | l >> (32 - n), l << n);
}

udi __lshrdi3(udi a, int n)
{
	uint h = hi(a), l = lo(a);
	if (n == 0)
		return a;
	if (n >= 32)
		return join(0, h >> (n - 32));
	return join(h >> n, l >> n | h << (32 - n));
}

di __ashrdi3(di a, int n)
{
	int h = (int)hi(a);
	uint l = lo(a);
	if (n == 0)
		return a;
	if (n >= 32)
		return (di)join((uint)(h >> 31), (uint)(h >> (n - 32)));
	return (di)join((uint)(h >> n), l >> n | (uint)h << (32 - n));
}

/* Long division, a bit at a time: shifts by one and subtractions, which
 * every arch does in line. */
udi __udivmoddi4(udi n, udi d, udi *rem)
{
	udi q = 0, r = 0;
	if (d == 0) {
		if (rem)
			*rem = 0;
		return 0;
	}
	for (int i = 0; i < 64; i++) {
		r = r << 1 | hi(n) >> 31;
		n <<= 1;
		q <<= 1;
		if (r >= d) {
			r -= d;
			q |= 1;
		}
	}
	if (rem)
		*rem = r;
	return q;
}

/* Signed: the quotient truncated toward zero, the remainder with the
 * dividend's sign, as C's / and %. */
di __divmoddi4(di a, di b, di *rem)
{
	udi ua = a < 0 ? -(udi)a : (udi)a, ub = b < 0 ? -(udi)b : (udi)b, r;
	udi q = __udivmoddi4(ua, ub, &r);
	if (rem)
		*rem = a < 0 ? -(di)r : (di)r;
	return (a < 0) != (b < 0) ? -(di)q : (di)q;
}

udi __udivdi3(udi a, udi b) { return __udivmoddi4(a, b, nil); }

udi __umoddi3(udi a, udi b)
{
	udi r;
	__udivmoddi4(a, b, &r);
	return r;
}

di __divdi3(di a, di b) { return __divmoddi4(a, b, nil); }

di __moddi3(di a, di b)
{
	di r;
	__divmoddi4(a, b, &r);
	return r;
}
