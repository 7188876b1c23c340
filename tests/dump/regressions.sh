#!/bin/sh
# Inputs the fuzzer once broke the reader with (tests/fuzz/regressions):
# each must now be read or refused cleanly -- exit 0 or 1, never a crash
# or a sanitizer report (which exits otherwise), under $VALGRIND when set;
# with -d too (exit 2 there only when this build has no disassembler).
set -u
fail=0
for f in "$srcdir"/tests/fuzz/regressions/*.bin; do
	$VALGRIND ./p9dump -s -l -g -h "$f" >/dev/null 2>&1
	status=$?
	if [ "$status" -gt 1 ]; then
		echo "FAIL $(basename "$f"): exit $status"
		$VALGRIND ./p9dump -s -l -g -h "$f" 2>&1 >/dev/null | tail -5
		fail=1
	fi
done
if ./p9dump -d /dev/null 2>/dev/null; [ $? -ne 2 ]; then
	$VALGRIND ./p9dump -d "$srcdir"/tests/fuzz/regressions/*.bin >/dev/null 2>&1
	status=$?
	[ "$status" -le 1 ] || { echo "FAIL -d on the regressions: exit $status"; fail=1; }
fi
exit $fail
