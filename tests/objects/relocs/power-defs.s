# Global definitions for power.s (32-bit big-endian, RELA).
#   clang --target=powerpc-none-elf -c power-defs.s -o power-defs.o
	.text
	.globl	dfunc
	.type	dfunc,@function
	.p2align 2
dfunc:
	blr
	nop
	nop
	nop
	.globl	dfunc2
	.type	dfunc2,@function
dfunc2:
	blr
	.size	dfunc, .-dfunc

	.data
	.p2align 3
	.globl	ddata
	.type	ddata,@object
ddata:
	.long	0x11111111, 0x22222222, 0x33333333, 0x44444444
	.size	ddata, 16
	.globl	ddata2
	.type	ddata2,@object
ddata2:
	.long	0x55555555
	.size	ddata2, 4

	.bss
	.p2align 3
	.globl	dbss
	.type	dbss,@object
dbss:
	.space	0x10000
	.size	dbss, 0x10000
