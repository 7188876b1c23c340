#!/bin/sh
# Seeds for fuzz-objects: small clang-built objects for every arch, and
# archives of them, each behind the mode byte fuzz-objects.c reads
# (0x00: an object in an amd64 link, 0x02: an object that sets the arch,
# 0x06: the same under --gc, 0x03: an archive that sets the arch), some
# with DWARF lines.
#	tests/fuzz/seed-objects.sh DIR
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
dir=$1
srcdir=$top
. "$top/tests/objects/lib.sh"
need clang ar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$dir"
# main.c links alone; app.c wants helper.c's helper (the archive's pair)
cat > "$work/main.c" <<'C'
int counter;
static int table[4] = { 1, 2, 3, 4 };
const char *msg = "hello";
__attribute__((weak)) int hook(int x) { return x; }
static int twice(int x) { return 2 * x + table[x & 3]; }
int unused(int x) { return x * 3; }
void _start(void) { counter = twice(counter) + hook(msg[0]); for (;;) ; }
C
cat > "$work/app.c" <<'C'
extern int helper(int);
int total;
void _start(void) { total = helper(total); for (;;) ; }
C
cat > "$work/helper.c" <<'C'
int helper(int x) { return x + 1; }
C
# seed NAME MODE FILE: FILE behind the mode byte
seed() {
	{ printf "\\$(printf %03o "$2")"; cat "$3"; } > "$dir/$1"
}
for arch in 386 amd64 arm arm64 mips spim mips64 spim64 power power64 sparc riscv riscv64; do
	# shellcheck disable=SC2046
	clang $(target "$arch") -O1 -ffunction-sections -c "$work/main.c" -o "$work/main.o" || continue
	for c in app helper; do
		# shellcheck disable=SC2046
		clang $(target "$arch") -O1 -c "$work/$c.c" -o "$work/$c.o" || continue 2
	done
	seed "$arch-main" 2 "$work/main.o"
	seed "$arch-main-gc" 6 "$work/main.o"
	rm -f "$work/lib.a"
	ar rcsD "$work/lib.a" "$work/app.o" "$work/helper.o"
	seed "$arch-lib" 3 "$work/lib.a"
	[ "$arch" = amd64 ] && seed amd64-in-amd64 0 "$work/main.o"
	# with DWARF lines (objects.md section 6), version 4 and 5
	for v in 4 5; do
		# shellcheck disable=SC2046
		clang $(target "$arch") -O1 -g -gdwarf-$v -c "$work/main.c" -o "$work/g.o" &&
			seed "$arch-dwarf$v" 2 "$work/g.o"
	done
done
for s in "$top"/examples/objects/*/hello.s; do
	arch=$(basename "$(dirname "$s")")
	assemble "$arch" "$s" "$work/hello.o" && seed "$arch-hello" 2 "$work/hello.o"
done
echo "seed-objects: $(ls "$dir" | wc -l) seeds in $dir"
