@ arm.s: every relocation type objects.md lists for arm (ABS32, REL32,
@ CALL, JUMP24, PC24, MOVW_ABS_NC, MOVT_ABS, V4BX, GOT_BREL, GOTOFF32,
@ BASE_PREL), in .text and, where a data word can carry it, in .data,
@ with non-zero addends.  ARM state only (-marm), never Thumb.  REL: the
@ addend is in the field (branches: imm24 << 2, sign-extended, already
@ holding the -8 PC bias; MOVW/MOVT: imm4:imm12, sign-extended 16 bits).
@
@   clang --target=armv7a-none-eabi -marm -c arm.s -o arm.o
@   clang --target=armv7a-none-eabi -marm -c arm-defs.s -o arm-defs.o
@   llvm-readelf -r arm.o          @ .rel.text / .rel.data: REL, not RELA
@   ld.lld --no-relax -m armelf -T arm.ld arm.o arm-defs.o -o arm.elf
@
@ The integrated assembler never writes R_ARM_PC24 (obsolete; old
@ assemblers wrote it for B/BL) nor R_ARM_V4BX (GNU as --fix-v4bx only):
@ both are forced with .reloc on a hand-encoded instruction.
@
@ GOT slot order: lld allocates .got slots in the order it first meets a
@ GOT-form relocation; p9ld in the order of the atoms/labels they name.
@ The first GOT uses below are tfunc, dsym, bsym: the same order both ways.

	.syntax	unified
	.arm

	.text
	.globl	_start
	.type	_start, %function
_start:
	@ The PIC GOT sequence: r4 = GOT, then loads through GOT slots.
	ldr	r4, .Lgotbase			@ R_ARM_BASE_PREL in the pool word
.Lpic:	add	r4, pc, r4
	ldr	r0, .Lgot_tfunc
	ldr	r0, [r4, r0]			@ r0 = &tfunc via its slot
	ldr	r1, .Lgot_dsym
	ldr	r1, [r4, r1]
	ldr	r2, .Lgot_bsym
	ldr	r2, [r4, r2]
	ldr	r3, .Lgotoff_dsym
	add	r3, r4, r3			@ r3 = &dsym + 4 via GOTOFF
	@ R_ARM_CALL: ((S + A) | T) - P, BL
	bl	tfunc				@ field -8
	bl	tfunc2+4			@ field -4
	@ R_ARM_CALL on blx imm: the target is ARM code, so the linker
	@ makes it a bl (lld does; a blx would switch to Thumb state)
	blx	tfunc2				@ fa fffffe -> eb ...
	@ R_ARM_JUMP24: B and conditional B/BL
	b	tfunc2				@ field -8
	beq	tfunc+4				@ field -4
	blne	tfunc				@ conditional BL: JUMP24
	@ R_ARM_PC24 (forced): bl and beq encodings, field -8 and -4
	.reloc	., R_ARM_PC24, tfunc
	.inst	0xebfffffe			@ bl  .  (imm24 = -2)
	.reloc	., R_ARM_PC24, tfunc2
	.inst	0x0affffff			@ beq .+4 (imm24 = -1)
	@ R_ARM_MOVW_ABS_NC / R_ARM_MOVT_ABS: S + A, low / high half
	movw	r0, #:lower16:dsym+4
	movt	r0, #:upper16:dsym+4
	movw	r1, #:lower16:bsym-4		@ field 0xfffc: A = -4
	movt	r1, #:upper16:bsym-4
	movw	r2, #:lower16:tfunc
	movt	r2, #:upper16:tfunc
	@ R_ARM_V4BX (forced, no symbol): a marker on BX Rm, value unused
	.reloc	., R_ARM_V4BX
	bx	lr
	@ R_ARM_ABS32 through a literal pool (the pool comes at .ltorg)
	ldr	r0, =dsym+8
	ldr	r1, =tfunc2
	bx	lr

	.p2align 2
.Lgotbase:
	.word	_GLOBAL_OFFSET_TABLE_ - (.Lpic + 8)	@ R_ARM_BASE_PREL: GOT + A - P
.Lgot_tfunc:
	.word	tfunc(GOT)			@ R_ARM_GOT_BREL: G + A - GOT, A = 0
.Lgot_dsym:
	.word	dsym(GOT)
.Lgot_bsym:
	.word	bsym(GOT) + 4			@ A = 4
.Lgotoff_dsym:
	.word	dsym(GOTOFF) + 4		@ R_ARM_GOTOFF32: S + A - GOT
	.word	tfunc(GOTOFF)
	.word	dsym - . + 4			@ R_ARM_REL32: S + A - P
	.word	bsym + 12			@ R_ARM_ABS32
	.ltorg

	.data
	.globl	mdata
mdata:
	.word	dsym + 8			@ R_ARM_ABS32
	.word	tfunc				@ R_ARM_ABS32
	.word	tfunc2 - . + 4			@ R_ARM_REL32
	.word	bsym - .			@ R_ARM_REL32
	.word	dsym(GOT) + 4			@ R_ARM_GOT_BREL
	.word	bsym(GOTOFF) + 8		@ R_ARM_GOTOFF32
	.word	_GLOBAL_OFFSET_TABLE_ - . + 4	@ R_ARM_BASE_PREL
