// arm64.s: every relocation type objects.md lists for arm64 (ABS64, ABS32,
// ABS16, PREL64, PREL32, CALL26, JUMP26, CONDBR19, TSTBR14, LD_PREL_LO19,
// ADR_PREL_LO21, ADR_PREL_PG_HI21, ADD_ABS_LO12_NC,
// LDST8/16/32/64/128_ABS_LO12_NC, MOVW_UABS_G0..G3(_NC), ADR_GOT_PAGE,
// LD64_GOT_LO12_NC), and the two more p9ld's table has (PREL16,
// ADR_PREL_PG_HI21_NC), in .text and, where a data word can carry it, in
// .data, with non-zero addends (RELA: the addend is in the record).
//
//   clang --target=aarch64-none-elf -c arm64.s -o arm64.o
//   clang --target=aarch64-none-elf -c arm64-defs.s -o arm64-defs.o
//   llvm-readelf -r arm64.o        // .rela.text / .rela.data
//   ld.lld --no-relax -m aarch64elf -T arm64.ld arm64.o arm64-defs.o \
//       -o arm64.elf
//
// GOT forms carry addend 0 (AAELF64 defines them as G(GDAT(S + A)): a
// slot holding S + A; lld computes G(S) + A instead; compilers only write
// A = 0, so the two agree; see arm64.md).
// GOT slot order: lld allocates .got slots in the order it first meets a
// GOT-form relocation; p9ld in the order of the atoms/labels they name.
// The GOT uses below are tfunc, dsym, bsym: the same order both ways.

	.text
	.globl	_start
	.type	_start, %function
_start:
	// R_AARCH64_ADR_GOT_PAGE / R_AARCH64_LD64_GOT_LO12_NC
	adrp	x0, :got:tfunc
	ldr	x0, [x0, :got_lo12:tfunc]
	adrp	x1, :got:dsym
	ldr	x1, [x1, :got_lo12:dsym]
	adrp	x2, :got:bsym
	ldr	x2, [x2, :got_lo12:bsym]
	// R_AARCH64_CALL26 / JUMP26: S + A - P, imm26 = value[27:2]
	bl	tfunc
	bl	tfunc2+4
	b	tfunc2
	// R_AARCH64_CONDBR19: imm19 = value[20:2] (b.cond, cbz, cbnz)
	b.eq	tfunc+4
	cbz	x0, tfunc2
	cbnz	w1, tfunc
	// R_AARCH64_TSTBR14: imm14 = value[15:2] (tbz, tbnz)
	tbz	x0, #3, tfunc
	tbnz	w1, #0, tfunc2+4
	// R_AARCH64_LD_PREL_LO19: ldr (literal)
	ldr	x3, dsym+8
	ldr	w3, .Llit
	// R_AARCH64_ADR_PREL_LO21: adr
	adr	x4, dsym+4
	adr	x4, tfunc2
	// R_AARCH64_ADR_PREL_PG_HI21 + ADD_ABS_LO12_NC / LDSTn_ABS_LO12_NC
	adrp	x5, dsym+4
	add	x5, x5, :lo12:dsym+4
	adrp	x6, bsym
	add	x6, x6, :lo12:bsym
	adrp	x5, :pg_hi21_nc:dsym+8		// R_AARCH64_ADR_PREL_PG_HI21_NC
	ldrb	w7, [x5, :lo12:dsym+1]
	strb	w7, [x6, :lo12:bsym+3]
	ldrh	w7, [x5, :lo12:dsym+2]
	strh	w7, [x6, :lo12:bsym+6]
	ldr	w7, [x5, :lo12:dsym+4]
	str	w7, [x6, :lo12:bsym+12]
	ldr	x7, [x5, :lo12:dsym+8]
	str	x7, [x6, :lo12:bsym+24]
	ldr	q0, [x5, :lo12:dsym+16]
	str	q0, [x6, :lo12:bsym+32]
	// R_AARCH64_MOVW_UABS_G0..G3(_NC): S + A, 16-bit groups
	movz	x8, #:abs_g0:asym+4		// checked: < 2^16
	movz	x9, #:abs_g3:dsym+8		// no check
	movk	x9, #:abs_g2_nc:dsym+8
	movk	x9, #:abs_g1_nc:dsym+8
	movk	x9, #:abs_g0_nc:dsym+8
	movz	x10, #:abs_g2:bsym		// checked: < 2^48
	movk	x10, #:abs_g1_nc:bsym
	movk	x10, #:abs_g0_nc:bsym
	movz	x11, #:abs_g1:tfunc+16		// checked: < 2^32
	movk	x11, #:abs_g0_nc:tfunc+16
	ret
	.p2align 3
	.xword	dsym+24				// R_AARCH64_ABS64 in text
	.word	tfunc2 - . + 8			// R_AARCH64_PREL32 in text
.Llit:	.word	0x55555555

	.data
	.globl	mdata
mdata:
	.xword	dsym+8				// R_AARCH64_ABS64
	.xword	tfunc				// R_AARCH64_ABS64
	.word	bsym+4				// R_AARCH64_ABS32
	.hword	asym+2				// R_AARCH64_ABS16
	.hword	0
	.xword	tfunc2 - . + 8			// R_AARCH64_PREL64
	.word	tfunc - . + 4			// R_AARCH64_PREL32
	.word	bsym - .			// R_AARCH64_PREL32
	.hword	dsym - . + 4			// R_AARCH64_PREL16: data to data,
	.hword	0				//    the only pair within 16 bits
