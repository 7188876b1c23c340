#!/bin/sh
# power, power64, sparc: a relocation whose value is out of its field's
# range, or whose branch or DS-form target is not a multiple of 4 (of 16
# in a DQ-form instruction), is an error naming the object,
# section+offset, relocation, symbol, value and range; p9ld exits 1 and
# writes nothing.  Neither lld nor GNU ld can be
# the oracle here (lld adds range-extension thunks where p9ld reports,
# GNU ld accepts R_SPARC_13 values outside the psABI's simm13 and rounds
# unaligned WDISP targets down), so each message is worked out by hand
# below.  Last, a power64 object of the ELFv1 ABI is refused.  Skipped
# (77) without clang.
set -u
. "$srcdir/tests/objects/lib.sh"
need clang
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
fail=0

# check ARCH: assemble $tmp/ARCH.s and $tmp/ARCH-defs.s (the absolute
# targets, in a second object so that the assembler leaves every
# relocation to the linker), link, and compare stderr with $tmp/ARCH.want
check() {
	a=$1
	if ! assemble "$a" "$tmp/$a.s" "$tmp/$a.o" ||
	   ! assemble "$a" "$tmp/$a-defs.s" "$tmp/$a-defs.o"; then
		echo "FAIL $a: does not assemble"; fail=1; return
	fi
	$VALGRIND ./p9ld -o "$tmp/$a.out" "$tmp/$a.o" "$tmp/$a-defs.o" 2> "$tmp/$a.err"
	status=$?
	sed "s|$tmp/||" "$tmp/$a.err" > "$tmp/$a.got"
	if [ "$status" != 1 ]; then
		echo "FAIL $a: exit $status, not 1"; fail=1
	elif [ -e "$tmp/$a.out" ]; then
		echo "FAIL $a: an image was written"; fail=1
	elif ! cmp -s "$tmp/$a.want" "$tmp/$a.got"; then
		echo "FAIL $a: not the messages worked out"
		diff "$tmp/$a.want" "$tmp/$a.got" | sed 's/^/  /'; fail=1
	else
		echo "$a: $(wc -l < "$tmp/$a.got") errors, as worked out"
	fi
}

# power: _start at the text base 0x100020.
#   .text+0x0 bl far: far - P = 0x2100024 - 0x100020 = 0x2000004, past
#     REL24's signed 26-bit byte range (-0x2000000 .. 0x1fffffc).
#   .text+0x4 bl _start+2: 0x100022 - 0x100024 = -2 (0xfffffffe, shown
#     sign-extended), not a multiple of 4.
#   .text+0x8 beq far14: 0x108028 - 0x100028 = 0x8000, one past REL14's
#     signed 16-bit byte range (-0x8000 .. 0x7ffc).
cat > "$tmp/power.s" << 'EOF'
	.text
	.globl	_start
_start:
	bl	far
	bl	_start+2
	beq	0, far14
	blr
EOF
cat > "$tmp/power-defs.s" << 'EOF'
	.globl	far, far14
	.set	far, 0x2100024
	.set	far14, 0x108028
EOF
cat > "$tmp/power.want" << 'EOF'
power.o(.text+0x0): error: R_PPC_REL24 against 'far': value 0x2000004 (33554436) does not fit the 24-bit signed field (-33554432 to 33554431)
power.o(.text+0x4): error: R_PPC_REL24 against '_start': value 0xfffffffffffffffe is not a multiple of 4
power.o(.text+0x8): error: R_PPC_REL14 against 'far14': value 0x8000 (32768) does not fit the 14-bit signed field (-32768 to 32767)
EOF
check power

# power64: _start at 0x100028 (the text base; the section is 4-aligned).
#   .text+0x0 bl far: 0x2100034 - 0x100028 = 0x200000c, past REL24's
#     range (far is absolute: st_other 0, no local entry to add).
#   .text+0xa ld 5, odd@l(4): ADDR16_LO_DS of 0x1002; a DS field holds
#     bits 15..2, so the value must be a multiple of 4.
#   .text+0xe lis 3, huge@ha: ADDR16_HA is checked on ELFv2:
#     0x7fff8000 + 0x8000 = 0x80000000 does not fit 32 bits signed, so
#     #ha = 0x8000 is not a signed halfword; the values allowed are
#     -0x80000000 - 0x8000 .. 0x7fffffff - 0x8000.
#   .text+0x12 lxv 0, odd16@l(4): in a DQ-form instruction the field is
#     bits 15..4, so 0x1008, a multiple of 4 (the DS form's need), is
#     still not one of 16.
cat > "$tmp/power64.s" << 'EOF'
	.abiversion 2
	.text
	.globl	_start
_start:
	bl	far
	nop
	ld	5, odd@l(4)
	lis	3, huge@ha
	lxv	0, odd16@l(4)
	blr
EOF
cat > "$tmp/power64-defs.s" << 'EOF'
	.abiversion 2
	.globl	far, odd, huge, odd16
	.set	odd16, 0x1008
	.set	far, 0x2100034
	.set	odd, 0x1002
	.set	huge, 0x7fff8000
EOF
cat > "$tmp/power64.want" << 'EOF'
power64.o(.text+0x0): error: R_PPC64_REL24 against 'far': value 0x200000c (33554444) does not fit the 24-bit signed field (-33554432 to 33554431)
power64.o(.text+0xa): error: R_PPC64_ADDR16_LO_DS against 'odd': value 0x1002 is not a multiple of 4
power64.o(.text+0xe): error: R_PPC64_ADDR16_HA against 'huge': value 0x7fff8000 (2147450880) does not fit the 16-bit signed field (-2147516416 to 2147450879)
power64.o(.text+0x12): error: R_PPC64_ADDR16_LO_DS against 'odd16': value 0x1008 is not a multiple of 16
EOF
check power64

# sparc: _start at the text base 0x1020.
#   .text+0x0 ba far22: 0x801020 - 0x1020 = 0x800000, one past WDISP22's
#     signed 24-bit byte range (-0x800000 .. 0x7ffffc); GNU ld agrees.
#   .text+0x8 call _start+1: 0x1021 - 0x1028 = -7, not a multiple of 4
#     (GNU ld writes a call to 0x1020).
#   .text+0x10 or %g0, big13, %o0: R_SPARC_13 is signed (psABI
#     V-simm13: -4096 .. 4095), and 0x1000 is one past it (GNU ld's
#     bitfield check accepts it, and the CPU would read -4096).
cat > "$tmp/sparc.s" << 'EOF'
	.text
	.globl	_start
_start:
	ba	far22
	nop
	call	_start+1
	nop
	or	%g0, big13, %o0
	retl
	nop
EOF
cat > "$tmp/sparc-defs.s" << 'EOF'
	.globl	far22, big13
	.set	far22, 0x801020
	.set	big13, 0x1000
EOF
cat > "$tmp/sparc.want" << 'EOF'
sparc.o(.text+0x0): error: R_SPARC_WDISP22 against 'far22': value 0x800000 (8388608) does not fit the 22-bit signed field (-8388608 to 8388607)
sparc.o(.text+0x8): error: R_SPARC_WDISP30 against '_start': value 0xfffffffffffffff9 is not a multiple of 4
sparc.o(.text+0x10): error: R_SPARC_13 against 'big13': value 0x1000 (4096) does not fit the 13-bit signed field (-4096 to 4095)
EOF
check sparc

# power64 objects must be ELFv2 (objects.md section 2): an ELFv1 object's
# sign is its .opd section of function descriptors (e_flags 0 says only
# "unspecified", as an ELFv2 assembly source without .abiversion has).
cat > "$tmp/elfv1.s" << 'EOF'
	.section .opd, "aw"
	.p2align 3
	.globl	_start
_start:
	.quad	.L_start, .TOC.@tocbase, 0
	.text
.L_start:
	blr
EOF
echo "elfv1.o: error: an .opd section: an ELFv1 object, and Plan 9 power64 needs ELFv2 (compile with -mabi=elfv2)" > "$tmp/elfv1.want"
if ! clang --target=powerpc64-none-elf -mabi=elfv1 -c "$tmp/elfv1.s" -o "$tmp/elfv1.o"; then
	echo "FAIL power64: the ELFv1 object does not assemble"; fail=1
else
	$VALGRIND ./p9ld -o "$tmp/elfv1.out" "$tmp/elfv1.o" 2> "$tmp/elfv1.err"
	status=$?
	sed "s|$tmp/||" "$tmp/elfv1.err" > "$tmp/elfv1.got"
	if [ "$status" != 1 ] || [ -e "$tmp/elfv1.out" ] || ! cmp -s "$tmp/elfv1.want" "$tmp/elfv1.got"; then
		echo "FAIL power64: an ELFv1 object gives exit $status and:"
		sed 's/^/  /' "$tmp/elfv1.got"; fail=1
	else
		echo "power64: an ELFv1 object is refused"
	fi
fi

exit $fail
