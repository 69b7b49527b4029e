package ui

import (
	"net/url"
	"slices"
	"testing"
	"time"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/content"
)

func TestSpansUseTheLargestUnitThatFits(t *testing.T) {
	tests := []struct {
		lang string
		d    time.Duration
		want string
	}{
		{"en", 20 * time.Second, "1 min"},
		{"en", 10 * time.Minute, "10 min"},
		{"en", 90 * time.Minute, "2 hours"},
		{"en", 26 * time.Hour, "1 day"},
		{"ko", 16 * 24 * time.Hour, "16일"},
		{"ja", 100 * 24 * time.Hour, "3か月"},
	}
	for _, tt := range tests {
		if got := locale.DropBreakHints(durationText(tt.lang, tt.d)); got != tt.want { // 3か月 is glued (locale.KeepWords)
			t.Errorf("durationText(%s, %v) = %q, want %q", tt.lang, tt.d, got, tt.want)
		}
	}
}

func TestTheDeckFilterComesFromTheAddress(t *testing.T) {
	course, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	iv := course.Interview
	tests := []struct {
		query  string
		want   deckFilter
		wantOK bool
	}{
		{"", deckFilter{}, true},
		{"role=cio", deckFilter{Role: "cio"}, true},
		{"role=cto&topic=risk", deckFilter{Role: "cto", Topic: "risk"}, true},
		{"role=cfo&topic=risk", deckFilter{Topic: "risk"}, false},
		{"topic=%00", deckFilter{}, false},
	}
	for _, tt := range tests {
		q, _ := url.ParseQuery(tt.query)
		got, ok := parseDeckFilter(q, iv)
		if got != tt.want || ok != tt.wantOK {
			t.Errorf("%q: %+v, %v; want %+v, %v", tt.query, got, ok, tt.want, tt.wantOK)
		}
	}
	ids := deckIDs(iv, deckFilter{Role: "cio", Topic: "risk"})
	for _, id := range ids {
		if q, _ := question(iv, id); q.Role != "cio" || q.Topic != "risk" {
			t.Errorf("%s is in the CIO risk deck", id)
		}
	}
	if len(ids) == 0 || !slices.Equal(deckRoles(iv), []string{"cto", "cio"}) {
		t.Errorf("deck %v, roles %v", ids, deckRoles(iv))
	}
	if got := PracticePath("ja", deckFilter{Role: "cio"}, "cio-bcp"); got != "/ja/interview/practice?card=cio-bcp&role=cio" {
		t.Errorf("practice path %q", got)
	}
}
