# Shared by the C tests (sourced with $srcdir, $VALGRIND and the build
# dir as cwd): a scratch folder, the tools they need, building libc9 and
# the example programs with examples/c/Makefile, and running an image
# under p9run confined to a scratch root.
set -u
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
fail=0 n=0
C=$srcdir/examples/c
# examples/c/Makefile runs on its own: not with the flags, variables and
# jobs of the make that runs the tests.
unset MAKEFLAGS MFLAGS MAKEOVERRIDES MAKELEVEL

# need TOOL...: skip (77) when a tool is missing, saying which
need() {
	for t in "$@"; do
		command -v "$t" > /dev/null 2>&1 || { echo "$t not found: skipped"; exit 77; }
	done
}
need clang llvm-ar make
make --version 2> /dev/null | grep -q 'GNU Make' || { echo "GNU make not found: skipped"; exit 77; }

ALL_ARCHS="386 amd64 arm arm64 mips spim mips64 spim64 power power64 sparc riscv riscv64"
# The archs whose code p9run runs (p9run(1), BUGS: unicorn's cores for
# the others are 32-bit).
RUN_ARCHS="386 amd64 arm arm64 mips spim power sparc riscv riscv64"

# Where a run is known to fail, and why, in p9run rather than in what
# p9ld links (the power image is checked byte for byte against lld's
# instead, in lld.sh).  known_run_failure VARIANT ARCH PROGRAM says why,
# or fails when the run should pass.  Each known failure is reported as
# it fails; one that passes fails the test, so that its entry goes.
known_run_failure() {
	case $2 in
	sparc) [ "$1 $3" != "O2 hello" ] || return 1   # its calls nest 8 windows deep at most
	       echo "p9run does not spill register windows (unicorn sets no WIM), so calls nested deeper than 8 windows overwrite their callers'" ;;
	*) return 1 ;;
	esac
}

# build DIR OPT P9LDFLAGS ARCH...: libc9, crt0.o, hello and tour for
# each ARCH in DIR/ARCH, compiled with OPT, linked with P9LDFLAGS.
build() {
	dir=$1 opt=$2 ldflags=$3
	shift 3
	if ! make -s -f "$C/Makefile" O="$dir" OPT="$opt" P9LDFLAGS="$ldflags" \
	     P9LD="$VALGRIND $PWD/p9ld" ARCHS="$*" > "$tmp/make.log" 2>&1; then
		echo "FAIL: make -f $C/Makefile OPT='$opt' ARCHS='$*' fails:"
		grep -v 'warning' "$tmp/make.log" | sed 's/^/  /' | head -40
		fail=1
		return 1
	fi
}

# cflags ARCH: what a program for ARCH is compiled with at -O0
cflags() {
	make -s -f "$C/Makefile" flags ARCH="$1" OPT=-O0
}

# host PROGRAM: the example program built and run on the host, its
# output in $tmp/PROGRAM.host
host() {
	clang -O1 -I"$C" -o "$tmp/$1-host" "$C/$1.c" "$srcdir/tests/c/host.c" &&
		"$tmp/$1-host" > "$tmp/$1.host" ||
		{ echo "FAIL: $1 does not build or run on the host"; exit 1; }
}

# Can p9run --root confine here?  Not under valgrind 3.19, which does
# not know openat2(2) (tests/run/lib.sh): the programs then run in the
# scratch root unconfined, with nothing there for them to reach.
root=$tmp/root
mkdir "$root" || exit 99
$VALGRIND ./p9run --root "$root" /dev/null 2> "$tmp/probe"
if grep -q openat2 "$tmp/probe"; then
	confine=
	echo "note: p9run --root cannot confine here; the programs run unconfined"
else
	confine=yes
fi

# run IMAGE: stdout to $tmp/out, stderr to $tmp/err, the status in $status
run() {
	if [ -n "$confine" ]; then
		$VALGRIND ./p9run --limit 100000000 --root "$root" "$1"
	else
		(cd "$root" && $VALGRIND "$OLDPWD/p9run" --limit 100000000 "$1")
	fi > "$tmp/out" 2> "$tmp/err"
	status=$?
}

ok() { n=$((n + 1)); echo "ok $*"; }
bad() { fail=1; echo "FAIL $*"; }

finish() {
	echo "$n checks passed"
	exit $fail
}
