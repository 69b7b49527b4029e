package ui

import (
	"testing"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
)

func TestSwitchLangKeepsThePage(t *testing.T) {
	tests := []struct{ path, lang, want string }{
		{"/ko/", "ja", "/ja/"},
		{"/ko/lessons/pay", "en", "/en/lessons/pay"},
		{"/ja/lessons/cto-vs-cio", "ko", "/ko/lessons/cto-vs-cio"},
		{"/fr/lessons/pay", "ko", "/ko/"},
		{"/en/lessons/pay?with=ja", "ko", "/ko/lessons/pay?with=ja"},
		{"/en/lessons/pay?with=ja", "ja", "/ja/lessons/pay?with=en"},
		{"/ko/roles/compare?roles=cto,cio&with=jam", "ja", "/ja/roles/compare?roles=cto,cio&with=jam"},
		{"/", "ja", "/ja/"},
		{"", "en", "/en/"},
	}
	for _, tt := range tests {
		if got := SwitchLang(tt.path, tt.lang); got != tt.want {
			t.Errorf("SwitchLang(%q, %q) = %q, want %q", tt.path, tt.lang, got, tt.want)
		}
	}
}

func TestLangOf(t *testing.T) {
	tests := map[string]string{"/ko/": "ko", "/ja/lessons/pay": "ja", "/en": "en", "/fr/": "", "/": "", "/web/app.wasm": "", "/kor/": ""}
	for path, want := range tests {
		if got := LangOf(path); got != want {
			t.Errorf("LangOf(%q) = %q, want %q", path, got, want)
		}
	}
}

func TestPagesCoverEveryLessonInEveryLanguage(t *testing.T) {
	course, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	pages := Pages()
	if want := len(locale.Langs) * (12 + len(course.Lessons) + len(course.Roles)); len(pages) != want {
		t.Errorf("%d pages, want %d", len(pages), want)
	}
	for _, lang := range locale.Langs {
		for _, l := range course.Lessons {
			newPage, ok := pages[LessonPath(lang, l.ID)]
			if !ok {
				t.Errorf("no page for lesson %s in %s", l.ID, lang)
				continue
			}
			if p, ok := newPage().(*LessonPage); !ok || p.Lang != lang || p.LessonID != l.ID {
				t.Errorf("the page at %s makes %#v", LessonPath(lang, l.ID), newPage())
			}
		}
	}
}
