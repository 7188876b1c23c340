#!/bin/sh
# Scripts holding NUL and 0xff bytes, in a statement, after `bytes` and
# in a comment: "stray byte" errors and exit status 1, never a crash.
# flex's fast tables (-CF) read past their end on \0 then \377
# (westes/flex#628, found here by the script fuzzer); the scanner keeps
# the full ones, and the sanitizer build of make check runs this.
set -u
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
fail=0
n=0
for body in '\000\377' '\377\000' 'tex\000\377\221\032' 'bytes \000\377;' \
	    'bytes c3 \377\000;' '/* \000\377 */ x' '"\000\377"' '`\377\000`'; do
	n=$((n + 1))
	printf "arch 386;\ntext _start bytes c3;\n$body\n" > "$tmp/$n.p9"
	$VALGRIND ./p9ld -o "$tmp/$n.6" "$tmp/$n.p9" > /dev/null 2> "$tmp/$n.err"
	status=$?
	if [ "$status" != 1 ]; then
		echo "FAIL: '$body': exit $status, want 1"; sed 's/^/  /' "$tmp/$n.err"; fail=1
	elif ! grep -q "^$tmp/$n.p9:3:[0-9]*: error: " "$tmp/$n.err"; then
		echo "FAIL: '$body': no error on line 3"; sed 's/^/  /' "$tmp/$n.err"; fail=1
	fi
	[ -e "$tmp/$n.6" ] && { echo "FAIL: '$body': an output was written"; fail=1; }
done
# What a hex run that is not one says: unprintable bytes as \xNN, and
# no more than 252 bytes of it.
printf 'arch 386;\ntext _start { bytes c3 \000\377; }\n' > "$tmp/hex.p9"
./p9ld -o "$tmp/hex.6" "$tmp/hex.p9" 2> "$tmp/hex.err"
grep -qF "$tmp/hex.p9:2:24: error: '\x00\xff' is not a hex byte" "$tmp/hex.err" ||
	{ echo "FAIL: NUL and 0xff after bytes:"; sed 's/^/  /' "$tmp/hex.err"; fail=1; }
long=$(printf '%0300d' 0 | tr 0 g)
printf 'arch 386;\ntext _start { bytes %s; }\n' "$long" > "$tmp/long.p9"
./p9ld -o "$tmp/long.6" "$tmp/long.p9" 2> "$tmp/long.err"
want="'$(printf '%0252d' 0 | tr 0 g)...' is not a hex byte"
grep -qF "$want" "$tmp/long.err" ||
	{ echo "FAIL: a long bad run:"; head -c 400 "$tmp/long.err"; fail=1; }

[ "$fail" = 0 ] && echo "bytes: $n scripts with NUL and 0xff bytes, each an error"
exit "$fail"
