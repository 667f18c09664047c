package fhirstore

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir"
)

// FuzzReadIntakeBundle: whatever bundle a submitter sends, intake either
// refuses it as invalid or reads one patient whose every record is theirs
// (or of a shared type); nothing of another patient gets through.
func FuzzReadIntakeBundle(f *testing.F) {
	f.Add([]byte(`{"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"Patient","id":"p"}},{"resource":{"resourceType":"Observation","id":"o","status":"final","code":{"text":"LVEF"},"subject":{"reference":"Patient/p"}}}]}`))
	f.Add([]byte(`{"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"Patient","id":"p"}},{"resource":{"resourceType":"Observation","id":"o","status":"final","code":{"text":"LVEF"},"subject":{"reference":"Patient/q"}}}]}`))
	f.Add([]byte(`{"resourceType":"Bundle","type":"transaction","entry":[{"fullUrl":"urn:uuid:a","resource":{"resourceType":"Patient","id":"p"}},{"resource":{"resourceType":"Condition","id":"c","subject":{"reference":"urn:uuid:a"},"code":{"text":"HF"}}},{"resource":{"resourceType":"Practitioner","id":"d"}}]}`))
	f.Add([]byte(`{"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"Patient","id":"p"}},{"resource":{"resourceType":"Patient","id":"q"}}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "bundle.json")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		b, err := ReadIntakeBundle(context.Background(), "", path, fhir.ParseOptions{MaxNoteBytes: 1 << 16, MaxLineBytes: 1 << 20})
		if err != nil {
			if umassist.ErrorCode(err) != umassist.EINVALID {
				t.Fatalf("refused as %s, not invalid: %v", umassist.ErrorCode(err), err)
			}
			return
		}
		for _, p := range b.parsed {
			if err := fhir.OnePatient(b.Patient, p.Res); err != nil {
				t.Fatalf("accepted a record of another patient: %v", err)
			}
		}
	})
}
