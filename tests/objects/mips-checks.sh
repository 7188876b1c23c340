#!/bin/sh
# What mips, spim, mips64 and spim64 relocations refuse: each case is a
# small program that p9ld must not link (exit 1, no output), with the
# message it must give, naming the object, the section and offset, the
# relocation, the symbol, the value and the range.  The addresses are
# worked by hand from the layout p9ld gives every case (no script):
# text from 0x4020, the data base 0x4000-aligned after it, _gp = the
# data base + 0x7ff0.  Last, a jal in KSEG0 (text at 0x80020020) links:
# an o32 address above 2^31 is in its delay slot's region.  Skipped (77)
# without clang.
set -u
. "$srcdir/tests/objects/lib.sh"
need clang
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
fail=0

# The symbols the cases refer to, in a second object (an absolute symbol
# defined in the object that uses it would be resolved by the assembler).
cat > "$tmp/defs.s" <<'EOF'
	.globl	far
	.set	far, 0x10000000		# another 256 MiB region than the text's
	.data
	.globl	ddata
ddata:	.word	0
	.byte	1
	.globl	odd
odd:	.byte	2			# ddata + 5: no instruction is there
EOF

# A GPREL16 out of its signed 16 bits.  The text is 16 bytes at 0x4020,
# so the data base is 0x8000 and _gp 0xfff0; the data is defs.o's 6
# bytes, and the bss (16-aligned) starts at 0x8010: big = 0x8010 +
# 0x10000 = 0x18010, and big - _gp = 0x18010 - 0xfff0 = 0x8020 (32800)
# > 32767.
cat > "$tmp/gprel.s" <<'EOF'
	.set	noreorder
	.text
	.globl	_start
_start:	lw	$2, %gp_rel(big)($gp)
	jr	$31
	nop
	.bss
	.space	0x10000
	.globl	big
big:	.space	4
EOF
gprel="gprel.o(.text+0x0): error: R_MIPS_GPREL16 against 'big': value 0x8020 (32800) does not fit the 16-bit signed field (-32768 to 32767)"

# A branch out of its signed 18 bits.  .text is 16 bytes at 0x4020,
# .text.far (16-aligned) follows at 0x4030: farf = 0x4030 + 0x20000 =
# 0x24030.  The bal at 0x4024 has the addend -4 (its delay slot), so
# S + A - P = 0x24030 - 4 - 0x4024 = 0x20008 (131080) > 131071.
cat > "$tmp/branch.s" <<'EOF'
	.set	noreorder
	.text
	.globl	_start
_start:	nop
	bal	farf
	nop
	nop
	.section .text.far,"ax",@progbits
	.space	0x20000
	.globl	farf
farf:	jr	$31
	nop
EOF
branch="branch.o(.text+0x4): error: R_MIPS_PC16 against 'farf': value 0x20008 (131080) does not fit the 16-bit signed field (-131072 to 131071)"

# A jal out of its delay slot's 256 MiB region: the jal at 0x4028, its
# delay slot at 0x402c, in 0 to 0xfffffff; far is 0x10000000.
cat > "$tmp/region.s" <<'EOF'
	.set	noreorder
	.text
	.globl	_start
_start:	nop
	nop
	jal	far
	nop
EOF
region="region.o(.text+0x8): error: R_MIPS_26 against 'far': target 0x10000000 is outside 0 to 0xfffffff, the 256 MiB region of the delay slot at 0x402c"

# Branch and jump to a misaligned target.  The text is 16 bytes at
# 0x4020, so the data base is 0x8000; defs.o's data (ddata) is the first
# data: odd = 0x8005.  b at 0x4020: S + A - P = 0x8005 - 4 - 0x4020 =
# 0x3fe1; j at 0x4028: S + A = 0x8005.
cat > "$tmp/align.s" <<'EOF'
	.set	noreorder
	.text
	.globl	_start
_start:	b	odd
	nop
	j	odd
	nop
EOF
align1="align.o(.text+0x0): error: R_MIPS_PC16 against 'odd': value 0x3fe1 is not a multiple of 4"
align2="align.o(.text+0x8): error: R_MIPS_26 against 'odd': value 0x8005 is not a multiple of 4"

# GOT16 against a local symbol: o32 PIC's page form (a slot holding the
# 64 KiB page of lvar + 0x10, the LO16 adding the rest), refused.
cat > "$tmp/gotpage.s" <<'EOF'
	.set	noreorder
	.text
	.globl	_start
_start:	lw	$2, %got(lvar+0x10)($gp)
	addiu	$2, $2, %lo(lvar+0x10)
	jr	$31
	nop
	.data
	.word	1, 2, 3, 4
lvar:	.word	5, 6, 7, 8, 9
EOF
gotpage="gotpage.o(.text+0x0): error: R_MIPS_GOT16: not supported: GOT16 against a local symbol is o32 PIC's page form: compile with -mno-abicalls (or -fno-pic)"

# GOT16 with an addend: the field holds %hi(ddata + 0x10000) = 1, the
# addend 1 << 16 (o32) or the record's 0x10000 (n64).  p9ld's slot is
# ddata's own: refused.
cat > "$tmp/gotaddend.s" <<'EOF'
	.set	noreorder
	.text
	.globl	_start
_start:	lw	$2, %got(ddata+0x10000)($gp)
	jr	$31
	nop
EOF
gotaddend="gotaddend.o(.text+0x0): error: R_MIPS_GOT16 against 'ddata': addend 0x10000: the slot holds the symbol's address alone"

# refused ARCH CASE MESSAGE...: CASE.s does not link, saying each MESSAGE
refused() {
	arch=$1 c=$2
	shift 2
	d=$tmp/$arch
	if ! (cd "$d" && assemble "$arch" "$tmp/$c.s" "$c.o"); then
		echo "FAIL $arch $c: does not assemble"; fail=1; return
	fi
	rm -f "$d/out"
	(cd "$d" && $VALGRIND "$OLDPWD/p9ld" -o out "$c.o" defs.o) > "$d/$c.err" 2>&1
	status=$?
	if [ "$status" != 1 ] || [ -e "$d/out" ]; then
		echo "FAIL $arch $c: exit $status (1 wanted), output $( [ -e "$d/out" ] && echo written || echo none)"
		sed 's/^/  /' "$d/$c.err"; fail=1; return
	fi
	for m in "$@"; do
		if ! grep -qxF "$m" "$d/$c.err"; then
			echo "FAIL $arch $c: no line"
			echo "  $m"
			echo "  in:"; sed 's/^/  /' "$d/$c.err"; fail=1
		fi
	done
}

for arch in mips spim mips64 spim64; do
	mkdir "$tmp/$arch"
	if ! assemble "$arch" "$tmp/defs.s" "$tmp/$arch/defs.o"; then
		echo "FAIL $arch: defs.s does not assemble"; fail=1; continue
	fi
	refused "$arch" gprel "$gprel"
	refused "$arch" branch "$branch"
	refused "$arch" region "$region"
	refused "$arch" align "$align1" "$align2"
	refused "$arch" gotpage "$gotpage"
	refused "$arch" gotaddend "$gotaddend"
done

# o32 in KSEG0: the jal at 0x80020028 and its target 0x80020030 are in
# the region 0x80000000 to 0x8fffffff, though a 32-bit value computed
# sign-extended is 0xffffffff80020030 on 64 bits.
cat > "$tmp/kseg0.s" <<'EOF'
	.set	noreorder
	.text
	.globl	_start
_start:	nop
	nop
	jal	next
	nop
next:	jr	$31
	nop
EOF
for arch in mips spim; do
	d=$tmp/$arch
	if ! assemble "$arch" "$tmp/kseg0.s" "$d/kseg0.o" ||
	   ! $VALGRIND ./p9ld -T 0x80020020 -o "$d/kseg0" "$d/kseg0.o"; then
		echo "FAIL $arch: a jal in KSEG0 does not link"; fail=1; continue
	fi
	# jal 0x80020030: opcode 3 << 26 | (0x80020030 >> 2) & 0x3ffffff
	# = 0x0c000000 | 0x0008000c = 0x0c00800c, the third word
	word=$(./p9dump -x text "$d/kseg0" | awk 'NR == 1 { print $10 $11 $12 $13 }')
	case $arch in mips) want=0c00800c ;; spim) want=0c80000c ;; esac
	[ "$word" = "$want" ] || { echo "FAIL $arch: the KSEG0 jal is $word, not $want"; fail=1; }
done
[ "$fail" = 0 ] && echo "mips, spim, mips64, spim64: every refusal said as it should be"
exit $fail
