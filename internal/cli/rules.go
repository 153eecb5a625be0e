package cli

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/apivet/apivet/rules"
)

// rulesCommand lists the catalogue, or prints one rule's documentation.
func rulesCommand(args []string, stdout, stderr io.Writer) int {
	switch len(args) {
	case 0:
		tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tNAME\tSEVERITY\tLANGUAGES\tSUMMARY")
		for _, r := range rules.All() {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.ID, r.Name, r.Severity, strings.Join(r.Languages, ","), r.Summary)
		}
		tw.Flush()
		return ExitClean
	case 1:
		r := rules.Get(args[0])
		if r == nil {
			for _, c := range rules.All() {
				if c.Name == args[0] {
					r = c
				}
			}
		}
		if r == nil {
			fmt.Fprintf(stderr, "apivet: no rule %q; `apivet rules` lists them\n", args[0])
			return ExitError
		}
		fmt.Fprint(stdout, rules.Explain(r))
		return ExitClean
	}
	fmt.Fprintln(stderr, "apivet: usage: apivet rules [ID]")
	return ExitError
}
