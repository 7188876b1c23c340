# Words run together by an alternating font macro (manlint.sh says why).
# Reads one page; prints each bad line and exits 1 if there is one.

# The arguments of a macro line as groff splits them: at spaces, except
# inside double quotes ("" is a quote) and after a backslash.
function split_args(line, args,    n, i, c, cur, inq, have) {
	n = 0; cur = ""; inq = 0; have = 0
	for (i = 1; i <= length(line); i++) {
		c = substr(line, i, 1)
		if (c == "\\") {
			cur = cur substr(line, i, 2); i++; have = 1
		} else if (inq && c == "\"") {
			if (substr(line, i + 1, 1) == "\"") { cur = cur "\""; i++ }
			else inq = 0
		} else if (!inq && c == "\"" && !have) {
			inq = 1; have = 1
		} else if (!inq && c == " ") {
			if (have) { args[++n] = cur; cur = ""; have = 0 }
		} else {
			cur = cur c; have = 1
		}
	}
	if (have) args[++n] = cur
	return n
}

# What an argument shows: escapes that print nothing are dropped, a
# special character is one non-word character, \- and \e their glyph.
function shown(s,    out, i, c, d) {
	out = ""
	for (i = 1; i <= length(s); i++) {
		c = substr(s, i, 1)
		if (c != "\\") { out = out c; continue }
		d = substr(s, ++i, 1)
		if (d == "f") {                     # \fX, \f(XX, \f[...]
			d = substr(s, ++i, 1)
			if (d == "(") i += 2
			else if (d == "[") while (i < length(s) && substr(s, i, 1) != "]") i++
		} else if (d == "(") {
			i += 2; out = out "*"
		} else if (d == "[") {
			while (i < length(s) && substr(s, i, 1) != "]") i++
			out = out "*"
		} else if (d == "*") {
			d = substr(s, ++i, 1)
			if (d == "(") i += 2
			else if (d == "[") while (i < length(s) && substr(s, i, 1) != "]") i++
			out = out "*"
		} else if (d == "-") out = out "-"
		else if (d == "e" || d == "\\") out = out "\\"
		else if (d == " " || d == "~" || d == "0") out = out " "
		else if (d == "&" || d == ")" || d == "c" || d == "/" || d == "," || \
			 d == "%" || d == ":" || d == "^" || d == "|") ;
		else out = out d
	}
	return out
}

function word(c) { return c ~ /^[A-Za-z0-9]$/ }

/^\.(BI|IB|BR|RB|IR|RI)[ \t]/ {
	line = $0; sub(/^\.[A-Z][A-Z][ \t]+/, "", line)
	n = split_args(line, arg)
	run = 0
	for (k = 1; k < n; k++) {
		a = shown(arg[k]); b = shown(arg[k + 1])
		if (a == "" || b == "") { run = 0; continue }
		l = substr(a, length(a), 1); r = substr(b, 1, 1)
		own = arg[k] ~ /\\f/ || arg[k + 1] ~ /\\f/
		if (own && word(l) && (word(r) || r == "(")) {
			printf "FAIL %s:%d: \"%s\" runs into \"%s\" (quote the words that go together)\n", \
				page, NR, a, b
			bad = 1
		}
		run = word(l) && word(r) ? run + 1 : 0
		if (run == 2) {
			printf "FAIL %s:%d: words run together from \"%s\" (quote the text, or give it its own line)\n", \
				page, NR, shown(arg[k - 1])
			bad = 1
		}
	}
}

END { exit bad }
