#!/bin/sh
# riscv and riscv64: _GLOBAL_OFFSET_TABLE_ is p9ld's GOT base, __GOT
# (objects.md section 3), in data words and in a lui/addi pair, beside a
# GOT_HI20/PCREL_LO12_I load of a slot.  lld cannot be the oracle here:
# its riscv .got starts with a header word and its _GLOBAL_OFFSET_TABLE_
# is that word, one pointer below p9ld's.  The bytes are worked by hand
# below.  Skipped (77) without clang.
set -u
. "$srcdir/tests/objects/lib.sh"
need clang od
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
fail=0

# hex FILE: the bytes as one line of hex pairs
hex() {
	od -An -v -tx1 "$1" | tr -s ' \n' '  ' | sed 's/^ //; s/ $//'
}

# check ARCH LOAD WORD TEXT DATA: link the program with LOAD (lw or ld)
# and WORD (.word or .quad) and compare its text and data with TEXT, DATA
check() {
	arch=$1
	cat > "$tmp/$arch.s" <<EOF
	.text
	.globl	_start
_start:
.Lg:	auipc	t0, %got_pcrel_hi(dvar)
	$2	t0, %pcrel_lo(.Lg)(t0)
	lui	a0, %hi(_GLOBAL_OFFSET_TABLE_ + 0x123)
	addi	a0, a0, %lo(_GLOBAL_OFFSET_TABLE_ + 0x123)
	ret
	.data
	.globl	dvar
dvar:	$3	_GLOBAL_OFFSET_TABLE_
	$3	dvar
EOF
	if ! assemble "$arch" "$tmp/$arch.s" "$tmp/$arch.o" ||
	   ! $VALGRIND ./p9ld -o "$tmp/$arch" "$tmp/$arch.o"; then
		echo "FAIL $arch: does not build"; fail=1; return
	fi
	text_bytes "$tmp/$arch" > "$tmp/$arch.text"
	data_bytes "$tmp/$arch" > "$tmp/$arch.data"
	got=$(hex "$tmp/$arch.text")
	[ "$got" = "$4" ] || { echo "FAIL $arch: text is $got, not $4"; fail=1; }
	got=$(hex "$tmp/$arch.data")
	[ "$got" = "$5" ] || { echo "FAIL $arch: data is $got, not $5"; fail=1; }
	echo "$arch: _GLOBAL_OFFSET_TABLE_ = __GOT = 0x$(symbol "$tmp/$arch" __GOT)"
}

# riscv: text at 0x1020, data (and the GOT, __GOT) at 0x2000, one slot
# (dvar's), dvar at 0x2004.
#   auipc t0 at 0x1020: G - P = 0x2000 - 0x1020 = 0xfe0; upper part
#     (0xfe0 + 0x800) >> 12 = 1: 0x00001297
#   lw t0, lo(t0): 0xfe0 - 0x1000 = -0x20, imm 0xfe0: 0xfe02a283
#   lui a0: (0x2000 + 0x123 + 0x800) >> 12 = 2: 0x00002537
#   addi a0, a0, 0x123: 0x12350513
#   ret (c.jr ra): 0x8082
#   data: slot 0 = dvar 0x2004; dvar: 0x2000, then 0x2004
check riscv lw .word \
	"97 12 00 00 83 a2 02 fe 37 25 00 00 13 05 35 12 82 80" \
	"04 20 00 00 00 20 00 00 04 20 00 00"

# riscv64: the same with 8-byte slots: dvar at 0x2008; ld is funct3 3:
#   ld t0, -0x20(t0): 0xfe02b283
check riscv64 ld .quad \
	"97 12 00 00 83 b2 02 fe 37 25 00 00 13 05 35 12 82 80" \
	"08 20 00 00 00 00 00 00 00 20 00 00 00 00 00 00 08 20 00 00 00 00 00 00"
exit $fail
