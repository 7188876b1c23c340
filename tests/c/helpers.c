/*
 * libc9's arithmetic helpers (examples/c/vlrt.c, and arm's aeabi.c),
 * built for the host and checked against the host's own 64-bit and
 * 32-bit arithmetic on edge values and a pseudo-random stream.  On the
 * 32-bit archs clang calls only some of them (the divides everywhere,
 * the shifts on sparc), so the others are checked here.
 */
#include <stdint.h>
#include <stdio.h>

typedef long long vlong;
typedef unsigned long long uvlong;

vlong __muldi3(vlong, vlong);
vlong __divdi3(vlong, vlong);
vlong __moddi3(vlong, vlong);
uvlong __udivdi3(uvlong, uvlong);
uvlong __umoddi3(uvlong, uvlong);
uvlong __udivmoddi4(uvlong, uvlong, uvlong *);
vlong __divmoddi4(vlong, vlong, vlong *);
vlong __ashldi3(vlong, int);
uvlong __lshrdi3(uvlong, int);
vlong __ashrdi3(vlong, int);
unsigned __aeabi_uidiv(unsigned, unsigned);
int __aeabi_idiv(int, int);
uvlong __aeabi_uidivmod(unsigned, unsigned);
uvlong __aeabi_idivmod(int, int);

static int failures, checks;

static void expect(const char *what, uvlong a, uvlong b, uvlong got, uvlong want)
{
	checks++;
	if (got != want && failures++ < 20)
		printf("%s(%#llx, %#llx) = %#llx, want %#llx\n", what, a, b, got, want);
}

static void pair(uvlong a, uvlong b)
{
	vlong sa = (vlong)a, sb = (vlong)b, r;
	uvlong ur;
	expect("__muldi3", a, b, (uvlong)__muldi3(sa, sb), a * b);
	if (b != 0) {
		expect("__udivdi3", a, b, __udivdi3(a, b), a / b);
		expect("__umoddi3", a, b, __umoddi3(a, b), a % b);
		expect("__udivmoddi4", a, b, __udivmoddi4(a, b, &ur), a / b);
		expect("__udivmoddi4 rem", a, b, ur, a % b);
	}
	if (b != 0 && !(sa == INT64_MIN && sb == -1)) {
		expect("__divdi3", a, b, (uvlong)__divdi3(sa, sb), (uvlong)(sa / sb));
		expect("__moddi3", a, b, (uvlong)__moddi3(sa, sb), (uvlong)(sa % sb));
		expect("__divmoddi4", a, b, (uvlong)__divmoddi4(sa, sb, &r), (uvlong)(sa / sb));
		expect("__divmoddi4 rem", a, b, (uvlong)r, (uvlong)(sa % sb));
	}
	unsigned x = (unsigned)a, y = (unsigned)b;
	int ix = (int)x, iy = (int)y;
	if (y != 0) {
		expect("__aeabi_uidiv", x, y, __aeabi_uidiv(x, y), x / y);
		expect("__aeabi_uidivmod", x, y, __aeabi_uidivmod(x, y),
		       (uvlong)(x % y) << 32 | (x / y));
	}
	if (y != 0 && !(ix == INT32_MIN && iy == -1)) {
		expect("__aeabi_idiv", x, y, (uvlong)__aeabi_idiv(ix, iy), (uvlong)(ix / iy));
		expect("__aeabi_idivmod", x, y, __aeabi_idivmod(ix, iy),
		       (uvlong)(unsigned)(ix % iy) << 32 | (unsigned)(ix / iy));
	}
	int n = (int)(b % 64);
	expect("__ashldi3", a, n, (uvlong)__ashldi3(sa, n), a << n);
	expect("__lshrdi3", a, n, __lshrdi3(a, n), a >> n);
	expect("__ashrdi3", a, n, (uvlong)__ashrdi3(sa, n), (uvlong)(sa >> n));
}

int main(void)
{
	static const uvlong edge[] = {
		0, 1, 2, 3, 7, 10, 0x7f, 0xff, 0xffff, 0x10000, 0x7fffffff,
		0x80000000, 0xffffffff, 0x100000000, 0x123456789, 0x7fffffffffffffff,
		0x8000000000000000, 0xfffffffffffffffe, 0xffffffffffffffff,
		(uvlong)-10, (uvlong)-977, 2432902008176640000,
	};
	enum { N = sizeof edge / sizeof edge[0] };
	uvlong s = 0x9e3779b97f4a7c15;
	for (int i = 0; i < N; i++)
		for (int j = 0; j < N; j++)
			pair(edge[i], edge[j]);
	for (int i = 0; i < 20000; i++) {
		uvlong a, b;
		s ^= s << 13, s ^= s >> 7, s ^= s << 17, a = s;
		s ^= s << 13, s ^= s >> 7, s ^= s << 17, b = s;
		pair(a >> (i % 64), b >> (i / 64 % 64));
	}
	printf("%d checks, %d wrong\n", checks, failures);
	return failures != 0;
}
