# hello for power, in GNU as syntax: pwrite(1, msg, len, -1); exits(nil).
# Plan 9 power calls the kernel with the call number in R3 and the
# arguments on the stack from R1+4, then sc.
	.text
	.globl	_start
	.type	_start, @function
_start:
	addi	1, 1, -32
	li	4, 1
	stw	4, 4(1)			# fd
	lis	4, msg@ha		# R_PPC_ADDR16_HA
	addi	4, 4, msg@l		# R_PPC_ADDR16_LO
	stw	4, 8(1)			# buf
	li	4, len
	stw	4, 12(1)		# n
	li	4, -1
	stw	4, 16(1)		# offset: a vlong, -1 (the current one)
	stw	4, 20(1)
	li	3, 51			# PWRITE
	sc
	bl	done			# R_PPC_REL24
	.size	_start, . - _start

	.globl	done
	.type	done, @function
done:
	li	4, 0
	stw	4, 4(1)			# exits(nil)
	li	3, 8			# EXITS
	sc
	b	.
	.size	done, . - done

	.data
msg:	.ascii	"hello from power\n"
	.set	len, . - msg
