# Lexical rules (language.md section 1): every integer form, escapes,
# comments, back-quoted and UTF-8 names, adjacent strings.

=== integer forms
%% script
arch 386; got none;
text _start bytes c3;
data d {
	u8 42, 0x2a, 0o52, 0b101010, 'a', '\n', '\x41', '\101', 0x2_a;
	u16 1_000;                       // le: e8 03
	u64 0xffff_ffff_ffff_ffff;       /* all ones */
	u64 18446744073709551615;        # the same, in decimal
}
%% dump -x data
00002000  2a 2a 2a 2a 61 0a 41 41 2a e8 03 ff ff ff ff ff  |****a.AA*.......|
00002010  ff ff ff ff ff ff ff ff ff ff ff                 |...........|

=== string escapes and adjacent strings
%% script
arch 386; got none;
text _start bytes c3;
data d {
	ascii "a\tb\r\n\0\\\"\'\x7f\101";
	asciz "con" "cat" "";
}
%% dump -x data
00002000  61 09 62 0d 0a 00 5c 22 27 7f 41 63 6f 6e 63 61  |a.b...\"'.Aconca|
00002010  74 00                                            |t.|

=== back-quoted and UTF-8 names
%% script
arch amd64; got none;
text `_start` bytes c3;
text `align` bytes c3;
text runtime·main bytes c3;
text .L1$x bytes c3;
data d addr `align`, runtime·main;
%% dump -s
0000000000400000 d d
0000000000200028 t _start
0000000000200029 t align
000000000020002a t runtime·main
000000000020002b t .L1$x

=== keywords are names where a name is defined, and in expressions
%% script
arch arm; got none;
text _start { bytes 00000000; u32 `text`, data; }
data text u32 1;
data data u32 2;
%% dump -s
00002000 d text
00002004 d data
00001020 t _start

=== blanks after hex bytes, before the semicolon
%% script
arch 386; got none;
text _start { bytes c3 	; bytes 90	90 ; }
%% dump -x text
00001020  c3 90 90                                         |...|

=== hex bytes over several lines, with comments between
%% script
arch 386; got none;
text _start {
	bytes 48 8d       # a comment after a run
	      05 00 00
	      // another
	      c3;
}
%% dump -x text
00001020  48 8d 05 00 00 c3                                |H.....|

=== every kind of blank after names, keywords, numbers and punctuation
%% script
arch	386 ;	got  none ;
const k	=	2 	;
text _start	{	bytes c3 ;	}
data	d  {	u16	k	,	0x10 	;	addr	_start 	;	}
export d	as	e	;
%% dump -s
00002000 d d
00002000 D e
00001020 t _start

=== vertical tabs, form feeds and carriage returns are blanks too
%% script
arch 386; got none;
text _start bytes c3;
data d {u81 , 2;	}
%% dump -x data
00002000  01 02                                            |..|
