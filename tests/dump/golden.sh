#!/bin/sh
# p9dump's output for known images, every option, against the expected
# text beside this script.  P9LD_REGEN=1 rewrites the expected files.
set -u
dir=$(mktemp -d) || exit 99
trap 'rm -rf "$dir"' EXIT
tests/dump/mkdamaged --base "$dir" || exit 99
examples/api/hello-amd64 "$dir/hello.out" >/dev/null || exit 99
fail=0
for image in hello amd64 arm; do
	out="$dir/$image.txt"
	for opt in "" -h -s -l -g "-x text" "-x data"; do
		echo "== p9dump $opt"
		# shellcheck disable=SC2086
		$VALGRIND ./p9dump $opt "$dir/$image.out" || echo "exit $?"
	done > "$out" 2>&1
	want="$srcdir/tests/dump/golden/$image.txt"
	if [ "${P9LD_REGEN:-}" = 1 ]; then
		cp "$out" "$want"
	elif ! diff -u "$want" "$out"; then
		fail=1
	fi
done
exit $fail
