# amd64.s: every relocation type objects.md lists for amd64 (64, 32, 32S,
# PC32, PLT32, PC64, GOTPCREL, GOTPCRELX, REX_GOTPCRELX, GOTPC32,
# GOTOFF64), in .text and, where a data word can carry it, in .data, with
# non-zero addends (RELA: the addend is in the record; the field is 0).
#
#   clang --target=x86_64-none-elf -c amd64.s -o amd64.o
#   clang --target=x86_64-none-elf -c amd64-defs.s -o amd64-defs.o
#   llvm-readelf -r amd64.o        # .rela.text / .rela.data
#   ld.lld --no-relax -m elf_x86_64 --no-check-sections -T amd64.ld \
#       amd64.o amd64-defs.o -o amd64.elf
#
# clang 14's integrated assembler relaxes relocations by default
# (-mrelax-relocations=yes): a GOTPCREL load by mov/call/jmp/test/ALU
# becomes GOTPCRELX (no REX) or REX_GOTPCRELX (REX prefix); lea, push and
# a data word keep plain GOTPCREL.
#
# GOT slot order: lld allocates .got slots in the order it first meets a
# GOT-form relocation; p9ld in the order of the atoms/labels they name.
# The first GOT uses below are tfunc, dsym, bsym: the same order both ways.

	.text
	.globl	_start
	.type	_start, @function
_start:
	# R_X86_64_GOTPCRELX: G + GOT + A - P (no REX prefix)
	call	*tfunc@GOTPCREL(%rip)		# ff 15, A = -4
	movl	dsym@GOTPCREL(%rip), %eax	# 8b 05, A = -4
	# R_X86_64_REX_GOTPCRELX (REX prefix)
	movq	bsym@GOTPCREL(%rip), %rax	# 48 8b 05, A = -4
	addq	dsym@GOTPCREL(%rip), %rcx	# 48 03 0d, A = -4
	# R_X86_64_GOTPCREL: lea and push are not relaxable forms
	leaq	dsym@GOTPCREL(%rip), %rax	# A = -4
	pushq	tfunc@GOTPCREL(%rip)		# A = -4
	movq	bsym@GOTPCREL+4(%rip), %rax	# A = 0: not -4, so GOTPCREL
	# R_X86_64_GOTPC32: GOT + A - P
	leaq	_GLOBAL_OFFSET_TABLE_(%rip), %rbx	# A = -4
	leaq	_GLOBAL_OFFSET_TABLE_+8(%rip), %rbx	# A = 4
	# R_X86_64_GOTOFF64: S + A - GOT
	movabsq	$dsym@GOTOFF+4, %rax
	movabsq	$tfunc@GOTOFF, %rax
	# R_X86_64_64: S + A
	movabsq	$dsym+8, %rax
	movabsq	$bsym, %rax
	# R_X86_64_32: S + A, zero-extended: unsigned 32-bit
	movl	$dsym+4, %eax
	movl	$tfunc+1, %eax
	# R_X86_64_32S: S + A, sign-extended: signed 32-bit
	movq	$dsym+4, %rax
	movl	bsym+8(,%rcx,8), %eax
	# R_X86_64_PC32: S + A - P
	leaq	dsym+4(%rip), %rax		# A = 4 - 4 = 0
	jmp	tfunc2+4			# A = 0 (jmp rel32: PC32)
	# R_X86_64_PLT32: L + A - P; no PLT in a static link: S + A - P
	call	tfunc				# A = -4 (clang writes PLT32)
	call	tfunc2@PLT			# A = -4
	jmp	tfunc@PLT+8			# A = 4
	# R_X86_64_PC64: S + A - P, 64-bit
	movabsq	$dsym-., %rax			# A = 2 (imm64 at insn+2)
	# R_X86_64_64 inside text (a word)
	.quad	dsym+16
	ret

	.data
	.globl	mdata
mdata:
	.quad	dsym+8				# R_X86_64_64
	.quad	tfunc+1				# R_X86_64_64
	.long	bsym+4				# R_X86_64_32
	.reloc	., R_X86_64_32S, dsym+12	# R_X86_64_32S (no data directive
	.long	0				#  writes it: forced)
	.long	tfunc2 - . + 4			# R_X86_64_PC32
	.long	tfunc@PLT - . + 8		# R_X86_64_PLT32
	.quad	dsym - . + 8			# R_X86_64_PC64
	.long	dsym@GOTPCREL + 4		# R_X86_64_GOTPCREL: G + GOT + A - P
	.quad	bsym@GOTOFF + 4			# R_X86_64_GOTOFF64
	.reloc	., R_X86_64_GOTPC32, _GLOBAL_OFFSET_TABLE_+8
	.long	0				# R_X86_64_GOTPC32 (forced): GOT + A - P
	.word	small16+1			# R_X86_64_16
	.byte	small+1				# R_X86_64_8
	.byte	0				# (padding for the next)
	.text
	# R_X86_64_GOTPC64: GOT + A - P in a 64-bit immediate
	movabsq	$_GLOBAL_OFFSET_TABLE_, %rax	# A = 2
	# R_X86_64_PC16 against a text symbol near it
	.word	tfunc2 - . + 2
	# R_X86_64_PC8 against a nearby symbol
	.reloc	., R_X86_64_PC8, near+1
	.byte	0
near:	ret
