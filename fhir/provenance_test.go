package fhir_test

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir"
	"github.com/umassist/umassist/fhir/fhirstore"
	"github.com/umassist/umassist/postgres/pgtest"
)

// doc is a DocumentReference with the given author, description and text.
func doc(id, author, description, text string) map[string]any {
	return map[string]any{"resourceType": "DocumentReference", "id": id, "status": "current",
		"subject": map[string]any{"reference": "Patient/p"}, "date": "2026-02-01T10:00:00Z",
		"type": map[string]any{"text": "Note"}, "author": []any{json.RawMessage(author)}, "description": description,
		"content": []any{map[string]any{"attachment": map[string]any{"contentType": "text/plain", "data": base64.StdEncoding.EncodeToString([]byte(text))}}}}
}

// TestAuthorRole: who wrote a document, from its author references first,
// then the words the record uses; words only ever make it less trusted.
func TestAuthorRole(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, author, description, text string
		want                            umassist.AuthorRole
	}{
		{"a practitioner reference", `{"reference":"Practitioner/1","display":"Ann Lee"}`, "", "Visit note.", umassist.AuthorClinician},
		{"a credential", `{"display":"Miriam Castellanos, MD (Cardiology)"}`, "", "Visit note.", umassist.AuthorClinician},
		{"a name alone", `{"display":"Eastern Maine echo laboratory"}`, "", "Echo report.", umassist.AuthorUnknown},
		{"an organization reference", `{"reference":"Organization/lab","display":"Echo lab"}`, "", "Echo report.", umassist.AuthorOrganization},
		{"a patient reference", `{"reference":"Patient/p","display":"Pat Example"}`, "", "Hello.", umassist.AuthorPatient},
		{"a relative", `{"reference":"RelatedPerson/r","display":"Sam Example"}`, "", "Hello.", umassist.AuthorPatient},
		{"marked (patient)", `{"display":"Constance Example (patient)"}`, "", "Hi Dr. Pryor's office.", umassist.AuthorPatient},
		{"described as a portal message", `{"display":"Constance Example"}`, "Patient portal message", "Hi.", umassist.AuthorPatient},
		{"a heading that says so, under a clinician's reference", `{"reference":"Practitioner/1","display":"Ann Lee, MD"}`, "", "PATIENT PORTAL MESSAGE - received 10/12\nMy EF is 25 %.", umassist.AuthorPatient},
		{"a payer", `{"display":"Acme Health Plan - utilization management"}`, "", "Letter.", umassist.AuthorPayer},
		{"a clinician who mentions the portal in the body", `{"display":"Ann Lee, MD"}`, "", "Clinic note\nPatient sent a patient portal message about dizziness.", umassist.AuthorClinician},
		{"the request form, signed by the clinician", `{"display":"Grace Whitaker, DO"}`, "Prior authorization request from faxed packet pkt_1, page 1", "PRIOR AUTHORIZATION REQUEST FORM\nLVEF 30 %.", umassist.AuthorRequester},
		{"the request's cover letter, signed by the cardiologist", `{"reference":"Practitioner/ic","display":"Ann Lee, MD"}`, "Referral / Prior Authorization Cover Letter", "RE: TAVR request. Diagnosis: severe aortic stenosis, symptomatic (DOE, NYHA class II).", umassist.AuthorRequester},
		{"a PA submission", `{"display":"Valve clinic"}`, "PA submission packet", "Please authorize TF-TAVR.", umassist.AuthorRequester},
		// Blind set T: a valve program's summary for the payer, typed by
		// its coordinator, restated "symptomatic (NYHA II)" against four
		// clinicians' "asymptomatic", and was read as evidence.
		{"a program's authorization summary", `{"reference":"Practitioner/rn","display":"Linh Pham, RN"}`, "TAVR authorization summary (coordinator)", "Structural Heart Program - TAVR Authorization Request Summary\nDiagnosis: Symptomatic severe aortic stenosis (NYHA II)", umassist.AuthorRequester},
		{"an authorization request summary", `{"display":"Valve clinic"}`, "Authorization request summary", "Procedure: TF-TAVR.", umassist.AuthorRequester},
		{"a clinician's note that mentions the request", `{"display":"Ann Lee, MD"}`, "", "Plan: ICD. Prior authorization request sent today.", umassist.AuthorClinician},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			b, err := json.Marshal(doc("d", tt.author, tt.description, tt.text))
			require.NoError(t, err)
			var r fhir.Resource
			require.NoError(t, json.Unmarshal(b, &r))
			nc, err := fhir.ExtractNote(&r, 0)
			require.NoError(t, err)
			require.Equal(t, tt.want, nc.AuthorRole)
		})
	}
}

// TestAuthorRoleIsStored: the role survives loading and reaches the tools'
// sources (list, read, search).
// Who made or reported an observation, from its performer.
func TestPerformerRole(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name, performer string
		want            umassist.AuthorRole
	}{
		{"no performer", ``, umassist.AuthorUnknown},
		{"a practitioner", `[{"reference":"Practitioner/1"}]`, umassist.AuthorClinician},
		{"the echo lab", `[{"reference":"Organization/lab"}]`, umassist.AuthorOrganization},
		{"the patient", `[{"reference":"Patient/p"}]`, umassist.AuthorPatient},
		{"a relative", `[{"reference":"RelatedPerson/r"}]`, umassist.AuthorPatient},
		{"named as the patient", `[{"display":"Pat Example (patient)"}]`, umassist.AuthorPatient},
		{"a clinician and the patient", `[{"reference":"Practitioner/1"},{"reference":"Patient/p"}]`, umassist.AuthorPatient},
		{"not a list", `{"reference":"Patient/p"}`, umassist.AuthorUnknown},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var r fhir.Resource
			raw := `{"resourceType":"Observation","id":"o","status":"final","code":{"text":"LVEF"}`
			if tt.performer != "" {
				raw += `,"performer":` + tt.performer
			}
			require.NoError(t, json.Unmarshal([]byte(raw+`}`), &r))
			require.Equal(t, tt.want, fhir.PerformerRoleOf(&r))
		})
	}
}

func TestAuthorRoleIsStored(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	bundle := map[string]any{"resourceType": "Bundle", "type": "collection", "entry": []any{
		map[string]any{"resource": map[string]any{"resourceType": "Patient", "id": "p"}},
		map[string]any{"resource": doc("portal", `{"display":"Pat Example (patient)"}`, "", "My ejection fraction is 25 percent.")},
		map[string]any{"resource": doc("clinic", `{"reference":"Practitioner/1","display":"Ann Lee, MD"}`, "", "Ejection fraction 30 percent on echo.")},
	}}
	b, err := json.Marshal(bundle)
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "bundle.json")
	require.NoError(t, os.WriteFile(path, b, 0o600))
	s := fhirstore.New(pgtest.DB(t), fhirstore.WithProgress(io.Discard))
	res, err := s.Load(ctx, "", path)
	require.NoError(t, err)
	require.Empty(t, res.Errors)

	src := s.Source("")
	notes, err := src.Notes(ctx, umassist.NoteQuery{Patient: "Patient/p"})
	require.NoError(t, err)
	roles := map[string]umassist.AuthorRole{}
	for _, n := range notes {
		roles[n.Ref] = n.AuthorRole
	}
	require.Equal(t, map[string]umassist.AuthorRole{"DocumentReference/portal": umassist.AuthorPatient, "DocumentReference/clinic": umassist.AuthorClinician}, roles)
	n, _, err := src.NoteText(ctx, "DocumentReference/portal")
	require.NoError(t, err)
	require.Equal(t, umassist.AuthorPatient, n.AuthorRole)
	hits, err := src.SearchNotes(ctx, umassist.NoteQuery{Patient: "Patient/p", Text: "ejection fraction"})
	require.NoError(t, err)
	require.Len(t, hits, 2)
	for _, h := range hits {
		require.Equal(t, roles[h.Note.Ref], h.Note.AuthorRole, h.Note.Ref)
	}
}
