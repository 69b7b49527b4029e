// Command icons draws the app's PNG icons (web/icons/icon-192.png,
// icon-512.png and icon-maskable.png) to match web/icons/icon.svg: three
// rising steps and a goal on a navy tile. It also copies the interface
// icons, web/icons/ui/*.svg, into the stylesheet (web/css/app.css) as data:
// addresses. Run it from the repository root after changing the design; the
// PNGs and the stylesheet are committed.
package main

import (
	"image"
	"image/color"
	"image/png"
	"log"
	"math"
	"os"
)

var (
	navy = color.RGBA{0x1f, 0x3a, 0x5f, 0xff}
	gold = color.RGBA{0xe8, 0xb0, 0x4a, 0xff}
	sky  = color.RGBA{0xc9, 0xdc, 0xf0, 0xff}
)

// draw renders the icon at size pixels. Coordinates are on the SVG's 0–100
// grid; scale < 1 shrinks the motif toward the centre (the maskable safe
// zone) and round gives the tile rounded corners.
func draw(size int, scale float64, round bool) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, size, size))
	s := float64(size) / 100
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			u, v := (float64(x)+0.5)/s, (float64(y)+0.5)/s
			if round && !inRoundedRect(u, v, 0, 0, 100, 100, 22) {
				continue
			}
			img.Set(x, y, navy)
			// Undo the motif's scale around the centre.
			mu, mv := 50+(u-50)/scale, 50+(v-50)/scale
			switch {
			case inRoundedRect(mu, mv, 20, 60, 20, 20, 3),
				inRoundedRect(mu, mv, 40, 45, 20, 35, 3),
				inRoundedRect(mu, mv, 60, 30, 20, 50, 3):
				img.Set(x, y, gold)
			case math.Hypot(mu-70, mv-18) <= 7:
				img.Set(x, y, sky)
			}
		}
	}
	return img
}

func inRoundedRect(u, v, x, y, w, h, r float64) bool {
	if u < x || v < y || u > x+w || v > y+h {
		return false
	}
	cx := math.Max(x+r, math.Min(u, x+w-r))
	cy := math.Max(y+r, math.Min(v, y+h-r))
	return math.Hypot(u-cx, v-cy) <= r
}

func write(name string, img image.Image) {
	f, err := os.Create(name)
	if err != nil {
		log.Fatal(err)
	}
	if err := png.Encode(f, img); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}

func main() {
	write("web/icons/icon-192.png", draw(192, 1, true))
	write("web/icons/icon-512.png", draw(512, 1, true))
	write("web/icons/icon-maskable.png", draw(512, 0.72, false))

	block, err := iconCSS("web/icons/ui")
	if err != nil {
		log.Fatal(err)
	}
	css, err := os.ReadFile(stylesheet)
	if err != nil {
		log.Fatal(err)
	}
	css, err = spliceIcons(css, block)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(stylesheet, css, 0o644); err != nil {
		log.Fatal(err)
	}
}

// stylesheet is the app's one stylesheet, which carries the icons.
const stylesheet = "web/css/app.css"
