#!/bin/sh
# examples/objects/ARCH/hello.s, assembled by clang and linked by p9ld
# with no script, for every arch there is one; on the archs p9run runs,
# the program runs (under --root of a scratch folder) and says "hello
# from ARCH".  Skipped (77) without clang.
set -u
. "$srcdir/tests/objects/lib.sh"
need clang
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/root"
fail=0 n=0
for src in "$srcdir"/examples/objects/*/hello.s; do
	arch=$(basename "$(dirname "$src")")
	if ! assemble "$arch" "$src" "$tmp/$arch.o"; then
		echo "FAIL $arch: does not assemble"; fail=1; continue
	fi
	if ! $VALGRIND ./p9ld -o "$tmp/$arch" "$tmp/$arch.o"; then
		echo "FAIL $arch: does not link"; fail=1; continue
	fi
	n=$((n + 1))
	case $arch in mips64|spim64|power64)
		echo "$arch: linked (p9run cannot run it: unicorn's core for it is 32-bit)"
		continue ;;
	esac
	if [ ! -x ./p9run ]; then
		echo "$arch: linked (no p9run to run it)"
		continue
	fi
	out=$(./p9run --root "$tmp/root" "$tmp/$arch")
	status=$?
	if [ "$status" != 0 ] || [ "$out" != "hello from $arch" ]; then
		echo "FAIL $arch: exit $status, said '$out'"; fail=1; continue
	fi
	echo "$arch: $out"
done
[ "$n" -gt 0 ] || { echo "FAIL: no example linked"; fail=1; }
exit $fail
