package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// The interface icons are drawn as SVG files in web/icons/ui/, one per
// icon, on a 24 × 24 grid in black strokes. The stylesheet carries them as
// data: addresses between these two lines, so they arrive with the
// stylesheet, work offline and need no request of their own; CSS paints
// them in the text's colour through mask-image.
const (
	iconsBegin = "/* icons: begin (written by `go run ./tools/icons` from web/icons/ui/*.svg; do not edit) */"
	iconsEnd   = "/* icons: end */"
)

var (
	// spaces collapses the whitespace between and inside tags.
	spaces  = regexp.MustCompile(`\s+`)
	between = regexp.MustCompile(`>\s+<`)
	// iconName is what an icon file may be called: it becomes a class.
	iconName = regexp.MustCompile(`^[a-z][a-z0-9-]*$`)
)

// iconCSS returns the stylesheet's icon block for the SVG files in dir: a
// custom property --icon-NAME per icon, and a class .icon-NAME that sets
// --icon to it.
func iconCSS(dir string) (string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.svg"))
	if err != nil {
		return "", err
	}
	if len(files) == 0 {
		return "", fmt.Errorf("no icons in %s", dir)
	}
	sort.Strings(files)
	var props, classes strings.Builder
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".svg")
		if !iconName.MatchString(name) {
			return "", fmt.Errorf("%s: an icon's name must be lower-case letters, digits and hyphens", f)
		}
		b, err := os.ReadFile(f)
		if err != nil {
			return "", err
		}
		svg := strings.TrimSpace(string(b))
		if !strings.HasPrefix(svg, "<svg") || !strings.HasSuffix(svg, "</svg>") {
			return "", fmt.Errorf("%s is not an SVG drawing", f)
		}
		if strings.Contains(svg, "href") || strings.Contains(svg, "<script") || strings.Contains(svg, "<image") {
			return "", fmt.Errorf("%s refers to something outside itself; icons are drawn in paths only", f)
		}
		fmt.Fprintf(&props, "  --icon-%s: url(\"data:image/svg+xml,%s\");\n", name, dataText(svg))
		fmt.Fprintf(&classes, ".icon-%s { --icon: var(--icon-%s); }\n", name, name)
	}
	return iconsBegin + "\n:root {\n" + props.String() + "}\n" + classes.String() + iconsEnd, nil
}

// dataText makes an SVG drawing fit inside url("data:image/svg+xml,…"):
// whitespace collapsed, double quotes turned single, and the characters a
// data: address or the CSS string cannot hold escaped. Colons are escaped
// too, so the SVG namespace (a name, never fetched) does not read as an
// address of another origin in the stylesheet.
func dataText(svg string) string {
	svg = between.ReplaceAllString(svg, "><")
	svg = spaces.ReplaceAllString(svg, " ")
	svg = strings.ReplaceAll(svg, `"`, "'")
	var b strings.Builder
	for _, r := range svg {
		switch r {
		case '%', '#', '<', '>', '\\', '{', '}', ':':
			fmt.Fprintf(&b, "%%%02X", r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// spliceIcons replaces the icon block of a stylesheet with block.
func spliceIcons(css []byte, block string) ([]byte, error) {
	begin := bytes.Index(css, []byte(iconsBegin))
	end := bytes.Index(css, []byte(iconsEnd))
	if begin < 0 || end < begin {
		return nil, fmt.Errorf("the stylesheet has no icon block: add the two lines\n%s\n%s", iconsBegin, iconsEnd)
	}
	out := append([]byte{}, css[:begin]...)
	out = append(out, block...)
	return append(out, css[end+len(iconsEnd):]...), nil
}
