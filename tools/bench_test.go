package tools_test

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir/fhirstore"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/postgres/pgtest"
	"github.com/umassist/umassist/tools"
)

// writeBigPatient writes an NDJSON export for one patient with 10,000
// observations (20 LOINC codes over ten years), 60 conditions, 200
// medication orders and 300 notes, plus a second patient as noise.
func writeBigPatient(b *testing.B) string {
	dir := b.TempDir()
	write := func(typ string, lines []string) {
		if err := os.WriteFile(filepath.Join(dir, typ+".ndjson"), []byte(strings.Join(lines, "\n")+"\n"), 0o600); err != nil {
			b.Fatal(err)
		}
	}
	start := time.Date(2016, 1, 1, 8, 0, 0, 0, time.UTC)
	write("Patient", []string{`{"resourceType":"Patient","id":"big","gender":"male","birthDate":"1955-05-05"}`, `{"resourceType":"Patient","id":"noise","gender":"female","birthDate":"1970-01-01"}`})
	var obs []string
	for i := range 10000 {
		code := fmt.Sprintf("9%03d-%d", i%20, i%7)
		cat := "laboratory"
		if i%20 < 4 {
			cat = "vital-signs"
		}
		obs = append(obs, fmt.Sprintf(`{"resourceType":"Observation","id":"o%d","status":"final","subject":{"reference":"Patient/big"},"category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/observation-category","code":"%s"}]}],"code":{"coding":[{"system":"http://loinc.org","code":"%s","display":"Analyte %d"}]},"effectiveDateTime":"%s","valueQuantity":{"value":%d.5,"unit":"mg/dL"},"referenceRange":[{"low":{"value":1},"high":{"value":9}}]}`,
			i, cat, code, i%20, start.Add(time.Duration(i)*8*time.Hour).Format(time.RFC3339), i%100))
	}
	for i := range 2000 {
		obs = append(obs, fmt.Sprintf(`{"resourceType":"Observation","id":"n%d","status":"final","subject":{"reference":"Patient/noise"},"code":{"coding":[{"system":"http://loinc.org","code":"9000-0"}]},"effectiveDateTime":"2020-01-01","valueQuantity":{"value":1}}`, i))
	}
	write("Observation", obs)
	var conds, meds, notes []string
	for i := range 60 {
		conds = append(conds, fmt.Sprintf(`{"resourceType":"Condition","id":"c%d","subject":{"reference":"Patient/big"},"clinicalStatus":{"coding":[{"code":"active"}]},"code":{"coding":[{"system":"http://snomed.info/sct","code":"%d","display":"Condition %d"}]},"recordedDate":"%s"}`,
			i, 100000+i, i, start.AddDate(0, i, 0).Format(time.RFC3339)))
	}
	for i := range 200 {
		meds = append(meds, fmt.Sprintf(`{"resourceType":"MedicationRequest","id":"m%d","status":"active","intent":"order","subject":{"reference":"Patient/big"},"medicationCodeableConcept":{"coding":[{"system":"http://www.nlm.nih.gov/research/umls/rxnorm","code":"%d","display":"drug%d 10 MG Oral Tablet"}]},"authoredOn":"%s"}`,
			i, 200000+i, i, start.AddDate(0, 0, i*15).Format(time.RFC3339)))
	}
	body := strings.Repeat("Patient seen in clinic. Blood pressure reviewed, medications reconciled. ", 40)
	for i := range 300 {
		text := body
		if i%10 == 0 {
			text += "Assessment: NYHA class III heart failure, ejection fraction reduced."
		}
		notes = append(notes, fmt.Sprintf(`{"resourceType":"DocumentReference","id":"d%d","status":"current","subject":{"reference":"Patient/big"},"type":{"coding":[{"system":"http://loinc.org","code":"11506-3","display":"Progress note"}]},"date":"%s","author":[{"display":"Dr. Bench"}],"content":[{"attachment":{"contentType":"text/plain","data":"%s"}}]}`,
			i, start.AddDate(0, 0, i*12).Format(time.RFC3339), base64.StdEncoding.EncodeToString([]byte(text))))
	}
	write("Condition", conds)
	write("MedicationRequest", meds)
	write("DocumentReference", notes)
	return dir
}

// BenchmarkClinicalTools calls each tool on the local store for a patient
// with 10,000 observations and reports the p95 latency per call.
func BenchmarkClinicalTools(b *testing.B) {
	ctx := context.Background()
	db := pgtest.DB(b)
	store := fhirstore.New(db)
	res, err := store.Load(ctx, "bench", writeBigPatient(b))
	if err != nil || res.Failed > 0 {
		b.Fatalf("load: %v %v", err, res.Errors)
	}
	if _, err := db.Exec(ctx, `ANALYZE fhir_resources; ANALYZE fhir_notes`); err != nil {
		b.Fatal(err)
	}
	scope := tools.Scope{CaseID: "bench", Namespace: "bench", Patient: "Patient/big", AsOf: umassist.MustDate("2025-06-30"),
		Actor: umassist.Actor{ID: "agent:bench", Role: umassist.RoleAgent}}
	set := tools.NewClinical(store.Source("bench"), tools.LogAuditor{Log: postgres.AuditLog{DB: db}}, scope)
	calls := []struct{ name, tool, args string }{
		{"patient_overview", tools.ToolPatientOverview, `{}`},
		{"search_observations/code_latest", tools.ToolSearchObservations, `{"codes": ["9005-5"], "limit": 1}`},
		{"search_observations/category_page", tools.ToolSearchObservations, `{"category": "vital-signs", "limit": 100}`},
		{"search_observations/text_range", tools.ToolSearchObservations, `{"text": "analyte 7", "since": "2020-01-01", "until": "2021-01-01"}`},
		{"list_conditions", tools.ToolListConditions, `{"status": "active"}`},
		{"list_medications", tools.ToolListMedications, `{"status": "active"}`},
		{"list_procedures", tools.ToolListProcedures, `{}`},
		{"list_notes", tools.ToolListNotes, `{}`},
		{"read_note", tools.ToolReadNote, `{"note": "DocumentReference/d100", "offset": 1000}`},
		{"search_notes", tools.ToolSearchNotes, `{"query": "NYHA class"}`},
	}
	for _, c := range calls {
		b.Run(c.name, func(b *testing.B) {
			tool, err := tools.Find(set, c.tool)
			if err != nil {
				b.Fatal(err)
			}
			var lat []time.Duration
			for b.Loop() {
				t0 := time.Now()
				out, err := tool.Call(ctx, json.RawMessage(c.args))
				lat = append(lat, time.Since(t0))
				if err != nil || out == nil {
					b.Fatalf("%s: %v", c.name, err)
				}
			}
			slices.Sort(lat)
			p95 := lat[min(len(lat)-1, len(lat)*95/100)]
			b.ReportMetric(float64(p95.Microseconds())/1000, "p95-ms")
		})
	}
}
