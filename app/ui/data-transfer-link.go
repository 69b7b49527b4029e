package ui

import (
	"encoding/json"
	"math"
	"strconv"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/progress"
	"github.com/cxopath/cxopath/app/qr"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// maxTransferLink is the longest transfer link offered for copying: 32 KB,
// which every current browser opens from the address bar. Longer progress
// goes by file.
const maxTransferLink = 32 << 10

// dataTransferLink offers everything saved as a transfer link to open on
// another device: as a QR code drawn in SVG when it fits in one (version
// 40 at level L: 2,953 bytes), and in a read-only field with a copy
// button when it fits in an address; beyond either it says so and points
// to the export file.
type dataTransferLink struct {
	app.Compo

	ILang   string
	ICourse *content.Course
	IMine   *progress.Document

	mounted  app.Context
	ready    bool              // mounted: the link can be made
	latest   progress.Document // what is saved, as the state has it
	copied   bool
	showLink bool // the link is shown as text
	showMore bool // how the link carries the data is shown
	// The link, its code and the document they were made of, made again
	// only when the document changes.
	source string
	link   string
	code   *qr.Code
}

func newDataTransferLink() *dataTransferLink { return &dataTransferLink{} }

// Lang sets the language.
func (t *dataTransferLink) Lang(v string) *dataTransferLink { t.ILang = v; return t }

// Course sets the course the data refers to.
func (t *dataTransferLink) Course(v *content.Course) *dataTransferLink { t.ICourse = v; return t }

// Mine sets what is saved now.
func (t *dataTransferLink) Mine(v *progress.Document) *dataTransferLink { t.IMine = v; return t }

// transferLink is the whole address of the transfer link of a payload.
func transferLink(lang, payload string) string {
	return app.Window().Get("location").Get("origin").String() + ReceivePath(lang) + "#" + payload
}

// browserStream passes data through the browser's CompressionStream or
// DecompressionStream (transform) in format ("deflate-raw") and calls then
// with what comes out, stopping once it is past limit bytes, or otherwise
// when the stream fails (as on damaged data).
func browserStream(ctx app.Context, transform, format string, data []byte, limit int, then func([]byte), otherwise func()) {
	win := app.Window()
	in := win.Get("Uint8Array").New(len(data))
	app.CopyBytesToJS(in, data)
	reader := win.Get("Blob").New([]any{in}).Call("stream").Call("pipeThrough", win.Get(transform).New(format)).Call("getReader")
	var out []byte
	var next func()
	next = func() {
		await(ctx, reader.Call("read"), func(r app.Value) {
			if r.Get("done").Bool() {
				then(out)
				return
			}
			chunk := r.Get("value")
			buf := make([]byte, chunk.Get("length").Int())
			app.CopyBytesToGo(buf, chunk)
			if out = append(out, buf...); len(out) > limit {
				reader.Call("cancel")
				then(out)
				return
			}
			next()
		}, otherwise)
	}
	next()
}

// OnMount makes the link of what is saved, and again whenever it changes.
func (t *dataTransferLink) OnMount(ctx app.Context) {
	t.mounted, t.ready = ctx, true
	// The page passes its own document, which changes in place: follow
	// the state too, so a change makes the link again.
	ctx.ObserveState(stateProgress, &t.latest).OnChange(func() {
		t.IMine = &t.latest
		t.refresh()
	})
	t.IMine = &t.latest
	t.refresh()
}

// refresh makes the link again, in the background, when what is saved has
// changed since it was made.
func (t *dataTransferLink) refresh() {
	if !app.IsClient || t.IMine == nil || !t.ready || progress.Summarize(t.IMine, knownIDs(t.ICourse)).Empty() {
		return
	}
	doc, err := json.Marshal(t.IMine)
	if err != nil || string(doc) == t.source {
		return
	}
	// A link of what was saved before is never shown for what is saved now.
	t.source, t.link, t.code = string(doc), "", nil
	browserStream(t.mounted, "CompressionStream", "deflate-raw", doc, math.MaxInt, func(deflated []byte) {
		if string(doc) != t.source {
			return // saved again meanwhile: the later link wins
		}
		link := transferLink(t.ILang, progress.WrapLink(deflated))
		t.link, t.code, t.copied = link, nil, false
		if qr.Fits(link) {
			if t.code, err = qr.Encode(link); err != nil {
				app.Log("drawing the transfer code:", err)
			}
		}
	}, func() { app.Log("compressing the transfer link failed") })
}

// copy puts the link on the clipboard; where the browser refuses, the text
// is selected so the learner can copy it by hand.
func (t *dataTransferLink) copy(ctx app.Context, e app.Event) {
	clipboard := app.Window().Get("navigator").Get("clipboard")
	if !clipboard.Truthy() {
		t.showLink = true
		t.mounted.Defer(func(app.Context) { app.Window().GetElementByID("transfer-link").Call("select") })
		return
	}
	link := t.link
	await(ctx, clipboard.Call("writeText", link), func(app.Value) { t.copied = true }, nil)
}

// toggleLink shows or hides the link as text.
func (t *dataTransferLink) toggleLink(ctx app.Context, e app.Event) { t.showLink = !t.showLink }

// toggleMore shows or hides how the link carries the data.
func (t *dataTransferLink) toggleMore(ctx app.Context, e app.Event) { t.showMore = !t.showMore }

func (t *dataTransferLink) Render() app.UI {
	lang := t.ILang
	section := func(body ...app.UI) app.UI {
		return app.Section().Class("data-section transfer-link").Aria("labelledby", "data-transfer-link").Body(
			append([]app.UI{app.H2().ID("data-transfer-link").Text(locale.T(lang, msgTransferHeading))}, body...)...,
		)
	}
	if t.IMine == nil || progress.Summarize(t.IMine, knownIDs(t.ICourse)).Empty() {
		return section(textP("muted", locale.T(lang, msgTransferNothing)))
	}
	t.refresh()
	link := t.link
	if link == "" {
		return section(app.P().Text(locale.T(lang, msgTransferHow)), textP("muted", locale.T(lang, msgTransferMaking)))
	}
	size := func(n int) string { return byteSize(lang, float64(n)) }
	if len(link) > maxTransferLink {
		return section(textP("notice transfer-too-long", locale.T(lang, msgTransferNoLink, map[string]any{"Size": size(len(link))})))
	}
	status := ""
	if t.copied {
		status = locale.T(lang, msgLinkCopied)
	}
	return section(
		app.P().Text(locale.T(lang, msgTransferHow)),
		app.Div().Class("disclosure transfer-more").Body(
			app.Button().Type("button").Class("disclosure-toggle").Aria("expanded", t.showMore).Aria("controls", "transfer-more").
				OnClick(t.toggleMore).Text(locale.T(lang, msgTransferMoreToggle)),
			app.P().ID("transfer-more").Class("muted").Hidden(!t.showMore).Text(locale.T(lang, msgTransferMore)),
		),
		app.If(t.code != nil, func() app.UI { return transferQR(lang, t.code) }).
			Else(func() app.UI {
				return textP("notice transfer-no-qr", locale.T(lang, msgTransferNoQR, map[string]any{"Size": size(len(link)), "Most": size(qr.MaxBytes)}))
			}),
		app.P().Class("transfer-copy").Body(
			app.Button().Type("button").Class("button").OnClick(t.copy).Text(locale.T(lang, msgCopyLink)),
		),
		app.P().Class("share-status").Attr("role", "status").Text(status),
		// The link itself is long and means nothing to read: it is there to
		// look at or copy by hand only on request.
		app.Div().Class("disclosure transfer-link-text").Body(
			app.Button().Type("button").Class("disclosure-toggle").Aria("expanded", t.showLink).Aria("controls", "transfer-link-box").
				OnClick(t.toggleLink).Text(locale.T(lang, msgTransferShowLink)),
			app.Div().ID("transfer-link-box").Hidden(!t.showLink).Body(
				app.Label().For("transfer-link").Class("visually-hidden").Text(locale.T(lang, msgTransferLinkLabel)),
				app.Input().Type("text").ID("transfer-link").ReadOnly(true).Value(link),
			),
		),
	)
}

// transferQR draws a code as SVG: dark modules on a light square with its
// quiet zone, whatever the theme, at about three pixels a module and never
// under 240 px.
func transferQR(lang string, c *qr.Code) app.UI {
	side := strconv.Itoa(c.Side())
	return svg("svg").Class("transfer-qr").
		Attr("viewBox", "0 0 "+side+" "+side).
		Attr("role", "img").
		Aria("label", locale.T(lang, msgTransferQRName)).
		Style("--qr-side", side).
		Attr("shape-rendering", "crispEdges").
		Body(
			svg("rect").Attr("width", side).Attr("height", side).Attr("fill", "#fff"),
			svg("path").Attr("d", c.Path()).Attr("fill", "#000"),
		)
}
