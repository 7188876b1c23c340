/*
 * amd64: start-up and the system-call trap (archs.md, "Calling the
 * kernel": the number in BP, SYSCALL, the arguments from SP+8, the result
 * in AX).
 */
	.text
/* Plan 9's exec leaves argc at SP and the argv pointers after it. */
	.globl	_start
_start:
	movq	(%rsp), %rdi
	leaq	8(%rsp), %rsi
	andq	$-16, %rsp
	call	_main

/* intptr _trap(int num, const Args *a): copy the 40-byte argument block
 * to SP+8 and trap.  The kernel need not keep any register but SP (Plan
 * 9's compilers keep nothing in registers across a call), so the ones C
 * expects a call to keep are kept here. */
	.globl	_trap
_trap:
	pushq	%rbp
	pushq	%rbx
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
	subq	$48, %rsp
	movl	%edi, %ebp
	leaq	8(%rsp), %rdi
	movl	$5, %ecx
	cld
	rep movsq
	syscall
	addq	$48, %rsp
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbx
	popq	%rbp
	ret
