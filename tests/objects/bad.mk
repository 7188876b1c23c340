# ---- objects: bad (tests and examples) ----
