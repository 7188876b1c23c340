! sparc (32-bit, big-endian): every relocation type objects.md lists for
! sparc, for p9ld's ELF reader; the symbols live in sparc-defs.s.
!
! Assemble (Debian clang 14.0.6, integrated assembler; RELA, as every
! sparc object is):
!   clang --target=sparc-none-elf -fintegrated-as -c sparc.s -o sparc.o
!   clang --target=sparc-none-elf -fintegrated-as -c sparc-defs.s -o sparc-defs.o
!   llvm-readelf -r sparc.o
! Link (lld has no sparc; GNU ld 2.40 from binutils-sparc64-linux-gnu):
!   sparc64-linux-gnu-ld -m elf32_sparc -static -N -T sparc.ld -o sparc.elf sparc.o sparc-defs.o
! (see sparc.md for what differs from p9ld)

	.text
	.globl	_start
_start:
	! WDISP30: call, (S + A - P) >> 2 into bits 29..0
	call	fn
	nop
	call	fn+0xac
	nop
	call	fn2
	nop
	! a call followed by restore: GNU ld --relax turns this call into a
	! branch (ba) when the target is near; without --relax, and in p9ld,
	! it stays a call with WDISP30
	call	fn2-0x5c
	restore
	! WDISP22: Bicc, (S + A - P) >> 2 into bits 21..0
	ba	fn+4
	nop
	bne	fn2
	nop
	be,a	fn
	nop
	! the top bit of each field apart from the one below it: absolute
	! targets 4 MiB and 1 GiB away (sparc-defs.s)
	ba	far22
	nop
	call	far30
	nop
	! HI22: sethi, (S + A) >> 10 into bits 21..0
	sethi	%hi(dvar+4), %o0
	sethi	%hi(bvar+0x3ff), %o2
	! LO10: (S + A) & 0x3ff into bits 9..0; bits 12..10 of the simm13
	! field are kept (0 as clang writes them)
	or	%o0, %lo(dvar+4), %o0
	ld	[%o0+%lo(dvar+8)], %o1
	st	%o1, [%o2+%lo(bvar+0x3ff)]
	! absolute symbols (sparc-defs.s) whose bits reach every bit of
	! the imm22 and low-10 fields, one way and the other
	sethi	%hi(big), %o3
	or	%o3, %lo(big), %o3
	sethi	%hi(big2), %o4
	or	%o4, %lo(big2), %o4
	! 13: S + A into simm13, signed 13-bit range. Every address here is
	! above 0x1000, so the targets are the absolute symbols of sparc-defs.s
	or	%g0, small+12, %o0
	mov	small, %o1
	add	%o0, negsmall, %o2
	and	%o0, small2, %o3
	! backward (negative) displacements: against _start, a global of
	! this object (clang keeps the relocation)
	call	_start+8
	nop
	bg	_start+4
	nop
	! 32 and DISP32 in text
	.word	dvar+4
	.word	fn - .
	.word	dvar + 8 - .
.Ltlocal:
	retl
	nop

	.data
	.globl	dptrs
	.p2align 2
dptrs:
	! 32: S + A, big-endian word
	.word	dvar+4
	.word	fn
	.word	bvar+16
	! DISP32: S + A - P
	.word	fn - .
	.word	dvar + 8 - .
	.word	fn2 + 4 - .
	! against local labels: clang writes the section symbol + offset
	.word	.Ldlocal
.Ldlocal:
	.word	.Ltlocal - .
	! 8, 16, DISP8, DISP16: bytes and halfwords, as clang writes them for
	! .byte and .half (not in objects.md's list, but in p9ld's table)
	.byte	tiny			! R_SPARC_8
	.byte	dvar + 4 - .		! R_SPARC_DISP8
	.half	negsmall		! R_SPARC_16
	.half	fn - .			! R_SPARC_DISP16
	! UA32, UA16: the unaligned words (.uaword, .uahalf; clang's DWARF
	! has UA32), at an odd offset
	.byte	0
	.uaword	dvar + 4		! R_SPARC_UA32
	.uahalf	tiny			! R_SPARC_UA16
