#!/bin/sh
# GPREL records clang does not write, in objects made by yaml2obj, with
# bytes worked by hand: n64's lone GPREL32 (type2 and type3 NONE; clang
# writes GPREL32 only composed with R_MIPS_64, an 8-byte word), and an
# object assembled for a gp0 other than 0 (.reginfo's ri_gp_value for
# o32, .MIPS.options' ODK_REGINFO for n64), which a GPREL against a local
# symbol adds: S + A + GP0 - GP (the psABI; lld does the same).
# Skipped (77) without yaml2obj.
set -u
. "$srcdir/tests/objects/lib.sh"
need yaml2obj
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
fail=0

# The object, for every arch: 16 bytes of text (nops) at 0x4020, so the
# data base is 0x8000 and _gp = 0x8000 + 0x7ff0 = 0xfff0; 16 bytes of
# data at 0x8000 with gdat (global) at 0x800c; gp0 = 0x100.
#   text+0  GPREL16 .data+0, local: 0x8000 + 0 + 0x100 - 0xfff0 = -0x7ef0,
#           field 0x8110
#   text+4  GPREL16 gdat+0, global (no gp0): 0x800c - 0xfff0 = -0x7fe4,
#           field 0x801c
#   data+0  GPREL32 gdat+4: 0x8010 - 0xfff0 = -0x7fe0 = 0xffff8020
#   data+4  a5a5a5a5, kept: GPREL32 alone writes 4 bytes
#   data+8  GPREL32 .data+0x10, local: 0x8010 + 0x100 - 0xfff0 = -0x7ee0
#           = 0xffff8120
#   data+12 5a5a5a5a (gdat), kept
# REL (o32) puts the addends in the fields (data+0 holds 4, data+8 0x10);
# RELA (n64) in the records.

# object CLASS DATA RELTYPE TEXT DATA GPSECTION: the object's YAML
object() {
	if [ "$1" = ELFCLASS64 ]; then
		gpsec="  - Name: .MIPS.options
    Type: SHT_MIPS_OPTIONS
    Flags: [ SHF_ALLOC, SHF_MIPS_NOSTRIP ]
    AddressAlign: 0x8
    Content: '$6'"
		addends="      Addend: 4"
		a16="      Addend: 16"
	else
		gpsec="  - Name: .reginfo
    Type: SHT_MIPS_REGINFO
    Flags: [ SHF_ALLOC ]
    AddressAlign: 0x4
    Content: '$6'"
		addends= a16=
	fi
	cat <<EOF
--- !ELF
FileHeader:
  Class: $1
  Data: $2
  Type: ET_REL
  Machine: EM_MIPS
Sections:
  - Name: .text
    Type: SHT_PROGBITS
    Flags: [ SHF_ALLOC, SHF_EXECINSTR ]
    AddressAlign: 0x10
    Content: '$4'
  - Name: .data
    Type: SHT_PROGBITS
    Flags: [ SHF_ALLOC, SHF_WRITE ]
    AddressAlign: 0x10
    Content: '$5'
$gpsec
  - Name: .$3.text
    Type: SHT_$(echo "$3" | tr a-z A-Z)
    Link: .symtab
    Info: .text
    Relocations:
    - Offset: 0x0
      Symbol: .data
      Type: R_MIPS_GPREL16
    - Offset: 0x4
      Symbol: gdat
      Type: R_MIPS_GPREL16
  - Name: .$3.data
    Type: SHT_$(echo "$3" | tr a-z A-Z)
    Link: .symtab
    Info: .data
    Relocations:
    - Offset: 0x0
      Symbol: gdat
      Type: R_MIPS_GPREL32
$addends
    - Offset: 0x8
      Symbol: .data
      Type: R_MIPS_GPREL32
$a16
Symbols:
  - Name: .data
    Type: STT_SECTION
    Section: .data
  - Name: _start
    Section: .text
    Binding: STB_GLOBAL
  - Name: gdat
    Type: STT_OBJECT
    Section: .data
    Value: 0xc
    Binding: STB_GLOBAL
EOF
}

# hex FILE: its bytes as one hex string
hex() {
	od -An -v -tx1 "$1" | tr -d ' \n'
}

# The gp0 record: o32's .reginfo (ri_gprmask, ri_cprmask[4], then
# ri_gp_value at 20); n64's ODK_REGINFO in .MIPS.options (kind 1, size
# 40, section, info; ri_gprmask, ri_pad, ri_cprmask[4], then ri_gp_value,
# 8 bytes at 32).
z16=00000000000000000000000000000000
be_reginfo=00000000${z16}00000100
le_reginfo=00000000${z16}00010000
be_options=01280000000000000000000000000000${z16}0000000000000100
le_options=01280000000000000000000000000000${z16}0001000000000000

for arch in mips spim mips64 spim64; do
	case $arch in
	mips) cls=ELFCLASS32 data=ELFDATA2MSB rel=rel gp=$be_reginfo
	      d=00000004a5a5a5a5000000105a5a5a5a
	      wdata=ffff8020a5a5a5a5ffff81205a5a5a5a ;;
	spim) cls=ELFCLASS32 data=ELFDATA2LSB rel=rel gp=$le_reginfo
	      d=04000000a5a5a5a5100000005a5a5a5a
	      wdata=2080ffffa5a5a5a52081ffff5a5a5a5a ;;
	mips64) cls=ELFCLASS64 data=ELFDATA2MSB rel=rela gp=$be_options
	      d=00000000a5a5a5a5000000005a5a5a5a
	      wdata=ffff8020a5a5a5a5ffff81205a5a5a5a ;;
	spim64) cls=ELFCLASS64 data=ELFDATA2LSB rel=rela gp=$le_options
	      d=00000000a5a5a5a5000000005a5a5a5a
	      wdata=2080ffffa5a5a5a52081ffff5a5a5a5a ;;
	esac
	# the text: two fields filled, two nops after
	case $arch in
	mips|mips64) wtext=000081100000801c0000000000000000 ;;
	spim|spim64) wtext=108100001c8000000000000000000000 ;;
	esac
	object $cls $data $rel $z16 "$d" "$gp" > "$tmp/$arch.yaml"
	if ! yaml2obj "$tmp/$arch.yaml" -o "$tmp/$arch.o"; then
		echo "FAIL $arch: yaml2obj"; fail=1; continue
	fi
	if ! $VALGRIND ./p9ld -o "$tmp/$arch" "$tmp/$arch.o"; then
		echo "FAIL $arch: p9ld does not link it"; fail=1; continue
	fi
	text_bytes "$tmp/$arch" > "$tmp/$arch.text"
	data_bytes "$tmp/$arch" > "$tmp/$arch.data"
	t=$(hex "$tmp/$arch.text") dd=$(hex "$tmp/$arch.data")
	[ "$t" = "$wtext" ] || { echo "FAIL $arch: text $t, not $wtext"; fail=1; }
	[ "$dd" = "$wdata" ] || { echo "FAIL $arch: data $dd, not $wdata"; fail=1; }
	[ "$t$dd" = "$wtext$wdata" ] && echo "$arch: GPREL16, GPREL32 and gp0 as worked by hand"
done
exit $fail
