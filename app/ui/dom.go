package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// listen calls fn on the UI goroutine for each event of that name on target
// (the window or the document, say), until the returned function stops it.
// Passive listeners cannot cancel the event, which keeps scrolling smooth. On
// the server nothing is listened to.
func listen(ctx app.Context, target app.Value, event string, passive bool, fn func(ctx app.Context, e app.Value)) (stop func()) {
	return handle(target, event, passive, func(e app.Value) {
		ctx.Dispatch(func(ctx app.Context) { fn(ctx, e) })
	})
}

// handle calls now inside each event of that name on target, while the
// event can still be cancelled (preventDefault), until the returned function
// stops it. now runs outside the UI goroutine: it may read the event and
// dispatch, but must not touch a component.
func handle(target app.Value, event string, passive bool, now func(e app.Value)) (stop func()) {
	if !app.IsClient || target == nil || !target.Truthy() {
		return func() {}
	}
	f := app.FuncOf(func(this app.Value, args []app.Value) any {
		now(args[0])
		return nil
	})
	opts := map[string]any{"passive": passive}
	target.Call("addEventListener", event, f, opts)
	return func() {
		target.Call("removeEventListener", event, f, opts)
		f.Release()
	}
}

// await calls then with the value a promise resolves to, or otherwise
// (which may be nil) when it is rejected, on the UI goroutine.
func await(ctx app.Context, promise app.Value, then func(app.Value), otherwise func()) {
	var resolved, rejected app.Func
	release := func() { resolved.Release(); rejected.Release() }
	resolved = app.FuncOf(func(this app.Value, args []app.Value) any {
		v := args[0]
		ctx.Dispatch(func(app.Context) { then(v) })
		release()
		return nil
	})
	rejected = app.FuncOf(func(this app.Value, args []app.Value) any {
		if otherwise != nil {
			ctx.Dispatch(func(app.Context) { otherwise() })
		}
		release()
		return nil
	})
	promise.Call("then", resolved, rejected)
}

// focusIn moves keyboard focus to the first element matching selector in
// root (itself included), if any.
func focusIn(root app.Value, selector string) {
	if !app.IsClient || root == nil || !root.Truthy() {
		return
	}
	el := root
	if !root.Call("matches", selector).Bool() {
		el = root.Call("querySelector", selector)
	}
	if el.Truthy() {
		el.Call("focus")
	}
}

// typing reports whether a key press belongs to text entry or to a control
// that uses keys itself: then no shortcut may act on it. Input methods
// composing a character count as typing.
func typing(e app.Value) bool {
	if e.Get("isComposing").Truthy() || e.Get("keyCode").Int() == 229 ||
		e.Get("ctrlKey").Truthy() || e.Get("metaKey").Truthy() || e.Get("altKey").Truthy() {
		return true
	}
	t := e.Get("target")
	return t.Truthy() && t.Call("closest", "input, textarea, select, [contenteditable]").Truthy()
}

// svgNS is the namespace every SVG element is created in.
const svgNS = "http://www.w3.org/2000/svg"

// svg makes an SVG element; go-app creates each element in the namespace it
// is given, so every one needs it.
func svg(tag string) app.HTMLElem { return app.Elem(tag).XMLNS(svgNS) }

// textP and textSpan are a paragraph and a span of one class holding a
// text, the commonest elements of the pages, built in one call: each call
// of go-app's builders (Class takes a list) adds code to app.wasm where it
// stands, so a hundred sites built this way weigh less.
func textP(class, text string) app.HTMLP { return app.P().Class(class).Text(text) }

func textSpan(class, text string) app.HTMLSpan { return app.Span().Class(class).Text(text) }
