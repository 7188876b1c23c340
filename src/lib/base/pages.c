/*
 * Pages: memory for big blocks and tables straight from the kernel, and
 * faulting it in on a helper thread.
 *
 * A fresh page costs its first writer a fault and the kernel's clearing
 * of it, and on a virtual machine whose host backs memory lazily that
 * clearing is the dearest thing a big link does (bench/README.md).  A
 * block handed to prefault_start is cleared
 * by another thread (madvise MADV_POPULATE_WRITE, which leaves contents
 * alone) while its user starts filling it from the front.
 */
#include <pthread.h>
#include <sys/mman.h>

#include "base/base.h"

/* Mapped; fresh pages are zero.  HUGE offers them to the kernel for
 * transparent huge pages, for what is probed at random (the name table:
 * in 4 KiB pages nearly every probe misses the TLB).  Not for what is
 * filled in order: a huge page must be found whole, and on a VM whose
 * host takes back free memory a whole free 2 MiB is often cold where the
 * 4 KiB pages another process just freed are not (bench/README.md has
 * the three choices measured). */
static void *map_pages(size_t n, int flags, bool huge)
{
	void *p = mmap(NULL, n, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | flags, -1, 0);
	if (p == MAP_FAILED)
		return NULL;
#ifdef MADV_HUGEPAGE
	if (huge && n >= HUGE_PAGE)
		madvise(p, n, MADV_HUGEPAGE);
#endif
	return p;
}

void *pages_alloc(size_t n, bool huge)
{
	return map_pages(n, 0, huge);
}

/* Address space for a table to double into where it stands: mapped, but
 * neither charged nor faulted in until touched, so the part not yet used
 * costs nothing.  NULL where the system will not reserve without
 * committing (the caller then maps what it needs, and moves to grow). */
void *pages_reserve(size_t n)
{
#ifdef MAP_NORESERVE
	return map_pages(n, MAP_NORESERVE, true);
#else
	(void)n;
	return NULL;
#endif
}

void pages_free(void *p, size_t n)
{
	if (p)
		munmap(p, n);
}

#ifdef MADV_POPULATE_WRITE
/* A step at a time: the kernel holds the address space's lock while it
 * populates, and a thread that maps or unmaps meanwhile (to start a
 * thread: its stack) waits for the whole call. */
enum { PREFAULT_STEP = 2 * 1024 * 1024 };

static void *prefault_main(void *arg)
{
	prefault *pf = arg;
	bool ok = true;
	for (size_t at = 0; ok && at < pf->n; at += PREFAULT_STEP) {
		size_t k = pf->n - at < PREFAULT_STEP ? pf->n - at : PREFAULT_STEP;
		ok = madvise((char *)pf->p + at, k, MADV_POPULATE_WRITE) == 0;
	}
	pf->done = ok;
	return NULL;
}
#endif

/* Fault in P's N bytes (whole pages of a pages_alloc block) on a helper
 * thread, after waiting for PF's last one.  Nothing happens when the
 * kernel or the C library cannot: the pages fault in as they are used. */
void prefault_start(prefault *pf, void *p, size_t n)
{
	prefault_join(pf);
	pf->p = p;
	pf->n = n;
	pf->done = false;
#ifdef MADV_POPULATE_WRITE
	pf->running = thread_start(&pf->thread, prefault_main, pf);
#endif
}

/* Wait for PF's thread, if any; true when it faulted in all it was given.
 * A block must not be unmapped under its thread. */
bool prefault_join(prefault *pf)
{
	if (pf->running) {
		pthread_join(pf->thread, NULL);
		pf->running = false;
	}
	return pf->done;
}
