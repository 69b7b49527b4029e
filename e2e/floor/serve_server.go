//go:build !wasm

package main

import (
	"flag"
	"log"
	"net/http"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// serve pre-renders the page and serves it with go-app's own handler.
func serve() {
	addr := flag.String("addr", "127.0.0.1:8001", "address to listen on")
	flag.Parse()
	http.Handle("/", &app.Handler{Name: "floor", Title: "floor", Lang: "en", Description: "The smallest go-app page."})
	log.Fatal(http.ListenAndServe(*addr, nil))
}
