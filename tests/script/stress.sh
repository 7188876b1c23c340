#!/bin/sh
# Big generated shapes (issue 17): each links, or fails cleanly with its
# stated error, in seconds, on a stack of 1 MiB -- so that recursion on
# anything the input sizes would show here as a crash, at sizes a test
# can afford.  Legitimate generated scripts: long chains of constants and
# of absolute symbols defined by later ones, items of a million values,
# sums of hundreds of thousands of terms, many aliases, incbins, source
# paths, includes and adjacent strings.  Limits (p9ld-script(5)):
# parentheses and signs 10000 deep, includes 200 deep.  And a big binary
# file given as a script stops at once, and runs of zeros past what a
# segment holds are refused without the memory they would take.
#
# Not under valgrind (too slow for these sizes); the sanitizer build of
# make check runs it.
set -u
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
fail=0
top=$(pwd)
p9ld=$top/p9ld
p9dump=$top/p9dump
say() { echo "FAIL: $*"; fail=1; }
cd "$tmp" || exit 99
ulimit -s 1024 2> /dev/null || echo "cannot set a 1 MiB stack: the default kept"

# gen SHAPE N: the script SHAPE.p9, with its files in SHAPE/
gen() {
	rm -rf "$1" && mkdir "$1"
	awk -v shape="$1" -v n="$2" 'BEGIN {
		print "arch amd64; got none;\ntext _start { bytes c3; }"
		if (shape == "const-chain") {
			print "data d u64 c0;"
			for (i = 0; i < n; i++) printf "const c%d = c%d + 1;\n", i, i + 1
			printf "const c%d = 0;\n", n
		} else if (shape == "symbol-chain") {
			print "data d u64 s0 - d;"
			for (i = 0; i < n; i++) printf "symbol s%d = s%d + 1;\n", i, i + 1
			printf "symbol s%d = d;\n", n
		} else if (shape == "mixed-chain") {
			print "data d { u64 m0; zero m0 & 0; }"
			for (i = 0; i < n; i += 2) printf "const m%d = m%d + 1;\nsymbol m%d = m%d + 1;\n", i, i + 1, i + 1, i + 2
			printf "const m%d = 0;\n", n
		} else if (shape == "values") {
			printf "data d u8 1"; for (i = 1; i < n; i++) printf ",1"; print ";"
		} else if (shape == "sum") {
			printf "data d u64 0"; for (i = 0; i < n; i++) printf "+1"; print ";"
		} else if (shape == "sum-of-names") {
			print "const one = 1;"
			printf "data d u64 0"; for (i = 0; i < n; i++) printf "+one"; print ";"
		} else if (shape == "signs" || shape == "too-many-signs") {
			printf "data d u64 "; for (i = 0; i < n; i++) printf "-"; print "1;"
		} else if (shape == "parens" || shape == "too-many-parens") {
			printf "data d u64 "; for (i = 0; i < n; i++) printf "(";
			printf "7"; for (i = 0; i < n; i++) printf ")"; print ";"
		} else if (shape == "aliases") {
			for (i = 0; i < n; i++) printf "data d%d u8 1;\nexport d%d as a%d;\n", i, i, i
		} else if (shape == "incbins") {
			for (i = 0; i < n; i++) {
				printf "blob %d\n", i > ("incbins/b" i); close("incbins/b" i)
				printf "data d%d incbin \"incbins/b%d\";\n", i, i
			}
		} else if (shape == "one-blob") {
			printf "0123456789abcdef" > "one-blob/b"; close("one-blob/b")
			for (i = 0; i < n; i++) printf "data d%d incbin \"one-blob/b\";\n", i
		} else if (shape == "sources") {
			for (i = 0; i < n; i++)
				printf "source \"d%d/f%d.c\";\ntext t%d { line %d; bytes 90; }\n", i % 256, int(i / 256), i, i + 1
		} else if (shape == "strings") {
			printf "data s ascii"; for (i = 0; i < n; i++) printf " \"abcdefgh\""; print ";"
		} else if (shape == "includes") {
			for (i = 0; i < n; i++) {
				printf "data d%d u8 1;\n", i > ("includes/i" i ".p9"); close("includes/i" i ".p9")
				printf "include \"includes/i%d.p9\";\n", i
			}
		} else if (shape == "sizeof-chain" || shape == "sizeof-ring") {
			# each atom as big as the next, defined after it
			for (i = 0; i < n; i++) printf "data a%d { zero sizeof(a%d); }\n", i, i + 1
			if (shape == "sizeof-ring") printf "data a%d { zero sizeof(a0); }\n", n
			else printf "data a%d u8 1;\n", n
		} else if (shape == "nested" || shape == "too-nested") {
			print "include \"" shape "/i1.p9\";"
			for (i = 1; i < n; i++) {
				printf "include \"i%d.p9\";\n", i + 1 > (shape "/i" i ".p9"); close(shape "/i" i ".p9")
			}
			print "data deep u8 1;" > (shape "/i" n ".p9")
		}
	}' > "$1.p9"
}

# links SHAPE N SECONDS: it links, within SECONDS
links() {
	gen "$1" "$2"
	timeout "$3" "$p9ld" -o "$1.6" "$1.p9" > "$1.out" 2> "$1.err"
	status=$?
	if [ $status != 0 ]; then
		say "$1 ($2): exit $status"; head -c 600 "$1.err"; echo
		return 1
	fi
}

# refused SHAPE N SECONDS MESSAGE: exit 1, MESSAGE said, no output
refused() {
	gen "$1" "$2"
	timeout "$3" "$p9ld" -o "$1.6" "$1.p9" > "$1.out" 2> "$1.err"
	status=$?
	[ $status = 1 ] || say "$1 ($2): exit $status, want 1"
	grep -qF "$4" "$1.err" || { say "$1 ($2): '$4' not said"; head -c 600 "$1.err"; echo; }
	[ -e "$1.6" ] && say "$1 ($2): an output was written"
}

# data SHAPE: the data segment's first 8 bytes, as p9dump shows them
data() {
	"$p9dump" -x data "$1.6" | awk 'NR == 1 { print $2, $3, $4, $5, $6, $7, $8, $9 }'
}

links const-chain 200000 60 && [ "$(data const-chain)" = "40 0d 03 00 00 00 00 00" ] ||
	say "const-chain: $(data const-chain)"
links symbol-chain 100000 60 && [ "$(data symbol-chain)" = "a0 86 01 00 00 00 00 00" ] ||
	say "symbol-chain: $(data symbol-chain)"
links mixed-chain 100000 60 && [ "$(data mixed-chain)" = "a0 86 01 00 00 00 00 00" ] ||
	say "mixed-chain: $(data mixed-chain)"
links values 1000000 60 && [ "$("$p9dump" -h values.6 | awk '$1 == "data" { print $3 }')" = 1000000 ] ||
	say "values: the data segment is not a million bytes"
links sum 300000 60 && [ "$(data sum)" = "e0 93 04 00 00 00 00 00" ] || say "sum: $(data sum)"
links sum-of-names 300000 60 && [ "$(data sum-of-names)" = "e0 93 04 00 00 00 00 00" ] ||
	say "sum-of-names: $(data sum-of-names)"
links signs 10000 60 && [ "$(data signs)" = "01 00 00 00 00 00 00 00" ] || say "signs: $(data signs)"
refused too-many-signs 10100 60 "parentheses and signs nest at most 10000 deep"
links parens 10000 60 && [ "$(data parens)" = "07 00 00 00 00 00 00 00" ] || say "parens: $(data parens)"
refused too-many-parens 10100 60 "parentheses and signs nest at most 10000 deep"
links aliases 50000 60
links incbins 5000 60
links one-blob 50000 60
links sources 20000 60
links strings 100000 60 && [ "$("$p9dump" -h strings.6 | awk '$1 == "data" { print $3 }')" = 800000 ] ||
	say "strings: the data segment is not 800000 bytes"
links includes 5000 60
links sizeof-chain 100000 60 && [ "$("$p9dump" -h sizeof-chain.6 | awk '$1 == "data" { print $3 }')" = 100001 ] ||
	say "sizeof-chain: $("$p9dump" -h sizeof-chain.6 | grep data)"
refused sizeof-ring 100000 60 "and 99992 more atoms in the ring"
links nested 200 60
refused too-nested 201 60 "includes nested more than 200 deep"

# Runs of zeros bigger than the data segment can be: refused, having
# taken memory for neither (fresh zero pages are never touched; an arena
# block made for one big request is not faulted in ahead of its user).
printf 'arch amd64;\ntext _start { bytes c3; }\ndata d { zero 0xf0000000; }\ndata e { zero 0xf0000000; }\n' > zeros.p9
"$top/bench/measure" -o zeros.m "$p9ld" -o zeros.6 zeros.p9 > /dev/null 2> zeros.err
grep -qF "does not fit the 32-bit field" zeros.err || { say "zeros: not refused"; head -c 600 zeros.err; echo; }
[ -e zeros.6 ] && say "zeros: an output was written"
kib=$(cut -d' ' -f2 zeros.m)
[ "${kib:-999999}" -lt 262144 ] || say "zeros: $kib KiB to refuse 7.5 GiB of zeros"

# A big binary file that is not ELF, given as a script: a NUL in its
# first kilobyte refuses it at once; one with none there is read only
# until the error limit.
head -c 20000000 /dev/urandom > random.bin
{ printf 'arch amd64;\n'; head -c 20000000 /dev/urandom; } | tr -d '\000' > no-nul.bin
for f in random.bin no-nul.bin; do
	timeout 20 "$p9ld" -o bin.6 "$f" > bin.out 2> bin.err
	status=$?
	[ $status = 1 ] || say "$f: exit $status, want 1"
	grep -qE "is not a script|too many errors \(20\); stopping" bin.err ||
		{ say "$f: not refused"; head -c 600 bin.err; echo; }
	[ "$(wc -c < bin.err)" -lt 100000 ] || say "$f: $(wc -c < bin.err) bytes of messages"
	[ -e bin.6 ] && say "$f: an output was written"
done

[ "$fail" = 0 ] && echo "stress: chains, long items and sums, deep nesting, many aliases, incbins, sources, includes; zero runs past 4 GiB; a big binary refused"
exit "$fail"
