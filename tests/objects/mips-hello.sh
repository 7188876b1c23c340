#!/bin/sh
# examples/objects/{mips,spim,mips64,spim64}/hello.s linked by p9ld have
# the text and data bytes ld.lld gives them in p9ld's layout
# (tests/objects/relocs/ARCH.ld): hello.sh runs the mips and spim ones,
# and this is what checks the mips64 and spim64 ones, which p9run cannot
# run (unicorn's core for them is 32-bit).  Skipped (77) without clang
# and ld.lld.
set -u
. "$srcdir/tests/objects/lib.sh"
need clang ld.lld
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
fail=0
for arch in mips spim mips64 spim64; do
	o=$tmp/$arch
	if ! assemble "$arch" "$srcdir/examples/objects/$arch/hello.s" "$o.o"; then
		echo "FAIL $arch: does not assemble"; fail=1; continue
	fi
	if ! $VALGRIND ./p9ld -o "$o" "$o.o"; then
		echo "FAIL $arch: p9ld does not link it"; fail=1; continue
	fi
	if ! ld.lld --no-relax -T "$srcdir/tests/objects/relocs/$arch.ld" "$o.o" -o "$o.elf"; then
		echo "FAIL $arch: ld.lld does not link it"; fail=1; continue
	fi
	tb=$(./p9ld --list-archs | awk -v a="$arch" '$1 == a { print $5 }')
	ts=$(field "$o" text)
	db=0x$(symbol "$o" msg)
	ds=$(field "$o" data)
	text_bytes "$o" > "$o.text"
	data_bytes "$o" > "$o.data"
	./tests/objects/elfbytes "$o.elf" "$tb" $((tb + ts)) > "$o.ld.text"
	./tests/objects/elfbytes "$o.elf" "$db" $((db + ds)) > "$o.ld.data"
	for part in text data; do
		if ! cmp -s "$o.$part" "$o.ld.$part"; then
			echo "FAIL $arch: hello's $part differs from ld.lld's"
			cmp -l "$o.$part" "$o.ld.$part" | head -8 | sed 's/^/  /'
			fail=1
		fi
	done
	# the message is the data, and says the arch
	[ "$(cat "$o.data")" = "hello from $arch" ] ||
		{ echo "FAIL $arch: the data is not 'hello from $arch'"; fail=1; }
	echo "$arch: hello's text ($ts bytes) and data as ld.lld writes them"
done
exit $fail
