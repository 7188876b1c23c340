/*
 * The views that print what the reader decoded: the summary, the header,
 * the symbol table, the pc/line table, the GOT, a hex dump.
 */
#include <stdio.h>
#include <string.h>

#include "p9dump.h"

int value_width(const p9ld_aout *a)
{
	return 2 * (int)p9ld_aout_header_of(a)->arch->sym_value_size;
}

/* The lowest symbol of one of LETTERS inside part P in memory, if any. */
static bool lowest_in(const p9ld_aout *a, const char *letters,
		      const p9ld_aout_part *p, uint64_t *low)
{
	bool any = false;
	for (size_t i = 0; i < p9ld_aout_nsyms(a); i++) {
		const p9ld_aout_sym *s = p9ld_aout_get_sym(a, i);
		if (!strchr(letters, s->type) || s->value < p->vaddr ||
		    s->value - p->vaddr >= p->memsize)
			continue;
		if (!any || s->value < *low)
			*low = s->value;
		any = true;
	}
	return any;
}

/* A default the symbols fit but do not start at: the part may start
 * there (its first atom aligned up) or be linked that much higher -- the
 * file does not say which, so both numbers are shown. */
static void print_default(const p9ld_aout *a, const p9ld_aout_part *p, bool text)
{
	uint64_t low = 0;
	if (text)
		printf(" (arch default");
	else
		printf(" (arch default: text end rounded up to 0x%llx",
		       (unsigned long long)p9ld_aout_header_of(a)->arch->round);
	if (lowest_in(a, text ? "TtLl" : "Dd", p, &low) && low != p->vaddr)
		printf("; the lowest %s symbol is 0x%llx", text ? "text" : "data",
		       (unsigned long long)low);
	printf(")");
}

/* Where an address in memory is not the file's own (etext, __GOT, edata
 * or end, which give it exactly), say so: the arch's default, or a guess
 * from the symbols or the entry. */
static void print_from(const p9ld_aout *a, const p9ld_aout_part *p)
{
	static const char *const from[] = {
		[P9LD_FROM_TEXT_SYMS] = " (from the lowest text symbol)",
		[P9LD_FROM_ENTRY] = " (from the entry)",
		[P9LD_FROM_DATA_SYMS] = " (from the lowest data symbol)",
	};
	if (p->from == P9LD_FROM_DEFAULT)
		print_default(a, p, p == p9ld_aout_get_part(a, P9LD_PART_TEXT));
	else if (p->from > 0 && p->from < (int)(sizeof from / sizeof from[0]) && from[p->from])
		printf("%s", from[p->from]);
	printf("\n");
}

void show_summary(const p9ld_aout *a)
{
	static const char *const names[P9LD_NPARTS] = {
		"text", "data", "bss", "syms", "spsz", "pcsz"
	};
	const p9ld_aout_header *h = p9ld_aout_header_of(a);
	printf("arch %s\n", h->arch->name);
	printf("magic 0x%x\n", h->magic);
	printf("entry 0x%llx\n", (unsigned long long)h->entry64);
	for (int i = 0; i < P9LD_NPARTS; i++) {
		const p9ld_aout_part *p = p9ld_aout_get_part(a, i);
		if (i != P9LD_PART_BSS)
			printf("%s offset 0x%llx size 0x%llx\n", names[i],
			       (unsigned long long)p->offset, (unsigned long long)p->size);
		if (i <= P9LD_PART_BSS) {
			printf("%s vaddr 0x%llx memsize 0x%llx", names[i],
			       (unsigned long long)p->vaddr, (unsigned long long)p->memsize);
			print_from(a, p);
		}
	}
}

void show_header(const p9ld_aout *a)
{
	const p9ld_aout_header *h = p9ld_aout_header_of(a);
	printf("magic 0x%08x %s b %u header %u%s%s\n", h->magic, h->arch->name,
	       h->arch->b, h->size, h->fat ? " fat" : "", h->dyn ? " dyn" : "");
	const struct { const char *name; uint32_t v; } f[] = {
		{ "text", h->text }, { "data", h->data }, { "bss", h->bss },
		{ "syms", h->syms }, { "entry", h->entry }, { "spsz", h->spsz },
		{ "pcsz", h->pcsz },
	};
	for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
		printf("%s 0x%08x %u\n", f[i].name, f[i].v, f[i].v);
	if (h->fat)
		printf("entry64 0x%016llx\n", (unsigned long long)h->entry64);
}

void show_symbols(const p9ld_aout *a)
{
	int w = value_width(a);
	for (size_t i = 0; i < p9ld_aout_nsyms(a); i++) {
		const p9ld_aout_sym *s = p9ld_aout_get_sym(a, i);
		printf("%0*llx %c %s\n", w, (unsigned long long)s->value, s->type, s->name);
	}
}

/* Text no line covers (code from an object built without -g, padding)
 * has line 0 and no file: said so, not as a file named "?". */
static void print_line(void *user, uint64_t pc, const char *file, int64_t line)
{
	printf("%0*llx ", *(int *)user, (unsigned long long)pc);
	if (!file && line == 0)
		puts("(no line)");
	else
		printf("%s:%lld\n", file ? file : "?", (long long)line);
}

void show_lines(const p9ld_aout *a)
{
	int w = value_width(a);
	p9ld_aout_lines(a, print_line, &w);
}

/* The text, data or bss symbol with exactly this value, or "-". */
static const char *name_at(const p9ld_aout *a, uint64_t v)
{
	const p9ld_aout_sym *s = p9ld_aout_symbol_at(a, v);
	return s && s->value == v ? s->name : "-";
}

/* An image without __GOT is sound, it just has no GOT; one without any
 * symbols (stripped) may have one that nothing marks; a __GOT the data
 * does not hold is a damaged file. */
bool show_got(const p9ld_aout *a, const char *file)
{
	uint64_t addr;
	const uint64_t *slots;
	char err[200];
	if (p9ld_aout_nsyms(a) == 0) {
		printf("GOT unknown (no symbol table)\n");
		return true;
	}
	if (!p9ld_aout_lookup(a, "__GOT")) {
		printf("no GOT (no __GOT symbol)\n");
		return true;
	}
	long n = p9ld_aout_got(a, &addr, &slots, err, sizeof err);
	if (n < 0) {
		fprintf(stderr, "p9dump: %s: no GOT: %s\n", file, err);
		return false;
	}
	int w = value_width(a);
	printf("got 0x%llx slots %ld\n", (unsigned long long)addr, n);
	for (long i = 0; i < n; i++)
		printf("%ld %0*llx %s\n", i, w, (unsigned long long)slots[i],
		       name_at(a, slots[i]));
	return true;
}

void show_hex(const p9ld_aout *a, int which)
{
	const p9ld_aout_part *p = p9ld_aout_get_part(a, which);
	const uint8_t *b = p9ld_aout_bytes(a, p->offset);
	int w = value_width(a);
	for (uint64_t i = 0; i < p->size; i += 16) {
		char ascii[17];
		printf("%0*llx ", w, (unsigned long long)(p->vaddr + i));
		for (uint64_t j = 0; j < 16; j++) {
			if (i + j < p->size) {
				uint8_t c = b[i + j];
				printf(" %02x", c);
				ascii[j] = c >= 0x20 && c < 0x7f ? (char)c : '.';
			} else {
				printf("   ");
				ascii[j] = 0;
			}
		}
		ascii[p->size - i < 16 ? p->size - i : 16] = 0;
		printf("  |%s|\n", ascii);
	}
}
