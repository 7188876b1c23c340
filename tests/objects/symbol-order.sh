#!/bin/sh
# An object's symbols reach the Plan 9 table in address order -- data
# then text (language.md section 9), each ascending, locals before
# globals at one address -- however
# the ELF symbol table orders them (bench/gen's names come in no order),
# and a big object, whose symbols are put in order on a second thread
# while its relocations are read, links to the same bytes with one
# thread: with local names and with global ones, 40,000 symbols each.
# Skipped (77) without clang.
set -u
. "$srcdir/tests/objects/lib.sh"
need clang
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
fail=0
for form in as as-local; do
	./bench/gen $form 20000 > "$tmp/$form.s" && assemble amd64 "$tmp/$form.s" "$tmp/$form.o" ||
		{ echo "FAIL $form: does not assemble"; fail=1; continue; }
	$VALGRIND ./p9ld --threads 2 -o "$tmp/$form.2" "$tmp/$form.o" &&
	$VALGRIND ./p9ld --threads 1 -o "$tmp/$form.1" "$tmp/$form.o" ||
		{ echo "FAIL $form: does not link"; fail=1; continue; }
	cmp -s "$tmp/$form.1" "$tmp/$form.2" ||
		{ echo "FAIL $form: one thread and two write different images"; fail=1; }
	./p9dump -s "$tmp/$form.2" > "$tmp/$form.syms"
	n=$(grep -c ' [tTdD] \([fd][nt]_\|_start$\)' "$tmp/$form.syms")
	[ "$n" = 40000 ] || { echo "FAIL $form: $n of the 40000 symbols in the table"; fail=1; }
	# data symbols, then text symbols, each run ascending
	bad=$(awk '$2 ~ /^[tTdD]$/ {
		seg = ($2 ~ /[dD]/) ? 0 : 1
		if (seg < last_seg || (seg == last_seg && $1 < last)) { print NR ": " $0; exit }
		last_seg = seg; last = $1
	}' "$tmp/$form.syms")
	[ -z "$bad" ] || { echo "FAIL $form: out of address order at line $bad"; fail=1; }
	echo "$form: $n symbols in address order, the same image with one thread and two"
done
exit $fail
