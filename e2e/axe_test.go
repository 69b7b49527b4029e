package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// axeSource is axe-core, installed from the npm registry by `make test`.
var axeSource = func() string {
	b, err := os.ReadFile("node_modules/axe-core/axe.min.js")
	if err != nil {
		return ""
	}
	return string(b)
}()

type axeViolation struct {
	ID    string `json:"id"`
	Help  string `json:"help"`
	Nodes []struct {
		Target []any  `json:"target"`
		HTML   string `json:"html"`
	} `json:"nodes"`
}

// checkAccessibility runs axe-core's WCAG 2.2 A and AA rules on the page as
// it is now and reports every violation.
func checkAccessibility(t *testing.T, ctx context.Context, what string) {
	t.Helper()
	if axeSource == "" {
		t.Fatal("axe-core is missing: run `make test`, which installs it with npm")
	}
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](axeSource)); err != nil {
		t.Fatalf("loading axe-core: %v", err)
	}
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[[]byte](
		`axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}}).then(r => r.violations)`,
		chromedp.EvalAsValue, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("running axe-core: %v", err)
	}
	var violations []axeViolation
	if err := json.Unmarshal(raw, &violations); err != nil {
		t.Fatal(err)
	}
	for _, v := range violations {
		var where []string
		for i, n := range v.Nodes {
			if i == 3 {
				where = append(where, fmt.Sprintf("and %d more", len(v.Nodes)-3))
				break
			}
			where = append(where, fmt.Sprint(n.Target))
		}
		t.Errorf("%s: %s (%s): %s", what, v.ID, v.Help, strings.Join(where, ", "))
	}
}
