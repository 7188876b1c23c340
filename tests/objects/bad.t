# Bad objects and archives, each with the exact diagnostics p9ld gives
# and exit status 1 (run by tests/objects/bad.sh, which says how to read
# this file).  The damaged ones start from the good objects below and
# change one field (tests/objects/mkbad.c); the offsets in the messages
# are those of clang's objects for these sources.

%% base amd64
# text, data, bss; a local function, globals; relocations in text and
# data (RELA)
	.text
	.globl	_start
_start:
	call	f
	movl	counter(%rip), %eax
	jmp	_start
	.type	f, @function
f:
	leaq	msg(%rip), %rax
	ret
	.data
	.globl	msg
msg:
	.asciz	"hello"
	.quad	f
	.bss
	.globl	counter
counter:
	.zero	8

%% base 386
# the same, 32-bit with REL relocations
	.text
	.globl	_start
_start:
	call	f
	movl	counter, %eax
	jmp	_start
	.type	f, @function
f:
	movl	$msg, %eax
	ret
	.data
	.globl	msg
msg:
	.asciz	"hello"
	.long	f
	.bss
	.globl	counter
counter:
	.zero	4

%% base mips
# the same, big-endian with REL relocations (and a HI16/LO16 pair)
	.set	noreorder
	.text
	.globl	_start
_start:
	jal	f
	nop
	lui	$2, %hi(counter)
	lw	$2, %lo(counter)($2)
	j	_start
	nop
	.type	f, @function
f:
	jr	$31
	nop
	.data
	.globl	msg
msg:
	.asciz	"hello"
	.p2align	2
	.word	f
	.bss
	.globl	counter
counter:
	.space	4

=== the good objects link
%% build
base amd64 a.o
base 386 b.o
base mips c.o
%% args
-o out a.o
%% status
0

=== the good 386 object links
%% build
base 386 b.o
%% args
-o out b.o
%% status
0

=== the good mips object links
%% build
base mips c.o
%% args
-o out c.o
%% status
0

=== a machine no Plan 9 arch runs (s390x)
%% file s390x.c
int _start(void) { return 0; }
%% build
cc s390x-none-elf s390x.c s390x.o
%% args
-o out s390x.o
%% stderr
s390x.o: error: an object for ELF machine 22, which no Plan 9 arch runs

=== a machine no Plan 9 arch runs, after an amd64 object
%% file s390x.c
int f(void) { return 0; }
%% build
base amd64 a.o
cc s390x-none-elf s390x.c s390x.o
%% args
-o out a.o s390x.o
%% stderr
s390x.o: error: an object for ELF machine 22, which no Plan 9 arch runs

=== another arch's object than the link's
%% build
base amd64 a.o
base mips c.o
%% args
-o out a.o c.o
%% stderr
c.o: error: a mips object (32-bit, big-endian), but the link is for amd64

=== another arch's object than --arch names
%% build
base 386 b.o
%% args
-o out --arch amd64 b.o
%% stderr
b.o: error: a 386 object (32-bit, little-endian), but the link is for amd64

=== the class: an x32 object (32-bit x86-64)
%% file x32.c
int _start(void) { return 0; }
%% build
cc x86_64-linux-gnux32 x32.c x32.o
%% args
-o out x32.o
%% stderr
x32.o: error: a 32-bit little-endian object for ELF machine 62, which no Plan 9 arch runs (amd64 objects are 64-bit little-endian)

=== the class, against the link's arch: mips64 in a mips link
%% file f.c
int f(void) { return 0; }
%% build
base mips c.o
cc mips64 f.c f.o
%% args
-o out c.o f.o
%% stderr
f.o: error: a mips64 object (64-bit, big-endian), but the link is for mips

=== the byte order: big-endian arm64
%% file be.c
int _start(void) { return 0; }
%% build
cc aarch64_be-none-elf be.c be.o
%% args
-o out be.o
%% stderr
be.o: error: a 64-bit big-endian object for ELF machine 183, which no Plan 9 arch runs (arm64 objects are 64-bit little-endian)

=== the byte order, against the link's arch: spim in a mips link
%% file f.c
int f(void) { return 0; }
%% build
base mips c.o
cc spim f.c f.o
%% args
-o out c.o f.o
%% stderr
f.o: error: a spim object (32-bit, little-endian), but the link is for mips

=== an executable (ET_EXEC)
%% build
base amd64 a.o
bad a.o exec ehdr type 2
%% args
-o out exec
%% stderr
exec: error: an executable, not an object: give a relocatable object (.o)

=== a shared object (ET_DYN)
%% build
base amd64 a.o
bad a.o lib.so ehdr type 3
%% args
-o out a.o lib.so
%% stderr
lib.so: error: a shared object, not an object: give a relocatable object (.o)

=== a core file (ET_CORE)
%% build
base 386 b.o
bad b.o core ehdr type 4
%% args
-o out core
%% stderr
core: error: ELF type 4 is not a relocatable object

=== an unknown class
%% build
base amd64 a.o
bad a.o bad.o byte 4 3
%% args
-o out bad.o
%% stderr
bad.o: error: unknown ELF class 3 (e_ident[EI_CLASS]: 1 is 32-bit, 2 64-bit)

=== an unknown byte order
%% build
base amd64 a.o
bad a.o bad.o byte 5 0
%% args
-o out bad.o
%% stderr
bad.o: error: unknown ELF byte order 0 (e_ident[EI_DATA]: 1 is little-endian, 2 big-endian)

=== an unknown ELF version in e_ident
%% build
base amd64 a.o
bad a.o bad.o byte 6 2
%% args
-o out bad.o
%% stderr
bad.o: error: ELF version 2 (e_ident[EI_VERSION]), not 1

=== an unknown ELF version in e_version
%% build
base mips c.o
bad c.o bad.o ehdr version 0
%% args
-o out bad.o
%% stderr
bad.o: error: ELF version 0 (e_version), not 1

=== truncated: the magic alone
%% build
base amd64 a.o
bad a.o bad.o cut 4
%% args
-o out bad.o
%% stderr
bad.o: error: truncated in its ELF header: the file is 4 bytes

=== truncated in e_ident
%% build
base amd64 a.o
bad a.o bad.o cut 12
%% args
-o out bad.o
%% stderr
bad.o: error: truncated in its ELF header: the file is 12 bytes

=== truncated after e_ident
%% build
base amd64 a.o
bad a.o bad.o cut 16
%% args
-o out bad.o
%% stderr
bad.o: error: truncated in its ELF header: the file is 16 bytes, a 64-bit header 64

=== truncated one byte short of the header
%% build
base 386 b.o
bad b.o bad.o cut 51
%% args
-o out bad.o
%% stderr
bad.o: error: truncated in its ELF header: the file is 51 bytes, a 32-bit header 52

=== truncated after the header
%% build
base amd64 a.o
bad a.o bad.o cut 64
%% args
-o out bad.o
%% stderr
bad.o: error: its section headers at 0x1a0 (e_shoff) are past the end of the file (0x40 bytes)

=== truncated in .text
%% build
base amd64 a.o
bad a.o bad.o cut off:.text+5
%% args
-o out bad.o
%% stderr
bad.o: error: its section headers at 0x1a0 (e_shoff) are past the end of the file (0x45 bytes)

=== truncated in the first section header
%% build
base amd64 a.o
bad a.o bad.o cut 0x1a0+63
%% args
-o out bad.o
%% stderr
bad.o: error: its section headers at 0x1a0 (e_shoff) are past the end of the file (0x1df bytes)

=== truncated in the last section header
%% build
base amd64 a.o
bad a.o bad.o cut end-1
%% args
-o out bad.o
%% stderr
bad.o: error: its 8 section headers at 0x1a0 (e_shoff) run past the end of the file (0x39f bytes)

=== truncated in the section headers, big-endian
%% build
base mips c.o
bad c.o bad.o cut end-100
%% args
-o out bad.o
%% stderr
bad.o: error: its 10 section headers at 0x180 (e_shoff) run past the end of the file (0x2ac bytes)

=== e_shoff past the end
%% build
base amd64 a.o
bad a.o bad.o ehdr shoff 0x7fff0000
%% args
-o out bad.o
%% stderr
bad.o: error: its section headers at 0x7fff0000 (e_shoff) are past the end of the file (0x3a0 bytes)

=== e_shoff 0
%% build
base 386 b.o
bad b.o bad.o ehdr shoff 0
%% args
-o out bad.o
%% stderr
bad.o: error: it has no section headers (e_shoff is 0)

=== e_shnum past the end
%% build
base amd64 a.o
bad a.o bad.o ehdr shnum 100
%% args
-o out bad.o
%% stderr
bad.o: error: its 100 section headers at 0x1a0 (e_shoff) run past the end of the file (0x3a0 bytes)

=== e_shnum 0, and section 0 holds no count
%% build
base amd64 a.o
bad a.o bad.o ehdr shnum 0
%% args
-o out bad.o
%% stderr
bad.o: error: it has no sections (e_shnum is 0)

=== e_shnum 0, and section 0 holds a count past the end
%% build
base amd64 a.o
bad a.o bad.o ehdr shnum 0 shdr #0 size 0x10000
%% args
-o out bad.o
%% stderr
bad.o: error: its 65536 section headers at 0x1a0 (e_shoff) run past the end of the file (0x3a0 bytes)

=== e_shentsize not a section header's size
%% build
base amd64 a.o
bad a.o bad.o ehdr shentsize 40
%% args
-o out bad.o
%% stderr
bad.o: error: its section headers are 40 bytes each (e_shentsize), not 64

=== e_shstrndx out of range
%% build
base amd64 a.o
bad a.o bad.o ehdr shstrndx 8
%% args
-o out bad.o
%% stderr
bad.o: error: its section name table is section 8 (e_shstrndx), of 8

=== e_shstrndx out of range, through section 0 (SHN_XINDEX)
%% build
base 386 b.o
bad b.o bad.o ehdr shstrndx 0xffff shdr #0 link 77
%% args
-o out bad.o
%% stderr
bad.o: error: its section name table is section 77 (e_shstrndx), of 8

=== e_shstrndx names no string table
%% build
base amd64 a.o
bad a.o bad.o ehdr shstrndx 2
%% args
-o out bad.o
%% stderr
bad.o: error: the section name table, section 2, is not a string table (type 1)

=== the section name table without its NUL
%% build
base amd64 a.o
bad a.o bad.o byte off:.strtab+size:.strtab-1 0x41
%% args
-o out bad.o
%% stderr
bad.o: error: the section name table, section 1, does not end with a NUL

=== the section name table past the end
%% build
base mips c.o
bad c.o bad.o shdr .strtab size 0x1000
%% args
-o out bad.o
%% stderr
bad.o: error: section 1 (the section name table) runs past the end of the file (offset 0x128, size 0x1000, file 0x310)

=== a section's name past the name table
%% build
base amd64 a.o
bad a.o bad.o shdr .data name 0x41
%% args
-o out bad.o
%% stderr
bad.o: error: section 4's name (offset 65) is outside the section name table

=== an inactive section (SHT_NULL) past the end
%% build
base amd64 a.o
bad a.o bad.o shdr .data type 0 shdr .data offset 0x28000000
%% args
-o out bad.o
%% stderr
bad.o: error: section 4 (.data) runs past the end of the file (offset 0x28000000, size 0xe, file 0x3a0)

=== .text's offset past the end
%% build
base amd64 a.o
bad a.o bad.o shdr .text offset 0x10000
%% args
-o out bad.o
%% stderr
bad.o: error: section 2 (.text) runs past the end of the file (offset 0x10000, size 0x18, file 0x3a0)

=== .data's size past the end
%% build
base 386 b.o
bad b.o bad.o shdr .data size 0xffffffff
%% args
-o out bad.o
%% stderr
bad.o: error: section 4 (.data) runs past the end of the file (offset 0x49, size 0xffffffff, file 0x254)

=== .data's offset and size wrap around
%% build
base amd64 a.o
bad a.o bad.o shdr .data offset 0xfffffffffffffff0 shdr .data size 0x20
%% args
-o out bad.o
%% stderr
bad.o: error: section 4 (.data) runs past the end of the file (offset 0xfffffffffffffff0, size 0x20, file 0x3a0)

=== the relocation section past the end, big-endian
%% build
base mips c.o
bad c.o bad.o shdr .rel.text offset end-8
%% args
-o out bad.o
%% stderr
bad.o: error: section 3 (.rel.text) runs past the end of the file (offset 0x308, size 0x20, file 0x310)

=== an alignment that is no power of two
%% build
base amd64 a.o
bad a.o bad.o shdr .text addralign 12
%% args
-o out bad.o
%% stderr
bad.o: error: section 2 (.text) has alignment 0xc, not a power of two

=== text aligned at 2^42: a text segment past 4 GiB, refused after layout
%% build
base amd64 a.o
bad a.o bad.o shdr .text addralign 0x40000000000
%% args
-o out bad.o
%% stderr
bad.o: error: text size 0x3ffffdffff0 does not fit the 32-bit field of amd64's a.out header

=== data aligned at 2^33: a data segment past 4 GiB
%% build
base amd64 a.o
bad a.o bad.o shdr .data addralign 0x200000000
%% args
-o out bad.o
%% stderr
bad.o: error: data size 0x1ffc0000e does not fit the 32-bit field of amd64's a.out header

=== the symbol table's string table out of range (sh_link)
%% build
base amd64 a.o
bad a.o bad.o shdr .symtab link 99
%% args
-o out bad.o
%% stderr
bad.o: error: its symbol table's string table is section 99 (sh_link), of 8

=== the symbol table's string table is no string table
%% build
base 386 b.o
bad b.o bad.o shdr .symtab link 4
%% args
-o out bad.o
%% stderr
bad.o: error: the symbol table's string table, section 4, is not a string table (type 1)

=== the symbol table's first global out of range (sh_info)
%% build
base amd64 a.o
bad a.o bad.o shdr .symtab info 7
%% args
-o out bad.o
%% stderr
bad.o: error: its symbol table's first global (sh_info) is symbol 7, of 6

=== the symbol table's entsize wrong
%% build
base amd64 a.o
bad a.o bad.o shdr .symtab entsize 16
%% args
-o out bad.o
%% stderr
bad.o: error: its symbol table's entries are 16 bytes (sh_entsize), not 24

=== the symbol table's size no whole number of symbols
%% build
base mips c.o
bad c.o bad.o shdr .symtab size 0x5f
%% args
-o out bad.o
%% stderr
bad.o: error: its symbol table's size 0x5f is not a whole number of 16-byte symbols

=== a symbol's name past the string table
%% build
base amd64 a.o
bad a.o bad.o sym _start name 0x41
%% args
-o out bad.o
%% stderr
bad.o: error: symbol 3's name (offset 65) is outside the string table

=== a symbol's section out of range
%% build
base amd64 a.o
bad a.o bad.o sym msg shndx 99
%% args
-o out bad.o
%% stderr
bad.o: error: symbol 5 ('msg') is in section 99, which does not exist

=== a symbol's value past its section
%% build
base 386 b.o
bad b.o bad.o sym f value 0x16
%% args
-o out bad.o
%% stderr
bad.o: error: symbol 2 ('f') at 0x16 is past the end of .text (0x15 bytes)

=== a local symbol that is undefined
%% build
base mips c.o
bad c.o bad.o sym f shndx 0
%% args
-o out bad.o
%% stderr
bad.o: error: local symbol 2 ('f') is undefined

=== a symbol's section in an SHT_SYMTAB_SHNDX table the object has not
%% build
base amd64 a.o
bad a.o bad.o sym msg shndx 0xffff
%% args
-o out bad.o
%% stderr
bad.o: error: symbol 5's section is in an SHT_SYMTAB_SHNDX table (st_shndx SHN_XINDEX), and the object has none

=== two symbol tables
%% build
base 386 b.o
bad b.o bad.o shdr .rel.data type 2
%% args
-o out bad.o
%% stderr
bad.o: error: two symbol tables

=== code with no bytes (SHF_EXECINSTR and SHT_NOBITS)
%% build
base amd64 a.o
bad a.o bad.o shdr .bss flags 6
%% args
-o out bad.o
%% stderr
bad.o: error: section 6 (.bss) is code (SHF_EXECINSTR) with no bytes (SHT_NOBITS)

=== a relocation section for a section out of range (sh_info)
%% build
base amd64 a.o
bad a.o bad.o shdr .rela.text info 8
%% args
-o out bad.o
%% stderr
bad.o: error: relocation section 3 (.rela.text) is for section 8 (sh_info), of 8

=== a relocation section for .bss
%% build
base amd64 a.o
bad a.o bad.o shdr .rela.data info 6
%% args
-o out bad.o
%% stderr
bad.o: error: relocation section 5 (.rela.data) is for .bss, which has no bytes

=== a relocation section whose symbols are not the symbol table (sh_link)
%% build
base 386 b.o
bad b.o bad.o shdr .rel.text link 1
%% args
-o out bad.o
%% stderr
bad.o: error: relocation section 3 (.rel.text) names section 1 (sh_link), not the symbol table, for its symbols

=== a relocation section's entsize wrong
%% build
base amd64 a.o
bad a.o bad.o shdr .rela.text entsize 16
%% args
-o out bad.o
%% stderr
bad.o: error: relocation section 3 (.rela.text) has 16-byte records (sh_entsize), not 24

=== a relocation section's size no whole number of records
%% build
base mips c.o
bad c.o bad.o shdr .rel.text size 0x1c
%% args
-o out bad.o
%% stderr
bad.o: error: relocation section 3 (.rel.text) is 0x1c bytes, not a whole number of 8-byte records

=== a relocation offset outside its section
%% build
base amd64 a.o
bad a.o bad.o rel .rela.text 1 offset 0x18
%% args
-o out bad.o
%% stderr
bad.o: error: relocation 1 of .text is at 0x18, outside the section (0x18 bytes)

=== a relocation whose field runs past its section
%% build
base amd64 a.o
bad a.o bad.o rel .rela.data 0 offset 0x8
%% args
-o out bad.o
%% stderr
bad.o: error: relocation 0 (R_X86_64_64) at 0x8 runs past the end of .data

=== a relocation offset outside its section, REL
%% build
base 386 b.o
bad b.o bad.o rel .rel.data 0 offset 0xffffffff
%% args
-o out bad.o
%% stderr
bad.o: error: relocation 0 of .data is at 0xffffffff, outside the section (0xa bytes)

=== a relocation's symbol index out of range
%% build
base amd64 a.o
bad a.o bad.o rel .rela.text 2 sym 6
%% args
-o out bad.o
%% stderr
bad.o: error: relocation 2 of .text names symbol 6, and the symbol table has 6

=== a relocation's symbol index out of range, big-endian
%% build
base mips c.o
bad c.o bad.o rel .rel.text 3 sym 0xffffff
%% args
-o out bad.o
%% stderr
bad.o: error: relocation 3 of .text names symbol 16777215, and the symbol table has 6

=== a relocation type outside the table
%% build
base amd64 a.o
bad a.o bad.o rel .rela.text 1 type 99
%% args
-o out bad.o
%% stderr
bad.o(.text+0xc): error: relocation type 99: not supported by p9ld for amd64

=== a relocation type outside the table, 386
%% build
base 386 b.o
bad b.o bad.o rel .rel.text 0 type 200
%% args
-o out bad.o
%% stderr
bad.o(.text+0x6): error: relocation type 200: not supported by p9ld for 386

=== a relocation type not in the table, named (thread-local code)
%% file tls.s
	.text
	.globl	_start
_start:
	movl	%fs:counter@tpoff, %eax
	ret
	.section	.tbss, "awT", @nobits
	.globl	counter
	.type	counter, @object
	.p2align	2
counter:
	.zero	4
%% build
as amd64 tls.s tls.o
%% args
-o out tls.o
%% stderr
tls.o(.text+0x4): error: R_X86_64_TPOFF32: not supported by p9ld for amd64

=== a relocation type known and refused: Thumb code (R_ARM_THM_CALL)
%% file thumb.s
	.text
	.globl	_start
	.type	_start, %function
_start:
	bx	lr
	.thumb
	.globl	g
g:
	bl	_start
%% build
as arm thumb.s thumb.o
%% args
-o out thumb.o
%% stderr
thumb.o(.text+0x4): error: R_ARM_THM_CALL: not supported: Thumb code: Plan 9 arm runs ARM state (compile with -marm)

=== Thumb code: an arm function symbol with bit 0 set
%% file thumb.s
	.text
	.globl	_start
	.type	_start, %function
	.thumb_func
_start:
	bx	lr
%% build
as arm thumb.s thumb.o
%% args
-o out thumb.o
%% stderr
thumb.o: error: symbol '_start' is Thumb code: Plan 9 arm runs ARM state (compile with -marm)

=== riscv: code assembled with relaxation (R_RISCV_ALIGN)
%% file relax.s
	.text
	.globl	_start
_start:
	.p2align	3
	ret
%% build
as riscv64 relax.s relax.o -mrelax
%% args
-o out relax.o
%% stderr
relax.o(.text+0x0): error: R_RISCV_ALIGN: not supported: code assembled for linker relaxation: assemble with -mno-relax

=== riscv: an R_RISCV_ALIGN whose padding already meets the alignment links
# nop (2 bytes), then 6 bytes of padding from 2 to 8
%% file relax.s
	.text
	.globl	_start
_start:
	nop
	.p2align	3
	ret
%% build
as riscv64 relax.s relax.o -mrelax
%% args
-o out relax.o
%% status
0

=== riscv: an R_RISCV_ALIGN whose padding is more than any section holds
%% file relax.s
	.text
	.globl	_start
_start:
	nop
	.p2align	3
	ret
%% build
as riscv64 relax.s good.o -mrelax
bad good.o relax.o rel .rela.text 0 addend -1
%% args
-o out relax.o
%% stderr
relax.o(.text+0x2): error: R_RISCV_ALIGN: not supported: code assembled for linker relaxation: assemble with -mno-relax

=== power64: an ELFv1 object (.opd)
%% file v1.c
int _start(void) { return 0; }
%% build
cc powerpc64-none-elf v1.c v1.o
%% args
-o out v1.o
%% stderr
v1.o: error: an .opd section: an ELFv1 object, and Plan 9 power64 needs ELFv2 (compile with -mabi=elfv2)

=== a branch out of range
# arm64's bl reaches 128 MiB either way; far is at 256 MiB
%% file far.s
	.text
	.globl	_start
_start:
	bl	far
	ret
%% file defs.s
	.globl	far
	.set	far, 0x10000000
%% build
as arm64 far.s far.o
as arm64 defs.s defs.o
%% args
-o out far.o defs.o
%% stderr
far.o(.text+0x0): error: R_AARCH64_CALL26 against 'far': value 0xffeffd8 (268369880) does not fit the 26-bit signed field (-134217728 to 134217727)

=== a branch to a misaligned target
%% file odd.s
	.text
	.globl	_start
_start:
	nop
	b	odd
%% file defs.s
	.globl	odd
	.set	odd, 0x10002
%% build
as arm64 odd.s odd.o
as arm64 defs.s defs.o
%% args
-o out odd.o defs.o
%% stderr
odd.o(.text+0x4): error: R_AARCH64_JUMP26 against 'odd': value 0xffffffffffffffd6 is not a multiple of 4

=== .init_array kept
%% file ctor.s
	.text
	.globl	_start
_start:
	ret
ctor:
	ret
	.section	.init_array, "aw", @init_array
	.p2align	3
	.quad	ctor
%% build
as amd64 ctor.s ctor.o
%% args
-o out ctor.o
%% stderr
ctor.o: error: section .init_array: constructors and destructors would never run in a static Plan 9 image

=== .init_array dropped by --gc links
%% file ctor.s
	.text
	.globl	_start
_start:
	ret
ctor:
	ret
	.section	.init_array, "aw", @init_array
	.p2align	3
	.quad	ctor
%% build
as amd64 ctor.s ctor.o
%% args
--gc -o out ctor.o
%% status
0

=== .ctors kept
%% file ctor.s
	.text
	.globl	_start
_start:
	ret
ctor:
	ret
	.section	.ctors, "aw"
	.p2align	2
	.long	ctor
%% build
as 386 ctor.s ctor.o
%% args
-o out ctor.o
%% stderr
ctor.o: error: section .ctors: constructors and destructors would never run in a static Plan 9 image

=== thread-local storage kept (.tbss, and its symbol)
%% file tls.s
	.text
	.globl	_start
_start:
	ret
	.section	.tbss, "awT", @nobits
	.globl	counter
	.type	counter, @object
	.p2align	2
counter:
	.zero	4
%% build
as amd64 tls.s tls.o
%% args
-o out tls.o
%% stderr
tls.o: error: section .tbss: thread-local storage has no meaning in a static Plan 9 image

=== thread-local storage kept (.tdata)
%% file tls.s
	.text
	.globl	_start
_start:
	ret
	.section	.tdata, "awT", @progbits
	.type	state, @object
	.p2align	2
state:
	.long	1
%% build
as arm64 tls.s tls.o
%% args
-o out tls.o
%% stderr
tls.o: error: section .tdata: thread-local storage has no meaning in a static Plan 9 image

=== thread-local storage dropped by --gc links
%% file tls.s
	.text
	.globl	_start
_start:
	ret
	.section	.tbss, "awT", @nobits
	.globl	counter
	.type	counter, @object
	.p2align	2
counter:
	.zero	4
	.section	.tdata, "awT", @progbits
	.type	state, @object
	.p2align	2
state:
	.long	1
%% build
as amd64 tls.s tls.o
%% args
--gc -o out tls.o
%% status
0

=== thread-local storage in a lazy object, not used, links
%% file tls.s
	.text
	.globl	tls_user
tls_user:
	ret
	.section	.tbss, "awT", @nobits
	.globl	counter
	.type	counter, @object
	.p2align	2
counter:
	.zero	4
%% file t.p9
object "main.o";
object "tls.o" lazy;
%% file main.s
	.text
	.globl	_start
_start:
	ret
%% build
as amd64 tls.s tls.o
as amd64 main.s main.o
%% args
-o out t.p9
%% status
0

=== thread-local storage in a lazy object, used
%% file tls.s
	.text
	.globl	tls_user
tls_user:
	ret
	.section	.tbss, "awT", @nobits
	.globl	counter
	.type	counter, @object
	.p2align	2
counter:
	.zero	4
%% file t.p9
object "main.o";
object "tls.o" lazy;
%% file main.s
	.text
	.globl	_start
_start:
	movl	counter(%rip), %eax
	ret
%% build
as amd64 tls.s tls.o
as amd64 main.s main.o
%% args
-o out t.p9
%% stderr
tls.o: error: section .tbss: thread-local storage has no meaning in a static Plan 9 image

=== a thread-local symbol no section of the object holds
%% file tls.s
	.text
	.globl	_start
_start:
	ret
	.globl	errno
	.type	errno, @tls_object
%% build
as amd64 tls.s tls.o
%% args
-o out tls.o
%% stderr
tls.o: error: symbol 'errno' is thread-local: thread-local storage has no meaning in a static Plan 9 image

=== an STT_GNU_IFUNC symbol kept
%% file ifunc.s
	.text
	.globl	_start
_start:
	call	pick
	ret
	.globl	pick
	.type	pick, @gnu_indirect_function
pick:
	ret
%% build
as amd64 ifunc.s ifunc.o
%% args
-o out ifunc.o
%% stderr
ifunc.o: error: symbol 'pick' is an STT_GNU_IFUNC: an indirect function has no meaning in a static Plan 9 image

=== an STT_GNU_IFUNC symbol dropped by --gc links
%% file ifunc.s
	.text
	.globl	_start
_start:
	ret
	.section	.text.pick, "ax", @progbits
	.globl	pick
	.type	pick, @gnu_indirect_function
pick:
	ret
%% build
as amd64 ifunc.s ifunc.o
%% args
--gc -o out ifunc.o
%% status
0

=== two strong definitions of one global
%% file one.s
	.text
	.globl	_start
_start:
	call	helper
	ret
	.globl	helper
helper:
	ret
%% file two.s
	.text
	.globl	helper
helper:
	nop
	ret
%% build
as amd64 one.s one.o
as amd64 two.s two.o
%% args
-o out one.o two.o
%% stderr
two.o: error: duplicate definition of 'helper'
one.o: note: the other definition of 'helper' is here

=== a weak and a strong definition link
%% file one.s
	.text
	.globl	_start
_start:
	call	helper
	ret
	.weak	helper
helper:
	ret
%% file two.s
	.text
	.globl	helper
helper:
	nop
	ret
%% build
as amd64 one.s one.o
as amd64 two.s two.o
%% args
-o out one.o two.o
%% status
0

=== an undefined name, named where it is used
%% file main.s
	.text
	.globl	_start
_start:
	nop
	call	nowhere
	ret
%% build
as amd64 main.s main.o
%% args
-o out main.o
%% stderr
main.o(.text+0x2): error: undefined symbol 'nowhere'

=== an undefined name, with a close one suggested
%% file main.s
	.text
	.globl	_start
_start:
	bl	prnt
	ret
%% file lib.s
	.text
	.globl	print
print:
	ret
%% build
as arm64 main.s main.o
as arm64 lib.s lib.o
%% args
-o out main.o lib.o
%% stderr
main.o(.text+0x0): error: undefined symbol 'prnt'; did you mean 'print'?

=== an undefined name in data, REL
%% file main.s
	.text
	.globl	_start
_start:
	ret
	.data
	.long	missing
%% build
as 386 main.s main.o
%% args
-o out main.o
%% stderr
main.o(.data+0x0): error: undefined symbol 'missing'

=== an archive: not an ar archive (-l)
%% build
base amd64 a.o
%% file libbad.a
!<arxh>
junk
%% args
-o out a.o -L. -lbad
%% stderr
./libbad.a: error: not an ar archive: it does not start with !<arch>\n

=== an archive: a thin one
%% file lib.s
	.text
	.globl	other
other:
	ret
%% file main.s
	.text
	.globl	_start
_start:
	call	other
	ret
%% build
as amd64 main.s main.o
as amd64 lib.s lib.o
thin libthin.a lib.o
%% args
-o out main.o libthin.a
%% stderr
libthin.a: error: a thin archive (its members are files of their own): make it with ar rcs, without T

=== an archive with no symbol index
%% file lib.s
	.text
	.globl	other
other:
	ret
%% file main.s
	.text
	.globl	_start
_start:
	call	other
	ret
%% build
as amd64 main.s main.o
as amd64 lib.s lib.o
arnoindex lib.a lib.o
%% args
-o out main.o lib.a
%% stderr
lib.a: error: it has no symbol index: make the archive with ar rcs, or run ranlib on it

=== an archive links
%% file lib.s
	.text
	.globl	other
other:
	ret
%% file main.s
	.text
	.globl	_start
_start:
	call	other
	ret
%% build
as amd64 main.s main.o
as amd64 lib.s lib.o
ar libx.a lib.o
%% args
-o out main.o -L. -lx
%% status
0

=== an archive member's header says more bytes than the archive has
%% file lib.s
	.text
	.globl	other
other:
	ret
%% file main.s
	.text
	.globl	_start
_start:
	call	other
	ret
%% build
as amd64 main.s main.o
as amd64 lib.s lib.o
ar good.a lib.o
bad good.a lib.a member lib.o size 9999
%% args
-o out main.o lib.a
%% stderr
lib.a: error: the header of member lib.o, at 0x52, says it is 9999 bytes, more than the 408 after it: the archive is cut short, or the header lies

=== an archive: a member's header says fewer bytes than it has
%% file lib.s
	.text
	.globl	other
other:
	ret
%% file main.s
	.text
	.globl	_start
_start:
	call	other
	ret
%% build
as amd64 main.s main.o
as amd64 lib.s lib.o
ar good.a lib.o
bad good.a lib.a member lib.o size 100
%% args
-o out main.o lib.a
%% stderr
lib.a: error: the member header at 0xf2 is damaged: it does not end with `\n (does the header of member lib.o, at 0x52, lie about its size, 100?)

=== an archive: a member's header gives a size that is no number
%% file lib.s
	.text
	.globl	other
other:
	ret
%% file main.s
	.text
	.globl	_start
_start:
	call	other
	ret
%% build
as amd64 main.s main.o
as amd64 lib.s lib.o
ar good.a lib.o
bad good.a lib.a byte 0x52+49 0x78
%% args
-o out main.o lib.a
%% stderr
lib.a: error: the header of member lib.o, at 0x52, gives its size as '4x8       ', not a number

=== an archive: the symbol index points where there is no member
%% file lib.s
	.text
	.globl	other
other:
	ret
%% file main.s
	.text
	.globl	_start
_start:
	call	other
	ret
%% build
as amd64 main.s main.o
as amd64 lib.s lib.o
ar good.a lib.o
bad good.a lib.a index 0 0x60
%% args
-o out main.o lib.a
%% stderr
lib.a: error: its symbol index puts 'other' in a member at 0x60, where there is none

=== an archive: the symbol index points at itself
%% file lib.s
	.text
	.globl	other
other:
	ret
%% file main.s
	.text
	.globl	_start
_start:
	call	other
	ret
%% build
as amd64 main.s main.o
as amd64 lib.s lib.o
ar good.a lib.o
bad good.a lib.a index 0 0x8
%% args
-o out main.o lib.a
%% stderr
lib.a: error: its symbol index puts 'other' in a member at 0x8, where there is none

=== an archive: the symbol index counts more names than it holds
%% file lib.s
	.text
	.globl	other
other:
	ret
%% file main.s
	.text
	.globl	_start
_start:
	call	other
	ret
%% build
as amd64 main.s main.o
as amd64 lib.s lib.o
ar good.a lib.o
bad good.a lib.a byte 0x44+3 9
%% args
-o out main.o lib.a
%% stderr
lib.a: error: its symbol index counts 9 names, more than its 14 bytes hold

=== an archive: the symbol index's last name without its NUL
%% file lib.s
	.text
	.globl	other
other:
	ret
%% file main.s
	.text
	.globl	_start
_start:
	call	other
	ret
%% build
as amd64 main.s main.o
as amd64 lib.s lib.o
ar good.a lib.o
bad good.a lib.a byte 0x51 0x41
%% args
-o out main.o lib.a
%% stderr
lib.a: error: its symbol index's name 0 runs past its end without a NUL

=== an archive: truncated in a member's header
%% file lib.s
	.text
	.globl	other
other:
	ret
%% file main.s
	.text
	.globl	_start
_start:
	call	other
	ret
%% build
as amd64 main.s main.o
as amd64 lib.s lib.o
ar good.a lib.o
bad good.a lib.a cut 0x52+30
%% args
-o out main.o lib.a
%% stderr
lib.a: error: the member header at 0x52 is cut short: the archive ends 30 bytes into it

=== an archive: truncated in a member
%% file lib.s
	.text
	.globl	other
other:
	ret
%% file main.s
	.text
	.globl	_start
_start:
	call	other
	ret
%% build
as amd64 main.s main.o
as amd64 lib.s lib.o
ar good.a lib.o
bad good.a lib.a cut 0x52+60+100
%% args
-o out main.o lib.a
%% stderr
lib.a: error: the header of member lib.o, at 0x52, says it is 408 bytes, more than the 100 after it: the archive is cut short, or the header lies

=== an archive: the symbol index's header says fewer bytes than it has
%% file lib.s
	.text
	.globl	other
other:
	ret
%% file main.s
	.text
	.globl	_start
_start:
	call	other
	ret
%% build
as amd64 main.s main.o
as amd64 lib.s lib.o
ar good.a lib.o
bad good.a lib.a member / size 3
%% args
-o out main.o lib.a
%% stderr
lib.a: error: the member header at 0x48 is damaged: it does not end with `\n (does the header of the symbol index, at 0x8, lie about its size, 3?)

=== an archive: a member header without its end mark
%% file lib.s
	.text
	.globl	other
other:
	ret
%% file main.s
	.text
	.globl	_start
_start:
	call	other
	ret
%% build
as amd64 main.s main.o
as amd64 lib.s lib.o
ar good.a lib.o
bad good.a lib.a byte 0x52+58 0x41
%% args
-o out main.o lib.a
%% stderr
lib.a: error: the member header at 0x52 is damaged: it does not end with `\n (does the header of the symbol index, at 0x8, lie about its size, 14?)

=== an archive member that is a damaged object, named as the member
%% file lib.s
	.text
	.globl	other
other:
	ret
%% file main.s
	.text
	.globl	_start
_start:
	call	other
	ret
%% build
as amd64 main.s main.o
as amd64 lib.s good.o
bad good.o lib.o shdr .text size 0x1000
ar lib.a lib.o
%% args
-o out main.o lib.a
%% stderr
lib.a(lib.o): error: section 2 (.text) runs past the end of the file (offset 0x40, size 0x1000, file 0x198)

=== an archive member of another arch
%% file lib.s
	.text
	.globl	other
other:
	ret
%% file main.s
	.text
	.globl	_start
_start:
	call	other
	ret
%% build
as amd64 main.s main.o
as riscv64 lib.s lib.o
ar lib.a lib.o
%% args
-o out main.o lib.a
%% stderr
lib.a(lib.o): error: a riscv64 object (64-bit, little-endian), but the link is for amd64

=== an archive member defining a name an object defines
%% file lib.s
	.text
	.globl	other
other:
	ret
	.globl	helper
helper:
	ret
%% file main.s
	.text
	.globl	_start
_start:
	call	other
	ret
	.globl	helper
helper:
	ret
%% build
as amd64 main.s main.o
as amd64 lib.s lib.o
ar lib.a lib.o
%% args
-o out main.o lib.a
%% stderr
lib.a(lib.o): error: duplicate definition of 'helper'
main.o: note: the other definition of 'helper' is here
