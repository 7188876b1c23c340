#!/bin/sh
# Every damaged file of the corpus: the reader gives exactly its message
# (checked in the library by mkdamaged), and p9dump prints it as
# "p9dump: FILE: MESSAGE" and exits 1 -- under $VALGRIND when set.
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
[ "$count" -ge 40 ] || { echo "the corpus has fewer than 40 files"; fail=1; }
exit $fail
