//go:build !wasm

// Package web embeds the static assets served under /web/: stylesheets,
// icons, and the built app.wasm with its pre-compressed copies (gen/, made by
// `make`, not committed).
package web

import "embed"

// FS holds css/, icons/, js/ and gen/.
//
//go:embed css icons js gen
var FS embed.FS
