/*
 * Guarding the link against the world changing under it.
 *
 * Inputs.  Every file the link reads -- scripts, includes, blobs, objects,
 * archives -- is noted with its identity as it was when first read: device,
 * inode, size, modification time.  Before any output takes its place each
 * is looked at again, and one that changed is an error naming it: the
 * image would hold some of its old bytes and some new, and a depfile would
 * tell make the output is newer than it.
 *
 * Mappings.  Scripts, blobs and objects are read through mappings (the
 * fast path: a big script stays in the page cache, a blob goes file to
 * file).  A mapped file cut short while p9ld runs makes the next read of a
 * page past its new end a SIGBUS, wherever that read is: the scanner, the
 * object reader, the writer.  A handler is the one general answer, and only
 * the program may own a process-wide one: libp9ld installs none (its
 * manual says a client that maps objects must expect the signal), p9ld
 * installs this.  It names the inputs that changed, removes the
 * temporaries and exits with status 1.  Nothing is resumed (no siglongjmp
 * back into the library, whose state the fault interrupted): a link whose
 * input changed has nothing left worth doing.  A SIGBUS with no input
 * changed is not an input's: the handler lets it through, to crash as the
 * bug it would be.  Reading files instead of mapping them would avoid the
 * signal too, at the cost of copying every input through memory.
 *
 * Temporaries.  Outputs are written beside their names and renamed into
 * place at the end (commit.c); SIGINT, SIGTERM and SIGHUP remove them,
 * then p9ld dies of the signal.  A parent of a forked link (fork.c) passes
 * the signal on to its child, whose temporaries they are.
 *
 * The handlers use only what is async-signal-safe: stat(2), write(2),
 * unlinkat(2), kill(2), sigaction(2), raise(3), pause(2), _exit(2), and
 * a lock-free atomic exchange.  The list of
 * inputs is only ever appended to, each entry whole before it is linked
 * in, so a handler may walk it at any moment.
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <fcntl.h>
#include <limits.h>

#include "script.h"

typedef struct watched {
	struct watched *next;
	dev_t dev;
	ino_t ino;
	off_t size;
	struct timespec mtime;
	char path[];
} watched;

static watched *head, *tail;           /* appended under the lock */
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

enum { MAX_TEMPS = 3 };                 /* the image, the map, the depfile */
static struct {
	int dir;
	char name[NAME_MAX + 1];
} temps[MAX_TEMPS];
static volatile sig_atomic_t temp_live[MAX_TEMPS];
static volatile pid_t forward_to;       /* a forked link's child */

static watched *next_of(watched *const *link)
{
	return __atomic_load_n(link, __ATOMIC_ACQUIRE);
}

void guard_input(const char *path, const struct stat *st)
{
	if (!S_ISREG(st->st_mode))
		return;                      /* a FIFO or a device changes as it is read */
	size_t n = strlen(path);
	watched *w = malloc(sizeof *w + n + 1);
	if (!w) {
		fputs("p9ld: out of memory\n", stderr);
		exit(1);
	}
	w->next = NULL;
	w->dev = st->st_dev;
	w->ino = st->st_ino;
	w->size = st->st_size;
	w->mtime = st->st_mtim;
	memcpy(w->path, path, n + 1);
	pthread_mutex_lock(&lock);
	__atomic_store_n(tail ? &tail->next : &head, w, __ATOMIC_RELEASE);
	tail = w;
	pthread_mutex_unlock(&lock);
}

static bool same_as_read(const watched *w, const struct stat *st)
{
	return st->st_dev == w->dev && st->st_ino == w->ino && st->st_size == w->size &&
	       st->st_mtim.tv_sec == w->mtime.tv_sec && st->st_mtim.tv_nsec == w->mtime.tv_nsec;
}

bool guard_check(reporter *r)
{
	bool ok = true;
	for (watched *w = next_of(&head); w; w = next_of(&w->next)) {
		struct stat st;
		if (stat(w->path, &st) != 0 || !same_as_read(w, &st)) {
			report_plain(r, "'%s' changed while p9ld was reading it", w->path);
			ok = false;
		}
	}
	return ok;
}

const char *guard_is_input(const struct stat *st)
{
	for (watched *w = next_of(&head); w; w = next_of(&w->next))
		if (w->dev == st->st_dev && w->ino == st->st_ino)
			return w->path;
	return NULL;
}

void guard_free(void)
{
	for (watched *w = head, *next; w; w = next) {
		next = w->next;
		free(w);
	}
	head = tail = NULL;
}

/* ---- temporaries --------------------------------------------------------------- */

int guard_temp(int dir, const char *name)
{
	for (int i = 0; i < MAX_TEMPS; i++) {
		if (temp_live[i])
			continue;
		temps[i].dir = dir;
		snprintf(temps[i].name, sizeof temps[i].name, "%s", name);
		temp_live[i] = 1;
		return i;
	}
	return -1;
}

void guard_temp_gone(int slot)
{
	if (slot >= 0 && slot < MAX_TEMPS)
		temp_live[slot] = 0;
}

void guard_forward(pid_t child)
{
	forward_to = child;
}

void guard_hold(sigset_t *saved)
{
	sigset_t stops;
	sigemptyset(&stops);
	sigaddset(&stops, SIGINT);
	sigaddset(&stops, SIGTERM);
	sigaddset(&stops, SIGHUP);
	pthread_sigmask(SIG_BLOCK, &stops, saved);
}

void guard_release(const sigset_t *saved)
{
	pthread_sigmask(SIG_SETMASK, saved, NULL);
}

/* ---- the handlers ---------------------------------------------------------------- */

static void remove_temps(void)
{
	for (int i = 0; i < MAX_TEMPS; i++)
		if (temp_live[i])
			unlinkat(temps[i].dir, temps[i].name, 0);
}

static void say(const char *s)
{
	size_t n = strlen(s);
	while (n) {
		ssize_t w = write(STDERR_FILENO, s, n);
		if (w <= 0)
			return;
		s += w;
		n -= (size_t)w;
	}
}

static void die_of(int sig)
{
	struct sigaction sa = { .sa_handler = SIG_DFL };
	sigemptyset(&sa.sa_mask);
	sigaction(sig, &sa, NULL);
	raise(sig);                  /* delivered once this handler returns */
}

static void on_stop(int sig)
{
	int saved = errno;
	if (forward_to > 0) {
		kill(forward_to, sig);       /* the child removes its own and dies */
		errno = saved;
		return;
	}
	remove_temps();
	die_of(sig);
	errno = saved;
}

/* Set by the first thread in on_bus. */
static int bus_taken;

static void on_bus(int sig)
{
	/* Threads reading an input cut short can fault at once (the fixups,
	 * and the symbol table beside them): the first says so and ends p9ld;
	 * any other waits for that (every signal is blocked in here), so the
	 * message is said once, whole. */
	if (__atomic_exchange_n(&bus_taken, 1, __ATOMIC_ACQ_REL))
		for (;;)
			pause();
	bool named = false;
	for (watched *w = next_of(&head); w; w = next_of(&w->next)) {
		struct stat st;
		if (stat(w->path, &st) == 0 && same_as_read(w, &st))
			continue;
		say("p9ld: error: '");
		say(w->path);
		say("' changed while p9ld was reading it\n");
		named = true;
	}
	if (!named) {
		die_of(sig);                 /* not an input's: the fault comes again */
		return;
	}
	remove_temps();
	_exit(1);
}

/* A signal ignored when p9ld starts (SIGINT in a shell's background job)
 * stays ignored. */
static void catch(int sig, const struct sigaction *sa)
{
	struct sigaction old;
	if (sigaction(sig, NULL, &old) == 0 && old.sa_handler == SIG_IGN)
		return;
	sigaction(sig, sa, NULL);
}

void guard_install(void)
{
	struct sigaction sa = { .sa_handler = on_stop };
	sigfillset(&sa.sa_mask);
	catch(SIGINT, &sa);
	catch(SIGTERM, &sa);
	catch(SIGHUP, &sa);
	sa.sa_handler = on_bus;
	sigaction(SIGBUS, &sa, NULL);
	/* A closed pipe on -o - or -M - is a write error, said, with the
	 * temporaries removed; not a silent death. */
	sa.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &sa, NULL);
}
