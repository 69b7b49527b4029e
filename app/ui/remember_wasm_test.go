//go:build wasm

package ui

import (
	"strings"
	"syscall/js"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// probe is a component that hands its context to the test.
type probe struct {
	app.Compo
	ctx app.Context
}

func (p *probe) OnMount(ctx app.Context) { p.ctx = ctx }
func (p *probe) Render() app.UI          { return app.Div() }

func browserContext(t *testing.T) app.Context {
	t.Helper()
	p := &probe{}
	mount(t, p)
	return p.ctx
}

func TestTheLanguageIsRememberedInTheBrowsersStorageAndCookie(t *testing.T) {
	ctx := browserContext(t)
	rememberLang(ctx, "ja")

	stored := app.Window().Get("localStorage").Call("getItem", langKey).String()
	if stored != `"ja"` {
		t.Errorf("localStorage holds %q", stored)
	}
	if cookie := app.Window().Get("document").Get("cookie").String(); !strings.Contains(cookie, langCookie+"=ja") {
		t.Errorf("cookie is %q", cookie)
	}
	if got := preferredLang(ctx); got != "ja" {
		t.Errorf("preferredLang = %q after remembering ja", got)
	}
}

// browserLanguages makes navigator.languages the given list for the rest
// of the test.
func browserLanguages(t *testing.T, langs ...string) {
	t.Helper()
	list := make([]any, len(langs))
	for i, l := range langs {
		list[i] = l
	}
	nav := js.Global().Get("navigator")
	js.Global().Get("Object").Call("defineProperty", nav, "languages", map[string]any{"value": list, "configurable": true})
	t.Cleanup(func() { js.Global().Get("Reflect").Call("deleteProperty", nav, "languages") })
	if got := nav.Get("languages").Length(); got != len(langs) {
		t.Fatalf("navigator.languages has %d entries, want %d", got, len(langs))
	}
}

func TestWithoutAMemoryTheBrowsersLanguagesDecide(t *testing.T) {
	ctx := browserContext(t)
	app.Window().Get("localStorage").Call("removeItem", langKey)
	tests := []struct {
		name  string
		langs []string
		want  string
	}{
		{"a Japanese browser", []string{"ja-JP", "ja", "en-US"}, "ja"},
		{"a Korean browser", []string{"ko-KR", "ko"}, "ko"},
		{"the first supported language wins", []string{"fr-FR", "ko", "ja"}, "ko"},
		{"English before Japanese", []string{"en-GB", "ja"}, "en"},
		{"no supported language", []string{"fr-FR", "de"}, "en"},
		{"an empty list", nil, "en"},
		{"tags that do not parse", []string{"!!", "", "ja"}, "ja"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			browserLanguages(t, tt.langs...)
			if got := preferredLang(ctx); got != tt.want {
				t.Errorf("preferredLang = %q for navigator.languages %q, want %q", got, tt.langs, tt.want)
			}
		})
	}
}

func TestAStoredLanguageThatIsNotSupportedIsIgnored(t *testing.T) {
	ctx := browserContext(t)
	browserLanguages(t, "fr-FR", "ja")
	app.Window().Get("localStorage").Call("setItem", langKey, `"xx"`)
	if got := preferredLang(ctx); got != "ja" {
		t.Errorf("preferredLang = %q with xx remembered, want the browser's ja", got)
	}
	app.Window().Get("localStorage").Call("setItem", langKey, `{not json`)
	if got := preferredLang(ctx); got != "ja" {
		t.Errorf("preferredLang = %q with damaged storage, want the browser's ja", got)
	}
}
