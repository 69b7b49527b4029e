package ui

import (
	"strings"
	"time"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// LessonPage shows one lesson: its key points, contents and sections, and the
// way on to the previous and next lessons.
type LessonPage struct {
	app.Compo

	Lang     string
	LessonID string

	doc        progress.Document
	resumed    string // the saved section when the lesson was opened
	with       string // the language read side by side, if any
	withOwn    bool   // the address asked for the page's own language (or none the app has) beside it
	second     bool   // side by side on a phone, the second language is shown
	stopScroll func() // stops following the scroll
	checking   bool   // a position check is pending
	marking    bool   // a mark of the contents is pending
	arrived    int    // stateCourseText: redraws when a language's text arrives
}

// OnMount follows the learner's progress and starts noting the section
// being read, so the next visit can offer to continue there.
func (p *LessonPage) OnMount(ctx app.Context) {
	ctx.ObserveState(stateProgress, &p.doc)
	ctx.ObserveState(stateCourseText, &p.arrived)
	if !app.IsClient {
		return
	}
	p.stopScroll = listen(ctx, app.Window(), "scroll", true, func(ctx app.Context, _ app.Value) {
		ctx.PreventUpdate() // scrolling changes nothing on the page
		if !p.checking {
			p.checking = true
			ctx.After(time.Second, p.notePosition)
		}
		if !p.marking {
			p.marking = true
			ctx.After(150*time.Millisecond, p.markContents)
		}
	})
	// A page opened at a section, or scrolled before this ran, is noted too.
	p.checking, p.marking = true, true
	ctx.After(time.Second, p.notePosition)
	ctx.After(150*time.Millisecond, p.markContents)
}

// markContents marks, in the contents, the entry of the part being read
// (readingPart). The mark is an attribute the page's rendering does not
// set, so it is placed on the link itself, without drawing the page again.
func (p *LessonPage) markContents(ctx app.Context) {
	p.marking = false
	ctx.PreventUpdate()
	current := readingPart()
	links := app.Window().Get("document").Call("querySelectorAll", ".toc a")
	for i := 0; i < links.Length(); i++ {
		a := links.Index(i)
		if id := strings.TrimPrefix(a.Get("hash").String(), "#"); current != "" && (id == current || id == "with-"+current) {
			a.Call("setAttribute", "aria-current", "location")
		} else {
			a.Call("removeAttribute", "aria-current")
		}
	}
}

// OnDismount stops following the scroll.
func (p *LessonPage) OnDismount() {
	if p.stopScroll != nil {
		p.stopScroll()
		p.stopScroll = nil
	}
}

// notePosition saves the section being read when it has changed, at most
// once a second while the learner scrolls.
func (p *LessonPage) notePosition(ctx app.Context) {
	p.checking = false
	if section := readingSection(); section != "" && section != p.doc.Lesson(p.LessonID).Section {
		id := p.LessonID
		updateProgress(ctx, func(d *progress.Document) { d.SetSection(id, section) })
	}
}

// resumeLink offers to jump to where the learner stopped reading last time.
func (p *LessonPage) resumeLink(t *content.LessonText) app.UI {
	sections := t.Body().Sections
	if p.resumed == "" || len(sections) == 0 || p.resumed == sections[0].ID {
		return nil
	}
	for _, s := range sections {
		if s.ID == p.resumed {
			label := locale.T(p.Lang, msgContinueReading, map[string]any{"Section": content.PlainText(s.Title)})
			return app.P().Class("resume").Body(app.A().Href("#" + s.ID).Text(label))
		}
	}
	return nil
}

func (p *LessonPage) lesson() (*content.Course, *content.Lesson, *content.LessonText) {
	course, err := content.Default()
	if err != nil && course == nil {
		app.Log("loading the course:", err)
		return nil, nil, nil
	}
	l, ok := course.Lesson(p.LessonID)
	if !ok || l.Text[p.Lang] == nil {
		return course, nil, nil
	}
	return course, l, l.Text[p.Lang]
}

// OnNav reads the side-by-side language from the address (?with=ko) and
// sets the document's language, title and description.
func (p *LessonPage) OnNav(ctx app.Context) {
	p.with = ctx.Page().URL().Query().Get("with")
	p.withOwn = p.with != ""
	if !locale.Supported(p.with) || p.with == p.Lang {
		p.with = ""
	}
	p.withOwn = p.withOwn && p.with == ""
	p.resumed = ""
	if app.IsClient && ctx.Page().URL().Fragment == "" {
		p.resumed = progressStore().Document().Lesson(p.LessonID).Section
	}
	if _, _, t := p.lesson(); t != nil {
		setPageMeta(ctx, p.Lang, t.Title, t.Summary)
	}
	ensureText(ctx, p.Lang, p.with)
}

// textNotice stands in for the lesson's text while a language it is shown
// in has not arrived, or says that it could not.
func (p *LessonPage) textNotice(course *content.Course) app.UI {
	for _, lang := range []string{p.Lang, p.with} {
		if lang == "" || course.HasText(lang) {
			continue
		}
		if textFailedIn(lang) {
			return app.P().Class("notice is-warning").Attr("role", "alert").Text(locale.T(p.Lang, msgTextUnavailable))
		}
		return app.P().Class("notice").Attr("role", "status").Text(locale.T(p.Lang, msgTextLoading))
	}
	return nil
}

// Render shows the lesson.
func (p *LessonPage) Render() app.UI {
	lang := p.Lang
	course, l, t := p.lesson()
	path := LessonPath(lang, p.LessonID)
	if p.with != "" {
		path += "?with=" + p.with
	}
	page := newShell().Lang(lang).Path(path).With(p.with).Timed(true)
	if t == nil {
		return page.Content(contentError(lang))
	}
	prev, next := course.Neighbours(l.ID)
	if notice := p.textNotice(course); notice != nil {
		return page.Content(
			app.Article().Class("lesson").Body(
				app.Header().Class("lesson-header").Body(
					textP("eyebrow", groupTitle(course, lang, l.Group)),
					app.H1().Text(t.Title),
					textP("lead", locale.KeepDots(t.Summary)),
				),
				notice,
			),
			newLessonNav().Lang(lang).Prev(prev).Next(next),
		)
	}
	articleClass := "lesson"
	if p.with != "" {
		articleClass += " is-parallel"
	}
	// A phone turned to the second language reads the summary, the key
	// points and the contents in it too, with their headings, the group's
	// name and the reading time; the contents then lead to its headings,
	// the ones shown. The quiz, the app's own, stays in the page's language,
	// and so does its entry in the contents, which says what it leads to.
	read, rt, anchor := lang, t, ""
	if p.with != "" && p.second {
		read, rt, anchor = p.with, l.Text[p.with], "with-"
	}
	return page.Content(
		app.Article().Class(articleClass).Body(
			app.Header().Class("lesson-header").Body(
				app.P().Class("eyebrow").Lang(read).Text(groupTitle(course, read, l.Group)),
				// Turned, the title is in the language read, the other under it.
				app.H1().Lang(read).Text(l.Text[read].Title),
				app.If(p.with != "", func() app.UI {
					other := p.with
					if read == p.with {
						other = lang
					}
					return app.P().Class("parallel-title").Lang(other).Text(l.Text[other].Title)
				}),
				p.pair(read, func(lang string) app.UI {
					return app.P().Class("lead").Lang(lang).Text(locale.KeepDots(l.Text[lang].Summary))
				}),
				app.P().Class("muted").Lang(read).Text(locale.N(read, msgMinutes, rt.Minutes)),
				p.resumeLink(t),
			),
			app.If(p.with != "", func() app.UI { return parallelToggle(lang, p.with, p.second, p.showSecond) }),
			p.keyPoints(course, l, read),
			app.Nav().Class("toc").Aria("labelledby", "toc").Body(
				app.H2().ID("toc").Lang(read).Text(locale.T(read, msgContents)),
				app.Ol().Lang(read).Body(
					app.Range(rt.Body().Sections).Slice(func(i int) app.UI {
						s := rt.Body().Sections[i]
						return app.Li().Body(app.A().Href("#" + anchor + s.ID).Text(content.PlainText(s.Title)))
					}),
					app.If(len(l.Quiz) > 0, func() app.UI {
						return app.Li().Class("toc-quiz").Lang(lang).Body(app.A().Href("#quiz").Text(locale.T(lang, msgQuizHeading)))
					}),
				),
			),
			p.sideBySide(),
			app.If(p.with == "", func() app.UI { return newLessonText().Lang(lang).Course(course).Text(t) }).
				Else(func() app.UI { return newParallelText().Langs(lang, p.with).Course(course).Lesson(l).Second(p.second) }),
			newLessonQuiz().Lang(lang).Lesson(l),
			newDoneToggle().Lang(lang).LessonID(l.ID),
			newLessonLinks().Lang(lang).Course(course).Lesson(l),
		),
		newLessonNav().Lang(lang).Prev(prev).Next(next),
	)
}

// keyPoints lists the lesson's key points in the language read, or side
// by side in both.
func (p *LessonPage) keyPoints(course *content.Course, l *content.Lesson, read string) app.UI {
	return app.Aside().Class("key-points").Aria("labelledby", "key-points").Body(
		app.H2().ID("key-points").Lang(read).Text(locale.T(read, msgKeyPoints)),
		p.pair(read, func(lang string) app.UI {
			t := l.Text[lang]
			return app.Ul().Lang(lang).Body(app.Range(t.KeyPoints).Slice(func(i int) app.UI {
				return app.Li().Body((&lessonText{ILang: lang, ICourse: course}).inlines(t.KeyPoints[i])...)
			}))
		}),
	)
}

// pair draws a part of the lesson's opening (its summary, its key points)
// in the language read, or, side by side, in both, column beside column
// as the sections stand; a phone shows the one its switch has chosen.
func (p *LessonPage) pair(read string, part func(lang string) app.UI) app.UI {
	if p.with == "" {
		return part(read)
	}
	class := "parallel-pair"
	if p.second {
		class += " is-turned"
	}
	return app.Div().Class(class).Body(
		part(p.Lang),
		app.Div().Class("is-second").Body(part(p.with)),
	)
}

// showSecond turns a phone's side-by-side page to the second language or
// back, keeping the section being read at the top of the screen.
func (p *LessonPage) showSecond(second bool) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if p.second == second {
			return
		}
		// The section under the sticky header and the switch.
		reading := app.Window().Get("document").Call("elementFromPoint", 24, 160)
		if reading.Truthy() {
			reading = reading.Call("closest", ".parallel-row")
		}
		p.second = second
		if reading.Truthy() {
			ctx.Defer(func(app.Context) { reading.Call("scrollIntoView") })
		}
	}
}

// sideBySide offers the lesson beside its text in another language, or the
// way back to one language.
func (p *LessonPage) sideBySide() app.UI {
	lang, path := p.Lang, LessonPath(p.Lang, p.LessonID)
	if p.with != "" {
		return app.P().Class("side-by-side").Body(app.A().Href(path).Text(locale.T(lang, msgOneLanguage)))
	}
	class, label := "side-by-side", locale.T(lang, msgSideBySide)
	if p.withOwn {
		class, label = "side-by-side notice", locale.T(lang, msgSideBySideSame, map[string]any{"Language": locale.Autonym(lang)})
	}
	links := []app.UI{app.Span().Text(label)}
	for _, other := range locale.Langs {
		if other != lang {
			links = append(links, app.A().Href(path+"?with="+other).Lang(other).HrefLang(other).Text(locale.Autonym(other)))
		}
	}
	return app.P().Class(class).Body(links...)
}

// groupTitle returns the title of a lesson group in lang.
func groupTitle(c *content.Course, lang, id string) string {
	if g, ok := c.Group(id); ok {
		return g.Title[lang]
	}
	return id
}
