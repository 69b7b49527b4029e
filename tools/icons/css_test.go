package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestTheStylesheetCarriesEveryInterfaceIconAsDrawn(t *testing.T) {
	block, err := iconCSS("../../web/icons/ui")
	if err != nil {
		t.Fatal(err)
	}
	css, err := os.ReadFile("../../" + stylesheet)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(css), block) {
		t.Error("web/css/app.css does not hold the icons of web/icons/ui as they are drawn: run `go run ./tools/icons`")
	}
	// An icon the stylesheet uses but no file draws shows as a solid square.
	for _, m := range regexp.MustCompile(`var\((--icon-[a-z0-9-]+)\)`).FindAllStringSubmatch(string(css), -1) {
		if !strings.Contains(block, "  "+m[1]+": ") {
			t.Errorf("web/css/app.css uses %s, which no file in web/icons/ui draws", m[1])
		}
	}
}

func TestAnIconBecomesADataAddressThatCSSCanHold(t *testing.T) {
	dir := t.TempDir()
	svg := "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\">\n  <path d=\"M1 1h2\" stroke=\"#000\"/>\n</svg>\n"
	if err := os.WriteFile(filepath.Join(dir, "dot.svg"), []byte(svg), 0o644); err != nil {
		t.Fatal(err)
	}
	block, err := iconCSS(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := `--icon-dot: url("data:image/svg+xml,%3Csvg xmlns='http%3A//www.w3.org/2000/svg' viewBox='0 0 24 24'%3E%3Cpath d='M1 1h2' stroke='%23000'/%3E%3C/svg%3E");`
	if !strings.Contains(block, want) {
		t.Errorf("the block\n%s\nlacks\n%s", block, want)
	}
	if !strings.Contains(block, ".icon-dot { --icon: var(--icon-dot); }") {
		t.Errorf("the block has no class for the icon:\n%s", block)
	}
}

func TestAnIconThatLoadsAnythingIsRefused(t *testing.T) {
	for name, svg := range map[string]string{
		"link.svg":   `<svg><use href="other.svg#x"/></svg>`,
		"script.svg": `<svg><script>alert(1)</script></svg>`,
		"Big.svg":    `<svg></svg>`,
	} {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(svg), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := iconCSS(dir); err == nil {
			t.Errorf("%s was taken", name)
		}
	}
}

func TestTheIconBlockIsReplacedAndNothingElse(t *testing.T) {
	css := []byte("a { color: red; }\n" + iconsBegin + "\nold\n" + iconsEnd + "\nb { color: blue; }\n")
	out, err := spliceIcons(css, iconsBegin+"\nnew\n"+iconsEnd)
	if err != nil {
		t.Fatal(err)
	}
	if want := "a { color: red; }\n" + iconsBegin + "\nnew\n" + iconsEnd + "\nb { color: blue; }\n"; string(out) != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
	if _, err := spliceIcons([]byte("a {}"), "x"); err == nil {
		t.Error("a stylesheet without the block was taken")
	}
}
