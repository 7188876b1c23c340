/*
 * The Plan 9 system calls p9run serves, on the host's files and standard
 * streams, with the kernel's semantics: arguments read as a block from
 * the user stack (each int or pointer one word, a vlong eight bytes, in
 * the arch's byte order), -1 and an error string on failure, pread and
 * pwrite at the current offset when the offset is -1, errstr swapping
 * strings.  Numbers and names: 9front's sys/src/libc/9syscall/sys.h.
 *
 * Every address a call is given is checked against the memory map before
 * the call does anything on the host, as the kernel's validaddr does: a
 * bad one fails the call with "bad arg in system call" and then ends the
 * process with the note "sys: bad address in syscall" (a pointer to a
 * vlong that is not word aligned: "sys: odd address").  The error strings
 * are 9front's (port/error.h).
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "p9run.h"

static const char Ebadarg[] = "bad arg in system call";
static const char Ebadfd[] = "fd out of range or not open";
static const char Ebadusefd[] = "inappropriate use of fd";
static const char Eisdir[] = "file is a directory";
static const char Enegoff[] = "negative i/o offset";
static const char Enofd[] = "no free file descriptors";
static const char Enovmem[] = "virtual memory allocation failed";
static const char Esoverlap[] = "segments overlap";
static const char Etoolong[] = "name too long";

enum {
	OREAD, OWRITE, ORDWR, OEXEC,
	OTRUNC = 16, OCEXEC = 32, ORCLOSE = 64, OEXCL = 0x1000,
	IO_CHUNK = 64 * 1024,       /* pread and pwrite move this much at a time */
};
#define DMDIR 0x80000000u

static const char *const names[] = {
	"sysr1", "_errstr", "bind", "chdir", "close", "dup", "alarm", "exec",
	"exits", "_fsession", "fauth", "_fstat", "segbrk", "_mount", "open",
	"_read", "oseek", "sleep", "_stat", "rfork", "_write", "pipe",
	"create", "fd2path", "brk_", "remove", "_wstat", "_fwstat", "notify",
	"noted", "segattach", "segdetach", "segfree", "segflush",
	"rendezvous", "unmount", "_wait", "semacquire", "semrelease", "seek",
	"fversion", "errstr", "stat", "fstat", "wstat", "fwstat", "mount",
	"await", NULL, NULL, "pread", "pwrite", "tsemacquire", "_nsec",
};

const char *syscall_name(uint64_t num)
{
	if (num < sizeof names / sizeof names[0] && names[num])
		return names[num];
	return "unknown";
}

/* The arguments of one call: their kinds and values, for the handler and
 * for --trace. */
typedef struct call {
	machine *m;
	uint64_t num;
	const char *kinds;          /* i int, p pointer, s string pointer, v vlong */
	int64_t arg[6];
	char *str[6];               /* the strings of s arguments, once read */
	bool unreadable;            /* the argument block itself is not mapped */
	const char *note;           /* the note that ends the process, or NULL */
	uint64_t bad_addr;          /* what the note is about */
	int64_t bad_len;
} call;

static void set_error(machine *m, const char *msg)
{
	snprintf(m->errstr, sizeof m->errstr, "%s", msg);
}

/* The call fails with Ebadarg, and the note will end the process. */
static bool bad_address(call *c, const char *note, uint64_t addr, int64_t len)
{
	c->note = note;
	c->bad_addr = addr;
	c->bad_len = len;
	set_error(c->m, Ebadarg);
	return false;
}

/* validaddr: LEN bytes at ADDR, writable when WRITE.  A negative length
 * (as the kernel's long) is never valid. */
static bool valid(call *c, uint64_t addr, int64_t len, bool write)
{
	if (len >= 0 && mem_ok(c->m, addr, (uint64_t)len, write))
		return true;
	return bad_address(c, "sys: bad address in syscall", addr, len);
}

/* evenaddr: a vlong pointer must be word aligned. */
static bool even(call *c, uint64_t addr)
{
	return (addr & 3) == 0 || bad_address(c, "sys: odd address", addr, 8);
}

/* The file name argument I, checked as the kernel's validname checks it:
 * in mapped memory up to its NUL, shorter than NAME_MAX9.  NULL when it
 * is not (the call has failed). */
static const char *name_arg(call *c, int i)
{
	uint64_t addr = (uint64_t)c->arg[i];
	if (!valid(c, addr, 1, false))
		return NULL;
	char *s;
	uint64_t bad;
	switch (mem_string(c->m, addr, NAME_MAX9, &s, &bad)) {
	case STR_OK:
		return c->str[i] = s;
	case STR_TOO_LONG:
		free(s);
		set_error(c->m, Etoolong);
		return NULL;
	default:
		bad_address(c, "sys: bad address in syscall", bad, 1);
		return NULL;
	}
}

/* Read the arguments from the user stack, a word each (a vlong eight
 * bytes): an int is the low 32 bits of its word, a pointer all of it. */
static void fetch_args(call *c)
{
	machine *m = c->m;
	unsigned w = m->arch->ptr_size;
	uint64_t base = machine_reg(m, m->cpu->reg_sp) + m->cpu->arg_offset;
	uint64_t total = 0;
	for (int i = 0; c->kinds[i]; i++)
		total += c->kinds[i] == 'v' ? 8 : w;
	if (!valid(c, base, (int64_t)total, false)) {
		c->unreadable = true;
		return;
	}
	uint64_t at = base;
	for (int i = 0; c->kinds[i]; i++) {
		unsigned size = c->kinds[i] == 'v' ? 8 : w;
		uint8_t b[8];
		mem_read(m, at, b, size);
		uint64_t v = word_get(m, b, size);
		c->arg[i] = c->kinds[i] == 'i' ? (int32_t)(uint32_t)v : (int64_t)v;
		at += size;
	}
}

/* Plan 9's words for the host's errors. */
static void set_errno(machine *m, int e)
{
	static const struct { int e; const char *msg; } table[] = {
		{ ENOENT, "file does not exist" },
		{ EACCES, "permission denied" },
		{ EPERM, "permission denied" },
		{ EEXIST, "file already exists" },
		{ EISDIR, Eisdir },
		{ ENOTDIR, "not a directory" },
		{ EBADF, Ebadfd },
		{ ENOSPC, "file system full" },
		{ EINVAL, Ebadarg },
		{ ESPIPE, "seek on a stream" },
		{ ENAMETOOLONG, Etoolong },
		{ EMFILE, Enofd },
		{ ENFILE, Enofd },
	};
	for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
		if (table[i].e == e) {
			set_error(m, table[i].msg);
			return;
		}
	set_error(m, strerror(e));
}

static int host_fd(machine *m, int64_t fd)
{
	if (fd < 0 || fd >= MAX_FDS || m->fds[fd] < 0) {
		set_error(m, Ebadfd);
		return -1;
	}
	return m->fds[fd];
}

static int64_t new_fd(machine *m, int host)
{
	for (int i = 0; i < MAX_FDS; i++)
		if (m->fds[i] < 0) {
			m->fds[i] = host;
			return i;
		}
	close(host);
	set_error(m, Enofd);
	return -1;
}

/* The kernel's openmode: OREAD, OWRITE, ORDWR or OEXEC, with OTRUNC,
 * OCEXEC and ORCLOSE (not kept: the host file stays) and, for create,
 * OEXCL. */
static bool mode_ok(int64_t mode, int64_t extra)
{
	int64_t base = mode & ~(int64_t)(OTRUNC | OCEXEC | ORCLOSE | extra);
	return base >= 0 && base <= OEXEC;
}

static int host_flags(int64_t mode)
{
	int flags = (mode & 3) == OWRITE ? O_WRONLY : (mode & 3) == ORDWR ? O_RDWR : O_RDONLY;
	if (mode & OTRUNC)
		flags |= O_TRUNC;
	if (mode & OEXCL)
		flags |= O_EXCL;
	return flags;
}

typedef int64_t handler(call *c);

/* exits(msg): a message the kernel cannot read ends the process with
 * "invalid exit string"; a long one is cut to ERRMAX - 1 bytes. */
static int64_t sys_exits(call *c)
{
	machine *m = c->m;
	uint64_t addr = (uint64_t)c->arg[0];
	char *s = NULL;
	const char *msg = "";
	uint64_t bad;
	if (addr != 0 && mem_ok(m, addr, 1, false) &&
	    mem_string(m, addr, ERRMAX, &s, &bad) != STR_BAD_ADDRESS)
		msg = c->str[0] = s;
	else if (addr != 0)
		msg = "invalid exit string";
	m->state = EXITED;
	m->exit_status = msg[0] != 0;
	snprintf(m->message, sizeof m->message, "%s", msg);
	uc_emu_stop(m->uc);
	return 0;
}

static int64_t sys_close(call *c)
{
	int h = host_fd(c->m, c->arg[0]);
	if (h < 0)
		return -1;
	c->m->fds[c->arg[0]] = -1;
	if (h > 2 && close(h) != 0) {
		set_errno(c->m, errno);
		return -1;
	}
	return 0;
}

static int64_t sys_open(call *c)
{
	if (!mode_ok(c->arg[1], 0)) {
		set_error(c->m, Ebadarg);
		return -1;
	}
	const char *path = name_arg(c, 0);
	if (!path)
		return -1;
	int h = fs_open(c->m, path, host_flags(c->arg[1]), 0);
	if (h < 0) {
		set_errno(c->m, errno);
		return -1;
	}
	return new_fd(c->m, h);
}

/* create(name, mode, perm): a file, truncated when it exists; with DMDIR
 * in PERM a new directory, opened for reading (only). */
static int64_t sys_create(call *c)
{
	int64_t mode = c->arg[1];
	uint32_t perm = (uint32_t)c->arg[2];
	if (!mode_ok(mode, OEXCL)) {
		set_error(c->m, Ebadarg);
		return -1;
	}
	const char *path = name_arg(c, 0);
	if (!path)
		return -1;
	if ((perm & DMDIR) && (mode & 3) != OREAD && (mode & 3) != OEXEC) {
		set_error(c->m, Eisdir);
		return -1;
	}
	int h = (perm & DMDIR) ? fs_mkdir(c->m, path, perm & 0777)
		: fs_open(c->m, path, host_flags(mode) | O_CREAT | O_TRUNC, perm & 0777);
	if (h < 0) {
		set_errno(c->m, errno);
		return -1;
	}
	return new_fd(c->m, h);
}

/* brk_(addr): the heap ends at ADDR, rounded up to a page, growing or
 * shrinking; 0 asks for its base.  Below the data segment is Enovmem,
 * into the stack Esoverlap; an address between the data segment and the
 * heap's base shrinks the heap to nothing, as the kernel's ibrk does. */
static int64_t sys_brk(call *c)
{
	machine *m = c->m;
	uint64_t addr = (uint64_t)c->arg[0];
	if (addr == 0)
		return (int64_t)m->brk_lo;
	if (addr < m->data_lo) {
		set_error(m, Enovmem);
		return -1;
	}
	uint64_t want = addr < m->brk_lo ? m->brk_lo : (addr + 0xfff) & ~(uint64_t)0xfff;
	if (want > m->stack_lo || want < addr) {
		set_error(m, Esoverlap);
		return -1;
	}
	if (want < m->brk && !mem_unmap(m, want, m->brk)) {
		set_error(m, Enovmem);
		return -1;
	}
	if (want > m->brk && !mem_map(m, m->brk, want, UC_PROT_READ | UC_PROT_WRITE)) {
		set_error(m, Enovmem);
		return -1;
	}
	m->brk = want;
	return 0;
}

/* seek(vlong *ret, int fd, vlong offset, int type) */
static int64_t sys_seek(call *c)
{
	uint64_t ret = (uint64_t)c->arg[0];
	if (!even(c, ret) || !valid(c, ret, 8, true))
		return -1;
	int h = host_fd(c->m, c->arg[1]);
	if (h < 0)
		return -1;
	if (c->arg[3] < 0 || c->arg[3] > 2) {
		set_error(c->m, Ebadarg);
		return -1;
	}
	off_t at = lseek(h, (off_t)c->arg[2], (int)c->arg[3]);
	if (at < 0) {
		if (errno == EINVAL)
			set_error(c->m, Enegoff);
		else
			set_errno(c->m, errno);
		return -1;
	}
	uint8_t b[8];
	word_put(c->m, b, (uint64_t)at, 8);
	mem_write(c->m, ret, b, 8);
	return 0;
}

/* errstr(buf, n): give the caller the current error and take its string
 * as the new one, each cut to N bytes (at most ERRMAX). */
static int64_t sys_errstr(call *c)
{
	machine *m = c->m;
	uint64_t buf = (uint64_t)c->arg[0];
	int64_t n = c->arg[1];
	if (n == 0) {
		set_error(m, Ebadarg);
		return -1;
	}
	if (!valid(c, buf, n, true))
		return -1;
	if (n > ERRMAX)
		n = ERRMAX;
	char theirs[ERRMAX], ours[ERRMAX];
	mem_read(m, buf, theirs, (size_t)n);
	theirs[n - 1] = 0;
	snprintf(ours, (size_t)n, "%s", m->errstr);
	mem_write(m, buf, ours, strlen(ours) + 1);
	snprintf(m->errstr, sizeof m->errstr, "%s", theirs);
	return 0;
}

/* One host read or write of up to IO_CHUNK bytes at OFF (-1: the current
 * offset). */
static ssize_t host_io(int h, void *buf, size_t n, int64_t off, bool writing)
{
	if (writing)
		return off == -1 ? write(h, buf, n) : pwrite(h, buf, n, (off_t)off);
	return off == -1 ? read(h, buf, n) : pread(h, buf, n, (off_t)off);
}

/* pread and pwrite(fd, buf, n, offset): through the bounce buffer a
 * chunk at a time, on while each chunk is done whole (as the kernel's
 * mount driver splits a large read into messages). */
static int64_t transfer(call *c, bool writing)
{
	machine *m = c->m;
	uint64_t buf = (uint64_t)c->arg[1];
	int64_t n = c->arg[2], off = c->arg[3];
	if (!valid(c, buf, n, !writing))
		return -1;
	int h = host_fd(m, c->arg[0]);
	if (h < 0)
		return -1;
	if (off < -1) {
		set_error(m, Enegoff);
		return -1;
	}
	if (!m->iobuf && !(m->iobuf = malloc(IO_CHUNK))) {
		set_error(m, Enovmem);
		return -1;
	}
	int64_t done = 0;
	do {
		size_t want = n - done < IO_CHUNK ? (size_t)(n - done) : IO_CHUNK;
		if (writing)
			mem_read(m, buf + (uint64_t)done, m->iobuf, want);
		ssize_t got = host_io(h, m->iobuf, want, off == -1 ? -1 : off + done, writing);
		if (got < 0) {
			if (done > 0)
				break;
			/* the fd is open, but not for this */
			if (errno == EBADF)
				set_error(m, Ebadusefd);
			else
				set_errno(m, errno);
			return -1;
		}
		if (!writing)
			mem_write(m, buf + (uint64_t)done, m->iobuf, (size_t)got);
		done += got;
		if ((size_t)got < want)
			break;
	} while (done < n);
	return done;
}

static int64_t sys_pread(call *c) { return transfer(c, false); }
static int64_t sys_pwrite(call *c) { return transfer(c, true); }

/* _nsec: the time in the result register on 64-bit archs; on 32-bit ones
 * through the vlong pointer argument, returning 0. */
static int64_t sys_nsec(call *c)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	int64_t ns = (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
	if (c->m->arch->ptr_size == 8)
		return ns;
	uint64_t v = (uint64_t)c->arg[0];
	if (!even(c, v) || !valid(c, v, 8, true))
		return -1;
	uint8_t b[8];
	word_put(c->m, b, (uint64_t)ns, 8);
	mem_write(c->m, v, b, 8);
	return 0;
}

typedef struct syscall_def {
	unsigned num;
	const char *kinds;          /* the arguments, as in call.kinds */
	const char *kinds32;        /* when the 32-bit form differs */
	handler *fn;
} syscall_def;

static const syscall_def calls[] = {
	{ 4, "i", NULL, sys_close },
	{ 8, "s", NULL, sys_exits },
	{ 14, "si", NULL, sys_open },
	{ 22, "sii", NULL, sys_create },
	{ 24, "p", NULL, sys_brk },
	{ 39, "pivi", NULL, sys_seek },
	{ 41, "pi", NULL, sys_errstr },
	{ 50, "ipiv", NULL, sys_pread },
	{ 51, "ipiv", NULL, sys_pwrite },
	{ 53, "", "p", sys_nsec },
};

static void say_call(FILE *f, call *c, int64_t result)
{
	machine *m = c->m;
	fprintf(f, "%s(", syscall_name(c->num));
	for (int i = 0; c->kinds[i]; i++) {
		if (i)
			fputs(", ", f);
		switch (c->kinds[i]) {
		case 's':
			if (c->arg[i] == 0)
				fputs("nil", f);
			else if (c->str[i])
				fprintf(f, "\"%s\"", c->str[i]);
			else
				fprintf(f, "0x%" PRIx64, (uint64_t)c->arg[i]);
			break;
		case 'p':
			fprintf(f, "0x%" PRIx64, (uint64_t)c->arg[i]);
			break;
		default:
			fprintf(f, "%" PRId64, c->arg[i]);
		}
	}
	fprintf(f, ")");
	if (c->num != 8)
		fprintf(f, " = %" PRId64, result);
	if (result == -1 && !c->unreadable)
		fprintf(f, " \"%s\"", m->errstr);
	fputc('\n', f);
}

/* --trace: the call, its arguments and result, as one line handed to the
 * instruction trace, which prints it after the instruction's own line
 * (trace.c). */
static void trace(call *c, int64_t result)
{
	char *line = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&line, &len);
	if (!f) {
		say_call(stderr, c, result);
		return;
	}
	say_call(f, c, result);
	if (fclose(f) != 0) {
		free(line);
		line = NULL;
	}
	trace_note(c->m, line);
}

/* The note ends the process: a fault, naming the address and the call. */
static void post_note(call *c)
{
	machine *m = c->m;
	m->state = FAULT;
	m->fault_pc = m->pc;
	snprintf(m->message, sizeof m->message, "%s (invalid address 0x%" PRIx64 "/%" PRId64
		 " in %s)", c->note, c->bad_addr, c->bad_len, syscall_name(c->num));
	uc_emu_stop(m->uc);
}

void syscall_dispatch(machine *m)
{
	uint64_t num = machine_reg(m, m->cpu->reg_rarg);
	const syscall_def *d = NULL;
	for (size_t i = 0; i < sizeof calls / sizeof calls[0]; i++)
		if (calls[i].num == num)
			d = &calls[i];
	if (!d) {
		m->state = UNSUPPORTED;
		m->fault_pc = m->pc;
		snprintf(m->message, sizeof m->message,
			 "unsupported system call %" PRIu64 " (%s)", num, syscall_name(num));
		uc_emu_stop(m->uc);
		return;
	}
	call c = { .m = m, .num = num };
	c.kinds = m->arch->ptr_size == 4 && d->kinds32 ? d->kinds32 : d->kinds;
	fetch_args(&c);
	int64_t result = c.unreadable ? -1 : d->fn(&c);
	if (m->trace)
		trace(&c, result);
	for (int i = 0; i < 6; i++)
		free(c.str[i]);
	if (c.note) {
		post_note(&c);
		return;
	}
	machine_set_reg(m, m->cpu->reg_ret, (uint64_t)result);
}
