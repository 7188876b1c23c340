#!/bin/sh
# Odd but sound images through every view of p9dump, -d included: random
# text for every arch (mkshapes mutants: a fixed seed), labels that fall
# inside instructions and off the instruction grid, lines, GOT and
# pc-relative fixups among the random bytes.  Each must be read and listed
# -- exit 0, a listing per image, no crash and no hang -- in one run under
# $VALGRIND (one load of LLVM).  Without a disassembler in this build the
# listings are left out.
set -u
LC_ALL=C
export LC_ALL
dir=$(mktemp -d) || exit 99
trap 'rm -rf "$dir"' EXIT
tests/dump/mkshapes mutants "$dir" || exit 99
n=$(ls "$dir"/*.out | wc -l)
d=-d
./p9dump -d /dev/null 2>/dev/null; [ $? -eq 2 ] && d=
# shellcheck disable=SC2086
timeout 600 $VALGRIND ./p9dump $d -h -s -l -g "$dir"/*.out > "$dir/out" 2> "$dir/err"
status=$?
fail=0
if [ $status -ne 0 ] || [ -s "$dir/err" ]; then
	echo "FAIL: p9dump exit $status"; head -5 "$dir/err"; fail=1
fi
if [ -n "$d" ] && [ "$(grep -c '^llvm-mc ' "$dir/out")" -ne "$n" ]; then
	echo "FAIL: $(grep -c '^llvm-mc ' "$dir/out") listings for $n images"; fail=1
fi
echo "mutants: $n images, $(grep -cE '^[0-9a-f]+  [0-9a-f]{2}' "$dir/out") lines of instructions and data"
exit $fail
