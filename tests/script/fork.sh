#!/bin/sh
# --fork (detach.c): the link runs in a child, and p9ld exits with the
# child's status once the output is in place and every message printed;
# the child frees its memory afterwards, with its standard streams on
# /dev/null.  First that the fork happens when it should (--perf's last
# line, the frees, is then never seen) and that a child killed by a
# signal is reported as killed; then every script-level case again
# through the fork: the same bytes, diagnostics and exit status.
#
# Not under valgrind: what the child does after the parent has gone
# (its frees, valgrind's leak check) no one waits for.  run.sh runs the
# same cases under valgrind without the fork.
set -u
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
fail=0

printf 'arch 386; got none;\ntext _start bytes c3;\n' > "$tmp/small.p9"
./bench/gen p9ld 10000 > "$tmp/big.p9" || { echo "FAIL: bench/gen"; exit 1; }

# frees_seen ARGS...: whether the run prints --perf's line for the frees
frees_seen() {
	./p9ld --perf -o "$tmp/out" "$@" > /dev/null 2> "$tmp/err" ||
		{ echo "FAIL: p9ld $*: exit $?"; sed 's/^/  /' "$tmp/err"; fail=1; }
	grep -q '^p9ld: perf: link' "$tmp/err" ||
		{ echo "FAIL: p9ld $*: no perf output"; fail=1; }
	grep -q '^p9ld: perf: free' "$tmp/err"
}
frees_seen "$tmp/small.p9" || { echo "FAIL: a small script forked"; fail=1; }
frees_seen --fork "$tmp/small.p9" && { echo "FAIL: --fork did not fork"; fail=1; }
frees_seen "$tmp/big.p9" && { echo "FAIL: a 1.5 MB script did not fork"; fail=1; }
frees_seen --no-fork "$tmp/big.p9" || { echo "FAIL: --no-fork forked"; fail=1; }

# A child killed before it says how it ended: p9ld dies of the same
# signal.  The child waits on a FIFO with no writer, so it is still
# there to kill; it is the parent's only child.
children() {
	if command -v pgrep > /dev/null 2>&1; then
		pgrep -P "$1"
	else
		cat "/proc/$1/task/$1/children" 2> /dev/null
	fi
}
mkfifo "$tmp/fifo" || exit 99
./p9ld --fork -o "$tmp/killed.6" "$tmp/fifo" &
parent=$!
child=
for _ in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
	child=$(children "$parent")
	[ -n "$child" ] && break
	sleep 0.1
done
if [ -z "$child" ]; then
	echo "FAIL: no child of p9ld --fork found"; fail=1
	kill "$parent"
	timeout 5 sh -c ": > '$tmp/fifo'"     # let a child we missed go on
	wait "$parent"
else
	kill -TERM "$child"
	wait "$parent"
	status=$?
	[ "$status" = 143 ] || { echo "FAIL: child killed by SIGTERM: p9ld exit $status, want 143"; fail=1; }
fi
[ -e "$tmp/killed.6" ] && { echo "FAIL: a killed link left its output"; fail=1; }

[ "$fail" = 0 ] || exit 1
echo "fork: the fork happens for big scripts and --fork, and a killed child is passed on"
P9LD_FIRST_ARGS="--fork"
VALGRIND=
export P9LD_FIRST_ARGS VALGRIND
exec sh "$srcdir/tests/script/run.sh"
