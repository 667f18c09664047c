package pasclient_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/golang-jwt/jwt/v5"
	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/pas"
	"github.com/umassist/umassist/pasclient"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/postgres/pgtest"
)

// fakePayer answers $submit and $inquire with the scripted review action,
// and counts what it received.
type fakePayer struct {
	srv     *httptest.Server
	action  atomic.Value // pas.ReviewActionCode
	submits atomic.Int32
	token   string
	// smartKey, when set, is the public key of the one client the payer
	// registered for SMART Backend Services: /auth/token swaps an
	// assertion it signed for an access token.
	smartKey   any
	smartToken atomic.Value // string: the token last issued
	grants     atomic.Int32
}

func newFakePayer(t *testing.T) *fakePayer {
	p := &fakePayer{token: "payer-issued-token"}
	p.action.Store(pas.Pended)
	p.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/auth/token" {
			p.issue(w, r)
			return
		}
		if issued, _ := p.smartToken.Load().(string); p.smartKey != nil && r.Header.Get("Authorization") == "Bearer "+issued && issued != "" {
			// A token this payer issued by SMART Backend Services.
		} else if r.Header.Get("Authorization") != "Bearer "+p.token {
			http.Error(w, `{"detail":"who are you"}`, http.StatusUnauthorized)
			return
		}
		body, _ := io.ReadAll(r.Body)
		var claim pas.Claim
		switch r.URL.Path {
		case "/fhir/Claim/$submit":
			p.submits.Add(1)
			sub, err := pas.ParseRequest(body)
			if err != nil {
				http.Error(w, `{"detail":"`+err.Error()+`"}`, http.StatusBadRequest)
				return
			}
			claim = sub.Claim
		case "/fhir/Claim/$inquire":
			inq, err := pas.ParseInquiry(body)
			if err != nil {
				http.Error(w, err.Error(), http.StatusBadRequest)
				return
			}
			claim = pas.Claim{Ref: "Claim/x", Identifiers: inq.Identifiers, Patient: inq.Patient, Insurer: "Organization/payer"}
		default:
			http.NotFound(w, r)
			return
		}
		in := pas.ResponseInput{Claim: claim, ReferenceNumber: "AUTH-1", Insurer: "Organization/payer"}
		switch p.action.Load().(pas.ReviewActionCode) {
		case pas.CertifiedInTotal:
			in.Status, in.Reviewer = umassist.StatusApproved, umassist.Actor{ID: "n", Role: umassist.RoleNurse}
		case pas.NotCertified:
			in.Status, in.Reviewer = umassist.StatusDenied, umassist.Actor{ID: "d", Role: umassist.RolePhysician}
			in.Reason = "LVEF 40 % is above the 35 % the policy asks for"
		default:
			in.Status = umassist.StatusReadyForReview
		}
		out, err := pas.BuildResponse(in)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/fhir+json")
		_, _ = w.Write(out)
	}))
	t.Cleanup(p.srv.Close)
	return p
}

// issue is the payer's SMART token endpoint: client_credentials with a
// private_key_jwt assertion signed by the registered key, for this
// endpoint as its audience, asking for the PAS scope.
func (p *fakePayer) issue(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil || p.smartKey == nil || r.Form.Get("grant_type") != "client_credentials" ||
		r.Form.Get("client_assertion_type") != "urn:ietf:params:oauth:client-assertion-type:jwt-bearer" ||
		r.Form.Get("scope") != pasclient.DefaultPASScope {
		http.Error(w, `{"error":"invalid_request"}`, http.StatusBadRequest)
		return
	}
	var claims jwt.RegisteredClaims
	_, err := jwt.ParseWithClaims(r.Form.Get("client_assertion"), &claims, func(*jwt.Token) (any, error) { return p.smartKey, nil },
		jwt.WithValidMethods([]string{"ES384", "RS384"}), jwt.WithAudience(p.srv.URL+"/auth/token"), jwt.WithIssuer("bpo-client"), jwt.WithSubject("bpo-client"))
	if err != nil {
		http.Error(w, `{"error":"invalid_client"}`, http.StatusUnauthorized)
		return
	}
	tok := fmt.Sprintf("smart-token-%d", p.grants.Add(1))
	p.smartToken.Store(tok)
	w.Header().Set("Content-Type", "application/json")
	_, _ = fmt.Fprintf(w, `{"access_token":%q,"token_type":"bearer","expires_in":300,"scope":%q}`, tok, pasclient.DefaultPASScope)
}

// approvedCase stores a pre-submission case as a nurse would have left it:
// the patient on the record, a draft citing an observation, approved.
func approvedCase(t *testing.T, pool postgres.Querier, store *postgres.CaseStore, status umassist.CaseStatus) string {
	t.Helper()
	ctx := context.Background()
	c, _, err := store.Create(ctx, postgres.CreateCase{Patient: "Patient/p1", Actor: umassist.Actor{ID: "t", Role: umassist.RoleOperator},
		Request: umassist.ServiceRequest{Service: umassist.Coding{System: umassist.SystemCPT, Code: "33249"}, Payer: "medicare",
			Urgency: umassist.UrgencyStandard, Date: umassist.MustDate("2026-12-01"),
			Diagnoses: []umassist.Coding{{System: umassist.SystemICD10CM, Code: "I50.22"}}}})
	require.NoError(t, err)
	for _, r := range []string{
		`{"resourceType":"Patient","id":"p1","gender":"female","birthDate":"1950-01-01"}`,
		`{"resourceType":"Observation","id":"lvef","status":"final","subject":{"reference":"Patient/p1"},"code":{"text":"LVEF"},"effectiveDateTime":"2026-11-20","valueQuantity":{"value":28,"unit":"%"}}`,
	} {
		var h struct{ ResourceType, ID string }
		require.NoError(t, json.Unmarshal([]byte(r), &h))
		_, err := pool.Exec(ctx, `INSERT INTO fhir_resources (namespace, type, id, patient, resource) VALUES ('', $1, $2, 'Patient/p1', $3) ON CONFLICT DO NOTHING`, h.ResourceType, h.ID, r)
		require.NoError(t, err)
	}
	_, err = postgres.SaveDraft(ctx, pool, c.ID, &umassist.Draft{Recommendation: umassist.RecommendApprove, Policy: "NCD 20.4", Model: "offline", PromptVersion: "t",
		Evidence: []string{"Observation/lvef", "Observation/gone"}}, json.RawMessage(`{}`))
	require.NoError(t, err)
	if status != umassist.StatusReceived {
		// A reviewer sees a case once it is drafted.
		require.NoError(t, postgres.SetStatus(ctx, pool, c.ID, umassist.StatusReadyForReview))
	}
	if status == umassist.StatusApproved {
		// A case is approved only through a reviewer's action (the
		// database refuses a bare status write).
		_, err = pool.Exec(ctx, `INSERT INTO review_actions (case_id, actor_id, actor_role, outcome, created_at) VALUES ($1, 'n', 'nurse', 'approved', now())`, c.ID)
		require.NoError(t, err)
	}
	require.NoError(t, postgres.SetStatus(ctx, pool, c.ID, status))
	return c.ID
}

func TestSubmitter(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.DB(t)
	store := postgres.NewCaseStore(pool, nil)
	payer := newFakePayer(t)
	s := &pasclient.Submitter{Pool: pool, Endpoints: pasclient.Endpoints{
		"medicare": pasclient.Endpoint{Payer: "medicare", URL: payer.srv.URL + "/fhir"}.WithToken(payer.token)}}

	// Not approved: recorded, nothing sent, not retried.
	id := approvedCase(t, pool, store, umassist.StatusReadyForReview)
	pended, err := s.Submit(ctx, id)
	require.NoError(t, err)
	require.False(t, pended)
	rec, err := postgres.GetPASSubmission(ctx, pool, id)
	require.NoError(t, err)
	require.Contains(t, rec.LastError, "not approved")
	require.Nil(t, rec.SubmittedAt)
	require.Zero(t, payer.submits.Load())

	// Approved: sent with the cited evidence that exists, pended, then
	// followed until the payer's person certifies it.
	id = approvedCase(t, pool, store, umassist.StatusApproved)
	pended, err = s.Submit(ctx, id)
	require.NoError(t, err)
	require.True(t, pended)
	require.EqualValues(t, 1, payer.submits.Load())
	pended, err = s.Submit(ctx, id) // a retried job sends nothing twice
	require.NoError(t, err)
	require.True(t, pended)
	require.EqualValues(t, 1, payer.submits.Load())
	final, err := s.Inquire(ctx, id)
	require.NoError(t, err)
	require.False(t, final)
	payer.action.Store(pas.CertifiedInTotal)
	final, err = s.Inquire(ctx, id)
	require.NoError(t, err)
	require.True(t, final)
	rec, err = postgres.GetPASSubmission(ctx, pool, id)
	require.NoError(t, err)
	require.Equal(t, "A1", rec.Action)
	require.True(t, rec.HumanReviewed)
	require.Equal(t, 2, rec.Inquiries)
	var refs []string
	require.NoError(t, pool.QueryRow(ctx, `SELECT resources FROM audit_log WHERE action = 'pas.submit' AND case_id = $1`, id).Scan(&refs))
	require.Equal(t, []string{"Observation/lvef"}, refs, "what was sent is audited; a citation no longer on the record is not sent")

	// A payer umassist has no endpoint for: recorded, not retried.
	s.Endpoints = pasclient.Endpoints{}
	id = approvedCase(t, pool, store, umassist.StatusApproved)
	_, err = s.Submit(ctx, id)
	require.NoError(t, err)
	rec, err = postgres.GetPASSubmission(ctx, pool, id)
	require.NoError(t, err)
	require.Contains(t, rec.LastError, `no PAS endpoint is configured for payer "medicare"`)

	// A payer that refuses the token: an error River retries, recorded.
	s.Endpoints = pasclient.Endpoints{"medicare": pasclient.Endpoint{Payer: "medicare", URL: payer.srv.URL + "/fhir"}.WithToken("stale")}
	id = approvedCase(t, pool, store, umassist.StatusApproved)
	_, err = s.Submit(ctx, id)
	require.ErrorContains(t, err, "401")
	rec, err = postgres.GetPASSubmission(ctx, pool, id)
	require.NoError(t, err)
	require.Contains(t, rec.LastError, "who are you")
}

// A request the payer does not certify opens an appeal case once, with
// the payer's reason, for the BPO's physician to decide on.
func TestNonCertificationOpensAnAppeal(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.DB(t)
	store := postgres.NewCaseStore(pool, nil)
	payer := newFakePayer(t)
	payer.action.Store(pas.NotCertified)
	s := &pasclient.Submitter{Pool: pool, Cases: store, Endpoints: pasclient.Endpoints{
		"medicare": pasclient.Endpoint{Payer: "medicare", URL: payer.srv.URL + "/fhir"}.WithToken(payer.token)}}
	id := approvedCase(t, pool, store, umassist.StatusApproved)
	pended, err := s.Submit(ctx, id)
	require.NoError(t, err)
	require.False(t, pended, "a non-certification is final")
	rec, err := postgres.GetPASSubmission(ctx, pool, id)
	require.NoError(t, err)
	require.Equal(t, "A3", rec.Action)
	require.NotEmpty(t, rec.AppealCaseID)
	appeal, err := postgres.GetCase(ctx, pool, rec.AppealCaseID)
	require.NoError(t, err)
	require.Equal(t, "Patient/p1", appeal.Patient)
	require.Equal(t, "33249", appeal.Request.Service.Code)
	require.Contains(t, appeal.Request.Note, "LVEF 40 % is above the 35 % the policy asks for")
	require.Equal(t, umassist.StatusReceived, appeal.Status, "queued to be drafted")

	_, err = s.Inquire(ctx, id) // final already: nothing more is opened
	require.NoError(t, err)
	var appeals int
	require.NoError(t, pool.QueryRow(ctx, `SELECT count(*) FROM cases WHERE idempotency_key = $1`, "appeal:"+id).Scan(&appeals))
	require.Equal(t, 1, appeals)
}

func TestLoadEndpoints(t *testing.T) {
	dir := t.TempDir()
	write := func(s string) string {
		p := filepath.Join(dir, "endpoints.json")
		require.NoError(t, os.WriteFile(p, []byte(s), 0o600))
		return p
	}
	t.Setenv("PAYER_TOKEN", "tok")
	eps, err := pasclient.LoadEndpoints(write(`{"endpoints":[{"payer":"medicare","url":"https://payer.example/fhir","token_env":"PAYER_TOKEN"}]}`))
	require.NoError(t, err)
	require.Equal(t, "https://payer.example/fhir", eps["medicare"].URL)

	// SMART Backend Services: the key is read at load, so a bad one fails
	// at start-up.
	key, err := ecdsa.GenerateKey(elliptic.P384(), rand.Reader)
	require.NoError(t, err)
	der, err := x509.MarshalPKCS8PrivateKey(key)
	require.NoError(t, err)
	keyFile := filepath.Join(dir, "payer-key.pem")
	require.NoError(t, os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}), 0o600))
	eps, err = pasclient.LoadEndpoints(write(`{"endpoints":[{"payer":"medicare","url":"https://payer.example/fhir","smart":{"client_id":"bpo","key_file":"` + keyFile + `"}}]}`))
	require.NoError(t, err)
	require.Equal(t, "bpo", eps["medicare"].SMART.ClientID)
	for _, bad := range []string{
		`{"endpoints":[{"payer":"medicare","url":"https://x","token_env":"PAYER_TOKEN","smart":{"client_id":"bpo","key_file":"` + keyFile + `"}}]}`,
		`{"endpoints":[{"payer":"medicare","url":"https://x","smart":{"client_id":"bpo","key_file":"/nonexistent.pem"}}]}`,
		`{"endpoints":[{"payer":"medicare","url":"https://x","smart":{"key_file":"` + keyFile + `"}}]}`,
		`{"endpoints":[{"payer":"medicare","url":"ftp://x"}]}`,
		`{"endpoints":[{"payer":"medicare","url":"https://x","token_env":"NOT_SET_ANYWHERE"}]}`,
		`{"endpoints":[{"payer":"medicare","url":"https://x","token":"in the file"}]}`,
	} {
		_, err := pasclient.LoadEndpoints(write(bad))
		require.Error(t, err, bad)
	}
}

// A payer that registered this client for SMART Backend Services gets a
// request carrying the access token its token endpoint issued for a
// signed assertion, not a long-lived secret; the token is reused until it
// expires.
func TestSubmitterUsesSMARTBackendServices(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.DB(t)
	store := postgres.NewCaseStore(pool, nil)
	payer := newFakePayer(t)
	key, err := ecdsa.GenerateKey(elliptic.P384(), rand.Reader)
	require.NoError(t, err)
	payer.smartKey = &key.PublicKey
	payer.token = "a token this client does not have"
	ep, err := pasclient.Endpoint{Payer: "medicare", URL: payer.srv.URL + "/fhir",
		SMART: &pasclient.SMART{ClientID: "bpo-client", KeyID: "k1", TokenURL: payer.srv.URL + "/auth/token"}}.WithSMART(key)
	require.NoError(t, err)
	s := &pasclient.Submitter{Pool: pool, Endpoints: pasclient.Endpoints{"medicare": ep}}

	for range 2 {
		id := approvedCase(t, pool, store, umassist.StatusApproved)
		pended, err := s.Submit(ctx, id)
		require.NoError(t, err)
		require.True(t, pended)
	}
	require.EqualValues(t, 2, payer.submits.Load())
	require.EqualValues(t, 1, payer.grants.Load(), "one token for both submissions")

	// Signed with another key, the payer refuses the assertion and nothing is sent.
	other, err := ecdsa.GenerateKey(elliptic.P384(), rand.Reader)
	require.NoError(t, err)
	bad, err := pasclient.Endpoint{Payer: "medicare", URL: payer.srv.URL + "/fhir",
		SMART: &pasclient.SMART{ClientID: "bpo-client", TokenURL: payer.srv.URL + "/auth/token"}}.WithSMART(other)
	require.NoError(t, err)
	s.Endpoints["medicare"] = bad
	id := approvedCase(t, pool, store, umassist.StatusApproved)
	_, err = s.Submit(ctx, id)
	require.Error(t, err)
	require.EqualValues(t, 2, payer.submits.Load())
}
