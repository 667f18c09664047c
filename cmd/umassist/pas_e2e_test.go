package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"encoding/json"
	"net/http/httptest"
	"os"
	"testing"
	"time"

	"github.com/go-jose/go-jose/v4"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/agent/offline"
	"github.com/umassist/umassist/cdshooks"
	"github.com/umassist/umassist/drafting"
	"github.com/umassist/umassist/fhir/synthetic"
	"github.com/umassist/umassist/internal/sourcetree"
	"github.com/umassist/umassist/ops"
	"github.com/umassist/umassist/pas"
	"github.com/umassist/umassist/pasclient"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/postgres/pgtest"
	"github.com/umassist/umassist/queue"
	"github.com/umassist/umassist/server"
)

// instance is one umassist on loopback with its own database, its agent
// drafting through its own job queue, and one registered EHR whose orders
// open cases.
type instance struct {
	pool   *pgxpool.Pool
	srv    *httptest.Server
	review *postgres.ReviewStore
	hooks  *cdshooks.Handlers
	ehrKey *ecdsa.PrivateKey
}

// newInstance starts an instance; submitter, when set, makes it a BPO's
// (approved pre-submission cases go to a payer).
func newInstance(t testing.TB, submitter queue.Submitter) *instance {
	t.Helper()
	ctx := context.Background()
	owner, pool := pgtest.OwnerAndApp(t) // as serve runs: the app's role, not the owner
	// The health system whose EHR orders come in (the command line's
	// job: umassist clients add).
	require.NoError(t, postgres.CreateClient(ctx, owner, postgres.Client{ID: "northwind-health", Name: "Northwind Health"}))
	key, err := ecdsa.GenerateKey(elliptic.P384(), rand.Reader)
	require.NoError(t, err)
	set, err := json.Marshal(jose.JSONWebKeySet{Keys: []jose.JSONWebKey{{Key: &key.PublicKey, KeyID: "ehr-1", Algorithm: "ES384", Use: "sig"}}})
	require.NoError(t, err)
	clients, err := cdshooks.NewClients(ctx, cdshooks.Client{Issuer: "https://ehr.example.org", ClientID: "ehr", JWKS: set, Payer: "medicare", OpenCases: true,
		UMClient: "northwind-health"})
	require.NoError(t, err)
	d, toolsOn, err := newPipeline(ctx, pool, offline.New(), nil)
	require.NoError(t, err)
	qc, err := queue.New(pool, queue.Config{Drafter: &drafting.CaseDrafter{Pool: pool, Drafter: d}, Workers: 2,
		Submitter: submitter, InquireEvery: 150 * time.Millisecond})
	require.NoError(t, err)
	require.NoError(t, qc.Start(ctx))
	t.Cleanup(func() { _ = qc.Stop(context.WithoutCancel(ctx)) })
	cases := postgres.NewCaseStore(pool, qc)
	hooks := &cdshooks.Handlers{Drafter: &orderDrafter{base: d, tools: toolsOn}, Cases: caseOpener{cases}, Clients: clients, DB: pool}
	review := postgres.NewReviewStore(pool, qc)
	review.Answers = answerFiler
	if submitter != nil {
		review.Submissions = qc
	}
	_, loader, err := fhirResources(ctx, nil, nil, pool)
	require.NoError(t, err)
	srv, err := server.New(server.Config{Records: postgres.Records{Pool: pool}, Accounts: postgres.Accounts{Pool: pool}, Cases: cases, Review: review, Bundles: loader,
		Mount: func(s *server.Server) { mountCDSHooks(s, hooks) }})
	require.NoError(t, err)
	hs := httptest.NewServer(srv)
	t.Cleanup(hs.Close)
	return &instance{pool: pool, srv: hs, review: review, hooks: hooks, ehrKey: key}
}

// waitFor polls until ok or the deadline.
func waitFor(t *testing.T, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func (in *instance) statusOf(t *testing.T, id string) umassist.CaseStatus {
	t.Helper()
	c, err := postgres.GetCase(context.Background(), in.pool, id)
	require.NoError(t, err)
	return c.Status
}

func (in *instance) decide(t *testing.T, id string, by umassist.Actor, a umassist.ReviewAction) {
	t.Helper()
	ctx := context.Background()
	require.NoError(t, postgres.CreateUser(ctx, in.pool, &postgres.User{ID: by.ID, Name: by.ID, Role: by.Role}))
	_, err := in.review.Claim(ctx, id, by)
	require.NoError(t, err)
	a.CaseID, a.Actor = id, by
	_, _, err = in.review.Decide(ctx, a)
	require.NoError(t, err)
}

// TestTwoInstancesPriorAuthEndToEnd runs the whole prior-authorization
// path between two umassist instances on loopback: a BPO's, auditing a
// health system's order at signing (CDS Hooks), asking the clinician for
// the NYHA class, re-drafting with the answer, its nurse approving and
// submitting over Da Vinci PAS; and a payer's, receiving the request as a
// case, drafting it, its nurse deciding, and the final ClaimResponse
// flowing back to the BPO. No AI decides anything on either side.
func TestTwoInstancesPriorAuthEndToEnd(t *testing.T) {
	t.Parallel()
	ctx := context.Background()

	payer := newInstance(t, nil)
	_, err := server.EnsureUser(ctx, payer.pool, "bpo-submitter", umassist.RoleOperator, "a long enough password 1")
	require.NoError(t, err)
	token, err := server.IssueAPIToken(ctx, payer.pool, "bpo-submitter", "BPO PAS client", 0)
	require.NoError(t, err)
	submitter := &pasclient.Submitter{Endpoints: pasclient.Endpoints{
		"medicare": pasclient.Endpoint{Payer: "medicare", URL: payer.srv.URL + "/fhir"}.WithToken(token)}}
	bpo := newInstance(t, submitter)
	submitter.Pool = bpo.pool

	// 1. The ordering clinician signs an ICD order; the chart lacks the
	//    NYHA class: the card asks, and the BPO's case opens.
	sc, err := synthetic.GenerateWith("icd", "no-nyha", 21, synthetic.Options{RequestDate: time.Now().UTC()})
	require.NoError(t, err)
	req, err := cdshooks.OrderSign("e2e-1", "PractitionerRole/dr-okafor", sc.Bundle, sc.Request.Service, sc.Request.Diagnoses, false)
	require.NoError(t, err)
	ehr := &cdshooks.EHR{BaseURL: bpo.srv.URL, Key: bpo.ehrKey, KeyID: "ehr-1", Issuer: "https://ehr.example.org", ClientID: "ehr"}
	res, err := ehr.Call(ctx, "umassist-crd-order-sign", req)
	require.NoError(t, err)
	require.Contains(t, res.Cards[0].Summary, "Before signing:")
	require.Contains(t, res.Cards[0].Summary, "NYHA")
	var bpoCase string
	require.NoError(t, bpo.pool.QueryRow(ctx, `SELECT case_id FROM order_audits WHERE case_id IS NOT NULL`).Scan(&bpoCase))

	// 2. The BPO's agent drafts it: request_info. The nurse asks the
	//    clinician; the answer comes back and the case is re-drafted.
	waitFor(t, "the BPO draft", func() bool { return bpo.statusOf(t, bpoCase) == umassist.StatusReadyForReview })
	d, _, err := postgres.LatestDraft(ctx, bpo.pool, bpoCase)
	require.NoError(t, err)
	require.Equal(t, umassist.RecommendRequestInfo, d.Recommendation)
	nurse := umassist.Actor{ID: "bpo-nurse", Name: "BPO nurse", Role: umassist.RoleNurse}
	bpo.decide(t, bpoCase, nurse, umassist.ReviewAction{Outcome: umassist.OutcomeInfoRequested, Question: d.Questions[0]})
	_, err = bpo.review.AddInformation(ctx, bpoCase, nurse, "Cardiology follow-up today: NYHA class II symptoms on optimal therapy.")
	require.NoError(t, err)

	waitFor(t, "the re-draft", func() bool {
		d, _, err := postgres.LatestDraft(ctx, bpo.pool, bpoCase)
		return err == nil && d.Version == 2 && bpo.statusOf(t, bpoCase) == umassist.StatusReadyForReview
	})
	d, _, err = postgres.LatestDraft(ctx, bpo.pool, bpoCase)
	require.NoError(t, err)
	require.Equal(t, umassist.RecommendApprove, d.Recommendation, d.Summary)

	// 3. The BPO nurse approves: the request goes to the payer over PAS
	//    and is pended there.
	_, err = bpo.review.Claim(ctx, bpoCase, nurse)
	require.NoError(t, err)
	_, _, err = bpo.review.Decide(ctx, umassist.ReviewAction{CaseID: bpoCase, Actor: nurse, Outcome: umassist.OutcomeApproved})
	require.NoError(t, err)
	waitFor(t, "the submission", func() bool {
		s, err := postgres.GetPASSubmission(ctx, bpo.pool, bpoCase)
		return err == nil && s.SubmittedAt != nil
	})
	s, err := postgres.GetPASSubmission(ctx, bpo.pool, bpoCase)
	require.NoError(t, err)
	require.Equal(t, string(pas.Pended), s.Action)

	// 4. The payer's case: the BPO's evidence is on its chart, its agent
	//    drafts, its nurse approves.
	payerCase, _, err := postgres.PASCase(ctx, payer.pool, postgres.PASKey(pasclient.IdentifierSystem, bpoCase))
	require.NoError(t, err)
	require.Equal(t, "33249", payerCase.Request.Service.Code)
	waitFor(t, "the payer draft", func() bool { return payer.statusOf(t, payerCase.ID) == umassist.StatusReadyForReview })
	pd, _, err := postgres.LatestDraft(ctx, payer.pool, payerCase.ID)
	require.NoError(t, err)
	require.Equal(t, umassist.RecommendApprove, pd.Recommendation, "the evidence the BPO sent meets the policy on the payer's side too:\n%s", pd.Summary)
	payer.decide(t, payerCase.ID, umassist.Actor{ID: "payer-nurse", Role: umassist.RoleNurse}, umassist.ReviewAction{Outcome: umassist.OutcomeApproved})

	// 5. The BPO's follow-up reads the final answer: certified by a person.
	waitFor(t, "the final ClaimResponse", func() bool {
		s, err := postgres.GetPASSubmission(ctx, bpo.pool, bpoCase)
		return err == nil && s.FinalAt != nil
	})
	s, err = postgres.GetPASSubmission(ctx, bpo.pool, bpoCase)
	require.NoError(t, err)
	require.Equal(t, string(pas.CertifiedInTotal), s.Action)
	require.True(t, s.HumanReviewed)
	require.Equal(t, payerCase.ID, s.PreAuthRef)
	require.Greater(t, s.Inquiries, 0)

	for _, side := range []struct {
		in      *instance
		actions []string
	}{
		{bpo, []string{"cds.order-sign", "case.create", "review.info_requested", "review.approved", "pas.submit", "pas.final"}},
		{payer, []string{"case.create", "review.approved", "pas.response"}},
	} {
		var got []string
		rows, err := side.in.pool.Query(ctx, `SELECT DISTINCT action FROM audit_log`)
		require.NoError(t, err)
		for rows.Next() {
			var a string
			require.NoError(t, rows.Scan(&a))
			got = append(got, a)
		}
		require.NoError(t, rows.Err())
		for _, want := range side.actions {
			require.Contains(t, got, want)
		}
	}
	var detail json.RawMessage
	require.NoError(t, bpo.pool.QueryRow(ctx, `SELECT detail FROM audit_log WHERE action = 'pas.final'`).Scan(&detail))
	require.Contains(t, string(detail), `"human_reviewed": true`)

	// 6. The BPO lead's outcomes: one order, sent, certified first time;
	//    one question to Dr Okafor, answered.
	kpis, err := ops.KPIs(ctx, bpo.pool, time.Now().Add(-time.Hour), time.Now(), "")
	require.NoError(t, err)
	require.Len(t, kpis.ByClient, 1)
	o := kpis.ByClient[0]
	require.Equal(t, "northwind-health", o.Key, "the case is the EHR's registered client's")
	require.Equal(t, 1, o.Submitted)
	require.Equal(t, 1, o.Certified)
	require.InDelta(t, 1.0, o.FirstPassRate, 1e-9)
	require.Len(t, kpis.Queries, 1)
	require.Equal(t, "PractitionerRole/dr-okafor", kpis.Queries[0].Clinician)
	require.Equal(t, 1, kpis.Queries[0].Answered)
}

// TestPASCommandLine: `umassist pas submit` sends HL7's example request to
// a payer instance and `umassist pas inquire` follows it to a nurse's
// certification.
func TestPASCommandLine(t *testing.T) {
	example := sourcetree.SharedData("davinci-pas", "bundle-prior-auth.json")
	if _, err := os.Stat(example); err != nil {
		t.Skipf("the Da Vinci PAS examples are not beside the source tree: %v", err)
	}
	ctx := context.Background()
	payer := newInstance(t, nil)
	_, err := server.EnsureUser(ctx, payer.pool, "provider", umassist.RoleOperator, "a long enough password 1")
	require.NoError(t, err)
	token, err := server.IssueAPIToken(ctx, payer.pool, "provider", "cli", 0)
	require.NoError(t, err)
	env := map[string]string{"UMASSIST_PAS_TOKEN": token}
	code, out, errOut := runCLI(t, env, "pas", "submit", "--url", payer.srv.URL+"/fhir", example)
	require.Equal(t, exitOK, code, errOut)
	require.Contains(t, out, "A4 Pended")

	raw, err := os.ReadFile(example)
	require.NoError(t, err)
	sub, err := pas.ParseRequest(raw)
	require.NoError(t, err)
	c, _, err := postgres.PASCase(ctx, payer.pool, postgres.PASKey(sub.Identifiers[0].System, sub.Identifiers[0].Value))
	require.NoError(t, err)
	waitFor(t, "the payer draft", func() bool { return payer.statusOf(t, c.ID) == umassist.StatusReadyForReview })
	d, _, err := postgres.LatestDraft(ctx, payer.pool, c.ID)
	require.NoError(t, err)
	a := umassist.ReviewAction{Outcome: umassist.OutcomeApproved}
	if d.ApprovalOverrides() {
		a.OverrideCode, a.Reason = umassist.OverrideCodes[0], "Reviewed the oximetry report attached to the request."
	}
	payer.decide(t, c.ID, umassist.Actor{ID: "payer-nurse", Role: umassist.RoleNurse}, a)
	code, out, errOut = runCLI(t, env, "pas", "inquire", "--url", payer.srv.URL+"/fhir", example)
	require.Equal(t, exitOK, code, errOut)
	require.Contains(t, out, "A1")
	require.Contains(t, out, "decided by a nurse")

	code, _, errOut = runCLI(t, map[string]string{"UMASSIST_PAS_TOKEN": "wrong"}, "pas", "inquire", "--url", payer.srv.URL+"/fhir", example)
	require.Equal(t, exitFailure, code)
	require.Contains(t, errOut, "401")
}
