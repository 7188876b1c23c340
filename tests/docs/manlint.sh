#!/bin/sh
# Every man page in docs/ renders cleanly: groff reads it with every
# warning on and says nothing, and no font macro runs words together.
#
# The second check is for a bug groff cannot warn about.  The alternating
# font macros (.BI .IB .BR .RB .IR .RI) join their arguments with no space
# between them; that is how `-lNAME` is written, and how words meant to
# be apart end up glued when they are left unquoted:
#     .BI "text " "name attr..." \fR(one item)\fP
# renders "text name attr...(oneitem)".  Two signs of it, neither of
# which a correct page has:
#   - an argument that switches the font itself (\fR, \fB, ...) and is
#     glued, a letter or digit against a letter, a digit or '(', to the
#     next one: the author meant plain text, and plain text has spaces;
#   - three words in a row glued letter to letter: `lib name .a` glues
#     two, prose glues many.
set -u
if ! command -v groff >/dev/null 2>&1; then
	echo "groff not found: the man pages are not checked"
	exit 77
fi
fail=0 n=0
for page in "$srcdir"/docs/*.[1-9]; do
	n=$((n + 1))
	name=$(basename "$page")
	# the preprocessors the page's first line asks for, as man(1) runs
	# them: '\" t is tbl
	pre=
	head -n 1 "$page" | grep -q "^'\\\\\" [a-z]*t" && pre=-t
	warnings=$(LC_ALL=C.UTF-8 groff $pre -man -ww -z -Tutf8 "$page" 2>&1)
	if [ -n "$warnings" ]; then
		echo "FAIL $name: groff warns:"; echo "$warnings"; fail=1
	fi
	if ! awk -v page="$name" -f "$srcdir/tests/docs/glued.awk" "$page"; then
		fail=1
	fi
done
# The pages must all be here, in a clone and in the tarball.
[ "$n" -ge 5 ] || { echo "FAIL: only $n pages in $srcdir/docs"; fail=1; }
[ "$fail" = 0 ] && echo "$n pages: no warnings, no words run together"
exit "$fail"
