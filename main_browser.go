//go:build wasm

package main

// runServer is never reached in the browser, where app.RunWhenOnBrowser
// does not return.
func runServer() {}
