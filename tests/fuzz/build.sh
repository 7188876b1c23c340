#!/bin/sh
# Build the fuzz targets with clang, libFuzzer and the sanitizers, from
# the sources (no configure needed; the script target needs bison and
# flex, every target elfutils' libelf and libdw; the reader's uses LLVM's
# disassembler where llvm-config is).
#	tests/fuzz/build.sh [OUTDIR]   writes OUTDIR/fuzz-reader, OUTDIR/fuzz-script
#	                               and OUTDIR/fuzz-objects
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-$top/tests/fuzz}
gen=$(mktemp -d)
trap 'rm -rf "$gen"' EXIT
elf=$(pkg-config --cflags --libs libelf libdw 2>/dev/null || echo "-lelf -ldw")
cc="clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
	-std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -I$top/include -I$top/src/lib"
lib=$(find "$top/src/lib" -name "*.c" | sort)
# the reader's target walks the text through the disassembler where LLVM
# is (P9LD_FUZZ_DISASM), which it loads as p9dump does
dis= disflags=
if command -v llvm-config > /dev/null 2>&1; then
	if [ ! -f "$top/src/disasm/llvm-so.h" ]; then
		mkdir -p "$gen/src/disasm"
		# shellcheck disable=SC2086
		clang -std=c11 -D_DEFAULT_SOURCE "$top/src/disasm/soname.c" -o "$gen/llvm-soname" $elf
		"$gen/llvm-soname" "$(llvm-config --libfiles)" > "$gen/src/disasm/llvm-so.h"
	fi
	dis=$(ls "$top"/src/disasm/*.c | grep -v '/soname\.c$')
	disflags="-DP9LD_FUZZ_DISASM -DDISASM_LLVM -I$top/src -I$top -I$gen -I$(llvm-config --includedir) -ldl"
fi
# shellcheck disable=SC2086
$cc $disflags "$top/tests/fuzz/fuzz-reader.c" $lib $dis -o "$out/fuzz-reader" $elf -lpthread
# shellcheck disable=SC2086
$cc "$top/tests/fuzz/fuzz-objects.c" $lib -o "$out/fuzz-objects" $elf -lpthread
(cd "$gen" && bison -d -o parser.c "$top/grammar/parser.y" && flex "$top/grammar/lexer.l")
fe=$(ls "$top"/src/p9ld/*.c | grep -v '/main\.c$')
# shellcheck disable=SC2086
$cc -I"$top/src/p9ld" -I"$gen" -DPACKAGE_VERSION='"fuzz"' "$top/tests/fuzz/fuzz-script.c" \
	$fe "$gen/parser.c" "$gen/lex.yy.c" $lib -o "$out/fuzz-script" $elf -lpthread
echo "built $out/fuzz-reader $out/fuzz-script $out/fuzz-objects"
