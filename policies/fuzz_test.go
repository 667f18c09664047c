package policies_test

import (
	"testing"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/policies"
)

// FuzzParseSections: any HTML gives blocks with unique keys and non-empty
// text, and chunks into valid, unique passage ids; never a panic.
func FuzzParseSections(f *testing.F) {
	f.Add(`<p><strong>B. Covered</p></strong><ol><li>one<ul><li>a</ul><li>two</ol><p>after</p>`)
	f.Add(`<p>1. x</p><p>2. y</p><p>1. again</p>`)
	f.Add(`<table><tr><td>a<td>b</table><ol><li><ol><li>deep</ol></ol>`)
	f.Fuzz(func(t *testing.T, src string) {
		blocks, err := policies.ParseSections("NCD 1.1", "A", "General", src)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for _, b := range blocks {
			if seen[b.Key] || b.Text == "" {
				t.Fatalf("block %q duplicate or empty", b.Key)
			}
			seen[b.Key] = true
		}
		ps, err := policies.DefaultChunker().Chunk("NCD 1.1", "1", blocks)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range ps {
			if !umassist.PassageIDRE.MatchString(p.ID) {
				t.Fatalf("bad passage id %q", p.ID)
			}
		}
	})
}
