# ---- p9dump ----------------------------------------------------------
bin_PROGRAMS += p9dump
p9dump_SOURCES = src/p9dump/p9dump.c
p9dump_LDADD = libp9ld-engine.la
