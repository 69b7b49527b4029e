//go:build wasm

package ui

import (
	"errors"
	"syscall/js"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// LoadText fetches the text of the page's language, and of the language it
// is read beside (?with=), before the app starts, so that its first render
// draws what the server pre-rendered. It reports whether the page's own
// language arrived: without its words the app cannot draw the page. A
// second language that cannot be fetched is left out: the lesson says so.
func LoadText() bool {
	course, err := content.Default()
	if err != nil {
		return false
	}
	loc := js.Global().Get("location")
	lang := LangOf(loc.Get("pathname").String())
	langs := []string{lang}
	if with := js.Global().Get("URLSearchParams").New(loc.Get("search")).Call("get", "with"); with.Truthy() && locale.Supported(with.String()) {
		langs = append(langs, with.String())
	}
	awaitText(course, langs...)
	return lang == "" || course.HasText(lang)
}

// awaitText fetches the text of each language given that the course does
// not have yet, all at once, and waits until every one has arrived or
// failed.
func awaitText(course *content.Course, langs ...string) {
	done := make(chan struct{}, len(langs))
	waiting := 0
	for _, lang := range langs {
		if lang == "" || course.HasText(lang) {
			continue
		}
		waiting++
		fetchBytes(TextPath(course, lang), func(data []byte, err error) {
			attachText(course, lang, data, err)
			done <- struct{}{}
		})
	}
	for ; waiting > 0; waiting-- {
		<-done
	}
}

// CannotStart says on the pre-rendered page, as the loading badge does
// when app.wasm cannot load, that the app could not start, and offers to
// reload (web/js/loader.js). The page stays as the server wrote it.
func CannotStart() {
	js.Global().Call("cxopathCannotStart")
}

// textFirst makes the pages of lang only once the course has lang's text,
// fetching it first if need be: a page made before would draw without its
// words. The first page has it (LoadText); another language's arrives
// when the worker is ready (prefetchText), so this waits only when the
// learner switches language sooner, for the moment one file takes. The
// app's loop, which calls route factories as it navigates, waits with it,
// and the page on screen stays until then, as a browser keeps a page until
// the next one answers. A text that does not arrive opens a page that says
// so, in place of a page without words.
func textFirst(lang string, newPage func() app.Composer) func() app.Composer {
	if lang == "" {
		return newPage
	}
	return func() app.Composer {
		course, err := content.Default()
		if err != nil {
			return newPage()
		}
		if awaitText(course, lang); !course.HasText(lang) {
			return &TextUnavailablePage{Lang: lang}
		}
		return newPage()
	}
}

// fetchBytes fetches url from the app's own origin and hands its body, or
// why there is none, to then.
func fetchBytes(url string, then func([]byte, error)) {
	var onResponse, onBody, onError js.Func
	release := func() { onResponse.Release(); onBody.Release(); onError.Release() }
	onError = js.FuncOf(func(this js.Value, args []js.Value) any {
		release()
		then(nil, errors.New("fetching "+url+": "+js.Global().Get("String").Invoke(args[0]).String()))
		return nil
	})
	onBody = js.FuncOf(func(this js.Value, args []js.Value) any {
		release()
		bytes := js.Global().Get("Uint8Array").New(args[0])
		data := make([]byte, bytes.Get("length").Int())
		js.CopyBytesToGo(data, bytes)
		then(data, nil)
		return nil
	})
	onResponse = js.FuncOf(func(this js.Value, args []js.Value) any {
		r := args[0]
		if !r.Get("ok").Bool() {
			release()
			then(nil, errors.New("fetching "+url+": status "+r.Get("status").String()))
			return nil
		}
		r.Call("arrayBuffer").Call("then", onBody, onError)
		return nil
	})
	js.Global().Call("fetch", url).Call("then", onResponse, onError)
}
