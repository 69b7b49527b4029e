package ui

import (
	"strings"
	"time"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// ReceivePage opens a transfer link made on another device: it reads the
// document from the address's fragment, checks it as an import file is
// checked and shows the same preview, changing nothing until the learner
// merges it, puts it in place of what is saved, or dismisses it. Once used,
// the fragment is taken out of the address and of the history entry, so
// the link leaves the learner's view. A link that cannot be used is
// refused with the reason.
type ReceivePage struct {
	app.Compo

	Lang string

	doc     progress.Document
	read    bool               // the fragment has been read
	pending *progress.Document // what the link carries, checked
	report  progress.Report    // what checking it left out
	problem *progress.Problem  // why the link was refused
	outcome *i18n.Message      // what became of the learner's choice
	mounted app.Context
}

// receiveProblems are the learner's words for each refused link.
var receiveProblems = map[progress.ProblemKind]*i18n.Message{
	progress.Damaged:   msgReceiveDamaged,
	progress.Truncated: msgReceiveTruncated,
	progress.Foreign:   msgReceiveForeign,
	progress.Future:    msgReceiveFuture,
	progress.Huge:      msgReceiveHuge,
	progress.Blank:     msgReceiveBlank,
}

// OnMount follows the learner's saved data.
func (p *ReceivePage) OnMount(ctx app.Context) {
	p.mounted = ctx
	ctx.ObserveState(stateProgress, &p.doc)
}

// OnNav sets the document's language, title and description.
func (p *ReceivePage) OnNav(ctx app.Context) {
	setPageMeta(ctx, p.Lang, locale.T(p.Lang, msgReceiveTitle), locale.T(p.Lang, msgReceiveDescription))
	if app.IsClient {
		p.mounted = ctx
		p.readLink()
	}
}

// readLink reads the payload after "#" in the address, if any.
func (p *ReceivePage) readLink() {
	p.readPayload(strings.TrimPrefix(app.Window().Get("location").Get("hash").String(), "#"))
}

// pastedPayload is what a link pasted on the page carries: the part after
// its last "#", or, with no "#", the whole of what was pasted, so that a
// payload copied on its own opens too and anything else is refused as a
// foreign link.
func pastedPayload(pasted string) string {
	pasted = strings.TrimSpace(pasted)
	if i := strings.LastIndexByte(pasted, '#'); i >= 0 {
		return pasted[i+1:]
	}
	return pasted
}

// openPasted reads a link pasted into the page's field, as if it had been
// opened: for a link that reached this device as text, not as a tap.
func (p *ReceivePage) openPasted(ctx app.Context, e app.Event) {
	e.PreventDefault()
	if payload := pastedPayload(app.Window().GetElementByID("receive-paste").Get("value").String()); payload != "" {
		p.readPayload(payload)
	}
}

// readPayload checks a link's payload and previews what it carries, or
// says why it cannot be used.
func (p *ReceivePage) readPayload(payload string) {
	p.read, p.pending, p.problem, p.outcome = true, nil, nil, nil
	if payload == "" {
		return
	}
	p.read = false
	refuse := func(problem *progress.Problem) {
		app.Log("refusing a transfer link:", problem)
		p.read, p.problem = true, problem
	}
	deflated, problem := progress.UnwrapLink(payload)
	if problem != nil {
		refuse(problem)
		return
	}
	browserStream(p.mounted, "DecompressionStream", "deflate-raw", deflated, progress.MaxImport, func(doc []byte) {
		course, _ := content.Default()
		p.read = true
		p.pending, p.report, p.problem = progress.ReadLink(doc, knownIDs(course), time.Now())
		if p.problem != nil {
			refuse(p.problem)
		}
	}, func() { refuse(&progress.Problem{Kind: progress.Damaged, Detail: "it does not inflate"}) })
}

// forgetLink takes the fragment out of the address and of this history
// entry, so going back does not bring the link into view again.
func forgetLink() {
	win := app.Window()
	loc, history := win.Get("location"), win.Get("history")
	history.Call("replaceState", history.Get("state"), "", loc.Get("pathname").String()+loc.Get("search").String())
}

// take merges what the link carries with what is saved, or puts it in its
// place, then forgets the link.
func (p *ReceivePage) take(merge bool) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		link, done := p.pending, msgReceiveReplaced
		if merge {
			done = msgReceiveMerged
		}
		p.pending = nil
		takeDocument(p.mounted, link, merge, func(err error) {
			p.outcome = done
			if err != nil {
				app.Log("saving a transfer link:", err)
				p.outcome = msgReceiveNotSaved
			}
			forgetLink()
		})
	}
}

// dismiss forgets the link without taking it.
func (p *ReceivePage) dismiss(ctx app.Context, e app.Event) {
	p.pending, p.outcome = nil, msgReceiveDismissed
	forgetLink()
}

// Render shows the preview of the link, the reason it was refused, or what
// became of it.
func (p *ReceivePage) Render() app.UI {
	lang := p.Lang
	course, _ := content.Default()
	toMyData := func(class string) app.UI {
		return app.A().Class(class).Href(DataPath(lang)).Text(locale.T(lang, msgReceiveMyData))
	}
	var body app.UI
	switch {
	case !p.read:
		body = textP("muted", locale.T(lang, msgReceiveReading))
	case p.problem != nil:
		body = app.Div().Body(
			receiveNotice("is-warning", "alert", locale.T(lang, receiveProblems[p.problem.Kind]), toMyData("button-secondary")),
			p.pasteForm("button-secondary"),
		)
	case p.outcome == msgReceiveNotSaved:
		body = receiveNotice("is-warning", "alert", locale.T(lang, p.outcome), toMyData("button-secondary"))
	case p.outcome == msgReceiveDismissed:
		body = receiveNotice("", "status", locale.T(lang, p.outcome), toMyData("button-secondary"))
	case p.outcome != nil:
		body = receiveNotice("is-done", "status", locale.T(lang, p.outcome), toMyData("button"))
	case p.pending != nil:
		body = newDataImportPreview().Lang(lang).Course(course).Mine(&p.doc).File(p.pending).Report(p.report).FromLink().
			OnMerge(p.take(true)).OnReplace(p.take(false)).OnCancel(p.dismiss)
	default:
		body = emptyState("receive-none", "link", locale.T(lang, msgReceiveNoneTitle), locale.T(lang, msgReceiveNone), app.Div().Class("receive-none-actions").Body(
			p.pasteForm("button"),
			toMyData("button-quiet"),
		))
	}
	return newShell().Lang(lang).Path(ReceivePath(lang)).Content(
		app.H1().Text(locale.T(lang, msgReceiveTitle)),
		textP("lead", locale.T(lang, msgReceiveDescription)),
		app.Div().Class("receive-body").Body(body),
	)
}

// pasteForm is a field to paste a transfer link into and the button that
// opens it, styled as class.
func (p *ReceivePage) pasteForm(class string) app.UI {
	lang := p.Lang
	return app.Form().Class("receive-paste").OnSubmit(p.openPasted).Body(
		app.Label().For("receive-paste").Text(locale.T(lang, msgReceivePasteLabel)),
		app.Div().Class("receive-paste-row").Body(
			// The placeholder shows the shape of the link to paste.
			app.Input().Type("text").ID("receive-paste").Required(true).Placeholder("…"+ReceivePath(lang)+"#…").
				Attr("inputmode", "url").Attr("autocomplete", "off").Attr("autocapitalize", "off").Attr("spellcheck", "false"),
			app.Button().Type("submit").Class(class).Text(locale.T(lang, msgReceivePasteOpen)),
		),
	)
}

// receiveNotice says what became of a link, in a notice of the given kind
// and live-region role, with the way on to My data.
func receiveNotice(kind, role, text string, action app.UI) app.UI {
	return app.Div().Class("notice "+kind).Body(
		app.P().Class("receive-outcome "+kind).Attr("role", role).Text(text),
		app.P().Class("notice-actions").Body(action),
	)
}
