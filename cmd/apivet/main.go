// Command apivet reports insecure HTTP API code in Go packages and Python files. Run `apivet -h`
// for usage; see README.md.
package main

import (
	"os"

	"github.com/apivet/apivet/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], os.Stdout, os.Stderr))
}
