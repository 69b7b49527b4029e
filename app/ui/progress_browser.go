//go:build wasm

package ui

import "github.com/cxopath/cxopath/app/progress"

func browserBackend() progress.Backend { return progress.Browser{} }

// lockProgress runs fn, later, while no other tab of the app writes.
func lockProgress(fn func()) { progress.Browser{}.Lock(fn) }

// followProgress calls changed when another tab changes what the app keeps,
// and leaving when the page is hidden or goes away.
func followProgress(changed func(key string), leaving func()) {
	progress.Browser{}.Follow(changed, leaving)
}
