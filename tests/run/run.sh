#!/bin/sh
# Execution tests: images p9ld builds, run under p9run, their output and
# exit status checked.
#   - every example in examples/ (a hello for each of the 13 archs and the
#     showcase programs);
#   - the engine proofs (tests/run/ARCH-proof.p9: a GOT call, pc-relative
#     calls and data, an addr table walked at run time, bss starting
#     zeroed, etext/edata/end against the atoms) on amd64, arm64, 386 and
#     big-endian mips, each at the default bases and at moved ones;
#   - the system calls (tests/run/syscalls-amd64.p9) on a host file;
#   - --trace, --limit, exits messages, faults, an unsupported call and
#     bad images, with their messages and exit statuses.
# Each line of the log names what ran.  p9ld and p9run run under $VALGRIND
# when make check-valgrind sets it.
set -u
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
fail=0 n=0

# check NAME WANT-STATUS WANT-STDOUT-FILE GOT-STATUS: compare and report
check() {
	if [ "$4" != "$2" ]; then
		echo "FAIL $1: exit status $4, want $2"; sed 's/^/  stderr: /' "$tmp/err"; fail=1; return
	fi
	if ! cmp -s "$3" "$tmp/out"; then
		echo "FAIL $1: output differs"; diff "$3" "$tmp/out"; fail=1; return
	fi
	n=$((n + 1))
	echo "ok $1"
}

# expect_err NAME TEXT: the last run's stderr holds TEXT
expect_err() {
	if grep -qF -- "$2" "$tmp/err"; then
		n=$((n + 1)); echo "ok $1: stderr has '$2'"
	else
		echo "FAIL $1: stderr lacks '$2'"; sed 's/^/  stderr: /' "$tmp/err"; fail=1
	fi
}

link() {   # link OUT SCRIPT [OPTIONS...]
	out=$1 script=$2; shift 2
	$VALGRIND ./p9ld "$@" -o "$out" "$script" || { echo "FAIL: $script does not link"; fail=1; return 1; }
}

run() {    # run IMAGE [ARGS...]: stdout to $tmp/out, stderr to $tmp/err
	$VALGRIND ./p9run "$@" > "$tmp/out" 2> "$tmp/err"
}

# ---- every example -----------------------------------------------------
for script in "$srcdir"/examples/*/hello.p9; do
	arch=$(basename "$(dirname "$script")")
	link "$tmp/$arch.out" "$script" || continue
	printf 'hello from %s\n' "$arch" > "$tmp/want"
	run "$tmp/$arch.out"; check "examples/$arch/hello.p9 ($arch)" 0 "$tmp/want" $?
done
for pair in "got-call:hello through the GOT" "boot:booted at 0x100000" \
	    "blob:hello from a blob"; do
	name=${pair%%:*}
	link "$tmp/$name.out" "$srcdir/examples/showcase/$name.p9" || continue
	printf '%s\n' "${pair#*:}" > "$tmp/want"
	run "$tmp/$name.out"; check "examples/showcase/$name.p9" 0 "$tmp/want" $?
done
[ "$(ls "$srcdir"/examples/*/hello.p9 "$srcdir"/examples/showcase/*.p9 | wc -l)" -eq 16 ] ||
	{ echo "FAIL: an example was added without a run here"; fail=1; }

# ---- engine proofs, default and moved bases ----------------------------
cat > "$tmp/proof.want" <<'OUT'
called through the GOT
called pc-relative
table entry one
table entry two
table entry three
bss starts zeroed
etext, edata and end agree
OUT
for spec in "amd64:-T 0x400028 -D 0x1000000" "arm64:-T 0x400028 -D 0x1000000" \
	    "386:-T 0x100020 -D 0x300000" "mips:-T 0x100020 -D 0x400000"; do
	arch=${spec%%:*} moved=${spec#*:}
	script="$srcdir/tests/run/$arch-proof.p9"
	link "$tmp/proof.$arch" "$script" &&
		{ run "$tmp/proof.$arch"; check "$arch-proof.p9 ($arch, default bases)" 0 "$tmp/proof.want" $?; }
	# shellcheck disable=SC2086
	link "$tmp/proof2.$arch" "$script" $moved &&
		{ run "$tmp/proof2.$arch"; check "$arch-proof.p9 ($arch, $moved)" 0 "$tmp/proof.want" $?; }
	cmp -s "$tmp/proof.$arch" "$tmp/proof2.$arch" &&
		{ echo "FAIL $arch-proof.p9: the moved image is the same file"; fail=1; }
done

# ---- system calls --------------------------------------------------------
printf 0123456789 > "$tmp/file"
printf '2345\n789\nfile does not exist\n' > "$tmp/want"
if link "$tmp/syscalls" "$srcdir/tests/run/syscalls-amd64.p9"; then
	run --trace "$tmp/syscalls" "$tmp/file"; check "syscalls-amd64.p9" 0 "$tmp/want" $?
	for call in "open(\"$tmp/file\", 0) = 3" 'pread(3, 0x' ', 4, 2) = 4' \
		    ', 3, 7, 0) = 0' ', 3, -1) = 3' 'close(3) = 0' \
		    'open("/nonexistent/p9run-test", 0) = -1 "file does not exist"' \
		    ', 64) = 0' 'brk_(0x' '_nsec() = ' 'exits(nil)'; do
		expect_err "syscalls --trace" "$call"
	done
	run "$tmp/syscalls"; check "syscalls-amd64.p9 with no argument" 1 /dev/null $?
	expect_err "exits message" "$tmp/syscalls: usage: syscalls FILE"
fi

# ---- --trace of the amd64 hello ------------------------------------------
run --trace "$tmp/amd64.out"
printf 'hello from amd64\n' > "$tmp/want"; check "--trace amd64 hello" 0 "$tmp/want" $?
expect_err "--trace amd64 hello" "pwrite(1, 0x400010, 17, -1) = 17"
expect_err "--trace amd64 hello" "exits(nil)"

# ---- faults, limits, unsupported calls, bad images -------------------------
cat > "$tmp/jump.p9" <<'EOF2'
arch amd64;
text _start global {
	bytes 90;                      # NOP
	bytes 48 b8; u64 0xdead0000;   # MOVQ $0xdead0000, AX
	bytes ff e0;                   # JMP *AX
}
EOF2
link "$tmp/jump" "$tmp/jump.p9" && { run "$tmp/jump"; check "jump to an unmapped address" 2 /dev/null $?; }
expect_err "jump fault" "jump to unmapped address 0xdead0000 at pc 0xdead0000"
expect_err "jump fault" "in the block from 0x200028 (_start)"

cat > "$tmp/poke.p9" <<'EOF2'
arch amd64;
text _start global {
	bytes 90;                      # NOP
	bytes 48 b8; u64 _start;       # MOVQ $_start, AX
	bytes c6 00 00;                # MOVB $0, 0(AX)    text is read-only
}
EOF2
link "$tmp/poke" "$tmp/poke.p9" && { run "$tmp/poke"; check "write to text" 2 /dev/null $?; }
expect_err "write fault" "write to read-only address 0x200028 at pc 0x200033 (_start+0xb)"

cat > "$tmp/spin.p9" <<'EOF2'
arch arm64;
text _start global { spin: u32 0x14000000; }   # B spin
EOF2
link "$tmp/spin" "$tmp/spin.p9" && { run --limit 1000 "$tmp/spin"; check "--limit 1000" 3 /dev/null $?; }
expect_err "--limit" "stopped after 1000 instructions at pc 0x10028 (_start)"

cat > "$tmp/bind.p9" <<'EOF2'
arch 386;
text _start global { bytes b8; u32 2; bytes cd 40; }   # MOVL $BIND, AX; INT $64
EOF2
link "$tmp/bind" "$tmp/bind.p9" && { run "$tmp/bind"; check "unsupported call" 2 /dev/null $?; }
expect_err "unsupported call" "unsupported system call 2 (bind) at pc 0x1027 (_start+0x7)"

printf 'not an image\n' > "$tmp/junk"
run "$tmp/junk"; check "not a Plan 9 executable" 2 /dev/null $?
expect_err "bad image" "$tmp/junk: truncated header"
cp "$tmp/386.out" "$tmp/badentry"
printf '\000\000\000\004' | dd of="$tmp/badentry" bs=1 seek=20 conv=notrunc 2>/dev/null
run "$tmp/badentry"; check "entry outside text" 2 /dev/null $?
expect_err "bad entry" "entry 0x4 is outside text 0x1020-"
run; check "no file" 2 /dev/null $?
run --limit x "$tmp/386.out"; check "--limit x" 2 /dev/null $?

echo "$n checks passed"
exit $fail
