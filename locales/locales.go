// Package locales embeds the go-i18n message files: one active.<lang>.toml per
// language the app speaks.
package locales

import "embed"

// Files holds active.en.toml, active.ko.toml and active.ja.toml.
//
//go:embed active.*.toml
var Files embed.FS
