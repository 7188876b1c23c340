#!/bin/sh
# Every script-level case again with the parser on its own thread
# (--threads 2, which big scripts get by default): the same bytes, the
# same diagnostics in the same order, the same exit status.
P9LD_FIRST_ARGS="--threads 2"
export P9LD_FIRST_ARGS
exec sh "$srcdir/tests/script/run.sh"
