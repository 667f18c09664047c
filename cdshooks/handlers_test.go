package cdshooks_test

import (
	"context"
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-jose/go-jose/v4"
	"github.com/golang-jwt/jwt/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/cdshooks"
	"github.com/umassist/umassist/fhir/fhirtest"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/postgres/pgtest"
	"github.com/umassist/umassist/server"
)

// fakeDrafter is the agent as the hooks see it: it records each case and
// the record it was given, and answers with a scripted draft.
type fakeDrafter struct {
	mu    sync.Mutex
	cases []*umassist.Case
	srcs  []umassist.FHIRSource
	draft func(c *umassist.Case) (*umassist.Draft, error)
}

func (f *fakeDrafter) DraftOrder(_ context.Context, c *umassist.Case, src umassist.FHIRSource) (*umassist.Draft, error) {
	f.mu.Lock()
	f.cases, f.srcs = append(f.cases, c), append(f.srcs, src)
	f.mu.Unlock()
	return f.draft(c)
}

var _ cdshooks.OrderDrafter = (*fakeDrafter)(nil)

func draftOf(rec umassist.Recommendation, questions ...string) func(*umassist.Case) (*umassist.Draft, error) {
	return func(c *umassist.Case) (*umassist.Draft, error) {
		d := &umassist.Draft{ID: c.ID, Recommendation: rec, Policy: "NCD 20.4", Questions: questions,
			Criteria: []umassist.Criterion{
				{ID: "lvef", Text: "LVEF is 35 % or lower", Status: umassist.CriterionMet, Finding: "LVEF 28 % on 2026-11-20", Required: true},
				{ID: "nyha", Text: "NYHA class II or III", Status: umassist.CriterionNotDocumented, Required: true},
				{ID: "mi", Text: "Exclusion (must be absent): Myocardial infarction within 40 days", Status: umassist.CriterionNotMet, Exclusion: true},
			}}
		if rec != umassist.RecommendApprove {
			d.Missing = []string{"nyha"}
		}
		return d, nil
	}
}

// ehr is a fake CDS client: its keys, the way it signs, and its calls.
type ehr struct {
	t        *testing.T
	srv      *httptest.Server
	issuer   string
	clientID string
	key      crypto.Signer
	alg      jwt.SigningMethod
	kid      string
}

func (e *ehr) token(t *testing.T, service string, edit func(jwt.MapClaims, map[string]any)) string {
	t.Helper()
	now := time.Now()
	claims := jwt.MapClaims{"iss": e.issuer, "sub": e.clientID, "aud": e.srv.URL + "/cds-services/" + service,
		"exp": now.Add(4 * time.Minute).Unix(), "iat": now.Unix(), "jti": newJTI()}
	header := map[string]any{"kid": e.kid}
	if edit != nil {
		edit(claims, header)
	}
	tok := jwt.NewWithClaims(e.alg, claims)
	for k, v := range header {
		tok.Header[k] = v
	}
	var key any = e.key
	if e.alg == jwt.SigningMethodHS384 {
		key = []byte("a shared secret no CDS client should use")
	}
	s, err := tok.SignedString(key)
	require.NoError(t, err)
	return s
}

func newJTI() string {
	b := make([]byte, 12)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func (e *ehr) call(t *testing.T, service, token string, body any) (int, []byte) {
	t.Helper()
	raw, err := json.Marshal(body)
	require.NoError(t, err)
	req, err := http.NewRequest(http.MethodPost, e.srv.URL+"/cds-services/"+service, strings.NewReader(string(raw)))
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := e.srv.Client().Do(req)
	require.NoError(t, err)
	defer res.Body.Close()
	out, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	return res.StatusCode, out
}

type testbed struct {
	pool    *pgxpool.Pool
	drafter *fakeDrafter
	ec      *ehr // registered by key set URL, ES384
	rs      *ehr // registered with its key set inline, RS384
	fhir    *fhirtest.Server
}

func jwks(t *testing.T, kid string, pub crypto.PublicKey, alg string) []byte {
	b, err := json.Marshal(jose.JSONWebKeySet{Keys: []jose.JSONWebKey{{Key: pub, KeyID: kid, Algorithm: alg, Use: "sig"}}})
	require.NoError(t, err)
	return b
}

func setup(t *testing.T) *testbed {
	t.Helper()
	ctx := context.Background()
	pool := pgtest.DB(t)
	ecKey, err := ecdsa.GenerateKey(elliptic.P384(), rand.Reader)
	require.NoError(t, err)
	rsKey, err := rsa.GenerateKey(rand.Reader, 2048)
	require.NoError(t, err)
	keys := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(jwks(t, "ec-1", &ecKey.PublicKey, "ES384"))
	}))
	t.Cleanup(keys.Close)
	fsrv := fhirtest.New(t, fhirtest.WithBearer("ehr-access-token"))
	require.NoError(t, postgres.CreateClient(ctx, pool, postgres.Client{ID: "harbor", Name: "Harbor Health"}))
	tb := &testbed{pool: pool, drafter: &fakeDrafter{draft: draftOf(umassist.RecommendApprove)}, fhir: fsrv}
	clients, err := cdshooks.NewClients(ctx,
		cdshooks.Client{Issuer: "https://ehr.example.org", ClientID: "ehr-client", Name: "Example EHR", JWKSURL: keys.URL,
			FHIRServers: []string{fsrv.URL}, Origins: []string{"https://App.EHR.example.org/"}, UMClient: "harbor", Jurisdiction: "JL"},
		cdshooks.Client{Issuer: "https://other-ehr.example.org", ClientID: "other-client", JWKS: jwks(t, "rs-1", &rsKey.PublicKey, "RS384")},
	)
	require.NoError(t, err)
	h := &cdshooks.Handlers{Drafter: tb.drafter, Clients: clients, DB: pool}
	srv, err := server.New(server.Config{Records: postgres.Records{Pool: pool}, Accounts: postgres.Accounts{Pool: pool}, Cases: postgres.NewCaseStore(pool, nil), Review: postgres.NewReviewStore(pool, nil),
		Mount: func(s *server.Server) {
			for _, r := range h.Routes() {
				s.Handle(r.Method, r.Path, r.Handler, server.Access{Public: true})
			}
		}})
	require.NoError(t, err)
	hs := httptest.NewServer(srv)
	t.Cleanup(hs.Close)
	tb.ec = &ehr{t: t, srv: hs, issuer: "https://ehr.example.org", clientID: "ehr-client", key: ecKey, alg: jwt.SigningMethodES384, kid: "ec-1"}
	tb.rs = &ehr{t: t, srv: hs, issuer: "https://other-ehr.example.org", clientID: "other-client", key: rsKey, alg: jwt.SigningMethodRS384, kid: "rs-1"}
	return tb
}

// request is the order-sign fixture, with every prefetch key filled.
func request(t *testing.T) map[string]any {
	t.Helper()
	raw, err := os.ReadFile("testdata/order-sign.json")
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(raw, &m))
	m["prefetch"].(map[string]any)["reports"] = map[string]any{"resourceType": "Bundle", "type": "searchset"}
	return m
}

func audits(t *testing.T, pool *pgxpool.Pool, action string) []umassist.AuditEntry {
	t.Helper()
	all, err := postgres.ListAudit(context.Background(), pool, postgres.AuditFilter{})
	require.NoError(t, err)
	var es []umassist.AuditEntry
	for _, e := range all {
		if e.Action == action {
			es = append(es, e)
		}
	}
	return es
}

func TestDiscovery(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	res, err := http.Get(tb.ec.srv.URL + "/cds-services")
	require.NoError(t, err)
	defer res.Body.Close()
	require.Equal(t, http.StatusOK, res.StatusCode)
	var d cdshooks.Discovery
	require.NoError(t, json.NewDecoder(res.Body).Decode(&d))
	hooks := map[string]cdshooks.Service{}
	for _, s := range d.Services {
		hooks[s.Hook] = s
		require.NotEmpty(t, s.Description)
		for _, k := range []string{"patient", "coverage", "conditions", "observations", "medications", "procedures", "notes"} {
			require.Contains(t, s.Prefetch[k], "{{context.patientId}}", "%s prefetch %s", s.ID, k)
		}
	}
	require.Contains(t, hooks, "order-select")
	require.Contains(t, hooks, "order-sign")
}

// A registered client's browser app may call the service across origins
// (CDS Hooks leaves CORS to the service): its origin, and only its, is
// answered; the JWT is required as for any call.
func TestCORSForRegisteredBrowserApps(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	do := func(method, path, origin, reqMethod string) *http.Response {
		t.Helper()
		req, err := http.NewRequest(method, tb.ec.srv.URL+path, nil)
		require.NoError(t, err)
		if origin != "" {
			req.Header.Set("Origin", origin)
		}
		if reqMethod != "" {
			req.Header.Set("Access-Control-Request-Method", reqMethod)
			req.Header.Set("Access-Control-Request-Headers", "authorization, content-type")
		}
		res, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		res.Body.Close()
		return res
	}
	const app = "https://app.ehr.example.org"
	for _, tt := range []struct {
		name, method, path, origin, reqMethod string
		status                                int
		allowed                               bool
	}{
		{"preflight for a hook", http.MethodOptions, "/cds-services/umassist-crd-order-sign", app, http.MethodPost, http.StatusNoContent, true},
		{"preflight for discovery", http.MethodOptions, "/cds-services", app, http.MethodGet, http.StatusNoContent, true},
		{"preflight from another origin", http.MethodOptions, "/cds-services/umassist-crd-order-sign", "https://evil.example.org", http.MethodPost, http.StatusForbidden, false},
		{"preflight for another method", http.MethodOptions, "/cds-services/umassist-crd-order-sign", app, http.MethodDelete, http.StatusForbidden, false},
		{"discovery from the app", http.MethodGet, "/cds-services", app, "", http.StatusOK, true},
		{"discovery from elsewhere", http.MethodGet, "/cds-services", "https://evil.example.org", "", http.StatusOK, false},
		{"a hook call without a token, from the app", http.MethodPost, "/cds-services/umassist-crd-order-sign", app, "", http.StatusUnauthorized, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := do(tt.method, tt.path, tt.origin, tt.reqMethod)
			require.Equal(t, tt.status, res.StatusCode)
			if tt.allowed {
				require.Equal(t, app, res.Header.Get("Access-Control-Allow-Origin"))
			} else {
				require.Empty(t, res.Header.Get("Access-Control-Allow-Origin"))
			}
			require.Contains(t, res.Header.Values("Vary"), "Origin")
			if tt.method == http.MethodOptions && tt.allowed {
				require.Equal(t, "Authorization, Content-Type", res.Header.Get("Access-Control-Allow-Headers"))
			}
		})
	}
	_, err := cdshooks.NewClients(context.Background(), cdshooks.Client{Issuer: "i", ClientID: "c", JWKS: jwks(t, "k", &tb.ec.key.(*ecdsa.PrivateKey).PublicKey, "ES384"), Origins: []string{"https://app.example.org/path"}})
	require.Error(t, err, "an origin is scheme and host, nothing after")
}

// Every way a token can be wrong is refused before anything is read, and
// each refusal is audited without the token's claims.
func TestHookAuthentication(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	const svc = "umassist-crd-order-sign"
	replayed := tb.ec.token(t, svc, nil)
	code, body := tb.ec.call(t, svc, replayed, request(t))
	require.Equal(t, http.StatusOK, code, string(body))

	other, err := ecdsa.GenerateKey(elliptic.P384(), rand.Reader)
	require.NoError(t, err)
	for _, tc := range []struct {
		name  string
		token func() string
		want  string
	}{
		{"no token", func() string { return "" }, "Bearer JWT"},
		{"not a JWT", func() string { return "hello" }, "not a JWT"},
		{"HMAC", func() string { e := *tb.ec; e.alg = jwt.SigningMethodHS384; return e.token(t, svc, nil) }, "ES384 or RS384"},
		{"RS256", func() string { e := *tb.rs; e.alg = jwt.SigningMethodRS256; return e.token(t, svc, nil) }, "ES384 or RS384"},
		{"no kid", func() string {
			return tb.ec.token(t, svc, func(_ jwt.MapClaims, h map[string]any) { delete(h, "kid") })
		}, "no kid"},
		{"unknown issuer", func() string {
			return tb.ec.token(t, svc, func(c jwt.MapClaims, _ map[string]any) { c["iss"] = "https://evil.example.org" })
		}, "not a registered CDS client"},
		{"signed by another key", func() string { e := *tb.ec; e.key = other; return e.token(t, svc, nil) }, "signature does not verify"},
		{"another client's key set", func() string {
			e := *tb.rs
			return e.token(t, svc, func(c jwt.MapClaims, _ map[string]any) { c["iss"] = "https://ehr.example.org" })
		}, "signature does not verify"},
		{"jku not registered", func() string {
			return tb.ec.token(t, svc, func(_ jwt.MapClaims, h map[string]any) { h["jku"] = "https://evil.example.org/jwks" })
		}, "jku"},
		{"wrong sub", func() string {
			return tb.ec.token(t, svc, func(c jwt.MapClaims, _ map[string]any) { c["sub"] = "someone-else" })
		}, "sub"},
		{"aud another service", func() string {
			return tb.ec.token(t, svc, func(c jwt.MapClaims, _ map[string]any) {
				c["aud"] = tb.ec.srv.URL + "/cds-services/umassist-crd-order-select"
			})
		}, "aud"},
		{"expired", func() string {
			return tb.ec.token(t, svc, func(c jwt.MapClaims, _ map[string]any) {
				c["iat"], c["exp"] = time.Now().Add(-10*time.Minute).Unix(), time.Now().Add(-6*time.Minute).Unix()
			})
		}, "expired"},
		{"lives an hour", func() string {
			return tb.ec.token(t, svc, func(c jwt.MapClaims, _ map[string]any) { c["exp"] = time.Now().Add(time.Hour).Unix() })
		}, "lives longer"},
		{"issued in the future", func() string {
			return tb.ec.token(t, svc, func(c jwt.MapClaims, _ map[string]any) {
				c["iat"], c["exp"] = time.Now().Add(10*time.Minute).Unix(), time.Now().Add(12*time.Minute).Unix()
			})
		}, "future"},
		{"no jti", func() string {
			return tb.ec.token(t, svc, func(c jwt.MapClaims, _ map[string]any) { delete(c, "jti") })
		}, "jti"},
		{"replayed jti", func() string { return replayed }, "already used"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, body := tb.ec.call(t, svc, tc.token(), request(t))
			require.Equal(t, http.StatusUnauthorized, code, string(body))
			require.Contains(t, string(body), tc.want)
		})
	}
	require.Len(t, tb.drafter.cases, 1, "only the valid call reached the agent")
	refused := audits(t, tb.pool, "cds.refused")
	require.Len(t, refused, 16)
	for _, e := range refused {
		require.Equal(t, "failure", e.Outcome)
		require.Empty(t, e.Patient, "an unverified call names no patient in the audit")
	}
	// Both registered clients get in with their own keys.
	code, body = tb.rs.call(t, svc, tb.rs.token(t, svc, nil), request(t))
	require.Equal(t, http.StatusOK, code, string(body))
}

func coverageInfo(t *testing.T, a cdshooks.Action) map[string]any {
	t.Helper()
	var r struct {
		ResourceType string `json:"resourceType"`
		ID           string `json:"id"`
		Extension    []struct {
			URL       string           `json:"url"`
			Extension []map[string]any `json:"extension"`
		} `json:"extension"`
	}
	require.NoError(t, json.Unmarshal(a.Resource, &r))
	require.Equal(t, "update", a.Type)
	out := map[string]any{"ref": r.ResourceType + "/" + r.ID}
	n := 0
	for _, e := range r.Extension {
		if e.URL != cdshooks.CoverageInformationURL {
			continue
		}
		n++
		for _, s := range e.Extension {
			for k, v := range s {
				if k != "url" {
					out[s["url"].(string)] = v
				}
			}
		}
	}
	require.Equal(t, 1, n, "one coverage-information extension on the order")
	return out
}

// What the agent is given: the order as a request (service, reasons from
// reasonCode and the Condition it names, payer from Coverage, today), and
// the record from prefetch.
func TestHookDraftsTheOrderFromPrefetch(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	const svc = "umassist-crd-order-sign"
	code, body := tb.ec.call(t, svc, tb.ec.token(t, svc, nil), request(t))
	require.Equal(t, http.StatusOK, code, string(body))
	require.Len(t, tb.drafter.cases, 1)
	c := tb.drafter.cases[0]
	require.Equal(t, "Patient/pt-cds-1", c.Patient)
	require.Equal(t, umassist.Coding{System: umassist.SystemCPT, Code: "33249", Display: "Insertion of implantable defibrillator"}, c.Request.Service)
	var dx []string
	for _, d := range c.Request.Diagnoses {
		dx = append(dx, d.Code)
	}
	require.Equal(t, []string{"I50.22", "I42.0"}, dx)
	require.Equal(t, "medicare", c.Request.Payer)
	require.Equal(t, umassist.UrgencyStandard, c.Request.Urgency)
	require.Equal(t, time.Now().UTC().Format(umassist.DateLayout), c.Request.Date.String())
	require.Equal(t, "PractitionerRole/pr-ordering", c.Request.Requester, "the order names no requester: the clinician signing it")
	obs, err := tb.drafter.srcs[0].Search(context.Background(), umassist.FHIRQuery{Type: "Observation", Patient: "Patient/pt-cds-1"})
	require.NoError(t, err)
	require.Len(t, obs, 1)

	var res cdshooks.Response
	require.NoError(t, json.Unmarshal(body, &res))
	require.Len(t, res.Cards, 1)
	require.Len(t, res.SystemActions, 1)
	ci := coverageInfo(t, res.SystemActions[0])
	require.Equal(t, "ServiceRequest/sr-icd", ci["ref"])
	require.Equal(t, map[string]any{"reference": "Coverage/cov-1"}, ci["coverage"])
	require.Equal(t, "auth-needed", ci["pa-needed"])
	require.Equal(t, "clinical", ci["doc-needed"])
	require.Equal(t, c.Request.Date.String(), ci["date"])
	require.Equal(t, res.Cards[0].UUID, ci["coverage-assertion-id"])

	entries := audits(t, tb.pool, "cds.order-sign")
	require.Len(t, entries, 1)
	e := entries[0]
	require.Equal(t, "Patient/pt-cds-1", e.Patient)
	require.Equal(t, "cds:ehr-client", e.Actor.ID)
	require.Contains(t, e.Resources, "ServiceRequest/sr-icd")
	var detail struct {
		Orders []struct {
			AssertionID    string `json:"coverage_assertion_id"`
			Recommendation string `json:"recommendation"`
		} `json:"orders"`
	}
	require.NoError(t, json.Unmarshal(e.Detail, &detail))
	require.Len(t, detail.Orders, 1)
	require.Equal(t, res.Cards[0].UUID, detail.Orders[0].AssertionID)
	require.Equal(t, "approve", detail.Orders[0].Recommendation)

	// An order that names its requester is requested by them.
	withRequester := request(t)
	order := withRequester["context"].(map[string]any)["draftOrders"].(map[string]any)["entry"].([]any)[0].(map[string]any)["resource"].(map[string]any)
	order["requester"] = map[string]any{"reference": "Practitioner/okafor", "display": "Dr Ada Okafor"}
	code, body = tb.ec.call(t, svc, tb.ec.token(t, svc, nil), withRequester)
	require.Equal(t, http.StatusOK, code, string(body))
	require.Equal(t, "Dr Ada Okafor", tb.drafter.cases[1].Request.Requester, "the order's own requester, by name")
}

// One card per order, in the words a clinician acts on; never a denial,
// never an approval; a question gets a to-do the clinician can accept.
func TestHookCards(t *testing.T) {
	t.Parallel()
	const svc = "umassist-crd-order-sign"
	for _, tc := range []struct {
		name      string
		draft     func(*umassist.Case) (*umassist.Draft, error)
		indicator cdshooks.Indicator
		summary   string
		paNeeded  string
		todo      bool
	}{
		{"documented", draftOf(umassist.RecommendApprove), cdshooks.Info, "NCD 20.4: prior authorization needed; the chart documents every criterion", "auth-needed", false},
		{"question", draftOf(umassist.RecommendRequestInfo, "What is the patient's current NYHA functional class?"), cdshooks.Warning,
			"Before signing: What is the patient's current NYHA functional class?", "auth-needed", true},
		{"physician review", draftOf(umassist.RecommendRefer), cdshooks.Warning, "NCD 20.4: prior authorization needed; for a physician reviewer, not documented: NYHA class II or III", "auth-needed", false},
		{"no policy", func(c *umassist.Case) (*umassist.Draft, error) {
			return &umassist.Draft{ID: c.ID, Recommendation: umassist.RecommendRefer}, nil
		}, cdshooks.Info, "No payer policy on file for 33249 Insertion of implantable defibrillator: prior authorization requirements unknown", "conditional", false},
		{"agent failed", func(*umassist.Case) (*umassist.Draft, error) {
			return nil, umassist.Errorf(umassist.EUNAVAILABLE, "model down")
		},
			cdshooks.Info, "Prior authorization review unavailable for 33249 Insertion of implantable defibrillator", "conditional", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tb := setup(t)
			tb.drafter.draft = tc.draft
			code, body := tb.ec.call(t, svc, tb.ec.token(t, svc, nil), request(t))
			require.Equal(t, http.StatusOK, code, string(body))
			var res cdshooks.Response
			require.NoError(t, json.Unmarshal(body, &res))
			require.Len(t, res.Cards, 1)
			card := res.Cards[0]
			require.Equal(t, tc.indicator, card.Indicator)
			require.Equal(t, tc.summary, card.Summary)
			require.LessOrEqual(t, len([]rune(card.Summary)), 140)
			require.Equal(t, "coverage-info", card.Source.Topic.Code)
			for _, word := range []string{"denied", "deny", "approved"} {
				require.NotContains(t, strings.ToLower(card.Summary+card.Detail), word)
			}
			require.Equal(t, tc.paNeeded, coverageInfo(t, res.SystemActions[0])["pa-needed"])
			// The order's result is kept for the documentation-gap report.
			var clinician, payer, rec string
			var missing, missingText []string
			require.NoError(t, tb.pool.QueryRow(context.Background(), `SELECT clinician, payer, recommendation, missing, missing_text
				FROM order_audits WHERE assertion_id = $1`, card.UUID).Scan(&clinician, &payer, &rec, &missing, &missingText))
			require.Equal(t, "PractitionerRole/pr-ordering", clinician)
			require.Equal(t, "medicare", payer)
			if tc.todo {
				require.Equal(t, "request_info", rec)
				require.Equal(t, []string{"nyha"}, missing)
				require.Equal(t, []string{"NYHA class II or III"}, missingText)
			}
			if !tc.todo {
				require.Empty(t, card.Suggestions)
				return
			}
			require.Equal(t, "at-most-one", card.SelectionBehavior)
			require.NotEmpty(t, card.OverrideReasons)
			require.Len(t, card.Suggestions, 1)
			a := card.Suggestions[0].Actions[0]
			require.Equal(t, "create", a.Type)
			var task map[string]any
			require.NoError(t, json.Unmarshal(a.Resource, &task))
			require.Equal(t, "Task", task["resourceType"])
			require.Equal(t, "What is the patient's current NYHA functional class?", task["description"])
			require.Equal(t, map[string]any{"reference": "ServiceRequest/sr-icd"}, task["focus"])
			require.Equal(t, map[string]any{"reference": "PractitionerRole/pr-ordering"}, task["owner"])
		})
	}
}

// Each audited order is recorded for the client the EHR's registration
// names, with the ordering user's practice: the organisation of their
// PractitionerRole, from prefetch or read from the EHR's FHIR server; an
// EHR that sends neither still gets its answer.
func TestHookRecordsClientAndPractice(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	const svc = "umassist-crd-order-sign"
	role := func(org string) map[string]any {
		return map[string]any{"resourceType": "PractitionerRole", "id": "pr-ordering", "practitioner": map[string]any{"reference": "Practitioner/okafor"},
			"organization": json.RawMessage(org)}
	}
	tb.fhir.Add(&umassist.Resource{Type: "PractitionerRole", ID: "pr-ordering",
		Raw: json.RawMessage(`{"resourceType":"PractitionerRole","id":"pr-ordering","organization":{"reference":"Organization/bay","display":"Bay Heart Clinic"}}`)})
	auth := map[string]any{"access_token": "ehr-access-token", "token_type": "Bearer", "expires_in": 300, "scope": "patient/*.read", "subject": "ehr-client"}
	for _, tc := range []struct {
		name     string
		edit     func(m map[string]any)
		practice string
	}{
		{"the role's organisation by its display", func(m map[string]any) {
			m["prefetch"].(map[string]any)["user"] = role(`{"reference":"Organization/harbor-cardio","display":"Harbor Cardiology"}`)
		}, "Harbor Cardiology"},
		{"the organisation's name, from a Bundle with it", func(m map[string]any) {
			m["prefetch"].(map[string]any)["user"] = map[string]any{"resourceType": "Bundle", "type": "searchset", "entry": []any{
				map[string]any{"resource": role(`{"reference":"Organization/north-cardio"}`)},
				map[string]any{"resource": map[string]any{"resourceType": "Organization", "id": "north-cardio", "name": "North Cardiology Group"}},
			}}
		}, "North Cardiology Group"},
		{"read from the EHR when prefetch leaves it out", func(m map[string]any) {
			m["fhirServer"], m["fhirAuthorization"] = tb.fhir.URL, auth
		}, "Bay Heart Clinic"},
		{"neither: no practice, still answered", nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := request(t)
			if tc.edit != nil {
				tc.edit(m)
			}
			code, body := tb.ec.call(t, svc, tb.ec.token(t, svc, nil), m)
			require.Equal(t, http.StatusOK, code, string(body))
			var res cdshooks.Response
			require.NoError(t, json.Unmarshal(body, &res))
			var cdsClient, client, practice string
			require.NoError(t, tb.pool.QueryRow(context.Background(), `SELECT cds_client, client_id, practice FROM order_audits WHERE assertion_id = $1`,
				res.Cards[0].UUID).Scan(&cdsClient, &client, &practice))
			require.Equal(t, "ehr-client", cdsClient)
			require.Equal(t, "harbor", client)
			require.Equal(t, tc.practice, practice)
		})
	}
	// The registration's jurisdiction goes with every order it sends, so a
	// local policy for it can govern; a malformed one is refused at start.
	require.NotEmpty(t, tb.drafter.cases)
	for _, c := range tb.drafter.cases {
		require.Equal(t, "JL", c.Request.Jurisdiction)
	}
	_, err := cdshooks.NewClients(context.Background(), cdshooks.Client{Issuer: "https://x.example.org", ClientID: "x", JWKS: json.RawMessage(`{"keys":[]}`), Jurisdiction: "Texas"})
	require.ErrorContains(t, err, "jurisdiction")
}

// Missing prefetch is read from the client's FHIR server with the token
// it handed over, only when that server is registered for the client.
func TestHookPrefetchFallback(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	tb.fhir.Add(&umassist.Resource{Type: "DiagnosticReport", ID: "echo-1", Patient: "Patient/pt-cds-1",
		Raw: json.RawMessage(`{"resourceType":"DiagnosticReport","id":"echo-1","status":"final","subject":{"reference":"Patient/pt-cds-1"},` +
			`"code":{"text":"Echocardiogram"},"effectiveDateTime":"2026-11-20","presentedForm":[{"contentType":"text/plain","data":"TFZFRiAyOCUu"}]}`)})
	const svc = "umassist-crd-order-sign"
	withoutReports := func(edit func(m map[string]any)) map[string]any {
		m := request(t)
		m["prefetch"].(map[string]any)["reports"] = nil
		if edit != nil {
			edit(m)
		}
		return m
	}
	auth := map[string]any{"access_token": "ehr-access-token", "token_type": "Bearer", "expires_in": 300, "scope": "patient/*.read", "subject": "ehr-client"}
	for _, tc := range []struct {
		name string
		body map[string]any
		code int
		want string
	}{
		{"no server to read", withoutReports(nil), http.StatusPreconditionFailed, "is missing and the call gives no fhirServer"},
		{"server not registered", withoutReports(func(m map[string]any) {
			m["fhirServer"], m["fhirAuthorization"] = "http://127.0.0.1:1/fhir", auth
		}), http.StatusPreconditionFailed, "not registered"},
		{"wrong token", withoutReports(func(m map[string]any) {
			bad := map[string]any{"access_token": "stolen", "token_type": "Bearer", "expires_in": 300, "scope": "patient/*.read", "subject": "ehr-client"}
			m["fhirServer"], m["fhirAuthorization"] = tb.fhir.URL, bad
		}), http.StatusServiceUnavailable, "reading reports"},
		{"read from the registered server", withoutReports(func(m map[string]any) {
			m["fhirServer"], m["fhirAuthorization"] = tb.fhir.URL, auth
		}), http.StatusOK, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, body := tb.ec.call(t, svc, tb.ec.token(t, svc, nil), tc.body)
			require.Equal(t, tc.code, code, string(body))
			require.Contains(t, string(body), tc.want)
		})
	}
	require.Len(t, tb.drafter.srcs, 1)
	n, text, err := tb.drafter.srcs[0].NoteText(context.Background(), "DiagnosticReport/echo-1")
	require.NoError(t, err)
	require.Equal(t, "LVEF 28%.", text)
	require.Equal(t, "Patient/pt-cds-1", n.Patient)
	var fetched [][]string
	for _, e := range audits(t, tb.pool, "cds.order-sign") {
		if e.Outcome == "success" {
			var d struct {
				Fetched []string `json:"fetched"`
			}
			require.NoError(t, json.Unmarshal(e.Detail, &d))
			fetched = append(fetched, d.Fetched)
		}
	}
	require.Equal(t, [][]string{{"reports"}}, fetched)
}

// A call is one patient's: another patient's resource in prefetch or an
// order for someone else refuses the call before the agent runs.
func TestHookRefusesAnotherPatientsRecords(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	const svc = "umassist-crd-order-sign"
	for _, tc := range []struct {
		name string
		edit func(m map[string]any)
		want string
	}{
		{"observation of another patient", func(m map[string]any) {
			obs := m["prefetch"].(map[string]any)["observations"].(map[string]any)
			obs["entry"] = append(obs["entry"].([]any), map[string]any{"resource": map[string]any{"resourceType": "Observation", "id": "obs-x",
				"status": "final", "code": map[string]any{"text": "LVEF"}, "subject": map[string]any{"reference": "Patient/someone-else"}}})
		}, "belongs to Patient/someone-else"},
		{"another patient", func(m map[string]any) {
			m["prefetch"].(map[string]any)["patient"] = map[string]any{"resourceType": "Patient", "id": "someone-else"}
		}, "another patient"},
		{"order for another patient", func(m map[string]any) {
			o := m["context"].(map[string]any)["draftOrders"].(map[string]any)["entry"].([]any)[0].(map[string]any)["resource"].(map[string]any)
			o["subject"] = map[string]any{"reference": "Patient/someone-else"}
		}, "not an order for Patient/pt-cds-1"},
		{"nothing coded", func(m map[string]any) {
			o := m["context"].(map[string]any)["draftOrders"].(map[string]any)["entry"].([]any)[0].(map[string]any)["resource"].(map[string]any)
			o["code"] = map[string]any{"text": "an ICD"}
		}, "orders nothing coded"},
		{"bad patient id", func(m map[string]any) { m["context"].(map[string]any)["patientId"] = "x/../y" }, "patientId"},
		{"wrong hook", func(m map[string]any) { m["hook"] = "order-select" }, "answers order-sign"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := request(t)
			tc.edit(m)
			code, body := tb.ec.call(t, svc, tb.ec.token(t, svc, nil), m)
			require.Equal(t, http.StatusBadRequest, code, string(body))
			require.Contains(t, string(body), tc.want)
		})
	}
	require.Empty(t, tb.drafter.cases)
	// Each refusal is audited; an id that is not a FHIR id is not recorded.
	refused := audits(t, tb.pool, "cds.order-sign")
	require.Len(t, refused, 6)
	for _, e := range refused {
		require.Equal(t, "failure", e.Outcome)
		require.NotContains(t, e.Patient, "..")
	}
}

// order-select reviews the selected orders only.
func TestOrderSelectReviewsTheSelection(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	const svc = "umassist-crd-order-select"
	m := request(t)
	m["hook"] = "order-select"
	hc := m["context"].(map[string]any)
	entries := hc["draftOrders"].(map[string]any)["entry"].([]any)
	hc["draftOrders"].(map[string]any)["entry"] = append(entries, map[string]any{"resource": map[string]any{
		"resourceType": "MedicationRequest", "id": "mr-1", "status": "draft", "intent": "order", "priority": "urgent",
		"subject":                   map[string]any{"reference": "Patient/pt-cds-1"},
		"medicationCodeableConcept": map[string]any{"coding": []any{map[string]any{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "1656340"}}},
	}})
	hc["selections"] = []string{"MedicationRequest/mr-1"}
	code, body := tb.ec.call(t, svc, tb.ec.token(t, svc, nil), m)
	require.Equal(t, http.StatusOK, code, string(body))
	require.Len(t, tb.drafter.cases, 1)
	req := tb.drafter.cases[0].Request
	require.Equal(t, umassist.Coding{System: umassist.SystemRxNorm, Code: "1656340"}, req.Service)
	require.Equal(t, umassist.UrgencyExpedited, req.Urgency)
}
