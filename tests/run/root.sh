#!/bin/sh
# --root DIR: every path the guest names resolves inside DIR, as if DIR
# were /.  Two programs (files-amd64.p9, files-arm64.p9) open what their
# arguments name and print it; each tries a file inside the root, by an
# absolute and a relative path, and a file outside it through "..",
# through an absolute host path, and through symbolic links, absolute and
# relative, to the file and to a folder above it: every one of those must
# fail, and the links that stay inside must work.  files-amd64 also
# creates files and directories (create, and create with DMDIR) through
# the same kinds of path: what it makes lands inside the root.  Without
# --root the same program reads the file outside, as p9run(1) says.
. "$srcdir/tests/run/lib.sh"

link "$tmp/files-amd64" "$srcdir/tests/run/files-amd64.p9" || finish
link "$tmp/files-arm64" "$srcdir/tests/run/files-arm64.p9" || finish

# Where openat2 is missing, --root refuses to run: exit 2, saying why,
# and the program never starts.
if [ -z "$confine" ]; then
	$VALGRIND ./p9run --root "$guest" "$tmp/files-amd64" "$guest/x" > "$tmp/out" 2> "$tmp/err"
	check "--root without openat2 refuses" 2 /dev/null $?
	expect_err "--root without openat2" "cannot confine paths to it: openat2(2)"
	expect_err "--root without openat2" "not running unconfined"
	if [ -z "$VALGRIND" ]; then
		echo "SKIP: this kernel has no openat2(2) (Linux 5.6): nothing can be confined"
		[ $fail = 0 ] && exit 77
		finish
	fi
	echo "note: confinement checked without valgrind, which lacks openat2"
	VALGRIND=
	confine=yes
fi

echo "outside the root" > "$tmp/secret"
mkdir -p "$guest/sub"
echo "inside" > "$guest/in.txt"
echo "deep inside" > "$guest/sub/deep.txt"
ln -s "$tmp/secret" "$guest/abs"             # absolute, to the file outside
ln -s ../secret "$guest/rel"                 # relative, up out of the root
ln -s ../../secret "$guest/sub/up"           # relative, from a subfolder
ln -s "$tmp" "$guest/dirlink"                # absolute, to the folder above
ln -s .. "$guest/sub/dotdot"                 # relative, to a folder
ln -s sub/deep.txt "$guest/good"             # relative, inside
ln -s /sub/deep.txt "$guest/goodabs"         # absolute: / is the root
ln -s "$tmp/made-outside" "$guest/dangling"  # to a file that is not yet

# Unconfined, the program reaches the host's file.
./p9run "$tmp/files-amd64" "$tmp/secret" > "$tmp/out" 2> "$tmp/err"
echo "outside the root" > "$tmp/want"
check "without --root the guest reads any file" 0 "$tmp/want" $?

cat > "$tmp/want" <<'OUT'
inside
inside
inside
inside
deep inside
deep inside
deep inside
- file does not exist
- file does not exist
- file does not exist
- file does not exist
- file does not exist
- file does not exist
- file does not exist
- file does not exist
- file does not exist
- file does not exist
- file does not exist
OUT
for arch in amd64 arm64; do
	run "$tmp/files-$arch" /in.txt in.txt sub/../in.txt ../in.txt \
		/sub/deep.txt good goodabs \
		../secret ../../../../secret /../secret sub/../../secret "$tmp/secret" \
		abs rel sub/up dirlink/secret sub/dotdot/../secret \
		"/proc/self/root$tmp/secret"
	check "--root: files-$arch reaches inside and not outside" 0 "$tmp/want" $?
done

# What the guest makes stays inside: the names that point outside make
# their files under the root (where $tmp's path is made ready for them).
mkdir -p "$guest/$tmp"
cat > "$tmp/want" <<'OUT'
+
+
+
+
^
+
newdir/f
^
- file already exists
^
- file is a directory
OUT
run "$tmp/files-amd64" +../escape "+$tmp/made-outside" +dangling +dirlink/made \
	^newdir +newdir/f newdir/f ^../../up ^/ "^$tmp/dir" +newdir
check "--root: create and create(DMDIR)" 0 "$tmp/want" $?
if [ -e "$tmp/escape" ] || [ -e "$tmp/made-outside" ] || [ -e "$tmp/made" ] ||
   [ -e "$tmp/up" ] || [ -e "$tmp/dir" ]; then
	echo "FAIL --root: a file was made outside the root:"; ls -la "$tmp"; fail=1
else
	n=$((n + 1)); echo "ok --root: nothing made outside the root"
fi
for made in escape "$tmp/made-outside" "$tmp/made" newdir/f newdir/ up/ "$tmp/dir/"; do
	if [ -e "$guest/$made" ]; then
		n=$((n + 1)); echo "ok --root: $made made inside"
	else
		echo "FAIL --root: $guest/$made is not there"; fail=1
	fi
done
echo dangling > "$tmp/want"
if cmp -s "$tmp/want" "$guest/$tmp/made-outside"; then
	n=$((n + 1)); echo "ok --root: the dangling link's target made inside"
else
	echo "FAIL --root: $guest/$tmp/made-outside does not hold 'dangling'"; fail=1
fi

# --root needs a folder.
./p9run --root "$tmp/none" "$tmp/files-amd64" > "$tmp/out" 2> "$tmp/err"
check "--root of a missing folder" 2 /dev/null $?
expect_err "--root of a missing folder" "p9run: --root $tmp/none: No such file or directory"
./p9run --root "$tmp/secret" "$tmp/files-amd64" > "$tmp/out" 2> "$tmp/err"
check "--root of a file" 2 /dev/null $?
expect_err "--root of a file" "p9run: --root $tmp/secret: Not a directory"

finish
