//go:build wasm

package progress

import (
	"fmt"
	"syscall/js"
)

// Browser is the browser's localStorage as a Backend. Every access is
// guarded: a browser that disables storage throws on the very lookup of
// window.localStorage, and a full one throws on setItem.
type Browser struct{}

func guard(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("browser storage: %v", r)
	}
}

// Get returns a stored value.
func (Browser) Get(key string) (value string, found bool, err error) {
	defer guard(&err)
	v := js.Global().Get("localStorage").Call("getItem", key)
	if v.IsNull() || v.IsUndefined() {
		return "", false, nil
	}
	return v.String(), true, nil
}

// Set stores a value.
func (Browser) Set(key, value string) (err error) {
	defer guard(&err)
	js.Global().Get("localStorage").Call("setItem", key, value)
	return nil
}
