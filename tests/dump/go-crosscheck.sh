#!/bin/sh
# Real binaries from another linker: GOOS=plan9 builds of a Go program for
# 386, amd64 and arm, read by p9dump and by Go's own debug/plan9obj
# (tests/go/plan9syms.go).  Every symbol line must be identical, and the
# entry and every section's offset and size must appear in p9dump's
# summary.  Skipped (77) when go is not installed.
set -u
command -v go >/dev/null 2>&1 || { echo "go not found: skipped"; exit 77; }
dir=$(mktemp -d) || exit 99
trap 'rm -rf "$dir"' EXIT
export GOCACHE="$dir/cache" GOPATH="$dir/gopath" GOFLAGS=-mod=mod GO111MODULE=on
mkdir "$dir/hello"
cat > "$dir/hello/main.go" <<'GO'
package main

import "fmt"

func main() { fmt.Println("hello from plan 9") }
GO
printf 'module hello\n\ngo 1.19\n' > "$dir/hello/go.mod"
go build -o "$dir/plan9syms" "$srcdir/tests/go/plan9syms.go" || exit 99
fail=0
for arch in 386 amd64 arm; do
	bin="$dir/hello.$arch"
	(cd "$dir/hello" && GOOS=plan9 GOARCH=$arch go build -o "$bin" .) || exit 99
	"$dir/plan9syms" "$bin" > "$dir/go.txt" || exit 99
	grep -vE '^(entry|text|data|syms|spsz|pcsz) ' "$dir/go.txt" > "$dir/go.syms"
	$VALGRIND ./p9dump -s "$bin" > "$dir/p9.syms" || fail=1
	if ! cmp -s "$dir/go.syms" "$dir/p9.syms"; then
		echo "FAIL $arch: symbols differ"; diff "$dir/go.syms" "$dir/p9.syms" | head; fail=1
	fi
	./p9dump "$bin" > "$dir/p9.sum" || fail=1
	grep -E '^(entry|text|data|syms|spsz|pcsz) ' "$dir/go.txt" | while IFS= read -r line; do
		grep -qxF "$line" "$dir/p9.sum" || { echo "FAIL $arch: p9dump lacks '$line'"; exit 1; }
	done || fail=1
	echo "$arch: $(wc -l < "$dir/p9.syms") symbols, entry and sections agree with debug/plan9obj"
done
exit $fail
