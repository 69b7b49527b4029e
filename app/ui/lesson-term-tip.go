package ui

import (
	"strconv"
	"sync/atomic"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// termTip is a glossary term inside lesson text: a tap, a click, or Enter or
// Space on the focused term shows its definition with a link to the glossary,
// and the same again hides it. One tip is open at a time. It also closes on a
// tap or click elsewhere, on Escape, with its close button, when the focus
// moves on and when the term is scrolled out of view. On phones the
// definition is a sheet at the bottom of the screen, or at the top when there
// is more room above the term, so it never covers its term. The definition sits
// in a live region, so screen readers read it out when it appears. The
// definition opens with the term's name as its title; beside its term it
// points at it, on the side of the term with more room under the sticky
// header, and the page scrolls if need be to show all of it.
type termTip struct {
	app.Compo

	ILang       string
	ITermID     string
	IText       string
	IName       string
	IDefinition string

	key     string // tells this tip from the others on the page
	openKey string // the tip open on the page (state)
	above   bool   // there is more room above the term than below: the sheet goes on top
	stops   []func()
	mounted app.Context // outlives the close button, which is gone once clicked
}

// tipKeys numbers the tips as they are mounted.
var tipKeys atomic.Int64

func newTermTip() *termTip { return &termTip{} }

// Lang sets the language of the lesson.
func (t *termTip) Lang(v string) *termTip { t.ILang = v; return t }

// Term sets the glossary id, the words shown in the text and the definition.
func (t *termTip) Term(id, text, definition string) *termTip {
	t.ITermID, t.IText, t.IDefinition = id, text, definition
	return t
}

// Name sets the term's name in the glossary, the definition's title.
func (t *termTip) Name(v string) *termTip { t.IName = v; return t }

// OnMount follows which tip is open on the page.
func (t *termTip) OnMount(ctx app.Context) {
	t.mounted = ctx
	t.key = strconv.FormatInt(tipKeys.Add(1), 10)
	// The definition is drawn once the open tip's key has reached this
	// tip, which is after the click: only then can it be kept in view.
	ctx.ObserveState(stateOpenTip, &t.openKey).OnChange(func() {
		if !t.isOpen() {
			t.unlisten()
			return
		}
		t.mounted.Defer(func(app.Context) { t.keepInView() })
	})
}

// OnDismount stops listening for the ways a tip closes.
func (t *termTip) OnDismount() { t.unlisten() }

func (t *termTip) isOpen() bool { return t.key != "" && t.openKey == t.key }

func (t *termTip) toggle(ctx app.Context, e app.Event) {
	if t.isOpen() {
		t.close(ctx, false)
		return
	}
	if app.IsClient {
		// The definition opens on the side of the term with more room,
		// counted from under the sticky header.
		rect := ctx.JSSrc().Call("getBoundingClientRect")
		t.above = rect.Get("top").Float()-headerBottom() > app.Window().Get("innerHeight").Float()-rect.Get("bottom").Float()
	}
	ctx.SetState(stateOpenTip, t.key)
	t.listen(ctx)
}

// close hides the definition; focusTerm gives the focus back to the term,
// as after Escape or the close button.
func (t *termTip) close(ctx app.Context, focusTerm bool) {
	if !t.isOpen() {
		return
	}
	ctx.SetState(stateOpenTip, "")
	t.unlisten()
	if focusTerm {
		t.mounted.Defer(func(app.Context) { focusIn(t.JSValue(), ".term") })
	}
}

func (t *termTip) closeButton(ctx app.Context, e app.Event) { t.close(ctx, true) }

// listen closes the tip on what takes the learner elsewhere.
func (t *termTip) listen(ctx app.Context) {
	t.unlisten()
	doc := app.Window().Get("document")
	t.stops = []func(){
		listen(ctx, doc, "pointerdown", true, func(ctx app.Context, e app.Value) {
			if !t.contains(e.Get("target")) {
				t.close(ctx, false)
			}
		}),
		listen(ctx, doc, "keydown", false, func(ctx app.Context, e app.Value) {
			if e.Get("key").String() == "Escape" {
				t.close(ctx, true)
			}
		}),
		listen(ctx, doc, "focusin", false, func(ctx app.Context, e app.Value) {
			if !t.contains(e.Get("target")) {
				t.close(ctx, false)
			}
		}),
		listen(ctx, app.Window(), "scroll", true, func(ctx app.Context, e app.Value) {
			if !t.termInView() {
				t.close(ctx, false)
			}
		}),
	}
}

func (t *termTip) unlisten() {
	for _, stop := range t.stops {
		stop()
	}
	t.stops = nil
}

// contains reports whether a node of the page is part of this tip.
func (t *termTip) contains(node app.Value) bool {
	root := t.JSValue()
	return root != nil && root.Truthy() && node.Truthy() && root.Call("contains", node).Bool()
}

// termInView reports whether any of the term is on screen.
func (t *termTip) termInView() bool {
	root := t.JSValue()
	if root == nil || !root.Truthy() {
		return false
	}
	rect := root.Call("getBoundingClientRect")
	return rect.Get("bottom").Float() > 0 && rect.Get("top").Float() < app.Window().Get("innerHeight").Float()
}

// keepInView moves a definition shown beside its term back inside the
// window when it would run past its right edge, and keeps its pointer on
// the term.
func (t *termTip) keepInView() {
	root := t.JSValue()
	if root == nil || !root.Truthy() {
		return
	}
	bubble := root.Call("querySelector", ".term-bubble")
	if !bubble.Truthy() || app.Window().Call("getComputedStyle", bubble).Get("position").String() != "absolute" {
		return
	}
	style := bubble.Get("style")
	style.Set("left", "")
	style.Call("removeProperty", "--pointer")
	width := app.Window().Get("document").Get("documentElement").Get("clientWidth").Float()
	rect := bubble.Call("getBoundingClientRect")
	const margin = 16 // the page's gutter
	if over := rect.Get("right").Float() - (width - margin); over > 0 {
		shift := over
		if left := rect.Get("left").Float(); left-shift < margin {
			shift = left - margin
		}
		style.Set("left", strconv.Itoa(-int(shift))+"px")
		style.Call("setProperty", "--pointer", strconv.Itoa(int(shift))+"px")
	}
	// Nor may it, or its term, hide under the sticky header or run past
	// the window's foot: the page scrolls just enough to show both.
	term := root.Call("getBoundingClientRect")
	top := min(rect.Get("top").Float(), term.Get("top").Float())
	bottom := max(rect.Get("bottom").Float(), term.Get("bottom").Float())
	ceiling := headerBottom() + margin
	floor := app.Window().Get("innerHeight").Float() - margin
	switch {
	case top < ceiling:
		app.Window().Call("scrollBy", 0, int(top-ceiling))
	case bottom > floor:
		app.Window().Call("scrollBy", 0, int(min(bottom-floor, top-ceiling)))
	}
}

// headerBottom is where the sticky header ends in the window.
func headerBottom() float64 {
	if header := app.Window().Get("document").Call("querySelector", ".site-header"); header.Truthy() {
		return header.Call("getBoundingClientRect").Get("bottom").Float()
	}
	return 0
}

func (t *termTip) Render() app.UI {
	open := t.isOpen()
	bubble := app.Span().Class("term-bubble").Attr("role", "status")
	if open {
		if t.above {
			bubble = bubble.Class("is-above")
		}
		bubble = bubble.Body(
			app.If(t.IName != "", func() app.UI { return textSpan("term-title", t.IName) }),
			textSpan("term-definition", locale.KeepDots(t.IDefinition)),
			app.Span().Class("term-actions").Body(
				app.A().Href(GlossaryPath(t.ILang)+"#"+TermAnchor(t.ITermID)).Text(locale.T(t.ILang, msgSeeGlossary)),
				app.Button().Type("button").Class("term-close").Aria("label", locale.T(t.ILang, msgCloseTip)).
					OnClick(t.closeButton).Text("×"),
			),
		)
	}
	return app.Span().Class("term-tip").Body(
		app.Button().Type("button").Class("term").Aria("expanded", open).OnClick(t.toggle).Text(t.IText),
		bubble,
	)
}
