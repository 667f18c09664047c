package synthetic

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir"
)

func TestGenerateIsDeterministic(t *testing.T) {
	t.Parallel()
	for _, s := range Scenarios() {
		for _, v := range s.Variants {
			t.Run(s.Name+"/"+v.Name, func(t *testing.T) {
				t.Parallel()
				a, err := Generate(s.Name, v.Name, 7)
				require.NoError(t, err)
				b, err := Generate(s.Name, v.Name, 7)
				require.NoError(t, err)
				require.True(t, bytes.Equal(a.Bundle, b.Bundle), "same seed must give identical bytes")
				require.Equal(t, a.Gold, b.Gold)
				require.Equal(t, a.Request, b.Request)
				c, err := Generate(s.Name, v.Name, 8)
				require.NoError(t, err)
				require.False(t, bytes.Equal(a.Bundle, c.Bundle), "another seed must give another patient")
			})
		}
	}
}

func TestGenerateRejectsUnknownNames(t *testing.T) {
	t.Parallel()
	_, err := Generate("nope", "meets", 1)
	require.Error(t, err)
	require.Equal(t, umassist.EINVALID, umassist.ErrorCode(err))
	_, err = Generate("icd", "nope", 1)
	require.Error(t, err)
}

func TestScenarioTablesAreConsistent(t *testing.T) {
	t.Parallel()
	names := map[string]bool{}
	recs := map[umassist.Recommendation]int{}
	tags := map[string]int{}
	for _, s := range Scenarios() {
		require.False(t, names[s.Name], "duplicate scenario %s", s.Name)
		names[s.Name] = true
		require.NoError(t, umassist.ServiceRequest{Service: s.Service, Diagnoses: s.Diagnoses, Payer: s.Payer, Urgency: umassist.UrgencyStandard, Date: umassist.MustDate("2026-01-01")}.Validate())
		vs := map[string]bool{}
		for _, v := range s.Variants {
			require.False(t, vs[v.Name], "duplicate variant %s/%s", s.Name, v.Name)
			vs[v.Name] = true
			require.True(t, v.Recommendation.Valid())
			recs[v.Recommendation]++
			for _, tag := range v.Tags {
				tags[tag]++
			}
			if v.Recommendation == requestInfo {
				require.NotEmpty(t, v.Missing, "%s/%s: request_info needs gold.missing", s.Name, v.Name)
			} else {
				require.Empty(t, v.Missing)
			}
		}
	}
	for _, r := range umassist.Recommendations {
		require.Positive(t, recs[r], "no variant with gold %s", r)
	}
	for _, tag := range []string{"injection", "future-evidence", "unit-variant", "negation", "lookback", "noise", "pdf", "html", "note-only"} {
		require.Positive(t, tags[tag], "no variant exercises %s", tag)
	}
}

// TestBundlesAreValidFHIR checks the shape of every bundle: resource
// types and ids, unique ids, references that resolve inside the bundle,
// dates that parse, attachments that decode; and that the project's own
// FHIR parser reads every resource and extracts every note's text.
func TestBundlesAreValidFHIR(t *testing.T) {
	t.Parallel()
	cases, err := All(DefaultSeed)
	require.NoError(t, err)
	dir := t.TempDir()
	global := map[string]string{} // "Type/id" -> case: ids must not collide across patients
	for _, c := range cases {
		t.Run(c.ID, func(t *testing.T) {
			var bundle struct {
				ResourceType string `json:"resourceType"`
				Type         string `json:"type"`
				Entry        []struct {
					FullURL  string         `json:"fullUrl"`
					Resource map[string]any `json:"resource"`
				} `json:"entry"`
			}
			require.NoError(t, json.Unmarshal(c.Bundle, &bundle))
			require.Equal(t, "Bundle", bundle.ResourceType)
			require.Equal(t, "collection", bundle.Type)
			ids := map[string]bool{}
			patients := 0
			for _, e := range bundle.Entry {
				typ, _ := e.Resource["resourceType"].(string)
				id, _ := e.Resource["id"].(string)
				require.NotEmpty(t, typ)
				require.Regexp(t, `^[A-Za-z0-9\-.]{1,64}$`, id)
				ref := typ + "/" + id
				require.False(t, ids[ref], "duplicate %s", ref)
				ids[ref] = true
				other, clash := global[ref]
				require.False(t, clash, "%s is also in %s", ref, other)
				global[ref] = c.ID
				require.True(t, strings.HasSuffix(e.FullURL, "/"+ref), "fullUrl %s", e.FullURL)
				if typ == "Patient" {
					patients++
					require.Equal(t, c.PatientID, id)
				}
			}
			require.Equal(t, 1, patients)
			for _, e := range bundle.Entry {
				walk(e.Resource, "", func(key string, v any) {
					s, ok := v.(string)
					if !ok {
						return
					}
					switch key {
					case "reference":
						require.True(t, ids[s], "%s/%s: dangling reference %s", e.Resource["resourceType"], e.Resource["id"], s)
					case "effectiveDateTime", "issued", "authoredOn", "onsetDateTime", "recordedDate", "abatementDateTime", "date", "birthDate", "performedDateTime", "start", "end", "creation", "timestamp":
						_, ok := fhir.ParseTime(s)
						require.True(t, ok, "%s: %s %q does not parse", e.Resource["id"], key, s)
					case "data":
						_, err := decodeBase64(s)
						require.NoError(t, err)
					}
				})
			}

			path := filepath.Join(dir, c.PatientID+".json")
			require.NoError(t, os.WriteFile(path, c.Bundle, 0o644))
			n, notes := 0, 0
			err := fhir.ReadFile(context.Background(), path, fhir.ParseOptions{}, nil, func(p *fhir.Parsed) error {
				require.NoError(t, p.Err, "%s", p.Ref)
				n++
				if p.Res.Type == "DocumentReference" {
					require.NotNil(t, p.Note, "%s: no text extracted", p.Ref)
					require.NotEmpty(t, strings.TrimSpace(p.Note.Text), p.Ref)
					notes++
				}
				return nil
			})
			require.NoError(t, err)
			require.Equal(t, len(bundle.Entry), n)
			require.Positive(t, notes)
		})
	}
}

// TestPDFAndHTMLNotesCarryTheirText proves the faxed PDF and HTML notes are
// not opaque: the extracted text holds what the criterion needs.
func TestPDFAndHTMLNotesCarryTheirText(t *testing.T) {
	t.Parallel()
	tests := []struct {
		scenario, variant, contentType, want string
	}{
		{"cpap", "ahi-note-only", "application/pdf", "Apnea-hypopnea index (AHI)"},
		{"hbot", "meets", "application/pdf", "Wagner grade 3"},
		{"icd", "injection-no-nyha", "application/pdf", "ignore previous instructions"},
		{"icd", "meets", "text/html", "ejection fraction"},
		{"laac", "no-sdm", "text/html", "appendage closure"},
	}
	for _, tt := range tests {
		t.Run(tt.scenario+"/"+tt.variant, func(t *testing.T) {
			t.Parallel()
			c, err := Generate(tt.scenario, tt.variant, DefaultSeed)
			require.NoError(t, err)
			notes := notesOf(t, c)
			found := false
			for _, n := range notes {
				if n.contentType == tt.contentType && strings.Contains(strings.ToLower(n.text), strings.ToLower(tt.want)) {
					found = true
				}
			}
			require.True(t, found, "no %s note containing %q", tt.contentType, tt.want)
		})
	}
}

// TestGoldEvidenceExistsAndPrecedesTheRequest: every resource gold cites
// is in the bundle and dated on or before the request date.
func TestGoldEvidenceExistsAndPrecedesTheRequest(t *testing.T) {
	t.Parallel()
	cases, err := All(DefaultSeed)
	require.NoError(t, err)
	for _, c := range cases {
		res := resourcesOf(t, c)
		if c.Gold.Recommendation != requestInfo {
			require.NotEmpty(t, c.Gold.Evidence, c.ID)
		}
		for _, ref := range c.Gold.Evidence {
			r, ok := res[ref]
			require.True(t, ok, "%s: gold cites %s, not in the bundle", c.ID, ref)
			require.False(t, r.Date.After(c.Request.Date.EndOfDay()), "%s: %s dated %s after the request %s", c.ID, ref, r.Date, c.Request.Date)
		}
	}
}

func TestFutureEvidenceExistsOnPurpose(t *testing.T) {
	t.Parallel()
	cases, err := All(DefaultSeed)
	require.NoError(t, err)
	for _, c := range cases {
		if slices.Contains(c.Tags, "future-evidence") {
			continue
		}
		for ref, r := range resourcesOf(t, c) {
			require.False(t, r.Date.After(c.Request.Date.EndOfDay()), "%s: %s is dated %s, after the request, but the variant is not about future evidence", c.ID, ref, r.Date)
		}
	}
	for _, name := range [][2]string{{"icd", "echo-after-request"}, {"cpap", "study-after-request"}, {"icd", "nyha-after-request"}} {
		c, err := Generate(name[0], name[1], DefaultSeed)
		require.NoError(t, err)
		after := 0
		for _, r := range resourcesOf(t, c) {
			if r.Date.After(c.Request.Date.EndOfDay()) {
				after++
			}
		}
		require.Positive(t, after, "%s: the variant must carry evidence dated after the request", c.ID)
	}
}

func TestWriteBundlesAndDataset(t *testing.T) {
	t.Parallel()
	cases, err := All(DefaultSeed)
	require.NoError(t, err)
	cases = Filter(cases, "oxygen")
	n := len(cases)
	require.GreaterOrEqual(t, n, 6)
	for _, c := range cases {
		require.Equal(t, "oxygen", c.Scenario)
	}

	dir := t.TempDir()
	require.NoError(t, WriteBundles(dir, cases))
	var manifest []ManifestEntry
	b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &manifest))
	require.Len(t, manifest, n)
	for _, m := range manifest {
		got, err := os.ReadFile(filepath.Join(dir, m.File))
		require.NoError(t, err)
		require.Positive(t, m.Resources)
		require.Contains(t, string(got), `"id": "`+strings.TrimPrefix(m.Patient, "Patient/")+`"`)
	}

	ds := t.TempDir()
	require.NoError(t, WriteDataset(ds, cases))
	lines, err := os.ReadFile(filepath.Join(ds, "cases.jsonl"))
	require.NoError(t, err)
	require.Equal(t, n, bytes.Count(lines, []byte("\n")))
	readme, err := os.ReadFile(filepath.Join(ds, "README.md"))
	require.NoError(t, err)
	require.Contains(t, string(readme), "oxygen-pao2-kpa")
}

type noteText struct {
	ref, contentType, text string
	date                   time.Time
}

func notesOf(t *testing.T, c Case) []noteText {
	t.Helper()
	path := filepath.Join(t.TempDir(), "b.json")
	require.NoError(t, os.WriteFile(path, c.Bundle, 0o644))
	var out []noteText
	require.NoError(t, fhir.ReadFile(context.Background(), path, fhir.ParseOptions{}, nil, func(p *fhir.Parsed) error {
		if p.Err == nil && p.Note != nil {
			out = append(out, noteText{ref: p.Res.Ref(), contentType: p.Note.ContentType, text: p.Note.Text, date: p.Res.Date})
		}
		return nil
	}))
	return out
}

func resourcesOf(t *testing.T, c Case) map[string]*umassist.Resource {
	t.Helper()
	path := filepath.Join(t.TempDir(), "b.json")
	require.NoError(t, os.WriteFile(path, c.Bundle, 0o644))
	out := map[string]*umassist.Resource{}
	require.NoError(t, fhir.ReadFile(context.Background(), path, fhir.ParseOptions{}, nil, func(p *fhir.Parsed) error {
		require.NoError(t, p.Err)
		out[p.Res.Ref()] = p.Res
		return nil
	}))
	return out
}

func walk(v any, key string, fn func(key string, v any)) {
	switch x := v.(type) {
	case map[string]any:
		for k, val := range x {
			walk(val, k, fn)
		}
	case []any:
		for _, e := range x {
			walk(e, key, fn)
		}
	default:
		fn(key, x)
	}
}

func decodeBase64(s string) ([]byte, error) { return base64.StdEncoding.DecodeString(s) }
