# Robustness (issue 17): what p9ld says, and its exit status, for input
# that once crashed it, hung it, wrote over a file or had no place in its
# message.  Big generated shapes are in stress.sh; files that change and
# signals in changed.sh and outputs.sh.

=== an alias of an alias is refused where it is exported
%% script
arch 386;
text _start bytes c3;
export _start as a;
export a as b;
%% status
1
%% stderr
t.p9:4:8: error: cannot export 'a': only atoms, labels and absolute symbols can be exported
export a as b;
       ^

=== a name aliased before it is made an alias
%% script
arch 386;
text _start bytes c3;
export a as b;
export _start as a;
%% status
1
%% stderr
t.p9:4:18: error: 'a' cannot be an alias: it is exported as another name, and an alias has no aliases
export _start as a;
                 ^

=== two aliases of each other (a cycle that hung the entry check)
%% script
arch 386;
text _start bytes c3;
export b as a;
export a as b;
entry a;
%% status
1
%% stderr
t.p9:4:8: error: cannot export 'a': only atoms, labels and absolute symbols can be exported
export a as b;
       ^

=== the same cycle in a size (it hung the builder)
%% script
arch 386;
text _start bytes c3;
export b as a;
export a as b;
data d zero a;
%% status
1
%% stderr
t.p9:4:8: error: cannot export 'a': only atoms, labels and absolute symbols can be exported
export a as b;
       ^
t.p9:5:13: error: undefined symbol 'b'; did you mean 'a'?
data d zero a;
            ^

=== a constant defined by itself through others
%% script
arch 386;
text _start bytes c3;
const a = b + 1;
const b = c * 2;
const c = a;
data d u32 a;
%% status
1
%% stderr
t.p9:3:7: error: 'a' is defined in terms of itself
const a = b + 1;
      ^

=== octal escapes past 0377, in a string and in a character
%% script
arch 386;
text _start bytes c3;
data d ascii "ab\777c" "\400";
data e u8 '\777', '\377';
%% status
1
%% stderr
t.p9:3:17: error: octal escape '\777' is past \377, the largest byte
data d ascii "ab\777c" "\400";
                ^
t.p9:3:25: error: octal escape '\400' is past \377, the largest byte
data d ascii "ab\777c" "\400";
                        ^
t.p9:4:12: error: octal escape '\777' is past \377, the largest byte
data e u8 '\777', '\377';
           ^

=== '.' where a value must be known before layout, said at the '.'
%% file blob
abcdef
%% script
arch 386;
source "a.c";
text _start { bytes c3; line .; }
data d { zero .; align . & 1; fill ., 1; fill 1, -.; }
data e { incbin "blob", .; incbin "blob", 0, 2 + .; }
%% status
1
%% stderr
t.p9:3:30: error: '.' is an address, which is not known before layout
text _start { bytes c3; line .; }
                             ^
t.p9:4:15: error: '.' is an address, which is not known before layout
data d { zero .; align . & 1; fill ., 1; fill 1, -.; }
              ^
t.p9:4:24: error: '.' is an address, which is not known before layout
data d { zero .; align . & 1; fill ., 1; fill 1, -.; }
                       ^
t.p9:4:36: error: '.' is an address, which is not known before layout
data d { zero .; align . & 1; fill ., 1; fill 1, -.; }
                                   ^
t.p9:4:51: error: '.' is an address, which is not known before layout
data d { zero .; align . & 1; fill ., 1; fill 1, -.; }
                                                  ^
t.p9:5:25: error: '.' is an address, which is not known before layout
data e { incbin "blob", .; incbin "blob", 0, 2 + .; }
                        ^
t.p9:5:50: error: '.' is an address, which is not known before layout
data e { incbin "blob", .; incbin "blob", 0, 2 + .; }
                                                 ^

=== incbin of a folder or a device is not a regular file
%% file dir/x
x
%% script
arch 386;
text _start bytes c3;
data d incbin "dir";
data e incbin "/dev/null";
data f incbin "nothing";
%% status
1
%% stderr
t.p9:3:8: error: cannot read 'dir' for incbin: not a regular file
data d incbin "dir";
       ^
t.p9:4:8: error: cannot read '/dev/null' for incbin: not a regular file
data e incbin "/dev/null";
       ^
t.p9:5:8: error: cannot find 'nothing' for incbin
data f incbin "nothing";
       ^

=== include of a folder
%% file dir/x
x
%% script
arch 386;
include "dir";
text _start bytes c3;
%% status
1
%% stderr
t.p9:2:1: error: cannot read 'dir': Is a directory
include "dir";
^

=== -o naming the script is a usage error
%% script
arch 386;
text _start bytes c3;
%% args
-o t.p9
%% status
2
%% stderr
p9ld: error: -o 't.p9' would write over the input 't.p9'
%% expect t.p9
arch 386;
text _start bytes c3;

=== -o naming an include, found only while parsing
%% file inc.p9
text _start bytes c3;
%% script
arch 386;
include "inc.p9";
%% args
-o inc.p9
%% status
2
%% stderr
p9ld: error: -o 'inc.p9' would write over the input 'inc.p9'
%% expect inc.p9
text _start bytes c3;

=== -o naming a blob
%% file blob
abc
%% script
arch 386;
text _start bytes c3;
data d incbin "blob";
%% args
-o ./blob
%% status
2
%% stderr
p9ld: error: -o './blob' would write over the input 'blob'
%% expect blob
abc

=== -M naming the script
%% script
arch 386;
text _start bytes c3;
%% args
-o out -M t.p9
%% status
2
%% stderr
p9ld: error: -M 't.p9' would write over the input 't.p9'

=== -M naming the output
%% script
arch 386;
text _start bytes c3;
%% args
-o out -M out
%% status
2
%% stderr
p9ld: error: -o 'out' and -M 'out' name the same file

=== --depfile naming the map, neither there yet
%% script
arch 386;
text _start bytes c3;
%% args
-o out -M m.map --depfile ./m.map
%% status
2
%% stderr
p9ld: error: -M 'm.map' and --depfile './m.map' name the same file

=== --depfile naming the default output, known once the arch is
%% script
arch 386;
text _start bytes c3;
%% args
--depfile 8.out
%% status
2
%% stderr
p9ld: error: -o '8.out' and --depfile '8.out' name the same file

=== a map that cannot be written means no image
%% script
arch 386;
text _start bytes c3;
%% args
-o out -M no/such/folder/map
%% status
1
%% stderr
p9ld: error: cannot create a file beside the map 'no/such/folder/map': No such file or directory

=== a depfile that cannot be written means no image
%% script
arch 386;
text _start bytes c3;
%% args
-o out --depfile no/such/folder/dep
%% status
1
%% stderr
p9ld: error: cannot create a file beside the depfile 'no/such/folder/dep': No such file or directory

=== -R not a power of two is a usage error naming -R
%% script
arch 386;
text _start bytes c3;
%% args
-o out -R 3
%% status
2
%% stderr
<command line -R>:1:1: error: round 0x3 is not a power of two
3
^

=== -T naming nothing
%% script
arch 386;
text _start bytes c3;
%% args
-o out -T abc
%% status
2
%% stderr
<command line -T>:1:1: error: undefined symbol 'abc'
abc
^

=== -T past the arch's addresses
%% script
arch 386;
text _start bytes c3;
%% args
-o out -T 0x1_0000_0000
%% status
2
%% stderr
<command line -T>:1:1: error: the text base does not fit the 4-byte addresses of 386
0x1_0000_0000
^

=== -D past the arch's addresses
%% script
arch 386;
text _start bytes c3;
%% args
-o out -D 0x1_0000_0000
%% status
2
%% stderr
<command line -D>:1:1: error: the data base does not fit the 4-byte addresses of 386
0x1_0000_0000
^

=== --defsym dividing by zero
%% script
arch 386;
text _start bytes c3;
%% args
-o out --defsym X=1/0
%% status
2
%% stderr
<command line --defsym>:1:2: error: division by zero
1/0
 ^

=== --defsym of an address
%% script
arch 386;
text _start bytes c3;
%% args
-o out --defsym X=_start
%% status
2
%% stderr
<command line --defsym>:1:1: error: _start is an address, which is not known before layout
_start
^

=== --defsym takes one expression: no statements after it
%% script
arch 386;
text _start bytes c3;
%% args
-o out --defsym X=1;text
%% status
2
%% stderr
<command line --defsym>:1:2: error: syntax error, unexpected ';', expecting end of file
1;text
 ^

=== --defsym's name is a name
%% script
arch 386;
text _start bytes c3;
%% args
-o out --defsym a;b=1
%% status
2
%% stderr
p9ld: --defsym wants NAME=EXPR with NAME a symbol's name, not 'a;b=1'
Try 'p9ld --help'.

=== -E naming nothing
%% script
arch 386;
text _start bytes c3;
%% args
-o out -E nosuch
%% status
2
%% stderr
<command line -E>:1:1: error: undefined symbol 'nosuch'
nosuch
^

=== command-line values that are good
%% script
arch 386; got none;
text _start bytes c3;
text `a;b` bytes c3;
data d u32 X;
%% args
-o out -R 0x100 --defsym X=4*4 -E a;b
%% dump -h
magic 0x000001eb 386 b 11 header 32
text 0x00000002 2
data 0x00000004 4
bss 0x00000000 0
syms 0x0000001c 28
entry 0x00001021 4129
spsz 0x00000000 0
pcsz 0x00000000 0

=== an empty bytes item (the script fuzzer: a NULL copied from, UBSan)
%% script
arch 386;
text _start { bytes ; bytes c3; }
%% dump -x text
00001020  c3                                               |.|

=== a run of one hex digit as the first bytes (the script fuzzer: NULL + 0, UBSan)
%% script
arch 386;
text _start { bytes a; }
%% status
1
%% stderr
t.p9:2:21: error: odd number of hex digits in 'a': bytes are pairs
text _start { bytes a; }
                    ^

=== two empty back-quoted names where an item starts (the script fuzzer: a crash)
%% script
arch 386;
text t { `` `` }
%% status
1
%% stderr
t.p9:2:10: error: empty back-quoted name
text t { `` `` }
         ^
t.p9:2:13: error: empty back-quoted name
text t { `` `` }
            ^
t.p9:2:10: error: unknown item '`empty`' (a label is written '`empty`:')
text t { `` `` }
         ^
