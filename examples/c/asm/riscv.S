/*
 * riscv and riscv64: start-up and the system-call trap (archs.md,
 * "Calling the kernel": the number in R8, ecall, the arguments from SP
 * plus one word, the result in R8).
 */
#if __riscv_xlen == 64
#define W 8
#define LOAD ld
#define STORE sd
#else
#define W 4
#define LOAD lw
#define STORE sw
#endif

	.text
/* Plan 9's exec leaves argc at SP and the argv pointers after it. */
	.globl	_start
_start:
	LOAD	a0, 0(sp)
	addi	a1, sp, W
	andi	sp, sp, -16
	call	_main

/* intptr _trap(int num, const Args *a): copy the 40-byte argument block
 * to SP plus one word and trap.  R8 is s0, which C expects a call to
 * keep; and the kernel need not keep any register but SP (Plan 9's
 * compilers keep nothing in registers across a call), so s0 to s11 are
 * kept here. */
	.globl	_trap
_trap:
	addi	sp, sp, -(48 + 12 * W)
	STORE	s0, (48 + 0 * W)(sp)
	STORE	s1, (48 + 1 * W)(sp)
	STORE	s2, (48 + 2 * W)(sp)
	STORE	s3, (48 + 3 * W)(sp)
	STORE	s4, (48 + 4 * W)(sp)
	STORE	s5, (48 + 5 * W)(sp)
	STORE	s6, (48 + 6 * W)(sp)
	STORE	s7, (48 + 7 * W)(sp)
	STORE	s8, (48 + 8 * W)(sp)
	STORE	s9, (48 + 9 * W)(sp)
	STORE	s10, (48 + 10 * W)(sp)
	STORE	s11, (48 + 11 * W)(sp)
	addi	t0, sp, W
	li	t1, 40 / W
1:	LOAD	t2, 0(a1)
	STORE	t2, 0(t0)
	addi	a1, a1, W
	addi	t0, t0, W
	addi	t1, t1, -1
	bnez	t1, 1b
	mv	s0, a0
	ecall
	mv	a0, s0
	LOAD	s0, (48 + 0 * W)(sp)
	LOAD	s1, (48 + 1 * W)(sp)
	LOAD	s2, (48 + 2 * W)(sp)
	LOAD	s3, (48 + 3 * W)(sp)
	LOAD	s4, (48 + 4 * W)(sp)
	LOAD	s5, (48 + 5 * W)(sp)
	LOAD	s6, (48 + 6 * W)(sp)
	LOAD	s7, (48 + 7 * W)(sp)
	LOAD	s8, (48 + 8 * W)(sp)
	LOAD	s9, (48 + 9 * W)(sp)
	LOAD	s10, (48 + 10 * W)(sp)
	LOAD	s11, (48 + 11 * W)(sp)
	addi	sp, sp, 48 + 12 * W
	ret
