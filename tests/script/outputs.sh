#!/bin/sh
# Where the outputs go (issue 17): -o - writes the image to standard
# output; a device or a FIFO is written into, not replaced; a symbolic
# link stays one; an output name as long as the system allows works (the
# temporary's name is never what fails); SIGINT and SIGTERM remove the
# temporaries, forked or not; nothing is left behind.
set -u
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
fail=0
p9ld=$(pwd)/p9ld
say() { echo "FAIL: $*"; fail=1; }
# no temporary left in folder $1
no_temps() {
	left=$(ls -A "$1" | grep '\.tmp')
	[ -z "$left" ] || say "$2: left behind: $left"
}

cd "$tmp" || exit 99
printf 'arch amd64;\ntext _start { bytes c3; }\ndata d ascii "hello";\n' > t.p9
$VALGRIND "$p9ld" -o ref t.p9 || { echo "FAIL: the reference link"; exit 1; }

# -o -: the same bytes on standard output, nothing else there
$VALGRIND "$p9ld" -o - t.p9 > std.out || say "-o -: exit $?"
cmp -s ref std.out || say "-o -: not the image's bytes"
# ... with a map, which is made from the bytes in memory
$VALGRIND "$p9ld" -o - -M std.map t.p9 > std2.out || say "-o - -M: exit $?"
cmp -s ref std2.out || say "-o - -M: not the image's bytes"
grep -q '^entry ' std.map || say "-o - -M: no map"
# ... and -v says what was built on standard error, not in the image
$VALGRIND "$p9ld" -v -o - t.p9 > std3.out 2> std3.err || say "-o - -v: exit $?"
cmp -s ref std3.out || say "-o - -v: the image is not alone on standard output"
grep -q '^-: amd64' std3.err || say "-o - -v: nothing on standard error"
# two outputs on standard output are one file
"$p9ld" -o - --depfile /proc/self/fd/1 t.p9 > both.out 2> both.err
[ $? = 2 ] || say "-o - and --depfile /proc/self/fd/1: want exit 2"
grep -q "name the same file" both.err || say "-o - and --depfile /proc/self/fd/1: $(cat both.err)"

# a device is written into, not replaced: a null device of our own (a
# p9ld that replaced it must not replace the system's), made where mknod
# is allowed
if mknod null c 1 3 2> /dev/null && (: > null) 2> /dev/null; then
	$VALGRIND "$p9ld" -o null t.p9 || say "-o DEVICE: exit $?"
	[ -c null ] || say "-o DEVICE: the device was replaced"
else
	echo "mknod not allowed: -o DEVICE not tried"
fi

# a FIFO is written into: what reads it gets the image
mkfifo fifo || exit 99
cat fifo > from.fifo &
reader=$!
$VALGRIND "$p9ld" -o fifo t.p9 || say "-o FIFO: exit $?"
wait "$reader"
[ -p fifo ] || say "-o FIFO: the FIFO was replaced"
cmp -s ref from.fifo || say "-o FIFO: not the image's bytes"

# a symbolic link stays one; its file gets the image
printf 'old' > target
ln -s target link
$VALGRIND "$p9ld" -o link t.p9 || say "-o LINK: exit $?"
[ -L link ] || say "-o LINK: the link was replaced"
cmp -s ref target || say "-o LINK: its file does not hold the image"

# the longest name a folder holds, as the output, the map and the depfile
long=$(printf '%0255d' 0 | tr 0 n)
mkdir longs
$VALGRIND "$p9ld" -o "longs/$long" -M "longs/m$(printf '%0254d' 0 | tr 0 m)" \
	--depfile "longs/d$(printf '%0254d' 0 | tr 0 d)" t.p9 || say "long names: exit $?"
cmp -s ref "longs/$long" || say "long names: no image"
[ "$(ls -A longs | wc -l)" = 3 ] || say "long names: $(ls -A longs)"
no_temps longs "long names"
# and a path near the longest the system takes, through deep folders
deep=longs
while [ ${#deep} -lt 3700 ]; do
	deep=$deep/$(printf '%0200d' 0 | tr 0 f)
done
mkdir -p "$deep"
$VALGRIND "$p9ld" -o "$deep/$long" t.p9 || say "a path of ${#deep} bytes: exit $?"
cmp -s ref "$deep/$long" || say "a path of ${#deep} bytes: no image"
no_temps "$deep" "a deep path"

# A signal while the outputs are written: the image's temporary is there
# while p9ld waits for a reader of the FIFO named as the map; SIGINT or
# SIGTERM removes it, and p9ld dies of the signal.  A shell's background
# job ignores SIGINT (p9ld keeps a signal ignored that it was started
# with): perl starts the link with SIGINT restored.
mkfifo mapfifo || exit 99
sigs=TERM
if command -v perl > /dev/null; then
	sigs="INT TERM"
else
	echo "perl not found: SIGINT not tried"
fi
start() {
	if command -v perl > /dev/null; then
		perl -e '$SIG{INT} = "DEFAULT"; exec @ARGV' "$@" &
	else
		"$@" &
	fi
}
for sig in $sigs; do
	for how in --no-fork --fork; do
		start "$p9ld" $how -o sig.out -M mapfifo t.p9
		pid=$!
		n=0
		while [ -z "$(ls -A | grep 'sig\.out\.tmp')" ] && [ $n -lt 100 ]; do
			sleep 0.1; n=$((n + 1))
		done
		[ $n -lt 100 ] || say "$sig $how: no temporary appeared"
		kill -$sig $pid
		wait $pid 2> /dev/null
		status=$?
		case $sig in INT) want=130 ;; *) want=143 ;; esac
		[ $status = $want ] || say "$sig $how: exit $status, want $want"
		# gone by the time p9ld is: a forked parent waits for its child
		no_temps . "$sig $how"
		[ -e sig.out ] && say "$sig $how: an output appeared"
	done
done

# a depfile cannot name a path with a line break (make reads lines): the
# link fails whole, nothing written; ':' and ' ' are quoted as make reads them
nl='line
break.p9'
cp t.p9 "$nl"
"$p9ld" -o nl.out --depfile nl.d "$nl" 2> nl.err
[ $? = 1 ] || say "a line break in a depfile path: want exit 1"
grep -q "make cannot read a path with a line break" nl.err || say "a line break in a depfile path: $(cat nl.err)"
[ -e nl.out ] || [ -e nl.d ] && say "a line break in a depfile path: an output appeared"
cp t.p9 'a:b c.p9'
$VALGRIND "$p9ld" -o 'o:ut' --depfile colon.d 'a:b c.p9' || say "a depfile of a path with ':': exit $?"
if command -v make > /dev/null; then
	{ sed -n '1,2p' colon.d; printf '\t@echo made\n'; } > colon.mk
	touch 'o:ut'
	[ "$(MAKEFLAGS= make -s -q -f colon.mk 2>&1; echo $?)" = 0 ] || say "make does not read the depfile of 'a:b c.p9': $(cat colon.d)"
	sleep 1; touch 'a:b c.p9'
	[ "$(MAKEFLAGS= make -s -q -f colon.mk 2>&1; echo $?)" = 1 ] || say "make does not see 'a:b c.p9' change through the depfile"
fi

no_temps . "the outputs"
[ "$fail" = 0 ] && echo "outputs: standard output, a device, a FIFO, a link, long names, signals, depfile quoting"
exit "$fail"
