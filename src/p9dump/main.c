/*
 * p9dump: read any Plan 9 a.out -- p9ld's, the Plan 9 linkers', Go's --
 * and print what is in it, one fact a line, so tests and people can diff
 * it.  A client of libp9ld's reader; see cli.md.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "disasm/disasm.h"
#include "p9dump.h"

enum { SHOW_SUMMARY = 1, SHOW_HEADER = 2, SHOW_SYMS = 4, SHOW_LINES = 8,
       SHOW_GOT = 16, SHOW_HEX = 32, SHOW_DISASM = 64 };

typedef struct opts {
	unsigned show;
	int hex_part;                /* P9LD_PART_TEXT or _DATA */
	const char **syms;           /* --disassemble=SYMBOL, in order */
	size_t nsyms;
} opts;

/* 0 when the file was read and every view could be shown, else the
 * highest status a view gave (1: damaged or unreadable; 2: no disassembler). */
static int dump(const char *file, const opts *o)
{
	char err[256];
	p9ld_aout *a = strcmp(file, "-") == 0 ? p9ld_aout_open_fd(0, err, sizeof err)
					      : p9ld_aout_open(file, err, sizeof err);
	if (!a) {
		fprintf(stderr, "p9dump: %s: %s\n", file, err);
		return 1;
	}
	int status = 0;
	if (o->show & SHOW_SUMMARY)
		show_summary(a);
	if (o->show & SHOW_HEADER)
		show_header(a);
	if (o->show & SHOW_SYMS)
		show_symbols(a);
	if (o->show & SHOW_LINES)
		show_lines(a);
	if ((o->show & SHOW_GOT) && !show_got(a, file))
		status = 1;
	if (o->show & SHOW_HEX)
		show_hex(a, o->hex_part);
	if (o->show & SHOW_DISASM) {
		listing_opts lo = { o->nsyms ? o->syms : NULL, o->nsyms };
		int s = show_listing(a, file, &lo);
		status = s > status ? s : status;
	}
	p9ld_aout_close(a);
	return status;
}

static void usage(FILE *f)
{
	fputs("usage: p9dump [-h] [-s] [-l] [-g] [-x text|data] [-d [SYMBOL]] FILE...\n"
	      "Print what is in Plan 9 a.out files; with no option, the header\n"
	      "and the segments.\n"
	      "  -h          header fields, raw and decoded\n"
	      "  -s          symbol table: VALUE LETTER NAME, in file order\n"
	      "  -l          pc/line table: PC FILE:LINE where the line changes\n"
	      "  -g          the GOT, when __GOT is present\n"
	      "  -x SEGMENT  hex dump of text or data\n"
	      "  -d, --disassemble\n"
	      "              disassemble text, with symbols, lines and targets\n"
	      "  -d SYMBOL, --disassemble=SYMBOL\n"
	      "              disassemble the text symbol SYMBOL (may be repeated)\n"
	      "  --help, --version\n", f);
}

/* -x's argument. */
static bool hex_part(const char *arg, int *part)
{
	if (strcmp(arg, "text") == 0)
		*part = P9LD_PART_TEXT;
	else if (strcmp(arg, "data") == 0)
		*part = P9LD_PART_DATA;
	else
		return false;
	return true;
}

/* -d's SYMBOL, when the word after -d is one: -dSYMBOL, or a separate
 * word that another operand follows and that names no file (a file and
 * a symbol of the same name: --disassemble=SYMBOL). */
static const char *disasm_symbol(int argc, char **argv)
{
	if (optarg)
		return optarg;
	if (optind >= argc - 1 || argv[optind][0] == '-' || access(argv[optind], F_OK) == 0)
		return NULL;
	return argv[optind++];
}

static int parse(int argc, char **argv, opts *o)
{
	static const struct option longs[] = {
		{ "disassemble", optional_argument, NULL, 'D' },
		{ "help", no_argument, NULL, 'H' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	int c;
	while ((c = getopt_long(argc, argv, "hslgx:d::", longs, NULL)) != -1) {
		switch (c) {
		case 'h': o->show |= SHOW_HEADER; break;
		case 's': o->show |= SHOW_SYMS; break;
		case 'l': o->show |= SHOW_LINES; break;
		case 'g': o->show |= SHOW_GOT; break;
		case 'd':
		case 'D': {
			if (c == 'd' && optarg && optarg[0] == '=') {
				fprintf(stderr, "p9dump: -d%s: a symbol follows -d directly or as "
					"the next word; --disassemble takes '='\n", optarg);
				usage(stderr);
				return 2;
			}
			const char *sym = c == 'd' ? disasm_symbol(argc, argv) : optarg;
			o->show |= SHOW_DISASM;
			if (sym)
				o->syms[o->nsyms++] = sym;
			break;
		}
		case 'x':
			o->show |= SHOW_HEX;
			if (!hex_part(optarg, &o->hex_part)) {
				fprintf(stderr, "p9dump: -x takes text or data, not '%s'\n", optarg);
				return 2;
			}
			break;
		case 'H': usage(stdout); return 0;
		case 'V': printf("p9dump (p9ld) %s\n", PACKAGE_VERSION); return 0;
		default: usage(stderr); return 2;
		}
	}
	return -1;
}

int main(int argc, char **argv)
{
	/* room for every --disassemble=SYMBOL the command line can hold */
	const char **syms = malloc((size_t)argc * sizeof *syms);
	opts o = { 0, P9LD_PART_TEXT, syms, 0 };
	int status = syms ? parse(argc, argv, &o) : 2;
	if (status >= 0)
		goto out;
	status = 2;
	char err[256];
	if (optind == argc) {
		fprintf(stderr, "p9dump: no file named\n");
		usage(stderr);
	} else if ((o.show & SHOW_DISASM) && !disasm_ready(err, sizeof err)) {
		fprintf(stderr, "p9dump: -d: %s\n", err);
	} else {
		if (!o.show)
			o.show = SHOW_SUMMARY;
		status = 0;
		for (int i = optind; i < argc; i++) {
			if (argc - optind > 1)
				printf("%s:\n", argv[i]);
			int s = dump(argv[i], &o);
			status = s > status ? s : status;
		}
	}
out:
	free(syms);
	return status;
}
