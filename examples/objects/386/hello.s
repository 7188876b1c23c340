# hello for 386, in GNU as syntax: pwrite(1, msg, len, -1); exits(nil).
# Plan 9 386 calls the kernel with the call number in AX and the
# arguments on the stack from SP+4, then INT $64.  sys traps at once,
# so the arguments its caller pushed are where the kernel wants them:
# the call's return address fills SP+0.
	.text
	.globl	_start
_start:
	pushl	$-1			# offset (vlong): the current one
	pushl	$-1
	pushl	$len			# n
	pushl	$msg			# buf (R_386_32)
	pushl	$1			# fd
	movl	$51, %eax		# PWRITE
	call	sys			# (R_386_PC32)
	addl	$20, %esp
	pushl	$0			# exits(nil)
	movl	$8, %eax		# EXITS
	call	sys

	.globl	sys
sys:
	int	$64
	ret

	.data
msg:	.ascii	"hello from 386\n"
	.set	len, . - msg
