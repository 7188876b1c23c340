# 386.s: every relocation type objects.md lists for 386 (32, PC32, PLT32,
# GOT32, GOT32X, GOTPC, GOTOFF), in .text and, where a data word can carry
# it, in .data, with non-zero addends (REL: the addend is the field's
# content, so the assembler writes it into the bytes).
#
#   clang --target=i386-none-elf -c 386.s -o 386.o
#   clang --target=i386-none-elf -c 386-defs.s -o 386-defs.o
#   llvm-readelf -r 386.o          # .rel.text / .rel.data: REL, not RELA
#   ld.lld --no-relax -m elf_i386 --no-check-sections -T 386.ld \
#       386.o 386-defs.o -o 386.elf
#
# GOT slot order: lld allocates .got slots in the order it first meets a
# GOT-form relocation (section by section, relocation by relocation);
# p9ld allocates them in the order of the atoms/labels they name.  The
# first GOT uses below are tfunc (text), dsym (data), bsym (bss): the same
# order both ways.

	.text
	.globl	_start
	.type	_start, @function
_start:
	# R_386_GOT32X, with a base register: G + A - GOT
	movl	tfunc@GOT(%ebx), %eax		# 8b 83 <A=0>
	movl	dsym@GOT+4(%ebx), %ecx		# 8b 8b <A=4>
	# R_386_GOT32X without a base register (ModRM 0x0d: disp32 only):
	# G + A.  The assembler writes GOT32 for this form, so force GOT32X.
	.byte	0x8b, 0x0d			# movl disp32, %ecx
	.reloc	., R_386_GOT32X, bsym
	.long	0
	# R_386_GOT32, with a base register (lea is not relaxable: GOT32)
	leal	bsym@GOT+8(%ebx), %eax		# 8d 83 <A=8>
	pushl	dsym@GOT(%ebx)			# ff b3 <A=0>
	# R_386_GOT32 without a base register (ModRM 0x0d): G + A
	movl	dsym@GOT+4, %ecx		# 8b 0d <A=4>
	# R_386_GOTPC: GOT + A - P; A = 3 = P - 1b, so the value is GOT - 1b
	call	1f
1:	popl	%ebx
	addl	$_GLOBAL_OFFSET_TABLE_+(.-1b), %ebx
	# R_386_GOTOFF: S + A - GOT
	leal	dsym@GOTOFF+4(%ebx), %eax
	leal	bsym@GOTOFF(%ebx), %eax
	leal	tfunc@GOTOFF+2(%ebx), %eax
	# R_386_32: S + A
	movl	$dsym+4, %eax
	movl	bsym+8, %eax
	movl	$tfunc+1, %eax
	# R_386_PC32: S + A - P (A = -4 for a branch; -4 + 4 here)
	call	tfunc
	jmp	tfunc2+4
	# R_386_PLT32: L + A - P; no PLT in a static link, so S + A - P
	call	tfunc@PLT
	jmp	tfunc2@PLT+1
	# R_386_32 inside text (a word)
	.long	dsym+12
	ret

	.data
	.globl	mdata
mdata:
	.long	dsym+8				# R_386_32
	.long	bsym+4				# R_386_32
	.long	tfunc+1				# R_386_32
	.long	tfunc2 - . + 4			# R_386_PC32
	.long	dsym - . + 8			# R_386_PC32 into data
	.long	tfunc@PLT - . + 12		# R_386_PLT32
	.long	dsym@GOTOFF + 4			# R_386_GOTOFF
	.long	tfunc@GOTOFF			# R_386_GOTOFF
	.long	0				# keeps the byte before GOT32 below 0:
						# lld reads it as a ModRM (see 386.md)
	.long	dsym@GOT + 4			# R_386_GOT32: G + A - GOT
	.reloc	., R_386_GOTPC, _GLOBAL_OFFSET_TABLE_
	.long	8				# R_386_GOTPC: GOT + A - P, A = 8
