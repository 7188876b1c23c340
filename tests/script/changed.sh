#!/bin/sh
# Files that change while p9ld reads them (issue 17): a script, a blob or
# an object cut short, or written to, while the link runs is an error
# naming it, exit status 1, no output and no temporary; never a signal.
# The mapped ones cut short are read past their new end (a SIGBUS that
# p9ld's handler turns into the error).
#
# The link is held where the test wants it by includes of FIFOs: p9ld
# opens "hold1", which returns once the test opens it to write, then
# waits in "hold2" until the test has changed the file.  The script is
# bigger than the scanner's buffer, so reading on after hold2 reads the
# mapping again.
set -u
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
fail=0
p9ld=$(pwd)/p9ld
say() { echo "FAIL: $*"; fail=1; }
cd "$tmp" || exit 99
mkfifo hold1 hold2 || exit 99

# big: a script of about 1.5 MB, held near its start
big() {
	{
		printf 'arch amd64;\ninclude "hold1";\ninclude "hold2";\n'
		printf 'text _start { bytes c3; }\n'
		awk 'BEGIN { for (i = 0; i < 60000; i++) printf "data d%d { u32 %d; }\n", i, i }'
	} > big.p9
}
# small STATEMENT: a small script doing STATEMENT before it is held (read
# on one thread, so the statement is built before the hold)
small() {
	printf 'arch amd64;\ntext _start { bytes c3; }\n%s\ninclude "hold1";\ninclude "hold2";\n' \
		"$1" > big.p9
}

# check WHAT CHANGE [ARGS]: run p9ld on big.p9 (with ARGS), run the shell
# command CHANGE while it is held, and want the error naming WHAT.
check() {
	what=$1 change=$2
	shift 2
	rm -f out
	$VALGRIND "$p9ld" "$@" -o out big.p9 > p9ld.out 2> p9ld.err &
	pid=$!
	: > hold1                    # returns once p9ld has opened it
	eval "$change"
	: > hold2
	wait $pid
	status=$?
	[ $status = 1 ] || say "$what ($change): exit $status, want 1"
	grep -q "^p9ld: error: '$what' changed while p9ld was reading it\$" p9ld.err ||
		{ say "$what ($change): not said"; sed 's/^/  /' p9ld.err; }
	[ -e out ] && say "$what ($change): an output was written"
	left=$(ls -A | grep '\.tmp')
	[ -z "$left" ] || say "$what ($change): left behind: $left"
}

# the script itself cut short: read past its end (SIGBUS), both ways
big
check big.p9 'truncate -s 4096 big.p9'
big
check big.p9 'truncate -s 4096 big.p9' --threads 2 --no-fork
big
check big.p9 'truncate -s 4096 big.p9' --fork
# the script written to, its length the same: no fault, the check says
big
check big.p9 'printf x | dd of=big.p9 bs=1 seek=100000 conv=notrunc 2> /dev/null'
# an include grown after it was read
printf 'data inc u8 1;\n' > inc.p9
small 'include "inc.p9";'
check inc.p9 'echo "# more" >> inc.p9'
# a blob cut short: the writer would read past its end
head -c 300000 /dev/zero | tr '\0' 'b' > blob
small 'data b incbin "blob";'
check blob 'truncate -s 10 blob'
# a blob replaced by another file of its name
head -c 300000 /dev/zero | tr '\0' 'c' > blob
small 'data b incbin "blob";'
check blob 'cp blob blob.new && mv blob.new blob'

# A FIFO is no blob: refused at once, not read (nor waited on for a writer)
mkfifo pipe || exit 99
printf 'arch amd64;\ntext _start { bytes c3; }\ndata p incbin "pipe";\n' > pipe.p9
timeout 10 $VALGRIND "$p9ld" -o out pipe.p9 > p9ld.out 2> p9ld.err
status=$?
[ $status = 1 ] || say "incbin of a FIFO: exit $status, want 1"
grep -q "cannot read 'pipe' for incbin: not a regular file" p9ld.err ||
	{ say "incbin of a FIFO: not said"; sed 's/^/  /' p9ld.err; }

# An object cut short: its relocations are applied past its new end.
# Made by the assembler when there is one for amd64.
if printf '\t.text\n' | as --64 -o probe.o - 2> /dev/null; then
	printf '\t.text\n\t.globl _start\n_start:\n\tret\n\t.data\nbig:\n\t.zero 1048576\n\t.quad _start\n' > o.s
	as --64 -o o.o o.s || exit 99
	printf 'object "o.o";\ninclude "hold1";\ninclude "hold2";\n' > big.p9
	check o.o 'truncate -s 2000 o.o'
else
	echo "no assembler for amd64 (as --64): the object's case not tried"
fi

[ "$fail" = 0 ] && echo "changed: scripts, includes, blobs and objects that change under p9ld are named"
exit "$fail"
