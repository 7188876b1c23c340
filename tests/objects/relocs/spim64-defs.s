# Global definitions for spim64.s (little-endian n64, RELA).
#   clang --target=mips64el-none-elf -mabi=64 -mno-abicalls -c spim64-defs.s -o spim64-defs.o
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
	.dword	0x1111111111111111, 0x2222222222222222
	.size	ddata, 16
	.globl	ddata2
	.type	ddata2,@object
ddata2:
	.dword	0x5555555555555555
	.size	ddata2, 8

	.section .sdata,"aw",@progbits
	.p2align 3
	.globl	dsmall
	.type	dsmall,@object
dsmall:
	.dword	0x6666666666666666, 0x7777777777777777
	.size	dsmall, 16

	.bss
	.p2align 3
	.globl	dbss
	.type	dbss,@object
dbss:
	.space	0x10000
	.size	dbss, 0x10000
