#!/bin/sh
# Build the fuzz targets with clang, libFuzzer and the sanitizers, from
# the sources (no configure needed; the script target needs bison and flex).
#	tests/fuzz/build.sh [OUTDIR]   writes OUTDIR/fuzz-reader and OUTDIR/fuzz-script
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-$top/tests/fuzz}
gen=$(mktemp -d)
trap 'rm -rf "$gen"' EXIT
cc="clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
	-std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -I$top/include -I$top/src/lib"
lib=$(find "$top/src/lib" -name "*.c" | sort)
$cc "$top/tests/fuzz/fuzz-reader.c" $lib -o "$out/fuzz-reader"
(cd "$gen" && bison -d -o parser.c "$top/grammar/parser.y" && flex "$top/grammar/lexer.l")
fe=$(ls "$top"/src/p9ld/*.c | grep -v '/main\.c$')
$cc -I"$top/src/p9ld" -I"$gen" -DPACKAGE_VERSION='"fuzz"' "$top/tests/fuzz/fuzz-script.c" \
	$fe "$gen/parser.c" "$gen/lex.yy.c" $lib -o "$out/fuzz-script"
echo "built $out/fuzz-reader $out/fuzz-script"
