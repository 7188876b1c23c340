# Every relocation type objects.md lists for power (32-bit big-endian):
# R_PPC_ADDR32, ADDR16_LO, ADDR16_HI, ADDR16_HA, REL24, REL14, REL32.
# Assemble:
#   clang --target=powerpc-none-elf -c power.s -o power.o
#   clang --target=powerpc-none-elf -c power-defs.s -o power-defs.o
# The sections are .rela.text/.rela.data (RELA: addends in the records).
# Check: llvm-readelf -r power.o
# Link: ld.lld --no-relax -T power.ld power.o power-defs.o -o power.elf
	.text
	.globl	_start
	.type	_start,@function
	.p2align 2
_start:
	# @ha / @l: address with a low half >= 0x8000, so @ha carries
	lis	3, ddata+0x8010@ha		# R_PPC_ADDR16_HA
	addi	3, 3, ddata+0x8010@l		# R_PPC_ADDR16_LO
	lwz	4, ddata+8@l(3)			# ADDR16_LO in a load
	# @h / @l (no carry: ori takes the low half unsigned)
	lis	5, dbss+0x100@h			# R_PPC_ADDR16_HI
	ori	5, 5, dbss+0x100@l		# R_PPC_ADDR16_LO
	# a local symbol (the assembler keeps the symbol or uses .data + off)
	lis	6, llocal+8@ha
	addi	6, 6, llocal+8@l
	# R_PPC_REL24: bl and b
	bl	dfunc2+4
	b	dfunc
	# R_PPC_REL14: conditional branches
	beq	0, dfunc+8
	bdnz	dfunc2
	bnel	1, dfunc
	# R_PPC_ADDR32 and R_PPC_REL32 in text
	b	1f
	.long	ddata+0x20			# R_PPC_ADDR32
	.long	dfunc2-.			# R_PPC_REL32
	.long	ddata2+4-.			# R_PPC_REL32 to data
1:
	blr
	.size	_start, .-_start

	.data
	.p2align 2
llocal:
	.long	0, 0, 0xabcdef01
	.long	dfunc+4				# R_PPC_ADDR32 to text
	.long	ddata+0x10			# R_PPC_ADDR32 to data
	.long	dbss+0x100			# R_PPC_ADDR32 to bss
	.long	llocal+4			# R_PPC_ADDR32 to a local
	.long	dfunc2+8-.			# R_PPC_REL32 to text
	.long	dbss-.				# R_PPC_REL32 to bss
# No ADDR16_* in data: clang 14 turns `.short ddata@ha` (and @h, @l) into a
# plain R_PPC_ADDR16 without a word, so the half16 types are text-only here.
