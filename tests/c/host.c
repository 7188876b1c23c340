/*
 * The host's side of libc9's print, for building the example programs
 * on the host: C's printf with the same format, so that a Plan 9 run's
 * output can be compared with the host's.
 */
#include <stdarg.h>
#include <stdio.h>

int print(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vprintf(fmt, ap);
	va_end(ap);
	return n;
}
