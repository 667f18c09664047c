package fhir_test

import (
	"context"
	"encoding/base64"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist/fhir/fhirstore"
	"github.com/umassist/umassist/postgres/pgtest"
)

func note(id, contentType, data string) string {
	return `{"resourceType":"DocumentReference","id":"` + id + `","status":"current","subject":{"reference":"Patient/p1"},"date":"2025-01-02T00:00:00Z",` +
		`"content":[{"attachment":{"contentType":"` + contentType + `","data":"` + data + `"}}]}`
}

// Bad input is refused resource by resource, each error naming the file,
// the line and the resource, and everything else loads.
func TestLoadBadInput(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	huge := base64.StdEncoding.EncodeToString([]byte(strings.Repeat("clinical text ", 10<<20/14+1)))
	lines := []string{
		`{"resourceType":"DocumentReference","id":"good-1","status":"current","subject":{"reference":"Patient/p1"},"date":"2025-01-01T00:00:00Z","content":[{"attachment":{"contentType":"text/plain","data":"` + base64.StdEncoding.EncodeToString([]byte("fine note")) + `"}}]}`,
		`{"resourceType":"DocumentReference","id":"broken",`,                                        // 2 malformed JSON
		`{"resourceType":"Observation","id":"wrong-type","status":"final"}`,                         // 3 wrong resourceType for the file
		`{"resourceType":"DocumentReference","status":"current"}`,                                   // 4 missing id
		note("bad-b64", "text/plain", "!!!not base64!!!"),                                           // 5 bad base64
		note("latin", "text/plain", base64.StdEncoding.EncodeToString([]byte("caf\xe9 au lait"))),   // 6 non-UTF-8 note text
		note("huge", "text/plain", huge),                                                            // 7 10 MB note
		`{"resourceType":"DocumentReference","id":"bad id!","status":"current"}`,                    // 8 invalid id
		"{\"resourceType\":\"DocumentReference\",\"id\":\"raw-latin\",\"description\":\"caf\xe9\"}", // 9 non-UTF-8 JSON
		`{"resourceType":"DocumentReference","id":"nul","description":"a\u0000b"}`,                  // 10 NUL
		`{"resourceType":"DocumentReference","id":"bad-date","date":"yesterday"}`,                   // 11 bad date
		note("latin-declared", "text/plain; charset=iso-8859-1", base64.StdEncoding.EncodeToString([]byte("caf\xe9 au lait"))),
		note("good-2", "text/plain", base64.StdEncoding.EncodeToString([]byte("another fine note"))),
	}
	ndjson := filepath.Join(dir, "DocumentReference.ndjson")
	require.NoError(t, os.WriteFile(ndjson, []byte(strings.Join(lines, "\n")+"\n"), 0o644))

	dangling := filepath.Join(dir, "dangling.json")
	require.NoError(t, os.WriteFile(dangling, []byte(`{"resourceType":"Bundle","type":"transaction","entry":[
 {"fullUrl":"urn:uuid:11111111-1111-4111-8111-111111111111","resource":{"resourceType":"Patient","id":"p1"}},
 {"fullUrl":"urn:uuid:22222222-2222-4222-8222-222222222222","resource":{"resourceType":"Observation","id":"o-dangling","status":"final",
   "subject":{"reference":"urn:uuid:99999999-9999-4999-8999-999999999999"}}},
 {"fullUrl":"urn:uuid:33333333-3333-4333-8333-333333333333","resource":{"resourceType":"Observation","status":"final",
   "subject":{"reference":"urn:uuid:11111111-1111-4111-8111-111111111111"},"effectiveDateTime":"2025-01-01"}},
 {"fullUrl":"urn:uuid:44444444-4444-4444-8444-444444444444","resource":{"resourceType":"Frobnication","id":"x"}}
]}`), 0o644))
	malformed := filepath.Join(dir, "malformed.json")
	require.NoError(t, os.WriteFile(malformed, []byte("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[\n{\"resource\":{\"resourceType\":\"Patient\",\"id\":\"never\"}},\n{\"resource\": {oops}}\n]}"), 0o644))

	ctx := context.Background()
	db := pgtest.DB(t)
	res, err := fhirstore.New(db).Load(ctx, "bad", ndjson, dangling, malformed)
	require.NoError(t, err)

	byRef := map[string]*fhirstore.LoadError{}
	for _, e := range res.Errors {
		byRef[e.Ref+"@"+filepath.Base(e.Loc.File)] = e
	}
	want := []struct {
		key  string
		line int
		msg  string
	}{
		{"DocumentReference/broken@DocumentReference.ndjson", 2, "invalid resource"},
		{"Observation/wrong-type@DocumentReference.ndjson", 3, "where DocumentReference was expected"},
		{"DocumentReference@DocumentReference.ndjson", 4, "id is missing"},
		{"DocumentReference/bad-b64@DocumentReference.ndjson", 5, "not valid base64"},
		{"DocumentReference/latin@DocumentReference.ndjson", 6, "not valid UTF-8"},
		{"DocumentReference/huge@DocumentReference.ndjson", 7, "over the 8.0 MB limit"},
		{"DocumentReference/bad id!@DocumentReference.ndjson", 8, "not a valid FHIR id"},
		{"DocumentReference/raw-latin@DocumentReference.ndjson", 9, "not valid UTF-8"},
		{"DocumentReference/nul@DocumentReference.ndjson", 10, "NUL"},
		{"DocumentReference/bad-date@DocumentReference.ndjson", 11, "not a FHIR date"},
		{"Observation/o-dangling@dangling.json", 3, "dangling reference urn:uuid:9999"},
		{"Frobnication/x@dangling.json", 7, "not a FHIR R4 resource type"},
		{"@malformed.json", 3, "malformed JSON"},
	}
	for _, w := range want {
		e, ok := byRef[w.key]
		require.True(t, ok, "no error for %s; got %v", w.key, res.Errors)
		require.Equal(t, w.line, e.Loc.Line, "%s: %v", w.key, e)
		require.Contains(t, e.Error(), w.msg)
		require.Contains(t, e.Error(), filepath.Base(e.Loc.File)+":")
	}
	require.Len(t, res.Errors, len(want))
	// The NDJSON notes name Patient/p1, which the bundle brought: no
	// dangling patient references are left.
	require.Zero(t, res.Dangling, res.Warnings)

	// The rest loaded: good notes, the declared Latin-1 note (converted),
	// the patient, and the transaction entry whose id came from its fullUrl.
	require.Equal(t, map[string]int{"DocumentReference": 3, "Patient": 1, "Observation": 1}, res.Counts)
	var text string
	require.NoError(t, db.QueryRow(ctx, `SELECT text FROM fhir_notes WHERE id = 'latin-declared'`).Scan(&text))
	require.Equal(t, "café au lait", text)
	var n int
	require.NoError(t, db.QueryRow(ctx, `SELECT count(*) FROM fhir_resources WHERE id IN ('huge', 'bad-b64', 'latin', 'o-dangling', 'never')`).Scan(&n))
	require.Zero(t, n, "nothing of a refused resource (or of a malformed file) is written")
	require.NoError(t, db.QueryRow(ctx, `SELECT count(*) FROM fhir_resources WHERE type = 'Observation' AND id = '33333333-3333-4333-8333-333333333333' AND patient = 'Patient/p1'`).Scan(&n))
	require.Equal(t, 1, n)
}

// NDJSON that refers to a patient the load never brings is loaded, and
// the dangling references are reported.
func TestLoadDanglingPatient(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "Condition.ndjson"), []byte(
		`{"resourceType":"Condition","id":"c1","subject":{"reference":"Patient/ghost"}}`+"\n"+
			`{"resourceType":"Condition","id":"c2","subject":{"reference":"Patient/here"}}`+"\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "Patient.ndjson"), []byte(`{"resourceType":"Patient","id":"here"}`+"\n"), 0o644))
	res, err := fhirstore.New(pgtest.DB(t)).Load(context.Background(), "", dir)
	require.NoError(t, err)
	require.Equal(t, 3, res.Loaded)
	require.Equal(t, 1, res.Dangling)
	require.Equal(t, []string{"Condition/c1: dangling reference to Patient/ghost, which is not in the store"}, res.Warnings)
}
