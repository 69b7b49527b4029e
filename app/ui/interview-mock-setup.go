package ui

import (
	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/practice"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// mockSetup is the choice of how many questions a mock interview asks,
// how many match the role and topic chosen above it, and the button that
// starts it.
type mockSetup struct {
	app.Compo

	ILang      string
	ISize      int // the number of questions chosen
	IAvailable int // how many questions match the role and topic
	IOnSize    func(app.Context, int)
	IOnStart   func(app.Context)
}

func newMockSetup() *mockSetup { return &mockSetup{} }

// Lang sets the language.
func (s *mockSetup) Lang(v string) *mockSetup { s.ILang = v; return s }

// Size sets the number of questions chosen, and what to do when the
// learner chooses another.
func (s *mockSetup) Size(n int, f func(app.Context, int)) *mockSetup {
	s.ISize, s.IOnSize = n, f
	return s
}

// Available sets how many questions match the role and topic.
func (s *mockSetup) Available(v int) *mockSetup { s.IAvailable = v; return s }

// OnStart sets what the start button does.
func (s *mockSetup) OnStart(f func(app.Context)) *mockSetup { s.IOnStart = f; return s }

func (s *mockSetup) choose(n int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if s.IOnSize != nil {
			s.IOnSize(ctx, n)
		}
	}
}

func (s *mockSetup) start(ctx app.Context, e app.Event) {
	if s.IOnStart != nil {
		s.IOnStart(ctx)
	}
}

func (s *mockSetup) Render() app.UI {
	lang := s.ILang
	options := make([]app.UI, len(practice.MockSizes))
	for i, n := range practice.MockSizes {
		options[i] = radioOption("rating-option", "mock-size", i, locale.N(lang, msgMockSizeOption, n), n == s.ISize, s.choose(n))
	}
	if s.IAvailable == 0 {
		return app.Div().Class("mock-setup").Body(textP("lead", locale.T(lang, msgDeckEmpty)))
	}
	matching := locale.N(lang, msgMockMatching, s.IAvailable)
	if s.IAvailable < s.ISize {
		matching = locale.N(lang, msgMockFewer, s.IAvailable)
	}
	return app.Div().Class("mock-setup").Body(
		app.FieldSet().Class("mock-size").Body(
			app.Legend().Text(locale.T(lang, msgMockSize)),
			app.Div().Class("rating-scale").Body(options...),
		),
		app.P().Class("mock-matching").Attr("role", "status").Text(matching),
		textP("muted", locale.T(lang, msgMockPrefer)),
		app.Button().Type("button").Class("button mock-start").OnClick(s.start).Text(locale.T(lang, msgMockStart)),
	)
}
