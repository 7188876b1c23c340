#!/bin/sh
# Execution tests: images p9ld builds, run under p9run, their output and
# exit status checked, each run confined by --root to a scratch folder
# (lib.sh).
#   - every example in examples/ (a hello for each of the 13 archs and the
#     showcase programs);
#   - the engine proofs (tests/run/ARCH-proof.p9: a GOT call, pc-relative
#     calls and data, an addr table walked at run time, bss starting
#     zeroed, etext/edata/end against the atoms) on amd64, arm64, 386 and
#     big-endian mips, each at the default bases and at moved ones;
#   - the system calls (tests/run/syscalls-amd64.p9) on a file in the
#     guest's folder;
#   - --trace, --limit (and the numbers it takes), exits messages, faults, an unsupported call and
#     bad images, with their messages and exit statuses.
# Each line of the log names what ran.
. "$srcdir/tests/run/lib.sh"

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
printf 0123456789 > "$guest/file"
printf '2345\n789\nfile does not exist\n' > "$tmp/want"
if link "$tmp/syscalls" "$srcdir/tests/run/syscalls-amd64.p9"; then
	run --trace "$tmp/syscalls" "$g/file"; check "syscalls-amd64.p9" 0 "$tmp/want" $?
	for call in "open(\"$g/file\", 0) = 3" 'pread(3, 0x' ', 4, 2) = 4' \
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
expect_err "unsupported call" "unsupported system call 2 (bind) at pc 0x1025 (_start+0x5)"

printf 'not an image\n' > "$tmp/junk"
run "$tmp/junk"; check "not a Plan 9 executable" 2 /dev/null $?
expect_err "bad image" "$tmp/junk: truncated header"
cp "$tmp/386.out" "$tmp/badentry"
printf '\000\000\000\004' | dd of="$tmp/badentry" bs=1 seek=20 conv=notrunc 2>/dev/null
run "$tmp/badentry"; check "entry outside text" 2 /dev/null $?
expect_err "bad entry" "entry 0x4 is outside text 0x1020-"
run; check "no file" 2 /dev/null $?

# --limit takes a decimal count below 2^64 and nothing else: a bad one is
# a usage error naming the option, never a run without a limit.
for bad in x "" " 5" " -5" -5 +5 0x10 5x 18446744073709551616 99999999999999999999999; do
	run --limit "$bad" "$tmp/spin"; check "--limit '$bad'" 2 /dev/null $?
	expect_err "--limit '$bad'" "--limit wants a decimal number of instructions below 2^64, not '$bad'"
done
run --limit 0 "$tmp/spin"; check "--limit 0" 3 /dev/null $?
expect_err "--limit 0" "stopped after 0 instructions at pc 0x10028 (_start)"
run --limit 18446744073709551615 --limit 7 "$tmp/spin"; check "--limit, the last one" 3 /dev/null $?
expect_err "--limit 7" "stopped after 7 instructions"
printf 'hello from 386\n' > "$tmp/want"
run --limit 18446744073709551615 "$tmp/386.out"; check "--limit 2^64-1" 0 "$tmp/want" $?

finish
