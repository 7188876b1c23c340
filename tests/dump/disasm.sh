#!/bin/sh
# p9dump -d against the expected listings in golden/disasm.txt, reviewed
# by reading: every example (examples/*/hello.p9, examples/showcase/*.p9)
# linked with ./p9ld, and small images for what the examples lack --
# high/low pairs and pc-relative loads of GOT slots on every ISA that has
# them, calls, data in text on a fixed-width ISA, on x86 and on RISC-V, a
# word LLVM cannot print -- then --disassemble=SYMBOL and -d SYMBOL (and
# -d FILE FILE: two files), a symbol that is
# not there, and a library that cannot be loaded.  P9LD_REGEN=1 rewrites
# the expected file.  Each p9dump run loads LLVM, so the images share runs
# (under $VALGRIND each load costs seconds).
#
# Without a disassembler in this build, p9dump -d must say so and exit 2;
# the rest is then skipped (77).
set -u
LC_ALL=C
export LC_ALL
top=$(pwd)
dir=$(mktemp -d) || exit 99
trap 'rm -rf "$dir"' EXIT
fail=0
./p9ld -o "$dir/probe.out" "$srcdir/examples/386/hello.p9" || exit 99
./p9dump -d "$dir/probe.out" > /dev/null 2> "$dir/err"
status=$?
if grep -q "has no disassembler" "$dir/err"; then
	[ "$status" -eq 2 ] || { echo "FAIL: -d without LLVM exits $status, not 2"; exit 1; }
	echo "this build has no disassembler (p9dump -d says so, exit 2): skipped"
	exit 77
fi

# ---- the images ------------------------------------------------------------
for script in "$srcdir"/examples/*/hello.p9 "$srcdir"/examples/showcase/*.p9; do
	name=$(basename "$(dirname "$script")")
	[ "$name" = showcase ] && name="showcase-$(basename "$script" .p9)"
	./p9ld -o "$dir/$name.out" "$script" || { echo "FAIL: $script does not link"; exit 1; }
done
mkdir "$dir/pairs"
cat > "$dir/pairs/386.p9" <<'EOF'
arch 386;
text _start global {
	bytes a1; u32 got(msg);                # movl got(msg), %eax
	bytes e8; pcrel32 f;                   # call f
	bytes 90;                              # nop
	bytes 0f;                              # the start of an instruction the label cuts
next:
	bytes c3;                              # ret
}
text f { bytes c3; }
data msg ascii "x";
EOF
cat > "$dir/pairs/amd64.p9" <<'EOF'
arch amd64;
text _start global {
	bytes 90;                              # nop
	bytes 48 c7 c0;                        # movq $imm32, %rax, cut short by the label
next:
	bytes b8 01 00 00 00;                  # movl $1, %eax
	bytes 06;                              # push %es: no instruction in 64-bit mode
	bytes 90 90;                           # lost to the data up to the next symbol
last:
	bytes c3;                              # ret
}
EOF
cat > "$dir/pairs/arm.p9" <<'EOF'
arch arm;
text _start global {
	u32 0xe28f0000 | (f - (. + 8));                          # add r0, pc, #8: adr r0, f
	u32 0xe59f0000 | (lit - (. + 8));                        # ldr r0, lit
	u32 0xeb000000 | ((f - (. + 8)) >> 2) & 0xffffff;        # bl f
lit:
	addr got(msg);
}
text f { u32 0xe12fff1e; }                                  # bx lr
data msg ascii "x";
EOF
cat > "$dir/pairs/arm64.p9" <<'EOF'
arch arm64;
text _start global {
	u32 0x90000000 | (((got(msg) >> 12) - (. >> 12)) & 3) << 29 |
	    ((((got(msg) >> 12) - (. >> 12)) >> 2) & 0x7ffff) << 5;   # adrp x0, got(msg)
	u32 0xf9400000 | ((got(msg) & 0xfff) / 8) << 10;             # ldr x0, [x0, #lo]
	u32 0xd2800020;                        # mov x0, #1
	u32 0x00020010;                        # not an instruction: one .word, then on
	u32 0x94000000 | ((f - .) / 4);        # bl f
	u32 0xd65f03c0;                        # ret
}
text f { u32 0xd65f03c0; }
data msg ascii "x";
EOF
cat > "$dir/pairs/mips.p9" <<'EOF'
arch mips;
text _start global {
	u32 0x3c020000 | ((got(msg) + 0x8000) >> 16) & 0xffff;   # lui $2, %hi(got(msg))
	u32 0x8c420000 | (got(msg) & 0xffff);                    # lw $2, %lo(got(msg))($2)
	u32 0x0c000000 | (f >> 2) & 0x3ffffff;                   # jal f
	u32 0;                                                   # nop
}
text f { u32 0x03e00008; u32 0; }                           # jr $ra; nop
data msg ascii "x";
EOF
cat > "$dir/pairs/power.p9" <<'EOF'
arch power;
text _start global {
	u32 0x3c800000 | ((got(msg) + 0x8000) >> 16) & 0xffff;   # lis 4, ha(got(msg))
	u32 0x80840000 | (got(msg) & 0xffff);                    # lwz 4, lo(4)
	u32 0x48000001 | (f - .);                                # bl f
}
text f { u32 0x4e800020; }                                  # blr
data msg ascii "x";
EOF
cat > "$dir/pairs/riscv64.p9" <<'EOF'
arch riscv64;
text _start global {
	u32 0x00000517 | ((got(msg) - . + 0x800) & 0xfffff000);  # auipc a0, %pcrel_hi(got(msg))
	u32 0x00053503 | ((got(msg) - (. - 4)) & 0xfff) << 20;   # ld a0, %pcrel_lo(a0)
	u32 0x00000097 | ((f - . + 0x800) & 0xfffff000);         # auipc ra, %pcrel_hi(f)
	u32 0x000080e7 | ((f - (. - 4)) & 0xfff) << 20;          # jalr ra, %pcrel_lo(ra)
	u32 0xffffffff;                        # not an instruction: data up to the next symbol
	u32 0x00000013;                        # (a nop, lost to the data)
}
text f { u32 0x00008067; }                                  # ret
data msg ascii "x";
EOF
cat > "$dir/pairs/sparc.p9" <<'EOF'
arch sparc;
text _start global {
	u32 0x11000000 | got(msg) >> 10;                         # sethi %hi(got(msg)), %o0
	u32 0xd0022000 | (got(msg) & 0x3ff);                     # ld [%o0 + %lo(got(msg))], %o0
	u32 0x40000000 | ((f - .) >> 2);                         # call f
	u32 0x01000000;                                          # nop
	u32 0xc0682000;                                          # ldstub [%g0], %g0: LLVM 14 cannot print it
}
text f { u32 0x81c3e008; u32 0x01000000; }                  # retl; nop
data msg ascii "x";
EOF
for script in "$dir"/pairs/*.p9; do
	./p9ld -o "$dir/pairs-$(basename "$script" .p9).out" "$script" || { echo "FAIL: $script does not link"; exit 1; }
done

# ---- the listings ----------------------------------------------------------
run() {   # run ARGS...: p9dump's output and status, from inside $dir
	echo "== p9dump $*"
	(cd "$dir" && $VALGRIND "$top/p9dump" "$@") 2>&1 || echo "exit $?"
}
(cd "$dir" && ls ./*.out | sed 's|^\./||' | grep -v '^probe\.out$') > "$dir/images"
{
	# shellcheck disable=SC2046
	run -d $(cat "$dir/images")
	run --disassemble=puts --disassemble=_start showcase-got-call.out
	run --disassemble=lit_len arm.out
	# -d SYMBOL FILE is one function; -d FILE FILE two files
	run -d lit_len arm.out
	run -dlit_len arm.out
	run -d arm.out showcase-got-call.out
	run --disassemble=nosuch -s arm.out
} > "$dir/disasm.txt"
want="$srcdir/tests/dump/golden/disasm.txt"
if [ "${P9LD_REGEN:-}" = 1 ]; then
	cp "$dir/disasm.txt" "$want"
elif ! diff -u "$want" "$dir/disasm.txt"; then
	fail=1
fi

# ---- LLVM's library cannot be loaded: exit 2, saying why ----------------------
err=$(P9LD_LLVM_LIBRARY="$dir/no-such-libLLVM.so" ./p9dump -d "$dir/arm.out" 2>&1 >/dev/null)
status=$?
case "$status:$err" in
"2:p9dump: -d: cannot load LLVM's library: $dir/no-such-libLLVM.so: "*) ;;
*) echo "FAIL: an unloadable LLVM: exit $status, '$err'"; fail=1 ;;
esac
exit $fail
