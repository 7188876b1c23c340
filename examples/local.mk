# ---- examples (built, not installed) ------------------------------------
noinst_PROGRAMS += examples/api/hello-amd64
examples_api_hello_amd64_SOURCES = examples/api/hello-amd64.c
examples_api_hello_amd64_LDADD = libp9ld.la

# Every file listed one by one: a directory here would carry build
# products into the tarball.
EXTRA_DIST += \
	examples/386/hello.p9 \
	examples/amd64/hello.p9 \
	examples/arm/hello.p9 \
	examples/arm64/hello.p9 \
	examples/mips/hello-code.p9 \
	examples/mips/hello.p9 \
	examples/mips64/hello-code.p9 \
	examples/mips64/hello.p9 \
	examples/plan9.p9 \
	examples/power/hello.p9 \
	examples/power64/hello.p9 \
	examples/riscv/hello.p9 \
	examples/riscv64/hello.p9 \
	examples/showcase/blob.p9 \
	examples/showcase/boot.p9 \
	examples/showcase/got-call.p9 \
	examples/showcase/message.txt \
	examples/sparc/hello.p9 \
	examples/spim/hello.p9 \
	examples/spim64/hello.p9

SH_TESTS += tests/examples.sh
