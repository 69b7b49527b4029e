//go:build wasm

package ui

import "github.com/cxopath/cxopath/app/progress"

func browserBackend() progress.Backend { return progress.Browser{} }
