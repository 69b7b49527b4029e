//go:build !wasm

package server

import (
	"net/url"
	"regexp"
	"strings"
	"testing"
)

func TestEveryInitialOfThePreRenderedGlossaryLeadsToItsSection(t *testing.T) {
	h := NewHandler(testWeb(t))
	course := defaultCourse(t)
	href := regexp.MustCompile(`href="#(index-[^"]+)"`)
	id := regexp.MustCompile(`id="([^"]+)"`)
	want := map[string]string{"en": "T", "ko": "ㄱ", "ja": "か"}
	for lang, initial := range want {
		doc := body(t, get(t, h, "/"+lang+"/glossary"))
		ids := map[string]bool{}
		for _, m := range id.FindAllStringSubmatch(doc, -1) {
			ids[m[1]] = true
		}
		links := href.FindAllStringSubmatch(doc, -1)
		if len(links) < 10 {
			t.Errorf("%s: the index has %d initials", lang, len(links))
		}
		for _, m := range links {
			target, err := url.PathUnescape(m[1])
			if err != nil || !ids[target] {
				t.Errorf("%s: the initial linking to #%s has no section", lang, m[1])
			}
		}
		if !ids["index-"+initial] {
			t.Errorf("%s: no section for %s", lang, initial)
		}
		if n := len(regexp.MustCompile(`class="glossary-entry( [^"]*)?"`).FindAllString(doc, -1)); n != len(course.Glossary) {
			t.Errorf("%s: %d terms shown before the app runs, want all %d", lang, n, len(course.Glossary))
		}
	}
}

func TestThePreRenderedLessonsIndexSaysEveryLessonIsNotStarted(t *testing.T) {
	h := NewHandler(testWeb(t))
	course := defaultCourse(t)
	doc := body(t, get(t, h, "/en/lessons"))
	if n := strings.Count(doc, "lesson-card is-not-started"); n != len(course.Lessons) {
		t.Errorf("%d of %d lessons are pre-rendered as not started", n, len(course.Lessons))
	}
	if n := strings.Count(doc, `class="group-progress"`); n != len(course.Groups) {
		t.Errorf("%d of %d groups show their progress", n, len(course.Groups))
	}
}
