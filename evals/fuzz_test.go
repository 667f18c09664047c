package evals

import (
	"testing"
)

// FuzzParseCase: any line either parses into a case with the required
// fields or is reported with its line; it never panics.
func FuzzParseCase(f *testing.F) {
	f.Add([]byte(`{"id":"a","patient":"patients/p1.json","request":{"service":{"system":"http://www.ama-assn.org/go/cpt","code":"1"},"payer":"m","urgency":"standard","date":"2026-01-01"},"gold":{"recommendation":"approve","criteria":{"x":"met"}}}`))
	f.Add([]byte(`{"id":1}`))
	f.Add([]byte(`{"gold":{"recommendation":"deny","evidence":["x"],"criteria":[{"id":"","status":"maybe"}]}}`))
	f.Fuzz(func(t *testing.T, line []byte) {
		v := &validator{}
		c, ok := v.parseCase(line, 7)
		if ok && (c.ID == "" || c.Patient == "" || !c.Request.Urgency.Valid()) {
			t.Fatalf("accepted an invalid case: %+v", c)
		}
		if !ok && len(v.errs) == 0 {
			t.Fatal("a rejected line has a reason")
		}
		for _, e := range v.errs {
			if e.Line != 7 {
				t.Fatalf("error without its line: %v", e)
			}
		}
	})
}

// FuzzParseGate: a gate file either parses into checks on known metrics or
// is an error.
func FuzzParseGate(f *testing.F) {
	f.Add([]byte("denials: 0\nmacro_f1: \">= 0.9\"\n"))
	f.Add([]byte("accuracy: [1]\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		g, err := ParseGate(b)
		if err != nil {
			return
		}
		known := (&Summary{}).Metrics()
		for _, c := range g.Checks {
			if _, ok := known[c.Metric]; !ok {
				t.Fatalf("unknown metric accepted: %s", c.Metric)
			}
		}
	})
}
