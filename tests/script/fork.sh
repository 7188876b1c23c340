#!/bin/sh
# --fork (detach.c): the link runs in a child, and p9ld exits with the
# child's status once the output is in place and every message printed;
# the child frees its memory afterwards, with its standard streams on
# /dev/null.  First that the fork happens when it should (--perf's last
# line, the frees, is then never seen), that a child killed by a signal
# is reported as killed and a killed p9ld takes its child along; then
# every script-level case again through the fork: the same bytes,
# diagnostics and exit status.
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

# The child of `p9ld --fork -o OUT FIFO`, started in the background; the
# child waits on the FIFO (no writer yet), so it is there to find: it is
# the parent's only child.  Sets parent and child.
children() {
	if command -v pgrep > /dev/null 2>&1; then
		pgrep -P "$1"
	else
		cat "/proc/$1/task/$1/children" 2> /dev/null
	fi
}
# Whether process $1 still runs: a zombie (dead, not yet reaped by
# whoever adopted it) does not.
running() {
	kill -0 "$1" 2> /dev/null || return 1
	[ -d /proc/self ] || return 0
	state=$(sed 's/.*) //' "/proc/$1/stat" 2> /dev/null) || return 1
	case $state in Z*|'') return 1 ;; esac
}
start_on_fifo() {   # start_on_fifo FIFO OUT
	mkfifo "$1" || exit 99
	./p9ld --fork -o "$2" "$1" &
	parent=$!
	child=
	for _ in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
		child=$(children "$parent")
		[ -n "$child" ] && return 0
		sleep 0.1
	done
	echo "FAIL: no child of p9ld --fork found"; fail=1
	kill "$parent"
	timeout 5 sh -c ": > '$1'"     # let a child we missed go on
	wait "$parent"
	return 1
}

# A child killed before it says how it ended: p9ld dies of the same
# signal, and no output appears.
if start_on_fifo "$tmp/fifo" "$tmp/killed.6"; then
	kill -TERM "$child"
	wait "$parent"
	status=$?
	[ "$status" = 143 ] || { echo "FAIL: child killed by SIGTERM: p9ld exit $status, want 143"; fail=1; }
	[ -e "$tmp/killed.6" ] && { echo "FAIL: a killed link left its output"; fail=1; }
fi

# p9ld killed while its child links: the child goes too.  Were it still
# there, it would read the script now written to the FIFO and link it.
if start_on_fifo "$tmp/fifo2" "$tmp/orphan.6"; then
	kill -TERM "$parent"
	wait "$parent"
	timeout 2 sh -c "cat '$tmp/small.p9' > '$tmp/fifo2'" 2> /dev/null
	for _ in 1 2 3 4 5 6 7 8 9 10; do
		running "$child" || break
		sleep 0.1
	done
	running "$child" && { echo "FAIL: the child outlived p9ld"; fail=1; kill -9 "$child"; }
	[ -e "$tmp/orphan.6" ] && { echo "FAIL: the child of a killed p9ld wrote its output"; fail=1; }
fi

[ "$fail" = 0 ] || exit 1
echo "fork: the fork happens for big scripts and --fork; a killed child is passed on; a killed p9ld takes its child along"
P9LD_FIRST_ARGS="--fork"
VALGRIND=
export P9LD_FIRST_ARGS VALGRIND
exec sh "$srcdir/tests/script/run.sh"
