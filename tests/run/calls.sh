#!/bin/sh
# The system calls' arguments, checked as the kernel checks them before
# any host work (9front's validaddr, evenaddr, validname, openmode): a
# buffer that is not all mapped, or is read-only where the call writes,
# or has a negative length, is a bad address -- the call fails with "bad
# arg in system call" and the note "sys: bad address in syscall" ends the
# process (exit status 2) -- whatever the fd; a count of 2 GiB is that,
# not a host allocation.  A file name is read to its NUL however long,
# up to the kernel's 64 KiB ("name too long"); an exits message is cut
# to ERRMAX - 1 bytes.  brk_ grows for as long as memory allows
# (brk-amd64.p9), shrinks, and refuses to reach the stack or go below
# data, with the kernel's words.
. "$srcdir/tests/run/lib.sh"
top=$(cd "$srcdir" && pwd)

# call NAME NUM A1 A2 A3 A4 [ITEMS]: an amd64 program $tmp/NAME that
# runs ITEMS, makes system call NUM(A1, A2, A3, A4) (p9ld expressions,
# each stored as a sign-extended 32-bit word) and exits with the error
# string when it returns -1, nil when not.  buf is 64 writable bytes;
# $tmp/NAME.data may hold more atoms.
call() {
	name=$1 num=$2 a1=$3 a2=$4 a3=$5 a4=$6 items=${7:-}
	[ -f "$tmp/$name.data" ] || : > "$tmp/$name.data"
	cat > "$tmp/$name.p9" <<EOF2
arch amd64;
include "$top/examples/plan9.p9";
got none;
text _start global {
	bytes 48 83 ec 30;                   # SUBQ  \$48, SP
	$items
	bytes 48 c7 44 24 08; u32 $a1;       # MOVQ  \$a1, 8(SP)
	bytes 48 c7 44 24 10; u32 $a2;       # MOVQ  \$a2, 16(SP)
	bytes 48 c7 44 24 18; u32 $a3;       # MOVQ  \$a3, 24(SP)
	bytes 48 c7 44 24 20; u32 $a4;       # MOVQ  \$a4, 32(SP)
	bytes bd; u32 $num;                  # MOVL  \$num, BP
	bytes 0f 05;                         # SYSCALL
	bytes 48 83 f8 ff;                   # CMPQ  AX, \$-1
	bytes 75; pcrel8 ok;                 # JNE   ok
	bytes 48 8d 05; pcrel32 errbuf;      # LEAQ  errbuf(IP), AX   errstr(errbuf, 128)
	bytes 48 89 44 24 08;                # MOVQ  AX, 8(SP)
	bytes 48 c7 44 24 10; u32 128;       # MOVQ  \$128, 16(SP)
	bytes bd; u32 41;                    # MOVL  \$ERRSTR, BP
	bytes 0f 05;                         # SYSCALL
	bytes 48 8d 05; pcrel32 errbuf;      # LEAQ  errbuf(IP), AX   exits(errbuf)
	bytes 48 89 44 24 08;                # MOVQ  AX, 8(SP)
	bytes bd; u32 EXITS;                 # MOVL  \$EXITS, BP
	bytes 0f 05;                         # SYSCALL
ok:
	bytes 48 c7 44 24 08; u32 0;         # MOVQ  \$0, 8(SP)        exits(nil)
	bytes bd; u32 EXITS;                 # MOVL  \$EXITS, BP
	bytes 0f 05;                         # SYSCALL
}
data buf align 8 zero 64;
bss errbuf 128;
EOF2
	cat "$tmp/$name.data" >> "$tmp/$name.p9"
	link "$tmp/$name" "$tmp/$name.p9"
}

# addr NAME SYMBOL: SYMBOL's address in $tmp/NAME, as p9run prints it
addr() {
	./p9dump -s "$tmp/$1" | awk -v s="$2" '$3 == s { sub(/^0+/, "", $1); print "0x" ($1 == "" ? "0" : $1); exit }'
}

# fault NAME STATUS ADDR LEN CALL [NOTE]: the last run ended on the note,
# naming the address and the call (STATUS first: $? before any $(...))
fault() {
	check "$1: a bad address ends the process" 2 /dev/null $2
	expect_err "$1" "fault: ${6:-sys: bad address in syscall} (invalid address $3/$4 in $5) at pc "
}

# fails NAME STATUS ERROR: the call failed with ERROR and the program went on
fails() {
	check "$1: the call fails" 1 /dev/null $2
	expect_err "$1" "$tmp/$1: $3"
}

printf 'some bytes\n' > "$tmp/input"

call bigread PREAD 0 buf 0x7fffffff -1
run --trace "$tmp/bigread" < /dev/null
fault bigread $? "$(addr bigread buf)" 2147483647 pread
expect_err bigread "pread(0, $(addr bigread buf), 2147483647, -1) = -1 \"bad arg in system call\""

call textread PREAD 0 _start 4 0
run "$tmp/textread" < "$tmp/input"
fault textread $? "$(addr textread _start)" 4 pread

call negread PREAD 0 buf -1 -1
run "$tmp/negread" < "$tmp/input"
fault negread $? "$(addr negread buf)" -1 pread

call badfd PREAD 99 0x10 4 -1
run "$tmp/badfd"
fault badfd $? 0x10 4 pread

call nilwrite PWRITE 1 0 0 -1
run "$tmp/nilwrite"
fault nilwrite $? 0x0 0 pwrite

call pastdata PWRITE 1 buf 0x100000 -1
run "$tmp/pastdata"
fault pastdata $? "$(addr pastdata buf)" 1048576 pwrite

call zerowrite PWRITE 1 buf 0 -1
run "$tmp/zerowrite"; check "zerowrite: nothing written, no error" 0 /dev/null $?

call closedfd PREAD 99 buf 4 -1
run "$tmp/closedfd"; fails closedfd $? "fd out of range or not open"

call negoffset PWRITE 1 buf 4 -5
run "$tmp/negoffset"; fails negoffset $? "negative i/o offset"

call oddseek SEEK buf+1 0 0 0
run "$tmp/oddseek"
fault oddseek $? "$(printf '0x%x' $(($(addr oddseek buf) + 1)))" 8 seek "sys: odd address"

call textseek SEEK _start 0 0 0
run "$tmp/textseek"
fault textseek $? "$(addr textseek _start)" 8 seek

call errstr0 41 buf 0 0 0
run "$tmp/errstr0"; fails errstr0 $? "bad arg in system call"

call badmode OPEN 0x10 7 0 0
run "$tmp/badmode"; fails badmode $? "bad arg in system call"

call badname OPEN 0x10 0 0 0
run "$tmp/badname"
fault badname $? 0x10 1 open

# The arguments themselves unmapped: SP at 0x10.
cat > "$tmp/badsp.p9" <<EOF2
arch amd64;
include "$top/examples/plan9.p9";
text _start global {
	bytes 48 c7 c4; u32 0x10;            # MOVQ  \$0x10, SP
	bytes bd; u32 CLOSE;                 # MOVL  \$CLOSE, BP
	bytes 0f 05;                         # SYSCALL
}
EOF2
link "$tmp/badsp" "$tmp/badsp.p9" && run "$tmp/badsp"
fault badsp $? 0x18 8 close

# A name of 70,000 bytes: too long, and no host call is made for it.
echo 'data long { fill 70000, 0x61; zero 1; }' > "$tmp/longname.data"
call longname OPEN long 0 0 0
run --trace "$tmp/longname"; fails longname $? "name too long"
expect_err longname "open($(addr longname long), 0) = -1 \"name too long\""

# A name running off the end of the heap into unmapped memory.
heap_end='((end + 0x1fff) & ~0xfff)'
call offend OPEN "$heap_end - 8" 0 0 0 "
	bytes 48 c7 44 24 08; u32 end + 0x1000;  # brk_(end + 4K)
	bytes bd; u32 BRK_; bytes 0f 05;
	bytes 48 b8; u64 0x6161616161616161;      # MOVQ \$\"aaaaaaaa\", AX
	bytes 48 89 04 25; u32 $heap_end - 8;     # MOVQ AX, (heap_end - 8)"
run "$tmp/offend"
fault offend $? "$(printf '0x%x' $(( ($(addr offend end) + 0x1fff) & ~0xfff )))" 1 open

# create with DMDIR may only read the new directory.
echo "data wdir asciz \"$g/wdir\";" > "$tmp/wdir.data"
call wdir 22 wdir 1 0x800001ff 0
run "$tmp/wdir"; fails wdir $? "file is a directory"
if [ -e "$guest/wdir" ]; then echo "FAIL wdir: the directory was made"; fail=1; fi

# brk_: into the stack, below data, and a long growth.
call brkstack BRK_ 0x7ff00000 0 0 0
run "$tmp/brkstack"; fails brkstack $? "segments overlap"
call brklow BRK_ 0x1000 0 0 0
run "$tmp/brklow"; fails brklow $? "virtual memory allocation failed"
call brkbase BRK_ 0 end 0 0
run --trace "$tmp/brkbase"; check "brk_(0): the heap's base" 0 /dev/null $?
expect_err brkbase "brk_(0x0) = $(( ($(addr brkbase end) + 0xfff) & ~0xfff ))"
if link "$tmp/brk" "$srcdir/tests/run/brk-amd64.p9"; then
	run "$tmp/brk"; check "brk-amd64.p9: 400 growths, a shrink, a growth" 0 /dev/null $?
fi
call shrunk PWRITE 1 "end + 0x3000" 1 -1 "
	bytes 48 c7 44 24 08; u32 end + 0x10000;  # brk_(end + 64K)
	bytes bd; u32 BRK_; bytes 0f 05;
	bytes 48 c7 44 24 08; u32 end + 0x1000;   # brk_(end + 4K)
	bytes bd; u32 BRK_; bytes 0f 05;"
run "$tmp/shrunk"
fault shrunk $? "$(printf '0x%x' $(($(addr shrunk end) + 0x3000)))" 1 pwrite

# exits: a long message is cut at ERRMAX - 1 bytes, an unreadable one
# is "invalid exit string".
cat > "$tmp/exits.p9" <<EOF2
arch amd64;
include "$top/examples/plan9.p9";
text _start global {
	bytes 48 c7 44 24 08; u32 msg;       # MOVQ  \$msg, 8(SP)     exits(msg)
	bytes bd; u32 EXITS;                 # MOVL  \$EXITS, BP
	bytes 0f 05;                         # SYSCALL
}
data msg { fill 200, 0x78; zero 1; }
EOF2
if link "$tmp/exits" "$tmp/exits.p9"; then
	run "$tmp/exits"; check "exits(200 bytes)" 1 /dev/null $?
	expect_err "exits(200 bytes)" "$tmp/exits: $(printf 'x%.0s' $(seq 127))"
	lacks_err "exits(200 bytes)" "$(printf 'x%.0s' $(seq 128))"
fi
call badexits EXITS 0x10 0 0 0
run "$tmp/badexits"; check "exits(0x10)" 1 /dev/null $?
expect_err "exits(0x10)" "$tmp/badexits: invalid exit string"

# A path longer than the old 511-byte buffer reaches its file.
echo inside > "$guest/in.txt"
link "$tmp/files" "$srcdir/tests/run/files-amd64.p9" &&
	run "$tmp/files" "$g$(printf '/%.0s' $(seq 600))in.txt"
echo inside > "$tmp/want"
check "a 606-byte path" 0 "$tmp/want" $?

finish
