# ---- fuzz targets (built by tests/fuzz/build.sh with clang; README.md) --
EXTRA_DIST += \
	tests/fuzz/fuzz-reader.c \
	tests/fuzz/fuzz-script.c \
	tests/fuzz/build.sh \
	tests/fuzz/README.md \
	tests/fuzz/regressions/z-value-2pow63.bin
