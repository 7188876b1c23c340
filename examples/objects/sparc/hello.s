! hello for sparc, in GNU as syntax: pwrite(1, msg, len, -1); exits(nil).
! Plan 9 sparc calls the kernel with the call number in R7 (%g7) and the
! arguments on the stack from SP+4, then ta 0.  Plan 9's compilers keep
! SP in R1 (%g1), not in %sp.
	.text
	.globl	_start
	.type	_start, #function
_start:
	add	%g1, -24, %g1
	mov	1, %o0
	st	%o0, [%g1+4]		! fd
	sethi	%hi(msg), %o0		! R_SPARC_HI22
	or	%o0, %lo(msg), %o0	! R_SPARC_LO10
	st	%o0, [%g1+8]		! buf
	mov	len, %o0
	st	%o0, [%g1+12]		! n
	mov	-1, %o0
	st	%o0, [%g1+16]		! offset: a vlong, -1 (the current one)
	st	%o0, [%g1+20]
	mov	51, %g7			! PWRITE
	ta	0
	call	done			! R_SPARC_WDISP30
	nop
	.size	_start, . - _start

	.globl	done
	.type	done, #function
done:
	st	%g0, [%g1+4]		! exits(nil)
	mov	8, %g7			! EXITS
	ta	0
	ba	.
	nop
	.size	done, . - done

	.data
msg:	.ascii	"hello from sparc\n"
	.set	len, . - msg
