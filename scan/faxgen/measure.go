package faxgen

import (
	"context"
	"fmt"
	"time"

	"github.com/umassist/umassist/scan"
)

// Condition is how a set of packets is faxed.
type Condition struct {
	Name    string  `json:"name"`
	Degrade Degrade `json:"degrade"`
}

// Conditions are the fax conditions measured: a clean fax, one fed in
// crooked through a dirty line, and one that was a JPEG scan before it
// was faxed, crooked and speckled too.
var Conditions = []Condition{
	{Name: "fax 204×196 1-bit", Degrade: Degrade{}},
	{Name: "fax, skewed 1.2°, speckled", Degrade: Degrade{SkewDegrees: 1.2, Noise: 0.02}},
	{Name: "fax, skewed -1.6°, speckled, JPEG q35", Degrade: Degrade{SkewDegrees: -1.6, Noise: 0.03, JPEGQuality: 35}},
}

// Result is one condition's measurement.
type Result struct {
	Condition string  `json:"condition"`
	Packets   int     `json:"packets"`
	Score     Score   `json:"score"`
	FieldAcc  float64 `json:"field_accuracy"`
	PageAcc   float64 `json:"page_accuracy"`
	// PerField is each field's exact reads and total.
	PerField map[string][2]int `json:"per_field"`
	// OCRSeconds is the time spent reading the pages (not making them).
	OCRSeconds   float64 `json:"ocr_seconds"`
	PagesPerSec  float64 `json:"pages_per_second"`
	WaitsFlagged int     `json:"packets_flagged"` // packets with something for the nurse to check first
	// MissedButNotFlagged counts fields read wrong that no wait pointed
	// at: the errors a nurse would not be steered to.
	MissedButNotFlagged int `json:"missed_not_flagged"`
}

// Measure makes n packets per condition (seeded: the same every run),
// faxes them, reads them with eng and scores every field and page.
func Measure(ctx context.Context, eng *scan.Engine, codes *scan.CodeList, seed uint64, n int, conds []Condition, progress func(done, total int)) ([]Result, error) {
	var out []Result
	done, total := 0, n*len(conds)
	for ci, c := range conds {
		r := Result{Condition: c.Name, PerField: map[string][2]int{}}
		var ocr time.Duration
		for i := range n {
			p := Random(seed, ci*1000+i)
			pdf, truth, err := p.PDF()
			if err != nil {
				return nil, err
			}
			tif, err := Fax(ctx, pdf, c.Degrade)
			if err != nil {
				return nil, err
			}
			start := time.Now()
			pages, err := eng.Read(ctx, tif, nil)
			if err != nil {
				return nil, fmt.Errorf("faxgen: %s: %w", p.Name, err)
			}
			ocr += time.Since(start)
			x := scan.Extract(pages, codes)
			got := map[string]string{}
			for _, f := range x.Fields {
				got[string(f.Name)] = f.Value
			}
			kinds := make([]string, len(pages))
			for j, pg := range pages {
				kinds[j] = string(pg.Kind)
			}
			s := Compare(p.Name, truth, got, kinds)
			r.Score.Add(s)
			r.Packets++
			if len(x.Waits()) > 0 {
				r.WaitsFlagged++
			}
			for f, want := range truth.Fields {
				pf := r.PerField[f]
				pf[1]++
				if same(got[f], want) {
					pf[0]++
				} else if !flagged(x, scan.FieldName(f)) {
					r.MissedButNotFlagged++
				}
				r.PerField[f] = pf
			}
			done++
			if progress != nil {
				progress(done, total)
			}
		}
		r.FieldAcc, r.PageAcc = r.Score.FieldAccuracy(), r.Score.PageAccuracy()
		r.OCRSeconds = ocr.Seconds()
		if ocr > 0 {
			r.PagesPerSec = float64(r.Score.Pages) / ocr.Seconds()
		}
		out = append(out, r)
	}
	return out, nil
}

// flagged reports whether the nurse is pointed at a field: not read, read
// with low confidence, or doubtful.
func flagged(x scan.Extraction, n scan.FieldName) bool {
	f := x.Get(n)
	return f.Value == "" || f.Problem != "" || f.Conf < scan.LowConfidence
}
