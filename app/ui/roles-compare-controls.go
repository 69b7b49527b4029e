package ui

import (
	"strconv"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// controls render what steers the comparison: the "show only differences"
// switch and the key to the marks, on every screen, and on a phone the
// choice of the one point shown, with previous and next. labels name the
// points shown; current is the one a phone shows.
func (c *compareTable) controls(labels []string, current int) app.UI {
	lang := c.ILang
	options := make([]app.UI, len(labels))
	for i, l := range labels {
		o := app.Option().Value(strconv.Itoa(i)).Text(l)
		if i == current {
			o = o.Selected(true) // never selected="false", which HTML reads as selected
		}
		options[i] = o
	}
	return app.Div().Class("compare-controls").Body(
		app.Div().Class("compare-filters").Body(
			app.Div().Class("compare-switch").Body(
				app.Input().Type("checkbox").ID("only-differences").Checked(c.onlyDiff).OnChange(c.toggleOnly),
				app.Label().For("only-differences").Text(locale.T(lang, msgOnlyDifferences)),
			),
			c.key("is-before"),
		),
		app.Div().Class("compare-pager").Body(
			app.Label().For("compare-point").Class("visually-hidden").Text(locale.T(lang, msgComparePoint)),
			app.Select().ID("compare-point").OnChange(c.choose).Body(options...),
			c.steps(len(labels), current),
		),
	)
}

// key says what the ≠ mark means: above the table, and on a phone under
// the point shown, only when that point carries a mark, so that what a
// phone shows first is the comparison. The style shows one of the two.
func (c *compareTable) key(class string) app.UI {
	return app.P().Class("compare-key "+class).Body(
		app.Span().Class("differs-mark").Aria("hidden", "true"),
		app.Text(locale.T(c.ILang, msgDiffersKey)),
	)
}

// steps are previous and next with where the point shown stands among the
// n shown: above the point, and again under it, where reading ends.
func (c *compareTable) steps(n, current int) app.UI {
	lang := c.ILang
	return app.Div().Class("compare-steps").Body(
		app.Button().Type("button").Class("button-secondary").Disabled(current == 0).OnClick(c.step(current-1)).
			Text("‹ "+locale.T(lang, msgPreviousPoint)),
		app.Span().Class("compare-step").Aria("hidden", "true").
			Text(locale.Number(lang, current+1)+" / "+locale.Number(lang, n)),
		app.Button().Type("button").Class("button-secondary").Disabled(current >= n-1).OnClick(c.step(current+1)).
			Text(locale.T(lang, msgNextPoint)+" ›"),
	)
}

// toggleOnly shows only what differs, or everything again.
func (c *compareTable) toggleOnly(ctx app.Context, e app.Event) {
	c.onlyDiff, c.current = ctx.JSSrc().Get("checked").Bool(), 0
}

// choose shows the point picked from the list.
func (c *compareTable) choose(ctx app.Context, e app.Event) {
	if i, err := strconv.Atoi(ctx.JSSrc().Get("value").String()); err == nil {
		c.current = i
	}
}

// step shows point i.
func (c *compareTable) step(i int) app.EventHandler {
	return func(ctx app.Context, e app.Event) { c.current = i }
}
