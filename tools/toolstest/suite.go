package toolstest

import (
	"context"
	"encoding/json"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/tools"
)

// NewSourceFunc makes the source under test holding the fixture bundle at
// path.
type NewSourceFunc func(t *testing.T, path string) umassist.FHIRSource

// Recorder is an Auditor that keeps every entry.
type Recorder struct {
	mu      sync.Mutex
	Entries []tools.ToolAudit
}

// AuditToolCall records e.
func (r *Recorder) AuditToolCall(_ context.Context, e tools.ToolAudit) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.Entries = append(r.Entries, e)
	return nil
}

// Last returns the latest entry.
func (r *Recorder) Last() tools.ToolAudit {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.Entries) == 0 {
		return tools.ToolAudit{}
	}
	return r.Entries[len(r.Entries)-1]
}

type bundle struct {
	set   []tools.Tool
	audit *Recorder
}

// call runs a tool and decodes its data into a generic JSON value, the
// way the agent sees it.
func (b *bundle) call(t *testing.T, name, args string) (map[string]any, *tools.Output) {
	t.Helper()
	tool, err := tools.Find(b.set, name)
	require.NoError(t, err)
	out, err := tool.Call(context.Background(), json.RawMessage(args))
	require.NoError(t, err, "%s %s", name, args)
	raw, err := json.Marshal(out.Data)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(raw, &m))
	// Every call is audited with exactly the references it returned.
	last := b.audit.Last()
	require.Equal(t, name, last.Tool)
	require.Equal(t, "success", last.Outcome)
	require.ElementsMatch(t, out.Resources, last.Resources)
	for _, ref := range out.Resources {
		require.NotContains(t, ref, "pt-other")
		require.NotContains(t, ref, "future")
	}
	return m, out
}

func list(m map[string]any, key string) []map[string]any {
	var out []map[string]any
	for _, v := range m[key].([]any) {
		out = append(out, v.(map[string]any))
	}
	return out
}

func refs(items []map[string]any, key string) []string {
	var out []string
	for _, it := range items {
		out = append(out, it[key].(string))
	}
	return out
}

// Run runs the suite against sources from newSource.
func Run(t *testing.T, newSource NewSourceFunc) {
	path := WriteFixture(t, t.TempDir())
	src := newSource(t, path)
	setup := func(t *testing.T) *bundle {
		rec := &Recorder{}
		scope := tools.Scope{CaseID: "case-1", Patient: Patient, AsOf: AsOf, Actor: umassist.Actor{ID: "agent", Role: umassist.RoleAgent}}
		return &bundle{set: tools.NewClinical(src, rec, scope), audit: rec}
	}

	t.Run("schemas", func(t *testing.T) {
		t.Parallel()
		b := setup(t)
		var names []string
		for _, tool := range b.set {
			names = append(names, tool.Name())
			var s map[string]any
			require.NoError(t, json.Unmarshal(tool.Parameters(), &s), tool.Name())
			require.Equal(t, "object", s["type"], tool.Name())
			require.Equal(t, false, s["additionalProperties"], tool.Name())
			require.NotEmpty(t, tool.Description())
		}
		require.Equal(t, []string{"patient_overview", "search_observations", "list_conditions", "list_medications",
			"list_procedures", "list_notes", "read_note", "search_notes"}, names)
	})

	t.Run("patient_overview", func(t *testing.T) {
		t.Parallel()
		b := setup(t)
		m, _ := b.call(t, "patient_overview", `{}`)
		require.Equal(t, Patient, m["patient"])
		require.Equal(t, "female", m["sex"])
		require.EqualValues(t, 65, m["age"])
		require.Equal(t, "2026-03-01", m["as_of"])
		require.ElementsMatch(t, []string{"Condition/hf", "Condition/htn"}, refs(list(m, "active_conditions"), "ref"),
			"hypertension resolved after the request date was active on it; a diagnosis recorded later is hidden")
		require.Equal(t, []string{"MedicationRequest/metoprolol", "MedicationStatement/spiro-list"}, refs(list(m, "active_medications"), "ref"),
			"what the patient is recorded as taking is listed with what was ordered")
		cov := list(m, "coverage")
		require.Len(t, cov, 1)
		require.Equal(t, "Example Health Plan", cov[0]["payer"])
	})

	t.Run("search_observations", func(t *testing.T) {
		t.Parallel()
		b := setup(t)
		m, out := b.call(t, "search_observations", `{"codes": ["`+LOINCLVEF+`"]}`)
		obs := list(m, "observations")
		require.Equal(t, []string{"Observation/lvef-2", "Observation/lvef-1"}, refs(obs, "ref"), "newest first, nothing after as-of, no other patient")
		require.False(t, out.Truncated)
		require.EqualValues(t, 35, obs[0]["value"])
		require.Equal(t, "%", obs[0]["unit"])
		require.Equal(t, LOINCLVEF, obs[0]["code"])
		require.Equal(t, umassist.SystemLOINC, obs[0]["system"])
		require.Equal(t, "2026-02-01T10:00:00Z", obs[0]["date"])
		require.Equal(t, []any{"L"}, obs[0]["interpretation"])
		require.Equal(t, "Ana Ruiz, MD (Cardiovascular Disease (echocardiography))", obs[0]["performer"], "the performer named from the resource it references")
		require.Nil(t, obs[1]["performer"])
		rr := obs[0]["reference_range"].(map[string]any)
		require.EqualValues(t, 50, rr["low"])
		require.EqualValues(t, 70, rr["high"])

		// Latest one, with the truncation marker and the next page.
		m, out = b.call(t, "search_observations", `{"codes": ["http://loinc.org|`+LOINCLVEF+`"], "limit": 1}`)
		require.True(t, out.Truncated)
		require.Equal(t, true, m["truncated"])
		require.EqualValues(t, 1, m["next_offset"])
		m, _ = b.call(t, "search_observations", `{"codes": ["`+LOINCLVEF+`"], "limit": 1, "offset": 1}`)
		require.Equal(t, []string{"Observation/lvef-1"}, refs(list(m, "observations"), "ref"))

		m, _ = b.call(t, "search_observations", `{"text": "body mass"}`)
		obs = list(m, "observations")
		require.Equal(t, []string{"Observation/bmi-1"}, refs(obs, "ref"))
		require.Equal(t, []any{"H"}, obs[0]["interpretation"])

		m, _ = b.call(t, "search_observations", `{"category": "vital-signs", "oldest_first": true}`)
		obs = list(m, "observations")
		require.ElementsMatch(t, []string{"Observation/bmi-1", "Observation/bp-1"}, refs(obs, "ref"))
		for _, o := range obs {
			if o["ref"] == "Observation/bp-1" {
				comps := o["components"].([]any)
				require.Len(t, comps, 2)
				require.EqualValues(t, 128, comps[0].(map[string]any)["value"])
			}
		}

		m, _ = b.call(t, "search_observations", `{"codes": ["`+LOINCLVEF+`"], "since": "2026-01-01", "until": "2026-12-31"}`)
		require.Equal(t, []string{"Observation/lvef-2"}, refs(list(m, "observations"), "ref"), "until never reaches past as-of")
	})

	t.Run("list_conditions", func(t *testing.T) {
		t.Parallel()
		b := setup(t)
		m, _ := b.call(t, "list_conditions", `{}`)
		conds := list(m, "conditions")
		require.ElementsMatch(t, []string{"Condition/hf", "Condition/htn", "Condition/sinus"}, refs(conds, "ref"))
		for _, c := range conds {
			switch c["ref"] {
			case "Condition/htn":
				require.Equal(t, "active", c["clinical_status"])
				require.Nil(t, c["abatement"], "the future resolution is hidden")
			case "Condition/sinus":
				require.Equal(t, "resolved", c["clinical_status"])
				require.Equal(t, false, c["active"])
			case "Condition/hf":
				require.Equal(t, "84114007", c["code"])
				require.Equal(t, umassist.SystemSNOMED, c["system"])
			}
		}
		m, _ = b.call(t, "list_conditions", `{"status": "resolved"}`)
		require.Equal(t, []string{"Condition/sinus"}, refs(list(m, "conditions"), "ref"))
		m, _ = b.call(t, "list_conditions", `{"text": "heart failure"}`)
		require.Equal(t, []string{"Condition/hf"}, refs(list(m, "conditions"), "ref"))
	})

	t.Run("list_medications", func(t *testing.T) {
		t.Parallel()
		b := setup(t)
		m, _ := b.call(t, "list_medications", `{}`)
		meds := list(m, "medications")
		require.Equal(t, []string{"MedicationStatement/spiro-list", "MedicationRequest/metoprolol", "MedicationRequest/lisinopril"}, refs(meds, "ref"),
			"what the patient is recorded as taking is listed with the orders, newest first")
		require.Equal(t, true, meds[0]["start_unknown"], "a statement with no start began on or before it was recorded")
		require.Nil(t, meds[1]["start_unknown"])
		require.Equal(t, "2025-06-01T00:00:00Z", meds[1]["start_date"])
		require.Equal(t, "866412", meds[1]["rxnorm_code"])
		require.Contains(t, meds[1]["display"], "metoprolol")
		require.Equal(t, "active", meds[1]["status"])
		require.Equal(t, "Heart failure (disorder)", meds[1]["reason"])
		m, _ = b.call(t, "list_medications", `{"status": "active"}`)
		require.Equal(t, []string{"MedicationStatement/spiro-list", "MedicationRequest/metoprolol"}, refs(list(m, "medications"), "ref"))
		m, _ = b.call(t, "list_medications", `{"text": "lisinopril"}`)
		require.Equal(t, []string{"MedicationRequest/lisinopril"}, refs(list(m, "medications"), "ref"))
	})

	t.Run("list_procedures", func(t *testing.T) {
		t.Parallel()
		b := setup(t)
		m, _ := b.call(t, "list_procedures", `{"text": "echo"}`)
		procs := list(m, "procedures")
		require.Equal(t, []string{"Procedure/echo-1"}, refs(procs, "ref"))
		require.Equal(t, "40701008", procs[0]["code"])
		m, _ = b.call(t, "list_procedures", `{"until": "2025-12-31"}`)
		require.Empty(t, list(m, "procedures"))
	})

	t.Run("list_notes", func(t *testing.T) {
		t.Parallel()
		b := setup(t)
		m, _ := b.call(t, "list_notes", `{}`)
		notes := list(m, "notes")
		require.Equal(t, []string{"DocumentReference/note-cardio", "DiagnosticReport/echo-report", "DocumentReference/note-hostile", "DocumentReference/note-html", "DocumentReference/note-pdf"}, refs(notes, "ref"),
			"DiagnosticReport.presentedForm is a note too")
		require.Equal(t, "Dr. Rivera", notes[0]["author"])
		require.Equal(t, "Cardiology progress note", notes[0]["type"])
		require.EqualValues(t, len([]rune(CardiologyNote)), notes[0]["length"])
		require.Equal(t, "application/pdf", notes[4]["content_type"])
		require.Equal(t, "Echocardiography study report", notes[1]["type"])
		require.Equal(t, "Ana Ruiz, MD (Cardiovascular Disease (echocardiography))", notes[1]["author"],
			"an author named by reference is named, with what they practise")
		m, _ = b.call(t, "list_notes", `{"type": "discharge"}`)
		require.Equal(t, []string{"DocumentReference/note-html"}, refs(list(m, "notes"), "ref"))
		m, out := b.call(t, "list_notes", `{"limit": 2}`)
		require.True(t, out.Truncated)
		require.EqualValues(t, 2, m["next_offset"])
	})

	t.Run("read_note", func(t *testing.T) {
		t.Parallel()
		b := setup(t)
		m, out := b.call(t, "read_note", `{"note": "DocumentReference/note-cardio", "limit": 30}`)
		require.True(t, out.Truncated)
		require.Equal(t, CardiologyNote[:30], m["untrusted_text"])
		require.EqualValues(t, 30, m["next_offset"])
		require.EqualValues(t, len(CardiologyNote), m["total_length"])
		m, out = b.call(t, "read_note", `{"note": "DocumentReference/note-cardio", "offset": 30, "limit": 100000}`)
		require.False(t, out.Truncated)
		require.Equal(t, CardiologyNote[30:], m["untrusted_text"])

		m, _ = b.call(t, "read_note", `{"note": "DocumentReference/note-html"}`)
		text := m["untrusted_text"].(string)
		require.Contains(t, text, "acute decompensated heart failure")
		require.NotContains(t, text, "<p>")
		require.NotContains(t, text, "alert(1)")

		m, _ = b.call(t, "read_note", `{"note": "DocumentReference/note-pdf"}`)
		require.Contains(t, m["untrusted_text"], "AHI 32 events per hour")

		m, _ = b.call(t, "read_note", `{"note": "DiagnosticReport/echo-report"}`)
		require.Equal(t, "Ana Ruiz, MD (Cardiovascular Disease (echocardiography))", m["author"])

		// Hostile text is data: it comes back only inside untrusted_text.
		m, _ = b.call(t, "read_note", `{"note": "DocumentReference/note-hostile"}`)
		require.Contains(t, m["untrusted_text"], Hostile)
		for k, v := range m {
			if s, ok := v.(string); ok && k != "untrusted_text" {
				require.NotContains(t, s, "IGNORE PREVIOUS")
			}
		}

		for _, ref := range []string{"DocumentReference/note-other", "DocumentReference/note-future", "DocumentReference/missing"} {
			tool, _ := tools.Find(b.set, "read_note")
			_, err := tool.Call(context.Background(), json.RawMessage(`{"note": "`+ref+`"}`))
			require.ErrorIs(t, err, tools.ErrOutOfScope, ref)
			require.NotContains(t, err.Error(), "NYHA")
			require.Equal(t, "failure", b.audit.Last().Outcome, "refused reads are audited too")
		}
	})

	t.Run("search_notes", func(t *testing.T) {
		t.Parallel()
		b := setup(t)
		m, _ := b.call(t, "search_notes", `{"query": "NYHA class"}`)
		hits := list(m, "hits")
		require.NotEmpty(t, hits)
		for _, h := range hits {
			require.Equal(t, "DocumentReference/note-cardio", h["note"], "no other patient, nothing after as-of")
			require.Contains(t, strings.ToLower(h["untrusted_snippet"].(string)), "nyha")
		}
		off := int(hits[0]["offset"].(float64))
		m, _ = b.call(t, "read_note", `{"note": "DocumentReference/note-cardio", "offset": `+itoa(off)+`, "limit": 4}`)
		require.Equal(t, "NYHA", m["untrusted_text"], "a hit's offset is where read_note finds the words")

		m, _ = b.call(t, "search_notes", `{"query": "AHI events"}`)
		require.Equal(t, []string{"DocumentReference/note-pdf"}, uniq(refs(list(m, "hits"), "note")), "PDF text is searchable")
		m, _ = b.call(t, "search_notes", `{"query": "hypokinesis"}`)
		require.Equal(t, []string{"DiagnosticReport/echo-report"}, uniq(refs(list(m, "hits"), "note")))
		m, _ = b.call(t, "read_note", `{"note": "DiagnosticReport/echo-report"}`)
		require.Equal(t, EchoReport, m["untrusted_text"])
		m, _ = b.call(t, "search_notes", `{"query": "zebra unicorn"}`)
		require.Empty(t, list(m, "hits"))
	})

	t.Run("invalid arguments", func(t *testing.T) {
		t.Parallel()
		b := setup(t)
		for _, c := range []struct{ tool, args string }{
			{"search_observations", `{"codez": ["1"]}`},
			{"search_observations", `{"limit": -1}`},
			{"search_observations", `{"since": "yesterday"}`},
			{"search_observations", `[1]`},
			{"list_conditions", `{"status": "maybe"}`},
			{"read_note", `{"note": "Patient/pt-hf"}`},
			{"read_note", `{}`},
			{"search_notes", `{"query": "  "}`},
			{"list_notes", `{"patient": "Patient/pt-other"}`},
		} {
			tool, err := tools.Find(b.set, c.tool)
			require.NoError(t, err)
			_, err = tool.Call(context.Background(), json.RawMessage(c.args))
			require.ErrorIs(t, err, tools.ErrInvalidArguments, "%s %s", c.tool, c.args)
		}
	})

	t.Run("other patient scope", func(t *testing.T) {
		t.Parallel()
		rec := &Recorder{}
		set := tools.NewClinical(src, rec, tools.Scope{CaseID: "case-2", Patient: OtherPatient, AsOf: AsOf, Actor: umassist.Actor{ID: "agent", Role: umassist.RoleAgent}})
		tool, _ := tools.Find(set, "search_observations")
		out, err := tool.Call(context.Background(), json.RawMessage(`{"codes": ["`+LOINCLVEF+`"]}`))
		require.NoError(t, err)
		require.Equal(t, []string{"Observation/lvef-other"}, out.Resources)
		tool, _ = tools.Find(set, "read_note")
		_, err = tool.Call(context.Background(), json.RawMessage(`{"note": "DocumentReference/note-cardio"}`))
		require.ErrorIs(t, err, tools.ErrOutOfScope)
	})
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

func uniq(ss []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
