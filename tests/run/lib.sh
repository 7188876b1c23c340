# Shared by the execution tests (sourced after srcdir and VALGRIND are
# set): a scratch folder, the checks, link(), and run(), which runs p9run
# with the guest confined by --root to the folder $guest, so that no test
# program sees any other file.  A test names the guest's file $guest/F
# as "$g/F": $g is empty when the guest is confined.
#
# valgrind 3.19 (Debian 12) does not know openat2(2), so under it p9run
# --root refuses to run, as it must when it cannot confine.  Under such a
# valgrind (or a kernel before Linux 5.6) the programs run unconfined and
# $g is the folder's host path; root.sh checks the refusal there and the
# confinement without valgrind.  p9ld and p9run run under $VALGRIND when
# make check-valgrind sets it.
set -u
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
fail=0 n=0
guest=$tmp/guest
mkdir "$guest" || exit 99

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

# lacks_err NAME TEXT: the last run's stderr does not hold TEXT
lacks_err() {
	if grep -qF -- "$2" "$tmp/err"; then
		echo "FAIL $1: stderr has '$2'"; sed 's/^/  stderr: /' "$tmp/err"; fail=1
	else
		n=$((n + 1)); echo "ok $1: stderr lacks '$2'"
	fi
}

link() {   # link OUT SCRIPT [OPTIONS...]
	out=$1 script=$2; shift 2
	$VALGRIND ./p9ld "$@" -o "$out" "$script" || { echo "FAIL: $script does not link"; fail=1; return 1; }
}

run() {    # run IMAGE [ARGS...]: stdout to $tmp/out, stderr to $tmp/err
	if [ -n "$confine" ]; then
		$VALGRIND ./p9run --root "$guest" "$@"
	else
		$VALGRIND ./p9run "$@"
	fi > "$tmp/out" 2> "$tmp/err"
}

finish() {
	echo "$n checks passed"
	exit $fail
}

# Can --root confine here?  Any image will do: the refusal comes first.
$VALGRIND ./p9run --root "$guest" /dev/null 2> "$tmp/err"
if grep -q openat2 "$tmp/err"; then
	confine= g=$guest
	echo "note: p9run --root cannot confine here, the programs run unconfined:"
	sed 's/^/  /' "$tmp/err"
else
	confine=yes g=
fi
