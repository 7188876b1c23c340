#!/bin/sh
# Every address p9dump prints comes from the bases it takes from the image:
# one image linked at the default bases and at moved ones (-T, -D, -R, and
# a script's `base text` / `base data`), on a 32-byte-header arch (386)
# and a 40-byte one (amd64), and each view -- the segment lines, -l, -x
# text, -x data, -g, -d -- must name the addresses the link put things at.
# Stripped (-s) images must say that a base is the arch's default where
# nothing in the file shows it.  Under $VALGRIND when set.
set -u
LC_ALL=C
export LC_ALL
dir=$(mktemp -d) || exit 99
trap 'rm -rf "$dir"' EXIT
fail=0

# The image: 9 bytes of text (_start calls f), data after a GOT of 5
# pointer-sized slots (_start f msg p buf): msg (3 bytes), p (a pointer),
# and 16 bytes of bss.  Lines 3, 4 and 9 of /src/t.c.
image() {    # image NAME ARCH [SCRIPT-LINE] [P9LD-OPTIONS...]
	name=$1 arch=$2 extra=${3:-}
	shift 2; [ $# -gt 0 ] && shift
	cat > "$dir/$name.p9" <<EOF
arch $arch;
$extra
source "/src/t.c";
text _start global { line 3; bytes 90; line 4; bytes e8; pcrel32 f; bytes c3; }
text f { line 9; bytes 90 c3; }
data msg ascii "hi\n";
data p { addr msg; }
bss buf 16;
EOF
	./p9ld "$@" -o "$dir/$name" "$dir/$name.p9" || { echo "FAIL: $name does not link"; fail=1; }
	images="$images $dir/$name"
}

# What the link put where, with text at T and data at D (hex, no 0x),
# slots of P bytes and values W hex digits wide: the lines facts() prints.
expect() {   # expect T D P W TEXT-NOTE
	T=$((0x$1)) D=$((0x$2)) P=$3 W=$4
	G=$((5 * P))
	printf 'entry 0x%x\n' $T
	printf 'text vaddr 0x%x memsize 0x9%s\n' $T "$5"
	printf 'data vaddr 0x%x memsize 0x%x\n' $D $((G + 3 + P))
	printf 'bss vaddr 0x%x memsize 0x10\n' $((D + G + 3 + P))
	printf -- '-l %0*x /src/t.c:3\n' $W $T
	printf -- '-x text %0*x\n' $W $T
	printf -- '-x data %0*x\n' $W $D
	printf -- '-g got 0x%x slots 5\n' $D
	printf -- '-g 0 %0*x _start\n' $W $T
	printf -- '-g 1 %0*x f\n' $W $((T + 7))
	printf -- '-g 2 %0*x msg\n' $W $((D + G))
	printf -- '-g 3 %0*x p\n' $W $((D + G + 3))
	printf -- '-g 4 %0*x buf\n' $W $((D + G + 3 + P))
	printf -- '-d %0*x <_start>:\n' $W $T
	printf -- '-d %0*x ; <f>\n' $W $((T + 1))
}

# One view of an image, with its status when that is not 0.
view() {     # view IMAGE OPTION...
	f=$1; shift
	$VALGRIND ./p9dump "$@" "$f" > "$dir/out" 2> "$dir/err"
	status=$?
	[ $status -eq 0 ] || echo "p9dump $* exit $status: $(cat "$dir/err")"
}

# What p9dump says of IMAGE: the summary's address lines, then the first
# line of -l, the first address of each -x, -g, and from the listing the
# first address line and the call's target (from $dir/listing, which one
# -d over every image wrote: one LLVM load).
facts() {    # facts IMAGE
	view "$1"
	grep -E '^(entry|text vaddr|data vaddr|bss vaddr) ' "$dir/out"
	view "$1" -l
	sed -n '1s/^/-l /p' "$dir/out"
	for part in text data; do
		view "$1" -x $part
		sed -n "1s/^\([0-9a-f]*\) .*/-x $part \1/p" "$dir/out"
	done
	view "$1" -g
	sed 's/^/-g /' "$dir/out"
	[ "$disasm" = yes ] || return 0
	awk -v f="$1:" '$0 == f { on = 1; next } /^\/.*:$/ { on = 0 } on' "$dir/listing" |
		awk '/^[0-9a-f]+ / && !first { print "-d " $1 " " $2; first = 1 }
		     /call.*; </ { print "-d " $1 " " substr($0, index($0, "; ")) }'
}

check() {    # check NAME: stdin is what was printed, $dir/want what is wanted
	if [ "$disasm" != yes ]; then
		grep -v '^-d ' "$dir/want" > "$dir/want.nod"
		mv "$dir/want.nod" "$dir/want"
	fi
	facts "$dir/$1" > "$dir/got"
	if diff -u "$dir/want" "$dir/got" > "$dir/diff"; then
		echo "ok $1"
	else
		echo "FAIL $1"; cat "$dir/diff"; fail=1
	fi
}

images=
image 386-default 386
image 386-T 386 '' -T 0x10000
image 386-D 386 '' -D 0x300000
image 386-R 386 '' -R 0x10000
image 386-base-text 386 'base text 0x400000;'
image 386-base-data 386 'base data 0x80000;'
image 386-both 386 'base text 0x7000; base data 0x9000;'
image amd64-default amd64
image amd64-T amd64 '' -T 0x10000
image amd64-D amd64 '' -D 0x600000
image amd64-R amd64 '' -R 0x1000
image amd64-base-text amd64 'base text 0x400000;'
image amd64-base-data amd64 'base data 0x800000;'
image 386-stripped 386 '' -s
image 386-T-stripped 386 '' -T 0x10000 -s
image 386-D-stripped 386 '' -D 0x300000 -s
image amd64-T-stripped amd64 '' -T 0x400000 -s
image 386-nogot 386 'got none;' -T 0x10000 -D 0x300000
[ $fail -eq 0 ] || exit 1

# -d once over every image; without a disassembler its lines are left out.
./p9dump -d $images > /dev/null 2> "$dir/err"
if [ $? -eq 2 ] && grep -q "has no disassembler" "$dir/err"; then
	disasm=no
	echo "this build has no disassembler: the -d lines are skipped"
else
	disasm=yes
	$VALGRIND ./p9dump -d $images > "$dir/listing" 2> "$dir/err" ||
		{ echo "FAIL: p9dump -d exit $?"; cat "$dir/err"; fail=1; }
fi

note=' (arch default)'
from=' (from the lowest text symbol)'
expect 1020 2000 4 8 "$note" > "$dir/want";      check 386-default
expect 10000 11000 4 8 "$from" > "$dir/want";    check 386-T
expect 1020 300000 4 8 "$note" > "$dir/want";    check 386-D
expect 1020 10000 4 8 "$note" > "$dir/want";     check 386-R
expect 400000 401000 4 8 "$from" > "$dir/want";  check 386-base-text
expect 1020 80000 4 8 "$note" > "$dir/want";     check 386-base-data
expect 7000 9000 4 8 "$from" > "$dir/want";      check 386-both
expect 200028 400000 8 16 "$note" > "$dir/want"; check amd64-default
expect 10000 200000 8 16 "$from" > "$dir/want";  check amd64-T
expect 200028 600000 8 16 "$note" > "$dir/want"; check amd64-D
expect 200028 201000 8 16 "$note" > "$dir/want"; check amd64-R
expect 400000 600000 8 16 "$from" > "$dir/want"; check amd64-base-text
expect 200028 800000 8 16 "$note" > "$dir/want"; check amd64-base-data

# Stripped: no symbols, no lines, no GOT to see.  Text from the entry when
# the default cannot hold it, else the default; data always the default --
# which -D made wrong, and the line says it was assumed.
cat > "$dir/want" <<'EOF'
entry 0x1020
text vaddr 0x1020 memsize 0x9 (arch default)
data vaddr 0x2000 memsize 0x1b (arch default: text end rounded up to 0x1000)
bss vaddr 0x201b memsize 0x10
-x text 00001020
-x data 00002000
-g GOT unknown (no symbol table)
-d 00001020 90
EOF
check 386-stripped
cat > "$dir/want" <<'EOF'
entry 0x10000
text vaddr 0x10000 memsize 0x9 (from the entry)
data vaddr 0x11000 memsize 0x1b (arch default: text end rounded up to 0x1000)
bss vaddr 0x1101b memsize 0x10
-x text 00010000
-x data 00011000
-g GOT unknown (no symbol table)
-d 00010000 90
EOF
check 386-T-stripped
cat > "$dir/want" <<'EOF'
entry 0x1020
text vaddr 0x1020 memsize 0x9 (arch default)
data vaddr 0x2000 memsize 0x1b (arch default: text end rounded up to 0x1000)
bss vaddr 0x201b memsize 0x10
-x text 00001020
-x data 00002000
-g GOT unknown (no symbol table)
-d 00001020 90
EOF
check 386-D-stripped
cat > "$dir/want" <<'EOF'
entry 0x400000
text vaddr 0x400000 memsize 0x9 (from the entry)
data vaddr 0x600000 memsize 0x33 (arch default: text end rounded up to 0x200000)
bss vaddr 0x600033 memsize 0x10
-x text 0000000000400000
-x data 0000000000600000
-g GOT unknown (no symbol table)
-d 0000000000400000 90
EOF
check amd64-T-stripped

# No GOT and no edata: the data symbols place data.
cat > "$dir/want" <<'EOF'
entry 0x10000
text vaddr 0x10000 memsize 0x9 (from the lowest text symbol)
data vaddr 0x300000 memsize 0x7 (from the lowest data symbol)
bss vaddr 0x300007 memsize 0x10
-l 00010000 /src/t.c:3
-x text 00010000
-x data 00300000
-g no GOT (no __GOT symbol)
-d 00010000 <_start>:
-d 00010001 ; <f>
EOF
check 386-nogot
exit $fail
