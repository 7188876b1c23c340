# riscv (riscv32): the global symbols riscv.s refers to, in a second
# object so that the assembler has to leave every relocation to the linker.
#
#   clang --target=riscv32-none-elf -march=rv32imac -mabi=ilp32 -mno-relax -c riscv-defs.s -o riscv-defs.o

	.text
	.globl	fn
	.type	fn, @function
fn:
	addi	a0, a0, 1
	addi	a0, a0, 2
	addi	a0, a0, 3
	ret
	.globl	fn2
	.type	fn2, @function
fn2:
	addi	a0, a0, 4
	ret

	.data
	.globl	dvar
	.type	dvar, @object
	.p2align 3
dvar:
	.word	1, 2, 3, 4
	.globl	dvar2
	.type	dvar2, @object
dvar2:
	.word	5, 6, 7, 8

	.bss
	.globl	bvar
	.type	bvar, @object
	.p2align 3
bvar:
	.zero	0x800

	# absolute symbols (SHN_ABS) with wide bit patterns for %hi/%lo
	# and %pcrel_hi/%pcrel_lo
	.globl	big
	.set	big, 0xa5a5a5a5
	.globl	big2
	.set	big2, 0x5a5a4a5a
	# an absolute jump target 0x80000..0xfffff bytes after the code
	.globl	farfn
	.set	farfn, 0xc1234
	# 0x7ffffff0: %hi(edge) is 0x80000, a negative upper part
	.globl	edge
	.set	edge, 0x7ffffff0
