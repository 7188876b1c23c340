#!/bin/sh
# Linking objects and archives as objects.md section 1 and 3 say, and
# what p9ld tells of them: archive members loaded on demand whatever
# the order, -L/-lNAME, the object and archive statements, weak, common
# and local symbols, two strong definitions, an undefined name's place,
# the map, the depfile, -v, and the lines of an object built with -g
# beside one without.  amd64 objects built by clang; skipped
# (77) without clang or an ar.
set -u
. "$srcdir/tests/objects/lib.sh"
need clang
ar=llvm-ar
command -v $ar > /dev/null 2>&1 || ar=ar
need $ar
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
fail=0
cd "$tmp" || exit 99
top=$OLDPWD
p9ld() { $VALGRIND "$top/p9ld" "$@"; }
p9dump() { "$top/p9dump" "$@"; }
as64() { printf '%s\n' "$2" > "$1.s" && clang --target=x86_64-none-elf -c "$1.s" -o "$1.o"; }
check() {   # check WHAT: the last command's output ($out) against $want
	[ "$out" = "$want" ] || { echo "FAIL $1:"; echo "  got:  $out" | head -20; echo "  want: $want"; fail=1; }
}

as64 start '	.globl _start
_start:	call used1
	call used2
	movl $8, %ebp
	syscall'
as64 used1 '	.globl used1
used1:	call used3
	ret'
as64 used2 '	.globl used2
used2:	ret'
as64 used3 '	.globl used3
used3:	ret
	.data
	.globl shared
shared:	.long 1'
as64 unused '	.globl unused
unused:	call nowhere
	ret'
$ar rcs libx.a used1.o used2.o unused.o || exit 99
$ar rcs liby.a used3.o || exit 99

# members load on demand, to a fixed point, whatever the archives' order
out=$(p9ld -v -o a.6 liby.a libx.a start.o | sed -n 2p)
# (used3.o's .data, which nothing refers to, is dropped: a member's
# sections are lazy)
want="a.6: objects 4 (3 archive members), sections 4 of 5 kept, 0 dropped (0 bytes)"
check "archives before the object"
out=$(p9dump -s a.6 | awk '$2 ~ /[Tt]/ { print $3 }' | tr '\n' ' ')
want="_start used1 used2 used3 "
check "the members' symbols, in link order"

# an archive alone is a whole link: the arch is its members', and the
# entry, _start, pulls its member in, which pulls in the rest
$ar rcs libs.a start.o used1.o used2.o used3.o unused.o || exit 99
out=$(p9ld -v -o s.6 libs.a | sed -n 2p)
want="s.6: objects 4 (4 archive members), sections 4 of 5 kept, 0 dropped (0 bytes)"
check "an archive alone"

# -L and -l, the member unused never read
out=$(p9ld -v -o b.6 start.o -L. -lx -ly | sed -n 2p)
want="b.6: objects 4 (3 archive members), sections 4 of 5 kept, 0 dropped (0 bytes)"
check "-L. -lx -ly"
out=$(p9ld -o c.6 start.o -L. -lz 2>&1); status=$?
want="p9ld: error: cannot find -lz: no libz.a in the -L folders"
check "a missing -l"; [ $status = 1 ] || { echo "FAIL: a missing -l: exit $status"; fail=1; }

# statements: object, object lazy, archive
cat > s.p9 <<'P9'
object "start.o";
object "unused.o" lazy;
archive "libx.a";
archive "liby.a";
P9
out=$(p9ld -v -o d.6 s.p9 | sed -n 2p)
want="d.6: objects 5 (3 archive members), sections 4 of 6 kept, 0 dropped (0 bytes)"
check "object, object lazy and archive statements"

# locals are private: two objects with the same static name
as64 c1 '	.globl _start
_start:	call f2
count:	ret'
as64 c2 '	.globl f2
f2:	ret
count:	ret'
out=$(p9ld -o e.6 c1.o c2.o && p9dump -s e.6 | awk '{ print $2, $3 }' | tr '\n' ' ')
want="d __GOT T _start t count T f2 t count "
check "local names of two objects"

# weak yields to strong, in either order; an undefined weak is 0
as64 w1 '	.globl _start
_start:	movq $f, %rax
	movq $maybe, %rbx
	.weak maybe
	.weak f
f:	ret'
as64 w2 '	.globl f
f:	nop
	ret'
for order in "w1.o w2.o" "w2.o w1.o"; do
	# shellcheck disable=SC2086
	p9ld -o w.6 $order || { echo "FAIL weak: $order does not link"; fail=1; continue; }
	f=$(p9dump -s w.6 | awk '$3 == "f" { print $1 }')
	count=$(p9dump -s w.6 | awk '$3 == "f"' | wc -l)
	[ "$count" = 1 ] || { echo "FAIL weak $order: $count symbols f"; fail=1; }
	# the strong f is w2's: after w1's 15 bytes of text, at w2's
	# alignment of 4, when w1 comes first
	case $order in w1*) want=0000000000200038 ;; *) want=0000000000200028 ;; esac
	[ "$f" = "$want" ] || { echo "FAIL weak $order: f at $f, want $want (w2's)"; fail=1; }
done
out=$(p9ld -o w.6 w1.o w2.o && p9dump -x text w.6 | head -1 | cut -c19-65)
want="48 c7 c0 38 00 20 00 48 c7 c3 00 00 00 00 c3 00"
check "an undefined weak is 0 (and f the strong one)"

# a script's export aliases of an object's globals, a strong one (kept
# as its name in the object's string table) and a weak one (as its
# label): each alias right after its name
as64 al '	.globl _start
_start:	ret
	.globl g
g:	ret
	.weak wk
wk:	ret'
printf 'object "al.o";\nexport g as g_alias, wk as wk_alias;\n' > al.p9
out=$(p9ld -o al.6 al.p9 && p9dump -s al.6 | awk '{ print $2, $3 }' | tr '\n' ' ')
want="d __GOT T _start T g T g_alias T wk T wk_alias "
check "aliases of an object's strong and weak globals"

# commons: the largest size and alignment, as bss
as64 m1 '	.globl _start
_start:	movq $buf, %rax
	ret
	.comm buf, 16, 4'
as64 m2 '	.comm buf, 64, 32'
out=$(p9ld -o m.6 m1.o m2.o && p9dump m.6 | grep '^bss' && p9dump -s m.6 | grep ' buf$')
want="bss vaddr 0x400000 memsize 0x40
0000000000400000 B buf"
check "commons"

# two strong definitions: both files named
as64 d1 '	.globl twice
twice:	ret'
as64 d2 '	.globl twice
twice:	nop
	ret'
out=$(p9ld -o x.6 start.o d1.o d2.o 2>&1); status=$?
want="d2.o: error: duplicate definition of 'twice'
d1.o: note: the other definition of 'twice' is here"
check "two strong definitions"; [ $status = 1 ] || { echo "FAIL: duplicate: exit $status"; fail=1; }

# an undefined name at the place that uses it, with a close name
out=$(p9ld -o x.6 start.o used1.o used2.o 2>&1); status=$?
want="used1.o(.text+0x1): error: undefined symbol 'used3'; did you mean 'used1'?"
check "an undefined name"; [ $status = 1 ] || { echo "FAIL: undefined: exit $status"; fail=1; }
[ -e x.6 ] && { echo "FAIL: a failed link wrote its output"; fail=1; }

# the map names sections as FILE(SECTION), with their symbols; the
# depfile names objects and archives
p9ld -M m.map --depfile m.d -o m.6 start.o -L. -lx -ly || fail=1
out=$(sed -n '/^# atoms/,/^$/p' m.map | sed -n 2,5p)
# start.o's 0x11 bytes of text, then used1.o's at its alignment of 4
want="0000000000200028       0x11 text start.o(.text)
  0000000000200028 _start
000000000020003c        0x6 text ./libx.a(used1.o)(.text)
  000000000020003c used1"
check "the map"
out=$(head -5 m.d | tr -d '\\' | tr -s ' \n' ' ')
want="m.6: start.o ./libx.a ./liby.a "
check "the depfile"

# text no line covers (an object without -g) is said to have none, and
# the -g object's lines follow
printf 'int f(int x)\n{\n\treturn x + 1;\n}\n' > g.c
clang --target=x86_64-none-elf -g -O1 -c g.c -o g.o || exit 99
as64 s '	.globl _start
_start:	call f
	ret'
out=$(p9ld -o g.6 s.o g.o && p9dump -l g.6)
want="0000000000200028 (no line)
0000000000200030 g.c:2
0000000000200034 g.c:3"
check "lines with and without -g"
exit $fail
