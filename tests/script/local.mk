# ---- script-level tests: a script beside its expected dump or errors ----
SH_TESTS += \
	tests/script/run.sh \
	tests/script/threads.sh \
	tests/script/fork.sh \
	tests/script/bytes.sh \
	tests/script/outputs.sh \
	tests/script/changed.sh \
	tests/script/stress.sh
EXTRA_DIST += \
	tests/script/atoms.t \
	tests/script/cli.t \
	tests/script/errors.t \
	tests/script/exprs.t \
	tests/script/items.t \
	tests/script/limits.t \
	tests/script/lexical.t \
	tests/script/lines.t \
	tests/script/statements.t
