//go:build !wasm

package server

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image/png"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/ui"
	"github.com/cxopath/cxopath/content"
	"github.com/cxopath/cxopath/web"
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/net/html"
)

// testWeb is the real web/ assets with a stand-in app.wasm and its
// compressed copies, so the tests do not depend on a WASM build.
func testWeb(t *testing.T) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	err := fs.WalkDir(web.FS, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasPrefix(name, "gen/") {
			return err
		}
		data, err := fs.ReadFile(web.FS, name)
		m[name] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range locale.Langs {
		name := content.TextFile(lang)
		data, err := os.ReadFile(filepath.Join("..", "..", "content", name))
		if err != nil {
			t.Fatal(err)
		}
		m["gen/"+name] = &fstest.MapFile{Data: data}
	}
	m["gen/app.wasm"] = &fstest.MapFile{Data: []byte("\x00asm raw bytes of the app")}
	m["gen/app.wasm.br"] = &fstest.MapFile{Data: []byte("brotli bytes")}
	m["gen/app.wasm.gz"] = &fstest.MapFile{Data: []byte("gzip bytes")}
	return m
}

func TestEachLanguagesLessonTextIsKeptOfflineAndServedWhereTheAppFetchesIt(t *testing.T) {
	h := NewHandler(testWeb(t))
	course := defaultCourse(t)
	worker, _ := io.ReadAll(get(t, h, "/app-worker.js").Body)
	for _, lang := range locale.Langs {
		path := ui.TextPath(course, lang)
		if !strings.Contains(string(worker), `"`+path+`"`) {
			t.Errorf("the worker does not keep %s", path)
		}
		resp := get(t, h, path)
		body, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != http.StatusOK || !strings.Contains(resp.Header.Get("Cache-Control"), "immutable") {
			t.Errorf("%s: %d, Cache-Control %q: the version the app asks for is not the one served", path, resp.StatusCode, resp.Header.Get("Cache-Control"))
		}
		if err := defaultCourse(t).AttachText(lang, body); err != nil {
			t.Errorf("%s: %v", path, err)
		}
	}
}

// defaultCourse is the built-in course, or the test stops saying why it
// could not be loaded.
func defaultCourse(t *testing.T) *content.Course {
	t.Helper()
	course, err := content.Default()
	if err != nil {
		t.Fatalf("loading the built-in course: %v", err)
	}
	return course
}

func get(t *testing.T, h http.Handler, path string, headers ...string) *http.Response {
	t.Helper()
	return request(t, h, http.MethodGet, path, headers...)
}

// request sends one request to h; headers are name, value pairs.
func request(t *testing.T, h http.Handler, method, path string, headers ...string) *http.Response {
	t.Helper()
	req := httptest.NewRequest(method, "http://localhost"+path, nil)
	// Keep odd paths as they are, not as the client would clean them.
	if p, _, _ := strings.Cut(path, "?"); strings.Contains(p, "%") || strings.Contains(p, "..") {
		req.URL.Path = path
		req.URL.RawPath = ""
		req.RequestURI = path
	}
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func body(t *testing.T, r *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(r.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// page is a parsed pre-rendered document.
type page struct {
	lang, title, description string
	h1                       []string
	text                     string
}

func parse(t *testing.T, doc string) page {
	t.Helper()
	root, err := html.Parse(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	var p page
	var text strings.Builder
	var walk func(n *html.Node, inHead bool)
	walk = func(n *html.Node, inHead bool) {
		if n.Type == html.ElementNode {
			attr := func(k string) string {
				for _, a := range n.Attr {
					if a.Key == k {
						return a.Val
					}
				}
				return ""
			}
			switch n.Data {
			case "html":
				p.lang = attr("lang")
			case "title":
				p.title = n.FirstChild.Data
			case "meta":
				if attr("name") == "description" {
					p.description = attr("content")
				}
			case "h1":
				var b strings.Builder
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					if c.Type == html.TextNode {
						b.WriteString(c.Data)
					}
				}
				p.h1 = append(p.h1, strings.TrimSpace(locale.DropBreakHints(b.String())))
			case "head":
				inHead = true
			}
		}
		if n.Type == html.TextNode && !inHead {
			text.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inHead)
		}
	}
	walk(root, false)
	// Word joiners keep Korean middle dots and Japanese words whole
	// (locale.KeepDots, KeepWords): the text and the h1 read as they do
	// without them.
	p.text = locale.DropBreakHints(text.String())
	return p
}

// has says whether the page's text holds s, read as it was written: the
// marks that steer line breaks (locale.KeepWords) left out of both.
func (p page) has(s string) bool { return strings.Contains(p.text, locale.DropBreakHints(s)) }

func TestHomePagesArePreRenderedInTheirLanguage(t *testing.T) {
	h := NewHandler(testWeb(t))
	for _, lang := range locale.Langs {
		t.Run(lang, func(t *testing.T) {
			r := get(t, h, "/"+lang+"/")
			if r.StatusCode != http.StatusOK {
				t.Fatalf("status %d", r.StatusCode)
			}
			p := parse(t, body(t, r))
			tagline := locale.DropBreakHints(locale.T(lang, msgTaglineForTest))
			if p.lang != lang {
				t.Errorf(`<html lang=%q>, want %q`, p.lang, lang)
			}
			if len(p.h1) != 1 || p.h1[0] != tagline {
				t.Errorf("h1 = %q, want exactly [%q]", p.h1, tagline)
			}
			if !strings.Contains(p.description, locale.T(lang, msgHomeDescriptionForTest)[:12]) {
				t.Errorf("description %q is not the %s one", p.description, lang)
			}
			if !strings.HasPrefix(p.title, "CxO Path") {
				t.Errorf("title = %q", p.title)
			}
		})
	}
}

func TestLessonPagesArePreRenderedInTheirLanguage(t *testing.T) {
	h := NewHandler(testWeb(t))
	course := defaultCourse(t)
	for _, l := range course.Lessons {
		for _, lang := range locale.Langs {
			r := get(t, h, "/"+lang+"/lessons/"+l.ID)
			doc := body(t, r)
			p := parse(t, doc)
			lt := l.Text[lang]
			switch {
			case r.StatusCode != http.StatusOK:
				t.Errorf("%s in %s: status %d", l.ID, lang, r.StatusCode)
			case p.lang != lang:
				t.Errorf("%s in %s: <html lang=%q>", l.ID, lang, p.lang)
			case p.title != locale.DropBreakHints(lt.Title)+" · CxO Path":
				t.Errorf("%s in %s: title %q", l.ID, lang, p.title)
			case p.description != locale.DropBreakHints(lt.Summary):
				t.Errorf("%s in %s: description %q", l.ID, lang, p.description)
			case len(p.h1) != 1 || p.h1[0] != locale.DropBreakHints(lt.Title):
				t.Errorf("%s in %s: h1 %q", l.ID, lang, p.h1)
			case !p.has(content.PlainText(lt.Body().Sections[len(lt.Body().Sections)-1].Title)):
				t.Errorf("%s in %s: the last section is not in the page", l.ID, lang)
			case strings.Contains(p.text, "{{"):
				t.Errorf("%s in %s: an unfilled placeholder", l.ID, lang)
			}
		}
	}
}

func TestPayFiguresAreWrittenAsEachLanguageWritesThem(t *testing.T) {
	h := NewHandler(testWeb(t))
	want := map[string][]string{
		"en": {"$256,604", "26 April 2022"},
		"ko": {"256,604달러", "2022년 4월 26일"},
		"ja": {"256,604ドル", "2022年4月26日"},
	}
	for lang, figures := range want {
		text := parse(t, body(t, get(t, h, "/"+lang+"/lessons/pay"))).text
		for _, f := range figures {
			if !strings.Contains(text, f) {
				t.Errorf("the %s pay lesson does not show %q", lang, f)
			}
		}
	}
}

func TestSiteRootOpensTheLearnersLanguage(t *testing.T) {
	h := NewHandler(testWeb(t))
	tests := []struct {
		name    string
		headers []string
		want    string
	}{
		{"a Japanese browser", []string{"Accept-Language", "ja-JP,ja;q=0.9,en;q=0.8"}, "/ja/"},
		{"a Korean browser", []string{"Accept-Language", "ko-KR"}, "/ko/"},
		{"the remembered language wins over the browser's", []string{"Accept-Language", "ja", "Cookie", "lang=ko"}, "/ko/"},
		{"a remembered language that is not supported is ignored", []string{"Accept-Language", "ja", "Cookie", "lang=xx"}, "/ja/"},
		{"an unsupported language", []string{"Accept-Language", "fr-FR,de"}, "/en/"},
		{"no preference", nil, "/en/"},
		{"a garbage header", []string{"Accept-Language", ";;;\x7f,q=oops"}, "/en/"},
		{"a huge header", []string{"Accept-Language", strings.Repeat("zz-ZZ;q=0.5,", 5000) + "ko"}, "/en/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := get(t, h, "/", tt.headers...)
			if r.StatusCode != http.StatusFound || r.Header.Get("Location") != tt.want {
				t.Errorf("%d to %q, want 302 to %q", r.StatusCode, r.Header.Get("Location"), tt.want)
			}
		})
	}
}

func TestUnknownAddressesGetALocalizedNotFoundPage(t *testing.T) {
	h := NewHandler(testWeb(t))
	tests := []struct{ path, lang string }{
		{"/ko/no-such-page", "ko"},
		{"/ja/lessons/no-such-lesson", "ja"},
		{"/en/lessonz", "en"},
		{"/fr/", "en"},
		{"/nope", "en"},
		{"/../../etc/passwd", "en"},
		{"/ko/%00%ff%2e%2e", "ko"},
		{"/" + strings.Repeat("a", 10000), "en"},
	}
	for _, tt := range tests {
		r := get(t, h, tt.path)
		doc := body(t, r)
		p := parse(t, doc)
		want := locale.DropBreakHints(locale.T(tt.lang, msgNotFoundTitleForTest))
		if r.StatusCode != http.StatusNotFound || p.lang != tt.lang || len(p.h1) != 1 || p.h1[0] != want {
			t.Errorf("%.40s: status %d, lang %q, h1 %q; want 404, %q, %q", tt.path, r.StatusCode, p.lang, p.h1, tt.lang, want)
		}
		for _, lang := range locale.Langs {
			if !strings.Contains(doc, `href="/`+lang+`/"`) {
				t.Errorf("%.40s: no link home in %s", tt.path, lang)
			}
		}
	}
}

func TestAddressesWithoutTheirSlashAreRedirected(t *testing.T) {
	h := NewHandler(testWeb(t))
	for path, want := range map[string]string{"/ko": "/ko/", "/ja/lessons/pay/": "/ja/lessons/pay", "/en/lessons/": "/en/lessons"} {
		r := get(t, h, path)
		if r.StatusCode != http.StatusMovedPermanently || r.Header.Get("Location") != want {
			t.Errorf("%s: %d to %q, want 301 to %q", path, r.StatusCode, r.Header.Get("Location"), want)
		}
	}
}

func TestARedirectToAPagesOwnAddressKeepsTheQuery(t *testing.T) {
	h := NewHandler(testWeb(t))
	for path, want := range map[string]string{
		"/ko/lessons/pay/?with=ja":           "/ko/lessons/pay?with=ja",
		"/en/roles/compare/?roles=cto,ciso":  "/en/roles/compare?roles=cto,ciso",
		"/ja?utm_source=news&x=%E3%81%82":    "/ja/?utm_source=news&x=%E3%81%82",
		"/en/interview/practice/?card=a&b=c": "/en/interview/practice?card=a&b=c",
	} {
		r := get(t, h, path)
		if r.StatusCode != http.StatusMovedPermanently || r.Header.Get("Location") != want {
			t.Errorf("%s: %d to %q, want 301 to %q", path, r.StatusCode, r.Header.Get("Location"), want)
		}
	}
}

func TestNothingOutsideTheAssetsIsServed(t *testing.T) {
	h := NewHandler(testWeb(t))
	for _, path := range []string{
		"/web/../main.go", "/web/../../etc/passwd", "/web/%2e%2e/%2e%2e/etc/passwd",
		"/web/css/../../web.go", "/web/..%2f..%2fgo.mod", "/web/gen/app.wasm.br", "/web/", "/web/css",
	} {
		r := get(t, h, path)
		doc := body(t, r)
		if r.StatusCode != http.StatusNotFound || strings.Contains(doc, "package ") || strings.Contains(doc, "root:") {
			t.Errorf("%s: status %d, want 404", path, r.StatusCode)
		}
	}
}

func TestTheWASMIsServedPreCompressed(t *testing.T) {
	h := NewHandler(testWeb(t))
	tests := []struct {
		accept, encoding, body string
	}{
		{"gzip, deflate, br", "br", "brotli bytes"},
		{"gzip", "gzip", "gzip bytes"},
		{"br;q=0, gzip", "gzip", "gzip bytes"},
		{"", "", "\x00asm raw bytes of the app"},
		{"identity", "", "\x00asm raw bytes of the app"},
		{"*", "br", "brotli bytes"},
	}
	for _, tt := range tests {
		r := get(t, h, "/web/app.wasm", "Accept-Encoding", tt.accept)
		if got := body(t, r); r.StatusCode != 200 || r.Header.Get("Content-Encoding") != tt.encoding || got != tt.body {
			t.Errorf("Accept-Encoding %q: %d, encoding %q, body %q", tt.accept, r.StatusCode, r.Header.Get("Content-Encoding"), got)
		}
		if r.Header.Get("Content-Type") != "application/wasm" || r.Header.Get("Vary") != "Accept-Encoding" {
			t.Errorf("Accept-Encoding %q: Content-Type %q, Vary %q", tt.accept, r.Header.Get("Content-Type"), r.Header.Get("Vary"))
		}
	}
	r := get(t, h, "/web/app.wasm", "Range", "bytes=1-3")
	if got := body(t, r); r.StatusCode != http.StatusPartialContent || got != "asm" {
		t.Errorf("a range request got %d %q", r.StatusCode, got)
	}
}

func TestManifestAndIconsAreSelfHosted(t *testing.T) {
	assets := testWeb(t)
	h := NewHandler(assets)
	var manifest struct {
		Name  string `json:"name"`
		Icons []struct {
			Src, Sizes, Purpose string
		} `json:"icons"`
	}
	if err := json.Unmarshal([]byte(body(t, get(t, h, "/manifest.webmanifest"))), &manifest); err != nil {
		t.Fatal(err)
	}
	if manifest.Name != "CxO Path" {
		t.Errorf("manifest name %q", manifest.Name)
	}
	sizes := map[string]bool{}
	for _, icon := range manifest.Icons {
		if !strings.HasPrefix(icon.Src, "/web/icons/") {
			t.Errorf("icon %q is not self-hosted", icon.Src)
			continue
		}
		r := get(t, h, icon.Src)
		if r.StatusCode != http.StatusOK {
			t.Errorf("icon %s: status %d", icon.Src, r.StatusCode)
			continue
		}
		if icon.Sizes == "any" {
			continue
		}
		img, err := png.DecodeConfig(bytes.NewReader([]byte(body(t, r))))
		if err != nil {
			t.Errorf("icon %s: %v", icon.Src, err)
			continue
		}
		if got := fmt.Sprintf("%dx%d", img.Width, img.Height); got != icon.Sizes {
			t.Errorf("icon %s declares %s but is %s", icon.Src, icon.Sizes, got)
		}
		sizes[icon.Sizes+" "+icon.Purpose] = true
	}
	for _, want := range []string{"192x192 ", "512x512 ", "512x512 maskable"} {
		if !sizes[want] {
			t.Errorf("no %q icon in %v", want, sizes)
		}
	}
}

// Messages the tests compare with, looked up by id in the real bundle.
var (
	msgTaglineForTest         = &i18n.Message{ID: "Tagline"}
	msgHomeDescriptionForTest = &i18n.Message{ID: "HomeDescription"}
	msgNotFoundTitleForTest   = &i18n.Message{ID: "NotFoundTitle"}
)

var foreignURL = regexp.MustCompile(`https?://[^/"'\s]+`)

func TestNoResponseNamesAnotherOrigin(t *testing.T) {
	h := NewHandler(testWeb(t))
	for _, path := range []string{"/en/", "/ko/lessons/pay", "/ja/nope", "/manifest.webmanifest", "/app-worker.js", "/app.js", "/web/css/app.css", "/web/js/theme.js"} {
		if m := foreignURL.FindString(body(t, get(t, h, path))); m != "" {
			t.Errorf("%s names %s", path, m)
		}
	}
}

func TestVersionChangesWithTheAssetsAndOnlyThen(t *testing.T) {
	a, b := testWeb(t), testWeb(t)
	if NewHandler(a).Version() != NewHandler(b).Version() {
		t.Error("the same assets give two versions")
	}
	b["gen/app.wasm"] = &fstest.MapFile{Data: []byte("a new build")}
	if NewHandler(a).Version() == NewHandler(b).Version() {
		t.Error("a new build keeps the old version")
	}
	if NewHandler(a).Version() == "" {
		t.Error("empty version")
	}
}

func TestTheLessonsIndexAndGlossaryArePreRenderedInTheirLanguage(t *testing.T) {
	h := NewHandler(testWeb(t))
	course := defaultCourse(t)
	h1 := map[string][2]string{"en": {"Lessons", "Glossary"}, "ko": {"레슨", "용어집"}, "ja": {"レッスン", "用語集"}}
	for lang, want := range h1 {
		lessons := parse(t, body(t, get(t, h, "/"+lang+"/lessons")))
		if lessons.lang != lang || len(lessons.h1) != 1 || lessons.h1[0] != want[0] {
			t.Errorf("%s lessons: lang %q, h1 %q", lang, lessons.lang, lessons.h1)
		}
		for _, l := range course.Lessons {
			if !lessons.has(l.Text[lang].Title) {
				t.Errorf("%s lessons index lacks %q", lang, l.Text[lang].Title)
			}
		}
		glossary := parse(t, body(t, get(t, h, "/"+lang+"/glossary")))
		if glossary.lang != lang || len(glossary.h1) != 1 || glossary.h1[0] != want[1] {
			t.Errorf("%s glossary: lang %q, h1 %q", lang, glossary.lang, glossary.h1)
		}
		for _, term := range course.Glossary {
			if !glossary.has(term.Text[lang].Definition) {
				t.Errorf("%s glossary lacks the definition of %s", lang, term.ID)
			}
		}
	}
}

func TestASideBySideLessonIsPreRenderedInBothLanguages(t *testing.T) {
	h := NewHandler(testWeb(t))
	course := defaultCourse(t)
	l, _ := course.Lesson("cto-vs-cio")
	doc := body(t, get(t, h, "/ko/lessons/cto-vs-cio?with=ja"))
	p := parse(t, doc)
	for _, lang := range []string{"ko", "ja"} {
		for _, s := range l.Text[lang].Body().Sections {
			if !p.has(content.PlainText(s.Title)) {
				t.Errorf("the %s section %q is missing", lang, s.ID)
			}
		}
	}
	if p.lang != "ko" || !strings.Contains(doc, `class="parallel-column is-second" lang="ja"`) {
		t.Errorf("the Japanese column is not marked as Japanese (page lang %q)", p.lang)
	}
	for _, bad := range []string{"?with=ko", "?with=xx", "?with=", "?with=ja-JP", "?with=JA"} {
		p := parse(t, body(t, get(t, h, "/ko/lessons/cto-vs-cio"+bad)))
		if p.has(content.PlainText(l.Text["ja"].Body().Sections[0].Title)) || !p.has(content.PlainText(l.Text["ko"].Body().Sections[0].Title)) {
			t.Errorf("%s: not the plain Korean lesson", bad)
		}
	}
}

func TestTheComparisonIsPreRenderedWithTheChosenRoles(t *testing.T) {
	h := NewHandler(testWeb(t))
	course := defaultCourse(t)
	for _, lang := range locale.Langs {
		p := parse(t, body(t, get(t, h, "/"+lang+"/roles/compare?roles=cto,ciso,vpoe")))
		if p.lang != lang {
			t.Errorf("%s: lang %q", lang, p.lang)
		}
		for _, id := range []string{"cto", "ciso", "vpoe"} {
			r, _ := course.Role(id)
			if !p.has(r.Text[lang].Mission) {
				t.Errorf("%s: the comparison lacks the %s mission", lang, id)
			}
		}
		cio, _ := course.Role("cio")
		if p.has(cio.Text[lang].Mission) {
			t.Errorf("%s: the comparison shows the CIO, which was not chosen", lang)
		}
	}
	notes := map[string]string{
		"?roles=cto,nope":                     "CompareNoteUnknown",
		"?roles=cto,cio,cdo,ciso,cpo":         "CompareNoteTooMany",
		"?roles=ciso":                         "CompareNoteTooFew",
		"?roles=cto,cto,cio":                  "CompareNoteDuplicate",
		"?roles=%3Cscript%3E":                 "CompareNoteUnknown",
		"?roles=" + strings.Repeat("x", 5000): "CompareNoteUnknown",
	}
	for query, id := range notes {
		r := get(t, h, "/en/roles/compare"+query)
		p := parse(t, body(t, r))
		if r.StatusCode != 200 || !p.has(locale.T("en", &i18n.Message{ID: id})) {
			t.Errorf("%.40s: status %d, no note %s", query, r.StatusCode, id)
		}
	}
}

func TestEveryRoleHasAProfileInEveryLanguage(t *testing.T) {
	h := NewHandler(testWeb(t))
	course := defaultCourse(t)
	for _, r := range course.Roles {
		for _, lang := range locale.Langs {
			p := parse(t, body(t, get(t, h, "/"+lang+"/roles/"+r.ID)))
			if p.lang != lang || len(p.h1) != 1 || !p.has(r.Text[lang].Where) {
				t.Errorf("%s in %s: lang %q, h1 %q", r.ID, lang, p.lang, p.h1)
			}
		}
	}
}

func TestTheSelfAssessmentIsPreRenderedInItsLanguage(t *testing.T) {
	h := NewHandler(testWeb(t))
	course := defaultCourse(t)
	h1 := map[string][2]string{"en": {"Self-assessment", "Your results"}, "ko": {"자가진단", "자가진단 결과"}, "ja": {"自己診断", "診断結果"}}
	for lang, want := range h1 {
		check := parse(t, body(t, get(t, h, "/"+lang+"/assessment")))
		if check.lang != lang || len(check.h1) != 1 || check.h1[0] != want[0] {
			t.Errorf("%s checklist: lang %q, h1 %q", lang, check.lang, check.h1)
		}
		for _, it := range course.Checklist.Items {
			if !check.has(course.Checklist.Text[lang].Items[it.ID]) {
				t.Errorf("%s checklist lacks item %s", lang, it.ID)
			}
		}
		results := parse(t, body(t, get(t, h, "/"+lang+"/assessment/results")))
		if results.lang != lang || len(results.h1) != 1 || results.h1[0] != want[1] {
			t.Errorf("%s results: lang %q, h1 %q", lang, results.lang, results.h1)
		}
	}
}

func TestOnlyGetAndHeadAreAnswered(t *testing.T) {
	h := NewHandler(testWeb(t))
	for _, method := range []string{http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodPatch, http.MethodOptions, "BREW"} {
		for _, path := range []string{"/en/", "/web/css/app.css", "/nowhere", "/"} {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(method, "http://localhost"+path, nil))
			if rec.Code != http.StatusMethodNotAllowed || rec.Header().Get("Allow") != "GET, HEAD" {
				t.Errorf("%s %s: %d, Allow %q", method, path, rec.Code, rec.Header().Get("Allow"))
			}
		}
	}
}

func TestHealthSaysWhichBuildIsUp(t *testing.T) {
	h := NewHandler(testWeb(t))
	res := get(t, h, "/healthz")
	if b := body(t, res); res.StatusCode != http.StatusOK || b != "ok "+h.Version()+"\n" || res.Header.Get("Cache-Control") != "no-store" {
		t.Errorf("healthz: %d %q", res.StatusCode, b)
	}
}

func TestEveryResponseCarriesTheSecurityHeaders(t *testing.T) {
	h := NewHandler(testWeb(t))
	for _, path := range []string{"/en/", "/web/css/app.css", "/nowhere", "/", "/healthz", "/app-worker.js"} {
		res := get(t, h, path)
		for _, name := range []string{"Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "Cross-Origin-Opener-Policy", "Permissions-Policy"} {
			if res.Header.Get(name) == "" {
				t.Errorf("%s has no %s", path, name)
			}
		}
		if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "frame-ancestors 'none'") || !strings.Contains(csp, "'wasm-unsafe-eval'") {
			t.Errorf("%s: CSP %q", path, csp)
		}
		if res.Header.Get("Clear-Site-Data") != "" {
			t.Errorf("%s clears site data", path)
		}
	}
}

func TestEveryPracticeAddressPreRendersItsCard(t *testing.T) {
	h := NewHandler(testWeb(t))
	course := defaultCourse(t)
	iv := course.Interview
	last := iv.Questions[len(iv.Questions)-1]
	for _, q := range []string{"card=" + last.ID, "role=cio", "topic=" + iv.Topics[1], "role=cio&card=" + last.ID} {
		r := get(t, h, "/en/interview/practice?"+q)
		if r.StatusCode != http.StatusOK {
			t.Errorf("/en/interview/practice?%s answered %d", q, r.StatusCode)
		}
	}
	if text := parse(t, body(t, get(t, h, "/en/interview/practice?card="+last.ID))).text; !strings.Contains(text, iv.Text["en"].Questions[last.ID].Question) {
		t.Errorf("the practice page at card %s does not show its question", last.ID)
	}
}

func TestPagesAskForNoStylesheetButTheirOwn(t *testing.T) {
	h := NewHandler(testWeb(t))
	page := body(t, get(t, h, "/en/lessons/pay"))
	if strings.Contains(page, `"/app.css"`) {
		t.Error("the page still links go-app's /app.css")
	}
	if !regexp.MustCompile(`href="/web/css/app\.css\?v=[0-9a-f]+"`).MatchString(page) {
		t.Error("the page does not link its own stylesheet")
	}
	if worker := body(t, get(t, h, "/app-worker.js")); !strings.Contains(worker, `url !== "/app.css"`) {
		t.Error("the service worker would still precache /app.css")
	}
	if r := get(t, h, "/app.css"); r.StatusCode != http.StatusNotFound {
		t.Errorf("/app.css answers %d, want 404", r.StatusCode)
	}
}

func TestAPageStartsDownloadingTheLessonTextItShowsAtOnce(t *testing.T) {
	h := NewHandler(testWeb(t))
	preload := regexp.MustCompile(`<link[^>]*rel="preload"[^>]*>`)
	links := func(path string) []string { return preload.FindAllString(body(t, get(t, h, path)), -1) }
	has := func(links []string, lang string) bool {
		want := h.static.url("gen/" + content.TextFile(lang))
		for _, l := range links {
			if strings.Contains(l, `href="`+want+`"`) && strings.Contains(l, `as="fetch"`) && strings.Contains(l, "crossorigin") {
				return true
			}
		}
		return false
	}
	if l := links("/ko/lessons/pay"); !has(l, "ko") || has(l, "ja") {
		t.Errorf("a Korean lesson preloads %q, want the Korean text alone, at the address the worker keeps", l)
	}
	if l := links("/ko/lessons/pay?with=ja"); !has(l, "ko") || !has(l, "ja") {
		t.Errorf("a Korean lesson read beside Japanese preloads %q, want both texts", l)
	}
}

func TestAPageIsPaintedOnlyOnceItsBodyIsRead(t *testing.T) {
	h := NewHandler(testWeb(t))
	// The badge's attributes come in any order; it holds no aside.
	badgeEnds := regexp.MustCompile(`<aside [^>]*\bid="` + pageEnd + `"[^>]*>(?s:.)*?</aside>\s*</body>\s*</html>\s*$`)
	for _, path := range []string{"/ko/assessment", "/en/roles/compare", "/ja/no-such-page"} {
		page := body(t, get(t, h, path))
		if !strings.Contains(page, `<link rel="expect" href="#`+pageEnd+`" blocking="render">`) {
			t.Errorf("%s does not hold its first paint for the end of its body", path)
		}
		// The element the paint waits for closes the body; were it gone or
		// earlier, a half-read page could be painted after all.
		if !badgeEnds.MatchString(page) {
			t.Errorf("%s does not end its body with #%s", path, pageEnd)
		}
	}
}
