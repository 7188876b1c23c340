#!/bin/sh
# Bad objects and archives (objects.md sections 4 and 7): every case of
# tests/objects/bad.t gives exactly its diagnostics and exit status 1,
# leaves an existing output untouched and nothing behind; the few that
# must link exit 0 with an image p9dump reads.  The damaged inputs are
# made in the test from good clang-built objects by tests/objects/mkbad,
# which patches fields by name.  Skipped (77) without clang or ar.
#
#   %% base ARCH            (before the first case) a good object's source,
#                           assembled once for ARCH; `base ARCH OUT` copies it
#   === NAME                starts a case
#   %% file PATH            a file the case needs (a source, a script)
#   %% build                how the inputs are made, one command a line:
#       as ARCH SRC OUT [FLAG...]   assemble (cc: compile C) for ARCH, or
#       cc ARCH SRC OUT [FLAG...]   for TRIPLE when it has a '-'
#       base ARCH OUT               the good object of ARCH
#       bad IN OUT [OP ARG...]...   a damaged copy (tests/objects/mkbad.c)
#       ar LIB FILE...              an archive (arnoindex: without a symbol
#       arnoindex LIB FILE...       index; thin: a thin one)
#       thin LIB FILE...
#   %% args                 p9ld's arguments (one line)
#   %% status               the exit status wanted (default 1)
#   %% stderr               the exact diagnostics wanted
set -u
. "$srcdir/tests/objects/lib.sh"
need clang ar
top=$(pwd)
mkbad=$top/tests/objects/mkbad
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
fail=0 cases=0

# clang's flags for ARCH, or for a triple no Plan 9 arch has
flags() {
	case $1 in
	*-*) echo "--target=$1" ;;
	*) target "$1" ;;
	esac
}

b_as() {
	a=$1 src=$2 out=$3; shift 3
	# shellcheck disable=SC2046
	clang $(flags "$a") "$@" -c "$src" -o "$out"
}
b_cc() { b_as "$@"; }
b_base() { cp "$tmp/base/$1.o" "$2"; }
b_bad() { "$mkbad" "$@"; }
b_ar() { lib=$1; shift; ar rcsD "$lib" "$@"; }
b_arnoindex() { lib=$1; shift; ar rcSD "$lib" "$@"; }
b_thin() { lib=$1; shift; ar rcsDT "$lib" "$@"; }

build() {   # build FILE: run its commands
	while read -r line; do
		[ -n "$line" ] || continue
		# shellcheck disable=SC2086
		set -- $line
		cmd=$1; shift
		"b_$cmd" "$@" || { echo "cannot: $line"; return 1; }
	done < "$1"
}

run_case() {   # run_case DIR NAME
	dir=$1 name=$2
	cd "$dir" || return 1
	if [ -f .build ] && ! build .build > .buildlog 2>&1; then
		echo "FAIL $name: the inputs cannot be made"; sed 's/^/  /' .buildlog
		cd "$top" || exit 99
		return 1
	fi
	args=$(cat .args)
	want_status=1
	[ -f .status ] && want_status=$(cat .status)
	printf 'precious' > out
	ls -A > "$tmp/before"
	# shellcheck disable=SC2086
	timeout 120 $VALGRIND "$top/p9ld" $args > .stdout 2> .err
	status=$?
	ok=0
	[ "$status" = 124 ] && echo "FAIL $name: p9ld ran for 120 s"
	if [ "$status" != "$want_status" ]; then
		echo "FAIL $name: exit $status, want $want_status"; sed 's/^/  /' .err; ok=1
	fi
	if [ -f .stderr ] && ! diff -u .stderr .err > .diff; then
		echo "FAIL $name: diagnostics differ"; cat .diff; ok=1
	elif [ ! -f .stderr ] && [ -s .err ]; then
		echo "FAIL $name: unexpected diagnostics"; sed 's/^/  /' .err; ok=1
	fi
	ls -A | grep -vxE '\.(stdout|err|diff)' > "$tmp/after"
	if ! cmp -s "$tmp/before" "$tmp/after"; then
		echo "FAIL $name: files made or removed:"; diff "$tmp/before" "$tmp/after" | grep '^[<>]'; ok=1
	fi
	if [ "$want_status" != 0 ]; then
		[ "$(cat out)" = precious ] || { echo "FAIL $name: the output was touched"; ok=1; }
	elif ! "$top/p9dump" -h out > /dev/null; then
		echo "FAIL $name: p9dump cannot read the image"; ok=1
	fi
	cd "$top" || exit 99
	return $ok
}

# Split bad.t: the bases into $tmp/base, each case into a folder with
# one file per section.
mkdir "$tmp/base" "$tmp/cases"
awk -v base="$tmp/base" -v root="$tmp/cases" '
	function open_section(path) { if (out) close(out); out = path; blanks = 0 }
	/^%% base / { open_section(base "/" $3 ".s"); next }
	/^=== / { n++; dir = sprintf("%s/%03d", root, n); system("mkdir -p " dir);
		  print substr($0, 5) > (dir "/.name"); close(dir "/.name"); out = ""; next }
	/^%% file / { open_section(dir "/" $3); next }
	/^%% build$/ { open_section(dir "/.build"); next }
	/^%% args$/ { open_section(dir "/.args"); next }
	/^%% status$/ { open_section(dir "/.status"); next }
	/^%% stderr$/ { open_section(dir "/.stderr"); next }
	/^#/ && out == "" { next }
	# blank lines at the end of a section only separate cases
	out != "" && /^$/ { blanks++; next }
	out != "" { while (blanks > 0) { print "" > out; blanks-- } print > out }
' "$srcdir/tests/objects/bad.t"

for s in "$tmp"/base/*.s; do
	arch=$(basename "$s" .s)
	assemble "$arch" "$s" "$tmp/base/$arch.o" || { echo "FAIL: the $arch base does not assemble"; exit 1; }
done
for dir in "$tmp"/cases/*/; do
	cases=$((cases + 1))
	run_case "$dir" "$(cat "$dir/.name")" || fail=1
done
echo "bad objects: $cases cases"
[ "$cases" -ge 40 ] || { echo "FAIL: fewer than 40 cases"; fail=1; }
exit $fail
