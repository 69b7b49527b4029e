package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
)

// desktopTab opens a tab the size of a laptop's window.
func desktopTab(t *testing.T) context.Context {
	t.Helper()
	ctx := newTab(t)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1280, 800)); err != nil {
		t.Fatal(err)
	}
	return ctx
}

// entryInFocus waits until the entry with the given id has the focus and
// stands in the window, clear of the sticky header.
func entryInFocus(t *testing.T, ctx context.Context, id string) {
	t.Helper()
	waitFor(t, ctx, fmt.Sprintf(`(() => {
		const el = document.getElementById(%q);
		if (!el || document.activeElement !== el) return false;
		const r = el.getBoundingClientRect();
		const header = document.querySelector(".site-header").getBoundingClientRect();
		return r.top >= header.bottom - 1 && r.top < innerHeight / 2;
	})()`, id))
}

func TestAFiguresLinkLeadsToItsSourceWithTheEntryInFocus(t *testing.T) {
	course, _ := content.Default()
	l, _ := course.Lesson("outlook-and-trends")
	year := l.Facts["us-cto-year"]
	entry := content.SourceEntryID(l.ID, year.Source)
	src, _ := course.Source(year.Source)

	ctx := desktopTab(t)
	open(t, ctx, "/ja/lessons/outlook-and-trends")
	waitForApp(t, ctx)
	// The year of the first US federal CTO, in the section on it.
	link := fmt.Sprintf(`#national-cto ~ p a.figure[href="/ja/sources#%s"]`, entry)
	if got := locale.DropBreakHints(eval[string](t, ctx, fmt.Sprintf(`document.querySelector(%q)?.textContent ?? ""`, link))); !strings.HasPrefix(got, year.Format("ja")) || !strings.Contains(got, "出典") {
		t.Fatalf("the year reads %q, want %q followed by its source for screen readers", got, year.Format("ja"))
	}
	click(t, ctx, link)
	waitFor(t, ctx, fmt.Sprintf(`location.pathname === "/ja/sources" && location.hash === "#%s"`, entry))
	entryInFocus(t, ctx, entry)
	shown := eval[string](t, ctx, fmt.Sprintf(`document.getElementById(%q).innerText`, entry))
	for _, want := range []string{src.Text["ja"].Title, src.PublisherName("ja"), src.Text["ja"].Means, year.Format("ja")} {
		if !strings.Contains(shown, want) {
			t.Errorf("the entry does not show %q:\n%s", want, shown)
		}
	}
	if !eval[bool](t, ctx, fmt.Sprintf(`document.getElementById(%q).classList.contains("is-target")`, entry)) {
		t.Error("the entry the link pointed to is not marked")
	}
	// The group heading leads back to the lesson.
	group := eval[string](t, ctx, fmt.Sprintf(`document.getElementById(%q).closest("section").querySelector("h2 a").getAttribute("href")`, entry))
	if group != "/ja/lessons/outlook-and-trends" {
		t.Errorf("the entry's group links to %q, want the lesson", group)
	}
	checkAccessibility(t, ctx, "/ja/sources")
}

func TestASourcesAddressOpenedDirectlyShowsItsEntryInFocus(t *testing.T) {
	course, _ := content.Default()
	l, _ := course.Lesson("pay")
	entry := content.SourceEntryID(l.ID, l.Facts["pay-average"].Source)
	ctx := desktopTab(t)
	open(t, ctx, "/en/sources#"+entry)
	waitForApp(t, ctx)
	entryInFocus(t, ctx, entry)
	// A quiz question with figures names their sources once answered.
	open(t, ctx, "/en/lessons/pay")
	waitForApp(t, ctx)
	q := l.Text["en"].Body().Questions[0]
	click(t, ctx, fmt.Sprintf(`#quiz-%s-0`, q.ID))
	waitFor(t, ctx, fmt.Sprintf(`[...document.querySelectorAll("fieldset.quiz-question")[0].querySelectorAll(".quiz-sources a")].map(a => a.getAttribute("href")).join(" ") === %q`,
		"/en/sources#"+strings.Join(q.Sources, " /en/sources#")))
	checkAccessibility(t, ctx, "a lesson's figures linked to their sources, and an answered question's sources")
}

func TestTheSourcesPageOpensOfflineWithEveryEntry(t *testing.T) {
	course, _ := content.Default()
	entries := 0
	for _, l := range course.Lessons {
		entries += len(l.Text["ko"].Citations)
	}
	l, _ := course.Lesson("outlook-and-trends")
	entry := content.SourceEntryID(l.ID, l.Facts["job-growth"].Source)
	ctx, base, _, stop := firstVisit(t, "/ko/")
	stop()
	// The server is gone: the page, and the words of its entries, come from the device.
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1280, 800)); err != nil {
		t.Fatal(err)
	}
	openAt(t, ctx, base, "/ko/sources#"+entry)
	waitForApp(t, ctx)
	waitFor(t, ctx, fmt.Sprintf(`document.querySelectorAll("article.source-entry").length === %d`, entries))
	entryInFocus(t, ctx, entry)
	if got := eval[string](t, ctx, fmt.Sprintf(`document.getElementById(%q).querySelector(".source-conflict")?.textContent ?? ""`, entry)); !strings.Contains(got, "7.7%") {
		t.Errorf("offline, the BLS entry's conflict note reads %q", got)
	}
}
