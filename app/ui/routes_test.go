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
	want := map[string]bool{}
	for _, lang := range locale.Langs {
		for _, p := range []string{HomePath(lang), LessonsPath(lang), GlossaryPath(lang), RolesPath(lang), ComparePath(lang),
			AssessmentPath(lang), ResultsPath(lang), InterviewPath(lang), PracticePath(lang, deckFilter{}, ""), SearchPath(lang, ""), DataPath(lang), ReceivePath(lang), SourcesPath(lang), MockPath(lang, deckFilter{}), TodayPath(lang)} {
			want[p] = true
		}
		for _, l := range course.Lessons {
			want[LessonPath(lang, l.ID)] = true
		}
		for _, r := range course.Roles {
			want[RolePath(lang, r.ID)] = true
		}
	}
	for p := range want {
		if pages[p] == nil {
			t.Errorf("no page at %s", p)
		}
	}
	for p := range pages {
		if !want[p] {
			t.Errorf("a page at %s that this test does not know: add it here", p)
		}
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
