#!/bin/sh
# Every damaged file of the corpus: the reader gives exactly its message
# (checked in the library by mkdamaged), and p9dump prints it as
# "p9dump: FILE: MESSAGE" and exits 1 -- under $VALGRIND when set.  The
# whole corpus goes through p9dump -d as well, in one run (one load of
# LLVM): the same messages, exit 1, no crash; left out when this build has
# no disassembler.
set -u
dir=$(mktemp -d) || exit 99
trap 'rm -rf "$dir"' EXIT
fail=0
$VALGRIND tests/dump/mkdamaged || fail=1
tests/dump/mkdamaged "$dir" >/dev/null || exit 99
count=0
for bin in "$dir"/*.bin; do
	want="p9dump: $bin: $(cat "${bin%.bin}.msg")"
	got=$($VALGRIND ./p9dump "$bin" 2>&1 >/dev/null)
	status=$?
	count=$((count + 1))
	if [ "$status" -ne 1 ] || [ "$got" != "$want" ]; then
		echo "FAIL $(basename "$bin"): exit $status"
		echo "  got:  $got"
		echo "  want: $want"
		fail=1
	fi
done
echo "damaged: $count files checked"
if ./p9dump -d /dev/null 2>/dev/null; [ $? -ne 2 ]; then
	for bin in "$dir"/*.bin; do
		echo "p9dump: $bin: $(cat "${bin%.bin}.msg")"
	done > "$dir/want"
	$VALGRIND ./p9dump -d -l -g "$dir"/*.bin > "$dir/out" 2> "$dir/got"
	status=$?
	if [ "$status" -ne 1 ] || ! cmp -s "$dir/want" "$dir/got" || grep -qv ':$' "$dir/out"; then
		echo "FAIL p9dump -d on the corpus: exit $status"
		diff "$dir/want" "$dir/got" | head -5
		fail=1
	else
		echo "damaged: the corpus through -d, each file refused with its message"
	fi
fi
[ "$count" -ge 40 ] || { echo "the corpus has fewer than 40 files"; fail=1; }
exit $fail
