# ---- objects: mips (tests and examples) ----
