//go:build wasm

package main

// serve is never reached in the browser: app.RunWhenOnBrowser runs the
// page until it closes.
func serve() {}
