# ---- ELF objects and archives in (objects.md) ----------------------------
