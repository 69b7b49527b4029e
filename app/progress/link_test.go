package progress

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"hash/crc32"
	"io"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/cxopath/cxopath/app/practice"
)

// linkDoc is a document with something of every kind.
func linkDoc() *Document {
	d := New()
	d.Revision = 7
	d.SetDone("pay", true, "2026-11-20")
	d.Answer("pay", "q1", 2)
	d.Answer("cio-role", "q3", 1)
	d.Rate("bcp", 3, "2026-11-21")
	d.SetCard("cto-role", practice.Rate(practice.Card{}, practice.Easy, now))
	d.SetDraft("cto-role", "기술과 경영의 가교、ブリッジ")
	d.Study.Goal.Minutes = 10
	return d
}

// EncodeLink makes the payload of a transfer link of d, deflated as the
// browser's CompressionStream("deflate-raw") does.
func EncodeLink(d *Document) (string, error) {
	doc, err := json.Marshal(d)
	if err != nil {
		return "", err
	}
	var deflated bytes.Buffer
	w, _ := flate.NewWriter(&deflated, flate.BestCompression)
	w.Write(doc)
	if err := w.Close(); err != nil {
		return "", err
	}
	return WrapLink(deflated.Bytes()), nil
}

// DecodeLink reads a payload as the receiving page does: unwrapped,
// inflated (no more than MaxImport and one byte), then read.
func DecodeLink(payload string, k Known, now time.Time) (*Document, Report, *Problem) {
	deflated, problem := UnwrapLink(payload)
	if problem != nil {
		return nil, Report{}, problem
	}
	doc, err := io.ReadAll(io.LimitReader(flate.NewReader(bytes.NewReader(deflated)), MaxImport+1))
	if err != nil {
		return nil, Report{}, &Problem{Damaged, err.Error()}
	}
	return ReadLink(doc, k, now)
}

// wrap makes a payload of any bytes as EncodeLink would deflate them, so a
// test can carry what the app itself never writes.
func wrap(t *testing.T, doc []byte) string {
	t.Helper()
	var deflated bytes.Buffer
	w, _ := flate.NewWriter(&deflated, flate.BestSpeed)
	w.Write(doc)
	w.Close()
	return WrapLink(deflated.Bytes())
}

func TestATransferLinkReadsBackAsTheSameDocument(t *testing.T) {
	for name, d := range map[string]*Document{"everything": linkDoc(), "one lesson": func() *Document {
		d := New()
		d.SetDone("kinds-of-cto", true, "2026-11-01")
		return d
	}()} {
		t.Run(name, func(t *testing.T) {
			payload, err := EncodeLink(d)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(payload, "cxo1.") || strings.ContainsAny(payload[5:], "+/=.#%&? ") {
				t.Errorf("payload %q is not marked base64url", payload)
			}
			got, report, problem := DecodeLink(payload, known, now)
			if problem != nil {
				t.Fatal(problem)
			}
			if report != (Report{}) {
				t.Errorf("report = %+v", report)
			}
			if !reflect.DeepEqual(got, d) {
				t.Errorf("read back %+v, want %+v", got, d)
			}
		})
	}
}

func TestATransferLinkIsCompressed(t *testing.T) {
	d := linkDoc()
	for i := range 40 {
		d.Rate([]string{"bcp", "choose-stack", "one-on-ones"}[i%3], i%4, "2026-11-21")
		d.SetDraft("cio-role", strings.Repeat("the same draft again and again ", 30))
	}
	doc, _ := EncodeLink(d)
	plain := len(base64.RawURLEncoding.EncodeToString(mustJSON(t, d)))
	if len(doc)*2 > plain {
		t.Errorf("the link is %d characters, the plain document %d: not compressed", len(doc), plain)
	}
}

func TestEveryBadTransferLinkIsRefusedWithItsReason(t *testing.T) {
	good, _ := EncodeLink(linkDoc())
	body := good[len("cxo1."):]
	flip := func(s string, i int) string {
		c := byte('A')
		if s[i] == 'A' {
			c = 'B'
		}
		return s[:i] + string(c) + s[i+1:]
	}
	tests := []struct {
		name    string
		payload string
		want    ProblemKind
	}{
		{"empty", "", Foreign},
		{"another app's fragment", "section-2", Foreign},
		{"a share link of the results", "r1.abc", Foreign},
		{"no version", "cxo." + body, Foreign},
		{"a version with a sign", "cxo+1." + body, Foreign},
		{"a version with a leading zero", "cxo01." + body, Foreign},
		{"version zero", "cxo0." + body, Foreign},
		{"a newer version", "cxo2." + body, Future},
		{"a far newer version", "cxo12." + body, Future},
		{"nothing after the marker", "cxo1.", Truncated},
		{"cut to its first character", good[:6], Truncated},
		{"cut in half", good[:len(good)/2], Truncated},
		{"cut by one character", good[:len(good)-1], Truncated},
		{"cut by two characters", good[:len(good)-2], Truncated},
		{"cut by five characters", good[:len(good)-5], Truncated},
		{"a character changed in the middle", flip(good, len(good)/2), Damaged},
		{"a character changed near the end", flip(good, len(good)-3), Damaged},
		{"a character that is not base64url", good[:20] + "*" + good[21:], Damaged},
		{"padded base64", good + "==", Damaged},
		{"with more after it", good + "AAAA", Damaged},
		{"standard base64 instead", "cxo1." + strings.NewReplacer("-", "+", "_", "/").Replace(body) + "+/", Damaged},
		{"a length far too long", "cxo1." + base64.RawURLEncoding.EncodeToString(binary.AppendUvarint(nil, 1<<40)), Damaged},
		{"a checksum right over bytes that do not inflate", func() string {
			raw := binary.AppendUvarint(nil, 3)
			raw = append(raw, 0xff, 0xff, 0xff)
			raw = binary.BigEndian.AppendUint32(raw, crc32.ChecksumIEEE(raw))
			return "cxo1." + base64.RawURLEncoding.EncodeToString(raw)
		}(), Damaged},
		{"a document that is not JSON", wrap(t, []byte("not json")), Damaged},
		{"another app's document", wrap(t, []byte(`{"app":"other","version":1}`)), Foreign},
		{"a document from a newer schema", wrap(t, []byte(`{"app":"cxopath-progress","version":99}`)), Future},
		{"a document with nothing for this course", wrap(t, []byte(`{"app":"cxopath-progress","version":3,"lessons":{"gone":{"done":true}}}`)), Blank},
		{"a link longer than any the app makes", "cxo1." + strings.Repeat("A", MaxLink+1), Huge},
		{"a document that inflates past the limit", wrap(t, bytes.Repeat([]byte(" "), MaxImport+1)), Huge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, _, problem := DecodeLink(tt.payload, known, now)
			if problem == nil || problem.Kind != tt.want {
				t.Fatalf("DecodeLink = %v, %v; want a %s link refused", d, problem, tt.want)
			}
			if d != nil {
				t.Errorf("a refused link gave a document: %+v", d)
			}
		})
	}
}

func TestEveryCutOfATransferLinkIsRefused(t *testing.T) {
	good, _ := EncodeLink(linkDoc())
	for n := len("cxo1."); n < len(good); n++ {
		if _, _, problem := DecodeLink(good[:n], known, now); problem == nil || problem.Kind != Truncated {
			t.Errorf("cut to %d of %d characters: %v, want truncated", n, len(good), problem)
		}
	}
}

func TestATransferLinkIsCheckedAsAFileIs(t *testing.T) {
	payload := wrap(t, []byte(`{"app":"cxopath-progress","version":3,"lessons":{"pay":{"done":true,"answers":{"q1":9,"q2":1}}}}`))
	d, report, problem := DecodeLink(payload, known, now)
	if problem != nil {
		t.Fatal(problem)
	}
	if report.Answers != 1 || len(d.Lessons["pay"].Answers) != 1 {
		t.Errorf("report %+v, answers %v: the answer out of range was kept", report, d.Lessons["pay"].Answers)
	}
}

func mustJSON(t *testing.T, d *Document) []byte {
	t.Helper()
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
