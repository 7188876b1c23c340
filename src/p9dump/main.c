/*
 * p9dump: read any Plan 9 a.out -- p9ld's, the Plan 9 linkers', Go's --
 * and print what is in it, one fact a line, so tests and people can diff
 * it.  A client of libp9ld's reader; see cli.md.
 */
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "p9ld/aout.h"
#include "config.h"

enum { SHOW_SUMMARY = 1, SHOW_HEADER = 2, SHOW_SYMS = 4, SHOW_LINES = 8,
       SHOW_GOT = 16, SHOW_HEX = 32 };

typedef struct opts {
	unsigned show;
	int hex_part;                /* P9LD_PART_TEXT or _DATA */
} opts;

static int width(const p9ld_aout *a)
{
	return 2 * (int)p9ld_aout_header_of(a)->arch->sym_value_size;
}

static void summary(const p9ld_aout *a)
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
		if (i <= P9LD_PART_BSS)
			printf("%s vaddr 0x%llx memsize 0x%llx\n", names[i],
			       (unsigned long long)p->vaddr, (unsigned long long)p->memsize);
	}
}

static void header(const p9ld_aout *a)
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

static void symbols(const p9ld_aout *a)
{
	int w = width(a);
	for (size_t i = 0; i < p9ld_aout_nsyms(a); i++) {
		const p9ld_aout_sym *s = p9ld_aout_get_sym(a, i);
		printf("%0*llx %c %s\n", w, (unsigned long long)s->value, s->type, s->name);
	}
}

static void print_line(void *user, uint64_t pc, const char *file, int64_t line)
{
	printf("%0*llx %s:%lld\n", *(int *)user, (unsigned long long)pc,
	       file ? file : "?", (long long)line);
}

/* The text, data or bss symbol with exactly this value, or "-". */
static const char *name_at(const p9ld_aout *a, uint64_t v)
{
	const p9ld_aout_sym *s = p9ld_aout_symbol_at(a, v);
	return s && s->value == v ? s->name : "-";
}

static bool got(const p9ld_aout *a, const char *file)
{
	uint64_t addr;
	const uint64_t *slots;
	char err[200];
	long n = p9ld_aout_got(a, &addr, &slots, err, sizeof err);
	if (n < 0) {
		fprintf(stderr, "p9dump: %s: no GOT: %s\n", file, err);
		return false;
	}
	int w = width(a);
	printf("got 0x%llx slots %ld\n", (unsigned long long)addr, n);
	for (long i = 0; i < n; i++)
		printf("%ld %0*llx %s\n", i, w, (unsigned long long)slots[i],
		       name_at(a, slots[i]));
	return true;
}

static void hexdump(const p9ld_aout *a, int which)
{
	const p9ld_aout_part *p = p9ld_aout_get_part(a, which);
	const uint8_t *b = p9ld_aout_bytes(a, p->offset);
	int w = width(a);
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

/* Read standard input whole, for the file name "-". */
static void *slurp_stdin(size_t *len)
{
	size_t cap = 1 << 16, n = 0;
	char *b = malloc(cap);
	for (size_t got; b && (got = fread(b + n, 1, cap - n, stdin)) > 0;) {
		n += got;
		if (n == cap) {
			char *bigger = realloc(b, cap *= 2);
			if (!bigger)
				free(b);
			b = bigger;
		}
	}
	*len = n;
	return b;
}

static bool dump(const char *file, const opts *o)
{
	char err[256];
	p9ld_aout *a;
	void *in = NULL;
	if (strcmp(file, "-") == 0) {
		size_t len;
		in = slurp_stdin(&len);
		a = in ? p9ld_aout_read(in, len, err, sizeof err) : NULL;
		if (!in)
			snprintf(err, sizeof err, "out of memory");
	} else {
		a = p9ld_aout_open(file, err, sizeof err);
	}
	if (!a) {
		fprintf(stderr, "p9dump: %s: %s\n", file, err);
		free(in);
		return false;
	}
	bool ok = true;
	if (o->show & SHOW_SUMMARY)
		summary(a);
	if (o->show & SHOW_HEADER)
		header(a);
	if (o->show & SHOW_SYMS)
		symbols(a);
	if (o->show & SHOW_LINES) {
		int w = width(a);
		p9ld_aout_lines(a, print_line, &w);
	}
	if (o->show & SHOW_GOT)
		ok = got(a, file);
	if (o->show & SHOW_HEX)
		hexdump(a, o->hex_part);
	p9ld_aout_close(a);
	free(in);
	return ok;
}

static void usage(FILE *f)
{
	fputs("usage: p9dump [-h] [-s] [-l] [-g] [-x text|data] FILE...\n"
	      "Print what is in Plan 9 a.out files; with no option, the header\n"
	      "and the segments.\n"
	      "  -h          header fields, raw and decoded\n"
	      "  -s          symbol table: VALUE LETTER NAME, in file order\n"
	      "  -l          pc/line table: PC FILE:LINE where the line changes\n"
	      "  -g          the GOT, when __GOT is present\n"
	      "  -x SEGMENT  hex dump of text or data\n"
	      "  --help, --version\n", f);
}

int main(int argc, char **argv)
{
	static const struct option longs[] = {
		{ "help", no_argument, NULL, 'H' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	opts o = { 0, P9LD_PART_TEXT };
	int c;
	while ((c = getopt_long(argc, argv, "hslgx:", longs, NULL)) != -1) {
		switch (c) {
		case 'h': o.show |= SHOW_HEADER; break;
		case 's': o.show |= SHOW_SYMS; break;
		case 'l': o.show |= SHOW_LINES; break;
		case 'g': o.show |= SHOW_GOT; break;
		case 'x':
			o.show |= SHOW_HEX;
			if (strcmp(optarg, "text") == 0)
				o.hex_part = P9LD_PART_TEXT;
			else if (strcmp(optarg, "data") == 0)
				o.hex_part = P9LD_PART_DATA;
			else {
				fprintf(stderr, "p9dump: -x takes text or data, not '%s'\n", optarg);
				return 2;
			}
			break;
		case 'H': usage(stdout); return 0;
		case 'V': printf("p9dump (p9ld) %s\n", PACKAGE_VERSION); return 0;
		default: usage(stderr); return 2;
		}
	}
	if (optind == argc) {
		fprintf(stderr, "p9dump: no file named\n");
		usage(stderr);
		return 2;
	}
	if (!o.show)
		o.show = SHOW_SUMMARY;
	int status = 0;
	for (int i = optind; i < argc; i++) {
		if (argc - optind > 1)
			printf("%s:\n", argv[i]);
		if (!dump(argv[i], &o))
			status = 1;
	}
	return status;
}
