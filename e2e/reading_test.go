package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/cxopath/cxopath/content"
)

func TestSwitchingLanguageOnALessonLandsOnTheSameSection(t *testing.T) {
	course := defaultCourse(t)
	l, _ := course.Lesson("cto-vs-cio")
	section := l.Sections[3]
	ctx := newTab(t)
	open(t, ctx, "/ko/lessons/cto-vs-cio")
	waitForApp(t, ctx)
	scrollTo(t, ctx, section)
	click(t, ctx, `.lang-switcher a[hreflang="ja"]`)
	waitFor(t, ctx, `location.pathname === "/ja/lessons/cto-vs-cio" && document.documentElement.lang === "ja"`)
	if hash := eval[string](t, ctx, `location.hash`); hash != "#"+section {
		t.Errorf("hash = %q, want #%s", hash, section)
	}
	// The Japanese text may still be on its way: the section comes into view once it is drawn.
	waitFor(t, ctx, fmt.Sprintf(`Math.abs(document.getElementById(%q)?.getBoundingClientRect().top ?? 1e9) < 150`, section))
	want := content.PlainText(l.Text["ja"].Body().Sections[3].Title)
	if got := eval[string](t, ctx, fmt.Sprintf(`document.getElementById(%q).textContent`, section)); got != want {
		t.Errorf("the section in view is %q, want %q", got, want)
	}
}

func TestTheReadingPositionIsOfferedOnTheNextVisit(t *testing.T) {
	course := defaultCourse(t)
	l, _ := course.Lesson("pay")
	section := l.Sections[2]
	ctx := newTab(t)
	open(t, ctx, "/en/lessons/pay")
	waitForApp(t, ctx)
	scrollTo(t, ctx, section)
	waitFor(t, ctx, fmt.Sprintf(`(JSON.parse(localStorage.getItem("cxopath.progress") || "{}").lessons || {}).pay?.section === %q`, section))
	open(t, ctx, "/en/lessons/pay")
	waitForApp(t, ctx)
	waitFor(t, ctx, fmt.Sprintf(`document.querySelector(".resume a")?.getAttribute("href") === "#%s"`, section))
}

func TestSideBySideReadingShowsBothLanguagesAndTurnsThePageOnAPhone(t *testing.T) {
	course := defaultCourse(t)
	l, _ := course.Lesson("pay")
	ctx := newTab(t)
	open(t, ctx, "/en/lessons/pay")
	waitForApp(t, ctx)
	click(t, ctx, `.side-by-side a[hreflang="ja"]`)
	waitFor(t, ctx, `location.search === "?with=ja"`)
	waitFor(t, ctx, fmt.Sprintf(`document.querySelectorAll('.parallel-column.is-second[lang="ja"]').length === %d`, len(l.Sections)))
	jaTitle := content.PlainText(l.Text["ja"].Body().Sections[0].Title)
	if got := eval[string](t, ctx, `document.querySelector('.parallel-column.is-second h2').textContent`); got != jaTitle {
		t.Errorf("the first Japanese heading is %q, want %q", got, jaTitle)
	}
	if visible := eval[bool](t, ctx, `document.querySelector('.parallel-column.is-second').offsetParent !== null`); !visible {
		t.Error("on a desktop the Japanese column is hidden")
	}
	for _, part := range []string{".lesson-header .lead", ".key-points ul"} {
		if got := eval[string](t, ctx, `[...document.querySelectorAll('`+part+`')].filter(e => e.offsetParent !== null).map(e => e.lang).join()`); got != "en,ja" {
			t.Errorf("on a desktop %s stands in %q, want both languages, en,ja", part, got)
		}
	}

	click(t, ctx, `.lang-switcher a[hreflang="ko"]`)
	waitFor(t, ctx, `location.pathname === "/ko/lessons/pay" && location.search === "?with=ja"`)
	waitFor(t, ctx, `document.querySelector('.parallel-column:not(.is-second)')?.lang === "ko"`)

	if err := chromedp.Do(ctx, chromedp.EmulateViewport(360, 780, chromedp.EmulateMobile)); err != nil {
		t.Fatal(err)
	}
	first := `document.querySelector('.parallel-row')`
	waitFor(t, ctx, first+`.querySelector('.is-second').offsetParent === null`)
	if n := eval[int](t, ctx, `document.querySelectorAll('.parallel-toggle').length`); n != 1 {
		t.Errorf("a phone shows %d language switches, want one for the page", n)
	}
	click(t, ctx, `.parallel-toggle button[lang="ja"]`)
	// Every section turns, each showing only the Japanese column.
	waitFor(t, ctx, `[...document.querySelectorAll('.parallel-row')].every(r => r.querySelector('.is-second').offsetParent !== null && r.querySelector('.parallel-column:not(.is-second)').offsetParent === null)`)
	// The summary, the key points and the contents turn with the sections,
	// and the contents lead to the headings shown.
	waitFor(t, ctx, `[...document.querySelectorAll('.key-points ul, .lesson-header .lead')].filter(e => e.offsetParent !== null).map(e => e.lang).join() === "ja,ja" && document.querySelector('.toc ol').lang === "ja"`)
	if target := eval[string](t, ctx, `document.querySelector('.toc a').hash`); eval[bool](t, ctx, `document.querySelector('`+target+`')?.offsetParent == null`) {
		t.Errorf("turned to Japanese, the first entry of the contents leads to %s, which is hidden", target)
	}
	if pressed := eval[string](t, ctx, `document.querySelector('.parallel-toggle button[lang="ja"]').getAttribute('aria-pressed')`); pressed != "true" {
		t.Errorf("the Japanese button of the switch is aria-pressed=%q after choosing it", pressed)
	}
	if over := eval[int](t, ctx, `document.documentElement.scrollWidth - document.documentElement.clientWidth`); over > 0 {
		t.Errorf("side-by-side reading scrolls sideways by %d px on a phone: %s", over, eval[string](t, ctx, `[...document.querySelectorAll("body *")].filter(e => e.getBoundingClientRect().right > innerWidth + 1).slice(0, 8).map(e => e.tagName + "." + e.className + " " + Math.round(e.getBoundingClientRect().right) + " " + (e.textContent||"").slice(0,40)).join(" | ")`))
	}
	screenshotPage(t, ctx, "parallel-ko-ja-phone-turned")
	checkAccessibility(t, ctx, "side-by-side reading on a phone, turned to the second language")
}

func TestTappingAGlossaryTermShowsItsDefinition(t *testing.T) {
	course := defaultCourse(t)
	ctx := newTab(t)
	open(t, ctx, "/ja/lessons/what-is-a-cto")
	waitForApp(t, ctx)
	click(t, ctx, `.lesson-text button.term`)
	waitFor(t, ctx, `document.querySelector(".term-bubble:not(:empty)") !== null`)
	bubble := eval[string](t, ctx, `document.querySelector(".term-bubble:not(:empty)").textContent`)
	found := false
	for _, term := range course.Glossary {
		if strings.Contains(bubble, term.Text["ja"].Definition) {
			found = true
		}
	}
	if !found {
		t.Errorf("the bubble %q holds no Japanese definition", bubble)
	}
	// What the learner sees, not the whole page: a full-page capture paints
	// the sticky header where the window is scrolled, over the definition.
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(screenshotDir(t), "term-ja-open.png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
	checkAccessibility(t, ctx, "a lesson with a term's definition open")
	click(t, ctx, `.term-bubble a`)
	waitFor(t, ctx, `location.pathname === "/ja/glossary" && location.hash.startsWith("#term-")`)
}

// scrollTo brings the element with the id to the top of the window.
func scrollTo(t *testing.T, ctx context.Context, id string) {
	t.Helper()
	eval[bool](t, ctx, fmt.Sprintf(`(() => { document.getElementById(%q).scrollIntoView(); return true })()`, id))
}

func TestALessonAskedBesideItsOwnLanguageSaysHowToChooseAnother(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, "/en/lessons/pay?with=en")
	waitForApp(t, ctx)
	if n := eval[int](t, ctx, `document.querySelectorAll('.parallel-row').length`); n != 0 {
		t.Errorf("English beside English shows %d parallel sections", n)
	}
	got := eval[string](t, ctx, `[...document.querySelectorAll('.side-by-side.notice a')].map(a => a.hreflang).join(" ")`)
	if got != "ko ja" {
		t.Errorf("the note offers %q, want links to Korean and Japanese", got)
	}
	click(t, ctx, `.side-by-side.notice a[hreflang="ko"]`)
	waitFor(t, ctx, `location.search === "?with=ko" && document.querySelectorAll('.parallel-column.is-second[lang="ko"]').length > 0`)
}
