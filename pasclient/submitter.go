package pasclient

import (
	"bytes"
	"context"
	"crypto"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir"
	"github.com/umassist/umassist/fhir/fhirstore"
	"github.com/umassist/umassist/pas"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/queue"
)

// Endpoint is a payer's PAS API.
type Endpoint struct {
	Payer string `json:"payer"` // the case's payer, "medicare"
	// URL is the payer's FHIR base: requests go to URL/Claim/$submit.
	URL string `json:"url"`
	// TokenEnv names the environment variable holding the bearer token the
	// payer issued this client (kept out of the file).
	TokenEnv string `json:"token_env,omitempty"`
	// SMART, instead, gets a token for each request by SMART Backend
	// Services: a client assertion signed with the key the payer
	// registered for this client, as the FHIR client does with EHRs.
	SMART *SMART `json:"smart,omitempty"`
	token string
	auth  *fhir.Client
}

// SMART is a payer's SMART Backend Services registration of this client.
type SMART struct {
	ClientID string `json:"client_id"`
	// KeyFile is the PEM (PKCS#8) private key whose public half the payer
	// holds: RSA (RS384) or P-384 (ES384).
	KeyFile string `json:"key_file"`
	KeyID   string `json:"key_id,omitempty"`
	// Scope requested; default "system/Claim.write system/ClaimResponse.read"
	// (PAS posts Claims and reads ClaimResponses).
	Scope string `json:"scope,omitempty"`
	// TokenURL skips discovery (URL/.well-known/smart-configuration).
	TokenURL string `json:"token_url,omitempty"`
}

// DefaultPASScope is what a PAS client asks a payer for.
const DefaultPASScope = "system/Claim.write system/ClaimResponse.read"

// Endpoints are the payers this instance submits to.
type Endpoints map[string]Endpoint

// LoadEndpoints reads {"endpoints": [Endpoint...]}; each token is read from
// its environment variable now, so a missing one fails at start-up.
func LoadEndpoints(path string) (Endpoints, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("pasclient: endpoints: %w", err)
	}
	var f struct {
		Endpoints []Endpoint `json:"endpoints"`
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, umassist.Errorf(umassist.EINVALID, "pasclient: endpoints %s: %v", path, err)
	}
	out := Endpoints{}
	for _, e := range f.Endpoints {
		if e.Payer == "" || !strings.HasPrefix(e.URL, "http") {
			return nil, umassist.Errorf(umassist.EINVALID, "pasclient: endpoints %s: each needs a payer and an http(s) url", path)
		}
		switch {
		case e.TokenEnv != "" && e.SMART != nil:
			return nil, umassist.Errorf(umassist.EINVALID, "pasclient: endpoint for %s: token_env or smart, not both", e.Payer)
		case e.TokenEnv != "":
			if e.token = os.Getenv(e.TokenEnv); e.token == "" {
				return nil, umassist.Errorf(umassist.EINVALID, "pasclient: endpoint for %s: %s is empty", e.Payer, e.TokenEnv)
			}
		case e.SMART != nil:
			raw, err := os.ReadFile(e.SMART.KeyFile)
			if err != nil {
				return nil, umassist.Errorf(umassist.EINVALID, "pasclient: endpoint for %s: smart key: %v", e.Payer, err)
			}
			key, err := fhir.ParsePrivateKeyPEM(raw)
			if err != nil {
				return nil, umassist.Errorf(umassist.EINVALID, "pasclient: endpoint for %s: smart key: %v", e.Payer, err)
			}
			if e, err = e.WithSMART(key); err != nil {
				return nil, err
			}
		}
		out[e.Payer] = e
	}
	return out, nil
}

// WithToken returns the endpoint with a bearer token (tests, wiring).
func (e Endpoint) WithToken(tok string) Endpoint { e.token = tok; return e }

// WithSMART returns the endpoint getting its tokens by SMART Backend
// Services with key, as e.SMART registers this client.
func (e Endpoint) WithSMART(key crypto.Signer) (Endpoint, error) {
	if e.SMART == nil || e.SMART.ClientID == "" {
		return e, umassist.Errorf(umassist.EINVALID, "pasclient: endpoint for %s: smart needs a client_id", e.Payer)
	}
	scope := e.SMART.Scope
	if scope == "" {
		scope = DefaultPASScope
	}
	c, err := fhir.NewClient(e.URL, fhir.WithSMART(fhir.SMARTConfig{ClientID: e.SMART.ClientID, Key: key, KeyID: e.SMART.KeyID,
		Scope: scope, TokenURL: e.SMART.TokenURL}))
	if err != nil {
		return e, fmt.Errorf("pasclient: endpoint for %s: %w", e.Payer, err)
	}
	e.auth = c
	return e, nil
}

// bearer is the token a request to the payer carries: a SMART access
// token when registered so, else the payer-issued one (or none).
func (e Endpoint) bearer(ctx context.Context) (string, error) {
	if e.auth == nil {
		return e.token, nil
	}
	tok, err := e.auth.AccessToken(ctx)
	if err != nil {
		return "", fmt.Errorf("pasclient: %s: token: %w", e.Payer, err)
	}
	return tok, nil
}

// Actor is who sends requests to payers, in the audit log.
var Actor = umassist.Actor{ID: "pas-client", Name: "umassist PAS client", Role: umassist.RoleAgent}

// IdentifierSystem names this instance's Claim identifiers (the value is
// the case id), so the payer's answer and $inquire find the case.
const IdentifierSystem = "https://umassist.dev/fhir/sid/pre-submission-case"

// Submitter implements the queue's PAS jobs.
type Submitter struct {
	Pool *pgxpool.Pool
	// Cases opens the appeal case of a request the payer did not certify,
	// queued to be drafted; nil opens none.
	Cases     *postgres.CaseStore
	Endpoints Endpoints
	HTTP      *http.Client
	Log       *slog.Logger
	NowFunc   func() time.Time
}

var _ queue.Submitter = (*Submitter)(nil)

func (s *Submitter) now() time.Time {
	if s.NowFunc != nil {
		return s.NowFunc()
	}
	return time.Now()
}

func (s *Submitter) log() *slog.Logger {
	if s.Log != nil {
		return s.Log
	}
	return slog.New(slog.DiscardHandler)
}

// Submit sends an approved case to its payer. A case that cannot be sent
// for a reason a retry will not fix (not approved, no endpoint for its
// payer) is recorded with the reason and not retried.
func (s *Submitter) Submit(ctx context.Context, caseID string) (bool, error) {
	c, err := postgres.GetCase(ctx, s.Pool, caseID)
	if err != nil {
		return false, err
	}
	sub, err := postgres.GetPASSubmission(ctx, s.Pool, caseID)
	switch {
	case err == nil && sub.SubmittedAt != nil:
		return sub.FinalAt == nil, nil // sent before: a retried job
	case err != nil && umassist.ErrorCode(err) != umassist.ENOTFOUND:
		return false, err
	}
	rec := postgres.PASSubmission{CaseID: caseID, Payer: c.Request.Payer, Service: c.Request.Service.Code,
		ClaimSystem: IdentifierSystem, ClaimValue: caseID}
	ep, ok := s.Endpoints[c.Request.Payer]
	switch {
	case c.Status != umassist.StatusApproved:
		rec.LastError = fmt.Sprintf("the case is %s, not approved: nothing was sent", c.Status)
		return false, postgres.SavePASSubmission(ctx, s.Pool, rec)
	case !ok:
		rec.LastError = fmt.Sprintf("no PAS endpoint is configured for payer %q: nothing was sent", c.Request.Payer)
		return false, postgres.SavePASSubmission(ctx, s.Pool, rec)
	}
	rec.Endpoint = ep.URL
	body, refs, err := s.request(ctx, c)
	if err != nil {
		return false, err
	}
	raw, err := s.post(ctx, ep, "$submit", body)
	if err != nil {
		rec.LastError = err.Error()
		_ = postgres.SavePASSubmission(ctx, s.Pool, rec)
		return false, err // the payer may be down: River retries
	}
	r, err := pas.ParseResponse(raw)
	if err != nil {
		return false, fmt.Errorf("pasclient: %s answered: %w", ep.URL, err)
	}
	at := s.now()
	rec.SubmittedAt = &at
	apply(&rec, r, at)
	if err := s.appeal(ctx, c, &rec, r); err != nil {
		return false, err
	}
	if err := postgres.SavePASSubmission(ctx, s.Pool, rec); err != nil {
		return false, err
	}
	s.audit(ctx, c, "pas.submit", refs, rec)
	return rec.FinalAt == nil, nil
}

// Inquire asks the payer where a submitted case stands.
func (s *Submitter) Inquire(ctx context.Context, caseID string) (bool, error) {
	rec, err := postgres.GetPASSubmission(ctx, s.Pool, caseID)
	if err != nil {
		return false, err
	}
	if rec.FinalAt != nil {
		return true, nil
	}
	c, err := postgres.GetCase(ctx, s.Pool, caseID)
	if err != nil {
		return false, err
	}
	ep, ok := s.Endpoints[rec.Payer]
	if !ok {
		return false, fmt.Errorf("pasclient: no PAS endpoint for payer %q any more", rec.Payer)
	}
	patient, err := fhirstore.New(s.Pool).Source(c.Namespace).Read(ctx, c.Patient)
	if err != nil {
		return false, err
	}
	body, err := pas.BuildInquiry(pas.InquiryInput{Identifiers: []pas.Identifier{{System: rec.ClaimSystem, Value: rec.ClaimValue}},
		Patient: patient.Raw, Payer: rec.Payer, Service: c.Request.Service, Now: s.now()})
	if err != nil {
		return false, err
	}
	raw, err := s.post(ctx, ep, "$inquire", body)
	if err != nil {
		return false, err
	}
	r, err := pas.ParseResponse(raw)
	if err != nil {
		return false, fmt.Errorf("pasclient: %s answered: %w", ep.URL, err)
	}
	rec.Inquiries++
	rec.LastError = ""
	apply(rec, r, s.now())
	if err := s.appeal(ctx, c, rec, r); err != nil {
		return false, err
	}
	if err := postgres.SavePASSubmission(ctx, s.Pool, *rec); err != nil {
		return false, err
	}
	if rec.FinalAt != nil {
		s.audit(ctx, c, "pas.final", nil, *rec)
	}
	return rec.FinalAt != nil, nil
}

// apply takes the payer's answer into the record; only a final review
// action (certified, not certified, partial, modified, cancelled) ends it.
func apply(rec *postgres.PASSubmission, r *pas.Response, at time.Time) {
	rec.Action, rec.PreAuthRef, rec.Disposition, rec.HumanReviewed = string(r.Action), r.PreAuthRef, r.Disposition, r.HumanReviewed
	if r.Action.Final() {
		rec.FinalAt = &at
	}
}

// appeal opens the appeal case of a request the payer did not certify: the
// same patient and service, the payer's reason as its note, drafted again
// on the record as it stands (the answer filed since included), for a
// physician to decide whether and how to appeal. Once per submission.
func (s *Submitter) appeal(ctx context.Context, c *umassist.Case, rec *postgres.PASSubmission, r *pas.Response) error {
	if pas.ReviewActionCode(rec.Action) != pas.NotCertified || rec.AppealCaseID != "" || s.Cases == nil {
		return nil
	}
	reason := r.Disposition
	for _, it := range r.Items {
		if it.Reason != "" {
			reason = it.Reason
			break
		}
	}
	req := c.Request
	req.Date = umassist.Date{Time: s.now().UTC().Truncate(24 * time.Hour)}
	req.Note = fmt.Sprintf("Appeal of %s's non-certification of case %s (%s): %s", rec.Payer, c.ID, rec.PreAuthRef, strings.TrimSpace(reason))
	ac, _, err := s.Cases.Create(ctx, postgres.CreateCase{Namespace: c.Namespace, Patient: c.Patient, Request: req,
		IdempotencyKey: "appeal:" + c.ID, Actor: Actor, Client: c.Client})
	if err != nil {
		return fmt.Errorf("pasclient: open appeal of %s: %w", c.ID, err)
	}
	rec.AppealCaseID = ac.ID
	s.audit(ctx, c, "pas.appeal_opened", nil, *rec)
	return nil
}

// request builds the PAS request Bundle for a case from its record: the
// patient, their coverage, the order it was opened for and every resource
// the latest draft cites.
func (s *Submitter) request(ctx context.Context, c *umassist.Case) ([]byte, []string, error) {
	src := fhirstore.New(s.Pool).Source(c.Namespace)
	patient, err := src.Read(ctx, c.Patient)
	if err != nil {
		return nil, nil, err
	}
	in := pas.RequestInput{Identifier: pas.Identifier{System: IdentifierSystem, Value: c.ID}, Request: c.Request,
		Patient: patient.Raw, Now: s.now()}
	if covs, err := src.Search(ctx, umassist.FHIRQuery{Type: "Coverage", Patient: c.Patient, Limit: 1}); err == nil && len(covs) == 1 {
		in.Coverage = covs[0].Raw
	}
	var refs []string
	if o, err := postgres.OrderOfCase(ctx, s.Pool, c.ID); err == nil {
		if r, err := src.Read(ctx, o.Order); err == nil {
			in.Order, refs = r.Raw, append(refs, o.Order)
		}
	}
	d, _, err := postgres.LatestDraft(ctx, s.Pool, c.ID)
	if err != nil {
		return nil, nil, err
	}
	for _, ref := range d.Evidence {
		r, err := src.Read(ctx, ref)
		if err != nil {
			s.log().Warn("pasclient: a cited resource is not on the record", "case", c.ID, "error", err)
			continue
		}
		in.Evidence, refs = append(in.Evidence, r.Raw), append(refs, ref)
	}
	body, err := pas.BuildRequest(in)
	return body, refs, err
}

// maxAnswer bounds a payer's answer.
const maxAnswer = 8 << 20

func (s *Submitter) post(ctx context.Context, ep Endpoint, op string, body []byte) ([]byte, error) {
	tok, err := ep.bearer(ctx)
	if err != nil {
		return nil, err
	}
	return PostBundle(ctx, s.HTTP, ep.URL, op, tok, body)
}

// PostBundle posts a PAS Bundle to base/Claim/op ("$submit", "$inquire")
// with a bearer token (none: no Authorization) and returns the answer; a
// refusal is an error carrying the payer's problem detail. hc nil waits
// at most 30 s.
func PostBundle(ctx context.Context, hc *http.Client, base, op, token string, body []byte) ([]byte, error) {
	url := strings.TrimSuffix(base, "/") + "/Claim/" + op
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("pasclient: %w", err)
	}
	req.Header.Set("Content-Type", "application/fhir+json")
	req.Header.Set("Accept", "application/fhir+json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	if hc == nil {
		hc = &http.Client{Timeout: 30 * time.Second}
	}
	res, err := hc.Do(req)
	if err != nil {
		return nil, umassist.Errorf(umassist.EUNAVAILABLE, "pasclient: %s: %v", url, err)
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(res.Body, maxAnswer))
	if err != nil {
		return nil, fmt.Errorf("pasclient: %s: %w", url, err)
	}
	if res.StatusCode/100 != 2 {
		var p struct {
			Detail string `json:"detail"`
		}
		_ = json.Unmarshal(raw, &p)
		return nil, fmt.Errorf("pasclient: %s: %s %s", url, res.Status, p.Detail)
	}
	return raw, nil
}

// audit records what was sent to or learned from a payer, without the
// bundle itself.
func (s *Submitter) audit(ctx context.Context, c *umassist.Case, action string, refs []string, rec postgres.PASSubmission) {
	detail, _ := json.Marshal(map[string]any{"payer": rec.Payer, "endpoint": rec.Endpoint, "review_action": rec.Action,
		"pre_auth_ref": rec.PreAuthRef, "human_reviewed": rec.HumanReviewed, "appeal_case_id": rec.AppealCaseID})
	if _, err := postgres.AppendAudit(context.WithoutCancel(ctx), s.Pool, umassist.AuditEntry{Actor: Actor, Action: action,
		CaseID: c.ID, Patient: c.Patient, Namespace: c.Namespace, Resources: refs, Detail: detail}); err != nil {
		s.log().Error("pasclient: audit failed", "case", c.ID, "error", err)
	}
}
