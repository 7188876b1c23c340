/*
 * elfbytes ELF LO HI [-x SECTION]...: the bytes a linked ELF file holds
 * at the addresses LO to HI, from its allocated sections (NOBITS and
 * gaps as zeros), on standard output: what another linker wrote, to be
 * compared byte for byte with p9ld's text or data.  Sections named with
 * -x are left out (a GOT header a linker script lays under other data).
 */
#include <fcntl.h>
#include <gelf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	if (argc < 4 || (argc - 4) % 2) {
		fprintf(stderr, "usage: elfbytes ELF LO HI [-x SECTION]...\n");
		return 2;
	}
	unsigned long long lo = strtoull(argv[2], NULL, 0), hi = strtoull(argv[3], NULL, 0);
	if (hi < lo || hi - lo > 1u << 30) {
		fprintf(stderr, "elfbytes: bad range %s..%s\n", argv[2], argv[3]);
		return 2;
	}
	elf_version(EV_CURRENT);
	int fd = open(argv[1], O_RDONLY);
	Elf *e = fd >= 0 ? elf_begin(fd, ELF_C_READ, NULL) : NULL;
	size_t shstrndx;
	if (!e || elf_getshdrstrndx(e, &shstrndx) != 0) {
		fprintf(stderr, "elfbytes: cannot read %s\n", argv[1]);
		return 1;
	}
	unsigned char *out = calloc(1, hi - lo + 1);
	for (Elf_Scn *scn = NULL; (scn = elf_nextscn(e, scn));) {
		GElf_Shdr sh;
		if (!gelf_getshdr(scn, &sh) || !(sh.sh_flags & SHF_ALLOC) || !sh.sh_size)
			continue;
		const char *name = elf_strptr(e, shstrndx, sh.sh_name);
		int skip = 0;
		for (int i = 4; i < argc; i += 2)
			skip |= name && strcmp(argv[i], "-x") == 0 && strcmp(argv[i + 1], name) == 0;
		if (skip || sh.sh_addr >= hi || sh.sh_addr + sh.sh_size <= lo)
			continue;
		Elf_Data *d = sh.sh_type == SHT_NOBITS ? NULL : elf_rawdata(scn, NULL);
		for (unsigned long long a = sh.sh_addr; a < sh.sh_addr + sh.sh_size; a++)
			if (a >= lo && a < hi)
				out[a - lo] = d && a - sh.sh_addr < d->d_size
					? ((unsigned char *)d->d_buf)[a - sh.sh_addr] : 0;
	}
	fwrite(out, 1, hi - lo, stdout);
	free(out);
	elf_end(e);
	close(fd);
	return 0;
}
