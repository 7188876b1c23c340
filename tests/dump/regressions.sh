#!/bin/sh
# Inputs the fuzzer once broke the reader with (tests/fuzz/regressions):
# each must now be read or refused cleanly -- exit 0 or 1, never a crash
# or a sanitizer report (which exits otherwise), under $VALGRIND when set.
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
exit $fail
