# amd64-defs.s: the global symbols that amd64.s refers to, in a second object
# so that every reference in amd64.s stays a relocation.
#
#   clang --target=x86_64-none-elf -c amd64-defs.s -o amd64-defs.o
#   llvm-readelf -S -s amd64-defs.o

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
	.quad	0x1111111111111111, 0x2222222222222222, 0x3333333333333333, 0x4444444444444444
	.size	dsym, .-dsym

	.bss
	.globl	bsym
	.type	bsym, @object
	.p2align 4
bsym:				# bss symbol
	.zero	64
	.size	bsym, .-bsym

	# small absolute values, for the 8- and 16-bit words
	.globl	small
	.set	small, 0x12
	.globl	small16
	.set	small16, 0x1234
