# Bad scripts: each gives exactly these diagnostics, exit status 1 (2
# for bad usage), and leaves no output behind.

=== stray character
%% script
arch 386;
text _start bytes c3; @
%% status
1
%% stderr
t.p9:2:23: error: stray '@' in script
text _start bytes c3; @
                      ^

=== stray byte
%% script
arch 386;
text _start { bytes c3; }
data d u8 1 ! 2;
%% status
1
%% stderr
t.p9:3:13: error: stray '!' in script
data d u8 1 ! 2;
            ^
t.p9:3:15: error: syntax error, unexpected integer, expecting ';' or ','
data d u8 1 ! 2;
              ^

=== stray character after lines of only blanks
%% script
arch 386;
text _start {
   
	
  bytes c3; @
}
%% status
1
%% stderr
t.p9:5:13: error: stray '@' in script
  bytes c3; @
            ^

=== the place of a token after blanks
%% script
arch 386;
text _start bytes c3;
data d u8 1 	 2;
%% status
1
%% stderr
t.p9:3:15: error: syntax error, unexpected integer, expecting ';' or ','
data d u8 1 	 2;
            	 ^

=== unterminated comment
%% script
arch 386;
/* never closed
text _start bytes c3;
%% status
1
%% stderr
t.p9:2:1: error: unterminated comment
/* never closed
^

=== unterminated string
%% script
arch 386;
data d ascii "abc;
text _start bytes c3;
%% status
1
%% stderr
t.p9:2:14: error: missing terminating '"'
data d ascii "abc;
             ^
t.p9:3:1: error: syntax error, unexpected text, expecting string or ';'
text _start bytes c3;
^

=== unterminated string ending in a backslash
%% script
arch 386;
data d ascii "abc\
;
text _start bytes c3;
%% status
1
%% stderr
t.p9:2:14: error: missing terminating '"'
data d ascii "abc\
             ^

=== unknown escape
%% script
arch 386;
data d ascii "a\qb";
text _start bytes c3;
%% status
1
%% stderr
t.p9:2:16: error: unknown escape '\q' in string
data d ascii "a\qb";
               ^

=== bad character literal
%% script
arch 386;
data d u8 'ab';
text _start bytes c3;
%% status
1
%% stderr
t.p9:2:11: error: bad character literal 'ab'
data d u8 'ab';
          ^

=== integer too big
%% script
arch 386;
const BIG = 18446744073709551616;
text _start bytes c3;
%% status
1
%% stderr
t.p9:2:13: error: integer literal '18446744073709551616' does not fit in 64 bits
const BIG = 18446744073709551616;
            ^

=== bad hex digit in an integer
%% script
arch 386;
const X = 0x12g4;
text _start bytes c3;
%% status
1
%% stderr
t.p9:2:11: error: invalid integer literal '0x12g4'
const X = 0x12g4;
          ^

=== bad binary digit
%% script
arch 386;
const X = 0b102;
text _start bytes c3;
%% status
1
%% stderr
t.p9:2:11: error: invalid integer literal '0b102'
const X = 0b102;
          ^

=== bad octal digit
%% script
arch 386;
const X = 0o78;
text _start bytes c3;
%% status
1
%% stderr
t.p9:2:11: error: invalid integer literal '0o78'
const X = 0o78;
          ^

=== number glued to a name
%% script
arch 386;
const X = 12abc;
text _start bytes c3;
%% status
1
%% stderr
t.p9:2:11: error: invalid integer literal '12abc'
const X = 12abc;
          ^

=== odd number of hex digits
%% script
arch 386;
text _start bytes 9 c3;
%% status
1
%% stderr
t.p9:2:19: error: odd number of hex digits in '9': bytes are pairs
text _start bytes 9 c3;
                  ^

=== odd runs of hex digits after others, each at its own column
%% script
arch 386;
text _start { bytes 90 123	c3  4; }
%% status
1
%% stderr
t.p9:2:24: error: odd number of hex digits in '123': bytes are pairs
text _start { bytes 90 123	c3  4; }
                       ^
t.p9:2:32: error: odd number of hex digits in '4': bytes are pairs
text _start { bytes 90 123	c3  4; }
                          	    ^

=== undefined names are reported in the order of the script
%% script
arch amd64;
text _start { pcrel32 nope1; }
text b { pcrel32 nope2; }
%% status
1
%% stderr
t.p9:2:23: error: undefined symbol 'nope1'
text _start { pcrel32 nope1; }
                      ^
t.p9:3:18: error: undefined symbol 'nope2'
text b { pcrel32 nope2; }
                 ^

=== not a hex byte
%% script
arch 386;
text _start bytes 90 zz c3;
%% status
1
%% stderr
t.p9:2:22: error: 'zz' is not a hex byte
text _start bytes 90 zz c3;
                     ^

=== bytes without a semicolon at the end
%% script
arch 386;
text _start bytes c3
%% status
1
%% stderr
t.p9:2:21: error: missing ';' after the hex bytes
text _start bytes c3
                    ^

=== empty back-quoted name
%% script
arch 386;
text `` bytes c3;
%% status
1
%% stderr
t.p9:2:6: error: empty back-quoted name
text `` bytes c3;
     ^

=== unterminated back-quoted name
%% script
arch 386;
text `abc bytes c3;
%% status
1
%% stderr
t.p9:2:6: error: missing terminating '`'
text `abc bytes c3;
     ^
t.p9:2:20: error: syntax error, unexpected end of file
text `abc bytes c3;
                   ^

=== missing semicolon
%% script
arch 386
text _start bytes c3;
%% status
1
%% stderr
t.p9:2:1: error: syntax error, unexpected text, expecting ';'
text _start bytes c3;
^

=== a misspelled item is an unknown item, with the closest item suggested
%% script
arch 386;
text _start { bytes c3; u23 5; }
data d { frob 1; }
%% status
1
%% stderr
t.p9:2:25: error: unknown item 'u23'; did you mean 'u32'?
text _start { bytes c3; u23 5; }
                        ^
t.p9:3:10: error: unknown item 'frob' (a label is written 'frob:')
data d { frob 1; }
         ^

=== unknown statement
%% script
arch 386;
jump _start;
text _start bytes c3;
%% status
1
%% stderr
t.p9:2:1: error: syntax error, unexpected identifier
jump _start;
^

=== missing closing brace
%% script
arch 386;
text _start {
	bytes c3;
%% status
1
%% stderr
t.p9:3:11: error: syntax error, unexpected end of file
	bytes c3;
	         ^

=== missing closing brace, blanks and blank lines at the end
%% script
arch 386;
text _start {
	bytes c3;  	
   

%% status
1
%% stderr
t.p9:3:14: error: syntax error, unexpected end of file
	bytes c3;  	
	           	^

=== a line after lines ended by ; { and } keeps its number
%% script
arch 386; got none;
text _start {
	bytes c3;
}
data d {   
	u8 1;	
}  
data e { u8 @; }
%% status
1
%% stderr
t.p9:8:13: error: stray '@' in script
data e { u8 @; }
            ^
t.p9:8:14: error: syntax error, unexpected ';'
data e { u8 @; }
             ^

=== item outside an atom
%% script
arch 386;
u32 5;
text _start bytes c3;
%% status
1
%% stderr
t.p9:2:1: error: syntax error, unexpected value keyword (u8 ... be64)
u32 5;
^

=== keyword as a label
%% script
arch 386;
text _start { align: bytes c3; }
%% status
1
%% stderr
t.p9:2:20: error: syntax error, unexpected ':'
text _start { align: bytes c3; }
                   ^

=== errors in several statements are all reported
%% script
arch 386;
text _start { bytes c3; u32 ; }
data d u8 ;
const = 3;
%% status
1
%% stderr
t.p9:2:29: error: syntax error, unexpected ';'
text _start { bytes c3; u32 ; }
                            ^
t.p9:3:11: error: syntax error, unexpected ';'
data d u8 ;
          ^
t.p9:4:7: error: syntax error, unexpected '='
const = 3;
      ^

=== unknown arch
%% script
arch vax;
text _start bytes c3;
%% status
1
%% stderr
t.p9:1:6: error: unknown arch 'vax' (p9ld --list-archs lists them)
arch vax;
     ^

=== two arch statements
%% script
arch 386;
arch arm;
text _start bytes c3;
%% status
1
%% stderr
t.p9:2:1: error: a second arch statement; a link has one arch
arch arm;
^
t.p9:1:1: note: the first is here
arch 386;
^

=== no arch
%% script
text _start bytes c3;
%% status
1
%% stderr
p9ld: error: no arch: name one with 'arch NAME;' or --arch, or give an object

=== duplicate atom
%% script
arch 386;
text _start bytes c3;
data _start u8 1;
%% status
1
%% stderr
t.p9:3:6: error: duplicate definition of '_start'
data _start u8 1;
     ^
t.p9:2:6: note: the other definition of '_start' is here
text _start bytes c3;
     ^

=== duplicate label and constant
%% script
arch 386;
text _start { x: bytes c3; x: }
const x = 1;
%% status
1
%% stderr
t.p9:2:28: error: duplicate definition of 'x'
text _start { x: bytes c3; x: }
                           ^
t.p9:2:15: note: the other definition of 'x' is here
text _start { x: bytes c3; x: }
              ^
t.p9:3:7: error: duplicate definition of 'x'
const x = 1;
      ^
t.p9:2:15: note: the other definition of 'x' is here
text _start { x: bytes c3; x: }
              ^

=== defining a special symbol
%% script
arch 386;
text _start bytes c3;
data end u8 1;
%% status
1
%% stderr
t.p9:3:6: error: 'end' is reserved for the linker
data end u8 1;
     ^

=== not a special symbol
%% script
arch 386;
special etext, start;
text _start bytes c3;
%% status
1
%% stderr
t.p9:2:16: error: 'start' is not a special symbol (etext, edata or end)
special etext, start;
               ^

=== undefined name with a suggestion
%% script
arch 386;
text _start { bytes e8; pcrel32 helpr; }
text helper bytes c3;
%% status
1
%% stderr
t.p9:2:33: error: undefined symbol 'helpr'; did you mean 'helper'?
text _start { bytes e8; pcrel32 helpr; }
                                ^

=== undefined name without a suggestion
%% script
arch 386;
text _start { addr nowhere_at_all; }
%% status
1
%% stderr
t.p9:2:20: error: undefined symbol 'nowhere_at_all'
text _start { addr nowhere_at_all; }
                   ^

=== undefined entry
%% script
arch 386;
entry main;
text _start bytes c3;
%% status
1
%% stderr
t.p9:2:7: error: undefined symbol 'main'
entry main;
      ^

=== no entry
%% script
arch 386;
text main bytes c3;
%% status
1
%% stderr
p9ld: error: no entry point: '_start' is not defined (name one with 'entry')

=== entry outside text
%% script
arch 386;
entry table;
text _start bytes c3;
data table u32 0;
%% status
1
%% stderr
t.p9:2:7: error: entry 'table' at 0x2008 is outside text [0x1020, 0x1021)
entry table;
      ^

=== an entry past 4 GiB on an arch with a 32-byte header, at what set it
%% script
arch riscv64;
base text 0x100000020;
entry go;
text _start { u32 0x13; go: u32 0x13; }
%% status
1
%% stderr
t.p9:3:7: error: entry 0x100000024 does not fit the 32-bit field of riscv64's a.out header
entry go;
      ^

=== the default entry past 4 GiB, at _start's definition
%% script
arch riscv64;
base text 0x100000020;
text _start { u32 0x13; }
%% status
1
%% stderr
t.p9:3:6: error: entry 0x100000020 does not fit the 32-bit field of riscv64's a.out header
text _start { u32 0x13; }
     ^

=== data base below etext
%% script
arch 386;
base data 0x1000;
text _start bytes c3;
%% status
1
%% stderr
t.p9:2:1: error: data base 0x1000 is below etext 0x1021
base data 0x1000;
^

=== text base past the arch's addresses
%% script
arch arm;
base text 0x1_0000_0000;
text _start bytes 00000000;
%% status
1
%% stderr
t.p9:2:1: error: the text base does not fit the 4-byte addresses of arm
base text 0x1_0000_0000;
^

=== image past the top of a 32-bit space
%% script
arch 386;
base text 0xffff_f000;
text _start { bytes c3; zero 0x2000; }
%% status
1
%% stderr
t.p9:3:6: error: _start does not fit the 4-byte addresses of 386
text _start { bytes c3; zero 0x2000; }
     ^

=== round not a power of two
%% script
arch 386;
round 0x3000;
text _start bytes c3;
%% status
1
%% stderr
t.p9:2:7: error: round 0x3000 is not a power of two
round 0x3000;
      ^

=== alignment not a power of two
%% script
arch 386;
text _start align 12 bytes c3;
%% status
1
%% stderr
t.p9:2:6: error: alignment 0xc is not a power of two
text _start align 12 bytes c3;
     ^

=== align item larger than the atom's alignment
%% script
arch 386;
text _start { bytes c3; align 16; }
%% status
1
%% stderr
t.p9:2:25: error: align 0x10 is larger than the alignment 0x1 of atom '_start'
text _start { bytes c3; align 16; }
                        ^

=== zero alignment
%% script
arch 386;
data d { align 0; }
text _start bytes c3;
%% status
1
%% stderr
t.p9:2:16: error: alignment 0 must be at least 1
data d { align 0; }
               ^

=== value too wide for u8
%% script
arch 386;
text _start { bytes c3; u8 256; }
%% status
1
%% stderr
t.p9:2:28: error: value 256 does not fit in 1 byte
text _start { bytes c3; u8 256; }
                           ^

=== value too wide for u16, negative
%% script
arch 386;
text _start { bytes c3; u16 -32769; }
%% status
1
%% stderr
t.p9:2:29: error: value -32769 does not fit in 2 bytes
text _start { bytes c3; u16 -32769; }
                            ^

=== address too wide for a byte
%% script
arch 386;
text _start { bytes c3; u8 _start; }
%% status
1
%% stderr
t.p9:2:28: error: value 0x1020 (4128) does not fit in 1 byte
text _start { bytes c3; u8 _start; }
                           ^

=== pcrel8 out of range
%% script
arch 386;
text _start { bytes eb; pcrel8 far; zero 200; }
text far bytes c3;
%% status
1
%% stderr
t.p9:2:32: error: pc-relative displacement 200 does not fit in 1 signed byte
text _start { bytes eb; pcrel8 far; zero 200; }
                               ^

=== negative zero count
%% script
arch 386;
text _start { bytes c3; zero -4; }
%% status
1
%% stderr
t.p9:2:30: error: zero count -4 is negative
text _start { bytes c3; zero -4; }
                             ^

=== fill byte out of range
%% script
arch 386;
text _start { bytes c3; fill 2, 300; }
%% status
1
%% stderr
t.p9:2:33: error: fill byte 300 is out of range (-128 to 255)
text _start { bytes c3; fill 2, 300; }
                                ^

=== negative bss size
%% script
arch 386;
text _start bytes c3;
bss b -1;
%% status
1
%% stderr
t.p9:3:7: error: bss size -1 is negative
bss b -1;
      ^

=== bss takes a size, not a block
%% script
arch 386;
text _start bytes c3;
bss b { zero 4; }
%% status
1
%% stderr
t.p9:3:7: error: syntax error, unexpected '{'
bss b { zero 4; }
      ^
t.p9:3:17: error: syntax error, unexpected '}'
bss b { zero 4; }
                ^

=== leaf data atom
%% script
arch 386;
text _start bytes c3;
data d leaf u8 1;
%% status
1
%% stderr
t.p9:3:6: error: only text atoms can be leaf
data d leaf u8 1;
     ^

=== division by zero
%% script
arch 386;
const Z = 0;
text _start { bytes c3; u32 10 / Z; }
%% status
1
%% stderr
t.p9:3:32: error: division by zero
text _start { bytes c3; u32 10 / Z; }
                               ^

=== constant that depends on layout
%% script
arch 386;
const WHERE = _start + 1;
text _start bytes c3;
%% status
1
%% stderr
t.p9:2:15: error: _start is an address, which is not known before layout
const WHERE = _start + 1;
              ^

=== a size that takes its own atom's size
%% script
arch 386;
text _start { bytes c3; zero sizeof(_start); }
%% status
1
%% stderr
t.p9:2:37: error: the size of '_start' depends on itself: it takes the size of '_start'
text _start { bytes c3; zero sizeof(_start); }
                                    ^

=== sizes that take each other's, through a constant
# one error for the ring, at its first atom, a note for each other step;
# 'behind' waits for the ring and says nothing more
%% script
arch 386;
text _start bytes c3;
data a { zero sizeof(b); }
data b { bytes 00; fill N, 0xff; }
const N = sizeof(c) + 1;
bss c sizeof(a);
data behind { zero sizeof(a); }
%% status
1
%% stderr
t.p9:3:22: error: the size of 'a' depends on itself: it takes the size of 'b'
data a { zero sizeof(b); }
                     ^
t.p9:4:25: note: 'b' takes the size of 'c' here
data b { bytes 00; fill N, 0xff; }
                        ^
t.p9:6:14: note: 'c' takes the size of 'a' here
bss c sizeof(a);
             ^

=== dot outside an atom
%% script
arch 386;
const HERE = .;
text _start bytes c3;
%% status
1
%% stderr
t.p9:2:14: error: '.' is only meaningful inside an atom
const HERE = .;
             ^

=== symbol defined in terms of itself
%% script
arch 386;
symbol a = b + 1 text;
symbol b = a - 1 text;
text _start bytes c3;
%% status
1
%% stderr
t.p9:2:8: error: 'a' is defined in terms of itself
symbol a = b + 1 text;
       ^

=== got under got none
%% script
arch 386;
got none;
text _start { addr got(_start); }
%% status
1
%% stderr
t.p9:3:24: error: got(_start) needs a GOT, but the policy is 'got none'
text _start { addr got(_start); }
                       ^

=== got of a constant
%% script
arch 386;
const k = 1;
text _start { addr got(k); }
%% status
1
%% stderr
t.p9:3:24: error: got(k): only atoms, labels, absolute symbols and etext, edata, end have GOT slots
text _start { addr got(k); }
                       ^

=== got of a label: its slot follows its atom's
%% script
arch 386;
text _start { bytes 90; here: addr got(here), got(_start); }
%% dump -x text
00001020  90 04 20 00 00 00 20 00 00                       |.. ... ..|
%% dump -x data
00002000  20 10 00 00 21 10 00 00                          | ...!...|

=== sizeof a label
%% script
arch 386;
text _start { here: u32 sizeof(here); }
%% status
1
%% stderr
t.p9:2:32: error: sizeof(here): 'here' is not an atom
text _start { here: u32 sizeof(here); }
                               ^

=== export of a constant
%% script
arch 386;
const C = 1;
export C;
text _start bytes c3;
%% status
1
%% stderr
t.p9:3:8: error: cannot export 'C': only atoms, labels and absolute symbols can be exported
export C;
       ^

=== export of an undefined name
%% script
arch 386;
export ghost;
text _start bytes c3;
%% status
1
%% stderr
t.p9:2:8: error: undefined symbol 'ghost'
export ghost;
       ^

=== line without a source
%% script
arch 386;
text _start { line 3; bytes c3; }
%% status
1
%% stderr
t.p9:2:15: error: line mark in '_start', which has no source file
text _start { line 3; bytes c3; }
              ^

=== line in data
%% script
arch 386;
source "a.s";
text _start bytes c3;
data d { line 3; u8 1; }
%% status
1
%% stderr
t.p9:4:10: error: line marks belong in text atoms ('d' is not text)
data d { line 3; u8 1; }
         ^

=== line mark off the instruction boundary
%% script
arch arm;
source "a.s";
text _start { bytes 00 00; line 2; bytes 00 00; }
%% status
1
%% stderr
t.p9:3:28: error: line mark at 0x1022 is not on a 4-byte instruction boundary
text _start { bytes 00 00; line 2; bytes 00 00; }
                           ^

=== missing include
%% script
arch 386;
include "nowhere.p9";
text _start bytes c3;
%% status
1
%% stderr
t.p9:2:9: error: cannot find included file 'nowhere.p9'
include "nowhere.p9";
        ^

=== include cycle
%% file a.p9
include "b.p9";
%% file b.p9
include "a.p9";
%% script
arch 386;
include "a.p9";
text _start bytes c3;
%% status
1
%% stderr
In file included from a.p9:1:1:
                 from t.p9:2:1:
b.p9:1:1: error: include cycle: 'a.p9' includes itself
include "a.p9";
^

=== error inside an included file names the chain
%% file outer.p9
include "inner.p9";
%% file inner.p9
const X = 1 +;
%% script
arch 386;
include "outer.p9";
text _start bytes c3;
%% status
1
%% stderr
In file included from outer.p9:1:1:
                 from t.p9:2:1:
inner.p9:1:14: error: syntax error, unexpected ';'
const X = 1 +;
             ^

=== missing incbin file
%% script
arch 386;
text _start bytes c3;
data d incbin "missing.bin";
%% status
1
%% stderr
t.p9:3:8: error: cannot find 'missing.bin' for incbin
data d incbin "missing.bin";
       ^

=== incbin range past the end
%% file four.bin
abc
%% script
arch 386;
text _start bytes c3;
data d incbin "four.bin", 2, 10;
%% status
1
%% stderr
t.p9:3:30: error: incbin range 2+10 runs past the end of 'four.bin' (4 bytes)
data d incbin "four.bin", 2, 10;
                             ^

=== incbin offset past the end
%% file four.bin
abc
%% script
arch 386;
text _start bytes c3;
data d incbin "four.bin", 9;
%% status
1
%% stderr
t.p9:3:27: error: incbin offset 9 is outside 'four.bin' (4 bytes)
data d incbin "four.bin", 9;
                          ^

=== bad option
%% args
-o out --frobnicate
%% status
2
%% script
arch 386;
text _start bytes c3;
%% stderr
p9ld: unknown option '--frobnicate'
Try 'p9ld --help'.

=== unknown arch on the command line
%% args
-o out --arch vax
%% status
2
%% script
text _start bytes c3;
%% stderr
p9ld: unknown arch 'vax' (see --list-archs)
Try 'p9ld --help'.

=== bad --defsym
%% args
-o out --defsym NOEQUALS
%% status
2
%% script
arch 386;
text _start bytes c3;
%% stderr
p9ld: --defsym wants NAME=EXPR, not 'NOEQUALS'
Try 'p9ld --help'.

=== bad --got
%% args
-o out --got some
%% status
2
%% script
arch 386;
text _start bytes c3;
%% stderr
p9ld: --got takes all, used or none, not 'some'
Try 'p9ld --help'.

=== bad -T expression
%% args
-o out -T 0x1000+
%% script
arch 386;
text _start bytes c3;
%% status
2
%% stderr
<command line -T>:1:8: error: syntax error, unexpected end of file
0x1000+
       ^

=== --defsym takes one expression, nothing else
%% args
-o out --defsym k=1;text_evil
%% script
arch 386;
text _start bytes c3;
%% status
2
%% stderr
<command line --defsym>:1:2: error: syntax error, unexpected ';', expecting end of file
1;text_evil
 ^

=== a command-line value may use the script's expression syntax
%% args
-o out -T 0x20_00+0x20 --defsym four=2*2
%% script
arch 386; got none;
text _start { u8 four; bytes c3; }
%% dump -s
00002020 t _start
%% hex
000001eb 00000002 00000000 00000000 0000000c 00002020 00000000 00000000
04c3
00002020 f4 5f737461727400

=== missing script
%% args
-o out missing.p9
%% script
arch 386;
text _start bytes c3;
%% status
1
%% stderr
p9ld: error: cannot read 'missing.p9': No such file or directory

=== too many errors stops at twenty
%% script
arch 386;
text _start {
	u8 256; u8 257; u8 258; u8 259; u8 260; u8 261; u8 262; u8 263;
	u8 264; u8 265; u8 266; u8 267; u8 268; u8 269; u8 270; u8 271;
	u8 272; u8 273; u8 274; u8 275; u8 276; u8 277; u8 278; u8 279;
}
%% status
1
%% stderr
t.p9:3:5: error: value 256 does not fit in 1 byte
	u8 256; u8 257; u8 258; u8 259; u8 260; u8 261; u8 262; u8 263;
	   ^
t.p9:3:13: error: value 257 does not fit in 1 byte
	u8 256; u8 257; u8 258; u8 259; u8 260; u8 261; u8 262; u8 263;
	           ^
t.p9:3:21: error: value 258 does not fit in 1 byte
	u8 256; u8 257; u8 258; u8 259; u8 260; u8 261; u8 262; u8 263;
	                   ^
t.p9:3:29: error: value 259 does not fit in 1 byte
	u8 256; u8 257; u8 258; u8 259; u8 260; u8 261; u8 262; u8 263;
	                           ^
t.p9:3:37: error: value 260 does not fit in 1 byte
	u8 256; u8 257; u8 258; u8 259; u8 260; u8 261; u8 262; u8 263;
	                                   ^
t.p9:3:45: error: value 261 does not fit in 1 byte
	u8 256; u8 257; u8 258; u8 259; u8 260; u8 261; u8 262; u8 263;
	                                           ^
t.p9:3:53: error: value 262 does not fit in 1 byte
	u8 256; u8 257; u8 258; u8 259; u8 260; u8 261; u8 262; u8 263;
	                                                   ^
t.p9:3:61: error: value 263 does not fit in 1 byte
	u8 256; u8 257; u8 258; u8 259; u8 260; u8 261; u8 262; u8 263;
	                                                           ^
t.p9:4:5: error: value 264 does not fit in 1 byte
	u8 264; u8 265; u8 266; u8 267; u8 268; u8 269; u8 270; u8 271;
	   ^
t.p9:4:13: error: value 265 does not fit in 1 byte
	u8 264; u8 265; u8 266; u8 267; u8 268; u8 269; u8 270; u8 271;
	           ^
t.p9:4:21: error: value 266 does not fit in 1 byte
	u8 264; u8 265; u8 266; u8 267; u8 268; u8 269; u8 270; u8 271;
	                   ^
t.p9:4:29: error: value 267 does not fit in 1 byte
	u8 264; u8 265; u8 266; u8 267; u8 268; u8 269; u8 270; u8 271;
	                           ^
t.p9:4:37: error: value 268 does not fit in 1 byte
	u8 264; u8 265; u8 266; u8 267; u8 268; u8 269; u8 270; u8 271;
	                                   ^
t.p9:4:45: error: value 269 does not fit in 1 byte
	u8 264; u8 265; u8 266; u8 267; u8 268; u8 269; u8 270; u8 271;
	                                           ^
t.p9:4:53: error: value 270 does not fit in 1 byte
	u8 264; u8 265; u8 266; u8 267; u8 268; u8 269; u8 270; u8 271;
	                                                   ^
t.p9:4:61: error: value 271 does not fit in 1 byte
	u8 264; u8 265; u8 266; u8 267; u8 268; u8 269; u8 270; u8 271;
	                                                           ^
t.p9:5:5: error: value 272 does not fit in 1 byte
	u8 272; u8 273; u8 274; u8 275; u8 276; u8 277; u8 278; u8 279;
	   ^
t.p9:5:13: error: value 273 does not fit in 1 byte
	u8 272; u8 273; u8 274; u8 275; u8 276; u8 277; u8 278; u8 279;
	           ^
t.p9:5:21: error: value 274 does not fit in 1 byte
	u8 272; u8 273; u8 274; u8 275; u8 276; u8 277; u8 278; u8 279;
	                   ^
t.p9:5:29: error: value 275 does not fit in 1 byte
	u8 272; u8 273; u8 274; u8 275; u8 276; u8 277; u8 278; u8 279;
	                           ^
p9ld: too many errors (20); stopping

=== a duplicate alias is said at the alias, its first definition noted
%% script
arch 386;
text _start { bytes c3; }
data foo u8 1;
export _start as bar, _start as foo;
export _start as bar;
%% status
1
%% stderr
t.p9:4:33: error: duplicate definition of 'foo'
export _start as bar, _start as foo;
                                ^
t.p9:3:6: note: the other definition of 'foo' is here
data foo u8 1;
     ^
t.p9:5:18: error: duplicate definition of 'bar'
export _start as bar;
                 ^
t.p9:4:18: note: the other definition of 'bar' is here
export _start as bar, _start as foo;
                 ^
