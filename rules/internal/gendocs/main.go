// Command gendocs writes docs/rules.md and the rule table in README.md from the catalogue.
// Run it with `go generate ./rules`; a test fails when its output is stale.
package main

import (
	"log"
	"os"
	"path/filepath"

	"github.com/apivet/apivet/rules"
)

func main() {
	root := filepath.Join("..")
	if len(os.Args) > 1 {
		root = os.Args[1]
	}
	rs := rules.All()
	if err := os.MkdirAll(filepath.Join(root, "docs"), 0o755); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "docs", "rules.md"), []byte(rules.Reference(rs)), 0o644); err != nil {
		log.Fatal(err)
	}
	readme := filepath.Join(root, "README.md")
	old, err := os.ReadFile(readme)
	if err != nil {
		log.Fatal(err)
	}
	updated, err := rules.SpliceReadme(string(old), rs)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(readme, []byte(updated), 0o644); err != nil {
		log.Fatal(err)
	}
}
