# Atoms (language.md section 3): the three forms, the one-item shorthand,
# and every attribute.

=== text, data and bss; one-item shorthand
%% script
arch arm; got none;
text _start { bytes 00 00 a0 e1; }
text one bytes 00 00 a0 e1;
data msg ascii "hi";
data blk { u8 1; u8 2; }
bss buf 100;
%% dump -s
00002000 d msg
00002002 d blk
00002004 b buf
00001020 t _start
00001024 t one
%% dump -h
magic 0x00000647 arm b 20 header 32
text 0x00000008 8
data 0x00000004 4
bss 0x00000064 100
syms 0x00000030 48
entry 0x00001020 4128
spsz 0x00000000 0
pcsz 0x00000000 0

=== align and fill attributes; align items inside
%% script
arch 386; got none;
text _start bytes c3;
data a align 16 fill 0xee { u8 1; align 4; u8 2; align 8, 0x55; u8 3; }
bss b align (4 * 8) 4;
%% dump -x data
00002000  01 ee ee ee 02 55 55 55 03                       |.....UUU.|
%% dump -s
00002000 d a
00002020 b b
00001020 t _start

=== leaf and global
%% script
arch amd64; got none;
text _start global bytes c3;
text helper leaf bytes c3;
text visible leaf global bytes c3;
data counter global u64 0;
%% dump -s
0000000000400000 D counter
0000000000200028 T _start
0000000000200029 l helper
000000000020002a L visible

=== lazy atoms are dropped unless used
%% script
arch 386; got none;
text _start { bytes e8; pcrel32 used; }
text used lazy bytes c3;
text unused lazy bytes c3;
data table lazy { addr far; }
text far lazy bytes c3;
%% dump -s
00001020 t _start
00001025 t used

=== text aligns to the pc quantum by default
%% script
arch riscv; got none;
text _start bytes 13;
text next bytes 13 00;
%% dump -s
00001020 t _start
00001022 t next
