/*
 * arm64: start-up and the system-call trap (archs.md, "Calling the
 * kernel": the number in R0, SVC 0, the arguments from SP+8, the result
 * in R0).
 */
	.text
/* Plan 9's exec leaves argc at SP and the argv pointers after it. */
	.globl	_start
_start:
	ldr	x0, [sp]
	add	x1, sp, #8
	mov	x2, sp
	and	x2, x2, #~15
	mov	sp, x2
	bl	_main

/* intptr _trap(int num, const Args *a): copy the 40-byte argument block
 * to SP+8 and trap.  The kernel need not keep any register but SP (Plan
 * 9's compilers keep nothing in registers across a call), so the ones C
 * expects a call to keep are kept here. */
	.globl	_trap
_trap:
	stp	x29, x30, [sp, #-96]!
	stp	x19, x20, [sp, #16]
	stp	x21, x22, [sp, #32]
	stp	x23, x24, [sp, #48]
	stp	x25, x26, [sp, #64]
	stp	x27, x28, [sp, #80]
	sub	sp, sp, #48
	ldp	x2, x3, [x1]
	stp	x2, x3, [sp, #8]
	ldp	x2, x3, [x1, #16]
	stp	x2, x3, [sp, #24]
	ldr	x2, [x1, #32]
	str	x2, [sp, #40]
	svc	#0
	add	sp, sp, #48
	ldp	x19, x20, [sp, #16]
	ldp	x21, x22, [sp, #32]
	ldp	x23, x24, [sp, #48]
	ldp	x25, x26, [sp, #64]
	ldp	x27, x28, [sp, #80]
	ldp	x29, x30, [sp], #96
	ret
