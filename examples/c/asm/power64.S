/*
 * power64 (ELFv2): start-up and the system-call trap (archs.md, "Calling
 * the kernel": the number in R3, sc, the arguments from R1+8, the result
 * in R3).
 */
	.text
/* Plan 9's exec leaves argc at R1 and the argv pointers after it.  R2
 * is the TOC pointer, .TOC. (p9ld: the GOT + 0x8000), found from the
 * start's own address.  A C function saves its LR in its caller's frame,
 * so the start makes the smallest ELFv2 frame, 32 bytes, back chain 0. */
	.globl	_start
_start:
	bl	1f
1:	mflr	12
	addis	2, 12, (.TOC. - 1b)@ha
	addi	2, 2, (.TOC. - 1b)@l
	ld	3, 0(1)
	addi	4, 1, 8
	clrrdi	1, 1, 4
	li	0, 0
	stdu	0, -32(1)
	bl	_main
	nop

/* intptr _trap(int num, const Args *a): copy the 40-byte argument block
 * to R1+8 and trap.  The kernel need not keep any register but R1 (Plan
 * 9's compilers keep nothing in registers across a call), so the ones C
 * expects a call to keep (R2, R14 to R31) are kept here. */
	.globl	_trap
_trap:
	stdu	1, -208(1)
	std	2, 48(1)
	.irp	r, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31
	std	\r, (56 + 8 * (\r - 14))(1)
	.endr
	li	5, 5
	mtctr	5
	addi	4, 4, -8
	addi	6, 1, 0
1:	ldu	0, 8(4)
	stdu	0, 8(6)
	bdnz	1b
	sc
	ld	2, 48(1)
	.irp	r, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31
	ld	\r, (56 + 8 * (\r - 14))(1)
	.endr
	addi	1, 1, 208
	blr
