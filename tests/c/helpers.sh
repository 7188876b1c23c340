#!/bin/sh
# libc9's 64-bit helpers (examples/c/vlrt.c) and arm's EABI divides
# (examples/c/aeabi.c), built for the host by clang, answer what the
# host's own arithmetic answers (tests/c/helpers.c).  Skipped (77)
# without clang.
set -u
command -v clang > /dev/null 2>&1 || { echo "clang not found: skipped"; exit 77; }
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
C=$srcdir/examples/c
clang -O1 -ffreestanding -fno-builtin -I"$C" -c "$C/vlrt.c" -o "$tmp/vlrt.o" &&
clang -O1 -ffreestanding -fno-builtin -I"$C" -c "$C/aeabi.c" -o "$tmp/aeabi.o" &&
clang -O1 -o "$tmp/helpers" "$srcdir/tests/c/helpers.c" "$tmp/vlrt.o" "$tmp/aeabi.o" ||
	{ echo "FAIL: the helpers do not build for the host"; exit 1; }
"$tmp/helpers"
