/*
 * sparc: start-up and the system-call trap (archs.md, "Calling the
 * kernel": the number in R7, ta 0, the arguments from SP+4, the result in
 * R7).  Plan 9's SP is R1 (%g1); C's is %o6 (%sp).
 */
	.text
/* Plan 9's exec leaves argc at R1 and the argv pointers after it.  C's
 * stack starts below them, with the 96 bytes every frame keeps for its
 * callee (a register window's save area, the argument words). */
	.globl	_start
_start:
	ld	[%g1], %o0
	add	%g1, 4, %o1
	and	%g1, -8, %sp
	sub	%sp, 96, %sp
	call	_main
	 nop

/* intptr _trap(int num, const Args *a): copy the 40-byte argument block
 * to a frame of its own, point R1 4 bytes below it and trap.  A new
 * register window keeps the caller's registers; %g7, which the C ABI
 * leaves to the system, carries the number and is kept in %l0. */
	.globl	_trap
_trap:
	save	%sp, -136, %sp
	mov	%g7, %l0
	add	%sp, 96, %l1
	mov	10, %l2
1:	ld	[%i1], %l3
	st	%l3, [%l1]
	add	%i1, 4, %i1
	subcc	%l2, 1, %l2
	bne	1b
	 add	%l1, 4, %l1
	mov	%i0, %g7
	add	%sp, 92, %g1
	ta	0
	mov	%g7, %i0
	mov	%l0, %g7
	ret
	 restore
