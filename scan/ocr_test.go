package scan_test

import (
	"context"
	"testing"

	"github.com/umassist/umassist/internal/sourcetree"
	"github.com/umassist/umassist/scan"
	"github.com/umassist/umassist/scan/faxgen"
)

// TestReadsGeneratedFaxes runs the real pipeline (Ghostscript renders the
// fax, ImageMagick degrades it, Tesseract reads it) on one packet of each
// form layout, in the hardest fax condition: multi-page G4 TIFFs, skewed,
// speckled and through JPEG. It gates what README reports from
// `umassist intake bench`: fields read exactly, every page's kind, and no
// misread field that the nurse is not pointed to.
func TestReadsGeneratedFaxes(t *testing.T) {
	if testing.Short() {
		t.Skip("OCR of generated faxes takes about half a minute")
	}
	codes, err := scan.LoadCodeList(sourcetree.SharedData("codes"))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	res, err := faxgen.Measure(ctx, &scan.Engine{}, codes, 2026, faxgen.Layouts, faxgen.Conditions[len(faxgen.Conditions)-1:], nil)
	if err != nil {
		t.Fatal(err)
	}
	r := res[0]
	t.Logf("%s: fields %.3f (%d/%d), pages %.3f, %.2f pages/s", r.Condition, r.FieldAcc, r.Score.FieldsExact, r.Score.Fields, r.PageAcc, r.PagesPerSec)
	for _, m := range r.Score.Misses {
		t.Log("miss:", m)
	}
	if r.FieldAcc < 0.9 {
		t.Errorf("fields read exactly %.3f, want at least 0.9", r.FieldAcc)
	}
	if r.PageAcc < 1 {
		t.Errorf("page kinds right %.3f, want every page", r.PageAcc)
	}
	if r.MissedButNotFlagged > 0 {
		t.Errorf("%d misread fields were not flagged for the nurse", r.MissedButNotFlagged)
	}
}

// BenchmarkReadFaxPage measures pages read per second (rasterise,
// de-skew, OCR) on a generated three-page fax.
func BenchmarkReadFaxPage(b *testing.B) {
	ctx := context.Background()
	p := faxgen.Random(1, 0)
	p.Cover = false
	pdf, truth, err := p.PDF()
	if err != nil {
		b.Fatal(err)
	}
	tif, err := faxgen.Fax(ctx, pdf, faxgen.Conditions[1].Degrade)
	if err != nil {
		b.Fatal(err)
	}
	eng := &scan.Engine{}
	b.ResetTimer()
	for b.Loop() {
		if _, err := eng.Read(ctx, tif, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(truth.Pages)*b.N)/b.Elapsed().Seconds(), "pages/s")
}
