# Items (language.md section 4): every row of the table.

=== bytes, with and without spaces
%% script
arch 386; got none;
text _start { bytes 48 8d 05; bytes 488d05; bytes; bytes c3; }
%% dump -x text
00001020  48 8d 05 48 8d 05 c3                             |H..H...|

=== u8 u16 u32 u64 in the arch's order; le and be
%% script
arch power; got none;
text _start bytes 60000000;
data d {
	u8 0x12; u16 0x1234; u32 0x12345678; u64 0x0102030405060708;
	le16 0x1234; le32 0x12345678; le64 1;
	be16 0x1234; be32 -2; be64 -1;
	u8 -128, 255; u16 -32768, 65535;
}
%% dump -x data
00200000  12 12 34 12 34 56 78 01 02 03 04 05 06 07 08 34  |..4.4Vx........4|
00200010  12 78 56 34 12 01 00 00 00 00 00 00 00 12 34 ff  |.xV4..........4.|
00200020  ff ff fe ff ff ff ff ff ff ff ff 80 ff 80 00 ff  |................|
00200030  ff                                               |.|

=== addr is pointer-sized, pcrel8 and pcrel32 both ways
%% script
arch amd64; got none;
text _start { back: bytes eb; pcrel8 back; bytes e8; pcrel32 fwd; }
text fwd { bytes c3; }
data ptrs addr _start, fwd + 1;
%% dump -x text
0000000000200028  eb fe e8 00 00 00 00 c3                          |........|
%% dump -x data
0000000000400000  28 00 20 00 00 00 00 00 30 00 20 00 00 00 00 00  |(. .....0. .....|

=== ascii, asciz, zero, fill
%% script
arch 386; got none;
text _start bytes c3;
data d { ascii "ab"; asciz "c"; zero 3; fill 2, 0x7a; fill 1, -1; }
%% dump -x data
00002000  61 62 63 00 00 00 00 7a 7a ff                    |abc....zz.|

=== incbin, whole, from an offset, a range
%% file blob.bin
0123456789
%% script
arch 386; got none;
text _start bytes c3;
data d { incbin "blob.bin"; incbin "blob.bin", 8; incbin "blob.bin", 2, 3; }
%% dump -x data
00002000  30 31 32 33 34 35 36 37 38 39 0a 38 39 0a 32 33  |0123456789.89.23|
00002010  34                                               |4|

=== labels, with their atom's letter
%% script
arch 386; got none;
text _start { bytes 90; inner: bytes c3; }
data d { u8 1; `end_of_d`: }
bss b 4;
%% dump -s
00002000 d d
00002001 d end_of_d
00002001 b b
00001020 t _start
00001021 t inner

=== fill and align that add nothing to an empty atom
# (once undefined behaviour: pointer arithmetic on an atom with no bytes)
%% script
arch 386; got none;
text _start bytes c3;
data e { fill 0, 0x7a; align 1, 0x55; }
data f u8 1;
%% dump -s
00002000 d e
00002000 d f
00001020 t _start
