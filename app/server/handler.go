//go:build !wasm

// Package server is the HTTP side of the app: it pre-renders every page with
// the same components the browser runs, serves the static assets
// pre-compressed, and redirects the site root to the learner's language. It
// never reaches the WASM build.
package server

import (
	"context"
	_ "embed"
	"html"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/cxopath/cxopath/app/locale"
	"github.com/cxopath/cxopath/app/ui"
	"github.com/cxopath/cxopath/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

//go:embed worker.js
var workerJS string

// Handler serves the whole app: pages, go-app's scripts, and /web/ assets.
type Handler struct {
	app    *app.Handler
	static *staticFiles
	// pages maps the address of every page to the query parameters it
	// reads (pageQuery): the only part of a query its rendering depends on.
	pages    map[string][]string
	rendered *renderOnce
}

// NewHandler builds the app's handler over the assets in web (the layout of
// the web/ folder: css/, icons/, gen/app.wasm).
func NewHandler(web fs.FS) *Handler {
	ui.Register()
	static := newStaticFiles(web)
	pages := map[string][]string{}
	var homes []string
	for path, newPage := range ui.Pages() {
		pages[path] = pageQuery(newPage())
	}
	for _, lang := range locale.Langs {
		// Each home page, and each language's lesson text, which the
		// browser fetches apart from app.wasm.
		homes = append(homes, ui.HomePath(lang), static.url("gen/"+content.TextFile(lang)))
	}
	wasm := static.url("gen/app.wasm")
	wasmLength := ""
	if n := static.size("gen/app.wasm"); n > 0 {
		wasmLength = strconv.FormatInt(n, 10)
	}
	h := &Handler{
		static:   static,
		pages:    pages,
		rendered: newRenderOnce(),
		app: &app.Handler{
			Name:        "CxO Path",
			ShortName:   "CxO Path",
			Title:       "CxO Path",
			Description: "Study the path to CTO and CIO: lessons, role comparisons, a readiness check and interview practice, offline, in English, Korean and Japanese.",
			Lang:        locale.Default,
			Icon: app.Icon{
				Default:  "/web/icons/icon-192.png",
				Large:    "/web/icons/icon-512.png",
				Maskable: "/web/icons/icon-maskable.png",
				SVG:      "/web/icons/icon.svg",
			},
			BackgroundColor: "#f7f5f0",
			ThemeColor:      "#1f3a5f",
			LoadingLabel:    "{progress}%",
			Styles:          []string{static.url("css/app.css")},
			Scripts:         []string{static.url("js/theme.js"), static.url("js/navigation.js"), static.url("js/update.js"), static.url("js/loader.js")},
			Resources:       wasmResolver{wasm: wasm, local: app.LocalDir("")},
			// The download of app.wasm starts as soon as the head is read,
			// not once the stylesheet and app.js have loaded; app.js's
			// fetch then takes the preloaded response.
			//
			// Nothing is painted until the whole body is parsed (go-app's
			// loading badge, pageEnd, closes it): a page painted half read
			// would move as its rest arrived, a row of steps sharing its
			// width among those parsed so far, say.
			RawHeaders: []string{
				`<link rel="preload" href="` + html.EscapeString(wasm) + `" as="fetch" crossorigin>`,
				`<link rel="expect" href="#` + pageEnd + `" blocking="render">`,
			},
			// The root page is kept too, so that the installed app's start
			// address opens with no network (the worker answers "/" with it),
			// and so is the Latin font the stylesheet names.
			CacheableResources:    append(homes, rootPage, "/web/icons/icon.svg", latinFont),
			Version:               static.version(),
			WasmContentLength:     wasmLength,
			ServiceWorkerTemplate: workerJS,
		},
	}
	// go-app sets itself up on its first request, and then lists its own
	// stylesheet, /app.css, first on every page. Its rules only style the
	// loading badge, which web/css/app.css styles whole, so it is dropped:
	// one request less on every first visit.
	h.app.ServeHTTP(discard{}, &http.Request{Method: http.MethodGet, URL: &url.URL{Path: "/app.js"}, Header: http.Header{}})
	h.app.Styles = slices.DeleteFunc(h.app.Styles, func(s string) bool { return s == "/app.css" })
	return h
}

// discard is a response nobody reads.
type discard struct{}

func (discard) Header() http.Header         { return http.Header{} }
func (discard) Write(b []byte) (int, error) { return len(b), nil }
func (discard) WriteHeader(int)             {}

// latinFont is the face web/css/app.css sets English in (Korean and
// Japanese set their Latin letters in their own faces).
const latinFont = "/web/fonts/inter-latin.woff2"

// pageEnd is the id of the last element of every page's body: go-app's
// loading badge.
const pageEnd = "app-wasm-loader"

// Version identifies the build: a hash of every served asset.
func (h *Handler) Version() string { return h.app.Version }

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	setSecurityHeaders(w.Header())
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, http.StatusText(http.StatusMethodNotAllowed), http.StatusMethodNotAllowed)
		return
	}
	path := r.URL.Path
	if strings.HasPrefix(path, "/en/") || strings.HasSuffix(path, "/glossary") || r.URL.RawQuery != "" && r.URL.Query().Get("with") == "en" {
		// English pages, the glossary (every term has its English name)
		// and lessons read beside their English set that text in the Latin
		// font: it is asked for with the page, so that it is there for the
		// first paint (the stylesheet shows it only then, and never swaps
		// it in later).
		w.Header().Add("Link", "<"+latinFont+`>; rel=preload; as=font; type="font/woff2"; crossorigin`)
	}
	switch {
	case path == "/healthz":
		w.Header().Set("Cache-Control", "no-store")
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "ok "+h.Version()+"\n")
	case strings.HasPrefix(path, "/web/"):
		h.static.serve(w, r, strings.TrimPrefix(path, "/web/"))
	case path == "/":
		h.redirectToLanguage(w, r)
	case path == rootPage:
		h.renderedAt(&url.URL{Path: "/"}).serve(w, r)
	case h.isPage(path), goappResources[path]:
		h.renderedAt(h.pageURL(path, r.URL.Query())).serve(w, r)
	case h.isPage(path + "/"):
		redirectKeepingQuery(w, r, path+"/")
	case strings.HasSuffix(path, "/") && h.isPage(strings.TrimSuffix(path, "/")):
		redirectKeepingQuery(w, r, strings.TrimSuffix(path, "/"))
	default:
		h.notFound(w, r)
	}
}

// isPage reports whether path is the address of a page.
func (h *Handler) isPage(path string) bool {
	_, ok := h.pages[path]
	return ok
}

// pageQuery is the query parameters a page reads from its address: the
// side-by-side language of a lesson, the roles compared, the search, the
// deck's filter and card, the mock interview's filter, and the
// self-assessment's snapshots compared (the language switcher keeps them).
// It is the one list the cache keys pages by;
// TestTheServerKeysPagesByEveryParameterTheUIReads checks it against what
// app/ui reads, so a parameter a page starts to read fails that test until
// it is added here.
func pageQuery(page app.Composer) []string {
	switch page.(type) {
	case *ui.LessonPage:
		return []string{"with"}
	case *ui.ComparePage:
		return []string{"roles"}
	case *ui.SearchPage:
		return []string{"q"}
	case *ui.InterviewPage:
		return []string{"role", "topic"}
	case *ui.PracticePage:
		return []string{"role", "topic", "card"}
	case *ui.MockPage:
		return []string{"role", "topic"}
	case *ui.ResultsPage:
		return []string{"from", "to"}
	}
	return nil
}

// pageURL is the address a page at path is rendered for: the path, and of
// the query only what the page reads, each parameter once, in a fixed
// order. Any other query (?utm_source=…, ?with= left empty) gets the plain
// page's rendering, and so takes no place of its own in the cache.
func (h *Handler) pageURL(path string, query url.Values) *url.URL {
	kept := url.Values{}
	for _, name := range h.pages[path] {
		if v := query.Get(name); v != "" {
			kept.Set(name, v)
		}
	}
	return &url.URL{Path: path, RawQuery: kept.Encode()}
}

// redirectKeepingQuery sends a request to the page's own address, with the
// query it came with: /ko/lessons/pay/?with=ja stays side by side.
func redirectKeepingQuery(w http.ResponseWriter, r *http.Request, path string) {
	if r.URL.RawQuery != "" {
		path += "?" + r.URL.RawQuery
	}
	http.Redirect(w, r, path, http.StatusMovedPermanently)
}

// rootPage is the site root as a page: the root's own address redirects, and
// a redirect cannot be kept for offline use. A static export writes the same
// page as index.html, so the address is the same on any host.
const rootPage = "/index.html"

// goappResources are the files go-app's handler makes itself.
var goappResources = map[string]bool{
	"/app.js": true, "/wasm_exec.js": true, "/app-worker.js": true,
	"/manifest.webmanifest": true,
}

// redirectToLanguage sends the site root to the language the learner last
// used (a cookie the app sets), else the best match for Accept-Language.
func (h *Handler) redirectToLanguage(w http.ResponseWriter, r *http.Request) {
	lang := ""
	if c, err := r.Cookie("lang"); err == nil && locale.Supported(c.Value) {
		lang = c.Value
	} else {
		lang = locale.MatchHeader(r.Header.Get("Accept-Language"))
	}
	w.Header().Set("Vary", "Accept-Language, Cookie")
	w.Header().Set("Cache-Control", "no-store")
	http.Redirect(w, r, ui.HomePath(lang), http.StatusFound)
}

// Warm renders and compresses every page and every file go-app makes, ahead
// of the first request for each.
func (h *Handler) Warm() {
	for path := range h.pages {
		h.renderedAt(&url.URL{Path: path})
	}
	for path := range goappResources {
		h.renderedAt(&url.URL{Path: path})
	}
}

// renderedAt is the response for an address that go-app's handler renders,
// made once and kept.
func (h *Handler) renderedAt(u *url.URL) *rendered {
	return h.rendered.get(u.RequestURI(), func() *capture { return h.render(u) })
}

// render asks go-app's handler for one address, as a request with no
// headers: the page depends on its address only.
func (h *Handler) render(u *url.URL) *capture {
	c := newCapture()
	req := &http.Request{Method: http.MethodGet, URL: u, Header: http.Header{}, Host: "localhost"}
	h.app.ServeHTTP(c, req.WithContext(context.Background()))
	if strings.HasPrefix(c.header.Get("Content-Type"), "text/html") {
		b := unindent(c.body.Bytes())
		c.body.Reset()
		c.body.Write(b)
	}
	return c
}

// notFound serves the localized not-found page with a 404 status. Only the
// language prefix of the address matters to the page, and odd bytes never
// reach the renderer.
func (h *Handler) notFound(w http.ResponseWriter, r *http.Request) {
	lang := ui.LangOf(r.URL.Path)
	if lang == "" {
		lang = "-"
	}
	h.rendered.get("404 "+lang, func() *capture {
		c := h.render(&url.URL{Path: "/" + lang + "/not-found"})
		c.status = http.StatusNotFound
		c.header.Set("Cache-Control", "no-store")
		return c
	}).serve(w, r)
}

// wasmResolver gives app.wasm its versioned address (go-app's script loads
// it, the worker caches it) and resolves everything else as go-app does.
type wasmResolver struct {
	wasm  string
	local app.ResourceResolver
}

func (r wasmResolver) Resolve(location string) string {
	if location == "/web/app.wasm" {
		return r.wasm
	}
	return r.local.Resolve(location)
}

// securityHeaders go on every response.
var securityHeaders = [...][2]string{
	{"Content-Security-Policy", "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; " +
		"style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
		"manifest-src 'self'; worker-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"},
	{"X-Content-Type-Options", "nosniff"},
	{"Referrer-Policy", "same-origin"},
	{"Cross-Origin-Opener-Policy", "same-origin"},
	{"Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"},
}

func setSecurityHeaders(h http.Header) {
	s := newHeaderSetter(h, len(securityHeaders))
	for _, kv := range securityHeaders {
		s.set(kv[0], kv[1])
	}
}

// headerSetter sets response header values, each as a one-element slice of
// its own cut from one allocation per response. No slice is shared with
// another response, or with what the server keeps, so a write in place
// (h["Vary"][0] = …) can only ever change the response it is made in.
type headerSetter struct {
	h    http.Header
	vals []string
}

// newHeaderSetter sets values in h, with room for n of them in one
// allocation (more cost another).
func newHeaderSetter(h http.Header, n int) headerSetter {
	return headerSetter{h: h, vals: make([]string, n)}
}

// set makes value the one value of the header name.
func (s *headerSetter) set(name, value string) {
	if len(s.vals) == 0 {
		s.vals = make([]string, 4)
	}
	s.vals[0] = value
	s.h[name] = s.vals[:1:1]
	s.vals = s.vals[1:]
}
