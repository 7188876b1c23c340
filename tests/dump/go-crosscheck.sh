#!/bin/sh
# Real binaries from another linker: GOOS=plan9 builds of a Go program for
# 386, amd64 and arm, read by p9dump and by Go's own debug/plan9obj
# (tests/go/plan9syms.go).  Every symbol line must be identical, and the
# entry and every section's offset and size must appear in p9dump's
# summary.  And go tool objdump finds the same functions at the same
# addresses as p9dump -d: each of its TEXT symbols is a label of p9dump's
# listing, and each label of p9dump's is at one of those addresses but
# runtime.etext, the end of Go's code, where no function starts.  (This
# part is left out when p9dump has no disassembler.)  Skipped (77) when
# go is not installed.
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
disasm=no
./p9dump -d /dev/null > /dev/null 2>&1; [ $? -eq 1 ] && disasm=yes
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
	[ "$disasm" = yes ] || continue
	# "name<TAB>address" from go tool objdump's TEXT lines and the first
	# address under each, and from p9dump's label lines
	go tool objdump "$bin" > "$dir/go.objdump" || { echo "FAIL $arch: go tool objdump"; fail=1; continue; }
	sed -n '/^TEXT /{s/^TEXT \(.*\)(SB) .*$/\1/;h;n;s/^.*	0x\([0-9a-f]*\)	.*$/\1/;G;s/\n/ /;p;}' "$dir/go.objdump" |
		sed 's/^\([0-9a-f]*\) \(.*\)$/\2	\1/' | sort > "$dir/go.funcs"
	./p9dump -d "$bin" > "$dir/p9.list" || { echo "FAIL $arch: p9dump -d exit $?"; fail=1; continue; }
	sed -n 's/^0*\([0-9a-f][0-9a-f]*\) <\(.*\)>:$/\2	\1/p' "$dir/p9.list" | sort > "$dir/p9.funcs"
	missing=$(comm -23 "$dir/go.funcs" "$dir/p9.funcs")
	cut -f2 "$dir/go.funcs" | sort -u > "$dir/go.addrs"
	extra=$(comm -13 "$dir/go.funcs" "$dir/p9.funcs" | grep -v '^runtime\.etext	' |
		while IFS="$(printf '\t')" read -r name addr; do
			grep -qx "$addr" "$dir/go.addrs" || printf '%s %s\n' "$name" "$addr"
		done)
	if [ -n "$missing" ] || [ -n "$extra" ] || [ ! -s "$dir/go.funcs" ]; then
		echo "FAIL $arch: go tool objdump and p9dump -d disagree on the functions"
		printf 'not in p9dump: %s\n' "$missing" | head -5
		printf 'not in go: %s\n' "$extra" | head -5
		fail=1
	else
		echo "$arch: $(wc -l < "$dir/go.funcs") functions at the addresses go tool objdump gives"
	fi
done
exit $fail
