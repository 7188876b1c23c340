#!/bin/sh
# The shapes that once made p9dump slow or greedy, each generated here at a
# size that takes the fixed p9dump a fraction of a second and the old one
# far longer than its limit:
#   - -g on a GOT of 160,001 slots, one symbol each (it looked up every
#     slot's symbol through the whole table);
#   - -l on one z history of 200,001 entries with 100,000 line changes (it
#     walked the history for each line);
#   - an 80-byte image with a 4 GB sparse tail, and one on a pipe that
#     never ends (it read the whole file, or the whole stream);
#   - a GOT slot whose value is 0 (it was dropped as padding).
# The big shapes run without $VALGRIND: what they check is time and
# memory, not memory errors (the other tests run p9dump under valgrind).
# Memory is capped with ulimit -v where that is possible: not under ASan,
# which reserves terabytes of address space at start.
set -u
LC_ALL=C
export LC_ALL
dir=$(mktemp -d) || exit 99
trap 'rm -rf "$dir"' EXIT
fail=0
limit=20
asan=no
case "$(ldd ./p9dump 2>/dev/null)" in *libasan*) asan=yes ;; esac
capped() {   # capped COMMAND...: run with at most 1 GB of address space
	if [ "$asan" = yes ]; then "$@"; else (ulimit -v 1000000 && "$@"); fi
}
expect() {   # expect NAME FILE LINE: FILE has LINE
	if grep -qxF -- "$3" "$2"; then
		echo "ok $1: '$3'"
	else
		echo "FAIL $1: no line '$3'"; tail -3 "$2"; fail=1
	fi
}

# ---- -g: 160,000 data atoms, a slot and a symbol each ----------------------
awk 'BEGIN { print "arch amd64;"; print "text _start global { bytes c3; }";
	     for (i = 0; i < 160000; i++) printf "data d%d u8 1;\n", i }' > "$dir/got.p9"
./p9ld -o "$dir/got.out" "$dir/got.p9" || exit 99
timeout $limit ./p9dump -g "$dir/got.out" > "$dir/got.txt" || { echo "FAIL -g: exit $? (124: over ${limit}s)"; fail=1; }
expect "-g, 160,001 slots" "$dir/got.txt" "got 0x400000 slots 160001"
expect "-g, the last slot" "$dir/got.txt" "160000 000000000055f907 d159999"

# ---- -l: a z history of 200,001 entries, a line change per text byte -------
tests/dump/mkshapes history 100000 "$dir/history.out" || exit 99
timeout $limit ./p9dump -l "$dir/history.out" > "$dir/lines.txt" || { echo "FAIL -l: exit $? (124: over ${limit}s)"; fail=1; }
[ "$(wc -l < "$dir/lines.txt")" -eq 100000 ] || { echo "FAIL -l: $(wc -l < "$dir/lines.txt") lines, not 100000"; fail=1; }
expect "-l, the first line" "$dir/lines.txt" "00001020 /a.c:2"
expect "-l, the last line" "$dir/lines.txt" "000196bf /a.c:100001"

# ---- a 4 GB sparse tail after an 80-byte image -------------------------------
printf 'arch 386;\ngot none;\ntext _start global { bytes c3; }\n' > "$dir/small.p9"
./p9ld -o "$dir/small.out" "$dir/small.p9" || exit 99
./p9dump -s "$dir/small.out" > "$dir/small.txt" || exit 99
cp "$dir/small.out" "$dir/tail.out"
if truncate -s 4G "$dir/tail.out" 2>/dev/null; then
	capped timeout $limit ./p9dump -s "$dir/tail.out" > "$dir/tail.txt" 2>&1 ||
		{ echo "FAIL 4 GB tail: exit $?"; cat "$dir/tail.txt"; fail=1; }
	cmp -s "$dir/small.txt" "$dir/tail.txt" && echo "ok 4 GB tail: read as the image alone" ||
		{ echo "FAIL 4 GB tail: not read as the image alone"; fail=1; }
else
	echo "this file system takes no 4 GB sparse file: that case left out"
fi
# and through a pipe that never ends (bounded under ASan, with no cap)
if [ "$asan" = yes ]; then feed() { head -c 100000000 /dev/zero; }; else feed() { cat /dev/zero; }; fi
{ cat "$dir/small.out"; feed; } 2>/dev/null | capped timeout $limit ./p9dump -s - > "$dir/pipe.txt" 2>&1 ||
	{ echo "FAIL endless pipe: exit $?"; cat "$dir/pipe.txt"; fail=1; }
cmp -s "$dir/small.txt" "$dir/pipe.txt" && echo "ok endless pipe: read as the image alone" ||
	{ echo "FAIL endless pipe: not read as the image alone"; fail=1; }

# ---- a slot of 0: the atom at address 0 has one --------------------------------
cat > "$dir/zero.p9" <<'EOF'
arch amd64;
base text 0;
got used;
text _start global { bytes 48 8b 05; pcrel32 got(_start); bytes c3; }
data msg ascii "x";
EOF
./p9ld -o "$dir/zero.out" "$dir/zero.p9" || exit 99
$VALGRIND ./p9dump -g "$dir/zero.out" > "$dir/zero.txt" || { echo "FAIL slot of 0: exit $?"; fail=1; }
expect "slot of 0" "$dir/zero.txt" "got 0x200000 slots 1"
expect "slot of 0" "$dir/zero.txt" "0 0000000000000000 _start"
exit $fail
