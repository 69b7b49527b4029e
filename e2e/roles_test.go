package e2e

import (
	"testing"
)

func TestAChosenComparisonSurvivesALanguageSwitchAndAReload(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, "/en/roles/compare")
	waitForApp(t, ctx)
	chosen := `[...document.querySelectorAll(".compare-choice input:checked")].map(i => i.value).join()`
	waitFor(t, ctx, chosen+` === "cto,cio"`)
	if n := eval[int](t, ctx, `document.querySelectorAll(".compare-table thead th").length`); n != 2 {
		t.Errorf("%d role columns by default", n)
	}

	click(t, ctx, `#choose-vpoe`)
	waitFor(t, ctx, `location.search === "?roles=cto,cio,vpoe"`)
	waitFor(t, ctx, `document.querySelectorAll(".compare-table thead th").length === 3`)

	click(t, ctx, `.lang-switcher a[hreflang="ja"]`)
	waitFor(t, ctx, `location.pathname === "/ja/roles/compare" && location.search === "?roles=cto,cio,vpoe"`)
	waitFor(t, ctx, `document.documentElement.lang === "ja" && document.querySelectorAll(".compare-table thead th").length === 3`)

	open(t, ctx, "/ja/roles/compare?roles=cto,cio,vpoe")
	waitForApp(t, ctx)
	waitFor(t, ctx, chosen+` === "cto,cio,vpoe"`)
	if heads := eval[string](t, ctx, `[...document.querySelectorAll(".compare-table thead .role-name")].map(e => e.textContent).join()`); heads != "CTO,CIO,VPoE" {
		t.Errorf("columns %q after the reload", heads)
	}
	checkAccessibility(t, ctx, "a comparison of three roles")
}

func TestABadComparisonAddressIsCorrectedWithANote(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, "/ko/roles/compare?roles=ciso,ciso,cfo")
	waitForApp(t, ctx)
	waitFor(t, ctx, `document.querySelectorAll(".compare-table thead th").length === 2`)
	if notes := eval[int](t, ctx, `document.querySelectorAll(".compare-notes p").length`); notes != 3 {
		t.Errorf("%d notes, want one each for the unknown, the duplicate and the missing role", notes)
	}
	if disabled := eval[bool](t, ctx, `document.querySelector("#choose-ciso").disabled`); !disabled {
		t.Error("with two roles chosen, unchoosing one is still offered")
	}
}
