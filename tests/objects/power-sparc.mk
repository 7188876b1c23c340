# ---- objects: power-sparc (tests and examples) ----
