package scan

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
)

// Box is a rectangle on a page image, in pixels from the top left.
type Box struct {
	X, Y, W, H int
}

// Union is the smallest box holding both.
func (b Box) Union(o Box) Box {
	if b.W == 0 && b.H == 0 {
		return o
	}
	x0, y0 := min(b.X, o.X), min(b.Y, o.Y)
	x1, y1 := max(b.X+b.W, o.X+o.W), max(b.Y+b.H, o.Y+o.H)
	return Box{x0, y0, x1 - x0, y1 - y0}
}

// Word is one word Tesseract read, with its box and confidence (0–100).
type Word struct {
	Text string  `json:"text"`
	Box  Box     `json:"box"`
	Conf float64 `json:"conf"`
}

// Page is one page as read: the image OCR ran on (PNG, 300 dpi, de-skewed),
// a one-page PDF of that image with the text layer, the words, the text in
// reading order, and what kind of page it is.
type Page struct {
	Number     int     `json:"number"` // from 1
	Width      int     `json:"width"`
	Height     int     `json:"height"`
	Words      []Word  `json:"words"`
	Text       string  `json:"text"`
	Confidence float64 `json:"confidence"` // mean of the words'
	Kind       Kind    `json:"kind"`
	PNG        []byte  `json:"-"`
	PDF        []byte  `json:"-"`
}

// Engine runs the rasteriser and Tesseract. The zero value works: English,
// as many pages at once as the machine has cores.
type Engine struct {
	Language string // Tesseract language (default "eng")
	Workers  int    // pages read at once (default: cores)
	Limits   Limits // zero: DefaultLimits
}

// ErrToolMissing means a program the engine runs is not installed.
var ErrToolMissing = errors.New("scan: an OCR program is not installed (run make setup: tesseract-ocr, poppler-utils, imagemagick)")

// Read rasterises and OCRs every page of a file Inspect accepted. progress,
// when set, is called after each page with the count done.
func (e *Engine) Read(ctx context.Context, data []byte, progress func(done, total int)) ([]Page, error) {
	lim := e.Limits
	if lim == (Limits{}) {
		lim = DefaultLimits
	}
	info, err := Inspect(ctx, data, lim)
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "umassist-scan-")
	if err != nil {
		return nil, fmt.Errorf("scan: %w", err)
	}
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "in."+string(info.Format))
	if err := os.WriteFile(in, data, 0o600); err != nil {
		return nil, fmt.Errorf("scan: %w", err)
	}
	var sizes []pageTarget
	if info.Format == FormatPDF {
		// Poppler draws each page into a bounded box whatever size the page
		// claims, so a PDF cannot ask for a gigapixel page.
		if err := run(ctx, nil, "pdftoppm", "-scale-to", "3400", "-gray", "-png", in, filepath.Join(dir, "r")); err != nil {
			return nil, err
		}
		for i := range info.Pages {
			sizes = append(sizes, pageTarget{src: rasterName(dir, i+1, info.Pages)})
		}
	} else {
		if sizes, err = imageTargets(in, data, info, lim); err != nil {
			return nil, err
		}
	}
	workers := e.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	lang := e.Language
	if lang == "" {
		lang = "eng"
	}
	pages := make([]Page, len(sizes))
	errs := make([]error, len(sizes))
	var mu sync.Mutex
	done := 0
	sem := make(chan struct{}, workers)
	var wg sync.WaitGroup
	for i := range sizes {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			if ctx.Err() != nil {
				errs[i] = ctx.Err()
				return
			}
			pages[i], errs[i] = readPage(ctx, dir, i+1, sizes[i], lang)
			mu.Lock()
			done++
			if progress != nil && errs[i] == nil {
				progress(done, len(sizes))
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("scan: page %d: %w", i+1, err)
		}
	}
	for i := range pages {
		pages[i].Kind = Classify(pages[i].Text)
	}
	return pages, nil
}

// rasterName is pdftoppm's file name for page n: its number is padded to
// the width of the page count.
func rasterName(dir string, n, total int) string {
	w := len(strconv.Itoa(total))
	return filepath.Join(dir, fmt.Sprintf("r-%0*d.png", w, n))
}

// pageTarget is where a page's pixels come from and the size to draw it
// at (0: as rasterised).
type pageTarget struct {
	src  string // file, with "[n]" for a TIFF frame
	w, h int
	// despeckle: a 1-bit page (a fax), whose noise is isolated dots. A
	// grey page keeps its thin strokes (an i's dot, a slash, a colon),
	// which the same filter would erase.
	despeckle bool
}

// Pages are drawn at 300 dpi, the resolution Tesseract reads best; a page
// that does not say its resolution is fitted into a letter page at 300 dpi.
const (
	targetDPI       = 300
	fitW, fitH      = 2550, 3400
	maxTargetPixels = 12_000_000
)

func imageTargets(in string, data []byte, info Info, lim Limits) ([]pageTarget, error) {
	var dims []tiffPage
	if info.Format == FormatTIFF {
		var err error
		if dims, err = tiffPages(data, lim); err != nil {
			return nil, err
		}
	} else {
		cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("scan: %w", err)
		}
		dims = []tiffPage{{W: cfg.Width, H: cfg.Height}}
	}
	out := make([]pageTarget, len(dims))
	for i, d := range dims {
		w, h := d.W, d.H
		if d.XRes > 0 && d.YRes > 0 {
			w = int(float64(d.W) * targetDPI / d.XRes)
			h = int(float64(d.H) * targetDPI / d.YRes)
		} else {
			s := min(float64(fitW)/float64(w), float64(fitH)/float64(h))
			w, h = int(float64(w)*s), int(float64(h)*s)
		}
		for w*h > maxTargetPixels {
			w, h = w*9/10, h*9/10
		}
		// Always name the frame: a PNG or JPEG that carries more than one
		// image is read for its first, the one Inspect measured.
		src := fmt.Sprintf("%s[%d]", in, i)
		out[i] = pageTarget{src: src, w: max(w, 1), h: max(h, 1), despeckle: d.Bilevel}
	}
	return out, nil
}

// readPage prepares one page (straightened, speckles removed, at 300 dpi)
// and reads it with Tesseract into words and a one-page PDF.
func readPage(ctx context.Context, dir string, n int, t pageTarget, lang string) (Page, error) {
	png := filepath.Join(dir, fmt.Sprintf("p-%03d.png", n))
	// De-skew first, at the page's own resolution (cheaper), then, for a
	// fax, a 3×3 median, which removes a fax line's speckles and keeps
	// its strokes, then resize to 300 dpi.
	args := []string{t.src, "-colorspace", "Gray", "-deskew", "40%", "+repage"}
	if t.despeckle {
		args = append(args, "-statistic", "Median", "3x3")
	}
	if t.w > 0 {
		args = append(args, "-filter", "Triangle", "-resize", fmt.Sprintf("%dx%d!", t.w, t.h))
	}
	args = append(args, "-units", "PixelsPerInch", "-density", strconv.Itoa(targetDPI), "-depth", "8", png)
	if err := run(ctx, []string{"MAGICK_THREAD_LIMIT=1"}, "convert", args...); err != nil {
		return Page{}, err
	}
	base := filepath.Join(dir, fmt.Sprintf("o-%03d", n))
	// One thread per Tesseract: pages run side by side, and Tesseract's own
	// OpenMP threads cost more than they give on a few cores.
	if err := run(ctx, []string{"OMP_THREAD_LIMIT=1"}, "tesseract", png, base, "-l", lang, "--psm", "3", "tsv", "pdf"); err != nil {
		return Page{}, err
	}
	img, err := os.ReadFile(png)
	if err != nil {
		return Page{}, fmt.Errorf("scan: %w", err)
	}
	tsv, err := os.ReadFile(base + ".tsv")
	if err != nil {
		return Page{}, fmt.Errorf("scan: %w", err)
	}
	pdf, err := os.ReadFile(base + ".pdf")
	if err != nil {
		return Page{}, fmt.Errorf("scan: %w", err)
	}
	cfg, _, err := image.DecodeConfig(bytes.NewReader(img))
	if err != nil {
		return Page{}, fmt.Errorf("scan: page image: %w", err)
	}
	words, err := ParseTSV(tsv)
	if err != nil {
		return Page{}, err
	}
	p := Page{Number: n, Width: cfg.Width, Height: cfg.Height, Words: words, PNG: img, PDF: pdf}
	p.Text = Rows(words).Text()
	p.Confidence = meanConf(words)
	return p, nil
}

func meanConf(ws []Word) float64 {
	if len(ws) == 0 {
		return 0
	}
	s := 0.0
	for _, w := range ws {
		s += w.Conf
	}
	return s / float64(len(ws))
}

// run runs a program; a missing program is ErrToolMissing, a failure
// carries the program's own words (never the page's text).
func run(ctx context.Context, env []string, name string, args ...string) error {
	if _, err := exec.LookPath(name); err != nil {
		return fmt.Errorf("%w: %s", ErrToolMissing, name)
	}
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Env = append(os.Environ(), env...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return fmt.Errorf("scan: %s: %w", name, ctx.Err())
		}
		msg := stderr.String()
		if len(msg) > 300 {
			msg = msg[:300]
		}
		return fmt.Errorf("scan: %s: %w: %s", name, err, msg)
	}
	return nil
}
