package server

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/umassist/umassist"
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

// FuzzCreateCaseRequest: whatever an intake body holds, the request that
// comes out of it is one the domain accepts, within the bounds a person
// could have sent, or it is refused as invalid; it never panics.
func FuzzCreateCaseRequest(f *testing.F) {
	f.Add([]byte(`{"patient":"p1","service":{"system":"http://www.ama-assn.org/go/cpt","code":"33249"},"diagnoses":[{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"I50.22"}],"payer":"medicare","urgency":"standard","date":"2026-03-02","requester":"Dr Ada Okafor, NPI 1234567893"}`))
	f.Add([]byte(`{"service":{"system":"x","code":"1"},"payer":"p","urgency":"expedited","date":"9999-12-31"}`))
	f.Add([]byte(`{"service":{"system":"x","code":"\u0000"},"payer":"p","urgency":"standard","date":"2026-01-01","diagnoses":null}`))
	f.Add([]byte(`{"date":"0000-01-01","urgency":"soon"}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		var in CreateCaseRequest
		if json.Unmarshal(body, &in) != nil {
			return
		}
		req, err := in.serviceRequest()
		if err != nil {
			if umassist.ErrorCode(err) != umassist.EINVALID {
				t.Fatalf("refused as %s, not invalid: %v", umassist.ErrorCode(err), err)
			}
			return
		}
		if err := req.Validate(); err != nil {
			t.Fatalf("accepted a request the domain refuses: %v", err)
		}
		if req.Diagnoses == nil || len(req.Diagnoses) > umassist.MaxDiagnoses || len(req.Note) > 256<<10 || len(req.Requester) > umassist.MaxFieldLength {
			t.Fatalf("accepted a request out of bounds: %d diagnoses, note %d bytes, requester %d bytes", len(req.Diagnoses), len(req.Note), len(req.Requester))
		}
		if y := req.Date.Year(); y < umassist.MinRequestYear || y > umassist.MaxRequestYear {
			t.Fatalf("accepted request date %s", req.Date)
		}
	})
}
