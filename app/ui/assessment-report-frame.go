package ui

import (
	"strings"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// msgPrintedOn dates the printed report.
var msgPrintedOn = &i18n.Message{
	ID:          "PrintedOn",
	Description: "Footer of the printed self-assessment report: the day it was printed; {{.Date}} is a full date.",
	Other:       "Printed on {{.Date}}",
}

// reportHeader is the printed report's brand line: the app's mark and
// name, and what the report is. Only print shows it.
func reportHeader(lang string) app.UI {
	return app.Div().Class("report-frame report-head").Aria("hidden", "true").Body(
		app.Img().Class("report-mark").Src("/web/icons/icon.svg").Alt("").Width(20).Height(20),
		app.Strong().Text(locale.T(lang, msgAppName)),
		app.Span().Text(locale.T(lang, msgResults)),
	)
}

// reportFooter is the printed report's footer: where the page lives and
// the day it was printed. A local address (localhost, a loopback address)
// means nothing on paper, so the footer gives the day alone then.
func reportFooter(lang, path string) app.UI {
	return app.Div().Class("report-frame report-foot").Aria("hidden", "true").Body(
		app.If(reportAddress(pageHost(), path) != "", func() app.UI {
			return app.Span().Text(reportAddress(pageHost(), path))
		}),
		textSpan("report-date", locale.T(lang, msgPrintedOn, map[string]any{"Date": ratedOn(lang, today())})),
	)
}

// pageHost is the host the page was opened from; "" on the server.
func pageHost() string {
	if !app.IsClient {
		return ""
	}
	return app.Window().Get("location").Get("host").String()
}

// reportAddress is the page's address as the report prints it: host and
// path, or nothing for a host only this device can reach, where a bare
// path would lead a reader of the paper nowhere.
func reportAddress(host, path string) string {
	name, _, _ := strings.Cut(strings.TrimPrefix(host, "["), "]")
	if i := strings.LastIndexByte(name, ':'); i >= 0 && !strings.Contains(name[:i], ":") {
		name = name[:i]
	}
	if host == "" || name == "localhost" || strings.HasPrefix(name, "127.") || name == "::1" || strings.HasSuffix(name, ".localhost") {
		return ""
	}
	return host + path
}
