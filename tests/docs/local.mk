# ---- the man pages render without a warning or words run together -------
SH_TESTS += tests/docs/manlint.sh
EXTRA_DIST += tests/docs/glued.awk
