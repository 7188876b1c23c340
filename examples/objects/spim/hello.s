# hello for spim (little-endian o32), in GNU as syntax: pwrite(1, msg,
# len, -1); exits(nil).  Plan 9 spim calls the kernel with the call number
# in R1 and the arguments on the stack from SP+4, then SYSCALL, which
# resumes at pc+4.  Branches and jumps have a delay slot (noreorder: the
# instruction after each is written here, not filled by the assembler).
	.set	noreorder
	.set	noat

	.data
msg:	.ascii	"hello from spim\n"
	.set	len, . - msg		# an immediate only as %lo(len) to clang

	.text
	.globl	_start
_start:
	addiu	$sp, $sp, -8
	lui	$4, %hi(msg)		# R_MIPS_HI16, paired with the LO16
	addiu	$4, $4, %lo(msg)	# R_MIPS_LO16
	jal	say			# R_MIPS_26
	addiu	$5, $0, %lo(len)	# (delay slot) n: len fits 16 bits
	sw	$0, 4($sp)		# exits(nil)
	addiu	$1, $0, 8		# EXITS
	syscall
1:	b	1b			# not reached
	nop

# say(buf, n): pwrite(1, buf, n, -1)
	.globl	say
say:
	addiu	$sp, $sp, -24
	addiu	$2, $0, 1
	sw	$2, 4($sp)		# fd
	sw	$4, 8($sp)		# buf
	sw	$5, 12($sp)		# n
	addiu	$2, $0, -1
	sw	$2, 16($sp)		# offset (a vlong): -1, the current one
	sw	$2, 20($sp)
	addiu	$1, $0, 51		# PWRITE
	syscall
	jr	$31
	addiu	$sp, $sp, 24		# (delay slot)
