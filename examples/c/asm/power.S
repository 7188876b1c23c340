/*
 * power: start-up and the system-call trap (archs.md, "Calling the
 * kernel": the number in R3, sc, the arguments from R1+4, the result in
 * R3).
 */
	.text
/* Plan 9's exec leaves argc at R1 and the argv pointers after it.  A C
 * function saves its LR in its caller's frame, so the start makes one:
 * 16 bytes under an aligned R1, the back chain 0. */
	.globl	_start
_start:
	lwz	3, 0(1)
	addi	4, 1, 4
	clrrwi	1, 1, 4
	li	0, 0
	stwu	0, -16(1)
	bl	_main

/* intptr _trap(int num, const Args *a): copy the 40-byte argument block
 * to R1+4 and trap.  The kernel need not keep any register but R1 (Plan
 * 9's compilers keep nothing in registers across a call), so the ones C
 * expects a call to keep (R14 to R31) are kept here. */
	.globl	_trap
_trap:
	stwu	1, -128(1)
	stmw	14, 56(1)
	li	5, 10
	mtctr	5
	addi	4, 4, -4
	mr	6, 1
1:	lwzu	0, 4(4)
	stwu	0, 4(6)
	bdnz	1b
	sc
	lmw	14, 56(1)
	addi	1, 1, 128
	blr
