# ---- objects: x86-arm (tests and examples) ----
