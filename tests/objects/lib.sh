# Shared by the object tests: the arch table of the test toolchain and a
# few helpers.  Sourced with $srcdir, $VALGRIND and the build dir as cwd.

# target ARCH: clang's flags for ARCH's objects (objects.md, issue notes)
target() {
	case $1 in
	386) echo "--target=i386-none-elf" ;;
	amd64) echo "--target=x86_64-none-elf" ;;
	arm) echo "--target=armv7a-none-eabi -marm" ;;
	arm64) echo "--target=aarch64-none-elf" ;;
	mips) echo "--target=mips-none-elf -march=mips32 -mno-abicalls" ;;
	spim) echo "--target=mipsel-none-elf -march=mips32 -mno-abicalls" ;;
	mips64) echo "--target=mips64-none-elf -mabi=64 -mno-abicalls" ;;
	spim64) echo "--target=mips64el-none-elf -mabi=64 -mno-abicalls" ;;
	power) echo "--target=powerpc-none-elf" ;;
	power64) echo "--target=powerpc64-none-elf -mabi=elfv2" ;;
	sparc) echo "--target=sparc-none-elf -fintegrated-as" ;;
	riscv) echo "--target=riscv32-none-elf -march=rv32imac -mabi=ilp32 -mno-relax" ;;
	riscv64) echo "--target=riscv64-none-elf -march=rv64imac -mabi=lp64 -mno-relax" ;;
	*) return 1 ;;
	esac
}

# need TOOL...: skip (77) when a tool is missing, saying which
need() {
	for t in "$@"; do
		command -v "$t" > /dev/null 2>&1 || { echo "$t not found: skipped"; exit 77; }
	done
}

# assemble ARCH SOURCE OBJECT
assemble() {
	# shellcheck disable=SC2046
	clang $(target "$1") -c "$2" -o "$3"
}

# field IMAGE NAME: a p9dump -h field's value, in decimal
field() {
	./p9dump -h "$1" | awk -v f="$2" '$1 == f { print $3 }'
}

# symbol IMAGE NAME: a symbol's value (hex, no 0x)
symbol() {
	./p9dump -s "$1" | awk -v n="$2" '$3 == n { print $1; exit }'
}

# text_bytes IMAGE, data_bytes IMAGE: the image's text and data
text_bytes() {
	h=$(./p9dump -h "$1" | awk '$1 == "magic" { for (i = 1; i <= NF; i++) if ($i == "header") print $(i + 1) }')
	tail -c +$((h + 1)) "$1" | head -c "$(field "$1" text)"
}
data_bytes() {
	h=$(./p9dump -h "$1" | awk '$1 == "magic" { for (i = 1; i <= NF; i++) if ($i == "header") print $(i + 1) }')
	tail -c +$((h + $(field "$1" text) + 1)) "$1" | head -c "$(field "$1" data)"
}
