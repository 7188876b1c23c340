/*
 * arm: the run-time functions of the ARM EABI that clang calls for what
 * ARMv7-A has no instruction for (divide) and for the memory functions it
 * names its own way.  The 64-bit divides return quotient and remainder
 * in four registers, which C cannot say: arm-divmod.S wraps vlrt.c's
 * functions for those.
 */
#include "libc9.h"

/* Long division of 32-bit numbers, a bit at a time; by zero, 0. */
static uint udiv32(uint n, uint d, uint *rem)
{
	uint q = 0, r = 0;
	for (int i = 0; d != 0 && i < 32; i++) {
		r = r << 1 | n >> 31;
		n <<= 1;
		q <<= 1;
		if (r >= d) {
			r -= d;
			q |= 1;
		}
	}
	*rem = r;
	return q;
}

static int idiv32(int a, int b, int *rem)
{
	uint ua = a < 0 ? -(uint)a : (uint)a, ub = b < 0 ? -(uint)b : (uint)b, r;
	uint q = udiv32(ua, ub, &r);
	*rem = a < 0 ? -(int)r : (int)r;
	return (a < 0) != (b < 0) ? -(int)q : (int)q;
}

uint __aeabi_uidiv(uint n, uint d)
{
	uint r;
	return udiv32(n, d, &r);
}

int __aeabi_idiv(int a, int b)
{
	int r;
	return idiv32(a, b, &r);
}

/* The quotient in r0 and the remainder in r1: a uvlong's two halves. */
uvlong __aeabi_uidivmod(uint n, uint d)
{
	uint r, q = udiv32(n, d, &r);
	return (uvlong)r << 32 | q;
}

uvlong __aeabi_idivmod(int a, int b)
{
	int r, q = idiv32(a, b, &r);
	return (uvlong)(uint)r << 32 | (uint)q;
}

void __aeabi_memcpy(void *to, const void *from, size_t n) { memcpy(to, from, n); }
void __aeabi_memcpy4(void *to, const void *from, size_t n) { memcpy(to, from, n); }
void __aeabi_memcpy8(void *to, const void *from, size_t n) { memcpy(to, from, n); }
void __aeabi_memmove(void *to, const void *from, size_t n) { memmove(to, from, n); }
void __aeabi_memmove4(void *to, const void *from, size_t n) { memmove(to, from, n); }
void __aeabi_memmove8(void *to, const void *from, size_t n) { memmove(to, from, n); }

/* The EABI's memset takes the count before the byte. */
void __aeabi_memset(void *p, size_t n, int c) { memset(p, c, n); }
void __aeabi_memset4(void *p, size_t n, int c) { memset(p, c, n); }
void __aeabi_memset8(void *p, size_t n, int c) { memset(p, c, n); }
void __aeabi_memclr(void *p, size_t n) { memset(p, 0, n); }
void __aeabi_memclr4(void *p, size_t n) { memset(p, 0, n); }
void __aeabi_memclr8(void *p, size_t n) { memset(p, 0, n); }
