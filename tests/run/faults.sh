#!/bin/sh
# A fault names the faulting pc on every arch, with the function and, from
# the image's pc/line table, the source file and line.  For each arch two
# tiny images fault on purpose on a marked line of "fault.c": one runs an
# instruction the processor rejects (after one that it runs), one loads
# from the unmapped address 0 (after one that sets it up); where an arch
# has an instruction that halts the processor, a third runs that.  The
# message must name the instruction's own pc, as the function plus its
# offset and as fault.c's line: not pc 0 (the old mips, spim, mips64 and
# spim64), not the next instruction (the old power and riscv), and not
# an unmapped address for x86's HLT.  mips64, spim64 and power64 run
# 32-bit-encodable code only (p9run(1), BUGS).
#
# When p9run has a disassembler, a second line of the report shows the
# instruction at that pc, its bytes and LLVM's text (as p9dump -d shows
# them); without one the report is its one line.
. "$srcdir/tests/run/lib.sh"

# Has p9run a disassembler?  (It says so before it reads the image.)
./p9run --trace=insn /dev/null 2> "$tmp/err"
if grep -q "has no disassembler\|cannot load LLVM" "$tmp/err"; then
	disasm=
	echo "note: p9run has no disassembler here:"; sed 's/^/  /' "$tmp/err"
else
	disasm=yes
fi

# What the report shows of each faulting instruction:
# ARCH|ILLEGAL|LOAD|HALT, each "bytes  text".
cat > "$tmp/shown" <<'SHOWN'
386|0f 0b  ud2|8b 00  movl (%eax), %eax|f4  hlt
amd64|0f 0b  ud2|8b 00  movl (%rax), %eax|f4  hlt
arm|f0 00 f0 e7  udf #0x0|00 00 90 e5  ldr r0, [r0]|03 f0 20 e3  wfi
arm64|00 00 00 00  udf #0x0|00 00 40 f9  ldr x0, [x0]|7f 20 03 d5  wfi
mips|ec 00 00 00  .word   0xec000000|8c 42 00 00  lw $2, 0x0($2)|42 00 00 20  wait
spim|00 00 00 ec  .word   0xec000000|00 00 42 8c  lw $2, 0x0($2)|20 00 00 42  wait
mips64|ec 00 00 00  .word   0xec000000|8c 42 00 00  lw $2, 0x0($2)|42 00 00 20  wait
spim64|00 00 00 ec  .word   0xec000000|00 00 42 8c  lw $2, 0x0($2)|20 00 00 42  wait
power|00 00 00 00  .word   0x00000000|80 84 00 00  lwz 4, 0(4)|
power64|00 00 00 00  .word   0x00000000|80 84 00 00  lwz 4, 0(4)|
sparc|00 00 00 00  unimp 0|d0 02 00 00  ld [%o0], %o0|
riscv|00 00  unimp|03 25 05 00  lw a0, 0(a0)|73 00 50 10  wfi
riscv64|00 00  unimp|03 25 05 00  lw a0, 0(a0)|73 00 50 10  wfi
SHOWN

# shows NAME ARCH FIELD: the last report's second line shows the
# instruction at the pc its first line gives, as FIELD of ARCH's row
# says; or, without a disassembler, there is no second line.
shows() {
	if [ -z "$disasm" ]; then
		if [ "$(wc -l < "$tmp/err")" -eq 1 ]; then
			n=$((n + 1)); echo "ok $1: the report is one line"
		else
			echo "FAIL $1: the report is more than one line"; sed 's/^/  stderr: /' "$tmp/err"; fail=1
		fi
		return
	fi
	pc=$(sed -n '1s/.* at pc \(0x[0-9a-f]*\) (.*/\1/p' "$tmp/err")
	expect_err "$1" "the instruction at pc $pc: $(grep "^$2|" "$tmp/shown" | cut -d'|' -f"$3")"
}

# ARCH|STEP (an instruction that runs)|ILLEGAL|what the processor says|
# LOAD (from address 0, the register made 0 by STEP)|HALT|what it says
while IFS='|' read -r arch step illegal said load halt halted; do
	case $step in bytes*) q=2 ;; *) q=4 ;; esac   # the step's size
	cat > "$tmp/$arch.p9" <<EOF2
arch $arch;
source "fault.c";
text _start global { line 3; $step; line 4; $illegal; }
text load global { line 8; $step; line 9; $load; }
text halt global { line 13; $step; line 14; ${halt:-$illegal}; }
EOF2
	link "$tmp/$arch" "$tmp/$arch.p9" || continue
	link "$tmp/$arch-load" "$tmp/$arch.p9" -E load || continue
	run "$tmp/$arch"; check "$arch: an illegal instruction" 2 /dev/null $?
	expect_err "$arch illegal" "fault: $said at pc "
	expect_err "$arch illegal" " (_start+0x$q fault.c:4), in the block from "
	shows "$arch illegal" "$arch" 2
	run "$tmp/$arch-load"; check "$arch: a load from address 0" 2 /dev/null $?
	expect_err "$arch load" "fault: read of unmapped address 0x0 at pc "
	expect_err "$arch load" " (load+0x$q fault.c:9), in the block from "
	shows "$arch load" "$arch" 3
	[ -n "$halt" ] || continue
	link "$tmp/$arch-halt" "$tmp/$arch.p9" -E halt || continue
	run "$tmp/$arch-halt"; check "$arch: a halt" 2 /dev/null $?
	expect_err "$arch halt" "fault: $halted at pc "
	expect_err "$arch halt" " (halt+0x$q fault.c:14), in the block from "
	shows "$arch halt" "$arch" 4
done <<'TABLE'
386|bytes 31 c0|bytes 0f 0b|illegal instruction|bytes 8b 00|bytes f4|privileged instruction (HLT)
amd64|bytes 31 c0|bytes 0f 0b|illegal instruction|bytes 8b 00|bytes f4|privileged instruction (HLT)
arm|u32 0xe3a00000|u32 0xe7f000f0|illegal instruction|u32 0xe5900000|u32 0xe320f003|privileged instruction (WFI)
arm64|u32 0xd2800000|u32 0x00000000|undefined instruction|u32 0xf9400000|u32 0xd503207f|privileged instruction (WFI)
mips|u32 0x00001025|u32 0xec000000|reserved instruction|u32 0x8c420000|u32 0x42000020|privileged instruction (WAIT)
spim|u32 0x00001025|u32 0xec000000|reserved instruction|u32 0x8c420000|u32 0x42000020|privileged instruction (WAIT)
mips64|u32 0x00001025|u32 0xec000000|reserved instruction|u32 0x8c420000|u32 0x42000020|privileged instruction (WAIT)
spim64|u32 0x00001025|u32 0xec000000|reserved instruction|u32 0x8c420000|u32 0x42000020|privileged instruction (WAIT)
power|u32 0x38800000|u32 0x00000000|illegal instruction|u32 0x80840000||
power64|u32 0x38800000|u32 0x00000000|illegal instruction|u32 0x80840000||
sparc|u32 0x90100000|u32 0x00000000|illegal instruction|u32 0xd0020000||
riscv|u32 0x00000513|u32 0x00000000|illegal instruction|u32 0x00052503|u32 0x10500073|privileged instruction (WFI)
riscv64|u32 0x00000513|u32 0x00000000|illegal instruction|u32 0x00052503|u32 0x10500073|privileged instruction (WFI)
TABLE

# The pc is the instruction's, as an address too: the load's pc is
# load+2 on x86 (after its two-byte step), so the message says so.
./p9dump -s "$tmp/amd64-load" > "$tmp/syms"
load=$(awk '$3 == "load" { print $1 }' "$tmp/syms" | sed 's/^0*//')
run "$tmp/amd64-load"
expect_err "amd64 load pc" "at pc 0x$(printf '%x' $((0x$load + 2))) (load+0x2"

finish
