// arm64-defs.s: the global symbols that arm64.s refers to, in a second
// object so that every reference in arm64.s stays a relocation.
//
//   clang --target=aarch64-none-elf -c arm64-defs.s -o arm64-defs.o
//   llvm-readelf -S -s arm64-defs.o

	.text
	.globl	tfunc
	.type	tfunc, %function
	.p2align 3			// <= 8: arm64's text base 0x10028 is only
					//    8-aligned (see arm64.md, lld layout)
tfunc:				// text symbol (also reached through the GOT)
	ret
	.size	tfunc, .-tfunc

	.globl	tfunc2
	.type	tfunc2, %function
tfunc2:				// second text symbol, branch target
	nop
	ret
	.size	tfunc2, .-tfunc2

	.data
	.globl	dsym
	.type	dsym, %object
	.p2align 4			// LDST128_ABS_LO12_NC needs 16-byte alignment
dsym:				// data symbol
	.xword	0x1111111111111111, 0x2222222222222222
	.xword	0x3333333333333333, 0x4444444444444444
	.size	dsym, .-dsym

	.bss
	.globl	bsym
	.type	bsym, %object
	.p2align 4
bsym:				// bss symbol
	.zero	64
	.size	bsym, .-bsym

	// An absolute symbol small enough for MOVW_UABS_G0 (unsigned 16 bits)
	// and ABS16: no text, data or bss address on arm64 fits 16 bits.
	.globl	asym
	.set	asym, 0x1234
