/*
 * The Plan 9 system calls p9run serves, on the host's files and standard
 * streams, with the kernel's semantics: arguments read as a block from
 * the user stack (each int or pointer one word, a vlong eight bytes, in
 * the arch's byte order), -1 and an error string on failure, pread and
 * pwrite at the current offset when the offset is -1, errstr swapping
 * strings.  Numbers and names: 9front's sys/src/libc/9syscall/sys.h.
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
	bool bad_address;           /* an argument could not be read */
	char str[2][512];           /* the strings of s arguments, for the trace */
} call;

static int64_t read_word(machine *m, uint64_t addr, unsigned size, bool *ok)
{
	uint8_t b[8];
	if (!mem_read(m, addr, b, size)) {
		*ok = false;
		return 0;
	}
	uint64_t v = word_get(m, b, size);
	if (size == 4)
		return (int32_t)v;
	return (int64_t)v;
}

static void write_word(machine *m, uint64_t addr, uint64_t v, unsigned size, bool *ok)
{
	uint8_t b[8];
	word_put(m, b, v, size);
	if (!mem_write(m, addr, b, size))
		*ok = false;
}

/* Read a NUL-terminated string of at most SIZE-1 bytes at ADDR. */
static bool read_string(machine *m, uint64_t addr, char *buf, size_t size)
{
	for (size_t i = 0; i + 1 < size; i++) {
		if (!mem_read(m, addr + i, &buf[i], 1))
			return false;
		if (buf[i] == 0)
			return true;
	}
	buf[size - 1] = 0;
	return true;
}

static void fetch_args(call *c)
{
	machine *m = c->m;
	unsigned w = m->arch->ptr_size;
	uint64_t at = machine_reg(m, m->cpu->reg_sp) + m->cpu->arg_offset;
	bool ok = true;
	int strings = 0;
	for (int i = 0; c->kinds[i]; i++) {
		unsigned size = c->kinds[i] == 'v' ? 8 : w;
		c->arg[i] = read_word(m, at, size, &ok);
		if (c->kinds[i] == 'i' && w == 8)
			c->arg[i] = (int32_t)c->arg[i];
		if (c->kinds[i] == 'p' || c->kinds[i] == 's')
			c->arg[i] = (int64_t)((uint64_t)c->arg[i] & (w == 4 ? 0xffffffffu : ~0ull));
		if (c->kinds[i] == 's' && c->arg[i] != 0 && strings < 2 &&
		    !read_string(m, (uint64_t)c->arg[i], c->str[strings++], sizeof c->str[0]))
			ok = false;
		at += size;
	}
	c->bad_address = !ok;
}

static void set_error(machine *m, const char *msg)
{
	snprintf(m->errstr, sizeof m->errstr, "%s", msg);
}

/* Plan 9's words for the host's errors. */
static void set_errno(machine *m, int e)
{
	static const struct { int e; const char *msg; } table[] = {
		{ ENOENT, "file does not exist" },
		{ EACCES, "permission denied" },
		{ EPERM, "permission denied" },
		{ EEXIST, "file already exists" },
		{ EISDIR, "file is a directory" },
		{ ENOTDIR, "not a directory" },
		{ EBADF, "fd out of range or not open" },
		{ ENOSPC, "file system full" },
		{ EINVAL, "bad arg in system call" },
		{ ESPIPE, "seek on a stream" },
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
		set_error(m, "fd out of range or not open");
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
	set_error(m, "no free file descriptors");
	return -1;
}

/* Plan 9 open modes: OREAD 0, OWRITE 1, ORDWR 2, OEXEC 3, OTRUNC 16,
 * OCEXEC 32, ORCLOSE 64 (not kept: the host file stays). */
static int host_flags(int64_t mode)
{
	int flags = (mode & 3) == 1 ? O_WRONLY : (mode & 3) == 2 ? O_RDWR : O_RDONLY;
	if (mode & 16)
		flags |= O_TRUNC;
	return flags;
}

typedef int64_t handler(call *c);

static int64_t sys_exits(call *c)
{
	machine *m = c->m;
	m->state = EXITED;
	if (c->arg[0] == 0 || c->str[0][0] == 0) {
		m->exit_status = 0;
	} else {
		m->exit_status = 1;
		snprintf(m->message, sizeof m->message, "%s", c->str[0]);
	}
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
	int h = open(c->str[0], host_flags(c->arg[1]) | O_CLOEXEC);
	if (h < 0) {
		set_errno(c->m, errno);
		return -1;
	}
	return new_fd(c->m, h);
}

static int64_t sys_create(call *c)
{
	unsigned perm = (unsigned)c->arg[2] & 0777;
	int h = open(c->str[0], host_flags(c->arg[1]) | O_CREAT | O_TRUNC | O_CLOEXEC, perm);
	if (h < 0) {
		set_errno(c->m, errno);
		return -1;
	}
	return new_fd(c->m, h);
}

/* brk_(addr): the heap ends at ADDR, rounded up to a page; it may not go
 * below the end of bss nor into the stack. */
static int64_t sys_brk(call *c)
{
	machine *m = c->m;
	uint64_t want = ((uint64_t)c->arg[0] + 0xfff) & ~(uint64_t)0xfff;
	if (want < m->brk_lo || want > m->stack_lo) {
		set_error(m, "segment bounds");
		return -1;
	}
	if (want > m->brk && !mem_map(m, m->brk, want, UC_PROT_READ | UC_PROT_WRITE)) {
		set_error(m, "no memory");
		return -1;
	}
	if (want > m->brk)
		m->brk = want;
	return 0;
}

/* seek(vlong *ret, int fd, vlong offset, int type) */
static int64_t sys_seek(call *c)
{
	int h = host_fd(c->m, c->arg[1]);
	if (h < 0)
		return -1;
	if (c->arg[3] < 0 || c->arg[3] > 2) {
		set_error(c->m, "bad arg in system call");
		return -1;
	}
	off_t at = lseek(h, (off_t)c->arg[2], (int)c->arg[3]);
	if (at < 0) {
		set_errno(c->m, errno);
		return -1;
	}
	bool ok = true;
	write_word(c->m, (uint64_t)c->arg[0], (uint64_t)at, 8, &ok);
	c->bad_address = !ok;
	return 0;
}

/* errstr(buf, n): give the caller the current error and take its string
 * as the new one. */
static int64_t sys_errstr(call *c)
{
	machine *m = c->m;
	uint64_t n = (uint64_t)c->arg[1];
	if (n > ERRMAX)
		n = ERRMAX;
	if (n == 0)
		return 0;
	char theirs[ERRMAX];
	if (!read_string(m, (uint64_t)c->arg[0], theirs, n)) {
		c->bad_address = true;
		return -1;
	}
	char ours[ERRMAX];
	snprintf(ours, n, "%s", m->errstr);
	if (!mem_write(m, (uint64_t)c->arg[0], ours, strlen(ours) + 1)) {
		c->bad_address = true;
		return -1;
	}
	snprintf(m->errstr, sizeof m->errstr, "%s", theirs);
	return 0;
}

static int64_t transfer(call *c, bool writing)
{
	machine *m = c->m;
	int h = host_fd(m, c->arg[0]);
	if (h < 0)
		return -1;
	if (c->arg[2] < 0) {
		set_error(m, "negative i/o count");
		return -1;
	}
	size_t n = (size_t)c->arg[2];
	char *buf = malloc(n ? n : 1);
	if (!buf) {
		set_error(m, "no memory");
		return -1;
	}
	ssize_t done;
	if (writing) {
		if (!mem_read(m, (uint64_t)c->arg[1], buf, n)) {
			free(buf);
			c->bad_address = true;
			return -1;
		}
		done = c->arg[3] == -1 ? write(h, buf, n) : pwrite(h, buf, n, (off_t)c->arg[3]);
	} else {
		done = c->arg[3] == -1 ? read(h, buf, n) : pread(h, buf, n, (off_t)c->arg[3]);
		if (done > 0 && !mem_write(m, (uint64_t)c->arg[1], buf, (size_t)done))
			c->bad_address = true;
	}
	int e = errno;
	free(buf);
	if (done < 0) {
		set_errno(m, e);
		return -1;
	}
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
	bool ok = true;
	write_word(c->m, (uint64_t)c->arg[0], (uint64_t)ns, 8, &ok);
	c->bad_address = !ok;
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

static void trace(call *c, int64_t result)
{
	machine *m = c->m;
	fprintf(stderr, "%s(", syscall_name(c->num));
	int strings = 0;
	for (int i = 0; c->kinds[i]; i++) {
		if (i)
			fputs(", ", stderr);
		switch (c->kinds[i]) {
		case 's':
			if (c->arg[i] == 0)
				fputs("nil", stderr);
			else
				fprintf(stderr, "\"%s\"", c->str[strings++]);
			break;
		case 'p':
			fprintf(stderr, "0x%" PRIx64, (uint64_t)c->arg[i]);
			break;
		default:
			fprintf(stderr, "%" PRId64, c->arg[i]);
		}
	}
	fprintf(stderr, ")");
	if (c->num != 8)
		fprintf(stderr, " = %" PRId64, result);
	if (result == -1 && !c->bad_address)
		fprintf(stderr, " \"%s\"", m->errstr);
	fputc('\n', stderr);
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
		m->fault_pc = machine_reg(m, m->cpu->reg_pc);
		snprintf(m->message, sizeof m->message,
			 "unsupported system call %" PRIu64 " (%s)", num, syscall_name(num));
		uc_emu_stop(m->uc);
		return;
	}
	call c = { .m = m, .num = num };
	c.kinds = m->arch->ptr_size == 4 && d->kinds32 ? d->kinds32 : d->kinds;
	fetch_args(&c);
	int64_t result = c.bad_address ? -1 : d->fn(&c);
	if (m->trace)
		trace(&c, result);
	if (c.bad_address) {
		m->state = FAULT;
		m->fault_pc = machine_reg(m, m->cpu->reg_pc);
		snprintf(m->message, sizeof m->message, "bad address in %s",
			 syscall_name(num));
		uc_emu_stop(m->uc);
		return;
	}
	machine_set_reg(m, m->cpu->reg_ret, (uint64_t)result);
}
