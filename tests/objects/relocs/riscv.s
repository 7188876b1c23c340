# riscv (riscv32): every relocation type objects.md lists for riscv, for
# p9ld's ELF reader; the symbols live in riscv-defs.s.
#
# Assemble (Debian clang 14.0.6, integrated assembler):
#   clang --target=riscv32-none-elf -march=rv32imac -mabi=ilp32 -mno-relax -c riscv.s -o riscv.o
#   clang --target=riscv32-none-elf -march=rv32imac -mabi=ilp32 -mno-relax -c riscv-defs.s -o riscv-defs.o
#   llvm-readelf -r riscv.o
# Link (lld 14.0.6):
#   ld.lld --no-relax -m elf32lriscv -T riscv.ld -o riscv.elf riscv.o riscv-defs.o
#
# What lld does otherwise than p9ld, and how this test lives with it:
# lld's .got starts with a header word (riscv.ld lays .got one pointer below
# the data base, so the slots land on p9ld's); its _GLOBAL_OFFSET_TABLE_
# is that header, so no word here names it (riscv-got.sh checks p9ld's);
# lld numbers GOT slots in the order it meets GOT relocations, p9ld in
# the order of the atoms they name, so fn, dvar, bvar are first named in
# that order; lld aligns the output .data to its most aligned input, p9ld
# each atom to its own, so this .data is as aligned as any. ALIGN (which
# lld 14 refuses) is tested by riscv-align.sh.
#
# Why .reloc: clang 14 rejects an addend on jal/branch/call operands
# ("Unsupported relocation type", "operand must be a bare symbol name"),
# and widens c.j/c.beqz to an undefined symbol into jal/beq
# (R_RISCV_JAL/BRANCH) instead of writing RVC_JUMP/RVC_BRANCH. The
# .reloc lines attach the type and addend to an instruction written with
# a zero immediate; .option norvc keeps the assembler from compressing
# those instructions. SET6/SUB6 are written only into .eh_frame and
# .debug_frame by clang (DW_CFA_advance_loc under relaxation), so .reloc
# puts them into .data as well.

	.text
	.globl	_start
_start:
	# (first: code here moves no distance the later values depend on)
	# riscv32 wraps at 32 bits: X + 0x800 past 0x7fffffff is a
	# negative upper part, no overflow (edge = 0x7ffffff0; the pc-relative
	# value edge+0xc10 - P, P in the text, is 0x7ffff800..0x7fffffff)
	lui	a0, %hi(edge)
	addi	a0, a0, %lo(edge)
.Lp8:	auipc	a0, %pcrel_hi(edge+0xc10)
	addi	a0, a0, %pcrel_lo(.Lp8)
	.reloc	., R_RISCV_CALL, edge+0xc10
	auipc	ra, 0
	jalr	ra, 0(ra)
.Lback:
	# CALL (clang 14 writes R_RISCV_CALL for a bare `call`/`tail`)
	call	fn
	tail	fn2
	# CALL_PLT (`@plt` suffix)
	call	fn@plt
	.option	push
	.option	norvc
	# CALL, CALL_PLT, JAL, BRANCH with non-zero addends
	.reloc	., R_RISCV_CALL, fn+8
	auipc	ra, 0
	jalr	ra, 0(ra)
	.reloc	., R_RISCV_CALL_PLT, fn2+4
	auipc	ra, 0
	jalr	ra, 0(ra)
	# JAL, BRANCH
	jal	ra, fn
	beq	a0, a1, fn2
	.reloc	., R_RISCV_JAL, fn-0xa
	jal	ra, 0
	.reloc	., R_RISCV_BRANCH, fn-0x68
	bne	a0, a1, 0
	# the top bit of each field apart from the one below it (values
	# between half the range and the range): an absolute target for
	# JAL, addends past the code for BRANCH
	jal	ra, farfn
	.reloc	., R_RISCV_BRANCH, fn+0x906
	blt	a0, a1, 0
	# HI20, LO12_I, LO12_S (absolute, non-zero addends)
	lui	a0, %hi(dvar+4)
	addi	a0, a0, %lo(dvar+4)
	lw	a1, %lo(dvar+8)(a0)
	sw	a1, %lo(dvar+8)(a0)
	lui	a2, %hi(bvar+12)
	sw	a1, %lo(bvar+12)(a2)
	# bit 11 of the value set: HI20 rounds up, the low part is negative
	lui	a2, %hi(bvar+0x7f0)
	addi	a2, a2, %lo(bvar+0x7f0)
	# absolute symbols (riscv-defs.s) whose bit patterns reach every
	# bit of the U, I and S fields, one way and the other
	lui	a0, %hi(big)
	addi	a0, a0, %lo(big)
	sw	a1, %lo(big)(a0)
	lui	a0, %hi(big2)
	lw	a1, %lo(big2)(a0)
	sw	a1, %lo(big2)(a0)
.Lp6:	auipc	a0, %pcrel_hi(big+0x2000)
	addi	a0, a0, %pcrel_lo(.Lp6)
	sw	a1, %pcrel_lo(.Lp6)(a0)
.Lp7:	auipc	a0, %pcrel_hi(big2+0x141)
	lw	a1, %pcrel_lo(.Lp7)(a0)
	sw	a1, %pcrel_lo(.Lp7)(a0)
	# PCREL_HI20 with its PCREL_LO12_I / PCREL_LO12_S: the lows name
	# the label of the auipc, and take that auipc's value (dvar+8 - .Lp1).
.Lp1:	auipc	a0, %pcrel_hi(dvar+8)
	addi	a3, a0, %pcrel_lo(.Lp1)
	sw	a1, %pcrel_lo(.Lp1)(a0)
	# two pairs interleaved: each low finds its own auipc by label
.Lp2:	auipc	a4, %pcrel_hi(fn2+2)
.Lp3:	auipc	a5, %pcrel_hi(bvar+16)
	lw	a6, %pcrel_lo(.Lp3)(a5)
	addi	a7, a4, %pcrel_lo(.Lp2)
	# a low before its auipc (the label is a forward reference)
	sw	a1, %pcrel_lo(.Lp4)(a0)
.Lp4:	auipc	a0, %pcrel_hi(dvar2)
	# GOT_HI20 + PCREL_LO12_I: G + GOT + A - P, slots for fn, dvar, bvar
	# (in the order of the atoms they name: text, data, bss)
.Lg1:	auipc	t0, %got_pcrel_hi(fn)
	lw	t0, %pcrel_lo(.Lg1)(t0)
.Lg2:	auipc	t1, %got_pcrel_hi(dvar)
	lw	t1, %pcrel_lo(.Lg2)(t1)
.Lg3:	auipc	t2, %got_pcrel_hi(bvar)
	lw	t2, %pcrel_lo(.Lg3)(t2)
	.option	pop
	# RELAX: with relaxation enabled the assembler pairs R_RISCV_RELAX
	# with CALL, HI20, LO12_*, PCREL_*; p9ld (and ld.lld --no-relax)
	# ignore it. No alignment directive here (it would write ALIGN).
	.option	push
	.option	relax
	call	fn2
	lui	a0, %hi(dvar2)
	lw	a0, %lo(dvar2)(a0)
.Lr1:	auipc	a0, %pcrel_hi(dvar2)
	addi	a0, a0, %pcrel_lo(.Lr1)
	# RVC_JUMP, RVC_BRANCH as clang writes them: against a local label,
	# only when relaxation is on (with it off the assembler resolves them)
	c.j	.Lnear
	c.beqz	a0, .Lnear
	nop
.Lnear:
	.option	pop
	# backward (negative) values, so that the sign bits of each
	# immediate field are written: against _start, a global of this
	# object (clang keeps the relocation), and a local label
	.option	push
	.option	norvc
	jal	ra, _start
	.reloc	., R_RISCV_BRANCH, _start+0x66
	bne	a0, a1, 0
	.reloc	., R_RISCV_CALL, _start+4
	auipc	ra, 0
	jalr	ra, 0(ra)
.Lp5:	auipc	a0, %pcrel_hi(_start+8)
	addi	a0, a0, %pcrel_lo(.Lp5)
	sw	a0, %pcrel_lo(.Lp5)(a0)
	.option	pop
	.option	push
	.option	rvc
	.reloc	., R_RISCV_RVC_JUMP, _start+8
	c.j	0
	.reloc	., R_RISCV_RVC_BRANCH, .Lback+10
	c.beqz	a0, 0
	.option	pop
	# 32 and ADD32/SUB32 in text
	.word	dvar+4
	.word	bvar - fn
	# RVC_JUMP, RVC_BRANCH against globals, with addends. Near the end
	# of the section: RVC_BRANCH reaches only +-256 bytes and fn starts
	# riscv-defs.o's text right after this one.
	.option	push
	.option	rvc
	.reloc	., R_RISCV_RVC_JUMP, fn+0xdc
	c.j	0
	.reloc	., R_RISCV_RVC_BRANCH, fn+0xe0
	c.beqz	a0, 0
	.reloc	., R_RISCV_RVC_JUMP, fn2
	c.j	0
	.reloc	., R_RISCV_RVC_BRANCH, fn
	c.bnez	a1, 0
	.reloc	., R_RISCV_RVC_JUMP, fn+0x4fe
	c.j	0
	.option	pop
	# the data forms in text as well: 64, ADD/SUB 8/16/64, SET6/SUB6
	.quad	fn2+2
	.byte	dvar2 - dvar + 5
	.2byte	dvar2 - fn
	.quad	bvar - fn + 6
	.reloc	., R_RISCV_SET6, fn2+3
	.reloc	., R_RISCV_SUB6, fn
	.byte	0xc0

	.data
	# as aligned as riscv-defs.o's .data: lld aligns the whole output
	# .data to its largest input alignment, p9ld each atom to its own
	.p2align 3
	.globl	dptrs
dptrs:
	# 32 and 64 (64 also on riscv32: clang writes it for .quad)
	.word	dvar+4
	.word	fn
	.quad	fn+8
	.quad	bvar+16
	# against a local label of this section
	.word	.Ldlocal
.Ldlocal:
	.word	.Lback+6
	# ADD/SUB pairs: V + S + A, then V - S - A, in one field
	.byte	dvar2 - dvar + 1
	.2byte	dvar2 - dvar + 2
	.word	bvar - fn + 3
	.quad	bvar - dvar + 4
	# SET6/SUB6 (as in DW_CFA_advance_loc: opcode bits 7..6 kept):
	# (0x40 & 0xc0) | ((dvar2+1 - dvar) & 0x3f)
	.reloc	., R_RISCV_SET6, dvar2+1
	.reloc	., R_RISCV_SUB6, dvar
	.byte	0x40
	# SUB6 alone, on a byte that already holds 0x3f in its low bits
	.reloc	., R_RISCV_SUB6, fn+1
	.byte	0xbf
	# 64 on riscv32 is S + A as a signed 32-bit value, sign-extended
	# (big = 0xa5a5a5a5)
	.balign	8
	.quad	big
	# ADD64/SUB64 on riscv32 change all 64 bits of the field: its high
	# word is kept, S + A is sign-extended (lld: the field + the value)
	.reloc	., R_RISCV_ADD64, dvar2
	.reloc	., R_RISCV_SUB64, big
	.quad	0x123456789
	# _GLOBAL_OFFSET_TABLE_ is not here: lld's is its GOT header word,
	# p9ld's is __GOT (tests/objects/riscv-got.sh)
