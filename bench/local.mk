# ---- the benchmark (built, not installed; bench/README.md) -------------
noinst_PROGRAMS += bench/api-bench bench/gen bench/measure
bench_gen_SOURCES = bench/gen.c
bench_measure_SOURCES = bench/measure.c
bench_api_bench_SOURCES = bench/api-bench.c
bench_api_bench_LDADD = libp9ld.la
EXTRA_DIST += bench/README.md bench/run tests/bench/n10000.sha256
SH_TESTS += tests/bench/image-hash.sh
