package ui

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func TestKoreanLessonTextKeepsItsMiddleDotsOffTheStartOfALine(t *testing.T) {
	c := withText(t)
	l, _ := c.Lesson("cto-vs-cio")
	text := newLessonText().Lang("ko").Course(c).Text(l.Text["ko"])
	mount(t, text)
	out := app.HTMLString(text)
	if !strings.Contains(out, "유통\u2060·\u2060소매") {
		t.Fatalf("the Korean lesson body never glues 유통·소매: a line may start with ·")
	}
	if strings.Contains(strings.ReplaceAll(out, "\u2060·\u2060", ""), "유통·소매") {
		t.Error("some 유통·소매 in the Korean lesson body is left unglued")
	}
}
