# Top-level statements (language.md section 2).

=== arch aliases, base text, base data
# p9dump learns the text base from etext (the kernel's is 0x200028);
# etext has a GOT slot too, so data is two slots
%% script
arch x86_64;
base text 0x1000 + 0x28;
base data 0x800000;
special etext;
text _start bytes c3;
%% dump
arch amd64
magic 0x8a97
entry 0x1028
text offset 0x28 size 0x1
text vaddr 0x1028 memsize 0x1
data offset 0x29 size 0x10
data vaddr 0x800000 memsize 0x10
bss vaddr 0x800010 memsize 0x0
syms offset 0x39 size 0x2e
spsz offset 0x67 size 0x0
pcsz offset 0x67 size 0x0

=== arch by number; round
%% script
arch 386;
round 0x10000;
text _start bytes c3;
data x u8 1;
%% dump -s
00010000 d __GOT
00010008 d x
00001020 t _start

=== entry and const, used before they are defined
%% script
entry main;
arch arm;
got none;
text first { bytes 00000000; }
text main { zero SIZE; u32 SIZE * 2; }
const SIZE = 4 * HALF;
const HALF = 2;
%% dump -h
magic 0x00000647 arm b 20 header 32
text 0x00000010 16
data 0x00000000 0
bss 0x00000000 0
syms 0x00000015 21
entry 0x00001024 4132
spsz 0x00000000 0
pcsz 0x00000000 0
%% dump -x text
00001020  00 00 00 00 00 00 00 00 00 00 00 00 10 00 00 00  |................|

=== symbol with and without a segment; export as
%% script
arch 386; got none;
text _start { bytes 90 90; mid: bytes c3; }
symbol start2 = _start + 1 text;
symbol table = 0x4000 data;
symbol scratch = 0x8000 bss;
symbol hidden = 7;
export _start, mid as middle, table;
export start2 as again;
data d u32 hidden;
%% dump -s
00002000 d d
00001020 T _start
00001022 t mid
00001022 T middle
00001021 t start2
00001021 T again
00004000 D table
00008000 b scratch

=== include, relative to the including file
%% file parts/regs.p9
const FD = 1;
include "more.p9";
%% file parts/more.p9
const LEN = 3;
%% script
arch 386; got none;
include "parts/regs.p9";
text _start bytes c3;
data d u8 FD, LEN;
%% dump -x data
00002000  01 03                                            |..|

=== special symbols, declared and by use
%% script
arch arm; got none;
special etext;
special edata, end;
text _start { bytes 00000000; }
data d u32 1;
bss b 8;
%% dump -s
00002000 d d
00002004 b b
00001020 t _start
00001024 T etext
00002004 D edata
0000200c B end

=== got used and got none
%% script
arch 386;
got used;
text _start { addr got(b); addr got(end); }
text b bytes c3;
data d u8 1;
%% dump -g
got 0x2000 slots 2
0 00001028 b
1 00002009 end

=== got all is the default
%% script
arch 386;
text _start { bytes c3; }
data d u8 1;
%% dump -g
got 0x2000 slots 2
0 00001020 _start
1 00002008 d

=== atoms before the arch, and sizes before their constants, wait for them
# the first two atoms cannot be built when they are read: they are
# queued, and built in order once the arch and PAD are known
%% script
text _start { bytes 90; zero PAD; bytes c3; }
data d u8 PAD;
arch 386; got none;
const PAD = 2;
text last bytes c3;
%% dump -x text
00001020  90 00 00 c3 c3                                   |.....|
%% dump -s
00002000 d d
00001020 t _start
00001024 t last
