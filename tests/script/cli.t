# The p9ld command line (cli.md).

=== --arch overrides the script; -T -D -R -E
%% script
arch 386;
text first bytes 00000000;
text _start bytes 00000000;
%% args
-o out --arch arm -T 0x10000+0x20 -D 0x30000 -E first --got none
%% dump -h
magic 0x00000647 arm b 20 header 32
text 0x00000008 8
data 0x00000000 0
bss 0x00000000 0
syms 0x00000017 23
entry 0x00010020 65568
spsz 0x00000000 0
pcsz 0x00000000 0

=== -R rounds the default data base; --defsym
%% script
arch 386; got none;
text _start bytes c3;
data d u32 SIZE;
%% args
-o out -R 0x10000 --defsym SIZE=4*4
%% dump -s
00010000 d d
00001020 t _start
%% dump -x text
00001020  c3                                               |.|

=== --gc keeps what the entry and exports reach; --strip
%% script
arch 386; got none;
text _start { bytes e8; pcrel32 used; }
text used bytes c3;
text unused bytes c3;
data exported u8 1;
data other u8 2;
export exported;
%% args
-o out --gc
%% dump -s
00002000 D exported
00001020 t _start
00001025 t used

=== -s writes no symbols
%% script
arch 386; got none;
text _start bytes c3;
%% args
-o out -s
%% dump -h
magic 0x000001eb 386 b 11 header 32
text 0x00000001 1
data 0x00000000 0
bss 0x00000000 0
syms 0x00000000 0
entry 0x00001020 4128
spsz 0x00000000 0
pcsz 0x00000000 0

=== -I searches include and incbin
%% file lib/defs.p9
const N = 2;
%% file lib/two.bin
xy
%% script
arch 386; got none;
include "defs.p9";
text _start bytes c3;
data d { u8 N; incbin "two.bin", 0, N; }
%% args
-o out -I lib
%% dump -x data
00002000  02 78 79                                         |.xy|

=== the map file
%% script
arch 386;
text _start { bytes 90; here: bytes c3; }
data msg ascii "hi";
text gone lazy bytes c3;
%% args
-o out -M out.map
%% expect out.map
# p9ld map of out
arch 386
entry 1020

# segments: start end size
text 00001020 00001022 0x2
data 00002000 0000200a 0xa
bss  0000200a 0000200a 0x0

# atoms: address size segment name place, then each label
00001020        0x2 text _start t.p9:2:6
  00001021 here
00002008        0x2 data msg t.p9:3:6

# dropped (lazy, unreferenced)
gone

# GOT at 2000: slot value
0 00001020
1 00002008

# symbols: value letter name
00002000 d __GOT
00002008 d msg
00001020 t _start
00001021 t here

=== the depfile quotes what make would read otherwise: ':', ' ', '#', '$'
%% file a:b#c$d.bin
z
%% script
arch 386; got none;
text _start bytes c3;
data d incbin "a:b#c$d.bin";
%% args
-o o:ut --depfile out.d
%% expect out.d
o\:ut: \
 t.p9 \
 a\:b\#c$$d.bin

t.p9:

a\:b\#c$$d.bin:

=== the depfile names scripts, includes and blobs
%% file inc.p9
const A = 1;
%% file blob.bin
z
%% script
arch 386; got none;
include "inc.p9";
text _start bytes c3;
data d incbin "blob.bin";
%% args
-o out --depfile out.d
%% expect out.d
out: \
 t.p9 \
 inc.p9 \
 blob.bin

t.p9:

inc.p9:

blob.bin:
