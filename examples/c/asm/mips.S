/*
 * mips and spim (o32): start-up and the system-call trap (archs.md,
 * "Calling the kernel": the number in R1, SYSCALL, the arguments from
 * SP+4, the result in R1).
 */
	.text
	.set	noat
/* Plan 9's exec leaves argc at SP and the argv pointers after it.  GP
 * is the base of small data (.sdata, .sbss), which p9ld places with
 * the rest of data and names _gp. */
	.globl	_start
	.ent	_start
_start:
	lui	$gp, %hi(_gp)
	addiu	$gp, $gp, %lo(_gp)
	lw	$a0, 0($sp)
	addiu	$a1, $sp, 4
	li	$t0, -8
	and	$sp, $sp, $t0
	addiu	$sp, $sp, -16		/* the callee's home for a0-a3 */
	jal	_main
	.end	_start

/* intptr _trap(int num, const Args *a): copy the 40-byte argument block
 * to SP+4 and trap.  The kernel need not keep any register but SP (Plan
 * 9's compilers keep nothing in registers across a call), so the ones C
 * expects a call to keep are kept here. */
	.globl	_trap
	.ent	_trap
_trap:
	addiu	$sp, $sp, -88
	sw	$s0, 48($sp)
	sw	$s1, 52($sp)
	sw	$s2, 56($sp)
	sw	$s3, 60($sp)
	sw	$s4, 64($sp)
	sw	$s5, 68($sp)
	sw	$s6, 72($sp)
	sw	$s7, 76($sp)
	sw	$fp, 80($sp)
	sw	$gp, 84($sp)
	addiu	$t0, $sp, 4
	li	$t1, 10
1:	lw	$t2, 0($a1)
	sw	$t2, 0($t0)
	addiu	$a1, $a1, 4
	addiu	$t0, $t0, 4
	addiu	$t1, $t1, -1
	bnez	$t1, 1b
	move	$1, $a0
	syscall
	move	$v0, $1
	lw	$s0, 48($sp)
	lw	$s1, 52($sp)
	lw	$s2, 56($sp)
	lw	$s3, 60($sp)
	lw	$s4, 64($sp)
	lw	$s5, 68($sp)
	lw	$s6, 72($sp)
	lw	$s7, 76($sp)
	lw	$fp, 80($sp)
	lw	$gp, 84($sp)
	addiu	$sp, $sp, 88
	jr	$ra
	.end	_trap
