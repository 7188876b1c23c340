# ---- C programs built with clang, linked with p9ld (issue: C programs) ----
# examples/c's libc9 and programs for all 13 archs: run against the host
# (run.sh), against lld where p9run cannot run them (lld.sh), their lines
# and a fault's message (lines.sh); the arithmetic helpers on the host
# (helpers.sh).
SH_TESTS += tests/c/run.sh tests/c/lld.sh tests/c/lines.sh tests/c/helpers.sh
EXTRA_DIST += \
	tests/c/lib.sh \
	tests/c/host.c \
	tests/c/fault.c \
	tests/c/helpers.c \
	tests/c/lld/mips64.ld \
	tests/c/lld/power.ld \
	tests/c/lld/power64.ld \
	examples/c/Makefile \
	examples/c/README.md \
	examples/c/libc9.h \
	examples/c/start.c \
	examples/c/sys.c \
	examples/c/mem.c \
	examples/c/fmt.c \
	examples/c/vlrt.c \
	examples/c/aeabi.c \
	examples/c/hello.c \
	examples/c/tour.c \
	examples/c/asm/386.S \
	examples/c/asm/amd64.S \
	examples/c/asm/arm.S \
	examples/c/asm/arm-divmod.S \
	examples/c/asm/arm64.S \
	examples/c/asm/mips.S \
	examples/c/asm/mips64.S \
	examples/c/asm/power.S \
	examples/c/asm/power64.S \
	examples/c/asm/riscv.S \
	examples/c/asm/sparc.S
