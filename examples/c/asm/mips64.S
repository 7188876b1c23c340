/*
 * mips64 and spim64 (n64): start-up and the system-call trap (archs.md,
 * "Calling the kernel": the number in R1, SYSCALL, the arguments from
 * SP+8, the result in R1).
 */
	.text
	.set	noat
/* Plan 9's exec leaves argc at SP and the argv pointers after it.  GP
 * is set to _gp, the base p9ld gives small data, for code that uses
 * it. */
	.globl	_start
	.ent	_start
_start:
	lui	$gp, %highest(_gp)
	daddiu	$gp, $gp, %higher(_gp)
	dsll	$gp, $gp, 16
	daddiu	$gp, $gp, %hi(_gp)
	dsll	$gp, $gp, 16
	daddiu	$gp, $gp, %lo(_gp)
	ld	$a0, 0($sp)
	daddiu	$a1, $sp, 8
	li	$t0, -16
	and	$sp, $sp, $t0
	jal	_main
	.end	_start

/* intptr _trap(int num, const Args *a): copy the 40-byte argument block
 * to SP+8 and trap.  The kernel need not keep any register but SP (Plan
 * 9's compilers keep nothing in registers across a call), so the ones C
 * expects a call to keep are kept here. */
	.globl	_trap
	.ent	_trap
_trap:
	daddiu	$sp, $sp, -128
	sd	$s0, 48($sp)
	sd	$s1, 56($sp)
	sd	$s2, 64($sp)
	sd	$s3, 72($sp)
	sd	$s4, 80($sp)
	sd	$s5, 88($sp)
	sd	$s6, 96($sp)
	sd	$s7, 104($sp)
	sd	$fp, 112($sp)
	sd	$gp, 120($sp)
	daddiu	$t0, $sp, 8
	li	$t1, 5
1:	ld	$t2, 0($a1)
	sd	$t2, 0($t0)
	daddiu	$a1, $a1, 8
	daddiu	$t0, $t0, 8
	daddiu	$t1, $t1, -1
	bnez	$t1, 1b
	move	$1, $a0
	syscall
	move	$v0, $1
	ld	$s0, 48($sp)
	ld	$s1, 56($sp)
	ld	$s2, 64($sp)
	ld	$s3, 72($sp)
	ld	$s4, 80($sp)
	ld	$s5, 88($sp)
	ld	$s6, 96($sp)
	ld	$s7, 104($sp)
	ld	$fp, 112($sp)
	ld	$gp, 120($sp)
	daddiu	$sp, $sp, 128
	jr	$ra
	.end	_trap
