//go:build !wasm

package main

import (
	"os"

	"github.com/cxopath/cxopath/app/server"
	"github.com/cxopath/cxopath/web"
)

func runServer() {
	os.Exit(server.Main(os.Args[1:], web.FS, os.Stderr))
}
