#!/bin/sh
# Relocation names (objects.md section 4): an unsupported relocation is
# an error that names it.  The name table (src/lib/relocs/names.c) holds
# every type LLVM defines for each machine; each arch's table rows, as
# `p9ld --list-relocs ARCH` lists them, are named as it names them; and
# an amd64 object with an R_X86_64_TPOFF32 (thread-local, which p9ld
# does not support) is refused with that name, a number no name is known
# for with the number.  The end-to-end cases are skipped (77) without
# clang; the table's are not.
set -u
. "$srcdir/tests/objects/lib.sh"
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
fail=0

$VALGRIND tests/objects/relocnames --table || fail=1

archs=$(./p9ld --list-archs | awk 'NR > 1 { print $1 }')
[ -n "$archs" ] || { echo "FAIL: p9ld --list-archs lists no arch"; fail=1; }
for arch in $archs; do
	if ! $VALGRIND ./p9ld --list-relocs "$arch" > "$tmp/$arch.list"; then
		echo "FAIL $arch: p9ld --list-relocs fails"
		fail=1
		continue
	fi
	$VALGRIND tests/objects/relocnames "$arch" < "$tmp/$arch.list" || fail=1
done

if ! command -v clang > /dev/null 2>&1; then
	echo "clang not found: the end-to-end cases skipped"
	[ "$fail" = 0 ] && exit 77
	exit 1
fi

# refused NAME: $tmp/NAME.o linked alone fails with exit 1, writes
# nothing, and says exactly what stdin says (the scratch folder's name
# taken out)
refused() {
	cat > "$tmp/$1.want"
	$VALGRIND ./p9ld -o "$tmp/$1" "$tmp/$1.o" 2> "$tmp/$1.err"
	status=$?
	sed "s|$tmp/||g" "$tmp/$1.err" > "$tmp/$1.got"
	if [ "$status" != 1 ] || [ -e "$tmp/$1" ] || ! cmp -s "$tmp/$1.want" "$tmp/$1.got"; then
		echo "FAIL $1: exit $status$( [ -e "$tmp/$1" ] && echo ', an output written')"
		diff "$tmp/$1.want" "$tmp/$1.got" | sed 's/^/  /'
		fail=1
	else
		echo "$1: refused as expected"
	fi
}

# The mov's 4-byte displacement, at .text+0x4 (64 8b 04 25, then it),
# takes x's offset from the thread pointer: R_X86_64_TPOFF32, against a
# plain data symbol so that nothing else is refused first.
cat > "$tmp/tpoff.s" <<'EOF'
	.text
	.globl	_start
_start:	movl	%fs:0, %eax
	.reloc	. - 4, R_X86_64_TPOFF32, x
	ret
	.data
	.globl	x
x:	.long	1
EOF
if ! assemble amd64 "$tmp/tpoff.s" "$tmp/tpoff.o"; then
	echo "FAIL tpoff: does not assemble"
	exit 1
fi
refused tpoff <<'EOF'
tpoff.o(.text+0x4): error: R_X86_64_TPOFF32: not supported by p9ld for amd64
EOF

# The same object with its one relocation's type made 60, a number
# x86-64 has no relocation for: the record (r_offset 4, r_info type 23
# = 0x17, little-endian) is found by its bytes and its type byte
# rewritten.
at=$(od -An -tx1 -v "$tmp/tpoff.o" | tr -s ' \n' '\n\n' | awk '
	NF { b[n++] = $1 }
	END {
		want = "04 00 00 00 00 00 00 00 17 00 00 00"
		for (i = 0; i + 12 <= n; i++) {
			s = b[i]
			for (k = 1; k < 12; k++) s = s " " b[i + k]
			if (s == want) { print i + 8; exit }
		}
	}')
if [ -z "$at" ]; then
	echo "FAIL unnamed: the relocation record is not where it was looked for"
	exit 1
fi
cp "$tmp/tpoff.o" "$tmp/unnamed.o"
printf '\074' | dd of="$tmp/unnamed.o" bs=1 seek="$at" conv=notrunc 2> /dev/null
refused unnamed <<'EOF'
unnamed.o(.text+0x4): error: relocation type 60: not supported by p9ld for amd64
EOF

exit $fail
