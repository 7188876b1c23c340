# Every relocation type objects.md lists for mips64 (big-endian n64, RELA):
# R_MIPS_32, 26, HI16, LO16, PC16, GPREL16, GPREL32, GOT16, CALL16, and
# R_MIPS_64, HIGHER, HIGHEST; plus the n64 three-type records lld accepts:
# GPREL32/64/NONE (.gpdword) and GPREL16/SUB/HI16, GPREL16/SUB/LO16
# (%hi/%lo(%neg(%gp_rel(x))), the PIC prologue's gp setup).
# clang 14 writes GPREL32 in n64 only as the triple GPREL32/64/NONE, for
# .gpdword and also for .gpword (MipsELFObjectWriter::getRelocType,
# FK_GPRel_4), whose 4-byte slot then gets an 8-byte write in lld: so this
# file uses .gpdword only. `.reloc x, R_MIPS_GPREL32, s` is refused by
# clang 14 ("unknown relocation name"), so a lone GPREL32/NONE/NONE record
# cannot be made with clang 14.
# Assemble (big-endian; spim64.conf assembles this source for --target=mips64el-none-elf):
#   clang --target=mips64-none-elf -mabi=64 -mno-abicalls -c mips64.s -o mips64.o
#   clang --target=mips64-none-elf -mabi=64 -mno-abicalls -c mips64-defs.s -o mips64-defs.o
# The sections are .rela.text/.rela.data (RELA; n64 is always RELA).
# Check: llvm-readelf -r mips64.o
# Link: ld.lld --no-relax -T mips64.ld mips64.o mips64-defs.o -o mips64.elf
	.set	noreorder
	.set	noat
	.text
	.globl	_start
	.type	_start,@function
	.p2align 2
_start:
	# full 64-bit absolute address: HIGHEST, HIGHER, HI16, LO16
	lui	$2, %highest(ddata+0x10)	# R_MIPS_HIGHEST
	daddiu	$2, $2, %higher(ddata+0x10)	# R_MIPS_HIGHER
	dsll	$2, $2, 16
	daddiu	$2, $2, %hi(ddata+0x10)		# R_MIPS_HI16
	dsll	$2, $2, 16
	daddiu	$2, $2, %lo(ddata+0x10)		# R_MIPS_LO16
	# an addend that makes every part carry into the one above: each
	# daddiu sign-extends, so HIGHER and HIGHEST add 0x80008000 and
	# 0x800080008000 before their shift (S + A = 0x7fff7fff8050 here)
	lui	$4, %highest(ddata+0x7fff7fff0010)
	daddiu	$4, $4, %higher(ddata+0x7fff7fff0010)
	dsll	$4, $4, 16
	daddiu	$4, $4, %hi(ddata+0x7fff7fff0010)
	dsll	$4, $4, 16
	daddiu	$4, $4, %lo(ddata+0x7fff7fff0010)
	# 32-bit address pair; low half >= 0x8000 so %hi carries
	lui	$3, %hi(ddata+0x8010)
	ld	$3, %lo(ddata+0x8010)($3)
	# a local symbol (the assembler rewrites it as .data + offset)
	lui	$6, %hi(llocal+8)
	daddiu	$6, $6, %lo(llocal+8)
	# R_MIPS_26
	jal	dfunc2+8
	nop
	j	dfunc
	nop
	jal	lfunc				# local: .text + offset in the field
	nop
	# R_MIPS_PC16
	beq	$4, $5, dfunc+4
	nop
	bal	dfunc2
	nop
	# R_MIPS_GPREL16 (global, then local with gp0)
	ld	$7, %gp_rel(dsmall+8)($gp)
	daddiu	$8, $gp, %gp_rel(lsmall)
	# n64 three-type records: GPREL16 / SUB / HI16 and GPREL16 / SUB / LO16
	# value = -(S + A - GP), then %hi / %lo of it (gp = _start + that)
	lui	$1, %hi(%neg(%gp_rel(_start)))
	daddu	$1, $1, $25
	daddiu	$1, $1, %lo(%neg(%gp_rel(_start)))
	# GOT forms, in the layout order of their targets (text, data, bss)
	ld	$25, %call16(dfunc)($gp)	# R_MIPS_CALL16
	jalr	$25
	nop
	# R_MIPS_JALR: the hint that marks a call through the GOT; p9ld
	# writes nothing.  lld turns a marked `jalr $25` into `bal` when the
	# target is near, so the hint here is on a jalr through $24.
	move	$24, $25
2:	jalr	$24
	nop
	.reloc	2b, R_MIPS_JALR, dfunc
	ld	$9, %got(ddata)($gp)		# R_MIPS_GOT16 (global)
	ld	$10, %got(dbss)($gp)
	# R_MIPS_32, R_MIPS_64 and GPREL32/64/NONE in text
	b	1f
	nop
	.p2align 3
	.word	ddata+0x20			# R_MIPS_32
	.word	0
	.dword	dfunc2+4			# R_MIPS_64
	.gpdword dfunc+12			# R_MIPS_GPREL32/R_MIPS_64/R_MIPS_NONE
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
	.p2align 3
llocal:
	.dword	0, 0xabcdef0123456789
	.dword	dfunc+4				# R_MIPS_64 to text
	.dword	ddata+0x10			# R_MIPS_64 to data
	.dword	dbss+0x100			# R_MIPS_64 to bss
	.dword	llocal+4			# R_MIPS_64 to a local
	.word	ddata2+4			# R_MIPS_32
	.word	0
	.gpdword ddata+8			# R_MIPS_GPREL32/R_MIPS_64/R_MIPS_NONE
	.gpdword lsmall+8			# the same, local (gp0 applies)

	.section .sdata,"aw",@progbits
	.p2align 3
lsmall:
	.dword	0x123456789abcdef0, 0x0fedcba987654321
