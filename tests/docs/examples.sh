#!/bin/sh
# The scripts in p9ld-script(5)'s EXAMPLES are whole scripts that work:
# each is cut out of the page as a reader would copy it, linked by
# ./p9ld, and, where p9run is built, run, printing what the page says.
# In the page each one follows a comment line
#     .\" example NAME OUTPUT          (OUTPUT as printf(1) takes it)
# and perhaps
#     .\" file NAME CONTENT            (a file the script reads)
set -u
page="$srcdir/docs/p9ld-script.5"
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
# roff to text, for what lies between `.ft CW` and `.ft`: \e is a
# backslash, \- a minus, \& nothing.
awk -v dir="$tmp" '
	/^\.\\" example / { name = $3; out = $0; sub(/^[^ ]* [^ ]* [^ ]* /, "", out)
			    print out > (dir "/" name ".expect"); close(dir "/" name ".expect")
			    print name > (dir "/list"); next }
	/^\.\\" file / { f = $3; c = $0; sub(/^[^ ]* [^ ]* [^ ]* /, "", c)
			 print c > (dir "/" f ".content"); close(dir "/" f ".content")
			 print f > (dir "/files"); next }
	name != "" && /^\.ft CW$/ { copy = 1; next }
	copy && /^\.ft$/ { copy = 0; close(dir "/" name); name = ""; next }
	copy { s = $0; sub(/^\\&/, "", s); gsub(/\\-/, "-", s); gsub(/\\e/, "\\", s)
	       print s > (dir "/" name) }
' "$page" || exit 99
[ -f "$tmp/files" ] && while read -r f; do
	printf "$(cat "$tmp/$f.content")" > "$tmp/$f"
done < "$tmp/files"
fail=0 n=0
while read -r name; do
	n=$((n + 1))
	if ! ${VALGRIND-} ./p9ld -o "$tmp/$name.out" "$tmp/$name"; then
		echo "FAIL $name: does not link:"; cat "$tmp/$name"; fail=1; continue
	fi
	if [ ! -x ./p9run ]; then
		echo "$name: links (p9run not built: not run)"; continue
	fi
	printf "$(cat "$tmp/$name.expect")" > "$tmp/$name.want"
	./p9run "$tmp/$name.out" > "$tmp/$name.got"
	status=$?
	if [ "$status" != 0 ] || ! cmp -s "$tmp/$name.want" "$tmp/$name.got"; then
		echo "FAIL $name: exit status $status, printed:"; cat "$tmp/$name.got"; fail=1
	else
		echo "$name: links and runs"
	fi
done < "$tmp/list"
[ "$n" -ge 5 ] || { echo "FAIL: only $n examples in the page"; fail=1; }
exit "$fail"
