package ui

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"golang.org/x/net/html"
)

// renderedPage renders a page component to HTML and parses it.
func renderedPage(t *testing.T, c app.Composer) *html.Node {
	t.Helper()
	mount(t, c)
	doc, err := html.Parse(strings.NewReader(app.HTMLString(c)))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func attr(n *html.Node, name string) string {
	for _, a := range n.Attr {
		if a.Key == name {
			return a.Val
		}
	}
	return ""
}

func hasClass(n *html.Node, class string) bool {
	return slices.Contains(strings.Fields(attr(n, "class")), class)
}

// findAll returns the elements under n that match, in document order.
func findAll(n *html.Node, match func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && match(c) {
			out = append(out, c)
		}
		out = append(out, findAll(c, match)...)
	}
	return out
}

func textOf(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(textOf(c))
	}
	return b.String()
}

// withText returns the course with every language's text, which holds the
// course's words and the sources' words: the native build has it, the
// browser fetches it, so in WASM the tests that need it are skipped.
func withText(t *testing.T) *content.Course {
	t.Helper()
	course, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range locale.Langs {
		if !course.HasText(lang) {
			t.Skipf("the %s text is fetched by the browser, not built in", lang)
		}
	}
	return course
}

func TestTheSourcesPageSaysSoWhileItsWordsAreOnTheirWay(t *testing.T) {
	course, _ := content.Default()
	if course.HasText("ko") {
		t.Skip("the Korean text is built in")
	}
	doc := renderedPage(t, &SourcesPage{Lang: "ko"})
	notices := findAll(doc, func(n *html.Node) bool { return hasClass(n, "notice") && attr(n, "role") == "status" })
	if len(notices) != 1 || textOf(notices[0]) != locale.T("ko", msgSourcesLoading) {
		t.Errorf("without its words the page shows %d status notices", len(notices))
	}
	if entries := findAll(doc, func(n *html.Node) bool { return n.Data == "article" }); len(entries) != 0 {
		t.Errorf("without their words, %d entries are shown", len(entries))
	}
}

func TestTheSourcesPageListsEverySourceUnderEachLessonThatCitesIt(t *testing.T) {
	course := withText(t)
	listed := map[string]bool{}
	for _, lang := range locale.Langs {
		doc := renderedPage(t, &SourcesPage{Lang: lang})
		groups := findAll(doc, func(n *html.Node) bool { return n.Data == "section" && hasClass(n, "sources-lesson") })
		var want []*content.Lesson
		for _, l := range course.Lessons {
			if len(l.Text[lang].Citations) > 0 {
				want = append(want, l)
			}
		}
		if len(groups) != len(want) || len(want) < 8 {
			t.Fatalf("%s: %d lesson groups, want %d (every lesson with figures, in reading order)", lang, len(groups), len(want))
		}
		for i, l := range want {
			g, text := groups[i], l.Text[lang]
			links := findAll(g, func(n *html.Node) bool { return n.Data == "a" && n.Parent.Data == "h2" })
			if len(links) != 1 || attr(links[0], "href") != LessonPath(lang, l.ID) || textOf(links[0]) != text.Title {
				t.Errorf("%s: group %d is not titled with a link to %s", lang, i, l.ID)
			}
			entries := findAll(g, func(n *html.Node) bool { return n.Data == "article" })
			if len(entries) != len(text.Citations) {
				t.Errorf("%s %s: %d entries for %d sources", lang, l.ID, len(entries), len(text.Citations))
				continue
			}
			for j, cit := range text.Citations {
				src, _ := course.Source(cit.Source)
				e, words := entries[j], src.Text[lang]
				if got := attr(e, "id"); got != content.SourceEntryID(l.ID, src.ID) {
					t.Errorf("%s %s: entry %d is %q, want %s", lang, l.ID, j, got, content.SourceEntryID(l.ID, src.ID))
				}
				shown := textOf(e)
				for _, part := range []string{words.Title, src.PublisherName(lang), words.Means, words.NotMeans, words.Conflict, words.DateNote, words.When, words.PublishedOn} {
					if !strings.Contains(shown, part) {
						t.Errorf("%s %s: the entry for %s does not show %q", lang, l.ID, src.ID, part)
					}
				}
				if len(cit.Figures) != len(cit.Facts) || len(cit.Facts) == 0 {
					t.Errorf("%s %s: the entry for %s backs facts %q with figures %q", lang, l.ID, src.ID, cit.Facts, cit.Figures)
				}
				for i, figure := range cit.Figures {
					if !strings.Contains(shown, figure) {
						t.Errorf("%s %s: the entry for %s does not list the figure %s (%s)", lang, l.ID, src.ID, cit.Facts[i], figure)
					}
				}
				listed[src.ID] = true
			}
		}
	}
	for _, s := range course.Sources {
		if !listed[s.ID] {
			t.Errorf("source %s is listed under no lesson in any language", s.ID)
		}
	}
}

func TestEveryFigureLinksToAnEntryOnTheSourcesPage(t *testing.T) {
	course := withText(t)
	for _, lang := range locale.Langs {
		linked := 0
		ids := map[string]bool{}
		for _, e := range findAll(renderedPage(t, &SourcesPage{Lang: lang}), func(n *html.Node) bool { return n.Data == "article" }) {
			ids[attr(e, "id")] = true
		}
		for _, l := range course.Lessons {
			doc := renderedPage(t, &LessonPage{Lang: lang, LessonID: l.ID})
			for _, a := range findAll(doc, func(n *html.Node) bool { return n.Data == "a" && hasClass(n, "figure") }) {
				path, entry, _ := strings.Cut(attr(a, "href"), "#")
				if path != SourcesPath(lang) || !ids[entry] {
					t.Errorf("%s %s: the figure %q links to %q, which is no entry on the Sources page", lang, l.ID, textOf(a), attr(a, "href"))
					continue
				}
				_, src, _ := course.EntrySource(entry)
				want := locale.T(lang, msgFigureSource, map[string]any{"Source": citation(lang, src)})
				hidden := findAll(a, func(n *html.Node) bool { return hasClass(n, "visually-hidden") })
				if len(hidden) != 1 || textOf(hidden[0]) != want {
					t.Errorf("%s %s: the figure %q does not say %q to screen readers", lang, l.ID, textOf(a), want)
				}
				linked++
			}
		}
		if linked < 30 {
			t.Errorf("%s: only %d figures in the lessons link to their sources", lang, linked)
		}
	}
}

func TestAFigureReadsOutItsPublisherAndDate(t *testing.T) {
	course := withText(t)
	text := &content.LessonText{}
	fig := content.Inline{Kind: content.Link, Ref: content.Ref{Kind: content.SourceRef, ID: content.SourceEntryID("pay", "salary-com-cto-pay-2022")},
		Children: []content.Inline{{Kind: content.Text, Text: "$256,604"}}}
	text.SetBody(content.LessonBody{Sections: []content.Section{{ID: "a", Title: []content.Inline{{Text: "A"}},
		Blocks: []content.Block{{Kind: content.Paragraph, Inlines: []content.Inline{fig}}}}}})
	b := newLessonText().Lang("en").Course(course).Text(text)
	mount(t, b)
	if err := app.Match(app.A().Class("figure").Href("/en/sources#pay--salary-com-cto-pay-2022"), b, 0, 0, 1, 0); err != nil {
		t.Errorf("the figure is not a link to its entry: %v", err)
	}
	if err := app.Match(app.Text("(source: Salary.com, "+locale.Date("en", time.Date(2022, time.April, 26, 0, 0, 0, 0, time.UTC))+")"), b, 0, 0, 1, 0, 1, 0); err != nil {
		t.Errorf("the figure's link does not name its source: %v", err)
	}
}

func TestAnAnsweredQuizQuestionListsTheSourcesOfItsFigures(t *testing.T) {
	course := withText(t)
	l, _ := course.Lesson("pay")
	q := l.Text["ko"].Body().Questions[0]
	if len(q.Sources) == 0 {
		t.Fatal("the first pay question cites no source; pick a question with figures")
	}
	ui := quizSources("ko", q.Sources)
	doc, err := html.Parse(strings.NewReader(app.HTMLString(ui)))
	if err != nil {
		t.Fatal(err)
	}
	links := findAll(doc, func(n *html.Node) bool { return n.Data == "a" })
	if len(links) != len(q.Sources) {
		t.Fatalf("%d links for %d sources", len(links), len(q.Sources))
	}
	for i, a := range links {
		_, src, _ := course.EntrySource(q.Sources[i])
		if attr(a, "href") != "/ko/sources#"+q.Sources[i] || !strings.HasPrefix(textOf(a), src.PublisherName("ko")) {
			t.Errorf("link %d is %q to %q", i, textOf(a), attr(a, "href"))
		}
	}
}
