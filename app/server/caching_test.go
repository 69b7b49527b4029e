//go:build !wasm

package server

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"io/fs"
	"maps"
	"net/http"
	"net/http/httptest"
	"path"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/andybalholm/brotli"
	"github.com/cxopath/cxopath/app/ui"
	"github.com/cxopath/cxopath/web"
)

func TestPagesRevalidateWithAStrongETag(t *testing.T) {
	h := NewHandler(testWeb(t))
	for _, accept := range []string{"", "gzip", "br, gzip"} {
		first := get(t, h, "/ko/lessons/pay", "Accept-Encoding", accept)
		etag := first.Header.Get("ETag")
		if first.StatusCode != http.StatusOK || !regexp.MustCompile(`^"[0-9a-f]{24}"$`).MatchString(etag) {
			t.Fatalf("%q: status %d, ETag %q", accept, first.StatusCode, etag)
		}
		if first.Header.Get("Cache-Control") != "no-cache" || first.Header.Get("Vary") != "Accept-Encoding" {
			t.Errorf("%q: Cache-Control %q, Vary %q", accept, first.Header.Get("Cache-Control"), first.Header.Get("Vary"))
		}
		tests := []struct {
			ifNoneMatch string
			want        int
		}{
			{etag, http.StatusNotModified},
			{`"stale", ` + etag, http.StatusNotModified},
			{"*", http.StatusNotModified},
			{`"0123456789abcdef01234567"`, http.StatusOK},
			{"W/" + etag, http.StatusNotModified}, // weak comparison, as RFC 9110 asks for If-None-Match
			{"garbage", http.StatusOK},
		}
		for _, tt := range tests {
			r := get(t, h, "/ko/lessons/pay", "Accept-Encoding", accept, "If-None-Match", tt.ifNoneMatch)
			if b := body(t, r); r.StatusCode != tt.want || (tt.want == http.StatusNotModified && b != "") {
				t.Errorf("%q, If-None-Match %s: %d with %d bytes, want %d", accept, tt.ifNoneMatch, r.StatusCode, len(b), tt.want)
			}
		}
	}
	plain := get(t, h, "/ko/lessons/pay").Header.Get("ETag")
	br := get(t, h, "/ko/lessons/pay", "Accept-Encoding", "br").Header.Get("ETag")
	other := get(t, h, "/ja/lessons/pay").Header.Get("ETag")
	if plain == br || plain == other {
		t.Errorf("one ETag for different bytes: plain %s, brotli %s, Japanese %s", plain, br, other)
	}
}

func TestPagesAreServedCompressedWithTheirLength(t *testing.T) {
	h := NewHandler(testWeb(t))
	plain := body(t, get(t, h, "/en/"))
	for _, tt := range []struct{ accept, encoding string }{{"br", "br"}, {"gzip", "gzip"}, {"br;q=0, gzip;q=0", ""}} {
		r := get(t, h, "/en/", "Accept-Encoding", tt.accept)
		b := body(t, r)
		if r.Header.Get("Content-Encoding") != tt.encoding || r.Header.Get("Content-Length") != strconv.Itoa(len(b)) {
			t.Errorf("%q: encoding %q, Content-Length %q for %d bytes", tt.accept, r.Header.Get("Content-Encoding"), r.Header.Get("Content-Length"), len(b))
		}
		if tt.encoding != "" && len(b)*3 > len(plain) {
			t.Errorf("%q: %d bytes for a %d-byte page", tt.accept, len(b), len(plain))
		}
	}
	for _, accept := range []string{"br", "gzip", ""} {
		r := get(t, h, "/web/css/app.css", "Accept-Encoding", accept)
		if b := body(t, r); r.Header.Get("Content-Length") != strconv.Itoa(len(b)) || len(b) == 0 {
			t.Errorf("the stylesheet for %q: Content-Length %q for %d bytes", accept, r.Header.Get("Content-Length"), len(b))
		}
	}
	head := request(t, h, http.MethodHead, "/en/", "Accept-Encoding", "br")
	if b := body(t, head); b != "" || head.Header.Get("Content-Length") == "" {
		t.Errorf("HEAD: %d bytes of body, Content-Length %q", len(b), head.Header.Get("Content-Length"))
	}
	r := get(t, h, "/en/", "Range", "bytes=0-14")
	if b := body(t, r); r.StatusCode != http.StatusPartialContent || b != plain[:15] {
		t.Errorf("a range of a page: %d %q", r.StatusCode, b)
	}
}

func TestEachPageIsRenderedOnce(t *testing.T) {
	c := newRenderOnce()
	var renders atomic.Int32
	render := func() *capture {
		renders.Add(1)
		c := newCapture()
		c.Write([]byte(strings.Repeat("a page ", 200)))
		return c
	}
	var wg sync.WaitGroup
	got := make([]*rendered, 50)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = c.get("/en/", render)
		}()
	}
	wg.Wait()
	if renders.Load() != 1 {
		t.Errorf("50 requests rendered the page %d times", renders.Load())
	}
	for _, r := range got {
		if r != got[0] || len(r.bodies) != 3 {
			t.Fatalf("requests got different renders, or no compressed copies: %d bodies", len(r.bodies))
		}
	}
	for i := len(c.cache); i < maxRendered; i++ {
		c.get(strconv.Itoa(i), newCapture)
	}
	renders.Store(0)
	for range 3 {
		if r := c.get("/en/search?q=one-more", render); len(r.bodies) != 1 {
			t.Errorf("past the bound, an address was compressed")
		}
	}
	if renders.Load() != 3 || len(c.cache) != maxRendered {
		t.Errorf("past the bound: %d renders for 3 requests, %d kept", renders.Load(), len(c.cache))
	}
}

func TestVersionedAssetsAreKeptForAYear(t *testing.T) {
	h := NewHandler(testWeb(t))
	script := body(t, get(t, h, "/app.js"))
	wasm := regexp.MustCompile(`/web/app\.wasm\?v=[0-9a-f]{24}`).FindString(script)
	doc := body(t, get(t, h, "/en/"))
	css := regexp.MustCompile(`/web/css/app\.css\?v=[0-9a-f]{24}`).FindString(doc)
	js := regexp.MustCompile(`/web/js/theme\.js\?v=[0-9a-f]{24}`).FindString(doc)
	if wasm == "" || css == "" || js == "" {
		t.Fatalf("versioned addresses missing: wasm %q, css %q, js %q", wasm, css, js)
	}
	worker := body(t, get(t, h, "/app-worker.js"))
	for _, path := range []string{wasm, css, js} {
		if !strings.Contains(worker, `"`+path+`"`) {
			t.Errorf("the worker does not precache %s", path)
		}
		r := get(t, h, path, "Accept-Encoding", "br")
		if r.StatusCode != http.StatusOK || r.Header.Get("Cache-Control") != "public, max-age=31536000, immutable" {
			t.Errorf("%s: %d, Cache-Control %q", path, r.StatusCode, r.Header.Get("Cache-Control"))
		}
	}
	for _, path := range []string{"/web/css/app.css", "/web/css/app.css?v=0123456789abcdef01234567", "/web/app.wasm?v=", "/web/icons/icon.svg"} {
		if r := get(t, h, path); r.StatusCode != http.StatusOK || r.Header.Get("Cache-Control") != "no-cache" || r.Header.Get("ETag") == "" {
			t.Errorf("%s: %d, Cache-Control %q, ETag %q", path, r.StatusCode, r.Header.Get("Cache-Control"), r.Header.Get("ETag"))
		}
	}
}

// TestCompressedCopiesMatchTheirFiles guards against a stale .br or .gz
// beside a file that changed since: the server would serve old bytes to
// every browser that accepts compression.
func TestCompressedCopiesMatchTheirFiles(t *testing.T) {
	err := fs.WalkDir(web.FS, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		var open func(io.Reader) (io.Reader, error)
		switch path.Ext(name) {
		case ".br":
			open = func(r io.Reader) (io.Reader, error) { return brotli.NewReader(r), nil }
		case ".gz":
			open = func(r io.Reader) (io.Reader, error) { return gzip.NewReader(r) }
		default:
			return nil
		}
		original, err := fs.ReadFile(web.FS, strings.TrimSuffix(name, path.Ext(name)))
		if err != nil {
			t.Errorf("%s has no original: %v", name, err)
			return nil
		}
		f, err := web.FS.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		r, err := open(f)
		var got []byte
		if err == nil {
			got, err = io.ReadAll(r)
		}
		if err != nil || !bytes.Equal(got, original) {
			t.Errorf("%s does not decompress to its original (%v): run make", name, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestQueriesAPageDoesNotReadShareThePlainPagesRendering(t *testing.T) {
	h := NewHandler(testWeb(t))
	paths := []string{"/en/", "/ko/lessons/pay", "/ja/roles/compare", "/en/search", "/ko/interview/practice", "/app.js"}
	plain := map[string]string{}
	for _, path := range paths {
		plain[path] = body(t, get(t, h, path))
	}
	kept := len(h.rendered.cache)
	// More junk than the cache has places.
	for i := range maxRendered + 1 {
		path := paths[i%len(paths)]
		query := fmt.Sprintf("?utm_source=news%d&with=&q=", i)
		if i%2 == 1 {
			query = fmt.Sprintf("?fbclid=%d;x", i)
		}
		if got := body(t, get(t, h, path+query)); got != plain[path] {
			t.Fatalf("%s%s is not the plain page", path, query)
		}
	}
	if len(h.rendered.cache) != kept {
		t.Errorf("queries no page reads took %d places in the cache", len(h.rendered.cache)-kept)
	}
	// One rendering for one reading of a page, however its query is written.
	for _, path := range []string{"/ko/lessons/pay?with=ja", "/ko/lessons/pay?utm_source=x&with=ja", "/ko/lessons/pay?with=ja&with=en", "/ko/lessons/pay?with=ja&q=cto"} {
		get(t, h, path)
	}
	if len(h.rendered.cache) != kept+1 {
		t.Errorf("one side-by-side lesson took %d places in the cache", len(h.rendered.cache)-kept)
	}
	// Caching is still on for the queries pages do read.
	if r := get(t, h, "/en/search?q=board", "Accept-Encoding", "br"); r.Header.Get("Content-Encoding") != "br" {
		t.Error("after many junk queries, a new search is no longer kept and compressed")
	}
}

func TestEveryParameterAPageReadsChangesItsRendering(t *testing.T) {
	h := NewHandler(testWeb(t))
	course := defaultCourse(t)
	for path, queries := range map[string][]string{
		"/en/lessons/pay":        {"with=ja"},
		"/en/roles/compare":      {"roles=cto,ciso"},
		"/en/search":             {"q=board"},
		"/en/assessment/results": {"from=2026-11-02", "to=2026-12-01"},
		"/en/interview":          {"role=cio", "topic=" + course.Interview.Topics[1]},
		"/en/interview/practice": {"role=cio", "topic=" + course.Interview.Topics[1], "card=" + course.Interview.Questions[len(course.Interview.Questions)-1].ID},
		"/en/interview/mock":     {"role=cio", "topic=" + course.Interview.Topics[1]},
	} {
		plain := body(t, get(t, h, path))
		for _, q := range queries {
			if body(t, get(t, h, path+"?"+q)) == plain {
				t.Errorf("%s?%s is rendered as the plain page", path, q)
			}
		}
	}
}

// TestTheServerKeysPagesByEveryParameterTheUIReads reads app/ui's source for
// the query parameters its pages take from their address (Get on a URL's
// Query(), directly or through a variable or a url.Values parameter), and
// checks that pageQuery keeps exactly those for some page: one it dropped
// would pre-render every such address as the plain page.
func TestTheServerKeysPagesByEveryParameterTheUIReads(t *testing.T) {
	read := map[string][]string{}
	fset := token.NewFileSet()
	err := filepath.WalkDir(filepath.Join("..", "ui"), func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			return err
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			return err
		}
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Body == nil {
				continue
			}
			values := map[string]bool{} // the names of url.Values in this function
			for _, field := range fn.Type.Params.List {
				if sel, ok := field.Type.(*ast.SelectorExpr); ok && sel.Sel.Name == "Values" {
					for _, n := range field.Names {
						values[n.Name] = true
					}
				}
			}
			ast.Inspect(fn.Body, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.AssignStmt:
					for i, rhs := range n.Rhs {
						if id, ok := n.Lhs[i].(*ast.Ident); ok && isQueryCall(rhs) {
							values[id.Name] = true
						}
					}
				case *ast.CallExpr:
					sel, ok := n.Fun.(*ast.SelectorExpr)
					if !ok || sel.Sel.Name != "Get" || len(n.Args) != 1 {
						return true
					}
					lit, ok := n.Args[0].(*ast.BasicLit)
					id, isIdent := sel.X.(*ast.Ident)
					if ok && lit.Kind == token.STRING && (isQueryCall(sel.X) || isIdent && values[id.Name]) {
						param, _ := strconv.Unquote(lit.Value)
						read[param] = append(read[param], fset.Position(n.Pos()).String())
					}
				}
				return true
			})
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	kept := map[string]bool{}
	for newPage := range maps.Values(ui.Pages()) {
		for _, param := range pageQuery(newPage()) {
			kept[param] = true
		}
	}
	for param, where := range read {
		if !kept[param] {
			t.Errorf("app/ui reads ?%s= (%s), but no page's rendering is keyed by it: add it to pageQuery", param, strings.Join(where, ", "))
		}
	}
	for param := range kept {
		if read[param] == nil {
			t.Errorf("pageQuery keeps ?%s=, which no page in app/ui reads", param)
		}
	}
}

// isQueryCall reports whether e is a call of a method Query with no
// arguments, as in ctx.Page().URL().Query().
func isQueryCall(e ast.Expr) bool {
	call, ok := e.(*ast.CallExpr)
	if !ok || len(call.Args) != 0 {
		return false
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	return ok && sel.Sel.Name == "Query"
}

// TestNoTwoResponsesShareAHeaderValue writes over every header value of one
// response in place, as a careless h["Vary"][0] = … would, and checks that
// the next response to the same request is untouched.
func TestNoTwoResponsesShareAHeaderValue(t *testing.T) {
	h := NewHandler(testWeb(t))
	for _, path := range []string{"/en/", "/ko/lessons/pay?with=ja", "/nope", "/web/css/app.css", "/web/app.wasm?v=x", "/app-worker.js", "/healthz", "/", "/ko"} {
		for _, accept := range []string{"br", ""} {
			serve := func() http.Header {
				rec := httptest.NewRecorder()
				req := httptest.NewRequest(http.MethodGet, "http://localhost"+path, nil)
				req.Header.Set("Accept-Encoding", accept)
				h.ServeHTTP(rec, req)
				return rec.Header() // what the handler wrote into, not a copy
			}
			first := serve()
			want := first.Clone()
			for _, values := range first {
				for i := range values {
					values[i] = "overwritten"
				}
			}
			if got := serve(); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s (%q): overwriting one response's headers changed the next:\n%v\nwant\n%v", path, accept, got, want)
			}
		}
	}
}

// English pages, the glossary and lessons read beside their English ask
// for the Latin font with the page, so it is there for the first paint;
// other Korean and Japanese pages, which set their Latin letters in their
// own faces, do not fetch it. The font itself is served as a font, and the stylesheet names
// the same file.
func TestEnglishPagesPreloadTheLatinFontTheStylesheetNames(t *testing.T) {
	h := NewHandler(testWeb(t))
	for _, path := range []string{"/en/", "/en/lessons/pay", "/en/nowhere", "/ja/lessons/pay?with=en", "/ko/glossary"} {
		if link := get(t, h, path).Header.Get("Link"); !strings.Contains(link, "<"+latinFont+">; rel=preload; as=font") {
			t.Errorf("%s: Link %q does not preload %s", path, link, latinFont)
		}
	}
	for _, path := range []string{"/ko/", "/ja/lessons/pay", "/ja/lessons/pay?with=ko", "/web/css/app.css"} {
		if link := get(t, h, path).Header.Get("Link"); strings.Contains(link, latinFont) {
			t.Errorf("%s preloads the Latin font: %q", path, link)
		}
	}
	res := get(t, h, latinFont)
	if res.StatusCode != http.StatusOK || res.Header.Get("Content-Type") != "font/woff2" {
		t.Errorf("%s: %d %s", latinFont, res.StatusCode, res.Header.Get("Content-Type"))
	}
	css, _ := io.ReadAll(get(t, h, "/web/css/app.css").Body)
	if !strings.Contains(string(css), `url("`+latinFont+`")`) {
		t.Errorf("the stylesheet does not name %s", latinFont)
	}
}
