# 386-defs.s: the global symbols that 386.s refers to, in a second object
# so that every reference in 386.s stays a relocation.
#
#   clang --target=i386-none-elf -c 386-defs.s -o 386-defs.o
#   llvm-readelf -S -s 386-defs.o

	.text
	.globl	tfunc
	.type	tfunc, @function
	.p2align 3			# <= 8: amd64's and arm64's text bases are only
				#    8-aligned (see amd64.md, lld layout)
tfunc:				# text symbol (also reached through the GOT)
	ret
	.size	tfunc, .-tfunc

	.globl	tfunc2
	.type	tfunc2, @function
tfunc2:				# second text symbol, branch target
	nop
	ret
	.size	tfunc2, .-tfunc2

	.data
	.globl	dsym
	.type	dsym, @object
	.p2align 4
dsym:				# data symbol
	.long	0x11111111, 0x22222222, 0x33333333, 0x44444444
	.size	dsym, .-dsym

	.bss
	.globl	bsym
	.type	bsym, @object
	.p2align 4
bsym:				# bss symbol
	.zero	64
	.size	bsym, .-bsym
