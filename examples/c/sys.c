/*
 * The system calls, C side: each lays its arguments out as the Plan 9
 * kernel reads them from the user stack (one word per int or pointer,
 * eight bytes per vlong, in order, in the arch's byte order) and hands
 * the block to _trap, the arch's few instructions of assembly, which
 * copies it to where the kernel looks and traps.
 */
#include "libc9.h"

enum {
	CLOSE = 4, EXITS = 8, OPEN = 14, CREATE = 22, BRK_ = 24, SEEK = 39,
	ERRSTR = 41, PREAD = 50, PWRITE = 51, NSEC = 53,
};

/* The largest block, seek's on a 64-bit arch or pwrite's, fits; _trap
 * always copies all of it. */
typedef struct Args {
	vlong w[5];
	int n;
} Args;

intptr _trap(int num, const Args *a);

static void word(Args *a, intptr v)
{
	memcpy((char *)a->w + a->n, &v, sizeof v);
	a->n += sizeof v;
}

static void vword(Args *a, vlong v)
{
	memcpy((char *)a->w + a->n, &v, sizeof v);
	a->n += sizeof v;
}

long pwrite(int fd, const void *buf, long n, vlong offset)
{
	Args a = { { 0 }, 0 };
	word(&a, fd);
	word(&a, (intptr)buf);
	word(&a, n);
	vword(&a, offset);
	return _trap(PWRITE, &a);
}

long pread(int fd, void *buf, long n, vlong offset)
{
	Args a = { { 0 }, 0 };
	word(&a, fd);
	word(&a, (intptr)buf);
	word(&a, n);
	vword(&a, offset);
	return _trap(PREAD, &a);
}

int open(const char *name, int mode)
{
	Args a = { { 0 }, 0 };
	word(&a, (intptr)name);
	word(&a, mode);
	return _trap(OPEN, &a);
}

int create(const char *name, int mode, uint perm)
{
	Args a = { { 0 }, 0 };
	word(&a, (intptr)name);
	word(&a, mode);
	word(&a, (int)perm);
	return _trap(CREATE, &a);
}

int close(int fd)
{
	Args a = { { 0 }, 0 };
	word(&a, fd);
	return _trap(CLOSE, &a);
}

/* The kernel writes the new offset through its first argument. */
vlong seek(int fd, vlong offset, int type)
{
	vlong at = -1;
	Args a = { { 0 }, 0 };
	word(&a, (intptr)&at);
	word(&a, fd);
	vword(&a, offset);
	word(&a, type);
	if (_trap(SEEK, &a) < 0)
		return -1;
	return at;
}

void exits(const char *msg)
{
	Args a = { { 0 }, 0 };
	word(&a, (intptr)msg);
	_trap(EXITS, &a);
	for (;;)
		;
}

/* brk_(0) answers the heap's base. */
intptr brk_(void *addr)
{
	Args a = { { 0 }, 0 };
	word(&a, (intptr)addr);
	return _trap(BRK_, &a);
}

int errstr(char *buf, uint n)
{
	Args a = { { 0 }, 0 };
	word(&a, (intptr)buf);
	word(&a, (int)n);
	return _trap(ERRSTR, &a);
}

/* A 64-bit kernel answers the time in the result register; a 32-bit one
 * writes it through the argument (Plan 9's compilers return a vlong
 * through a pointer on those archs). */
vlong _nsec(void)
{
	vlong t = -1;
	Args a = { { 0 }, 0 };
	if (sizeof(intptr) == 8)
		return _trap(NSEC, &a);
	word(&a, (intptr)&t);
	if (_trap(NSEC, &a) < 0)
		return -1;
	return t;
}
