#!/bin/sh
# The checks of the arm and arm64 relocation fields, which relocs.sh
# (byte-identical links) cannot reach: a value out of its field's range
# and a misaligned target are each an error naming the object, section
# + offset, relocation, symbol, value and range, exit 1 and nothing
# written; Thumb code's relocations are refused (objects.md section 4).
# 386 has no such check: its fields are whole words taken modulo 2^32,
# so a value past 2^31 wraps, as lld writes it.  Skipped (77) without
# clang.
set -u
. "$srcdir/tests/objects/lib.sh"
need clang
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
fail=0

# link NAME ARCH: assemble $tmp/NAME.s and $tmp/NAME-defs.s, link them
# (125: they do not assemble)
link() {
	if ! assemble "$2" "$tmp/$1.s" "$tmp/$1.o" ||
	   ! assemble "$2" "$tmp/$1-defs.s" "$tmp/$1-defs.o"; then
		echo "FAIL $1: does not assemble"
		return 125
	fi
	$VALGRIND ./p9ld -o "$tmp/$1" "$tmp/$1.o" "$tmp/$1-defs.o" 2> "$tmp/$1.err"
}

# refused NAME ARCH: the link fails with exit 1, writes nothing, and says
# exactly what stdin says (the scratch folder's name taken out)
refused() {
	cat > "$tmp/$1.want"
	link "$1" "$2"
	status=$?
	[ "$status" = 125 ] && { fail=1; return; }
	sed "s|$tmp/||g" "$tmp/$1.err" > "$tmp/$1.got"
	if [ "$status" != 1 ] || [ -e "$tmp/$1" ] || ! cmp -s "$tmp/$1.want" "$tmp/$1.got"; then
		echo "FAIL $1: exit $status$( [ -e "$tmp/$1" ] && echo ', an output written')"
		diff "$tmp/$1.want" "$tmp/$1.got" | sed 's/^/  /'
		fail=1
	else
		echo "$1: refused as expected"
	fi
}

# ---- arm: CALL/JUMP24 take a signed 26-bit, 4-aligned value -------------
# The text starts at 0x1020; arm-range.o's text is first.  The bl at P =
# 0x1020, A = -8 (the pc bias, in the field), to far = 0x2001028: X =
# 0x2001028 - 8 - 0x1020 = 0x2000000 = 2^25, one past the range; the
# next bl, at 0x1024, gives 2^25 - 4, the last value that fits, and is
# not refused.  The b at P = 0x1028 goes to odd, 2 bytes into
# arm-range-defs.o's text (at 0x1030, after arm-range.o's 16 bytes):
# X = 0x1032 - 8 - 0x1028 = 2, not a multiple of 4.
cat > "$tmp/arm-range.s" <<'EOF'
	.syntax	unified
	.arm
	.text
	.globl	_start
_start:	bl	far
	bl	far
	b	odd
	bx	lr
EOF
cat > "$tmp/arm-range-defs.s" <<'EOF'
	.syntax	unified
	.arm
	.text
	.globl	odd, far
	.set	far, 0x2001028
	.short	0
odd:	bx	lr
EOF
refused arm-range arm <<'EOF'
arm-range.o(.text+0x0): error: R_ARM_CALL against 'far': value 0x2000000 (33554432) does not fit the 24-bit signed field (-33554432 to 33554431)
arm-range.o(.text+0x8): error: R_ARM_JUMP24 against 'odd': value 0x2 is not a multiple of 4
EOF

# ---- arm: Thumb code is refused ------------------------------------------
# Thumb code with no Thumb function symbol (a bare global label): only
# its relocations tell.  clang writes the first five; GNU as writes
# JUMP11 and JUMP8 for b.n and b<cond>.n to another object's symbol,
# which clang widens, so .reloc gives them here.
cat > "$tmp/arm-thumb.s" <<'EOF'
	.syntax	unified
	.thumb
	.text
	.globl	_start
_start:	bl	tfunc
	b.w	tfunc
	beq	tfunc
	movw	r0, #:lower16:dsym
	movt	r0, #:upper16:dsym
	.reloc	., R_ARM_THM_JUMP11, tfunc
	.short	0xe7fe
	.reloc	., R_ARM_THM_JUMP8, tfunc
	.short	0xd0fe
EOF
cat > "$tmp/arm-thumb-defs.s" <<'EOF'
	.syntax	unified
	.arm
	.text
	.globl	tfunc
tfunc:	bx	lr
	.data
	.globl	dsym
dsym:	.word	0
EOF
why="Thumb code: Plan 9 arm runs ARM state (compile with -marm)"
refused arm-thumb arm <<EOF
arm-thumb.o(.text+0x0): error: R_ARM_THM_CALL: not supported: $why
arm-thumb.o(.text+0x4): error: R_ARM_THM_JUMP24: not supported: $why
arm-thumb.o(.text+0x8): error: R_ARM_THM_JUMP19: not supported: $why
arm-thumb.o(.text+0xc): error: R_ARM_THM_MOVW_ABS_NC: not supported: $why
arm-thumb.o(.text+0x10): error: R_ARM_THM_MOVT_ABS: not supported: $why
arm-thumb.o(.text+0x14): error: R_ARM_THM_JUMP11: not supported: $why
arm-thumb.o(.text+0x16): error: R_ARM_THM_JUMP8: not supported: $why
EOF

# A Thumb function (its symbol's bit 0 set) is refused by its symbol.
cat > "$tmp/arm-thumbfunc.s" <<'EOF'
	.syntax	unified
	.thumb
	.text
	.globl	_start
	.type	_start, %function
	.thumb_func
_start:	bx	lr
EOF
cp "$tmp/arm-thumb-defs.s" "$tmp/arm-thumbfunc-defs.s"
refused arm-thumbfunc arm <<EOF
arm-thumbfunc.o: error: symbol '_start' is Thumb code: Plan 9 arm runs ARM state (compile with -marm)
EOF

# ---- arm64: CALL26 signed 28 bits, branches and LDST64 aligned ----------
# The text starts at 0x10028.  The bl at P = 0x10028 to far = 0x8010028:
# X = 2^27, one past the range; the next, at 0x1002c, gives 2^27 - 4,
# which fits.  The b at P = 0x10030 goes to odd, 2 bytes into
# arm64-range-defs.o's text (at 0x10038, after arm64-range.o's 16
# bytes): X = 0x1003a - 0x10030 = 0xa.  The ldr's LDST64_ABS_LO12_NC
# wants dsym + 4 = 0x20004 (data base 0x20000, no GOT) a multiple of 8.
cat > "$tmp/arm64-range.s" <<'EOF'
	.text
	.globl	_start
_start:	bl	far
	bl	far
	b	odd
	ldr	x0, [x0, :lo12:dsym+4]
EOF
cat > "$tmp/arm64-range-defs.s" <<'EOF'
	.text
	.globl	odd, far
	.set	far, 0x8010028
	.hword	0
odd:	ret
	.data
	.globl	dsym
dsym:	.xword	0
EOF
refused arm64-range arm64 <<'EOF'
arm64-range.o(.text+0x0): error: R_AARCH64_CALL26 against 'far': value 0x8000000 (134217728) does not fit the 26-bit signed field (-134217728 to 134217727)
arm64-range.o(.text+0x8): error: R_AARCH64_JUMP26 against 'odd': value 0xa is not a multiple of 4
arm64-range.o(.text+0xc): error: R_AARCH64_LDST64_ABS_LO12_NC against 'dsym': value 0x20004 is not a multiple of 8
EOF

# ---- 386: words wrap modulo 2^32 -----------------------------------------
# movl $big+0x10, %eax: big = 0xfffffff8, so S + A = 0x1_0000_0008,
# written 0x00000008; call far at P = 0x1026 (the field; next insn at
# 0x102a) with far = 0x80001030: X = 0x80001030 - 4 - 0x1026 =
# 0x80000006, past 2^31 - 1 yet written whole, as lld does.
cat > "$tmp/386-wrap.s" <<'EOF'
	.text
	.globl	_start
_start:	movl	$big+0x10, %eax
	call	far
EOF
cat > "$tmp/386-wrap-defs.s" <<'EOF'
	.globl	big, far
	.set	big, 0xfffffff8
	.set	far, 0x80001030
EOF
link 386-wrap 386
status=$?
if [ "$status" = 0 ]; then
	got=$(text_bytes "$tmp/386-wrap" | od -An -tx1 | tr -d ' \n')
	want=b808000000e806000080
	if [ "$got" = "$want" ]; then
		echo "386-wrap: $got"
	else
		echo "FAIL 386-wrap: text $got, want $want"; fail=1
	fi
elif [ "$status" != 125 ]; then
	echo "FAIL 386-wrap: p9ld does not link it"; sed 's/^/  /' "$tmp/386-wrap.err"; fail=1
else
	fail=1
fi
exit $fail
