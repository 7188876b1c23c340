# ---- man pages ---------------------------------------------------------
dist_man_MANS += docs/libp9ld.3 docs/p9dump.1 docs/p9ld.1 docs/p9ld-script.5
if HAVE_UNICORN
dist_man_MANS += docs/p9run.1
endif
# In the tarball whatever configure finds, so tests/docs/manlint.sh can
# read every page.
EXTRA_DIST += docs/p9run.1
