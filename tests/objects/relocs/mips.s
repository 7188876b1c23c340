# Every relocation type objects.md lists for mips (big-endian o32, REL):
# R_MIPS_32, 26, HI16, LO16, PC16, GPREL16, GPREL32, GOT16, CALL16.
# Assemble (big-endian; spim.conf assembles this source for --target=mipsel-none-elf):
#   clang --target=mips-none-elf -march=mips32 -mno-abicalls -c mips.s -o mips.o
#   clang --target=mips-none-elf -march=mips32 -mno-abicalls -c mips-defs.s -o mips-defs.o
# -mno-abicalls still accepts the explicit %got/%call16/%gp_rel operators,
# and keeps the objects non-PIC (no EF_MIPS_PIC, so lld adds no LA25 thunk).
# The sections are .rel.text/.rel.data (REL: addends are in the fields).
# Check: llvm-readelf -r mips.o
# Link (p9ld's layout; see mips.ld):
#   ld.lld --no-relax -T mips.ld mips.o mips-defs.o -o mips.elf
	.set	noreorder
	.set	noat
	.text
	.globl	_start
	.type	_start,@function
	.p2align 2
_start:
	# HI16/LO16 pairs (AHL addend = (hi << 16) + sext(lo)).
	lui	$2, %hi(ddata+0x10)		# R_MIPS_HI16 ddata, field 0x0000
	addiu	$2, $2, %lo(ddata+0x10)		# R_MIPS_LO16 ddata, field 0x0010
	lui	$3, %hi(dbss+0x8010)		# low half >= 0x8000: %hi carries
	lw	$3, %lo(dbss+0x8010)($3)	# LO16 in a load
	# two HI16 sharing one LO16 (gcc does this after scheduling)
	lui	$4, %hi(ddata2+4)
	lui	$5, %hi(ddata2+4)
	sw	$0, %lo(ddata2+4)($4)
	# a local symbol: the assembler rewrites it as .data + offset
	lui	$6, %hi(llocal+8)
	addiu	$6, $6, %lo(llocal+8)
	# R_MIPS_26: jal/j, addend = sext(field << 2)
	jal	dfunc2+8
	nop
	j	dfunc
	nop
	jal	lfunc				# local: .text + offset in the field
	nop
	# R_MIPS_PC16: addend = sext(field << 2) (the assembler's -4 is in it)
	beq	$4, $5, dfunc+4
	nop
	bal	dfunc2
	nop
	# R_MIPS_GPREL16: S + A - _gp (local symbols also + gp0 of .reginfo)
	lw	$7, %gp_rel(dsmall+4)($gp)
	addiu	$8, $gp, %gp_rel(lsmall)	# local: .sdata section symbol
	# GOT forms, in the layout order of their targets (text, data, bss)
	lw	$25, %call16(dfunc)($gp)	# R_MIPS_CALL16
	jalr	$25
	nop
	# R_MIPS_JALR: the hint that marks a call through the GOT; p9ld
	# writes nothing.  lld turns a marked `jalr $25` into `bal` when the
	# target is near, so the hint here is on a jalr through $24.
	move	$24, $25
2:	jalr	$24
	nop
	.reloc	2b, R_MIPS_JALR, dfunc
	lw	$9, %got(ddata)($gp)		# R_MIPS_GOT16 (global: slot - _gp)
	lw	$10, %got(dbss)($gp)
	# R_MIPS_32 and R_MIPS_GPREL32 in text (a jump table in .text)
	b	1f
	nop
	.word	ddata+0x20			# R_MIPS_32
	.gpword	dfunc+8				# R_MIPS_GPREL32
1:
	jr	$31
	nop
	.size	_start, .-_start

	.type	lfunc,@function
lfunc:
	jr	$31
	nop
	.size	lfunc, .-lfunc

	.data
	.p2align 2
llocal:
	.word	0, 0, 0xabcdef01
	.word	dfunc+4				# R_MIPS_32 to text
	.word	ddata+0x10			# R_MIPS_32 to data
	.word	dbss+0x100			# R_MIPS_32 to bss
	.word	llocal+4			# R_MIPS_32 to a local (section + 4)
	.gpword	ddata+8				# R_MIPS_GPREL32 global
	.gpword	lsmall+4			# R_MIPS_GPREL32 local (gp0 applies)

	.section .sdata,"aw",@progbits
	.p2align 2
lsmall:
	.word	0x12345678, 0x9abcdef0
