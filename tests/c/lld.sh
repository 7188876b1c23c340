#!/bin/sh
# Where p9run cannot run a C program (mips64, spim64 and power64, whose
# unicorn cores are 32-bit; power, until p9run turns its FPU on), the
# image is checked against another linker: hello and tour, built by
# examples/c/Makefile at -O0 and at -O2 -ffunction-sections
# -fdata-sections (p9ld --gc), are linked again by ld.lld from the same
# crt0.o, program object and libc9.a (with --gc-sections for --gc, and
# without empty sections), laid out as p9ld lays them by
# tests/c/lld/ARCH.ld; text, data and the entry must be the same.  Skipped (77) without clang or ld.lld.
. "$srcdir/tests/c/lib.sh"
need ld.lld llvm-readelf llvm-objcopy
. "$srcdir/tests/objects/lib.sh"

# p9ld lays out no empty section that nothing names (objects.md section
# 2: a section with a size becomes an atom), so it does not move what
# follows; lld aligns to one all the same (the empty .data and .bss of
# mips64 objects ask for 16).  lld links copies without them:
# for_lld OBJECT COPY.
for_lld() {
	empty=$(llvm-readelf -S -W "$1" | sed -n 's/^ *\[ *[0-9]*\] //p' |
		awk '$5 ~ /^0+$/ && $7 ~ /A/ { printf " --remove-section=%s", $1 }')
	# shellcheck disable=SC2086
	llvm-objcopy $empty "$1" "$2"
}

# lld_inputs DIR: DIR/lld/ holds such copies of crt0.o, the programs'
# objects and libc9.a, its members in their order
lld_inputs() {
	mkdir -p "$1/lld/members" || return 1
	for o in crt0 hello tour; do
		for_lld "$1/$o.o" "$1/lld/$o.o" || return 1
	done
	members=$(llvm-ar t "$1/libc9.a") || return 1
	for m in $members; do
		for_lld "$1/$m" "$1/lld/members/$m" || return 1
	done
	(cd "$1/lld/members" && llvm-ar rcs ../libc9.a $members)
}

# lld_flags ARCH: the linker script and what else it needs (see each)
lld_flags() {
	case $1 in
	mips64|spim64) echo "-T $srcdir/tests/c/lld/mips64.ld" ;;
	power64) echo "-T $srcdir/tests/c/lld/power64.ld --no-check-sections --no-toc-optimize" ;;
	power) echo "-T $srcdir/tests/c/lld/power.ld --no-check-sections" ;;
	esac
}

ARCHS="mips64 spim64 power64 power"
for variant in O0 O2; do
	case $variant in
	O0) opt=-O0 ldflags= gc= ;;
	O2) opt="-O2 -ffunction-sections -fdata-sections" ldflags=--gc gc=--gc-sections ;;
	esac
	d=$tmp/$variant
	build "$d" "$opt" "$ldflags" $ARCHS || continue
	for arch in $ARCHS; do
		a=$d/$arch
		lld_inputs "$a" || { bad "$variant $arch: the objects cannot be copied for ld.lld"; continue; }
		for prog in hello tour; do
			# shellcheck disable=SC2046
			if ! ld.lld -O0 $gc $(lld_flags "$arch") -o "$a/$prog.elf" \
			     "$a/lld/crt0.o" "$a/lld/$prog.o" "$a/lld/libc9.a" 2> "$tmp/lderr"; then
				bad "$variant $arch: ld.lld does not link $prog"
				sed 's/^/  /' "$tmp/lderr"
				continue
			fi
			tb=$(./p9ld --list-archs | awk -v a="$arch" '$1 == a { print $5 }')
			ts=$(field "$a/$prog" text)
			db=0x$(symbol "$a/$prog" __GOT)
			ds=$(field "$a/$prog" data)
			text_bytes "$a/$prog" > "$tmp/p9.text"
			data_bytes "$a/$prog" > "$tmp/p9.data"
			./tests/objects/elfbytes "$a/$prog.elf" "$tb" $((tb + ts)) > "$tmp/ld.text"
			./tests/objects/elfbytes "$a/$prog.elf" "$db" $((db + ds)) > "$tmp/ld.data"
			same=yes
			for part in text data; do
				if ! cmp -s "$tmp/p9.$part" "$tmp/ld.$part"; then
					bad "$variant $arch: $prog's $part differs from ld.lld's"
					cmp -l "$tmp/p9.$part" "$tmp/ld.$part" | head -8 | sed 's/^/  /'
					same=
				fi
			done
			entry=$(./p9dump -h "$a/$prog" | awk '$1 == "entry" { print $3 }')
			elfentry=$(llvm-readelf -h "$a/$prog.elf" | awk '/Entry point/ { print $4 }')
			if [ "$((entry))" != "$((elfentry))" ]; then
				bad "$variant $arch: $prog's entry $entry, ld.lld's $elfentry"
				same=
			fi
			[ -n "$same" ] && ok "$variant $arch: $prog's text ($ts bytes at $tb) and data ($ds at $(printf '0x%x' $((db)))) are ld.lld's"
		done
	done
done
finish
