# hello for amd64, in GNU as syntax: pwrite(1, msg, len, -1); exits(nil).
# Plan 9 amd64 calls the kernel with the call number in BP and the
# arguments on the stack from SP+8, then SYSCALL.
	.text
	.globl	_start
_start:
	subq	$40, %rsp
	movq	$1, 8(%rsp)		# fd
	leaq	msg(%rip), %rax
	movq	%rax, 16(%rsp)		# buf
	movq	$len, 24(%rsp)		# n
	movq	$-1, 32(%rsp)		# offset: the current one
	movl	$51, %ebp		# PWRITE
	syscall
	movq	$0, 8(%rsp)		# exits(nil)
	movl	$8, %ebp		# EXITS
	syscall

	.data
msg:	.ascii	"hello from amd64\n"
	.set	len, . - msg
