//go:build !wasm

// Package web embeds the static assets served under /web/: stylesheets, the
// Latin font, icons, and the built app.wasm with its pre-compressed copies
// (gen/, made by `make`, not committed).
package web

import "embed"

// FS holds css/, fonts/, icons/, js/ and gen/.
//
//go:embed css fonts icons js gen
var FS embed.FS
