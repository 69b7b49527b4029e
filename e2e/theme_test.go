package e2e

import (
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

func TestAChosenThemeWinsOverTheDevicesAndIsKept(t *testing.T) {
	ctx := newTab(t)
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "light"}},
	}); err != nil {
		t.Fatal(err)
	}
	background := `getComputedStyle(document.body).backgroundColor`
	open(t, ctx, "/ko/")
	waitForApp(t, ctx)
	light := eval[string](t, ctx, background)

	click(t, ctx, `.theme-option:nth-child(3)`)
	waitFor(t, ctx, `document.documentElement.dataset.theme === "dark"`)
	dark := eval[string](t, ctx, background)
	if dark == light {
		t.Fatalf("choosing dark left the background %s", dark)
	}
	checkAccessibility(t, ctx, "the home page in the dark theme chosen on a light device")

	open(t, ctx, "/ko/lessons/pay")
	if got := eval[string](t, ctx, `document.documentElement.dataset.theme + " " + `+background); got != "dark "+dark {
		t.Errorf("before the app runs, the next page is %q", got)
	}
	waitForApp(t, ctx)
	waitFor(t, ctx, `document.querySelector('.theme-option[aria-pressed="true"]').textContent === "어둡게"`)

	click(t, ctx, `.theme-option:nth-child(1)`)
	waitFor(t, ctx, `document.documentElement.dataset.theme === undefined`)
	if got := eval[string](t, ctx, background); got != light {
		t.Errorf("back on the device's theme the background is %s, want %s", got, light)
	}
}
