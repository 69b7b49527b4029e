package ui

import (
	"github.com/cxopath/cxopath/app/locale"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// rememberLang keeps the language the learner is reading in, for the next
// visit to the site root. Storage that is disabled only loses the memory.
func rememberLang(ctx app.Context, lang string) {
	if !app.IsClient {
		return
	}
	if err := ctx.LocalStorage().Set(langKey, lang); err != nil {
		app.Log("remembering the language:", err)
	}
	cookie := langCookie + "=" + lang + "; path=/; max-age=31536000; SameSite=Lax"
	app.Window().Get("document").Set("cookie", cookie)
}

// preferredLang is the language to open at the site root: the remembered
// one, else the best match for the browser's languages, else the default.
func preferredLang(ctx app.Context) string {
	var lang string
	if err := ctx.LocalStorage().Get(langKey, &lang); err == nil && locale.Supported(lang) {
		return lang
	}
	if !app.IsClient {
		return locale.Default
	}
	var prefs []string
	langs := app.Window().Get("navigator").Get("languages")
	if langs.Truthy() {
		for i := 0; i < langs.Length(); i++ {
			prefs = append(prefs, langs.Index(i).String())
		}
	}
	return locale.Match(prefs)
}
