package fhir_test

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/umassist/umassist/fhir"
)

// check holds for every parsed resource, whatever the input.
func check(t *testing.T, p *fhir.Parsed) {
	if p.Err != nil {
		if p.Res != nil {
			t.Fatalf("a refused resource carries no resource: %v", p.Err)
		}
		return
	}
	if p.Res == nil || p.Res.ID == "" || !fhir.KnownType(p.Res.Type) {
		t.Fatalf("accepted resource without type or id: %+v", p.Res)
	}
	if !json.Valid(p.Res.Raw) {
		t.Fatalf("accepted resource is not valid JSON: %q", p.Res.Raw)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"resourceType":"Observation","id":"o1","status":"final","subject":{"reference":"Patient/p"},"effectiveDateTime":"2020-01-01","valueQuantity":{"value":1.5,"unit":"%"}}`))
	f.Add([]byte(`{"resourceType":"DocumentReference","id":"d","content":[{"attachment":{"contentType":"text/html","data":"PGI+aGk8L2I+"}}]}`))
	f.Add([]byte(`{"resourceType":"DocumentReference","id":"d","content":[{"attachment":{"contentType":"application/pdf","data":"JVBERi0xLjQK"}}]}`))
	f.Add([]byte(`{"resourceType":"Patient","id":"p","birthDate":"1960"}`))
	f.Add([]byte(`{"resourceType":"Condition","id":"c","code":[1]}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		p, err := fhir.Decode(raw, "", fhir.ParseOptions{MaxNoteBytes: 1 << 16})
		if err != nil {
			p.Err, p.Res = err, nil
		}
		check(t, p)
	})
}

func fuzzFile(t *testing.T, name string, data []byte) {
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	n := 0
	err := fhir.ReadFile(context.Background(), path, fhir.ParseOptions{MaxNoteBytes: 1 << 16, MaxLineBytes: 1 << 20}, nil, func(p *fhir.Parsed) error {
		n++
		check(t, p)
		if p.Err == nil && p.Loc.Line <= 0 {
			t.Fatalf("accepted resource without a line: %+v", p.Loc)
		}
		return nil
	})
	if err != nil {
		t.Fatalf("only fn's errors or a cancelled context stop a read: %v", err)
	}
}

func FuzzNDJSON(f *testing.F) {
	f.Add([]byte("{\"resourceType\":\"Observation\",\"id\":\"a\"}\n\n{\"resourceType\":\"Observation\",\"id\":\"b\"}\n"))
	f.Add([]byte("{\"resourceType\":\"Observation\",\n\"id\":\"a\"}"))
	f.Add([]byte("\xff\xfe{}\n{\"resourceType\":\"Patient\",\"id\":\"p\"}"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzFile(t, "Observation.ndjson", data) })
}

func FuzzBundle(f *testing.F) {
	f.Add([]byte(`{"resourceType":"Bundle","type":"transaction","entry":[{"fullUrl":"urn:uuid:a","resource":{"resourceType":"Patient","id":"p"}},{"fullUrl":"urn:uuid:b","resource":{"resourceType":"Observation","subject":{"reference":"urn:uuid:a"}}}]}`))
	f.Add([]byte(`{"resourceType":"Bundle","type":"collection","entry":[{"resource":null},{}]}`))
	f.Add([]byte(`{"resourceType":"Patient","id":"p"}`))
	f.Add([]byte(`{"entry":[{"resource":{"resourceType":"Patient","id":"p"}}],"resourceType":"Bundle","type":"batch"}`))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzFile(t, "bundle.json", data) })
}

func FuzzAttachmentText(f *testing.F) {
	f.Add("text/plain; charset=utf-8", []byte("hello"))
	f.Add("text/html", []byte("<p>a<script>b</script></p>"))
	f.Add("application/pdf", []byte("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>"))
	f.Add("text/plain; charset=windows-1252", []byte("caf\xe9"))
	f.Fuzz(func(t *testing.T, ct string, data []byte) {
		text, err := fhir.AttachmentText(fhir.Attachment{ContentType: ct, Data: base64.StdEncoding.EncodeToString(data)}, 1<<16)
		if err == nil && !json.Valid(mustJSON(t, text)) {
			t.Fatalf("extracted text does not survive JSON")
		}
	})
}

func mustJSON(t *testing.T, s string) []byte {
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
