//go:build wasm

package ui

import (
	"errors"
	"syscall/js"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
)

// LoadText fetches the lesson text of the page's language, and of the
// language it is read beside (?with=), before the app starts, so that its
// first render draws what the server pre-rendered. A text that cannot be
// fetched is left out: the page says so, the rest of the app works.
func LoadText() {
	course, err := content.Default()
	if err != nil {
		return
	}
	loc := js.Global().Get("location")
	langs := []string{LangOf(loc.Get("pathname").String())}
	if with := js.Global().Get("URLSearchParams").New(loc.Get("search")).Call("get", "with"); with.Truthy() && locale.Supported(with.String()) {
		langs = append(langs, with.String())
	}
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
