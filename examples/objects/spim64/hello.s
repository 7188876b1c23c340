# hello for spim64 (little-endian n64), in GNU as syntax: pwrite(1, msg,
# len, -1); exits(nil).  Plan 9 spim64 calls the kernel with the call number
# in R1 and the arguments on the stack from SP+8, each in an 8-byte slot,
# then SYSCALL.  Branches and jumps have a delay slot (noreorder: the
# instruction after each is written here, not filled by the assembler).
	.set	noreorder
	.set	noat

	.data
msg:	.ascii	"hello from spim64\n"
	.set	len, . - msg		# an immediate only as %lo(len) to clang

	.text
	.globl	_start
_start:
	daddiu	$sp, $sp, -16
	# msg's 64-bit address, 16 bits at a time; each daddiu sign-extends,
	# and each part's relocation adds the carry of the parts below it
	lui	$4, %highest(msg)	# R_MIPS_HIGHEST
	daddiu	$4, $4, %higher(msg)	# R_MIPS_HIGHER
	dsll	$4, $4, 16
	daddiu	$4, $4, %hi(msg)	# R_MIPS_HI16
	dsll	$4, $4, 16
	jal	say			# R_MIPS_26
	daddiu	$4, $4, %lo(msg)	# (delay slot) R_MIPS_LO16
	sd	$0, 8($sp)		# exits(nil)
	daddiu	$1, $0, 8		# EXITS
	syscall
1:	b	1b			# not reached
	nop

# say(buf): pwrite(1, buf, len, -1)
	.globl	say
say:
	daddiu	$sp, $sp, -40
	daddiu	$2, $0, 1
	sd	$2, 8($sp)		# fd
	sd	$4, 16($sp)		# buf
	daddiu	$2, $0, %lo(len)	# len fits 16 bits
	sd	$2, 24($sp)		# n
	daddiu	$2, $0, -1
	sd	$2, 32($sp)		# offset: -1, the current one
	daddiu	$1, $0, 51		# PWRITE
	syscall
	jr	$31
	daddiu	$sp, $sp, 40		# (delay slot)
