! sparc (32-bit, big-endian): the global symbols sparc.s refers to, in a
! second object so that the assembler has to leave every relocation to the
! linker.
!   clang --target=sparc-none-elf -fintegrated-as -c sparc-defs.s -o sparc-defs.o

	.text
	.globl	fn
	.type	fn, #function
fn:
	add	%o0, 1, %o0
	add	%o0, 2, %o0
	retl
	nop
	.globl	fn2
	.type	fn2, #function
fn2:
	retl
	add	%o0, 4, %o0

	.data
	.p2align 3
	.globl	dvar
	.type	dvar, #object
dvar:
	.word	1, 2, 3, 4

	.bss
	.p2align 3
	.globl	bvar
	.type	bvar, #object
bvar:
	.zero	0x800

	! absolute symbols for R_SPARC_13 (SHN_ABS in the symbol table)
	.globl	small
	.set	small, 0x123
	.globl	negsmall
	.set	negsmall, -100
	.globl	small2
	.set	small2, 0xec4
	.globl	tiny
	.set	tiny, 0xa5
	! wide bit patterns for %hi/%lo
	.globl	big
	.set	big, 0xa5a5a5a5
	.globl	big2
	.set	big2, 0x5a5a5a5a
	! far absolute targets for WDISP22 (4..8 MiB away) and WDISP30
	! (1..2 GiB away)
	.globl	far22
	.set	far22, 0x500000
	.globl	far30
	.set	far30, 0x50000000
