/*
 * A hash table from strings to pointers: the files a link has noted (the
 * depfile's prerequisites, the blobs read), each found at once however
 * many there are.  Open addressing, linear probing, grown at half full.
 * The keys are the caller's, kept as given.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "script.h"

struct strtab_slot {
	uint64_t hash;               /* 0: empty */
	const char *key;
	void *value;
};

/* FNV-1a, with the top bit set so that 0 means an empty slot. */
static uint64_t hash_of(const char *s)
{
	uint64_t h = 0xcbf29ce484222325u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 0x100000001b3u;
	return h | (uint64_t)1 << 63;
}

static size_t find(const strtab *t, const char *key, uint64_t h)
{
	size_t mask = t->cap - 1, i = (size_t)(h ^ h >> 29) & mask;
	while (t->slots[i].hash && (t->slots[i].hash != h || strcmp(t->slots[i].key, key) != 0))
		i = (i + 1) & mask;
	return i;
}

void *strtab_get(const strtab *t, const char *key)
{
	if (!t->count)
		return NULL;
	size_t i = find(t, key, hash_of(key));
	return t->slots[i].hash ? t->slots[i].value : NULL;
}

static void grow(strtab *t)
{
	strtab bigger = { .cap = t->cap ? t->cap * 2 : 64 };
	bigger.slots = calloc(bigger.cap, sizeof *bigger.slots);
	if (!bigger.slots) {
		fputs("p9ld: out of memory\n", stderr);
		exit(1);
	}
	for (size_t i = 0; i < t->cap; i++)
		if (t->slots[i].hash)
			bigger.slots[find(&bigger, t->slots[i].key, t->slots[i].hash)] = t->slots[i];
	bigger.count = t->count;
	free(t->slots);
	*t = bigger;
}

bool strtab_put(strtab *t, const char *key, void *value)
{
	if ((t->count + 1) * 2 > t->cap)
		grow(t);
	uint64_t h = hash_of(key);
	size_t i = find(t, key, h);
	if (t->slots[i].hash)
		return false;
	t->slots[i] = (struct strtab_slot){ h, key, value };
	t->count++;
	return true;
}

void strtab_free(strtab *t)
{
	free(t->slots);
	*t = (strtab){ 0 };
}
