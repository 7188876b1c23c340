@ arm-defs.s: the global symbols that arm.s refers to, in a second object
@ so that every reference in arm.s stays a relocation.  ARM state only.
@
@   clang --target=armv7a-none-eabi -marm -c arm-defs.s -o arm-defs.o
@   llvm-readelf -S -s arm-defs.o

	.syntax	unified
	.arm

	.text
	.globl	tfunc
	.type	tfunc, %function
	.p2align 3
tfunc:				@ text symbol (also reached through the GOT)
	bx	lr
	.size	tfunc, .-tfunc

	.globl	tfunc2
	.type	tfunc2, %function
tfunc2:				@ second text symbol, branch target
	nop
	bx	lr
	.size	tfunc2, .-tfunc2

	.data
	.globl	dsym
	.type	dsym, %object
	.p2align 4
dsym:				@ data symbol
	.word	0x11111111, 0x22222222, 0x33333333, 0x44444444
	.size	dsym, .-dsym

	.bss
	.globl	bsym
	.type	bsym, %object
	.p2align 4
bsym:				@ bss symbol
	.zero	64
	.size	bsym, .-bsym
