package pas_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir"
	"github.com/umassist/umassist/pas"
)

// seeds are the IG's examples (when the shared folder is there) and our
// fixtures.
func seeds(f *testing.F) {
	for _, name := range []string{"bundle-request.json", "bundle-prior-auth.json", "bundle-minimal.json", "bundle-dtr.json", "claimresponse-pended.json"} {
		if raw, err := os.ReadFile(filepath.Join(examplesDir, name)); err == nil {
			f.Add(raw)
		}
	}
	for _, name := range []string{"request-pas2.json", "claimresponse-items.json"} {
		f.Add(fixture(f, name))
	}
	f.Add([]byte(`{"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"Claim","id":"c","use":"preauthorization","patient":{"reference":"Patient/p"},"created":"2026-01-01","item":[{"sequence":1,"productOrService":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"1"}]}}]}},{"resource":{"resourceType":"Patient","id":"p"}}]}`))
}

// FuzzParseRequest: whatever arrives, parsing never panics, refuses only
// with EINVALID, and what it accepts has a patient, a service and records
// that are all that patient's.
func FuzzParseRequest(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, raw []byte) {
		s, err := pas.ParseRequest(raw)
		if err != nil {
			if code := umassist.ErrorCode(err); code != umassist.EINVALID {
				t.Fatalf("refused with %s, not EINVALID: %v", code, err)
			}
			return
		}
		if s.Patient == "" || s.Request.Service.Code == "" || s.Request.Date.IsZero() || len(s.Identifiers) == 0 {
			t.Fatalf("accepted without patient, service, date or identifier: %+v", s)
		}
		if !s.Request.Urgency.Valid() {
			t.Fatalf("accepted with urgency %q", s.Request.Urgency)
		}
		for _, p := range s.Records {
			if p.Err != nil || p.Res == nil {
				t.Fatalf("accepted a refused record: %+v", p)
			}
			if err := fhir.OnePatient(s.Patient, p.Res); err != nil {
				t.Fatalf("accepted a record of another patient: %v", err)
			}
		}
	})
}

// FuzzParseResponse: the provider's side never panics either.
func FuzzParseResponse(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, raw []byte) {
		r, err := pas.ParseResponse(raw)
		if err != nil {
			if code := umassist.ErrorCode(err); code != umassist.EINVALID {
				t.Fatalf("refused with %s, not EINVALID: %v", code, err)
			}
			return
		}
		if r.Ref == "" {
			t.Fatalf("accepted a response without reference: %+v", r)
		}
	})
}
