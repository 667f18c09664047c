package scan_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/png"
	"strings"
	"testing"

	"github.com/go-pdf/fpdf"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/scan"
	"github.com/umassist/umassist/scan/scantest"
)

var tiff = scantest.TIFF

func pdfPages(n int) []byte {
	p := fpdf.New("P", "mm", "Letter", "")
	p.SetFont("Helvetica", "", 12)
	for i := range n {
		p.AddPage()
		p.Cell(40, 10, "page "+string(rune('a'+i%26)))
	}
	var b bytes.Buffer
	if err := p.Output(&b); err != nil {
		panic(err)
	}
	return b.Bytes()
}

func pngOf(w, h int) []byte {
	var b bytes.Buffer
	_ = png.Encode(&b, image.NewGray(image.Rect(0, 0, w, h)))
	return b.Bytes()
}

// hugePNG is a valid PNG header declaring 200000×200000 pixels.
func hugePNG() []byte {
	b := pngOf(1, 1)
	binary.BigEndian.PutUint32(b[16:], 200000)
	binary.BigEndian.PutUint32(b[20:], 200000)
	binary.BigEndian.PutUint32(b[29:], crc32.ChecksumIEEE(b[12:29])) // the IHDR chunk's CRC
	return b
}

func TestInspectRefusesBadFiles(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name  string
		data  []byte
		want  string // in the error; "" means accepted
		pages int
	}{
		{"a text file", []byte("Dear reviewer, please approve."), "not a PDF, TIFF, PNG or JPEG", 0},
		{"an empty file", nil, "not a PDF, TIFF, PNG or JPEG", 0},
		{"a zip", []byte("PK\x03\x04rest"), "not a PDF, TIFF, PNG or JPEG", 0},
		{"a TIFF with no pages", []byte("II*\x00\x00\x00\x00\x00"), "no pages", 0},
		{"a TIFF of 500 pages", tiff(500, 1728, 2200, false), "at most 100", 0},
		{"a zip-bomb TIFF (one page of 100000×100000)", tiff(1, 100000, 100000, false), "more than a scanned page can be", 0},
		{"a TIFF whose pages loop", tiff(3, 1728, 2200, true), "loop", 0},
		{"a TIFF cut short", tiff(2, 1728, 2200, false)[:30], "runs past the end", 0},
		{"a PNG declaring 200000×200000", hugePNG(), "more than a scanned page can be", 0},
		{"a PDF of 500 pages", pdfPages(500), "500 pages; a packet may have at most 100", 0},
		{"a broken PDF", []byte("%PDF-1.4\ngarbage"), "unreadable PDF", 0},
		{"a fax TIFF of 3 pages", tiff(3, 1728, 2200, false), "", 3},
		{"a PDF of 2 pages", pdfPages(2), "", 2},
		{"a PNG page", pngOf(850, 1100), "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			info, err := scan.Inspect(ctx, tt.data, scan.DefaultLimits)
			if tt.want == "" {
				if err != nil || info.Pages != tt.pages {
					t.Fatalf("Inspect = %+v, %v; want %d pages", info, err, tt.pages)
				}
				return
			}
			if err == nil {
				t.Fatalf("accepted (%+v), want an error with %q", info, tt.want)
			}
			if umassist.ErrorCode(err) != umassist.EINVALID || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %q (code %s), want EINVALID with %q", err, umassist.ErrorCode(err), tt.want)
			}
		})
	}
}
