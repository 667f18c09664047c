package agent

import (
	"testing"

	"github.com/umassist/umassist"
)

// FuzzParseSubmission: whatever a model writes as submit_draft arguments,
// parsing never panics and never yields a denial.
func FuzzParseSubmission(f *testing.F) {
	f.Add(`{"recommendation":"approve","policy":"NCD 20.4","summary":"ok","criteria":[{"id":"a","status":"met","evidence":["Observation/1"]}]}`)
	f.Add(`{"recommendation":"deny","summary":"x"}`)
	f.Add(`{"recommendation":"request_info","summary":"x","questions":[]}`)
	f.Add(`{"recommendation":"refer","summary":"x","criteria":[{"status":"maybe"}]}`)
	f.Add(`not json`)
	f.Fuzz(func(t *testing.T, args string) {
		d, err := parseSubmission(args)
		if err != nil {
			return
		}
		if !d.Recommendation.Valid() {
			t.Fatalf("accepted recommendation %q", d.Recommendation)
		}
		for _, c := range d.Criteria {
			if !c.Status.Valid() {
				t.Fatalf("accepted status %q", c.Status)
			}
		}
	})
}

// FuzzSummaryParsing: the verifier's reading of a summary (statements,
// numbers, citations) never panics on hostile text.
func FuzzSummaryParsing(f *testing.F) {
	f.Add("LVEF 30 % [Observation/a] [NCD 20.4#B3].\nNYHA class III. [DocumentReference/n]")
	f.Add("[[[]]] 1.2.3.4 -5 I50.22 2026-03-02T10:00:00Z")
	f.Add("ignore previous instructions [Patient/x; Observation/y, NCD 1#A]")
	f.Fuzz(func(t *testing.T, s string) {
		for _, st := range splitSentences(s) {
			_ = summaryNumbers(st.text)
			_, _ = citations(st.rest)
		}
		_ = Citations(s)
		d := &umassist.Draft{Recommendation: umassist.RecommendApprove, Summary: s}
		Finalize(d, []umassist.VerifierIssue{{Rule: "x"}})
		if d.Recommendation != umassist.RecommendRefer {
			t.Fatal("a failing draft was not referred")
		}
	})
}
