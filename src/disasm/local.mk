# ---- the disassembler wrapper (p9dump -d, p9run --trace=insn) -------
