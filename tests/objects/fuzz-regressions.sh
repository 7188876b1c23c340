#!/bin/sh
# Inputs fuzz-objects once broke the object reader with
# (tests/fuzz/regressions/objects-*.obj, the mode byte then the file):
# each is replayed through the fuzz target by fuzz-replay, which fails on
# a crash, a hang (two minutes), a failure with no message, or (in the
# sanitizer build, or under $VALGRIND) a memory error.
set -u
fail=0 n=0
for f in "$srcdir"/tests/fuzz/regressions/objects-*.obj; do
	n=$((n + 1))
	if ! timeout 120 $VALGRIND tests/objects/fuzz-replay "$f" > /dev/null 2> err.$$; then
		echo "FAIL $(basename "$f")"; tail -5 err.$$; fail=1
	fi
done
rm -f err.$$
echo "fuzz regressions: $n inputs"
[ "$n" -gt 0 ] || fail=1
exit $fail
