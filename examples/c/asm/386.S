/*
 * 386: start-up and the system-call trap (archs.md, "Calling the kernel":
 * the number in AX, INT $64, the arguments from SP+4, the result in AX).
 */
	.text
/* Plan 9's exec leaves argc at SP and the argv pointers after it. */
	.globl	_start
_start:
	movl	(%esp), %eax
	leal	4(%esp), %edx
	andl	$-16, %esp
	subl	$8, %esp
	pushl	%edx
	pushl	%eax
	call	_main

/* intptr _trap(int num, const Args *a): copy the 40-byte argument block
 * to SP+4 and trap.  The kernel need not keep any register but SP (Plan
 * 9's compilers keep nothing in registers across a call), so the ones C
 * expects a call to keep are kept here. */
	.globl	_trap
_trap:
	pushl	%ebp
	pushl	%ebx
	pushl	%esi
	pushl	%edi
	movl	20(%esp), %eax
	movl	24(%esp), %esi
	subl	$44, %esp
	leal	4(%esp), %edi
	movl	$10, %ecx
	cld
	rep movsl
	int	$64
	addl	$44, %esp
	popl	%edi
	popl	%esi
	popl	%ebx
	popl	%ebp
	ret
