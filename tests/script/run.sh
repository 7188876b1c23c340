#!/bin/sh
# Script-level tests: every tests/script/*.t file holds cases, each a
# script beside what p9ld must make of it.
#
#   === NAME                 starts a case
#   %% file PATH             a file the case needs (an include, a blob)
#   %% script                the script, run as t.p9
#   %% args                  more p9ld arguments (one line; default -o out)
#   %% status                the exit status wanted (default 0)
#   %% stderr                the exact diagnostics wanted
#   %% dump [OPTIONS]        the exact `p9dump OPTIONS out` output wanted
#   %% hex                   the output file's exact bytes, in hex (spaces ignored)
#   %% expect PATH           the exact contents wanted of another file (a map)
#
# A case that fails must leave an existing output untouched and create
# nothing.  P9LD_REGEN=1 rewrites nothing: expected text is written by
# hand.  $VALGRIND, when set, prefixes every p9ld run; $P9LD_FIRST_ARGS,
# when set, comes before each case's arguments (tests/script/threads.sh).
set -u
top=$(pwd)
fail=0 cases=0
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT

run_case() {   # run_case DIR NAME
	dir=$1 name=$2
	cd "$dir" || return 1
	args="-o out"
	[ -f .args ] && args=$(cat .args)
	want_status=0
	[ -f .status ] && want_status=$(cat .status)
	printf 'precious' > out
	# shellcheck disable=SC2086
	timeout 120 $VALGRIND "$top/p9ld" ${P9LD_FIRST_ARGS:-} $args t.p9 > .stdout 2> .err
	status=$?
	[ "$status" = 124 ] && echo "FAIL $name: p9ld ran for 120 s" 
	ok=0
	if [ "$status" != "$want_status" ]; then
		echo "FAIL $name: exit $status, want $want_status"; sed 's/^/  /' .err; ok=1
	fi
	if [ -f .stderr ] && ! diff -u .stderr .err > .diff; then
		echo "FAIL $name: diagnostics differ"; cat .diff; ok=1
	fi
	if [ "$want_status" != 0 ]; then
		[ "$(cat out)" = precious ] || { echo "FAIL $name: the output was touched"; ok=1; }
		touch .files
		extra=$(ls -A | grep -vE '^(out|t\.p9|\.args|\.status|\.stderr|\.stdout|\.err|\.diff|\.files|\.name|\.dump\..*|\.expect\..*|\.hex)$' |
			grep -vxFf .files)
		[ -z "$extra" ] || { echo "FAIL $name: left behind: $extra"; ok=1; }
	fi
	for want in .expect.*; do
		[ -f "$want" ] || continue
		case "$want" in *.path) continue ;; esac
		path=$(cat "$want.path")
		if ! diff -u "$want" "$path" > .diff 2>&1; then
			echo "FAIL $name: $path differs"; cat .diff; ok=1
		fi
	done
	for want in .dump.*; do
		[ -f "$want" ] || continue
		case "$want" in *.opts) continue ;; esac
		opts=$(cat "$want.opts")
		# shellcheck disable=SC2086
		"$top/p9dump" $opts out > .got 2>&1
		if ! diff -u "$want" .got > .diff; then
			echo "FAIL $name: p9dump $opts differs"; cat .diff; ok=1
		fi
	done
	if [ -f .hex ]; then
		tr -d ' \n' < .hex > .want.hex
		od -An -v -tx1 out | tr -d ' \n' > .got.hex
		cmp -s .want.hex .got.hex || { echo "FAIL $name: bytes differ"; echo "  want $(cat .want.hex)"; echo "  got  $(cat .got.hex)"; ok=1; }
	fi
	cd "$top" || return 1
	return $ok
}

for t in "$srcdir"/tests/script/*.t; do
	rm -rf "$tmp/cases" && mkdir "$tmp/cases"
	# Split the file into one folder per case, one file per section.
	awk -v root="$tmp/cases" '
		function open_section(path) { if (out) close(out); out = path; blanks = 0 }
		/^=== / { n++; dir = sprintf("%s/%03d", root, n); system("mkdir -p " dir);
			  print substr($0, 5) > (dir "/.name"); close(dir "/.name"); out = ""; dump = 0; ex = 0; blanks = 0; next }
		/^%% file / { if ($3 ~ /\//) { d = $3; sub(/\/[^\/]*$/, "", d); system("mkdir -p " dir "/" d)
					       top = $3; sub(/\/.*/, "", top); print top >> (dir "/.files") }
			      open_section(dir "/" $3); print $3 >> (dir "/.files"); close(dir "/.files"); next }
		/^%% expect / { ex++; f = sprintf("%s/.expect.%d", dir, ex); print $3 > (f ".path"); close(f ".path");
				print $3 >> (dir "/.files"); close(dir "/.files"); open_section(f); next }
		/^%% script$/ { open_section(dir "/t.p9"); next }
		/^%% args$/ { open_section(dir "/.args"); next }
		/^%% status$/ { open_section(dir "/.status"); next }
		/^%% stderr$/ { open_section(dir "/.stderr"); next }
		/^%% hex$/ { open_section(dir "/.hex"); next }
		/^%% dump/ { dump++; opts = substr($0, 8); f = sprintf("%s/.dump.%d", dir, dump);
			     print opts > (f ".opts"); close(f ".opts"); open_section(f); next }
		# blank lines at the end of a section only separate cases
		out != "" && /^$/ { blanks++; next }
		out != "" { while (blanks > 0) { print "" > out; blanks-- } print > out }
	' "$t"
	for dir in "$tmp"/cases/*/; do
		[ -f "$dir/.name" ] || continue
		cases=$((cases + 1))
		name="$(basename "$t" .t): $(cat "$dir/.name")"
		run_case "$dir" "$name" || fail=1
	done
done
echo "script tests: $cases cases"
exit $fail
