package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/cxopath/cxopath/app/search"
)

// phone makes the tab a 360 px phone.
func phone(t *testing.T, ctx context.Context) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(360, 780, chromedp.EmulateMobile, chromedp.EmulatePortrait)); err != nil {
		t.Fatal(err)
	}
}

// centre is the middle of the first element that matches selector, scrolled
// to the middle of the window.
func centre(t *testing.T, ctx context.Context, selector string) (x, y float64) {
	t.Helper()
	at := eval[[]float64](t, ctx, fmt.Sprintf(`(() => {
		const el = document.querySelector(%q);
		el.scrollIntoView({block: "center"});
		const r = el.getBoundingClientRect();
		return [r.left + r.width / 2, r.top + r.height / 2];
	})()`, selector))
	return at[0], at[1]
}

// doubleTap clicks twice at one point, as fast as a double tap.
func doubleTap(t *testing.T, ctx context.Context, x, y float64) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.MouseClickXY(x, y), chromedp.MouseClickXY(x, y)); err != nil {
		t.Fatal(err)
	}
}

// scrollWindowTo scrolls the window and waits until it is there.
func scrollWindowTo(t *testing.T, ctx context.Context, y string) {
	t.Helper()
	eval[bool](t, ctx, fmt.Sprintf(`(() => { scrollTo(0, %s); return true })()`, y))
	waitFor(t, ctx, fmt.Sprintf(`Math.abs(scrollY - Math.min(%s, document.documentElement.scrollHeight - innerHeight)) < 2`, y))
}

func TestALinkToAnotherPageLandsAtItsTopAndBackReturnsToWhereTheLearnerWas(t *testing.T) {
	c := course(t)
	first, second := c.Lessons[0], c.Lessons[1]
	ctx := newTab(t)
	phone(t, ctx)
	open(t, ctx, "/en/lessons/"+first.ID)
	waitForApp(t, ctx)
	scrollWindowTo(t, ctx, "document.documentElement.scrollHeight")
	bottom := eval[float64](t, ctx, `scrollY`)
	click(t, ctx, ".lesson-nav-next")
	waitFor(t, ctx, fmt.Sprintf(`location.pathname === "/en/lessons/%s"`, second.ID))
	if y := eval[float64](t, ctx, `scrollY`); y > 1 {
		t.Errorf("the next lesson opened at y = %v, not at its top", y)
	}
	eval[bool](t, ctx, `(() => { history.back(); return true })()`)
	waitFor(t, ctx, fmt.Sprintf(`location.pathname === "/en/lessons/%s" && Math.abs(scrollY - %v) < 40`, first.ID, bottom))

	// A header link from deep in a page, too.
	scrollWindowTo(t, ctx, "3000")
	click(t, ctx, `.main-nav a[href="/en/glossary"]`)
	waitFor(t, ctx, `location.pathname === "/en/glossary"`)
	if y := eval[float64](t, ctx, `scrollY`); y > 1 {
		t.Errorf("the glossary opened at y = %v", y)
	}
}

func TestADoubleTapOnNextOpensOnlyTheNextLesson(t *testing.T) {
	c := course(t)
	ctx := newTab(t)
	phone(t, ctx)
	open(t, ctx, "/en/lessons/"+c.Lessons[0].ID)
	waitForApp(t, ctx)
	scrollWindowTo(t, ctx, "document.documentElement.scrollHeight")
	x, y := centre(t, ctx, ".lesson-nav-next")
	doubleTap(t, ctx, x, y)
	want := "/en/lessons/" + c.Lessons[1].ID
	waitFor(t, ctx, fmt.Sprintf(`location.pathname === %q`, want))
	// Whatever the second tap landed on, nothing followed it.
	time.Sleep(700 * time.Millisecond)
	if got := eval[string](t, ctx, `location.pathname`); got != want {
		t.Errorf("a double tap on Next ended at %s, want %s", got, want)
	}
}

func TestADoubleTapOnARatingNeverRevealsTheNextCard(t *testing.T) {
	iv := course(t).Interview
	ctx := newTab(t)
	phone(t, ctx)
	open(t, ctx, "/en/interview/practice")
	waitForApp(t, ctx)
	click(t, ctx, ".reveal")
	waitFor(t, ctx, `document.querySelector(".recall-3") !== null`)
	x, y := centre(t, ctx, ".recall-3")
	doubleTap(t, ctx, x, y)
	next := iv.Text["en"].Questions[iv.Questions[1].ID].Question
	waitFor(t, ctx, fmt.Sprintf(`document.querySelector("#question")?.textContent === %q`, next))
	time.Sleep(700 * time.Millisecond)
	if eval[bool](t, ctx, `document.querySelector(".answer-points") !== null`) {
		t.Error("the second tap revealed the next card's answer points")
	}
	if got := eval[int](t, ctx, `Object.keys(JSON.parse(localStorage.getItem("cxopath.progress") ?? "{}").practice?.cards ?? {}).length`); got != 1 {
		t.Errorf("%d cards rated, want 1", got)
	}
	waitFor(t, ctx, `document.activeElement?.id === "question"`)
	if !eval[bool](t, ctx, `(() => { const r = document.querySelector("#question").getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight })()`) {
		t.Error("the next card's question is out of view")
	}
}

// openTips counts the glossary definitions shown.
const openTips = `document.querySelectorAll(".term-bubble:not(:empty)").length`

func TestAGlossaryTipClosesEveryWayALearnerExpects(t *testing.T) {
	c := course(t)
	lesson := c.Lessons[0].ID
	t.Run("phone", func(t *testing.T) {
		ctx := newTab(t)
		phone(t, ctx)
		open(t, ctx, "/ja/lessons/"+lesson)
		waitForApp(t, ctx)
		click(t, ctx, ".term")
		waitFor(t, ctx, openTips+` === 1`)
		if !eval[bool](t, ctx, `(() => {
			const term = document.querySelector(".term[aria-expanded=true]").getBoundingClientRect();
			const tip = document.querySelector(".term-bubble:not(:empty)").getBoundingClientRect();
			return tip.left >= 0 && tip.right <= document.documentElement.clientWidth && (tip.bottom <= term.top || tip.top >= term.bottom);
		})()`) {
			t.Error("the definition covers its term or leaves the screen")
		}
		// A tap on the text elsewhere closes it.
		x, y := centre(t, ctx, ".lesson-text p")
		if err := chromedp.Do(ctx, chromedp.MouseClickXY(x, y)); err != nil {
			t.Fatal(err)
		}
		waitFor(t, ctx, openTips+` === 0`)
		// The close button.
		click(t, ctx, ".term")
		waitFor(t, ctx, openTips+` === 1`)
		click(t, ctx, ".term-close")
		waitFor(t, ctx, openTips+` === 0 && document.activeElement?.classList.contains("term")`)
		// Scrolling the term out of view.
		click(t, ctx, ".term")
		waitFor(t, ctx, openTips+` === 1`)
		eval[bool](t, ctx, `(() => { scrollBy(0, 2000); return true })()`)
		waitFor(t, ctx, openTips+` === 0`)
		// A term near the bottom of the screen gets its definition above it.
		eval[bool](t, ctx, `(() => { const t = document.querySelectorAll(".term")[1] ?? document.querySelector(".term"); scrollBy(0, t.getBoundingClientRect().top - innerHeight + 140); return true })()`)
		eval[bool](t, ctx, `(() => { (document.querySelectorAll(".term")[1] ?? document.querySelector(".term")).click(); return true })()`)
		waitFor(t, ctx, openTips+` === 1`)
		if !eval[bool](t, ctx, `(() => {
			const term = document.querySelector(".term[aria-expanded=true]").getBoundingClientRect();
			const tip = document.querySelector(".term-bubble:not(:empty)").getBoundingClientRect();
			return tip.bottom <= term.top || tip.top >= term.bottom;
		})()`) {
			t.Error("near the bottom of the screen, the definition covers its term")
		}
	})
	t.Run("desktop", func(t *testing.T) {
		ctx := newTab(t)
		open(t, ctx, "/en/lessons/"+lesson)
		waitForApp(t, ctx)
		if eval[int](t, ctx, `document.querySelectorAll(".term").length`) < 2 {
			t.Fatal("the lesson needs two terms for this test")
		}
		click(t, ctx, ".term")
		waitFor(t, ctx, openTips+` === 1`)
		eval[bool](t, ctx, `(() => { document.querySelectorAll(".term")[1].click(); return true })()`)
		waitFor(t, ctx, openTips+` === 1 && document.querySelectorAll(".term")[1].getAttribute("aria-expanded") === "true"`)
		// Escape, from anywhere.
		press(t, ctx, kb.Escape)
		waitFor(t, ctx, openTips+` === 0`)
		// The keyboard: focus alone opens nothing, Enter opens, Tab onwards closes.
		eval[bool](t, ctx, `(() => { document.querySelector(".term").focus(); return true })()`)
		if eval[int](t, ctx, openTips) != 0 {
			t.Error("focusing a term opened it")
		}
		press(t, ctx, kb.Enter)
		waitFor(t, ctx, openTips+` === 1`)
		for range 3 {
			press(t, ctx, kb.Tab)
		}
		waitFor(t, ctx, openTips+` === 0`)
		// A click elsewhere.
		click(t, ctx, ".term")
		waitFor(t, ctx, openTips+` === 1`)
		click(t, ctx, "h1")
		waitFor(t, ctx, openTips+` === 0`)
	})
}

func TestSwitchingLanguageKeepsTheSharedResultsOfTheLink(t *testing.T) {
	cl, answers := inHouseIT(t)
	ctx := newTab(t)
	phone(t, ctx)
	fragment := cl.Encode(answers)
	open(t, ctx, "/en/assessment/results#"+fragment)
	waitForApp(t, ctx)
	waitFor(t, ctx, `document.querySelectorAll(".role-fit").length > 0`)
	click(t, ctx, `.lang-switcher a[lang="ko"]`)
	waitFor(t, ctx, fmt.Sprintf(`location.pathname === "/ko/assessment/results" && location.hash === %q && document.documentElement.lang === "ko"`, "#"+fragment))
	waitFor(t, ctx, `document.querySelectorAll(".role-fit").length > 0`)

	// A lesson read side by side stays side by side.
	open(t, ctx, "/en/lessons/pay?with=ja")
	waitForApp(t, ctx)
	click(t, ctx, `.lang-switcher a[lang="ja"]`)
	waitFor(t, ctx, `location.pathname === "/ja/lessons/pay" && location.search === "?with=en"`)
}

func TestSearchGroupsEveryResultByKindAndShowsAWholeGroupOnRequest(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, "/en/search?q=cto")
	waitForApp(t, ctx)
	status := eval[string](t, ctx, `document.querySelector(".search-status").textContent`)
	var total int
	if _, err := fmt.Sscanf(status, "%d results", &total); err != nil || total <= 30 {
		t.Fatalf("status %q: want more than 30 results for cto (%v)", status, err)
	}
	// One group per kind, each counting its results and showing the first
	// five (or all six, rather than a button for one); the counts add up
	// to the total.
	groups := eval[[]struct {
		ID    string `json:"id"`
		Count int    `json:"count"`
		Shown int    `json:"shown"`
	}](t, ctx, `[...document.querySelectorAll(".search-group")].map(g => ({
		id: g.querySelector("h2").id,
		count: +g.querySelector(".search-group-count").textContent,
		shown: g.querySelectorAll(".search-result").length,
	}))`)
	sum, seen, big, long := 0, map[string]bool{}, "", 0
	for _, g := range groups {
		sum += g.Count
		if g.Count > 6 {
			long++
		}
		if seen[g.ID] {
			t.Errorf("two groups are %s", g.ID)
		}
		seen[g.ID] = true
		if want := map[bool]int{true: g.Count, false: 5}[g.Count <= 6]; g.Shown != want {
			t.Errorf("%s shows %d of %d results at first, want %d", g.ID, g.Shown, g.Count, want)
		}
		if g.Count > 6 && big == "" {
			big = g.ID
		}
	}
	if len(groups) != 4 || sum != total {
		t.Errorf("%d groups counting %d results, want 4 kinds counting all %d: %+v", len(groups), sum, total, groups)
	}
	if big == "" {
		t.Fatalf("no group has more than six results: %+v", groups)
	}
	group := fmt.Sprintf(`document.querySelector("[aria-labelledby='%s']")`, big)
	click(t, ctx, fmt.Sprintf(`[aria-labelledby='%s'] .search-more button`, big))
	waitFor(t, ctx, fmt.Sprintf(`%s.querySelectorAll(".search-result").length === +%s.querySelector(".search-group-count").textContent`, group, group))
	waitFor(t, ctx, fmt.Sprintf(`document.activeElement?.closest(".search-result:nth-child(6)")?.closest(".search-group") === %s`, group))
	if more := eval[int](t, ctx, `document.querySelectorAll(".search-more").length`); more != long-1 {
		t.Errorf("%d groups still offer more, want the other %d", more, long-1)
	}
}

func TestAVeryLongSearchIsClippedAndTheSearchStillReloads(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, "/ja/search")
	waitForApp(t, ctx)
	// Pasted past the box's limit, as a script or an old browser could.
	eval[bool](t, ctx, `(() => { const b = document.querySelector("#search-box"); b.value = "`+strings.Repeat("あ", 10000)+`"; b.dispatchEvent(new Event("input", {bubbles: true})); return true })()`)
	waitFor(t, ctx, `location.search.length > 0 && document.querySelector(".search-status").textContent !== ""`)
	if n := eval[int](t, ctx, `decodeURIComponent(location.search).length`); n > search.MaxQuery+3 {
		t.Errorf("the address holds %d characters of query", n)
	}
	if n := eval[int](t, ctx, `[...`+withoutBreakMarks(`document.querySelector(".search-status").textContent`)+`].length`); n > 80 {
		t.Errorf("the no-results message is %d characters long", n)
	}
	// The old page marks itself, so the wait is over only once the new one runs.
	eval[bool](t, ctx, `(() => { window.beforeReload = true; location.reload(); return true })()`)
	waitThroughReload(t, ctx, `window.beforeReload === undefined && document.documentElement.dataset.app === "running" && (document.querySelector(".search-status")?.textContent ?? "") !== "" && document.querySelector("#search-box") !== null`)
	if got := eval[string](t, ctx, `document.querySelector("#search-box").value`); len([]rune(got)) != search.MaxQuery {
		t.Errorf("after a reload the box holds %d characters", len([]rune(got)))
	}

	// A query of spaces is no query.
	open(t, ctx, "/en/search?q=%20%20%20")
	waitForApp(t, ctx)
	if got := eval[string](t, ctx, `document.querySelector(".search-status").textContent`); got != "" {
		t.Errorf("a query of spaces says %q", got)
	}
}

func TestHomeOffersTheHalfReadLessonAtItsSection(t *testing.T) {
	c := course(t)
	lesson := c.Lessons[2]
	sections := lesson.Text["en"].Body().Sections
	section := sections[2].ID
	ctx := newTab(t)
	open(t, ctx, "/en/lessons/"+lesson.ID)
	waitForApp(t, ctx)
	eval[bool](t, ctx, fmt.Sprintf(`(() => { document.getElementById(%q).scrollIntoView({block: "start"}); return true })()`, section))
	waitFor(t, ctx, fmt.Sprintf(`JSON.parse(localStorage.getItem("cxopath.progress") ?? "{}").lessons?.[%q]?.section === %q`, lesson.ID, section))
	open(t, ctx, "/en/")
	waitForApp(t, ctx)
	want := fmt.Sprintf("/en/lessons/%s#%s", lesson.ID, section)
	waitFor(t, ctx, fmt.Sprintf(`document.querySelector(".hero .button")?.getAttribute("href") === %q`, want))
	click(t, ctx, ".hero .button")
	waitFor(t, ctx, fmt.Sprintf(`location.pathname + location.hash === %q`, want))
	waitFor(t, ctx, fmt.Sprintf(`document.activeElement?.id === %q`, section))
}

func TestTheSkipLinkAndTheTableOfContentsMoveTheFocus(t *testing.T) {
	c := course(t)
	lesson := c.Lessons[0]
	section := lesson.Text["en"].Body().Sections[1].ID
	ctx := newTab(t)
	open(t, ctx, "/en/lessons/"+lesson.ID)
	waitForApp(t, ctx)
	tabTo(t, ctx, ".skip-link")
	press(t, ctx, kb.Enter)
	waitFor(t, ctx, `document.activeElement?.id === "main"`)
	press(t, ctx, kb.Enter) // a second time, with #main already in the address
	tabTo(t, ctx, fmt.Sprintf(`.toc a[href="#%s"]`, section))
	press(t, ctx, kb.Enter)
	waitFor(t, ctx, fmt.Sprintf(`document.activeElement?.id === %q`, section))
	press(t, ctx, kb.Tab)
	if eval[bool](t, ctx, `document.activeElement?.closest(".toc, .site-header") !== null`) {
		t.Error("Tab after the table of contents went back to it")
	}
}
