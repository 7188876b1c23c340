# hello for power64 (big-endian ELFv2), in GNU as syntax:
# pwrite(1, msg, len, -1); exits(nil).  Plan 9 power64 calls the kernel
# with the call number in R3 and the arguments on the stack from R1+8,
# each in an 8-byte slot, then sc.
#
# The message is reached through the TOC (r2 = .TOC., p9ld's GOT +
# 0x8000), as ELFv2 code does.  The kernel does not set r12 to the entry
# point, so _start sets r2 from .TOC.'s absolute address; done has the
# usual global entry (r2 from r12) and a local entry after it, where
# `bl done` lands (R_PPC64_REL24 goes to the local entry).
	.abiversion 2
	.text
	.globl	_start
	.type	_start, @function
	.p2align 4
_start:
	lis	2, .TOC.@ha		# R_PPC64_ADDR16_HA
	addi	2, 2, .TOC.@l		# R_PPC64_ADDR16_LO
	addi	1, 1, -48
	li	4, 1
	std	4, 8(1)			# fd
	addis	4, 2, msg@toc@ha	# R_PPC64_TOC16_HA
	addi	4, 4, msg@toc@l		# R_PPC64_TOC16_LO
	std	4, 16(1)		# buf
	li	4, len
	std	4, 24(1)		# n
	li	4, -1
	std	4, 32(1)		# offset: -1, the current one
	li	3, 51			# PWRITE
	sc
	bl	done			# R_PPC64_REL24, to done's local entry
	nop
	.size	_start, . - _start

	.globl	done
	.type	done, @function
	.p2align 4
done:
0:	addis	2, 12, .TOC.-0b@ha	# R_PPC64_REL16_HA
	addi	2, 2, .TOC.-0b@l	# R_PPC64_REL16_LO
	.localentry done, . - done
	li	4, 0
	std	4, 8(1)			# exits(nil)
	li	3, 8			# EXITS
	sc
	b	.
	.size	done, . - done

	.data
msg:	.ascii	"hello from power64\n"
	.set	len, . - msg
