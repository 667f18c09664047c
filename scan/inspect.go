package scan

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"image"
	_ "image/jpeg" // DecodeConfig for JPEG pages
	_ "image/png"  // DecodeConfig for PNG pages
	"os"
	"os/exec"
	"regexp"
	"strconv"

	"github.com/umassist/umassist"
)

// Format is a file's kind, read from its first bytes (never its name or
// declared content type).
type Format string

// Formats a packet may arrive in.
const (
	FormatPDF  Format = "pdf"
	FormatTIFF Format = "tiff"
	FormatPNG  Format = "png"
	FormatJPEG Format = "jpeg"
)

// ContentType is the format's media type.
func (f Format) ContentType() string {
	switch f {
	case FormatPDF:
		return "application/pdf"
	case FormatTIFF:
		return "image/tiff"
	case FormatPNG:
		return "image/png"
	case FormatJPEG:
		return "image/jpeg"
	}
	return "application/octet-stream"
}

// Limits bound what a packet may be. A fax of a PA form and its records is
// a few to a few dozen pages; a file past these is refused, not truncated.
type Limits struct {
	MaxBytes      int // the file itself
	MaxPages      int
	MaxPagePixels int // width × height of one page as declared
}

// DefaultLimits: 40 MB, 100 pages, 60 million pixels a page (a letter page
// at 600 dpi is 34 million).
var DefaultLimits = Limits{MaxBytes: 40 << 20, MaxPages: 100, MaxPagePixels: 60_000_000}

// Info is what Inspect learned about a file.
type Info struct {
	Format Format
	Pages  int
}

// Sniff names the file's format from its magic bytes; EINVALID when it is
// none of those a packet may be.
func Sniff(data []byte) (Format, error) {
	switch {
	case bytes.HasPrefix(data, []byte("%PDF-")):
		return FormatPDF, nil
	case bytes.HasPrefix(data, []byte("II*\x00")), bytes.HasPrefix(data, []byte("MM\x00*")):
		return FormatTIFF, nil
	case bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")):
		return FormatPNG, nil
	case bytes.HasPrefix(data, []byte("\xff\xd8\xff")):
		return FormatJPEG, nil
	}
	return "", ErrNotAPacketFile
}

// ErrNotAPacketFile is Sniff's answer to a file that is none of the
// formats a packet may be (an HTTP caller answers 415).
var ErrNotAPacketFile = umassist.Errorf(umassist.EINVALID, "scan: not a PDF, TIFF, PNG or JPEG file")

// Inspect checks a file against the limits without decoding its pages: its
// format, its page count and each page's declared size. A TIFF's
// directories are walked here (a "zip bomb" TIFF declares a page of
// billions of pixels in a few bytes); a PDF's pages are counted by
// Poppler's pdfinfo.
func Inspect(ctx context.Context, data []byte, lim Limits) (Info, error) {
	if lim.MaxBytes > 0 && len(data) > lim.MaxBytes {
		return Info{}, umassist.Errorf(umassist.EINVALID, "scan: the file is %d MB; the limit is %d MB", len(data)>>20, lim.MaxBytes>>20)
	}
	f, err := Sniff(data)
	if err != nil {
		return Info{}, err
	}
	info := Info{Format: f}
	switch f {
	case FormatTIFF:
		pages, err := tiffPages(data, lim)
		if err != nil {
			return Info{}, err
		}
		info.Pages = len(pages)
	case FormatPDF:
		n, err := pdfPages(ctx, data)
		if err != nil {
			return Info{}, err
		}
		info.Pages = n
	default:
		cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
		if err != nil {
			return Info{}, umassist.Errorf(umassist.EINVALID, "scan: unreadable %s image: %v", f, err)
		}
		if err := pageSize(1, cfg.Width, cfg.Height, lim); err != nil {
			return Info{}, err
		}
		info.Pages = 1
	}
	if info.Pages == 0 {
		return Info{}, umassist.Errorf(umassist.EINVALID, "scan: the file has no pages")
	}
	if lim.MaxPages > 0 && info.Pages > lim.MaxPages {
		return Info{}, umassist.Errorf(umassist.EINVALID, "scan: the file has %d pages; a packet may have at most %d (split it)", info.Pages, lim.MaxPages)
	}
	return info, nil
}

func pageSize(page, w, h int, lim Limits) error {
	if w <= 0 || h <= 0 {
		return umassist.Errorf(umassist.EINVALID, "scan: page %d has no size", page)
	}
	if lim.MaxPagePixels > 0 && int64(w)*int64(h) > int64(lim.MaxPagePixels) {
		return umassist.Errorf(umassist.EINVALID, "scan: page %d declares %d×%d pixels, more than a scanned page can be", page, w, h)
	}
	return nil
}

// tiffPage is a TIFF page's declared size and resolution (dots per inch;
// 0 when the page does not say).
type tiffPage struct {
	W, H       int
	XRes, YRes float64
	// Bilevel: one bit a pixel (every fax page): speckle is its noise.
	Bilevel bool
}

// tiffPages walks a TIFF's image directories (at most MaxPages+1, each
// offset visited once, so a loop of directories ends) and reads each
// page's declared width and height.
func tiffPages(data []byte, lim Limits) ([]tiffPage, error) {
	bad := func(why string) error { return umassist.Errorf(umassist.EINVALID, "scan: broken TIFF: %s", why) }
	if len(data) < 8 {
		return nil, bad("shorter than its header")
	}
	var bo binary.ByteOrder = binary.LittleEndian
	if data[0] == 'M' {
		bo = binary.BigEndian
	}
	off := int64(bo.Uint32(data[4:8]))
	seen := map[int64]bool{}
	var pages []tiffPage
	for off != 0 {
		if seen[off] {
			return nil, bad("its pages loop")
		}
		seen[off] = true
		if off+2 > int64(len(data)) {
			return nil, bad("a page directory lies outside the file")
		}
		n := int64(bo.Uint16(data[off:]))
		end := off + 2 + n*12
		if end+4 > int64(len(data)) {
			return nil, bad("a page directory runs past the end of the file")
		}
		var p tiffPage
		unit := 2 // inches, TIFF's default
		for i := range n {
			e := data[off+2+i*12:]
			tag, typ := bo.Uint16(e), bo.Uint16(e[2:])
			var v int
			var r float64
			switch typ {
			case 3: // SHORT
				v = int(bo.Uint16(e[8:]))
			case 4: // LONG
				v = int(bo.Uint32(e[8:]))
			case 5: // RATIONAL, stored elsewhere
				if at := int64(bo.Uint32(e[8:])); at+8 <= int64(len(data)) {
					if den := bo.Uint32(data[at+4:]); den != 0 {
						r = float64(bo.Uint32(data[at:])) / float64(den)
					}
				}
			}
			switch tag {
			case 256:
				p.W = v
			case 257:
				p.H = v
			case 258: // BitsPerSample
				p.Bilevel = p.Bilevel || v == 1
			case 259: // Compression: CCITT RLE, G3, G4 are fax encodings
				p.Bilevel = p.Bilevel || v == 2 || v == 3 || v == 4
			case 282:
				p.XRes = r
			case 283:
				p.YRes = r
			case 296:
				unit = v
			}
		}
		switch {
		case unit == 3: // centimetres
			p.XRes, p.YRes = p.XRes*2.54, p.YRes*2.54
		case unit != 2, p.XRes < 50, p.YRes < 50, p.XRes > 1200, p.YRes > 1200:
			p.XRes, p.YRes = 0, 0 // no usable resolution: fit the page instead
		}
		pages = append(pages, p)
		if err := pageSize(len(pages), p.W, p.H, lim); err != nil {
			return nil, err
		}
		if lim.MaxPages > 0 && len(pages) > lim.MaxPages {
			return nil, umassist.Errorf(umassist.EINVALID, "scan: the file has more than %d pages; a packet may have at most %d (split it)", lim.MaxPages, lim.MaxPages)
		}
		off = int64(bo.Uint32(data[end:]))
	}
	return pages, nil
}

var pdfinfoPages = regexp.MustCompile(`(?m)^Pages:\s+(\d+)`)

// pdfPages counts a PDF's pages with Poppler's pdfinfo.
func pdfPages(ctx context.Context, data []byte) (int, error) {
	f, err := os.CreateTemp("", "umassist-scan-*.pdf")
	if err != nil {
		return 0, fmt.Errorf("scan: %w", err)
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(data); err != nil {
		f.Close()
		return 0, fmt.Errorf("scan: %w", err)
	}
	if err := f.Close(); err != nil {
		return 0, fmt.Errorf("scan: %w", err)
	}
	cmd := exec.CommandContext(ctx, "pdfinfo", f.Name())
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return 0, fmt.Errorf("scan: pdfinfo: %w", ctx.Err())
		}
		if _, lookErr := exec.LookPath("pdfinfo"); lookErr != nil {
			return 0, fmt.Errorf("scan: pdfinfo (poppler-utils) is not installed: %w", lookErr)
		}
		return 0, umassist.Errorf(umassist.EINVALID, "scan: unreadable PDF")
	}
	m := pdfinfoPages.FindSubmatch(out.Bytes())
	if m == nil {
		return 0, umassist.Errorf(umassist.EINVALID, "scan: unreadable PDF (no page count)")
	}
	n, _ := strconv.Atoi(string(m[1]))
	return n, nil
}
