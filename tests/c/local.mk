# ---- C programs built with clang, linked with p9ld (issue: C programs) ----
