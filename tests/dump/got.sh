#!/bin/sh
# p9dump -g on sound images: one with a GOT lists it; one linked with
# `got none` has none, says so in one line and exits 0 (no GOT is no
# damage); a stripped one cannot tell and says that, exit 0 too.  (A
# __GOT outside data, which is damage, is bases.sh's.)  Under $VALGRIND
# when set.
set -u
LC_ALL=C
export LC_ALL
dir=$(mktemp -d) || exit 99
trap 'rm -rf "$dir"' EXIT
fail=0
# Both run as parts of pipelines, in subshells: a failure is the file
# $dir/failed, which outlives them.
got() {      # got NAME POLICY [P9LD-OPTIONS...]: link, p9dump -g, status last
	name=$1 policy=$2; shift 2
	printf 'arch 386;\ngot %s;\ntext _start global { bytes e8; pcrel32 f; bytes c3; }\ntext f { bytes c3; }\ndata msg ascii "hi\\n";\n' \
		"$policy" > "$dir/t.p9"
	./p9ld "$@" -o "$dir/$name" "$dir/t.p9" || { echo "p9ld exit $?"; return; }
	$VALGRIND ./p9dump -g "$dir/$name" 2>&1
	echo "exit $?"
}
check() {    # check NAME: stdin is what was printed, $dir/want what is wanted
	if diff -u "$dir/want" - > "$dir/diff"; then
		echo "ok $1"
	else
		echo "FAIL $1"; cat "$dir/diff"; : > "$dir/failed"
	fi
}

cat > "$dir/want" <<'EOF'
got 0x2000 slots 3
0 00001020 _start
1 00001026 f
2 0000200c msg
exit 0
EOF
got all.out all | check "a GOT: its slots and the symbols they hold"

cat > "$dir/want" <<'EOF'
got 0x2000 slots 1
0 00001027 f
exit 0
EOF
printf 'arch 386;\ntext _start global { bytes 8b 05; u32 got(f); bytes c3; }\ntext f { bytes c3; }\ndata msg ascii "hi\\n";\n' \
	> "$dir/t.p9"
./p9ld --got used -o "$dir/used.out" "$dir/t.p9" || { echo "FAIL: used.out does not link"; fail=1; }
{ $VALGRIND ./p9dump -g "$dir/used.out" 2>&1; echo "exit $?"; } | check "got used: the one slot"

cat > "$dir/want" <<'EOF'
no GOT (no __GOT symbol)
exit 0
EOF
got none.out none | check "got none: no GOT, one line, exit 0"

cat > "$dir/want" <<'EOF'
GOT unknown (no symbol table)
exit 0
EOF
got stripped.out all -s | check "stripped: cannot tell, one line, exit 0"
[ ! -e "$dir/failed" ] || fail=1
exit $fail
