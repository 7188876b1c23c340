/*
 * A tour of what C compilers make of ordinary code: recursion, function
 * pointers and a dispatch table, a switch dense enough to become a jump
 * table, 64-bit multiply, divide and shift (helper calls on 32-bit
 * archs), structs passed, returned and copied by value (memcpy), globals,
 * statics, const tables, bss arrays and string literals.  It prints what
 * it computes with print, which libc9 gives a Plan 9 program and a host
 * build maps to printf: the same source must print the same text on
 * every arch and on the host.
 */
#include "libc9.h"

/* Values the optimiser cannot see through, so that the arithmetic below
 * happens when the program runs, not when it is compiled. */
static uvlong opaque(uvlong v)
{
	volatile uvlong x = v;
	return x;
}

/* ---- recursion ---- */

static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

static int ackermann(int m, int n)
{
	if (m == 0)
		return n + 1;
	if (n == 0)
		return ackermann(m - 1, 1);
	return ackermann(m - 1, ackermann(m, n - 1));
}

static int moves;

static void hanoi(int n, char from, char to, char via)
{
	if (n == 0)
		return;
	hanoi(n - 1, from, via, to);
	if (++moves <= 3)
		print("  move %d: disk %d %c -> %c\n", moves, n, from, to);
	hanoi(n - 1, via, to, from);
}

static void recursion(void)
{
	print("recursion\n");
	print("  fib(%d) = %d\n", 20, fib((int)opaque(20)));
	print("  ackermann(2, 3) = %d\n", ackermann((int)opaque(2), 3));
	hanoi((int)opaque(10), 'a', 'c', 'b');
	print("  hanoi(10): %d moves\n", moves);
}

/* ---- function pointers and a dispatch table ---- */

typedef int binop(int, int);

static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
static int quo(int a, int b) { return b ? a / b : 0; }
static int rem(int a, int b) { return b ? a % b : 0; }
static int max(int a, int b) { return a > b ? a : b; }

static const struct op {
	char sym;
	const char *name;
	binop *fn;
} ops[] = {
	{ '+', "add", add }, { '-', "sub", sub }, { '*', "mul", mul },
	{ '/', "quo", quo }, { '%', "rem", rem }, { 'M', "max", max },
};

static binop *lookup(char sym)
{
	for (unsigned i = 0; i < sizeof ops / sizeof ops[0]; i++)
		if (ops[i].sym == sym)
			return ops[i].fn;
	return nil;
}

/* An expression in reverse Polish, digits and operators. */
static int rpn(const char *s)
{
	int stack[16], n = 0;
	for (; *s; s++) {
		if (*s >= '0' && *s <= '9')
			stack[n++] = *s - '0';
		else if (n >= 2) {
			n--;
			stack[n - 1] = lookup(*s)(stack[n - 1], stack[n]);
		}
	}
	return n ? stack[n - 1] : 0;
}

static void dispatch(void)
{
	int a = (int)opaque(-47), b = (int)opaque(5);
	print("dispatch\n");
	for (unsigned i = 0; i < sizeof ops / sizeof ops[0]; i++)
		print("  %s(%d, %d) = %d\n", ops[i].name, a, b, ops[i].fn(a, b));
	print("  rpn 34+5*92-/ = %d\n", rpn("34+5*92-/"));
	print("  rpn 98M7%%3* = %d\n", rpn("98M7%3*"));
}

/* ---- a dense switch: a jump table ---- */

static const char *weekday(int d)
{
	switch (d) {
	case 0: return "sunday";
	case 1: return "monday";
	case 2: return "tuesday";
	case 3: return "wednesday";
	case 4: return "thursday";
	case 5: return "friday";
	case 6: return "saturday";
	default: return "someday";
	}
}

static uint step(int op, uint acc)
{
	switch (op) {
	case 0: acc += 1; break;
	case 1: acc *= 3; break;
	case 2: acc -= 7; break;
	case 3: acc ^= 0x55; break;
	case 4: acc <<= 2; break;
	case 5: acc >>= 1; break;
	case 6: acc = -acc; break;
	case 7: acc |= 0x100; break;
	case 8: acc &= 0xfff; break;
	case 9: acc += acc / 2; break;
	case 10: acc %= 1000; break;
	case 11: acc = ~acc; break;
	default: acc = 0; break;
	}
	return acc;
}

static void jumps(void)
{
	uint acc = (uint)opaque(1);
	print("switch\n");
	for (int d = 0; d < 9; d += 2)
		print("  day %d is %s\n", d, weekday((int)opaque(d)));
	for (int i = 0; i < 40; i++)
		acc = step((int)opaque(i * 7 % 12), acc);
	print("  acc = %u (%x)\n", acc, acc);
}

/* ---- 64-bit arithmetic ---- */

static uvlong xorshift(uvlong *s)
{
	uvlong x = *s;
	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	return *s = x;
}

static void wide(void)
{
	uvlong f = 1, seed = opaque(0x9e3779b97f4a7c15ull), sum = 0;
	vlong neg = (vlong)opaque((uvlong)-1234567890123ll);
	print("64-bit\n");
	for (int i = 2; i <= 20; i++)
		f *= (uvlong)opaque(i);
	print("  20! = %llu = %llx\n", f, f);
	print("  20! / 1000003 = %llu rem %llu\n", f / opaque(1000003), f % opaque(1000003));
	print("  %lld / 977 = %lld rem %lld\n", neg, neg / (vlong)opaque(977), neg % (vlong)opaque(977));
	print("  %lld / -977 = %lld rem %lld\n", neg, neg / -(vlong)opaque(977), neg % -(vlong)opaque(977));
	for (int i = 0; i < 64; i += 9) {
		int n = (int)opaque(i);
		print("  shift %2d: %llx %llx %llx\n", n, f << n, f >> n, (uvlong)(neg >> n));
	}
	for (int i = 0; i < 1000; i++)
		sum += xorshift(&seed) % opaque(1000000007);
	print("  xorshift sum %llu, last %llx\n", sum, seed);
	print("  product %llx\n", opaque(0xfedcba9876543210ull) * opaque(0x0123456789abcdefull));
	print("  32x32 %llu\n", (uvlong)(uint)opaque(0xfffffffbu) * (uint)opaque(0xfffffff1u));
}

/* ---- structs by value ---- */

typedef struct Point {
	int x, y;
} Point;

typedef struct Shape {
	char name[20];
	Point corner[4];
	vlong area;
	int ncorner;
} Shape;

static Point move(Point p, int dx, int dy)
{
	p.x += dx;
	p.y += dy;
	return p;
}

static vlong area(Shape s)
{
	vlong twice = 0;
	for (int i = 0; i < s.ncorner; i++) {
		Point a = s.corner[i], b = s.corner[(i + 1) % s.ncorner];
		twice += (vlong)a.x * b.y - (vlong)b.x * a.y;
	}
	return (twice < 0 ? -twice : twice) / 2;
}

static Shape shifted(Shape s, int dx, int dy)
{
	for (int i = 0; i < s.ncorner; i++)
		s.corner[i] = move(s.corner[i], dx, dy);
	s.area = area(s);
	s.name[0] = 'S';
	return s;
}

static void structs(void)
{
	Shape sq = { "square", { { 0, 0 }, { 40000, 0 }, { 40000, 40000 }, { 0, 40000 } }, 0, 4 };
	Shape tri = { "triangle", { { 1, 1 }, { 9, 1 }, { 5, 7 } }, 0, 3 };
	Shape copy, moved;
	print("structs\n");
	sq.area = area(sq);
	copy = sq;
	moved = shifted(copy, -5, 12);
	print("  %s area %lld, copy %s area %lld\n", sq.name, sq.area, copy.name, copy.area);
	print("  %s corner 2 at (%d, %d), area %lld\n", moved.name, moved.corner[2].x,
	      moved.corner[2].y, moved.area);
	print("  %s corner 2 still at (%d, %d)\n", sq.name, sq.corner[2].x, sq.corner[2].y);
	tri = shifted(tri, 3, 3);
	print("  %s area %lld, corner 0 (%d, %d)\n", tri.name, tri.area, tri.corner[0].x, tri.corner[0].y);
	print("  copies equal: %d, differ: %d\n", memcmp(&sq, &copy, sizeof sq) == 0,
	      memcmp(&sq, &moved, sizeof sq) != 0);
}

/* ---- globals, statics, const tables, bss ---- */

int calls;                              /* bss */
int primes_wanted = 1000;               /* data */
static unsigned char sieve[1000];       /* bss */
static uint crctab[256];                /* bss, filled at run time */
static const int days_in[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
static const char *const month[12] = {
	"jan", "feb", "mar", "apr", "may", "jun",
	"jul", "aug", "sep", "oct", "nov", "dec",
};

static int counter(void)
{
	static int n = 100;     /* data, private to counter */
	calls++;
	return n += 7;
}

static int count_primes(int limit)
{
	int count = 0;
	for (int i = 2; i < limit; i++) {
		if (sieve[i])
			continue;
		count++;
		for (int j = 2 * i; j < limit; j += i)
			sieve[j] = 1;
	}
	return count;
}

static uint crc32(const char *s, size_t n)
{
	if (crctab[1] == 0)
		for (uint i = 0; i < 256; i++) {
			uint c = i;
			for (int k = 0; k < 8; k++)
				c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
			crctab[i] = c;
		}
	uint c = 0xffffffffu;
	for (size_t i = 0; i < n; i++)
		c = crctab[(c ^ (uchar)s[i]) & 0xff] ^ (c >> 8);
	return c ^ 0xffffffffu;
}

static void storage(void)
{
	int total = 0, last = 0;
	const char *text = "The quick brown fox jumps over the lazy dog";
	print("storage\n");
	for (int i = 0; i < 5; i++)
		last = counter();
	print("  counter: %d after %d calls\n", last, calls);
	print("  %d primes below %d\n", count_primes(primes_wanted), primes_wanted);
	for (int m = 0; m < 12; m++)
		total += days_in[m];
	print("  %d days, %s has %d, %s has %d\n", total, month[1], days_in[1], month[11], days_in[11]);
	print("  crc32 %08x of %d bytes\n", crc32(text, strlen(text)), (int)strlen(text));
}

/* ---- strings ---- */

static void reverse(char *s)
{
	for (size_t i = 0, j = strlen(s); i + 1 < j; i++, j--) {
		char c = s[i];
		s[i] = s[j - 1];
		s[j - 1] = c;
	}
}

static void strings(void)
{
	char buf[64];
	const char *greeting = "hello, plan 9";
	size_t n = strlen(greeting);
	print("strings\n");
	memcpy(buf, greeting, n + 1);
	reverse(buf);
	print("  reversed: %s (%d bytes)\n", buf, (int)n);
	memcpy(buf, "abcdefghij", 11);
	memmove(buf + 2, buf, 6);
	print("  memmove up: %s\n", buf);
	memmove(buf, buf + 4, 6);
	print("  memmove down: %s\n", buf);
	memset(buf + 3, '.', 4);
	print("  memset: %s\n", buf);
	print("  compare: %d %d %d\n", memcmp("abc", "abd", 3) < 0, memcmp("abd", "abc", 3) > 0,
	      memcmp("same", "same", 4));
	print("  [%5d] [%-5d] [%05d] [%x] [%c] [%-6s] [%6s]\n", 42, 42, -42, 0xbeef, 'q', "left", "right");
	print("  [%u] [%d] [%lld] [%llx]\n", 4000000000u, -2147483647 - 1,
	      -9223372036854775807ll - 1, 0x8000000000000000ull);
}

int main(int argc, char **argv)
{
	(void)argv;
	print("tour: %d argument\n", argc);
	recursion();
	dispatch();
	jumps();
	wide();
	structs();
	storage();
	strings();
	return 0;
}
