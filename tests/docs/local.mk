# ---- the man pages: they render without a warning or words run together,
# and p9ld-script(5)'s examples link and run -------------------------------
SH_TESTS += tests/docs/manlint.sh tests/docs/examples.sh
EXTRA_DIST += tests/docs/glued.awk
