//go:build wasm

package progress

import (
	"fmt"
	"syscall/js"
)

// Browser is the browser's localStorage as a Backend, with what keeps the
// tabs of the app in step: a Web Lock around each write, and the events
// that say another tab changed the data or this page is going away. Every
// access is guarded: a browser that disables storage throws on the very
// lookup of window.localStorage, and a full one throws on setItem.
type Browser struct{}

func guard(err *error) {
	if r := recover(); r != nil {
		if e, ok := r.(js.Error); ok && (e.Get("name").String() == "QuotaExceededError" || e.Get("name").String() == "NS_ERROR_DOM_QUOTA_REACHED") {
			*err = fmt.Errorf("browser storage: %w (%v)", ErrFull, r)
			return
		}
		*err = fmt.Errorf("browser storage: %v", r)
	}
}

func localStorage() js.Value { return js.Global().Get("localStorage") }

// Get returns a stored value.
func (Browser) Get(key string) (value string, found bool, err error) {
	defer guard(&err)
	v := localStorage().Call("getItem", key)
	if v.IsNull() || v.IsUndefined() {
		return "", false, nil
	}
	return v.String(), true, nil
}

// Set stores a value.
func (Browser) Set(key, value string) (err error) {
	defer guard(&err)
	localStorage().Call("setItem", key, value)
	return nil
}

// Remove deletes a value.
func (Browser) Remove(key string) (err error) {
	defer guard(&err)
	localStorage().Call("removeItem", key)
	return nil
}

// Keys lists the stored keys.
func (Browser) Keys() (keys []string, err error) {
	defer guard(&err)
	ls := localStorage()
	for i := range ls.Length() {
		keys = append(keys, ls.Call("key", i).String())
	}
	return keys, nil
}

// Lock runs fn while this tab holds the app's Web Lock, so that no other
// tab of the app writes between fn's read and its write. Where the browser
// has no Web Locks, or refuses the request, fn runs at once. fn runs on a
// goroutine of its own, later.
func (Browser) Lock(fn func()) {
	locks := js.Global().Get("navigator").Get("locks")
	if !locks.Truthy() {
		go fn()
		return
	}
	var locked js.Func
	locked = js.FuncOf(func(js.Value, []js.Value) any {
		locked.Release()
		fn()
		return nil
	})
	defer func() {
		if recover() != nil {
			locked.Release()
			go fn()
		}
	}()
	locks.Call("request", Key, locked)
}

// Follow calls changed with the key when another tab changes what the app
// keeps ("" when it cleared everything), and leaving when this page is
// hidden or goes away: the last moment to save.
func (Browser) Follow(changed func(key string), leaving func()) {
	win := js.Global()
	win.Call("addEventListener", "storage", js.FuncOf(func(_ js.Value, args []js.Value) any {
		key := ""
		if k := args[0].Get("key"); k.Type() == js.TypeString {
			key = k.String()
		}
		changed(key)
		return nil
	}))
	win.Call("addEventListener", "pagehide", js.FuncOf(func(js.Value, []js.Value) any {
		leaving()
		return nil
	}))
	doc := win.Get("document")
	doc.Call("addEventListener", "visibilitychange", js.FuncOf(func(js.Value, []js.Value) any {
		if doc.Get("visibilityState").String() == "hidden" {
			leaving()
		}
		return nil
	}))
}
