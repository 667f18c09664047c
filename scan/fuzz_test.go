package scan_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/umassist/umassist/scan"
)

// FuzzInspect: whatever bytes arrive, Inspect answers with page counts or
// an error, never a panic, and never accepts more pages than the limit.
// PDFs are left out: their pages are counted by a program (pdfinfo).
func FuzzInspect(f *testing.F) {
	f.Add([]byte("II*\x00\x08\x00\x00\x00\x01\x00\x00\x01\x04\x00\x01\x00\x00\x00\xc0\x06\x00\x00\x00\x00\x00\x00"))
	f.Add([]byte("MM\x00*\x00\x00\x00\x08"))
	f.Add(pngOf(10, 10))
	f.Add(hugePNG())
	f.Add(tiff(3, 1728, 2200, false))
	f.Add(tiff(2, 1728, 2200, true))
	f.Fuzz(func(t *testing.T, data []byte) {
		if bytes.HasPrefix(data, []byte("%PDF-")) {
			return
		}
		info, err := scan.Inspect(context.Background(), data, scan.DefaultLimits)
		if err == nil && (info.Pages < 1 || info.Pages > scan.DefaultLimits.MaxPages) {
			t.Fatalf("accepted %d pages", info.Pages)
		}
	})
}

// FuzzExtract: whatever text OCR gives, reading the request off it and
// confirming what was read never panics, and every field read has a page.
func FuzzExtract(f *testing.F) {
	f.Add("Member name: DOE, JANE        Date of birth: 01/02/1950\nCPT/HCPCS code(s): £060)\nICD-10 diagnosis code(s): [48.91, 142.0")
	f.Add("Patient: Pham, Thomas\nMember #: SC 19CDOJX 50\nUrgeney: Expedited\nNPI 1732783521\nRequested service: 27447 (Total knee)")
	f.Add("Review type: [X] Standard [X] Expedited\nTo: Medicare Uulization Management\nSeptember 1, 2026")
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 4000 {
			return
		}
		p := layout(1, scan.KindForm, strings.Split(text, "\n")...)
		x := scan.Extract([]scan.Page{p}, testCodes)
		for _, fl := range x.Fields {
			if fl.Page != 1 || fl.Value == "" {
				t.Fatalf("field %+v", fl)
			}
		}
		_ = x.Waits()
		_, _ = scan.Confirm(x.Values(), testCodes)
	})
}
