#!/bin/sh
# The instruction text of p9dump -d is LLVM's, for the same bytes, as
# llvm-mc prints it: for every arch, every instruction p9dump lists (the
# .word and .byte lines are not instructions) is fed to llvm-mc, with the
# triple, CPU and features p9dump names on its first line, one instruction
# to a [ ] group, and the two texts must agree but for whitespace (and
# the "# imm = 0x1FFF" comments llvm-mc's x86 printer adds, which the C
# API p9dump uses does not ask for).  The
# images are the examples and, for a wide sample of encodings, the random
# text of the mutants (mkshapes).  Skipped (77) without llvm-mc or without
# a disassembler in this build.
set -u
LC_ALL=C
export LC_ALL
mc=$(command -v llvm-mc || command -v llvm-mc-14 || command -v llvm-mc-15 || command -v llvm-mc-16)
[ -n "$mc" ] || { echo "llvm-mc not found: skipped"; exit 77; }
dir=$(mktemp -d) || exit 99
trap 'rm -rf "$dir"' EXIT
./p9ld -o "$dir/probe.out" "$srcdir/examples/386/hello.p9" || exit 99
./p9dump -d "$dir/probe.out" > /dev/null 2>&1 || { echo "p9dump -d cannot disassemble here: skipped"; exit 77; }
tests/dump/mkshapes mutants "$dir" || exit 99
fail=0
for script in "$srcdir"/examples/*/hello.p9 "$srcdir"/examples/showcase/*.p9; do
	name=$(basename "$(dirname "$script")")
	[ "$name" = showcase ] && name=$(basename "$script" .p9)
	./p9ld -o "$dir/$name-x.out" "$script" || exit 99
done
for arch in $(./p9ld --list-archs | awk 'NR > 1 { print $1 }'); do
	images=$(ls "$dir/$arch"-*.out)
	[ "$arch" = amd64 ] && images="$images $dir/got-call-x.out"
	[ "$arch" = arm64 ] && images="$images $dir/blob-x.out"
	[ "$arch" = 386 ] && images="$images $dir/boot-x.out"
	# shellcheck disable=SC2086
	./p9dump -d $images > "$dir/list" || { echo "FAIL $arch: p9dump -d exit $?"; fail=1; continue; }
	# the instruction lines: address, bytes, text (and "  ; <...>" after)
	sed -nE 's/^[0-9a-f]+  ([0-9a-f]{2}( [0-9a-f]{2})*)  +([^. ].*)$/\1|\3/p' "$dir/list" |
		sed 's/  ; <.*$//' > "$dir/insns"
	cut -d'|' -f1 "$dir/insns" | sed 's/\([0-9a-f][0-9a-f]\)/0x\1/g; s/^/[/; s/$/]/' > "$dir/mc.in"
	cut -d'|' -f2- "$dir/insns" | tr -s ' ' > "$dir/want"
	args=$(sed -n 's/^llvm-mc //p' "$dir/list" | sort -u)
	# shellcheck disable=SC2086
	"$mc" $args < "$dir/mc.in" 2> "$dir/mc.err" |
		grep -v -e '^[[:space:]]*\.text$' -e '^[[:space:]]*# ' |
		sed 's/[[:space:]]# .*$//; s/^[[:space:]]*//; s/[[:space:]]*$//; s/[[:space:]][[:space:]]*/ /g' > "$dir/got"
	if ! cmp -s "$dir/want" "$dir/got"; then
		echo "FAIL $arch: p9dump's text differs from llvm-mc $args"
		diff "$dir/want" "$dir/got" | head -10
		head -5 "$dir/mc.err"
		fail=1
	else
		echo "$arch: $(wc -l < "$dir/want") instructions agree with llvm-mc $args"
	fi
done
exit $fail
