#!/bin/sh
# Build the reader's fuzz target with clang, libFuzzer and the sanitizers,
# from the library's sources (no configure needed).
#	tests/fuzz/build.sh [OUTPUT]     (default: tests/fuzz/fuzz-reader)
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-$top/tests/fuzz/fuzz-reader}
clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
	-std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
	-I"$top/include" -I"$top/src/lib" \
	"$top/tests/fuzz/fuzz-reader.c" \
	"$top"/src/lib/arena.c "$top"/src/lib/bytes.c "$top"/src/lib/arch.c \
	"$top"/src/lib/aout_header.c "$top"/src/lib/aout_syms.c "$top"/src/lib/aout_lines.c \
	-o "$out"
echo "built $out"
