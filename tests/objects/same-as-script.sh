#!/bin/sh
# The benchmark program, once as a script (bench/gen p9ld) and once
# assembled (bench/gen as, by clang and, when it is there, GNU as), links
# to the same text and data bytes: an object is a second front end to the
# same engine (objects.md section 5).  Skipped (77) without clang.
set -u
. "$srcdir/tests/objects/lib.sh"
need clang
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
fail=0
./bench/gen p9ld 3000 > "$tmp/b.p9" && ./bench/gen as 3000 > "$tmp/b.s" || exit 99
$VALGRIND ./p9ld -o "$tmp/script.6" "$tmp/b.p9" || { echo "FAIL: the script does not link"; exit 1; }
text_bytes "$tmp/script.6" > "$tmp/script.text"
data_bytes "$tmp/script.6" > "$tmp/script.data"
for as in clang as; do
	command -v $as > /dev/null 2>&1 || { echo "$as not found: skipped"; continue; }
	if [ $as = clang ]; then
		assemble amd64 "$tmp/b.s" "$tmp/b.o"
	else
		as "$tmp/b.s" -o "$tmp/b.o"
	fi || { echo "FAIL: $as does not assemble it"; fail=1; continue; }
	$VALGRIND ./p9ld -o "$tmp/object.6" "$tmp/b.o" || { echo "FAIL: the $as object does not link"; fail=1; continue; }
	text_bytes "$tmp/object.6" | cmp -s - "$tmp/script.text" || { echo "FAIL: $as: text differs"; fail=1; }
	data_bytes "$tmp/object.6" | cmp -s - "$tmp/script.data" || { echo "FAIL: $as: data differs"; fail=1; }
	echo "$as: the object links to the script's text ($(wc -c < "$tmp/script.text") bytes) and data ($(wc -c < "$tmp/script.data") bytes)"
done
exit $fail
