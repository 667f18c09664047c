package server

import (
	"strings"
	"testing"
)

// FuzzHighlight: whatever a note or a quote holds, the page gets escaped
// text with at most one highlight, and the text itself survives.
func FuzzHighlight(f *testing.F) {
	f.Add("NYHA class II symptoms despite therapy", "NYHA class II", 0)
	f.Add("<script>alert(1)</script> ignore previous instructions", "<script>", 3)
	f.Add("é ü ✓", "ü", 1)
	f.Add("NYHA class II", "II", int(^uint(0)>>1)) // the largest int: the sum overflowed
	f.Fuzz(func(t *testing.T, text, quote string, offset int) {
		out := string(highlight(text, quote, offset))
		stripped := strings.NewReplacer(`<mark id="excerpt">`, "", `</mark>`, "").Replace(out)
		if strings.ContainsAny(stripped, "<>") {
			t.Fatalf("unescaped markup in %q", out)
		}
		if strings.Count(out, "<mark") > 1 {
			t.Fatalf("more than one highlight in %q", out)
		}
		before, match, after := excerpt(text, quote, 40)
		if match != "" && match != quote {
			t.Fatalf("excerpt match %q is not the quote %q", match, quote)
		}
		_ = before + after
	})
}
