/*
 * print and friends: the conversions a test program needs, written out
 * as C's printf writes them, so that the same source prints the same
 * bytes here and on a host.  Verbs: d u x c s and %%, with the l and ll
 * sizes, a width, and the - and 0 flags.
 */
#include "libc9.h"

/* Where formatted bytes go: a buffer that print flushes to FD when it
 * fills, and snprint (FD -1) stops filling, keeping room for the NUL. */
typedef struct Out {
	char *buf;
	int len, max;
	int fd;
	int total;
} Out;

static void flush(Out *o)
{
	if (o->fd >= 0 && o->len > 0)
		pwrite(o->fd, o->buf, o->len, -1);
	o->len = 0;
}

static void put(Out *o, char c)
{
	o->total++;
	if (o->fd >= 0 && o->len == o->max)
		flush(o);
	if (o->len < o->max)
		o->buf[o->len++] = c;
}

static void pad(Out *o, int n, char c)
{
	while (n-- > 0)
		put(o, c);
}

/* One conversion's text, padded to its width. */
typedef struct Spec {
	int width;
	int left;       /* the - flag */
	int zero;       /* the 0 flag */
} Spec;

static void field(Out *o, const Spec *sp, const char *sign, const char *s, int n)
{
	int len = (int)strlen(sign) + n;
	if (!sp->left && !sp->zero)
		pad(o, sp->width - len, ' ');
	while (*sign)
		put(o, *sign++);
	if (!sp->left && sp->zero)
		pad(o, sp->width - len, '0');
	for (int i = 0; i < n; i++)
		put(o, s[i]);
	if (sp->left)
		pad(o, sp->width - len, ' ');
}

static void number(Out *o, const Spec *sp, uvlong v, int base, int negative)
{
	char digits[24];
	int i = sizeof digits;
	do {
		digits[--i] = "0123456789abcdef"[v % base];
		v /= base;
	} while (v != 0);
	field(o, sp, negative ? "-" : "", digits + i, (int)sizeof digits - i);
}

/* The argument of an integer verb, by its size (0 int, 1 long, 2 long
 * long), as unsigned bits. */
static uvlong integer(va_list *ap, int size, int is_signed)
{
	if (size == 2)
		return va_arg(*ap, uvlong);
	if (size == 1)
		return is_signed ? (uvlong)va_arg(*ap, long) : va_arg(*ap, ulong);
	return is_signed ? (uvlong)va_arg(*ap, int) : va_arg(*ap, uint);
}

static void convert(Out *o, const Spec *sp, char verb, int size, va_list *ap)
{
	uvlong v;
	char c;
	const char *s;
	switch (verb) {
	case 'd':
		v = integer(ap, size, 1);
		if ((vlong)v < 0)
			number(o, sp, -v, 10, 1);
		else
			number(o, sp, v, 10, 0);
		break;
	case 'u':
		number(o, sp, integer(ap, size, 0), 10, 0);
		break;
	case 'x':
		number(o, sp, integer(ap, size, 0), 16, 0);
		break;
	case 'c':
		c = (char)va_arg(*ap, int);
		field(o, sp, "", &c, 1);
		break;
	case 's':
		s = va_arg(*ap, const char *);
		if (!s)
			s = "(null)";
		field(o, sp, "", s, (int)strlen(s));
		break;
	default:
		put(o, verb);
	}
}

static void format(Out *o, const char *fmt, va_list ap)
{
	va_list args;
	va_copy(args, ap);
	for (const char *p = fmt; *p; p++) {
		if (*p != '%' || p[1] == 0) {
			put(o, *p);
			continue;
		}
		Spec sp = { 0, 0, 0 };
		for (p++; *p == '-' || *p == '0'; p++)
			*(*p == '-' ? &sp.left : &sp.zero) = 1;
		for (; *p >= '0' && *p <= '9'; p++)
			sp.width = sp.width * 10 + (*p - '0');
		int size = 0;
		for (; *p == 'l' && size < 2; p++)
			size++;
		if (*p == 0)
			break;
		convert(o, &sp, *p, size, &args);
	}
	va_end(args);
}

static int fdprint(int fd, const char *fmt, va_list ap)
{
	char buf[256];
	Out o = { buf, 0, sizeof buf, fd, 0 };
	format(&o, fmt, ap);
	flush(&o);
	return o.total;
}

int print(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = fdprint(1, fmt, ap);
	va_end(ap);
	return n;
}

int fprint(int fd, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = fdprint(fd, fmt, ap);
	va_end(ap);
	return n;
}

/* As C's vsnprintf: the length the whole text has, at most N-1 bytes of
 * it and a NUL in BUF. */
int vsnprint(char *buf, int n, const char *fmt, va_list ap)
{
	Out o = { buf, 0, n > 0 ? n - 1 : 0, -1, 0 };
	format(&o, fmt, ap);
	if (n > 0)
		buf[o.len] = 0;
	return o.total;
}

int snprint(char *buf, int n, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vsnprint(buf, n, fmt, ap);
	va_end(ap);
	return r;
}
