/*
 * The library's threads.  A program that uses libp9ld handles its own
 * signals (p9ld removes its temporaries on SIGINT, SIGTERM and SIGHUP,
 * with those signals blocked in the thread that makes them and notes
 * them); a signal sent to the process must reach one of the program's
 * threads, never a helper of ours running beside them.  So each thread
 * is started with every signal blocked but those a fault raises in the
 * faulting thread itself (a mapped input cut short raises SIGBUS where it
 * is read), which cannot be blocked.
 */
#include <signal.h>

#include "base/base.h"

bool thread_start(pthread_t *t, void *(*fn)(void *), void *arg)
{
	static const int faults[] = { SIGBUS, SIGSEGV, SIGFPE, SIGILL, SIGTRAP, SIGSYS, SIGABRT };
	sigset_t all, saved;
	sigfillset(&all);
	for (size_t i = 0; i < sizeof faults / sizeof faults[0]; i++)
		sigdelset(&all, faults[i]);
	pthread_sigmask(SIG_BLOCK, &all, &saved);
	bool ok = pthread_create(t, NULL, fn, arg) == 0;   /* it inherits the mask */
	pthread_sigmask(SIG_SETMASK, &saved, NULL);
	return ok;
}
