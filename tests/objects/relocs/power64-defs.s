# Global definitions for power64.s (64-bit big-endian ELFv2, RELA).
#   clang --target=powerpc64-none-elf -mabi=elfv2 -c power64-defs.s -o power64-defs.o
# dfunc has a global entry point that sets r2 and a local entry point 8
# bytes in (.localentry: st_other bits 5-7 = 3, i.e. 2^3 bytes); a REL24 or
# REL14 to it lands on the local entry (ELFv2 ABI 3.4.1; lld
# getPPC64GlobalEntryToLocalEntryOffset). dfunc2 has none (st_other 0).
	.abiversion 2
	.text
	.globl	dfunc
	.type	dfunc,@function
	.p2align 4
dfunc:
0:	addis	2, 12, .TOC.-0b@ha		# R_PPC64_REL16_HA
	addi	2, 2, .TOC.-0b@l		# R_PPC64_REL16_LO
	.localentry dfunc, .-dfunc
	blr
	nop
	.size	dfunc, .-dfunc
	.globl	dfunc2
	.type	dfunc2,@function
dfunc2:
	blr
	.size	dfunc2, .-dfunc2

	.data
	.p2align 3
	.globl	ddata
	.type	ddata,@object
ddata:
	.quad	0x1111111111111111, 0x2222222222222222
	.size	ddata, 16
	.globl	ddata2
	.type	ddata2,@object
ddata2:
	.quad	0x5555555555555555
	.size	ddata2, 8
	# 16-aligned, for the DQ-form instructions
	.p2align 4
	.globl	dvec
	.type	dvec,@object
dvec:
	.quad	0x6666666666666666, 0x7777777777777777
	.quad	0x8888888888888888, 0x9999999999999999
	.size	dvec, 32

	.bss
	.p2align 3
	.globl	dbss
	.type	dbss,@object
dbss:
	.space	0x10000
	.size	dbss, 0x10000

	# an absolute address for R_PPC64_ADDR16_DS: signed 16 bits, a
	# multiple of 4, bits one way and the other
	.globl	small
	.set	small, -0x5554
	# and a multiple of 16 for it in a DQ-form instruction
	.globl	small16
	.set	small16, -0x5550
