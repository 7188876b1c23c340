/*
 * arm: the EABI's 64-bit divides, which answer the quotient in r0:r1 and
 * the remainder in r2:r3, around vlrt.c's __udivmoddi4 and __divmoddi4,
 * which answer the remainder through a pointer (their third argument,
 * on the stack after the two register pairs).
 */
	.text
	.arm

	.globl	__aeabi_uldivmod
__aeabi_uldivmod:
	push	{r4, lr}
	sub	sp, sp, #16
	add	r12, sp, #8
	str	r12, [sp]
	bl	__udivmoddi4
	ldr	r2, [sp, #8]
	ldr	r3, [sp, #12]
	add	sp, sp, #16
	pop	{r4, pc}

	.globl	__aeabi_ldivmod
__aeabi_ldivmod:
	push	{r4, lr}
	sub	sp, sp, #16
	add	r12, sp, #8
	str	r12, [sp]
	bl	__divmoddi4
	ldr	r2, [sp, #8]
	ldr	r3, [sp, #12]
	add	sp, sp, #16
	pop	{r4, pc}
