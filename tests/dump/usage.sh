#!/bin/sh
# p9dump's command line: exit 2 for bad usage, 1 for an unreadable file,
# options after operands, "-" for standard input, several files; -d takes
# no argument (a symbol is --disassemble=SYMBOL).
set -u
dir=$(mktemp -d) || exit 99
trap 'rm -rf "$dir"' EXIT
examples/api/hello-amd64 "$dir/h.6" >/dev/null || exit 99
fail=0
check() {   # check WANT-STATUS WANT-STDERR-SUBSTRING COMMAND...
	want=$1 msg=$2
	shift 2
	err=$("$@" 2>&1 >/dev/null)
	status=$?
	case "$err" in *"$msg"*) ;; *) status="$status (stderr: $err)" ;; esac
	if [ "$status" != "$want" ]; then
		echo "FAIL: $*: exit $status, want $want and '$msg'"
		fail=1
	fi
}
check 2 "no file named" ./p9dump
check 2 "-x takes text or data, not 'bss'" ./p9dump -x bss "$dir/h.6"
check 2 "usage:" ./p9dump --bogus "$dir/h.6"
check 1 "p9dump: $dir/none: cannot open: No such file or directory" ./p9dump "$dir/none"
check 1 "p9dump: $dir: not a regular file" ./p9dump "$dir"
check 0 "" ./p9dump "$dir/h.6" -s
check 0 "" ./p9dump --help
check 2 "no file named" ./p9dump -d
check 2 "usage:" ./p9dump -d=x "$dir/h.6"
./p9dump --help | grep -q -- '--disassemble=SYMBOL' || { echo "FAIL: --help lacks --disassemble=SYMBOL"; fail=1; }
./p9dump -s "$dir/h.6" > "$dir/a"
./p9dump -s - < "$dir/h.6" > "$dir/b"
cmp -s "$dir/a" "$dir/b" || { echo "FAIL: - is not standard input"; fail=1; }
./p9dump "$dir/h.6" "$dir/h.6" | grep -c "^$dir/h.6:\$" | grep -qx 2 ||
	{ echo "FAIL: several files are not each named"; fail=1; }
./p9dump --version | grep -q "^p9dump (p9ld) " || { echo "FAIL: --version"; fail=1; }
exit $fail
