# Expressions, fixups and the GOT (language.md section 5).

=== C precedence and every operator
%% script
arch 386; got none;
text _start bytes c3;
data d {
	u8 1 + 2 * 3, (1 + 2) * 3, 7 / 2, -7 / 2, -7 % 3, 1 << 4 | 1;
	# & binds before ^: (0xf0 & 0x3c) ^ 0xff = 0xcf
	u8 0xf0 & 0x3c ^ 0xff, ~0 & 0x7f, -(-5), +3, 16 >> 2, 1 - 2 - 3;
	u8 2 * 3 % 4, 6 & 3 | 8, 1 | 2 ^ 3 & 4;
}
%% dump -x data
00002000  07 09 03 fd ff 11 cf 7f 05 03 04 fc 02 0a 03     |...............|

=== '.' is the address of the item's first byte
%% script
arch 386; got none;
text _start { bytes 90; u32 ., .; u32 . - _start; }
%% dump -x text
00001020  90 21 10 00 00 21 10 00 00 09 00 00 00           |.!...!.......|

=== sizeof, got, and differences of addresses
# GOT slots _start, msg, etext: msg is at 0x200c
%% script
arch 386;
text _start { u32 sizeof(msg), got(msg) - __GOT, msg - _start, got(etext); }
data msg ascii "hello";
%% dump -x text
00001020  05 00 00 00 04 00 00 00 ec 0f 00 00 08 20 00 00  |............. ..|

=== anonymous strings are shared and come after named data
%% script
arch amd64; got none;
text _start { addr "hi", "yo", "hi"; }
data named u8 7;
%% dump -x data
0000000000400000  07 68 69 00 79 6f 00                             |.hi.yo.|
%% dump -s
0000000000400000 d named
0000000000400001 d __anon_0
0000000000400004 d __anon_1
0000000000200028 t _start

=== forward references everywhere
%% script
arch 386; got none;
text _start { zero PAD; addr later; u8 K; }
data later u8 K * 2;
const PAD = K - 1;
const K = 3;
%% dump -x text
00001020  00 00 00 20 00 00 03                             |... ...|

=== sizeof in sizes: constants, zero, fill, align, bss, bases
# d is 2 bytes; K = 2, so z is 2; later is 3 bytes aligned to 2 = 4, so f
# fills 4; y is 2 + 4; the text base takes later's size.  An atom waits
# for the sizes it takes but keeps its place in the image
%% script
arch 386; got none;
text _start { bytes c3; }
data d { zero sizeof(_start); u8 sizeof(y); }
const K = sizeof(d);
bss z K;
data f { fill sizeof(later), 0xaa; }
data later align 2 { bytes 01 02 03; align sizeof(d); }
bss y sizeof(z) + sizeof(f);
base text 0x1000 + sizeof(later) * 0x1000;
%% dump -x data
00006000  00 06 aa aa aa aa 01 02 03 00                    |..........|
%% dump -s
00006000 d d
00006002 d f
00006006 d later
0000600a b z
0000600c b y
00005000 t _start
