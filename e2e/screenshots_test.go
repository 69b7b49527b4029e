package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// TestScreenshots saves every page kind in each language at phone and
// desktop widths, light and dark, to e2e/screenshots for people to look at.
// On each it also runs axe-core's WCAG AA rules and checks that nothing
// scrolls sideways.
func TestScreenshots(t *testing.T) {
	cl, answers := inHouseIT(t)
	pages := []struct{ name, path string }{
		{"home", "/%s/"},
		{"today", "/%s/today"},
		{"lesson", "/%s/lessons/cto-vs-cio"},
		{"lessons", "/%s/lessons"},
		{"glossary", "/%s/glossary"},
		{"side-by-side", "/%s/lessons/cto-vs-cio?with=en"},
		{"roles", "/%s/roles"},
		{"role", "/%s/roles/cdo"},
		{"compare", "/%s/roles/compare?roles=cto,cio,vpoe,techlead"},
		{"assessment", "/%s/assessment"},
		{"results", "/%s/assessment/results#" + cl.Encode(answers)},
		{"interview", "/%s/interview?role=cio"},
		{"practice", "/%s/interview/practice?topic=risk"},
		{"mock", "/%s/interview/mock?role=cto"},
		{"data", "/%s/data"},
		{"receive", "/%s/data/receive"},
		{"search", "/%s/search?q=CTO"},
		{"not-found", "/%s/nowhere"},
	}
	// A page shown in a second state too is shot again after a click on
	// its control, once the state is drawn, under the name of that state.
	seconds := map[string]struct{ click, ready, name string }{
		"practice": {".reveal", `document.querySelectorAll(".answer-points li").length > 0 && document.querySelectorAll(".recall").length === 4`, "practice-revealed"},
	}
	dir := screenshotDir(t)
	// The two themes run side by side, each in a tab of its own.
	for _, theme := range []string{"light", "dark"} {
		t.Run(theme, func(t *testing.T) {
			t.Parallel()
			ctx := newTab(t)
			preferTheme(t, ctx, theme)
			for _, w := range screenSizes {
				setViewport(t, ctx, w.width, w.height, w.mobile)
				for _, p := range pages {
					for _, lang := range []string{"en", "ko", "ja"} {
						path := fmt.Sprintf(p.path, lang)
						if p.name == "side-by-side" && lang == "en" {
							// English beside English is no pair: read it beside Korean.
							path = "/en/lessons/cto-vs-cio?with=ko"
						}
						open(t, ctx, path)
						waitForApp(t, ctx)
						shoot := func(kind string) {
							checkAccessibility(t, ctx, fmt.Sprintf("%s in %s at %d px, %s", kind, lang, w.width, theme))
							if over := eval[int](t, ctx, `document.documentElement.scrollWidth - document.documentElement.clientWidth`); over > 0 {
								t.Errorf("%s in %s at %d px scrolls sideways by %d px", kind, lang, w.width, over)
							}
							name := filepath.Join(dir, fmt.Sprintf("%s-%s-%s-%s.png", kind, lang, w.name, theme))
							if err := os.WriteFile(name, wholePage(t, ctx), 0o644); err != nil {
								t.Fatal(err)
							}
						}
						shoot(p.name)
						if second, ok := seconds[p.name]; ok {
							clickUntil(t, ctx, second.click, second.ready)
							// Measured from the top, as every other page is:
							// the state drawn may have moved the focus and
							// scrolled (a card's answer points do).
							eval[bool](t, ctx, `(scrollTo(0, 0), true)`)
							shoot(second.name)
						}
					}
				}
			}
		})
	}
}
