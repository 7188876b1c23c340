#!/bin/sh
# Every example links for its arch, and p9dump reads it back with its
# entry at _start.  When go is installed, Go's own debug/plan9obj
# (tests/go/plan9syms.go) opens the amd64, 386 and arm images: the entry
# must be _start's value, and every symbol, the entry and each section's
# offset and size must agree with p9dump.
set -u
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
fail=0 n=0
for script in "$srcdir"/examples/*/hello.p9 "$srcdir"/examples/showcase/*.p9; do
	name=$(basename "$(dirname "$script")")-$(basename "$script" .p9)
	out="$tmp/$name.out"
	if ! $VALGRIND ./p9ld -o "$out" "$script"; then
		echo "FAIL $name: does not link"; fail=1; continue
	fi
	n=$((n + 1))
	arch=$(./p9dump "$out" | sed -n 's/^arch //p')
	case $name in
	*-hello) [ "$arch" = "${name%-hello}" ] || { echo "FAIL $name: arch $arch"; fail=1; } ;;
	esac
	entry=$(./p9dump "$out" | sed -n 's/^entry 0x//p')
	start=$(./p9dump -s "$out" | awk '$3 == "_start" { print $1 }' | sed 's/^0*//')
	[ "$entry" = "$start" ] || { echo "FAIL $name: entry $entry, _start $start"; fail=1; }
	echo "$name: $arch, entry 0x$entry"
done
[ "$n" -ge 16 ] || { echo "FAIL: only $n examples linked"; fail=1; }

if ! command -v go >/dev/null 2>&1; then
	echo "go not found: the debug/plan9obj check is skipped"
	exit $fail
fi
export GOCACHE="$tmp/cache" GOPATH="$tmp/gopath"
go build -o "$tmp/plan9syms" "$srcdir/tests/go/plan9syms.go" || exit 99
for arch in amd64 386 arm; do
	out="$tmp/$arch-hello.out"
	"$tmp/plan9syms" "$out" > "$tmp/go.txt" || { echo "FAIL $arch: Go cannot read it"; fail=1; continue; }
	goentry=$(sed -n 's/^entry 0x//p' "$tmp/go.txt")
	gostart=$(awk '$3 == "_start" { print $1 }' "$tmp/go.txt" | sed 's/^0*//')
	[ "$goentry" = "$gostart" ] || { echo "FAIL $arch: Go's entry $goentry is not _start $gostart"; fail=1; }
	grep -vE '^(entry|text|data|syms|spsz|pcsz) ' "$tmp/go.txt" > "$tmp/go.syms"
	./p9dump -s "$out" > "$tmp/p9.syms"
	cmp -s "$tmp/go.syms" "$tmp/p9.syms" || { echo "FAIL $arch: symbols differ"; diff "$tmp/go.syms" "$tmp/p9.syms"; fail=1; }
	./p9dump "$out" > "$tmp/p9.sum"
	grep -E '^(entry|text|data|syms|spsz|pcsz) ' "$tmp/go.txt" | while IFS= read -r line; do
		grep -qxF "$line" "$tmp/p9.sum" || { echo "FAIL $arch: p9dump lacks '$line'"; exit 1; }
	done || fail=1
	echo "$arch: debug/plan9obj agrees: $(grep -c . "$tmp/go.syms") symbols, entry 0x$goentry, $(grep '^text ' "$tmp/go.txt")"
done
exit $fail
