package ui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func mount(t *testing.T, c app.Composer) {
	t.Helper()
	e := app.NewTestEngine()
	if err := e.Load(c); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
}

func TestLangSwitcherOffersTheSamePageInEveryLanguage(t *testing.T) {
	s := newLangSwitcher().Lang("ko").Path("/ko/lessons/pay")
	mount(t, s)
	want := []app.UI{
		app.A().Href("/en/lessons/pay").Lang("en").HrefLang("en").DataSet("short", "EN").OnClick(noop),
		app.A().Href("/ko/lessons/pay").Lang("ko").HrefLang("ko").DataSet("short", "한").Aria("current", "page").OnClick(noop),
		app.A().Href("/ja/lessons/pay").Lang("ja").HrefLang("ja").DataSet("short", "日").OnClick(noop),
	}
	for i, a := range want {
		if err := app.Match(a, s, 0, 0, i, 0); err != nil {
			t.Errorf("link %d: %v", i, err)
		}
		if err := app.Match(app.Text(locale.Autonym(locale.Langs[i])), s, 0, 0, i, 0, 0); err != nil {
			t.Errorf("link %d is not named in its own language: %v", i, err)
		}
	}
}

func TestLessonTextRendersEveryKindOfBlock(t *testing.T) {
	course, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	text := &content.LessonText{}
	text.SetBody(content.LessonBody{Sections: []content.Section{{
		ID:    "compare",
		Title: []content.Inline{{Kind: content.Text, Text: "Compare"}},
		Blocks: []content.Block{
			{Kind: content.Paragraph, Inlines: []content.Inline{
				{Kind: content.Text, Text: "See "},
				{Kind: content.Link, Ref: content.Ref{Kind: content.LessonRef, ID: "pay"}, Children: []content.Inline{{Kind: content.Text, Text: "pay"}}},
				{Kind: content.Link, Ref: content.Ref{Kind: content.TermRef, ID: "dx"}, Children: []content.Inline{{Kind: content.Text, Text: "DX"}}},
			}},
			{Kind: content.Table, Header: [][]content.Inline{{{Kind: content.Text, Text: "Role"}}},
				Rows: [][][]content.Inline{{{{Kind: content.Strong, Children: []content.Inline{{Kind: content.Text, Text: "CTO"}}}}}}},
		},
	}}})
	b := newLessonText().Lang("ja").Course(course).Text(text)
	mount(t, b)
	dx, _ := course.Term("dx")
	checks := []struct {
		name string
		want app.UI
		path []int
	}{
		{"the section heading carries its id", app.H2().ID("compare"), []int{0, 0, 0}},
		{"a lesson link stays in the language", app.A().Href("/ja/lessons/pay"), []int{0, 0, 1, 1}},
		{"a glossary term carries its definition", newTermTip().Lang("ja").Term("dx", "DX", dx.Text["ja"].Definition).Name(dx.Text["ja"].Term), []int{0, 0, 1, 2}},
		{"a table can be scrolled from the keyboard", app.Div().Class("table-wrap").TabIndex(0).Attr("role", "region").Aria("label", "Role"), []int{0, 0, 2}},
		{"a table header cell is scoped to its column", app.Th().Scope("col"), []int{0, 0, 2, 0, 0, 0, 0}},
		{"strong text stays strong in a table", app.Strong(), []int{0, 0, 2, 0, 1, 0, 0, 0}},
	}
	for _, c := range checks {
		if err := app.Match(c.want, b, c.path...); err != nil {
			t.Errorf("%s: %v", c.name, err)
		}
	}
}

func TestLessonPageShowsTheLessonInItsLanguage(t *testing.T) {
	course, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range locale.Langs {
		p := &LessonPage{Lang: lang, LessonID: "cto-vs-cio"}
		mount(t, p)
		l, _ := course.Lesson("cto-vs-cio")
		// LessonPage → shell → div.shell → main (after skip link, header, two notices) → article → header → h1
		if err := app.Match(app.Text(l.Text[lang].Title), p, 0, 0, 4, 0, 0, 1, 0); err != nil {
			t.Errorf("%s: the h1 is not the lesson title: %v", lang, err)
		}
	}
}

// noop stands for an event handler in expected elements: Match compares
// which events have handlers, not the handlers.
func noop(app.Context, app.Event) {}

func TestTheAssessmentAnnouncesItsProgressOnce(t *testing.T) {
	p := &AssessmentPage{Lang: "ko"}
	mount(t, p)
	copies := strings.Split(app.HTMLString(p), `class="assessment-progress"`)[1:]
	if len(copies) != 1 {
		t.Fatalf("the page shows the progress %d times, want once, kept on screen as it scrolls", len(copies))
	}
	live := 0
	for _, c := range copies {
		c, _, _ = strings.Cut(c, "</div>")
		live += strings.Count(c, `role="status"`)
	}
	if live != 1 {
		t.Errorf("the progress is a live region %d times on the page, want once: each rating would be announced %d times", live, live)
	}
}

func TestTheMainNavMarksTheSectionWhateverTheAddressQuery(t *testing.T) {
	for path, want := range map[string]string{
		"/en/interview?role=cio":          "/en/interview",
		"/en/interview/practice?topic=ai": "/en/interview",
		"/en/lessons/pay?with=ko":         "/en/lessons",
		"/en/glossary":                    "/en/glossary",
	} {
		html := app.HTMLString((&shell{ILang: "en", IPath: path}).mainNav())
		current := regexp.MustCompile(`<a [^>]*aria-current="page"[^>]*>`).FindAllString(html, -1)
		if len(current) != 1 || !strings.Contains(current[0], `href="`+want+`"`) {
			t.Errorf("%s marks %v, want only %s", path, current, want)
		}
	}
}
