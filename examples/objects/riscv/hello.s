# hello for riscv, in GNU as syntax: pwrite(1, msg, len, -1); exits(nil).
# Plan 9 riscv calls the kernel with the call number in R8 (s0) and the
# arguments on the stack from SP+4, each 4 bytes (a vlong takes two),
# then ECALL.  The message's address is an auipc/addi pair (PCREL_HI20 and
# the PCREL_LO12_I that names its label), its end's a lui/addi pair
# (HI20, LO12_I), and say is reached by call (auipc/jalr, CALL).
	.text
	.globl	_start
_start:
.Lmsg:	auipc	a0, %pcrel_hi(msg)	# a0 = msg, pc-relative
	addi	a0, a0, %pcrel_lo(.Lmsg)
	lui	a1, %hi(msgend)		# a1 = msgend, absolute
	addi	a1, a1, %lo(msgend)
	sub	a1, a1, a0		# the length
	call	say
	addi	sp, sp, -8
	sw	zero, 4(sp)		# exits(nil)
	li	s0, 8			# EXITS
	ecall
1:	j	1b

# say(buf a0, n a1): pwrite(1, buf, n, -1)
	.globl	say
say:
	addi	sp, sp, -24
	li	t0, 1
	sw	t0, 4(sp)		# fd
	sw	a0, 8(sp)		# buf
	sw	a1, 12(sp)		# n
	li	t0, -1
	sw	t0, 16(sp)		# offset: the current one
	sw	t0, 20(sp)
	li	s0, 51			# PWRITE
	ecall
	addi	sp, sp, 24
	ret

	.data
msg:	.ascii	"hello from riscv\n"
msgend:
