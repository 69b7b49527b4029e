package qr

import (
	"image"
	"image/color"
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/makiuchi-d/gozxing"
	gozxingqr "github.com/makiuchi-d/gozxing/qrcode"
	"rsc.io/qr/coding"
)

// picture draws a code as a reader sees it: scale pixels a module, with
// the quiet zone, from the SVG path alone, so the path is what is read.
func picture(t *testing.T, c *Code, scale int) *image.Gray {
	t.Helper()
	side := c.Side() * scale
	img := image.NewGray(image.Rect(0, 0, side, side))
	for i := range img.Pix {
		img.Pix[i] = 0xff
	}
	rect := regexp.MustCompile(`^M(\d+) (\d+)h(\d+)v1h-(\d+)z`)
	path := c.Path()
	for path != "" {
		m := rect.FindStringSubmatch(path)
		if m == nil || m[3] != m[4] {
			t.Fatalf("path has something other than one-module-high rectangles: %.40q", path)
		}
		x, _ := strconv.Atoi(m[1])
		y, _ := strconv.Atoi(m[2])
		w, _ := strconv.Atoi(m[3])
		for py := y * scale; py < (y+1)*scale; py++ {
			for px := x * scale; px < (x+w)*scale; px++ {
				img.SetGray(px, py, color.Gray{})
			}
		}
		path = path[len(m[0]):]
	}
	return img
}

func read(t *testing.T, img image.Image) string {
	t.Helper()
	bmp, err := gozxing.NewBinaryBitmapFromImage(img)
	if err != nil {
		t.Fatal(err)
	}
	hints := map[gozxing.DecodeHintType]any{gozxing.DecodeHintType_PURE_BARCODE: true, gozxing.DecodeHintType_CHARACTER_SET: "UTF-8"}
	res, err := gozxingqr.NewQRCodeReader().Decode(bmp, hints)
	if err != nil {
		t.Fatalf("the code does not read: %v", err)
	}
	return res.GetText()
}

// linkLike is n characters of what a transfer link is made of.
func linkLike(n int) string {
	const chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
	r := rand.New(rand.NewPCG(1, uint64(n)))
	b := []byte("https://example.org/ko/data/receive#cxo1.")
	for len(b) < n {
		b = append(b, chars[r.IntN(len(chars))])
	}
	return string(b[:n])
}

func TestACodeReadsBackAsItsText(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		version int
	}{
		{"a short address", "https://example.org/", 2},
		{"17 bytes, the most version 1 holds at L", strings.Repeat("a", 17), 1},
		{"18 bytes, one more", strings.Repeat("a", 18), 2},
		{"a link of 300 characters", linkLike(300), 0},
		{"a link of 1,200 characters", linkLike(1200), 0},
		{"2,953 bytes, the most one code holds", linkLike(MaxBytes), 40},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Encode(tt.text)
			if err != nil {
				t.Fatal(err)
			}
			if c.Size() != 17+4*c.Version || c.Side() != c.Size()+8 {
				t.Errorf("version %d has %d modules a side", c.Version, c.Size())
			}
			if tt.version != 0 && c.Version != tt.version {
				t.Errorf("version %d, want %d", c.Version, tt.version)
			}
			scale := 4
			if c.Version > 20 {
				scale = 3
			}
			if got := read(t, picture(t, c, scale)); got != tt.text {
				t.Errorf("read %.60q…, want %.60q…", got, tt.text)
			}
		})
	}
}

func TestTextLongerThanOneCodeIsRefused(t *testing.T) {
	text := linkLike(MaxBytes + 1)
	if Fits(text) {
		t.Error("Fits says yes")
	}
	if _, err := Encode(text); err != ErrTooLong {
		t.Errorf("Encode: %v, want ErrTooLong", err)
	}
}

func TestTheMaskWithTheLowestPenaltyIsChosen(t *testing.T) {
	text := linkLike(500)
	best, err := Encode(text)
	if err != nil {
		t.Fatal(err)
	}
	masks := map[int]bool{}
	for _, n := range []int{40, 41, 42, 43, 44, 45, 46, 47, 48, 49} {
		c, _ := Encode(linkLike(n))
		masks[c.Mask] = true
	}
	if len(masks) < 2 {
		t.Errorf("ten texts all got mask %v: the mask is not chosen", masks)
	}
	// Every other mask scores at least as badly.
	for m := range 8 {
		if m == best.Mask {
			continue
		}
		other := encodeWithMask(t, text, m)
		if other.penalty() < best.penalty() {
			t.Errorf("mask %d scores %d, below the chosen mask %d's %d", m, other.penalty(), best.Mask, best.penalty())
		}
		if got := read(t, picture(t, other, 4)); got != text {
			t.Errorf("mask %d does not read back", m)
		}
	}
}

func TestThePenaltyCountsEachRule(t *testing.T) {
	square := func(n int, dark func(x, y int) bool) *Code {
		cc := &coding.Code{Size: n, Stride: (n + 7) &^ 7}
		cc.Bitmap = make([]byte, cc.Stride*n)
		for y := range n {
			for x := range n {
				if dark(x, y) {
					cc.Bitmap[y*cc.Stride+x/8] |= 1 << uint(7-x&7)
				}
			}
		}
		return &Code{code: cc}
	}
	tests := []struct {
		name string
		code *Code
		want int
	}{
		// Runs: 12 lines of 6 (3+1 each); blocks: 25 (3 each); no dark: 100.
		{"all light", square(6, func(x, y int) bool { return false }), 12*4 + 25*3 + 100},
		{"a checkerboard", square(6, func(x, y int) bool { return (x+y)%2 == 0 }), 0},
		// Row 0 is 1011101 then four light: 40 for the pattern; runs: 10
		// light rows (3+6 each), 5 columns under a dark module (3+5) and 6
		// light ones (3+6); blocks: 93 (3 each); 5 dark of 121 is 4%: 90.
		{"a finder-like row", square(11, func(x, y int) bool { return y == 0 && "10111010000"[x] == '1' }),
			40 + 10*9 + 5*8 + 6*9 + 93*3 + 90},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.code.penalty(); got != tt.want {
				t.Errorf("penalty %d, want %d", got, tt.want)
			}
		})
	}
}

func encodeWithMask(t *testing.T, text string, m int) *Code {
	t.Helper()
	enc := coding.String(text)
	v := coding.Version(coding.MinVersion)
	for enc.Bits(v) > v.DataBytes(level)*8 {
		v++
	}
	p, err := coding.NewPlan(v, level, coding.Mask(m))
	if err != nil {
		t.Fatal(err)
	}
	cc, err := p.Encode(enc)
	if err != nil {
		t.Fatal(err)
	}
	return &Code{Version: int(v), Mask: m, code: cc}
}
