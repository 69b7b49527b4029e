// Command genmessages compiles the go-i18n message files in locales/ into
// app/locale/catalog_gen.go. `go generate ./app/locale` and `make messages`
// run it; a test fails while the generated file is stale.
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/locales"
)

func main() {
	src, err := locale.CatalogSource(locales.Files)
	if err != nil {
		fmt.Fprintln(os.Stderr, "genmessages:", err)
		os.Exit(1)
	}
	// Run from app/locale by go generate, or from the repository root.
	out := "catalog_gen.go"
	if _, err := os.Stat(filepath.Join("app", "locale")); err == nil {
		out = filepath.Join("app", "locale", out)
	}
	if err := os.WriteFile(out, src, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "genmessages:", err)
		os.Exit(1)
	}
}
