/*
 * p9ld: read scripts, build the image with libp9ld, write it (cli.md).
 *
 *	parse the command line; its values are expressions, parsed alone
 *	for a big link, fork: the child links, the parent waits (fork.c)
 *	parse every script (includes in place), each statement built into
 *	    the image as the sink delivers it (sink.c)
 *	link; write the output, the map, the depfile
 *
 * Exit status: 0 success, 1 a script or link error, 2 bad usage.  On any
 * error no output is created and an existing one is left untouched.
 */
#include <getopt.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "script.h"

enum { OPT_DEFSYM = 256, OPT_GOT, OPT_GC, OPT_DEPFILE, OPT_LIST_ARCHS, OPT_LIST_RELOCS,
       OPT_PERF, OPT_THREADS, OPT_FORK, OPT_NO_FORK, OPT_HELP, OPT_VERSION };

/* Scripts at least this big (in all) are a big link: parsed on a thread
 * of their own while this one builds, and linked in a child that frees
 * its memory after the parent has gone.  Below it a thread or a fork
 * costs more than it saves. */
#define BIG_LINK (1024 * 1024)

typedef struct cli {
	const char *output, *map, *depfile, *arch;
	bool gc, strip, verbose, perf;
	int threads;                 /* --threads: 0 decide by size, 1, 2 */
	int fork;                    /* 0 decide by size, 1 --fork, -1 --no-fork */
	bool big;                    /* the scripts: big_link(), asked once */
	sstmt *settings, *settings_tail;   /* -T -D -R -E --got --defsym */
	bool bad_value;              /* a value did not parse */
	parser parser;               /* parses the values, then the scripts */
	script_input *inputs;        /* scripts, objects, archives, in order */
	size_t ninputs;
	const char **libdirs;        /* -L */
	size_t nlibdirs;
} cli;

static void usage(FILE *f)
{
	fputs("usage: p9ld [OPTION]... FILE...\n"
	      "Build a Plan 9 a.out executable from p9ld scripts, ELF objects and\n"
	      "ar archives (told apart by their first bytes).\n\n"
	      "  -o FILE              output (default: the arch's, e.g. 6.out)\n"
	      "  -a, --arch ARCH      target arch; overrides the script's\n"
	      "  -T ADDR              text base\n"
	      "  -D ADDR              data base\n"
	      "  -R N                 rounding for the default data base\n"
	      "  -E SYM               entry symbol\n"
	      "  -I DIR               search DIR for include, incbin, object, archive\n"
	      "  -L DIR               search DIR for -l archives\n"
	      "  -lNAME               link the archive libNAME.a\n"
	      "      --defsym NAME=EXPR  a constant, as `const NAME = EXPR;`\n"
	      "      --got all|used|none GOT policy; overrides the script\n"
	      "      --gc             keep only what the entry and exports reach\n"
	      "  -s, --strip          no symbol table and no pc/line table\n"
	      "  -M, --map FILE       write a link map\n"
	      "      --depfile FILE   write a make rule for the output\n"
	      "      --list-archs     print the arch table and exit\n"
	      "      --list-relocs ARCH\n"
	      "                       print the relocation types ARCH's objects may use\n"
	      "  -v, --verbose        say what was built\n"
	      "      --perf           time each phase and pass, on stderr\n"
	      "      --threads N      1: one thread; 2: parse on a second one\n"
	      "                       (default: 2 for scripts of 1 MiB or more)\n"
	      "      --fork, --no-fork\n"
	      "                       link in a child that frees its memory after\n"
	      "                       p9ld exits (default: --fork for scripts of\n"
	      "                       1 MiB or more)\n"
	      "      --help, --version\n", f);
}

static int bad_usage(const char *fmt, const char *arg)
{
	fputs("p9ld: ", stderr);
	fprintf(stderr, fmt, arg);
	fputs("\nTry 'p9ld --help'.\n", stderr);
	return 2;
}

static void add_dir(const char ***dirs, size_t *n, const char *dir)
{
	const char **more = realloc(*dirs, (*n + 1) * sizeof *more);
	if (!more) {
		fputs("p9ld: out of memory\n", stderr);
		exit(1);
	}
	more[(*n)++] = dir;
	*dirs = more;
}

/* An input, in command-line order: a file, or -lNAME (an archive found
 * once every -L is known). */
static void add_input(cli *c, const char *path, bool lib)
{
	script_input *more = realloc(c->inputs, (c->ninputs + 1) * sizeof *more);
	if (!more) {
		fputs("p9ld: out of memory\n", stderr);
		exit(1);
	}
	c->inputs = more;
	c->inputs[c->ninputs++] = (script_input){ .path = path,
		.kind = lib ? P9LD_FILE_ARCHIVE : P9LD_FILE_SCRIPT };
}

/* A setting from the command line, as the statement a script would have
 * for it, applied after the scripts' own. */
static sstmt *add_setting(cli *c, script *s, int kind)
{
	sstmt *st = stmt_new(&s->lasting, kind, (sloc){ NULL, 0, 0 });
	if (c->settings_tail)
		c->settings_tail->next = st;
	else
		c->settings = st;
	c->settings_tail = st;
	return st;
}

/* OPTION's value TEXT as an expression: the script's syntax (0x, sums,
 * constants), but one expression and nothing else. */
static sexpr *value(cli *c, script *s, const char *option, const char *text)
{
	char name[64];
	snprintf(name, sizeof name, "<command line %s>", option);
	sexpr *e = sink_parse_value(s, &c->parser, name, text);
	c->bad_value |= e == NULL;
	return e;
}

/* A setting's place is its value's: an error there names the option, and
 * is a usage error (report.c). */
static void add_value(cli *c, script *s, int kind, const char *option, const char *text)
{
	sexpr *e = value(c, s, option, text);
	if (e) {
		sstmt *st = add_setting(c, s, kind);
		st->expr = e;
		st->at = st->name_at = e->at;
	}
}

/* --defsym's NAME: a name as a script writes one, or back-quoted. */
static bool is_name(const char *s, size_t n)
{
	if (n >= 2 && s[0] == '`' && s[n - 1] == '`')
		return n > 2 && !memchr(s + 1, '`', n - 2) && !memchr(s + 1, '\n', n - 2);
	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)s[i];
		bool alpha = (ch | 0x20) >= 'a' && (ch | 0x20) <= 'z';
		if (!(alpha || ch == '_' || ch == '.' || ch == '$' || ch >= 0x80 ||
		      (i > 0 && ch >= '0' && ch <= '9')))
			return false;
	}
	return n > 0;
}

static int defsym(cli *c, script *s, char *arg)
{
	char *eq = strchr(arg, '=');
	if (!eq || eq == arg)
		return bad_usage("--defsym wants NAME=EXPR, not '%s'", arg);
	if (!is_name(arg, (size_t)(eq - arg)))
		return bad_usage("--defsym wants NAME=EXPR with NAME a symbol's name, not '%s'", arg);
	*eq = 0;
	if (arg[0] == '`') {                 /* `NAME` */
		arg++;
		eq[-1] = 0;
	}
	sexpr *e = value(c, s, "--defsym", eq + 1);
	if (e) {
		sstmt *st = add_setting(c, s, SS_CONST);
		st->name = arg;
		st->expr = e;
		st->at = st->name_at = e->at;
	}
	return 0;
}

static void list_archs(void)
{
	printf("%-8s %-18s %-7s %-6s %-10s %-10s %s\n", "arch", "aliases", "magic",
	       "header", "text base", "round", "output");
	for (size_t i = 0; i < p9ld_arch_count(); i++) {
		const p9ld_arch *a = p9ld_arch_at(i);
		char aliases[64] = "";
		for (const char *const *al = a->aliases; *al; al++) {
			if (*aliases)
				strcat(aliases, ",");
			strcat(aliases, *al);
		}
		printf("%-8s %-18s 0x%04x  %-6u 0x%-8llx 0x%-8llx %s\n", a->name,
		       *aliases ? aliases : "-", a->magic, a->header_size,
		       (unsigned long long)a->text_base, (unsigned long long)a->round,
		       a->out_name);
	}
}

static void list_relocs(const p9ld_arch *arch)
{
	uint32_t type;
	const char *name;
	for (size_t i = 0; p9ld_reloc_at(arch, i, &type, &name) == 0; i++)
		printf("%-8u %s\n", (unsigned)type, name);
}

static int parse_options(int argc, char **argv, cli *c, script *s)
{
	static const struct option longs[] = {
		{ "arch", required_argument, NULL, 'a' },
		{ "defsym", required_argument, NULL, OPT_DEFSYM },
		{ "got", required_argument, NULL, OPT_GOT },
		{ "gc", no_argument, NULL, OPT_GC },
		{ "strip", no_argument, NULL, 's' },
		{ "map", required_argument, NULL, 'M' },
		{ "depfile", required_argument, NULL, OPT_DEPFILE },
		{ "list-archs", no_argument, NULL, OPT_LIST_ARCHS },
		{ "list-relocs", required_argument, NULL, OPT_LIST_RELOCS },
		{ "verbose", no_argument, NULL, 'v' },
		{ "perf", no_argument, NULL, OPT_PERF },
		{ "threads", required_argument, NULL, OPT_THREADS },
		{ "fork", no_argument, NULL, OPT_FORK },
		{ "no-fork", no_argument, NULL, OPT_NO_FORK },
		{ "help", no_argument, NULL, OPT_HELP },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 },
	};
	int ch;
	const char **incdirs = NULL;
	size_t nincdirs = 0;
	opterr = 0;          /* our messages name p9ld, not the wrapper */
	/* '-': operands come back in their place among the options (as 1),
	 * so that -lNAME keeps its place among the files */
	while ((ch = getopt_long(argc, argv, "-:o:a:T:D:R:E:I:L:l:sM:v", longs, NULL)) != -1) {
		switch (ch) {
		case 1: add_input(c, optarg, false); break;
		case 'l': add_input(c, optarg, true); break;
		case 'L': add_dir(&c->libdirs, &c->nlibdirs, optarg); break;
		case 'o': c->output = optarg; break;
		case 'a':
			if (!p9ld_arch_find(optarg))
				return bad_usage("unknown arch '%s' (see --list-archs)", optarg);
			c->arch = optarg;
			break;
		case 'T': add_value(c, s, SS_BASE_TEXT, "-T", optarg); break;
		case 'D': add_value(c, s, SS_BASE_DATA, "-D", optarg); break;
		case 'R': add_value(c, s, SS_ROUND, "-R", optarg); break;
		case 'E': {
			sstmt *st = add_setting(c, s, SS_ENTRY);
			st->name = optarg;
			st->at = st->name_at = sink_option_place(s, &c->parser, "<command line -E>",
								  optarg);
			break;
		}
		case 'I': add_dir(&incdirs, &nincdirs, optarg); break;
		case OPT_DEFSYM:
			if (defsym(c, s, optarg))
				return 2;
			break;
		case OPT_GOT: {
			static const char *const policies[] = { "all", "used", "none" };
			int i = 0;
			while (i < 3 && strcmp(optarg, policies[i]) != 0)
				i++;
			if (i == 3)
				return bad_usage("--got takes all, used or none, not '%s'", optarg);
			add_setting(c, s, SS_GOT)->policy = (uint8_t)i;
			break;
		}
		case OPT_GC: c->gc = true; break;
		case 's': c->strip = true; break;
		case 'M': c->map = optarg; break;
		case OPT_DEPFILE: c->depfile = optarg; break;
		case 'v': c->verbose = true; break;
		case OPT_PERF: c->perf = true; break;
		case OPT_THREADS:
			if (strcmp(optarg, "1") && strcmp(optarg, "2"))
				return bad_usage("--threads takes 1 or 2, not '%s'", optarg);
			c->threads = optarg[0] - '0';
			break;
		case OPT_FORK: c->fork = 1; break;
		case OPT_NO_FORK: c->fork = -1; break;
		case OPT_LIST_ARCHS: list_archs(); exit(0);
		case OPT_LIST_RELOCS:
			if (!p9ld_arch_find(optarg))
				return bad_usage("unknown arch '%s' (see --list-archs)", optarg);
			list_relocs(p9ld_arch_find(optarg));
			exit(0);
		case OPT_HELP: usage(stdout); exit(0);
		case OPT_VERSION: printf("p9ld %s\n", PACKAGE_VERSION); exit(0);
		case ':': return bad_usage("option '%s' needs a value", argv[optind - 1]);
		default: return bad_usage("unknown option '%s'", argv[optind - 1]);
		}
	}
	c->parser.incdirs = s->incdirs = incdirs;
	c->parser.nincdirs = s->nincdirs = nincdirs;
	if (c->bad_value)
		return 2;
	for (; optind < argc; optind++)      /* after -- */
		add_input(c, argv[optind], false);
	if (!c->ninputs)
		return bad_usage("%s", "no input named (a script, an object or an archive)");
	return 0;
}

/* -lNAME: libNAME.a in the first -L folder that has it, as every Unix
 * linker finds it; then what each input is, by its first bytes. */
static bool find_inputs(cli *c, script *s)
{
	bool ok = true;
	for (size_t i = 0; i < c->ninputs; i++) {
		script_input *in = &c->inputs[i];
		if (in->kind != P9LD_FILE_ARCHIVE) {
			in->kind = file_kind(in->path);
			continue;
		}
		const char *lib = in->path;
		in->path = NULL;
		for (size_t k = 0; k < c->nlibdirs && !in->path; k++) {
			size_t n = strlen(c->libdirs[k]) + strlen(lib) + 8;
			char *p = pool_alloc(&s->lasting, n);
			snprintf(p, n, "%s/lib%s.a", c->libdirs[k], lib);
			if (access(p, F_OK) == 0)
				in->path = p;
		}
		if (!in->path) {
			report_plain(&s->rep, "cannot find -l%s: no lib%s.a in the -L folders", lib, lib);
			ok = false;
		}
	}
	return ok;
}

/* Objects and archives only: a plain link, whose GOT is made only for
 * the code that asks for one (objects.md section 1). */
static bool no_script(const cli *c)
{
	for (size_t i = 0; i < c->ninputs; i++)
		if (c->inputs[i].kind == P9LD_FILE_SCRIPT)
			return false;
	return true;
}

/* Whether the inputs are big enough for a second thread or a fork to
 * pay (standard input counts as small). */
static bool big_link(const cli *c)
{
	off_t total = 0;
	struct stat st;
	for (size_t i = 0; i < c->ninputs; i++)
		if (c->inputs[i].path && strcmp(c->inputs[i].path, "-") != 0 &&
		    stat(c->inputs[i].path, &st) == 0)
			total += st.st_size;
	return total >= BIG_LINK;
}

/* Two threads when asked, or when the scripts are big enough to pay. */
static bool two_threads(const cli *c)
{
	return c->threads ? c->threads == 2 : c->big;
}

/* To standard output, or to standard error when the image goes there. */
static void verbose(script *s, const char *output, FILE *f)
{
	p9ld_info i;
	p9ld_get_info(s->img, &i);
	fprintf(f, "%s: %s, text %llu, data %llu, bss %llu, symbols %llu (%llu bytes), "
	       "pc/line %llu bytes, entry %#llx, atoms %llu of %llu kept, fixups %llu, file %llu bytes\n",
	       output, i.arch->name, (unsigned long long)i.text_size,
	       (unsigned long long)i.data_size, (unsigned long long)i.bss_size,
	       (unsigned long long)i.symbols, (unsigned long long)i.syms_size,
	       (unsigned long long)i.pcsz, (unsigned long long)i.entry,
	       (unsigned long long)i.atoms_kept, (unsigned long long)i.atoms,
	       (unsigned long long)i.fixups, (unsigned long long)i.file_size);
	if (i.objects)
		fprintf(f, "%s: objects %llu (%llu archive members), sections %llu of %llu kept, "
		       "%llu dropped (%llu bytes)\n", output, (unsigned long long)i.objects,
		       (unsigned long long)i.members, (unsigned long long)i.sections_kept,
		       (unsigned long long)i.sections, (unsigned long long)i.sections_dropped,
		       (unsigned long long)i.bytes_dropped);
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Peak resident memory so far, in MiB. */
static long peak_mib(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss / 1024;
}

static void print_pass(void *user, const char *pass, double seconds)
{
	(void)user;
	fprintf(stderr, "p9ld: perf:   %-10s %8.3f s  peak %5ld MiB\n", pass, seconds,
		peak_mib());
}

/* After a syntax error the statements that did parse are still built, so
 * their errors are reported too; the link is not run, since names whose
 * definitions were lost would all be undefined. */
static int build_link_write(script *s, cli *c)
{
	p9ld_set_gc(s->img, c->gc);
	p9ld_set_strip(s->img, c->strip);
	if (no_script(c))
		p9ld_set_got_policy(s->img, P9LD_GOT_USED);
	if (c->threads == 1)
		p9ld_set_threads(s->img, 1);
	double t0 = now();
	build_begin(s, c->arch, c->settings);
	sink_parse_and_build(s, &c->parser, c->inputs, c->ninputs, two_threads(c) ? 2 : 1);
	bool parsed = s->rep.errors == 0;
	bool built = build_end(s, c->settings);
	double t1 = now();
	if (c->perf) {
		fprintf(stderr, "p9ld: perf: parse and build %8.3f s  peak %5ld MiB\n", t1 - t0,
			peak_mib());
		p9ld_set_pass_timer(s->img, print_pass, NULL);
	}
	if (!built || !parsed || p9ld_link(s->img) != 0) {
		guard_check(&s->rep);        /* a changed input may be why */
		return 1;
	}
	double t2 = now();
	outputs out = { c->output ? c->output : p9ld_get_arch(s->img)->out_name, c->map,
			c->depfile };
	if (!outputs_apart(s, &out) || !outputs_not_read(s, &out))
		return 2;
	if (!outputs_write(s, &out))
		return 1;
	if (c->perf)
		fprintf(stderr, "p9ld: perf: link %8.3f s, write %8.3f s  peak %5ld MiB\n",
			t2 - t1, now() - t2, peak_mib());
	if (c->verbose)
		verbose(s, out.image, strcmp(out.image, "-") == 0 ? stderr : stdout);
	return 0;
}

int main(int argc, char **argv)
{
	script s = { .rep = { .prog = "p9ld", .limit = 20 } };
	cli c = { .parser = { .error_limit = s.rep.limit } };
	guard_install();
	int status = parse_options(argc, argv, &c, &s);
	outputs named = { c.output, c.map, c.depfile };
	if (status == 0 && (!outputs_apart(&s, &named) || !outputs_not_named(&s, &named,
									     c.inputs, c.ninputs)))
		status = 2;
	if (status == 0 && !find_inputs(&c, &s))
		status = 1;
	if (status == 0) {
		c.big = big_link(&c);
		if (c.fork > 0 || (c.fork == 0 && c.big))
			fork_start();
		s.img = p9ld_image_new(report_engine, &s.rep);
		if (s.img) {
			/* one past our limit, so that our "too many errors" is
			 * said; the engine holds back the rest unformatted */
			p9ld_set_error_limit(s.img, s.rep.limit + 1);
			build_link_write(&s, &c);
		} else {
			report_plain(&s.rep, "out of memory");
		}
		status = s.rep.usage ? 2 : s.rep.errors ? 1 : 0;
		fork_finish(status);
	}
	double t = now();
	p9ld_image_free(s.img);
	for (sfile *f = s.rep.files; f; f = f->next)
		file_release(f);
	blobs_free(&s.blobs);
	strtab_free(&s.dep_index);
	pool_free(&s.queued);
	pool_free(&s.lasting);
	pool_free(&c.parser.lasting);
	guard_free();
	if (c.perf && status != 2)
		fprintf(stderr, "p9ld: perf: free %8.3f s\n", now() - t);
	free((void *)c.parser.incdirs);
	free(c.libdirs);
	free(c.inputs);
	return status;
}
