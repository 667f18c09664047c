package server_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir"
	"github.com/umassist/umassist/fhir/fhirstore"
	"github.com/umassist/umassist/internal/sourcetree"
	"github.com/umassist/umassist/ops"
	"github.com/umassist/umassist/pas"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/server"
)

// withFHIRIntake gives the server the real one-patient intake on the FHIR
// store, as serve has it.
func withFHIRIntake(t *testing.T) func(*server.Config) {
	return func(c *server.Config) {
		c.Bundles = server.BundleLoaderFunc(func(ctx context.Context, ns string, b json.RawMessage) (string, postgres.TxWriter, error) {
			path := filepath.Join(t.TempDir(), "bundle.json")
			if err := os.WriteFile(path, b, 0o600); err != nil {
				return "", nil, err
			}
			ib, err := fhirstore.ReadIntakeBundle(ctx, ns, path, fhir.ParseOptions{})
			if err != nil {
				return "", nil, err
			}
			return ib.Patient, ib, nil
		})
	}
}

func (tb *testBundle) fhirPost(t *testing.T, token, path string, body []byte) (int, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, tb.ts.URL+path, strings.NewReader(string(body)))
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/fhir+json")
	req.Header.Set("Authorization", "Bearer "+token)
	res, err := noRedirect.Do(req)
	require.NoError(t, err)
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	return res.StatusCode, b
}

// The payer's end of PAS with the HL7 Da Vinci example request (home
// oxygen, E0424): the request becomes a case with its records, answered
// pended at once; $inquire answers pended until a person decides, then
// certified with the reviewer's role, or not certified with the
// physician's reason.
func TestPASPayerSide(t *testing.T) {
	t.Parallel()
	example := sourcetree.SharedData("davinci-pas", "bundle-prior-auth.json")
	raw, err := os.ReadFile(example)
	if err != nil {
		t.Skipf("the Da Vinci PAS examples are not beside the source tree: %v", err)
	}
	tb := setup(t, withFHIRIntake(t))
	ctx := context.Background()
	op := tb.tokens[umassist.RoleOperator]
	sub, err := pas.ParseRequest(raw)
	require.NoError(t, err)

	code, body := tb.fhirPost(t, op, "/fhir/Claim/$submit", raw)
	require.Equal(t, http.StatusOK, code, string(body))
	res, err := pas.ParseResponse(body)
	require.NoError(t, err)
	require.Equal(t, pas.Pended, res.Action)
	require.False(t, res.HumanReviewed)
	key := postgres.PASKey(sub.Identifiers[0].System, sub.Identifiers[0].Value)
	cs, _, err := postgres.PASCase(ctx, tb.pool, key)
	require.NoError(t, err)
	require.Equal(t, "Patient/pat013", cs.Patient)
	require.Equal(t, "E0424", cs.Request.Service.Code)
	require.Equal(t, "medicare", cs.Request.Payer)
	var stored int
	require.NoError(t, tb.pool.QueryRow(ctx, `SELECT count(*) FROM fhir_resources WHERE namespace = '' AND patient = 'Patient/pat013'`).Scan(&stored))
	require.Greater(t, stored, 4, "the request's records are on the patient's chart for the agent")

	// The same Claim again is the same case.
	code, body = tb.fhirPost(t, op, "/fhir/Claim/$submit", raw)
	require.Equal(t, http.StatusOK, code, string(body))
	var cases int
	require.NoError(t, tb.pool.QueryRow(ctx, `SELECT count(*) FROM cases WHERE idempotency_key = $1`, key).Scan(&cases))
	require.Equal(t, 1, cases)

	inquire := func(ids []pas.Identifier) (int, *pas.Response) {
		t.Helper()
		q, err := pas.BuildInquiry(pas.InquiryInput{Identifiers: ids, Patient: patientOf(t, raw), Service: cs.Request.Service, Payer: "medicare"})
		require.NoError(t, err)
		code, body := tb.fhirPost(t, op, "/fhir/Claim/$inquire", q)
		if code != http.StatusOK {
			return code, nil
		}
		r, err := pas.ParseResponse(body)
		require.NoError(t, err)
		return code, r
	}
	code, r := inquire(sub.Identifiers)
	require.Equal(t, http.StatusOK, code)
	require.Equal(t, pas.Pended, r.Action)
	code, _ = inquire([]pas.Identifier{{System: "urn:other", Value: "nope"}})
	require.Equal(t, http.StatusNotFound, code)

	// A nurse approves: certified, said to be a person's decision.
	ready(t, tb, cs.ID)
	nurse := tb.users[umassist.RoleNurse].Actor()
	_, err = tb.review.Claim(ctx, cs.ID, nurse)
	require.NoError(t, err)
	_, _, err = tb.review.Decide(ctx, umassist.ReviewAction{CaseID: cs.ID, Actor: nurse, Outcome: umassist.OutcomeApproved})
	require.NoError(t, err)
	_, r = inquire(sub.Identifiers)
	require.Equal(t, pas.CertifiedInTotal, r.Action)
	require.True(t, r.HumanReviewed)
	require.Equal(t, umassist.RoleNurse, r.ReviewerRole)
	require.Equal(t, cs.ID, r.PreAuthRef)

	// The CMS-0057-F report counts the request that came over PAS, decided
	// and approved, under its received year.
	rep, err := ops.CMS0057FReport(ctx, tb.pool, cs.ReceivedAt.Year(), "", time.Now())
	require.NoError(t, err)
	require.Equal(t, 1, rep.Requests)
	require.Equal(t, 1, rep.Determined)
	require.Equal(t, 1, rep.Approved)
	require.Equal(t, 1, rep.Standard.Requests)

	// Every answer disclosed the case's status and is audited.
	entries, err := postgres.ListAudit(ctx, tb.pool, postgres.AuditFilter{CaseID: cs.ID})
	require.NoError(t, err)
	n := 0
	for _, e := range entries {
		if e.Action == "pas.response" {
			n++
		}
	}
	require.Equal(t, 4, n)
}

// A physician's denial travels as not certified with the reason.
func TestPASDenialCarriesTheReason(t *testing.T) {
	t.Parallel()
	raw, err := os.ReadFile(sourcetree.SharedData("davinci-pas", "bundle-prior-auth.json"))
	if err != nil {
		t.Skipf("the Da Vinci PAS examples are not beside the source tree: %v", err)
	}
	tb := setup(t, withFHIRIntake(t))
	ctx := context.Background()
	code, body := tb.fhirPost(t, tb.tokens[umassist.RoleNurse], "/fhir/Claim/$submit", raw)
	require.Equal(t, http.StatusOK, code, string(body))
	sub, err := pas.ParseRequest(raw)
	require.NoError(t, err)
	cs, _, err := postgres.PASCase(ctx, tb.pool, postgres.PASKey(sub.Identifiers[0].System, sub.Identifiers[0].Value))
	require.NoError(t, err)
	ready(t, tb, cs.ID)
	doc := tb.users[umassist.RolePhysician].Actor()
	_, err = tb.review.Claim(ctx, cs.ID, doc)
	require.NoError(t, err)
	reason := "Resting SpO2 93 % on room air is above the 88 % the policy asks for"
	_, _, err = tb.review.Decide(ctx, umassist.ReviewAction{CaseID: cs.ID, Actor: doc, Outcome: umassist.OutcomeDenied, Reason: reason, Passages: []string{"NCD 240.2#B"}})
	require.NoError(t, err)
	q, err := pas.BuildInquiry(pas.InquiryInput{Identifiers: sub.Identifiers, Patient: patientOf(t, raw), Service: cs.Request.Service, Payer: "medicare"})
	require.NoError(t, err)
	code, body = tb.fhirPost(t, tb.tokens[umassist.RoleNurse], "/fhir/Claim/$inquire", q)
	require.Equal(t, http.StatusOK, code, string(body))
	r, err := pas.ParseResponse(body)
	require.NoError(t, err)
	require.Equal(t, pas.NotCertified, r.Action)
	require.Equal(t, umassist.RolePhysician, r.ReviewerRole)
	require.Equal(t, reason, r.Items[0].Reason)
}

func TestPASRefusesBadRequests(t *testing.T) {
	t.Parallel()
	tb := setup(t, withFHIRIntake(t))
	for _, tc := range []struct {
		name, path, body string
		code             int
		want             string
	}{
		{"not JSON", "/fhir/Claim/$submit", "hello", http.StatusBadRequest, "pas:"},
		{"not a PAS bundle", "/fhir/Claim/$submit", `{"resourceType":"Bundle","type":"searchset"}`, http.StatusBadRequest, "pas:"},
		{"inquiry not a bundle", "/fhir/Claim/$inquire", `{"resourceType":"Patient","id":"x"}`, http.StatusBadRequest, "pas:"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, body := tb.fhirPost(t, tb.tokens[umassist.RoleOperator], tc.path, []byte(tc.body))
			require.Equal(t, tc.code, code, string(body))
			require.Contains(t, string(body), tc.want)
			require.Contains(t, string(body), `"code":"invalid"`, "a problem document, not a page")
		})
	}
	var cases int
	require.NoError(t, tb.pool.QueryRow(context.Background(), `SELECT count(*) FROM cases`).Scan(&cases))
	require.Zero(t, cases)
}

// ready gives a case a draft and puts it in the queue, as the agent would.
func ready(t *testing.T, tb *testBundle, id string) {
	t.Helper()
	_, err := postgres.SaveDraft(context.Background(), tb.pool, id, icdDraft(), json.RawMessage(`{}`))
	require.NoError(t, err)
	require.NoError(t, postgres.SetStatus(context.Background(), tb.pool, id, umassist.StatusReadyForReview))
}

// patientOf is the Patient resource of a request bundle.
func patientOf(t *testing.T, raw []byte) json.RawMessage {
	t.Helper()
	var b struct {
		Entry []struct {
			Resource json.RawMessage `json:"resource"`
		} `json:"entry"`
	}
	require.NoError(t, json.Unmarshal(raw, &b))
	for _, e := range b.Entry {
		if strings.Contains(string(e.Resource), `"resourceType": "Patient"`) || strings.Contains(string(e.Resource), `"resourceType":"Patient"`) {
			return e.Resource
		}
	}
	t.Fatal("no Patient in the bundle")
	return nil
}
