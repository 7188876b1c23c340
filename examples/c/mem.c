/*
 * The memory and string functions compilers call on their own (a struct
 * copied by value becomes memcpy, a zeroed array memset).  Byte at a
 * time: plain and right on every arch, aligned or not.  Built with
 * -fno-builtin, so the compiler does not turn these loops back into
 * calls to themselves.
 */
#include "libc9.h"

void *memcpy(void *to, const void *from, size_t n)
{
	uchar *t = to;
	const uchar *f = from;
	while (n-- > 0)
		*t++ = *f++;
	return to;
}

void *memmove(void *to, const void *from, size_t n)
{
	uchar *t = to;
	const uchar *f = from;
	if (t <= f || t >= f + n)
		return memcpy(to, from, n);
	while (n-- > 0)
		t[n] = f[n];
	return to;
}

void *memset(void *p, int c, size_t n)
{
	uchar *s = p;
	while (n-- > 0)
		*s++ = (uchar)c;
	return p;
}

int memcmp(const void *a, const void *b, size_t n)
{
	const uchar *x = a, *y = b;
	for (; n > 0; n--, x++, y++)
		if (*x != *y)
			return *x < *y ? -1 : 1;
	return 0;
}

size_t strlen(const char *s)
{
	const char *e = s;
	while (*e)
		e++;
	return e - s;
}
