# ---- objects: riscv (tests and examples) ----
