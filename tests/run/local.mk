# ---- execution tests under p9run (which needs unicorn) ------------------
# Every program they run is confined by --root to a scratch folder
# (lib.sh).
RUN_TESTS = \
	tests/run/run.sh \
	tests/run/root.sh \
	tests/run/calls.sh \
	tests/run/faults.sh \
	tests/run/trace.sh
if HAVE_UNICORN
TESTS += $(RUN_TESTS)
endif
EXTRA_DIST += $(RUN_TESTS) \
	tests/run/lib.sh \
	tests/run/trace.txt \
	tests/run/386-proof.p9 \
	tests/run/amd64-proof.p9 \
	tests/run/arm64-proof.p9 \
	tests/run/mips-proof.p9 \
	tests/run/syscalls-amd64.p9 \
	tests/run/files-amd64.p9 \
	tests/run/files-arm64.p9 \
	tests/run/brk-amd64.p9
