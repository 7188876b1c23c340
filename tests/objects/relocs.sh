#!/bin/sh
# Every relocation type p9ld's table has for an arch is exercised, and
# the bytes are another linker's: for each tests/objects/relocs/ARCH.s
# (with ARCH-defs.s, the symbols it refers to, in a second object; the
# little-endian mips archs assemble the big-endian ones' sources), the
# objects are assembled with clang, linked by p9ld with no script, and
# linked by ld.lld (GNU ld for sparc, which lld does not link) with
# ARCH.ld, a linker script that lays them out as p9ld does; the text and
# data bytes must be the same.  Each ARCH.conf says how to link, which
# source it assembles (SOURCE, when not its own) and what
# the linker script cannot make the same.  Every type `p9ld
# --list-relocs ARCH` lists (but the NONE types) must appear in the
# objects.  Skipped (77) without clang and ld.lld.
set -u
. "$srcdir/tests/objects/lib.sh"
need clang ld.lld llvm-readelf
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
dir=$srcdir/tests/objects/relocs
fail=0 n=0

for conf in "$dir"/*.conf; do
	ARCH= SOURCE= LINK= EXCLUDE= COVERED_ELSEWHERE= ts= ds=
	. "$conf"
	src=${SOURCE:-$ARCH}
	a=$tmp/$ARCH
	mkdir -p "$a"
	if ! assemble "$ARCH" "$dir/$src.s" "$a/main.o" ||
	   ! assemble "$ARCH" "$dir/$src-defs.s" "$a/defs.o"; then
		echo "FAIL $ARCH: does not assemble"; fail=1; continue
	fi
	linker=${LINK%% *}
	compared="bytes not compared"
	if ! command -v "$linker" > /dev/null 2>&1; then
		echo "$ARCH: $linker not found: the byte comparison is skipped"
	elif ! $VALGRIND ./p9ld -o "$a/p9" "$a/main.o" "$a/defs.o" 2> "$a/err"; then
		echo "FAIL $ARCH: p9ld does not link it"; sed 's/^/  /' "$a/err"; fail=1; continue
	elif ! $LINK -T "$dir/$ARCH.ld" "$a/main.o" "$a/defs.o" -o "$a/elf" 2> "$a/lderr"; then
		echo "FAIL $ARCH: $linker does not link it"; sed 's/^/  /' "$a/lderr"; fail=1; continue
	else
		tb=$(./p9ld --list-archs | awk -v a="$ARCH" '$1 == a { print $5 }')
		ts=$(field "$a/p9" text)
		db=0x$(symbol "$a/p9" __GOT)
		ds=$(field "$a/p9" data)
		compared="text $ts and data $ds bytes as $linker writes them"
		x=
		for s in $EXCLUDE; do x="$x -x $s"; done
		text_bytes "$a/p9" > "$a/p9.text"
		data_bytes "$a/p9" > "$a/p9.data"
		# shellcheck disable=SC2086
		./tests/objects/elfbytes "$a/elf" "$tb" $((tb + ts)) $x > "$a/ld.text"
		# shellcheck disable=SC2086
		./tests/objects/elfbytes "$a/elf" "$db" $((db + ds)) $x > "$a/ld.data"
		for part in text data; do
			if ! cmp -s "$a/p9.$part" "$a/ld.$part"; then
				echo "FAIL $ARCH: $part differs from $linker's ($tb, data $db)"
				cmp -l "$a/p9.$part" "$a/ld.$part" | head -8 | sed 's/^/  /'
				fail=1
			fi
		done
	fi
	# every type in p9ld's table appears in the objects (a mips n64
	# record's three types are listed as T1/T2/T3: the NONE ones go)
	llvm-readelf -r "$a/main.o" "$a/defs.o" | awk '{ print $3 }' | grep '^R_' |
		sed 's,\(/R_[A-Z0-9_]*_NONE\)*$,,' | sort -u > "$a/used"
	./p9ld --list-relocs "$ARCH" | awk '{ print $2 }' | grep -v '_NONE$' > "$a/table"
	for t in $(cat "$a/table"); do
		case " $COVERED_ELSEWHERE " in *" $t "*) continue ;; esac
		grep -qxF "$t" "$a/used" || { echo "FAIL $ARCH: $t is in p9ld's table but not in $ARCH.s"; fail=1; }
	done
	n=$((n + 1))
	echo "$ARCH: $(wc -l < "$a/used") relocation types, $compared"
done
[ "$n" -gt 0 ] || { echo "FAIL: no arch tested"; fail=1; }
exit $fail
