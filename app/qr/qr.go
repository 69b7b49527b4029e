// Package qr makes QR codes to draw as SVG: the text in byte mode at error
// correction level L, in the smallest version (1 to 40) that holds it, with
// the mask of the lowest penalty (ISO/IEC 18004, 7.8.3). The coding itself
// is rsc.io/qr/coding's; this package picks the version and the mask and
// draws the modules as one SVG path, so no image package is needed.
package qr

import (
	"errors"
	"strconv"
	"strings"

	"rsc.io/qr/coding"
)

// Level L restores up to 7% of the modules: the code is shown on a screen,
// where it is not scratched or stained, and L holds the most.
const level = coding.L

// MaxBytes is the most text a code holds: version 40, byte mode, level L.
const MaxBytes = 2953

// Quiet is the width of the light margin around a code, in modules.
const Quiet = 4

// ErrTooLong is returned for text longer than MaxBytes.
var ErrTooLong = errors.New("qr: text too long for one code")

// Code is a QR code: a square of Size modules a side.
type Code struct {
	Version int
	Mask    int
	code    *coding.Code
}

// Fits says whether text fits in one code.
func Fits(text string) bool { return len(text) <= MaxBytes }

// Encode makes the code of text.
func Encode(text string) (*Code, error) {
	if !Fits(text) {
		return nil, ErrTooLong
	}
	enc := coding.String(text)
	v := coding.Version(coding.MinVersion)
	for enc.Bits(v) > v.DataBytes(level)*8 {
		v++
	}
	var best *Code
	bestPenalty := 0
	for m := range 8 {
		p, err := coding.NewPlan(v, level, coding.Mask(m))
		if err != nil {
			return nil, err
		}
		c, err := p.Encode(enc)
		if err != nil {
			return nil, err
		}
		code := &Code{Version: int(v), Mask: m, code: c}
		if n := code.penalty(); best == nil || n < bestPenalty {
			best, bestPenalty = code, n
		}
	}
	return best, nil
}

// Size is how many modules the code has on a side, without the quiet zone.
func (c *Code) Size() int { return c.code.Size }

// Dark says whether the module in column x and row y is dark.
func (c *Code) Dark(x, y int) bool { return c.code.Black(x, y) }

// Path is the SVG path data of the dark modules, one unit a module, with
// the quiet zone around them: a view box of 0 0 Side() Side().
func (c *Code) Path() string {
	var b strings.Builder
	n := c.Size()
	for y := range n {
		for x := 0; x < n; {
			if !c.Dark(x, y) {
				x++
				continue
			}
			run := 1
			for x+run < n && c.Dark(x+run, y) {
				run++
			}
			w := strconv.Itoa(run)
			b.WriteString("M" + strconv.Itoa(x+Quiet) + " " + strconv.Itoa(y+Quiet) + "h" + w + "v1h-" + w + "z")
			x += run
		}
	}
	return b.String()
}

// Side is the width of the drawing in modules, the quiet zone included.
func (c *Code) Side() int { return c.Size() + 2*Quiet }

// penalty scores how hard the code would be to read (ISO/IEC 18004,
// 7.8.3.1): runs of one colour, 2×2 blocks, finder-like patterns and an
// uneven share of dark modules.
func (c *Code) penalty() int {
	n := c.Size()
	total, dark := 0, 0
	for _, across := range []bool{true, false} {
		at := func(i, j int) bool {
			if across {
				return c.Dark(j, i)
			}
			return c.Dark(i, j)
		}
		for i := range n {
			run := 0
			var bits uint32
			for j := range n {
				d := at(i, j)
				if j > 0 && d == at(i, j-1) {
					run++
				} else {
					run = 1
				}
				if run == 5 {
					total += 3
				} else if run > 5 {
					total++
				}
				bits = bits<<1 | b2u(d)
				// 1011101 with four light modules before or after it
				// (light beyond the edge counts).
				if j >= 10 {
					if w := bits & 0x7ff; w == 0x05d || w == 0x5d0 {
						total += 40
					}
				}
			}
		}
	}
	for y := range n {
		for x := range n {
			d := c.Dark(x, y)
			if d {
				dark++
			}
			if x+1 < n && y+1 < n && d == c.Dark(x+1, y) && d == c.Dark(x, y+1) && d == c.Dark(x+1, y+1) {
				total += 3
			}
		}
	}
	percent := dark * 100 / (n * n)
	dev := percent - 50
	if dev < 0 {
		dev = -dev
	}
	return total + dev/5*10
}

func b2u(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}
