#!/bin/sh
# C source lines reach the image: for every arch, hello built at -O0
# (with -g, as examples/c/Makefile builds it) gets a pc/line table from
# its object's DWARF, so that `p9dump -l` gives each statement's pc
# (every is_stmt row of `llvm-dwarfdump --debug-line hello.o`) the line
# the row names, in hello.c.  And tests/c/fault.c, which stores through
# a nil pointer, faults under p9run with a message naming the function,
# crash, and fault.c's line of the store.  Skipped (77) without clang or
# llvm-dwarfdump.
. "$srcdir/tests/c/lib.sh"
need llvm-dwarfdump llvm-nm

# Where lines are known not to reach the image, and why, in p9ld; as in
# lib.sh, a check that passes fails the test, so that its entry goes.
known_line_failure() {
	case $1 in
	*) return 1 ;;
	esac
}

# verdict NAME OK-STATUS TEXT: report a check, known failures considered
verdict() {
	why=$(known_line_failure "$arch")
	if [ "$2" = 0 ] && [ -n "$why" ]; then
		bad "$1: $3, but is listed as a known failure in tests/c/lines.sh"
	elif [ "$2" = 0 ]; then
		ok "$1: $3"
	elif [ -n "$why" ]; then
		echo "known failure $1: $why"
	else
		bad "$1: not $3"
		sed 's/^/  /' "$tmp/why"
	fi
}

# statements OBJECT IMAGE: "PC LINE" for each is_stmt row of OBJECT's
# line table, its address moved to where main is in IMAGE
statements() {
	at=$(llvm-nm "$1" | awk '$3 == "main" { print $1 }')
	main=$(./p9dump -s "$2" | awk '$3 == "main" { print $1 }')
	llvm-dwarfdump --debug-line "$1" |
		awk '$1 ~ /^0x/ && /is_stmt/ && !/end_sequence/ { print $1, $2 }' |
		while read -r addr line; do
			printf '%x %s\n' $((0x$main - 0x$at + addr)) "$line"
		done
}

# line_at LINES PC: the FILE:LINE p9dump -l's LINES give PC (the last
# entry at or below it)
line_at() {
	awk -v pc="$2" '
	function value(h,   v, i) {
		v = 0
		for (i = 1; i <= length(h); i++)
			v = v * 16 + index("0123456789abcdef", substr(tolower(h), i, 1)) - 1
		return v
	}
	value($1) <= value(pc) { at = $2 }
	END { print at }' "$1"
}

build "$tmp/O0" -O0 "" $ALL_ARCHS || finish
fline=$(grep -n 'faults here' "$srcdir/tests/c/fault.c" | cut -d: -f1)
for arch in $ALL_ARCHS; do
	a=$tmp/O0/$arch
	./p9dump -l "$a/hello" > "$tmp/lines"
	statements "$a/hello.o" "$a/hello" > "$tmp/stmts"
	: > "$tmp/why"
	[ -s "$tmp/stmts" ] || echo "no is_stmt rows in hello.o's line table" > "$tmp/why"
	while read -r pc line; do
		got=$(line_at "$tmp/lines" "$pc")
		case $got in
		hello.c:"$line" | */hello.c:"$line") ;;
		*) echo "pc 0x$pc: p9dump -l says '$got', the DWARF hello.c:$line" >> "$tmp/why" ;;
		esac
	done < "$tmp/stmts"
	[ -s "$tmp/why" ]
	verdict "$arch hello" $((1 - $?)) "p9dump -l gives each of $(wc -l < "$tmp/stmts") statements its hello.c line"

	case " $RUN_ARCHS " in *" $arch "*) ;; *) continue ;; esac
	# shellcheck disable=SC2046
	if ! clang $(cflags "$arch") -c "$srcdir/tests/c/fault.c" -o "$a/fault.o" ||
	   ! $VALGRIND ./p9ld -o "$a/fault" "$a/crt0.o" "$a/fault.o" "$a/libc9.a"; then
		bad "$arch fault: does not build"
		continue
	fi
	run "$a/fault"
	if [ "$status" != 2 ] || [ "$(cat "$tmp/out")" != "about to fault" ] ||
	   ! grep -q "fault: write to unmapped address 0x0 at pc 0x[0-9a-f]* (crash+0x" "$tmp/err"; then
		bad "$arch fault: exit $status, want 2 and a fault in crash"
		sed 's/^/  stderr: /' "$tmp/err"
		continue
	fi
	grep -q "(crash+0x[0-9a-f]* [^ ]*fault\.c:$fline)" "$tmp/err"
	st=$?
	sed 's/^/  stderr: /' "$tmp/err" > "$tmp/why"
	verdict "$arch fault" $st "p9run names crash and fault.c:$fline"
done
finish
