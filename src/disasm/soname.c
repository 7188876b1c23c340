/*
 * Build helper: write llvm-so.h, the names under which llvm.c loads LLVM
 * at run time -- the soname of the shared library llvm-config names (the
 * name the dynamic linker would have recorded had p9dump linked it) and
 * that file's own path as a fallback.  Run by make, never installed.
 *	llvm-soname LIBFILE...   (llvm-config --libfiles)
 */
#include <fcntl.h>
#include <gelf.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* The DT_SONAME of the ELF shared object at PATH, or NULL. */
static const char *soname_of(Elf *e)
{
	Elf_Scn *scn = NULL;
	GElf_Shdr sh;
	while ((scn = elf_nextscn(e, scn)) != NULL) {
		if (!gelf_getshdr(scn, &sh) || sh.sh_type != SHT_DYNAMIC)
			continue;
		Elf_Data *data = elf_getdata(scn, NULL);
		GElf_Dyn dyn;
		for (int i = 0; data && gelf_getdyn(data, i, &dyn); i++)
			if (dyn.d_tag == DT_SONAME)
				return elf_strptr(e, sh.sh_link, dyn.d_un.d_val);
	}
	return NULL;
}

/* A C string literal: the paths are the build machine's, any byte goes. */
static void put_string(const char *s)
{
	putchar('"');
	for (; *s; s++)
		printf(*s == '"' || *s == '\\' ? "\\%c" : (unsigned char)*s < 0x20 ? "\\%03o" : "%c",
		       *s);
	putchar('"');
}

int main(int argc, char **argv)
{
	if (elf_version(EV_CURRENT) == EV_NONE)
		return 1;
	for (int i = 1; i < argc; i++) {
		int fd = open(argv[i], O_RDONLY);
		Elf *e = fd >= 0 ? elf_begin(fd, ELF_C_READ, NULL) : NULL;
		const char *so = e && elf_kind(e) == ELF_K_ELF ? soname_of(e) : NULL;
		if (so) {
			printf("/* written by llvm-soname from %s */\n#define DISASM_LLVM_SONAME ", argv[i]);
			put_string(so);
			printf("\n#define DISASM_LLVM_PATH ");
			put_string(argv[i]);
			printf("\n");
		}
		if (e)
			elf_end(e);
		if (fd >= 0)
			close(fd);
		if (so)
			return 0;
	}
	printf("/* llvm-config names no shared LLVM library */\n"
	       "#define DISASM_LLVM_SONAME \"\"\n#define DISASM_LLVM_PATH \"\"\n");
	return 0;
}
