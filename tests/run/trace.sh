#!/bin/sh
# p9run --trace=insn (and --trace-insn) and the fault report's
# instruction, against the expected output in tests/run/trace.txt,
# reviewed by reading:
#   - the hello of every arch (examples/ARCH/hello.p9) traced with its
#     system calls: each instruction's bytes and text, the <sym> of the
#     addresses it names, the registers it changed, and each call's line
#     after the instruction that made it;
#   - the amd64 and arm64 engine proofs, up to --limit: calls through the
#     GOT (<got(report)>), pc-relative calls, flags;
#   - --limit 8 stopping right after a system call;
#   - faults traced: the faulting instruction's line has no registers,
#     and the report shows it disassembled; a jump to an unmapped address
#     shows the jump (faults.sh checks the report's instruction on every
#     arch).
# Then, checked here: the option's spellings give the same output,
# --trace= with anything else is a usage error, --limit N prints exactly
# the first N lines of the whole trace, and an LLVM that cannot be
# loaded leaves the fault report as it was (one line) and makes
# --trace=insn exit 2.  P9LD_REGEN=1 rewrites the expected file.
#
# Without a disassembler in this build --trace=insn must say so and exit
# 2, and a fault report must say nothing of instructions; the rest is
# skipped (77).
. "$srcdir/tests/run/lib.sh"
LC_ALL=C
export LC_ALL
top=$(pwd)
want="$srcdir/tests/run/trace.txt"

# trace ARGS...: p9run's stdout and stderr together (the guest's writes
# and the trace in the order they happen), then its exit status.  It runs
# in $tmp with the image named relative to it: the image's name is
# argv[0], whose length moves the stack, so the registers read the same
# wherever $tmp is.
trace() {
	echo "== p9run $*"
	# shellcheck disable=SC2086
	(cd "$tmp" && $VALGRIND "$top/p9run" ${confine:+--root "$guest"} "$@") 2>&1
	echo "-- exit $?"
}

# A fault on ARCH: STEP runs, then BAD faults (its pc is _start plus
# STEP's size).
fault_image() {   # fault_image NAME ARCH STEP BAD
	printf 'arch %s;\nsource "fault.c";\ntext _start global { line 3; %s; line 4; %s; }\n' \
		"$2" "$3" "$4" > "$tmp/$1.p9"
	link "$tmp/$1" "$tmp/$1.p9"
}

link "$tmp/hello.amd64" "$srcdir/examples/amd64/hello.p9" || finish
fault_image ud2.amd64 amd64 "bytes 31 c0" "bytes 0f 0b" || finish

# ---- without a disassembler ------------------------------------------------
run --trace=insn "$tmp/hello.amd64"; status=$?
if grep -q "has no disassembler" "$tmp/err"; then
	check "--trace=insn without a disassembler" 2 /dev/null $status
	run "$tmp/ud2.amd64"; check "a fault without a disassembler" 2 /dev/null $?
	[ "$(wc -l < "$tmp/err")" -eq 1 ] ||
		{ echo "FAIL: the fault report is more than its one line:"; cat "$tmp/err"; fail=1; }
	lacks_err "a fault without a disassembler" "the instruction at pc"
	[ $fail -eq 0 ] || finish
	echo "this build has no disassembler (p9run --trace=insn says so, exit 2): skipped"
	exit 77
fi

# ---- the images ------------------------------------------------------------
for script in "$srcdir"/examples/*/hello.p9; do
	arch=$(basename "$(dirname "$script")")
	link "$tmp/hello.$arch" "$script" || finish
done
link "$tmp/proof.amd64" "$srcdir/tests/run/amd64-proof.p9" || finish
link "$tmp/proof.arm64" "$srcdir/tests/run/arm64-proof.p9" || finish
fault_image udf.arm64 arm64 "u32 0xd2800000" "u32 0x00000000" || finish
fault_image unimp.riscv64 riscv64 "u32 0x00000513" "u32 0x00000000" || finish
fault_image reserved.mips mips "u32 0x00001025" "u32 0xec000000" || finish
fault_image call.amd64 amd64 "bytes b8 00 00 ad de" "bytes ff d0" || finish   # call *%rax

# ---- the expected traces ---------------------------------------------------
{
	for arch in $(cd "$srcdir/examples" && ls -d ./*/hello.p9 | cut -d/ -f2); do
		trace --trace=insn,syscalls "hello.$arch"
	done
	trace --trace-insn --limit 40 proof.amd64
	trace --trace=insn --limit 24 proof.arm64
	trace --trace=insn,syscalls --limit 8 hello.amd64
	for image in ud2.amd64 udf.arm64 unimp.riscv64 reserved.mips call.amd64; do
		trace --trace=insn "$image"
	done
} > "$tmp/trace.txt"
if [ "${P9LD_REGEN:-}" = 1 ]; then
	cp "$tmp/trace.txt" "$want"
elif diff -u "$want" "$tmp/trace.txt"; then
	n=$((n + 1)); echo "ok the traces are tests/run/trace.txt"
else
	echo "FAIL: the traces differ from tests/run/trace.txt"; fail=1
fi

# ---- the spellings -----------------------------------------------------------
# Each against the section of hello.amd64's --trace=insn,syscalls above.
sed -n '/^== p9run --trace=insn,syscalls hello.amd64$/,/^-- exit/p' "$tmp/trace.txt" |
	sed '1d;$d' > "$tmp/both"
grep -q '^0000000000200028  48 83 ec 28 ' "$tmp/both" && grep -q '^pwrite(' "$tmp/both" ||
	{ echo "FAIL: no trace of hello.amd64 to compare with"; fail=1; }
for spelling in "--trace=syscalls,insn" "--trace --trace-insn" "--trace-insn --trace=syscalls"; do
	# shellcheck disable=SC2086
	(cd "$tmp" && $VALGRIND "$top/p9run" $spelling hello.amd64) > "$tmp/out" 2>&1
	if cmp -s "$tmp/both" "$tmp/out"; then
		n=$((n + 1)); echo "ok $spelling is --trace=insn,syscalls"
	else
		echo "FAIL: $spelling differs from --trace=insn,syscalls"; diff "$tmp/both" "$tmp/out"; fail=1
	fi
done
grep -v '^pwrite(\|^exits(' "$tmp/both" > "$tmp/insn"
(cd "$tmp" && $VALGRIND "$top/p9run" --trace=insn hello.amd64) > "$tmp/out" 2>&1
if cmp -s "$tmp/insn" "$tmp/out"; then
	n=$((n + 1)); echo "ok --trace=insn is the instructions alone"
else
	echo "FAIL: --trace=insn is not the instructions alone"; diff "$tmp/insn" "$tmp/out"; fail=1
fi
(cd "$tmp" && $VALGRIND "$top/p9run" --trace hello.amd64) > "$tmp/want" 2>&1
(cd "$tmp" && $VALGRIND "$top/p9run" --trace=syscalls hello.amd64) > "$tmp/out" 2>&1
if cmp -s "$tmp/want" "$tmp/out" && grep -q '^pwrite(' "$tmp/out" && ! grep -q '^0000' "$tmp/out"; then
	n=$((n + 1)); echo "ok --trace=syscalls is --trace, the calls alone"
else
	echo "FAIL: --trace=syscalls is not --trace"; diff "$tmp/want" "$tmp/out"; fail=1
fi
printf 'hello from amd64\n' > "$tmp/hello.want"
run "$tmp/hello.amd64"; check "no trace unless asked" 0 "$tmp/hello.want" $?
[ -s "$tmp/err" ] && { echo "FAIL: a run without --trace wrote to stderr:"; cat "$tmp/err"; fail=1; }

for bad in bogus "" "insn," ",insn" INSN "insn,bogus" "syscalls insn"; do
	run "--trace=$bad" "$tmp/hello.amd64"; check "--trace='$bad'" 2 /dev/null $?
	expect_err "--trace='$bad'" "p9run: --trace= takes insn, syscalls or both (insn,syscalls), not '$bad'"
done

# ---- --limit N: the first N lines of the whole trace -------------------------
grep '^0000' "$tmp/insn" > "$tmp/lines"        # stderr alone
total=$(wc -l < "$tmp/lines")
[ "$total" -eq 11 ] || { echo "FAIL: hello.amd64 ran $total instructions, not 11"; fail=1; }
for limit in 0 1 $((total - 1)); do
	(cd "$tmp" && $VALGRIND "$top/p9run" --trace=insn --limit $limit hello.amd64) > /dev/null 2> "$tmp/err"
	status=$?
	head -n "$limit" "$tmp/lines" > "$tmp/want"
	next=$(sed -n "$((limit + 1))p" "$tmp/lines" | cut -d' ' -f1 | sed 's/^0*//')
	echo "p9run: hello.amd64: stopped after $limit instructions at pc 0x$next" >> "$tmp/want"
	sed 's/ (_start[^)]*)$//' "$tmp/err" > "$tmp/got"
	if [ $status -eq 3 ] && cmp -s "$tmp/want" "$tmp/got"; then
		n=$((n + 1)); echo "ok --limit $limit: the first $limit lines, then the stop"
	else
		echo "FAIL --limit $limit: exit $status"; diff "$tmp/want" "$tmp/got"; fail=1
	fi
done
(cd "$tmp" && $VALGRIND "$top/p9run" --trace=insn --limit "$total" hello.amd64) > /dev/null 2> "$tmp/err"
status=$?
if [ $status -eq 0 ] && cmp -s "$tmp/lines" "$tmp/err"; then
	n=$((n + 1)); echo "ok --limit $total: the whole trace, the program exits"
else
	echo "FAIL --limit $total: exit $status"; diff "$tmp/lines" "$tmp/err"; fail=1
fi

# ---- an LLVM that cannot be loaded -----------------------------------------
P9LD_LLVM_LIBRARY=$tmp/no-such-libLLVM.so
export P9LD_LLVM_LIBRARY
run --trace=insn "$tmp/hello.amd64"; check "--trace=insn, LLVM not loadable" 2 /dev/null $?
expect_err "--trace=insn, LLVM not loadable" "p9run: --trace=insn: cannot load LLVM's library: $tmp/no-such-libLLVM.so: "
run "$tmp/ud2.amd64"; check "a fault, LLVM not loadable" 2 /dev/null $?
expect_err "a fault, LLVM not loadable" "fault: illegal instruction at pc 0x20002a (_start+0x2 fault.c:4), in the block from 0x200028 (_start fault.c:3)"
[ "$(wc -l < "$tmp/err")" -eq 1 ] ||
	{ echo "FAIL: without LLVM the fault report is more than its one line:"; cat "$tmp/err"; fail=1; }
unset P9LD_LLVM_LIBRARY

finish
