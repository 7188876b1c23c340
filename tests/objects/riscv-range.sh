#!/bin/sh
# riscv and riscv64: a relocation whose value is out of its field's
# range, or not a multiple of 2 for a branch or jump, is an error naming
# the object, section + offset, relocation, symbol, value and range
# (objects.md section 4), exit 1 and no image; so is a PCREL_LO12 whose
# label has no PCREL_HI20 or GOT_HI20.  The targets are absolute symbols
# of a second object, so that the assembler leaves every value to the
# linker.  Skipped (77) without clang.
set -u
. "$srcdir/tests/objects/lib.sh"
need clang
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
fail=0

# Text at 0x1020 (c.addi and c.beqz/c.j are 2 bytes: -march has C):
#   +0x0  0x1020 beq to far = 0x2020: 0x1000, past the 13-bit branch's
#         4094
#   +0x4  0x1024 jal to odd = 0x1101: 0xdd, odd
#   +0x8  0x1028 c.beqz to _start+0x120 = 0x1140: 0x118 = 280, past the
#         9-bit compressed branch's 254
#   +0xa  0x102a c.j to odd: 0xd7, odd
#   +0xc  .Lnohi: c.addi, no HI20 at +0xc for the low part (lw) at +0xe
cat > "$tmp/main.s" <<'EOF'
	.text
	.globl	_start
_start:
	beq	a0, a1, far
	jal	ra, odd
	.reloc	., R_RISCV_RVC_BRANCH, _start+0x120
	c.beqz	a0, 0
	.reloc	., R_RISCV_RVC_JUMP, odd
	c.j	0
.Lnohi:	addi	a0, a0, 1
	.option	push
	.option	norvc
	.reloc	., R_RISCV_PCREL_LO12_I, .Lnohi
	lw	a0, 0(a0)
	.option	pop
EOF
common="(.text+0x0): error: R_RISCV_BRANCH against 'far': value 0x1000 (4096) does not fit the 13-bit signed field (-4096 to 4095)
(.text+0x4): error: R_RISCV_JAL against 'odd': value 0xdd is not a multiple of 2
(.text+0x8): error: R_RISCV_RVC_BRANCH against '_start': value 0x118 (280) does not fit the 9-bit signed field (-256 to 255)
(.text+0xa): error: R_RISCV_RVC_JUMP against 'odd': value 0xd7 is not a multiple of 2
(.text+0xe): error: R_RISCV_PCREL_LO12_I against '.Lnohi': no PCREL_HI20 or GOT_HI20 relocation at MAIN(.text)+0xc"

# riscv64 only (on riscv the values wrap at 32 bits and every one fits):
#   +0x12 0x1032 lui of toohigh = 0x7ffff800: (X + 0x800) >> 12 = 0x80000,
#         past signed 20 bits; lui reaches -0x80000800..0x7ffff7ff
#   +0x16 0x1036 auipc+jalr to farfar = 0x100001000: 0xffffffca,
#         past the same range
#   +0x1e 0x103e auipc of farfar-0x1000+0x42: 0xfffff004
#   data +0x0: a word of wide = 0x100000000, neither a signed nor an
#         unsigned 32-bit value
cat > "$tmp/main64.s" <<'EOF'
	lui	a0, %hi(toohigh)
	call	farfar
	auipc	a0, %pcrel_hi(farfar-0x1000+0x42)
	.data
	.word	wide
EOF
rv64="(.text+0x12): error: R_RISCV_HI20 against 'toohigh': value 0x7ffff800 (2147481600) does not fit the 20-bit signed field (-2147485696 to 2147481599)
(.text+0x16): error: R_RISCV_CALL against 'farfar': value 0xffffffca (4294967242) does not fit the 20-bit signed field (-2147485696 to 2147481599)
(.text+0x1e): error: R_RISCV_PCREL_HI20 against 'farfar': value 0xfffff004 (4294963204) does not fit the 20-bit signed field (-2147485696 to 2147481599)
(.data+0x0): error: R_RISCV_32 against 'wide': value 0x100000000 (4294967296) does not fit the 32-bit signed or unsigned field (-2147483648 to 4294967295)"

cat > "$tmp/defs.s" <<'EOF'
	.globl	far, odd
	.set	far, 0x2020
	.set	odd, 0x1101
EOF
cat > "$tmp/defs64.s" <<'EOF'
	.globl	toohigh, farfar, wide
	.set	toohigh, 0x7ffff800
	.set	farfar, 0x100001000
	.set	wide, 0x100000000
EOF

for arch in riscv riscv64; do
	a=$tmp/$arch
	mkdir "$a"
	want=$common
	cp "$tmp/main.s" "$a/main.s"
	cp "$tmp/defs.s" "$a/defs.s"
	if [ "$arch" = riscv64 ]; then
		want="$want
$rv64"
		cat "$tmp/main64.s" >> "$a/main.s"
		cat "$tmp/defs64.s" >> "$a/defs.s"
	fi
	if ! assemble "$arch" "$a/main.s" "$a/main.o" ||
	   ! assemble "$arch" "$a/defs.s" "$a/defs.o"; then
		echo "FAIL $arch: does not assemble"; fail=1; continue
	fi
	$VALGRIND ./p9ld -o "$a/out" "$a/main.o" "$a/defs.o" > /dev/null 2> "$a/err"
	status=$?
	# each line of WANT names main.o's section
	echo "$want" | sed "s|MAIN|$a/main.o|; s|^|$a/main.o|" > "$a/want"
	if [ "$status" != 1 ] || [ -e "$a/out" ] || ! cmp -s "$a/want" "$a/err"; then
		echo "FAIL $arch: exit $status; the messages, expected then said:"
		diff "$a/want" "$a/err" | sed 's/^/  /'
		fail=1
		continue
	fi
	echo "$arch: $(wc -l < "$a/err") relocation errors, each named"
done
exit $fail
