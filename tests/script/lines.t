# Source files and the pc/line table (language.md section 7).

=== one file, three lines
%% script
arch arm; got none;
source "/usr/src/boot.s";
text _start {
	line 10; bytes 00 00 a0 e1;
	line 11; bytes 00 00 a0 e1 00 00 a0 e1;
	line 5;  bytes 00 00 a0 e1;
}
%% dump -l
00001020 /usr/src/boot.s:10
00001024 /usr/src/boot.s:11
0000102c /usr/src/boot.s:5
%% dump -s
00000001 f /
00000002 f usr
00000003 f src
00000004 f boot.s
00000001 z /usr/src/boot.s
7fffffff z 
00001020 t _start

=== two files, a text atom without one between them
%% script
arch 386; got none;
source "a.s";
text _start { line 1; bytes 90; line 300; bytes c3; }
source "b.s";
text f { line 7; bytes c3; }
text g bytes c3;
%% dump -l
00001020 a.s:1
00001021 a.s:300
00001022 b.s:7
