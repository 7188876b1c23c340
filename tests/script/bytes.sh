#!/bin/sh
# Scripts holding NUL and 0xff bytes, in a statement, after `bytes` and
# in a comment: "stray byte" errors and exit status 1, never a crash.
# flex's fast tables (-CF) read past their end on \0 then \377
# (westes/flex#628, found here by the script fuzzer); the scanner keeps
# the full ones, and the sanitizer build of make check runs this.
# A NUL byte in a script's first kilobyte refuses the file at once (it is
# plainly not text): the bytes the scanner must meet come after a
# kilobyte of comment.
set -u
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
fail=0
n=0
pad=$(printf '%01100d' 0 | tr 0 x)
for body in '\000\377' '\377\000' 'tex\000\377\221\032' 'bytes \000\377;' \
	    'bytes c3 \377\000;' '/* \000\377 */ x' '"\000\377"' '`\377\000`'; do
	n=$((n + 1))
	printf "arch 386;\ntext _start bytes c3;\n# $pad\n$body\n" > "$tmp/$n.p9"
	$VALGRIND ./p9ld -o "$tmp/$n.6" "$tmp/$n.p9" > /dev/null 2> "$tmp/$n.err"
	status=$?
	if [ "$status" != 1 ]; then
		echo "FAIL: '$body': exit $status, want 1"; sed 's/^/  /' "$tmp/$n.err"; fail=1
	elif ! grep -q "^$tmp/$n.p9:4:[0-9]*: error: " "$tmp/$n.err"; then
		echo "FAIL: '$body': no error on line 4"; sed 's/^/  /' "$tmp/$n.err"; fail=1
	elif grep -q "is not a script" "$tmp/$n.err"; then
		echo "FAIL: '$body': a NUL past the first kilobyte refused the file"; fail=1
	fi
	[ -e "$tmp/$n.6" ] && { echo "FAIL: '$body': an output was written"; fail=1; }
done
# What a hex run that is not one says: unprintable bytes as \xNN, and
# no more than 252 bytes of it.
printf 'arch 386;\n# %s\ntext _start { bytes c3 \000\377; }\n' "$pad" > "$tmp/hex.p9"
./p9ld -o "$tmp/hex.6" "$tmp/hex.p9" 2> "$tmp/hex.err"
grep -qF "$tmp/hex.p9:3:24: error: '\x00\xff' is not a hex byte" "$tmp/hex.err" ||
	{ echo "FAIL: NUL and 0xff after bytes:"; sed 's/^/  /' "$tmp/hex.err"; fail=1; }
long=$(printf '%0300d' 0 | tr 0 g)
printf 'arch 386;\ntext _start { bytes %s; }\n' "$long" > "$tmp/long.p9"
./p9ld -o "$tmp/long.6" "$tmp/long.p9" 2> "$tmp/long.err"
want="'$(printf '%0252d' 0 | tr 0 g)...' is not a hex byte"
grep -qF "$want" "$tmp/long.err" ||
	{ echo "FAIL: a long bad run:"; head -c 400 "$tmp/long.err"; fail=1; }

# A NUL byte in the first kilobyte: the file is no script, said once at
# the NUL's place, and nothing else of it is read.
printf 'arch 386;\ntext _start bytes c3;\nab\000cd @ @ @\n' > "$tmp/nul.p9"
$VALGRIND ./p9ld -o "$tmp/nul.6" "$tmp/nul.p9" > /dev/null 2> "$tmp/nul.err"
status=$?
want="$tmp/nul.p9:3:3: error: a NUL byte in the first kilobyte: '$tmp/nul.p9' is not a script (nor an ELF object or an ar archive)"
if [ "$status" != 1 ] || [ "$(head -n 1 "$tmp/nul.err")" != "$want" ] ||
   [ "$(grep -c error: "$tmp/nul.err")" != 1 ]; then
	echo "FAIL: a NUL in the first kilobyte: exit $status"; sed 's/^/  /' "$tmp/nul.err"; fail=1
fi
# The same in an include: the include is refused, the including script read on.
printf 'arch 386;\ninclude "nul.p9";\ntext _start bytes c3;\n@\n' > "$tmp/incnul.p9"
./p9ld -o "$tmp/incnul.6" "$tmp/incnul.p9" > /dev/null 2> "$tmp/incnul.err"
if ! grep -q "^$tmp/nul.p9:3:3: error: a NUL byte" "$tmp/incnul.err" ||
   ! grep -q "^$tmp/incnul.p9:4:1: error: stray '@'" "$tmp/incnul.err"; then
	echo "FAIL: an include with a NUL:"; sed 's/^/  /' "$tmp/incnul.err"; fail=1
fi

[ "$fail" = 0 ] && echo "bytes: $n scripts with NUL and 0xff bytes, each an error; a NUL in the first kilobyte refuses the file"
exit "$fail"
