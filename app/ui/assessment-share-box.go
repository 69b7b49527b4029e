package ui

import (
	"github.com/cxopath/cxopath/app/locale"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// shareBox offers a link that carries the learner's ratings after the "#",
// with a button that copies it. The address itself, long and meaningless to
// a reader, stays out of sight unless the browser will not copy it: then it
// shows, selected, to copy by hand.
type shareBox struct {
	app.Compo

	ILang     string
	IFragment string

	copied bool
	manual bool // the browser would not copy: the address shows
}

func newShareBox() *shareBox { return &shareBox{} }

// Lang sets the language.
func (s *shareBox) Lang(v string) *shareBox { s.ILang = v; return s }

// Fragment sets the encoded ratings.
func (s *shareBox) Fragment(v string) *shareBox { s.IFragment = v; return s }

// link is the whole address to share; on the server, only its path.
func (s *shareBox) link() string {
	path := ResultsPath(s.ILang) + "#" + s.IFragment
	if !app.IsClient {
		return path
	}
	return app.Window().Get("location").Get("origin").String() + path
}

// copy puts the link on the clipboard; where the browser refuses, the text
// is selected so the learner can copy it by hand.
func (s *shareBox) copy(ctx app.Context, e app.Event) {
	byHand := func() {
		s.manual = true
		ctx.Defer(func(app.Context) { app.Window().GetElementByID("share-link").Call("select") })
	}
	clipboard := app.Window().Get("navigator").Get("clipboard")
	if !clipboard.Truthy() {
		byHand()
		return
	}
	await(ctx, clipboard.Call("writeText", s.link()), func(app.Value) { s.copied = true }, byHand)
}

func (s *shareBox) Render() app.UI {
	lang := s.ILang
	status := ""
	if s.copied {
		status = locale.T(lang, msgLinkCopied)
	}
	hidden, tab := "visually-hidden", -1
	if s.manual {
		hidden, tab = "", 0
	}
	return app.Section().Class("share-box").Aria("labelledby", "share").Body(
		app.H2().ID("share").Text(locale.T(lang, msgShareHeading)),
		app.P().Text(locale.T(lang, msgShareHow)),
		app.Div().Class("share-row").Body(
			app.Label().For("share-link").Class("visually-hidden").Text(locale.T(lang, msgShareLinkLabel)),
			app.Input().Type("text").ID("share-link").Class(hidden).TabIndex(tab).ReadOnly(true).Value(s.link()),
			app.Button().Type("button").Class("button share-copy").OnClick(s.copy).Text(locale.T(lang, msgCopyLink)),
		),
		app.P().Class("share-status").Attr("role", "status").Text(status),
	)
}
