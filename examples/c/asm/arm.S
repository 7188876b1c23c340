/*
 * arm: start-up and the system-call trap (archs.md, "Calling the kernel":
 * the number in R0, SWI 0, the arguments from SP+4, the result in R0).
 */
	.text
	.arm
/* Plan 9's exec leaves argc at SP and the argv pointers after it. */
	.globl	_start
_start:
	ldr	r0, [sp]
	add	r1, sp, #4
	bic	sp, sp, #7
	bl	_main

/* intptr _trap(int num, const Args *a): copy the 40-byte argument block
 * to SP+4 and trap.  The kernel need not keep any register but SP (Plan
 * 9's compilers keep nothing in registers across a call), so the ones C
 * expects a call to keep are kept here. */
	.globl	_trap
_trap:
	push	{r4-r11, lr}
	sub	sp, sp, #44
	add	r2, sp, #4
	mov	r3, #10
1:	ldr	r12, [r1], #4
	str	r12, [r2], #4
	subs	r3, r3, #1
	bne	1b
	swi	0
	add	sp, sp, #44
	pop	{r4-r11, pc}
