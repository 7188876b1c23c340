#!/bin/sh
# riscv and riscv64: R_RISCV_ALIGN, which clang writes for an alignment
# in code assembled for relaxation, marks nop padding that a relaxing
# linker would shrink.  p9ld does not relax: it takes the padding as it
# is when that already gives the alignment, and refuses it otherwise,
# saying to assemble with -mno-relax (objects.md section 4).  lld 14
# refuses every ALIGN, so the bytes here are worked by hand.  Skipped
# (77) without clang.
set -u
. "$srcdir/tests/objects/lib.sh"
need clang llvm-readelf od
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
fail=0

hex() {
	od -An -v -tx1 "$1" | tr -s ' \n' '  ' | sed 's/^ //; s/ $//'
}

# The padding fits: a c.nop, then .p2align 3 at offset 2 (ALIGN 6: six
# bytes of nops, 2 + 6 = 8), c.addi at 8, .p2align 2 at 10 (ALIGN 2:
# 10 + 2 = 12), ret at 12.  The text atom is 8-aligned at 0x1020, so at8
# is 0x1028 and at12 0x102c; the nops stay (nop is 0x00000013, c.nop
# 0x0001, c.addi a0, 1 0x0505, ret 0x8082).
cat > "$tmp/fits.s" <<'EOF'
	.text
	.globl	_start
_start:
	.option	relax
	c.nop
	.p2align 3
	.globl	at8
at8:	addi	a0, a0, 1
	.p2align 2
	.globl	at12
at12:	ret
EOF
fits_text="01 00 13 00 00 00 01 00 05 05 01 00 82 80"

# The padding does not fit: c.addi and c.nop, then .p2align 3 at offset
# 4 (ALIGN 6: 4 + 6 = 10, not a multiple of 8): only relaxation would
# align the ret.
cat > "$tmp/short.s" <<'EOF'
	.text
	.globl	_start
_start:
	.option	relax
	addi	a0, a0, 1
	c.nop
	.p2align 3
	ret
EOF

for arch in riscv riscv64; do
	a=$tmp/$arch
	mkdir "$a"
	was=$fail fail=0
	if ! assemble "$arch" "$tmp/fits.s" "$a/fits.o" ||
	   ! assemble "$arch" "$tmp/short.s" "$a/short.o"; then
		echo "FAIL $arch: does not assemble"; fail=1; continue
	fi
	# the objects hold what this test is about
	n1=$(llvm-readelf -r "$a/fits.o" | grep -c R_RISCV_ALIGN)
	n2=$(llvm-readelf -r "$a/short.o" | grep -c R_RISCV_ALIGN)
	if [ "$n1" != 2 ] || [ "$n2" != 1 ]; then
		echo "FAIL $arch: clang wrote $n1 and $n2 ALIGN, not 2 and 1"; fail=1
	fi
	if ! $VALGRIND ./p9ld -o "$a/fits" "$a/fits.o"; then
		echo "FAIL $arch: padding that fits is refused"; fail=1
	else
		text_bytes "$a/fits" > "$a/fits.text"
		got=$(hex "$a/fits.text")
		[ "$got" = "$fits_text" ] || { echo "FAIL $arch: text is $got, not $fits_text"; fail=1; }
		for s in at8:1028 at12:102c; do
			v=$(symbol "$a/fits" "${s%:*}" | sed 's/^0*//')
			[ "$v" = "${s#*:}" ] || { echo "FAIL $arch: ${s%:*} is at 0x$v, not 0x${s#*:}"; fail=1; }
		done
	fi
	$VALGRIND ./p9ld -o "$a/short" "$a/short.o" > /dev/null 2> "$a/err"
	status=$?
	want="$a/short.o(.text+0x4): error: R_RISCV_ALIGN: not supported: code assembled for linker relaxation: assemble with -mno-relax"
	if [ "$status" != 1 ] || [ "$(cat "$a/err")" != "$want" ] || [ -e "$a/short" ]; then
		echo "FAIL $arch: padding that does not fit: exit $status, said:"
		sed 's/^/  /' "$a/err"
		fail=1
	fi
	[ "$fail" = 0 ] && echo "$arch: ALIGN taken when its padding fits, refused when it does not"
	fail=$((fail | was))
done
exit $fail
