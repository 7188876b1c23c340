// hello for arm64, in GNU as syntax: pwrite(1, msg, len, -1); exits(nil).
// Plan 9 arm64 calls the kernel with the call number in R0 and the
// arguments on the stack from SP+8, then SVC 0.
	.text
	.globl	_start
_start:
	sub	sp, sp, #48
	mov	x0, #1
	str	x0, [sp, #8]		// fd
	adrp	x0, msg			// buf (R_AARCH64_ADR_PREL_PG_HI21,
	add	x0, x0, :lo12:msg	//      R_AARCH64_ADD_ABS_LO12_NC)
	str	x0, [sp, #16]
	mov	x0, #len
	str	x0, [sp, #24]		// n
	mov	x0, #-1
	str	x0, [sp, #32]		// offset: the current one
	mov	x0, #51			// PWRITE
	bl	sys			// (R_AARCH64_CALL26)
	str	xzr, [sp, #8]		// exits(nil)
	mov	x0, #8			// EXITS
	bl	sys
	b	.			// not reached

	.globl	sys
sys:
	svc	#0
	ret

	.data
msg:	.ascii	"hello from arm64\n"
	.set	len, . - msg
