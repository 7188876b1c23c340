// plan9syms prints, for each Plan 9 a.out named on the command line, what
// Go's own debug/plan9obj reports -- the entry, each section's offset and
// size, and every symbol's value, letter and name -- in the line formats of
// `p9dump` and `p9dump -s`, so a test can compare the two readers line by
// line.  It is the independent reader of the test suite.
package main

import (
	"debug/plan9obj"
	"fmt"
	"os"
)

func main() {
	status := 0
	for _, name := range os.Args[1:] {
		f, err := plan9obj.Open(name)
		if err != nil {
			fmt.Fprintf(os.Stderr, "plan9syms: %s: %v\n", name, err)
			status = 1
			continue
		}
		fmt.Printf("entry 0x%x\n", f.Entry)
		for _, s := range f.Sections {
			fmt.Printf("%s offset 0x%x size 0x%x\n", s.Name, s.Offset, s.Size)
		}
		syms, err := f.Symbols()
		if err != nil && err != plan9obj.ErrNoSymbols {
			fmt.Fprintf(os.Stderr, "plan9syms: %s: %v\n", name, err)
			status = 1
		}
		width := 2 * f.PtrSize
		for _, s := range syms {
			fmt.Printf("%0*x %c %s\n", width, s.Value, s.Type, s.Name)
		}
		f.Close()
	}
	os.Exit(status)
}
