package ui

import (
	"github.com/cxopath/cxopath/app/locale"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// shareBox offers a link that carries the learner's ratings after the "#",
// with a button that copies it.
type shareBox struct {
	app.Compo

	ILang     string
	IFragment string

	copied bool
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
	input := app.Window().GetElementByID("share-link")
	input.Call("select")
	clipboard := app.Window().Get("navigator").Get("clipboard")
	if !clipboard.Truthy() {
		return
	}
	// Refused, the link stays selected for copying by hand.
	await(ctx, clipboard.Call("writeText", s.link()), func(app.Value) { s.copied = true }, nil)
}

func (s *shareBox) Render() app.UI {
	lang := s.ILang
	status := ""
	if s.copied {
		status = locale.T(lang, msgLinkCopied)
	}
	return app.Section().Class("share-box").Aria("labelledby", "share").Body(
		app.H2().ID("share").Text(locale.T(lang, msgShareHeading)),
		app.P().Text(locale.T(lang, msgShareHow)),
		app.Div().Class("share-row").Body(
			app.Label().For("share-link").Class("visually-hidden").Text(locale.T(lang, msgShareLinkLabel)),
			app.Input().Type("text").ID("share-link").ReadOnly(true).Value(s.link()),
			app.Button().Type("button").Class("button").OnClick(s.copy).Text(locale.T(lang, msgCopyLink)),
		),
		app.P().Class("share-status").Attr("role", "status").Text(status),
	)
}
