#!/bin/sh
# Where an image lies in memory, as p9dump's summary shows it: the bases
# come from the image where it shows them (etext, __GOT, edata, end exactly;
# else the text and data symbols, or the entry), and a value that is the
# arch's default, or a guess, says so.  And -g on a sound image with no
# GOT says so in one line and exits 0, while a __GOT outside data is a
# damaged file (exit 1).  Under $VALGRIND when set.
set -u
LC_ALL=C
export LC_ALL
dir=$(mktemp -d) || exit 99
trap 'rm -rf "$dir"' EXIT
fail=0
# Both run as parts of pipelines, in subshells: a failure is the file
# $dir/failed, which outlives them.
vaddrs() {   # vaddrs IMAGE [P9LD-OPTIONS...] < SCRIPT: link, print the vaddr lines
	out=$1; shift
	cat > "$dir/t.p9"
	./p9ld "$@" -o "$dir/$out" "$dir/t.p9" || { echo "p9ld exit $?"; return; }
	$VALGRIND ./p9dump "$dir/$out" > "$dir/sum" 2>&1
	status=$?
	grep -E '^(entry|text vaddr|data vaddr|bss vaddr) ' "$dir/sum"
	[ $status -eq 0 ] || { echo "p9dump exit $status"; cat "$dir/sum"; }
}
check() {    # check NAME: stdin is what was printed, $dir/want what is wanted
	if diff -u "$dir/want" - > "$dir/diff"; then
		echo "ok $1"
	else
		echo "FAIL $1"; cat "$dir/diff"; : > "$dir/failed"
	fi
}
moved='arch amd64;
base text 0x10000;
base data 0x800000;
got none;
text _start global { bytes 48 8d 05; pcrel32 msg; bytes c3; }
data msg ascii "hi\n";
bss buf 16;'

cat > "$dir/want" <<'EOF'
entry 0x10000
text vaddr 0x10000 memsize 0x8 (from the lowest text symbol)
data vaddr 0x800000 memsize 0x3 (from the lowest data symbol)
bss vaddr 0x800003 memsize 0x10
EOF
printf '%s\n' "$moved" | vaddrs moved.out | check "moved bases, no etext or __GOT: from the symbols"

cat > "$dir/want" <<'EOF'
entry 0x10000
text vaddr 0x10000 memsize 0x8 (from the entry)
data vaddr 0x200000 memsize 0x3 (arch default: text end rounded up to 0x200000)
bss vaddr 0x200003 memsize 0x10
EOF
printf '%s\n' "$moved" | vaddrs stripped.out -s | check "moved bases, stripped: from the entry, data the default"

cat > "$dir/want" <<'EOF'
entry 0x10000
text vaddr 0x10000 memsize 0x8
data vaddr 0x800000 memsize 0x3
bss vaddr 0x800003 memsize 0x10
EOF
{ printf '%s\n' "$moved"; echo "special etext, edata, end;"; } | vaddrs specials.out |
	check "moved bases with etext and edata: exactly, no note"

cat > "$dir/want" <<'EOF'
entry 0x10000
text vaddr 0x10000 memsize 0x1
data vaddr 0x800000 memsize 0x10
bss vaddr 0x800010 memsize 0x0
EOF
printf 'arch amd64;\nbase text 0x10000;\nbase data 0x800000;\nspecial etext;\ntext _start global { bytes c3; }\n' |
	vaddrs got.out | check "moved bases with etext and __GOT: exactly, no note"

cat > "$dir/want" <<'EOF'
entry 0x1020
text vaddr 0x1020 memsize 0x1 (arch default)
data vaddr 0x2000 memsize 0x0 (arch default: text end rounded up to 0x1000)
bss vaddr 0x2000 memsize 0x20
EOF
printf 'arch 386;\ngot none;\ntext _start global { bytes c3; }\nbss buf 32;\n' |
	vaddrs default.out | check "default bases: the arch's, said so"

cat > "$dir/want" <<'EOF'
entry 0x1020
text vaddr 0x1020 memsize 0x1 (arch default)
data vaddr 0x300000 memsize 0x0 (from the lowest data symbol)
bss vaddr 0x300000 memsize 0x20
EOF
printf 'arch 386;\nbase data 0x300000;\ngot none;\ntext _start global { bytes c3; }\nbss buf 32;\n' |
	vaddrs bss.out | check "data moved, only bss symbols show it"

# A base the symbols fit but do not start at: linked 8 bytes higher, or at
# the default with the first atom aligned up -- the file cannot tell, so
# the default stays and the lowest symbol is named beside it.
cat > "$dir/want" <<'EOF'
entry 0x200030
text vaddr 0x200028 memsize 0x20 (arch default; the lowest text symbol is 0x200030)
data vaddr 0x400000 memsize 0x0 (arch default: text end rounded up to 0x200000)
bss vaddr 0x400000 memsize 0x10
EOF
printf 'arch amd64;\nbase text 0x200030;\ngot none;\ntext _start global { fill 32, 0x90; }\nbss buf 16;\n' |
	vaddrs near.out | check "text 8 bytes above the default: both named"

cat > "$dir/want" <<'EOF'
entry 0x1020
text vaddr 0x1020 memsize 0x1 (arch default)
data vaddr 0x2000 memsize 0x40 (arch default: text end rounded up to 0x1000; the lowest data symbol is 0x2010)
bss vaddr 0x2040 memsize 0x20
EOF
printf 'arch 386;\nbase data 0x2010;\ngot none;\ntext _start global { bytes c3; }\ndata x { zero 64; }\nbss buf 32;\n' |
	vaddrs neardata.out | check "data 16 bytes above the default: both named"

# ---- -g: no GOT is no damage; a __GOT outside data is --------------------------
$VALGRIND ./p9dump -g "$dir/moved.out" > "$dir/out" 2>&1
status=$?
printf 'no GOT (no __GOT symbol)\n' > "$dir/want"
check "-g with no GOT: one line" < "$dir/out"
[ $status -eq 0 ] || { echo "FAIL -g with no GOT: exit $status, not 0"; fail=1; }
# __GOT turned from d into T (its type byte; amd64: value at 0x36, 8 bytes)
off=$(./p9dump "$dir/got.out" | sed -n 's/^syms offset 0x\([0-9a-f]*\) .*/\1/p')
printf '\324' | dd of="$dir/got.out" bs=1 seek=$((0x$off + 8)) conv=notrunc 2>/dev/null
$VALGRIND ./p9dump -s "$dir/got.out" | grep -q ' T __GOT$' || { echo "FAIL: __GOT was not made T"; fail=1; }
err=$($VALGRIND ./p9dump -g "$dir/got.out" 2>&1 >/dev/null)
status=$?
case "$status:$err" in
"1:p9dump: $dir/got.out: no GOT: __GOT 0x800000 lies outside data"*) echo "ok -g with a __GOT outside data: exit 1" ;;
*) echo "FAIL -g with a __GOT outside data: exit $status, '$err'"; fail=1 ;;
esac
[ ! -e "$dir/failed" ] || fail=1
exit $fail
