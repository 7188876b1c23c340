#!/bin/sh
# C programs compiled by clang run as Plan 9 programs: examples/c's libc9
# and its programs hello and tour (recursion, function pointers, a jump
# table, 64-bit arithmetic, structs by value, statics, const tables, bss,
# strings), built with examples/c/Makefile for all 13 archs at -O0 and at
# -O2 -ffunction-sections -fdata-sections linked with --gc, must link;
# on the archs p9run runs, each program's output must be the host's from
# the same source (tests/c/host.c gives the host print).  Under --gc the
# functions tour never calls must be gone, and without it kept.  Skipped
# (77) without clang.
. "$srcdir/tests/c/lib.sh"

host hello
host tour
for variant in O0 O2; do
	case $variant in
	O0) opt=-O0 ldflags= ;;
	O2) opt="-O2 -ffunction-sections -fdata-sections" ldflags=--gc ;;
	esac
	d=$tmp/$variant
	build "$d" "$opt" "$ldflags" $ALL_ARCHS || continue
	for arch in $ALL_ARCHS; do
		for prog in hello tour; do
			[ -f "$d/$arch/$prog" ] && ok "$variant $arch: $prog links" ||
				bad "$variant $arch: $prog does not link"
		done
		# seek, create and fprint: in libc9, never called by tour
		unused=$(./p9dump -s "$d/$arch/tour" | awk '$3 == "seek" || $3 == "create" || $3 == "fprint"' | wc -l)
		case $variant in
		O0) [ "$unused" = 3 ] && ok "$variant $arch: unused functions kept" ||
			bad "$variant $arch: $unused of seek, create, fprint in the symbol table, want 3" ;;
		O2) [ "$unused" = 0 ] && ok "$variant $arch: --gc drops unused functions" ||
			bad "$variant $arch: $unused of seek, create, fprint in the symbol table, want 0" ;;
		esac
		case " $RUN_ARCHS " in *" $arch "*) ;; *) continue ;; esac
		for prog in hello tour; do
			why=$(known_run_failure "$variant" "$arch" "$prog")
			run "$d/$arch/$prog"
			if [ "$status" = 0 ] && cmp -s "$tmp/$prog.host" "$tmp/out"; then
				if [ -n "$why" ]; then
					bad "$variant $arch: $prog runs, but is listed as a known failure in tests/c/lib.sh"
				else
					ok "$variant $arch: $prog prints what the host's prints"
				fi
			elif [ -n "$why" ]; then
				echo "known failure $variant $arch: $prog: $why"
			else
				bad "$variant $arch: $prog exits $status, its output differs from the host's:"
				diff "$tmp/$prog.host" "$tmp/out" | head -10 | sed 's/^/  /'
				sed 's/^/  stderr: /' "$tmp/err"
			fi
		done
	done
done
finish
