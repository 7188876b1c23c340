# Global definitions for mips.s (big-endian o32, REL).
#   clang --target=mips-none-elf -march=mips32 -mno-abicalls -c mips-defs.s -o mips-defs.o
# Both objects must be -mno-abicalls: lld puts an LA25 thunk in front of a
# jal to a function of an EF_MIPS_PIC object when the caller is non-PIC.
	.set	noreorder
	.text
	.globl	dfunc
	.type	dfunc,@function
	.p2align 2
dfunc:
	jr	$31
	nop
	nop
	nop
	.globl	dfunc2
	.type	dfunc2,@function
dfunc2:
	jr	$31
	nop
	.size	dfunc, .-dfunc

	.data
	.p2align 3
	.globl	ddata
	.type	ddata,@object
ddata:
	.word	0x11111111, 0x22222222, 0x33333333, 0x44444444
	.size	ddata, 16
	.globl	ddata2
	.type	ddata2,@object
ddata2:
	.word	0x55555555
	.size	ddata2, 4

	.section .sdata,"aw",@progbits
	.p2align 2
	.globl	dsmall
	.type	dsmall,@object
dsmall:
	.word	0x66666666, 0x77777777, 0x88888888
	.size	dsmall, 12

	.bss
	.p2align 3
	.globl	dbss
	.type	dbss,@object
dbss:
	.space	0x10000
	.size	dbss, 0x10000
