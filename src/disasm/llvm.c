/*
 * LLVM, loaded when the first disassembler is opened.  Linking libLLVM
 * would make every run of p9dump load and relocate it -- a cost paid
 * by every test under valgrind -- though few runs disassemble; so the
 * library is opened by the soname found at build time (llvm-so.h, written
 * by llvm-soname from the library llvm-config names) and the few functions
 * needed are looked up by name.  Only the targets asked for are set up.
 *
 * DISASM_LLVM (set by local.mk when configure found LLVM) builds this half;
 * without it every disassembler says there is none.
 *
 * The library and its functions are process-wide (a loaded library is):
 * they are found once, under pthread_once, and never unloaded.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "disasm/dis.h"

#ifndef DISASM_LLVM

bool llvm_ready(char *err, size_t errsize)
{
	snprintf(err, errsize, "this build has no disassembler: it was configured "
		 "without LLVM (Debian: llvm-dev)");
	return false;
}

bool llvm_open(disasm *d, char *err, size_t errsize)
{
	(void)d;
	return llvm_ready(err, errsize);
}

size_t llvm_decode(disasm *d, uint64_t pc, const uint8_t *b, size_t n,
		   char *text, size_t size)
{
	(void)d, (void)pc, (void)b, (void)n, (void)text, (void)size;
	return 0;
}

void llvm_close(disasm *d)
{
	(void)d;
}

#else

#include <dlfcn.h>
#include <pthread.h>

#include <llvm-c/Disassembler.h>
#include <llvm/Config/llvm-config.h>

#ifndef DISASM_LLVM_SONAME       /* a build without make may define them */
#include "src/disasm/llvm-so.h"
#endif

/* The functions looked up, typed from LLVM's own declarations. */
typedef struct llvm_api {
	void *lib;
	__typeof__(LLVMCreateDisasmCPUFeatures) *create;
	__typeof__(LLVMSetDisasmOptions) *options;
	__typeof__(LLVMDisasmInstruction) *decode;
	__typeof__(LLVMDisasmDispose) *dispose;
	char err[256];
} llvm_api;

static llvm_api api;
static pthread_once_t api_once = PTHREAD_ONCE_INIT;
static pthread_mutex_t init_lock = PTHREAD_MUTEX_INITIALIZER;

static void *find(const char *name)
{
	void *f = dlsym(api.lib, name);
	if (!f && !api.err[0])
		snprintf(api.err, sizeof api.err, "LLVM's library has no %s", name);
	return f;
}

/* P9LD_LLVM_LIBRARY names another library to load (an LLVM of the same
 * major version built elsewhere), and is the only one tried then. */
static void load(void)
{
	const char *env = getenv("P9LD_LLVM_LIBRARY");
	const char *tried[] = { DISASM_LLVM_SONAME, DISASM_LLVM_PATH };
	if (env && env[0])
		tried[0] = env, tried[1] = "";
	for (size_t i = 0; i < 2 && !api.lib; i++)
		if (tried[i][0])
			api.lib = dlopen(tried[i], RTLD_NOW | RTLD_LOCAL);
	if (!api.lib) {
		const char *why = tried[0][0] ? dlerror() : NULL;
		snprintf(api.err, sizeof api.err, "cannot load LLVM's library: %s",
			 why ? why : "llvm-config named no shared library at build time");
		return;
	}
	api.create = (__typeof__(api.create))find("LLVMCreateDisasmCPUFeatures");
	api.options = (__typeof__(api.options))find("LLVMSetDisasmOptions");
	api.decode = (__typeof__(api.decode))find("LLVMDisasmInstruction");
	api.dispose = (__typeof__(api.dispose))find("LLVMDisasmDispose");
}

/* LLVM registers a target through three functions named after it. */
static bool init_target(const char *name, char *err, size_t errsize)
{
	static const char *const parts[] = { "TargetInfo", "TargetMC", "Disassembler" };
	for (int i = 0; i < 3; i++) {
		char sym[64];
		snprintf(sym, sizeof sym, "LLVMInitialize%s%s", name, parts[i]);
		void (*init)(void) = (void (*)(void))dlsym(api.lib, sym);
		if (!init) {
			snprintf(err, errsize, "LLVM was built without the %s target (no %s)",
				 name, sym);
			return false;
		}
		init();
	}
	return true;
}

/* LLVM's report of an operand that may be an address (x86 only: other
 * archs are read from their bits in refs.c).  Returning 0 leaves the
 * operand as LLVM prints it. */
#if LLVM_VERSION_MAJOR >= 15
static int on_operand(void *info, uint64_t pc, uint64_t offset, uint64_t size,
		      uint64_t insn_size, int tag, void *buf)
#else
static int on_operand(void *info, uint64_t pc, uint64_t offset, uint64_t size,
		      int tag, void *buf)
#endif
{
	disasm *d = info;
	const struct LLVMOpInfo1 *op = buf;
	(void)pc, (void)offset;
#if LLVM_VERSION_MAJOR >= 15
	(void)insn_size;
#endif
	if (tag == 1 && d->cur)
		refs_operand(d, op->Value, size);
	return 0;
}

bool llvm_ready(char *err, size_t errsize)
{
	pthread_once(&api_once, load);
	if (!api.lib || api.err[0]) {
		snprintf(err, errsize, "%s", api.err);
		return false;
	}
	return true;
}

bool llvm_open(disasm *d, char *err, size_t errsize)
{
	if (!llvm_ready(err, errsize))
		return false;
	pthread_mutex_lock(&init_lock);
	bool ok = init_target(target_llvm_name(d->t), err, errsize);
	pthread_mutex_unlock(&init_lock);
	if (!ok)
		return false;
	LLVMOpInfoCallback cb = d->rules ? NULL : on_operand;
	d->llvm = api.create(d->t->triple, d->t->cpu, d->t->features, d, 1, cb, NULL);
	if (!d->llvm) {
		snprintf(err, errsize, "LLVM has no disassembler for %s (triple %s)",
			 d->arch->name, d->t->triple);
		return false;
	}
	api.options(d->llvm, LLVMDisassembler_Option_PrintImmHex);
	return true;
}

size_t llvm_decode(disasm *d, uint64_t pc, const uint8_t *b, size_t n,
		   char *text, size_t size)
{
	uint8_t bytes[16];               /* LLVM takes them as not const */
	if (n > sizeof bytes)
		n = sizeof bytes;
	memcpy(bytes, b, n);
	return api.decode(d->llvm, bytes, n, pc, text, size);
}

void llvm_close(disasm *d)
{
	if (d->llvm)
		api.dispose(d->llvm);
}

#endif
