#!/bin/sh
# The bench workload's image does not change with the speed work: the
# N = 10,000 program (bench/gen p9ld 10000) must link to the very bytes
# whose SHA-256 is checked in beside this test, made before any of it.
set -u
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
command -v sha256sum >/dev/null 2>&1 || { echo "sha256sum not found"; exit 77; }
./bench/gen p9ld 10000 > "$tmp/n10000.p9" || { echo "FAIL: bench/gen"; exit 1; }
# Not forked, so that valgrind sees the whole link; then forked (a script
# this big is, by default): the same bytes, in place when p9ld returns.
$VALGRIND ./p9ld --no-fork -o "$tmp/n10000.6" "$tmp/n10000.p9" || { echo "FAIL: does not link"; exit 1; }
./p9ld -o "$tmp/forked.6" "$tmp/n10000.p9" || { echo "FAIL: does not link forked"; exit 1; }
cmp "$tmp/n10000.6" "$tmp/forked.6" || { echo "FAIL: the forked link differs"; exit 1; }
want=$(cut -d' ' -f1 "$srcdir/tests/bench/n10000.sha256")
got=$(sha256sum "$tmp/n10000.6" | cut -d' ' -f1)
if [ "$got" != "$want" ]; then
	echo "FAIL: n10000.6 is $got, expected $want"
	./p9dump "$tmp/n10000.6" | head -12
	exit 1
fi
echo "n10000.6: $got"
