@ hello for arm, in GNU as syntax: pwrite(1, msg, len, -1); exits(nil).
@ Plan 9 arm calls the kernel with the call number in R0 and the
@ arguments on the stack from SP+4, then SWI 0.  ARM state (-marm):
@ Plan 9 arm runs no Thumb code.
	.syntax	unified
	.arm
	.text
	.globl	_start
_start:
	sub	sp, sp, #24
	mov	r0, #1
	str	r0, [sp, #4]		@ fd
	movw	r0, #:lower16:msg	@ buf (R_ARM_MOVW_ABS_NC,
	movt	r0, #:upper16:msg	@      R_ARM_MOVT_ABS)
	str	r0, [sp, #8]
	ldr	r0, =len		@ from the literal pool after sys
	str	r0, [sp, #12]		@ n
	mvn	r0, #0
	str	r0, [sp, #16]		@ offset (vlong): -1, the current one
	str	r0, [sp, #20]
	mov	r0, #51			@ PWRITE
	bl	sys			@ (R_ARM_CALL)
	mov	r0, #0
	str	r0, [sp, #4]		@ exits(nil)
	mov	r0, #8			@ EXITS
	bl	sys
	b	.			@ not reached

	.globl	sys
sys:
	swi	0
	bx	lr

	.data
msg:	.ascii	"hello from arm\n"
	.set	len, . - msg
