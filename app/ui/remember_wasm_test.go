//go:build wasm

package ui

import (
	"strings"
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

func TestWithoutAMemoryTheBrowsersLanguagesDecide(t *testing.T) {
	ctx := browserContext(t)
	app.Window().Get("localStorage").Call("removeItem", langKey)
	var prefs []string
	langs := app.Window().Get("navigator").Get("languages")
	for i := 0; i < langs.Length(); i++ {
		prefs = append(prefs, langs.Index(i).String())
	}
	want := "en"
	for _, p := range prefs {
		if strings.HasPrefix(p, "ko") || strings.HasPrefix(p, "ja") {
			want = p[:2]
			break
		}
		if strings.HasPrefix(p, "en") {
			break
		}
	}
	if got := preferredLang(ctx); got != want {
		t.Errorf("preferredLang = %q for navigator.languages %q, want %q", got, prefs, want)
	}
}

func TestAStoredLanguageThatIsNotSupportedIsIgnored(t *testing.T) {
	ctx := browserContext(t)
	app.Window().Get("localStorage").Call("setItem", langKey, `"xx"`)
	if got := preferredLang(ctx); got == "xx" {
		t.Errorf("preferredLang returned the unsupported %q", got)
	}
	app.Window().Get("localStorage").Call("setItem", langKey, `{not json`)
	if got := preferredLang(ctx); got == "" {
		t.Error("damaged storage gave no language")
	}
}
