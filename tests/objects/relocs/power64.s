# Every relocation type objects.md lists for power64 (big-endian ELFv2):
# R_PPC64_ADDR64, ADDR32, ADDR16_LO, ADDR16_HI, ADDR16_HA, ADDR16_HIGHER,
# ADDR16_HIGHERA, ADDR16_HIGHEST, ADDR16_HIGHESTA, ADDR16_LO_DS, REL24,
# REL14, REL32, REL64, REL16_LO, REL16_HI, REL16_HA, TOC, TOC16_LO,
# TOC16_HI, TOC16_HA, TOC16_DS, TOC16_LO_DS; and TOC16 and ADDR16_DS,
# which p9ld's table also has.
# Assemble:
#   clang --target=powerpc64-none-elf -mabi=elfv2 -c power64.s -o power64.o
#   clang --target=powerpc64-none-elf -mabi=elfv2 -c power64-defs.s -o power64-defs.o
# `.abiversion 2` makes e_flags 2 (ELFv2) for an assembly file; the sections
# are .rela.text/.rela.data (RELA). Check: llvm-readelf -h -r power64.o
# Link: ld.lld --no-relax --no-toc-optimize --no-check-sections \
#         -T power64.ld power64.o power64-defs.o -o power64.elf
	.abiversion 2
	.text
	.globl	_start
	.type	_start,@function
	.p2align 4
_start:
	# ELFv2 global entry: r2 = .TOC. from r12 (= _start)
0:	addis	2, 12, .TOC.-0b@ha		# R_PPC64_REL16_HA (A = +2: P is the field)
	addi	2, 2, .TOC.-0b@l		# R_PPC64_REL16_LO
	.localentry _start, .-_start
	addis	3, 12, dfunc2-0b@h		# R_PPC64_REL16_HI
	# 64-bit absolute address, unadjusted halves
	lis	3, ddata+0x10@highest		# R_PPC64_ADDR16_HIGHEST
	ori	3, 3, ddata+0x10@higher		# R_PPC64_ADDR16_HIGHER
	rldicr	3, 3, 32, 31
	oris	3, 3, ddata+0x10@h		# R_PPC64_ADDR16_HI
	ori	3, 3, ddata+0x10@l		# R_PPC64_ADDR16_LO
	# 64-bit absolute address, adjusted halves (addi sign-extends)
	lis	4, dbss+0x8010@highesta		# R_PPC64_ADDR16_HIGHESTA
	addi	4, 4, dbss+0x8010@highera	# R_PPC64_ADDR16_HIGHERA
	rldicr	4, 4, 32, 31
	addis	4, 4, dbss+0x8010@ha		# R_PPC64_ADDR16_HA
	addi	4, 4, dbss+0x8010@l		# R_PPC64_ADDR16_LO
	ld	5, ddata+8@l(4)			# R_PPC64_ADDR16_LO_DS
	# TOC-relative (r2 = .TOC. = GOT + 0x8000)
	addis	6, 2, ddata+8@toc@ha		# R_PPC64_TOC16_HA
	addi	6, 6, ddata+8@toc@l		# R_PPC64_TOC16_LO
	addis	7, 2, ddata2@toc@h		# R_PPC64_TOC16_HI
	ld	7, ddata2@toc(2)		# R_PPC64_TOC16_DS
	addis	8, 2, llocal+16@toc@ha		# TOC16_HA to a local
	ld	8, llocal+16@toc@l(8)		# R_PPC64_TOC16_LO_DS
	addi	9, 2, ddata2@toc		# R_PPC64_TOC16 (TOC - 0x8000 .. + 0x7fff)
	ld	9, small(9)			# R_PPC64_ADDR16_DS (a small absolute)
	# DS forms in DQ-form instructions (lxv, stxv, lq): the displacement
	# is bits 15..4 and the low 4 bits are the instruction's (stxv's XO,
	# 101, sets bit 2); the value must be a multiple of 16
	addis	10, 2, dvec@toc@ha		# R_PPC64_TOC16_HA
	lxv	0, dvec@toc@l(10)		# R_PPC64_TOC16_LO_DS, DQ-form
	stxv	0, dvec+16@toc@l(10)		# R_PPC64_TOC16_LO_DS, DQ-form
	stxv	1, dvec@toc(2)			# R_PPC64_TOC16_DS, DQ-form
	lq	10, dvec+16@l(3)		# R_PPC64_ADDR16_LO_DS, DQ-form
	stxv	1, small16(3)			# R_PPC64_ADDR16_DS, DQ-form
	# calls and branches (a nop after bl: the TOC restore slot)
	bl	dfunc				# R_PPC64_REL24 -> local entry dfunc+8
	nop
	bl	dfunc2+4			# R_PPC64_REL24
	nop
	b	dfunc2
	beq	0, dfunc			# R_PPC64_REL14 -> local entry too
	bdnz	dfunc2+4			# R_PPC64_REL14
	# data words in text
	b	1f
	.p2align 3
	.quad	ddata+0x20			# R_PPC64_ADDR64
	.quad	dfunc2-.			# R_PPC64_REL64
	.long	ddata2+4			# R_PPC64_ADDR32
	.long	dfunc-.				# R_PPC64_REL32
	.quad	.TOC.@tocbase			# R_PPC64_TOC
1:
	blr
	.size	_start, .-_start

	.data
	.p2align 3
llocal:
	.quad	0, 0xabcdef0123456789, 0x1234
	.quad	dfunc+4				# R_PPC64_ADDR64 to text
	.quad	ddata+0x10			# R_PPC64_ADDR64 to data
	.quad	dbss+0x100			# R_PPC64_ADDR64 to bss
	.quad	llocal+4			# R_PPC64_ADDR64 to a local
	.quad	dfunc2+8-.			# R_PPC64_REL64
	.quad	.TOC.@tocbase			# R_PPC64_TOC
	.long	dbss+4				# R_PPC64_ADDR32
	.long	ddata-.				# R_PPC64_REL32
