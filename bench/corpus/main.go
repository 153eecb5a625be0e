// Command corpus writes the synthetic benchmark corpus: DIR/python (Flask, FastAPI and
// Django/DRF services) and DIR/go (a stdlib-only Go module of net/http services), sized
// linearly by -scale and identical for identical flags.
//
//	go run ./bench/corpus -scale 4 -out /tmp/corpus4
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/apivet/apivet/bench/corpusgen"
)

func main() {
	scale := flag.Int("scale", 1, "corpus size: scale 1 is about 200 Python files / 25k lines and 20 Go packages / 10k lines")
	out := flag.String("out", "", "directory to write (created; must be empty or absent)")
	lang := flag.String("lang", "all", "what to write: all, python or go")
	flag.Parse()
	if *out == "" || flag.NArg() > 0 || *scale < 1 {
		fmt.Fprintln(os.Stderr, "usage: corpus -scale N -out DIR [-lang all|python|go]")
		os.Exit(2)
	}
	if entries, err := os.ReadDir(*out); err == nil && len(entries) > 0 {
		fmt.Fprintf(os.Stderr, "corpus: %s is not empty; refusing to mix corpora\n", *out)
		os.Exit(2)
	}
	var (
		st  corpusgen.Stats
		err error
	)
	switch *lang {
	case "all":
		st, err = corpusgen.Generate(*out, *scale)
	case "python":
		st, err = corpusgen.GeneratePython(*out+"/python", *scale)
	case "go":
		st, err = corpusgen.GenerateGo(*out+"/go", *scale)
	default:
		fmt.Fprintf(os.Stderr, "corpus: unknown -lang %q (want all, python or go)\n", *lang)
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "corpus:", err)
		os.Exit(1)
	}
	fmt.Printf("scale %d: %s\n", *scale, st)
}
