/*
 * libc9: the little a C program needs to run as a Plan 9 program, on
 * every arch p9ld links: the system calls p9run serves, the memory and
 * string functions compilers call on their own, and print.  Plan 9's
 * names and types, C's calling convention.
 */
#ifndef LIBC9_H
#define LIBC9_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

typedef long long vlong;
typedef unsigned long long uvlong;
typedef unsigned char uchar;
typedef unsigned int uint;
typedef unsigned long ulong;
typedef intptr_t intptr;
typedef uintptr_t uintptr;

#define nil ((void *)0)

/* open and create modes; create's perm DMDIR makes a directory */
enum { OREAD, OWRITE, ORDWR, OEXEC, OTRUNC = 16, OEXCL = 0x1000 };
#define DMDIR 0x80000000u
#define ERRMAX 128

/* The system calls: -1 and an error string (errstr) on failure. */
long pwrite(int fd, const void *buf, long n, vlong offset);
long pread(int fd, void *buf, long n, vlong offset);
int open(const char *name, int mode);
int create(const char *name, int mode, uint perm);
int close(int fd);
vlong seek(int fd, vlong offset, int type);
void exits(const char *msg) __attribute__((noreturn));
intptr brk_(void *addr);
int errstr(char *buf, uint n);
vlong _nsec(void);

/* What compilers call on their own, and what every program needs. */
void *memcpy(void *to, const void *from, size_t n);
void *memmove(void *to, const void *from, size_t n);
void *memset(void *p, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);

/* print: %d %u %x %s %c and %ld %lu %lx %lld %llu %llx, a width and the
 * 0 and - flags, %%; what it prints is what C's printf prints. */
int print(const char *fmt, ...);
int fprint(int fd, const char *fmt, ...);
int snprint(char *buf, int n, const char *fmt, ...);
int vsnprint(char *buf, int n, const char *fmt, va_list ap);

#endif
