#!/bin/sh
# Inputs the fuzzer once broke the reader with (tests/fuzz/regressions, and
# tests/dump/fuzz-found for those found through the disassembly):
# each must now be read or refused cleanly -- exit 0 or 1, never a crash
# or a sanitizer report, under $VALGRIND when set;
# with -d too (exit 2 there only when this build has no disassembler).
set -u
dir=$(mktemp -d) || exit 99
trap 'rm -rf "$dir"' EXIT
fail=0
# a sanitizer exits 1 too, the status of a refused file: its report is
# what tells them apart
clean() {   # clean STATUS ERRFILE: exit 0 or 1 and no sanitizer report
	[ "$1" -le 1 ] && ! grep -qE 'runtime error|Sanitizer' "$2"
}
for f in "$srcdir"/tests/fuzz/regressions/*.bin "$srcdir"/tests/dump/fuzz-found/*.bin; do
	$VALGRIND ./p9dump -s -l -g -h "$f" >/dev/null 2> "$dir/err"
	status=$?
	if ! clean $status "$dir/err"; then
		echo "FAIL $(basename "$f"): exit $status"
		tail -5 "$dir/err"
		fail=1
	fi
done
if ./p9dump -d /dev/null 2>/dev/null; [ $? -ne 2 ]; then
	$VALGRIND ./p9dump -d -l "$srcdir"/tests/fuzz/regressions/*.bin "$srcdir"/tests/dump/fuzz-found/*.bin >/dev/null 2> "$dir/err"
	status=$?
	clean $status "$dir/err" || { echo "FAIL -d on the regressions: exit $status"; tail -5 "$dir/err"; fail=1; }
fi
exit $fail
