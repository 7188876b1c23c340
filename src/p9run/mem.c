/*
 * The guest's memory map: which pages unicorn has mapped and how, kept
 * beside unicorn as a sorted list of runs so that a system call can check
 * its arguments against it before any host work, as the kernel's okaddr
 * checks them against the process's segments.  The list grows as brk_
 * grows the heap; neighbouring runs mapped alike are merged, so it stays
 * a handful of entries however often the heap grows.
 */
#include <stdlib.h>
#include <string.h>

#include "p9run.h"

enum { PAGE = 0x1000 };

static bool region_insert(machine *m, size_t at, region r)
{
	if (m->nregions == m->regions_cap) {
		size_t cap = m->regions_cap ? 2 * m->regions_cap : 8;
		region *p = realloc(m->regions, cap * sizeof *p);
		if (!p)
			return false;
		m->regions = p;
		m->regions_cap = cap;
	}
	memmove(&m->regions[at + 1], &m->regions[at], (m->nregions - at) * sizeof *m->regions);
	m->regions[at] = r;
	m->nregions++;
	return true;
}

static void region_remove(machine *m, size_t at)
{
	m->nregions--;
	memmove(&m->regions[at], &m->regions[at + 1], (m->nregions - at) * sizeof *m->regions);
}

/* Make ADDR the start of a run when a run covers it, so that a change
 * from ADDR on touches whole runs. */
static bool split_at(machine *m, uint64_t addr)
{
	for (size_t i = 0; i < m->nregions; i++) {
		region *r = &m->regions[i];
		if (addr > r->lo && addr < r->hi) {
			region tail = { addr, r->hi, r->prot };
			r->hi = addr;
			return region_insert(m, i + 1, tail);
		}
	}
	return true;
}

static void merge(machine *m)
{
	for (size_t i = 0; i + 1 < m->nregions;) {
		region *r = &m->regions[i];
		if (r->hi == r[1].lo && r->prot == r[1].prot) {
			r->hi = r[1].hi;
			region_remove(m, i + 1);
		} else {
			i++;
		}
	}
}

static const region *region_of(machine *m, uint64_t addr)
{
	for (size_t i = 0; i < m->nregions; i++)
		if (addr >= m->regions[i].lo && addr < m->regions[i].hi)
			return &m->regions[i];
	return NULL;
}

/* Map [LO, HI) (page aligned) with PROT.  Pages already mapped keep
 * their contents and gain PROT, so a data segment that shares a page with
 * the end of text (explicit bases) still works. */
bool mem_map(machine *m, uint64_t lo, uint64_t hi, uint32_t prot)
{
	if (!split_at(m, lo) || !split_at(m, hi))
		return false;
	uint64_t a = lo;
	size_t i = 0;
	while (a < hi) {
		while (i < m->nregions && m->regions[i].hi <= a)
			i++;
		region *r = i < m->nregions ? &m->regions[i] : NULL;
		if (r && r->lo <= a) {
			uint32_t p = r->prot | prot;
			if (p != r->prot && uc_mem_protect(m->uc, r->lo, r->hi - r->lo, p) != UC_ERR_OK)
				return false;
			r->prot = p;
			a = r->hi;
			i++;
			continue;
		}
		uint64_t end = r && r->lo < hi ? r->lo : hi;
		if (uc_mem_map(m->uc, a, end - a, prot) != UC_ERR_OK ||
		    !region_insert(m, i, (region){ a, end, prot }))
			return false;
		a = end;
		i++;
	}
	merge(m);
	return true;
}

/* Unmap [LO, HI) (page aligned, all of it mapped). */
bool mem_unmap(machine *m, uint64_t lo, uint64_t hi)
{
	if (lo >= hi)
		return true;
	if (!split_at(m, lo) || !split_at(m, hi) ||
	    uc_mem_unmap(m->uc, lo, hi - lo) != UC_ERR_OK)
		return false;
	for (size_t i = 0; i < m->nregions;)
		if (m->regions[i].lo >= lo && m->regions[i].hi <= hi)
			region_remove(m, i);
		else
			i++;
	return true;
}

/* The kernel's okaddr: LEN bytes from ADDR lie in mapped memory,
 * writable when WRITE, across neighbouring runs; ADDR itself must be
 * mapped even when LEN is 0. */
bool mem_ok(machine *m, uint64_t addr, uint64_t len, bool write)
{
	if (len > UINT64_MAX - addr)
		return false;
	for (;;) {
		const region *r = region_of(m, addr);
		if (!r || (write && !(r->prot & UC_PROT_WRITE)))
			return false;
		if (addr + len <= r->hi)
			return true;
		len -= r->hi - addr;
		addr = r->hi;
	}
}

bool mem_read(machine *m, uint64_t addr, void *buf, size_t n)
{
	return n == 0 || uc_mem_read(m->uc, addr, buf, n) == UC_ERR_OK;
}

bool mem_write(machine *m, uint64_t addr, const void *buf, size_t n)
{
	return n == 0 || uc_mem_write(m->uc, addr, buf, n) == UC_ERR_OK;
}

/* The NUL-terminated string at ADDR, read a page at a time as the
 * kernel's vmemchr checks it, into *OUT (the caller frees it).
 * STR_BAD_ADDRESS (and *OUT NULL) when it runs into unmapped memory
 * before its NUL, at *BAD; STR_TOO_LONG when LIMIT bytes hold no NUL,
 * with *OUT its first LIMIT - 1 bytes. */
int mem_string(machine *m, uint64_t addr, size_t limit, char **out, uint64_t *bad)
{
	size_t n = 0, cap = 0;
	char *s = NULL;
	*out = NULL;
	*bad = addr;
	while (n < limit) {
		uint64_t a = *bad = addr + n;
		size_t piece = PAGE - (size_t)(a & (PAGE - 1));
		if (piece > limit - n)
			piece = limit - n;
		if (n + piece > cap) {
			cap = cap ? 2 * cap : 256;
			if (cap < n + piece)
				cap = n + piece;
			char *p = realloc(s, cap);
			if (!p)
				break;
			s = p;
		}
		if ((m->arch->ptr_size == 4 && a > 0xffffffffu) || !mem_ok(m, a, 1, false) ||
		    !mem_read(m, a, s + n, piece))
			break;
		if (memchr(s + n, 0, piece)) {
			*out = s;
			return STR_OK;
		}
		n += piece;
	}
	if (n < limit || !s) {
		free(s);
		return STR_BAD_ADDRESS;
	}
	s[limit - 1] = 0;
	*out = s;
	return STR_TOO_LONG;
}

void mem_free(machine *m)
{
	free(m->regions);
	m->regions = NULL;
	m->nregions = m->regions_cap = 0;
}

void word_put(machine *m, uint8_t *p, uint64_t v, unsigned size)
{
	for (unsigned i = 0; i < size; i++) {
		unsigned shift = 8 * (m->arch->big_endian ? size - 1 - i : i);
		p[i] = (uint8_t)(v >> shift);
	}
}

uint64_t word_get(machine *m, const uint8_t *p, unsigned size)
{
	uint64_t v = 0;
	for (unsigned i = 0; i < size; i++)
		v = v << 8 | p[m->arch->big_endian ? i : size - 1 - i];
	return v;
}
