//go:build !wasm

package ui

import "github.com/cxopath/cxopath/app/progress"

func browserBackend() progress.Backend { return progress.Memory{} }

// lockProgress runs fn: outside the browser there are no other tabs.
func lockProgress(fn func()) { fn() }

// followProgress does nothing: outside the browser there are no other tabs.
func followProgress(changed func(key string), leaving func()) {}
