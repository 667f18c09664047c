package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"encoding/json"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/go-jose/go-jose/v4"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist/agent/offline"
	"github.com/umassist/umassist/cdshooks"
	"github.com/umassist/umassist/fhir/synthetic"
	"github.com/umassist/umassist/policies"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/postgres/pgtest"
	"github.com/umassist/umassist/server"
)

// cdsBed is umassist serving CDS Hooks with the real offline pipeline, and
// a fake EHR registered with it.
type cdsBed struct {
	pool  *pgxpool.Pool
	srv   *httptest.Server
	key   *ecdsa.PrivateKey
	hooks *cdshooks.Handlers
}

func newCDSBed(t testing.TB, withCorpus bool, edit ...func(*cdshooks.Client)) *cdsBed {
	t.Helper()
	ctx := context.Background()
	pool := pgtest.AppDB(t) // as serve runs: the app's role, not the owner
	if withCorpus {
		// The NCD corpus: search_policies runs its hybrid search over it
		// and the verifier checks every cited passage against it.
		store, err := policyStore(pool)
		require.NoError(t, err)
		_, err = (&policies.Importer{Store: store}).ImportMCD(ctx, evalMCDDir)
		require.NoError(t, err)
	}
	key, err := ecdsa.GenerateKey(elliptic.P384(), rand.Reader)
	require.NoError(t, err)
	set, err := json.Marshal(jose.JSONWebKeySet{Keys: []jose.JSONWebKey{{Key: &key.PublicKey, KeyID: "ehr-1", Algorithm: "ES384", Use: "sig"}}})
	require.NoError(t, err)
	client := cdshooks.Client{Issuer: "https://ehr.example.org", ClientID: "ehr", JWKS: set, Payer: "medicare"}
	for _, e := range edit {
		e(&client)
	}
	clients, err := cdshooks.NewClients(ctx, client)
	require.NoError(t, err)
	d, toolsOn, err := newPipeline(ctx, pool, offline.New(), nil)
	require.NoError(t, err)
	hooks := &cdshooks.Handlers{Drafter: &orderDrafter{base: d, tools: toolsOn}, Cases: caseOpener{postgres.NewCaseStore(pool, nil)}, Clients: clients, DB: pool}
	srv, err := server.New(server.Config{Records: postgres.Records{Pool: pool}, Accounts: postgres.Accounts{Pool: pool}, Cases: postgres.NewCaseStore(pool, nil), Review: postgres.NewReviewStore(pool, nil),
		Mount: func(s *server.Server) { mountCDSHooks(s, hooks) }})
	require.NoError(t, err)
	hs := httptest.NewServer(srv)
	t.Cleanup(hs.Close)
	// The routes are public to the server's sign-in: the hooks check the
	// client's JWT themselves.
	for _, r := range hooks.Routes() {
		acc, ok := srv.Rule(r.Method, r.Path)
		require.True(t, ok, r.Path)
		require.True(t, acc.Public, r.Path)
	}
	return &cdsBed{pool: pool, srv: hs, key: key, hooks: hooks}
}

// orderSign calls order-sign for the scenario's request on its request
// date, with the scenario's bundle as prefetch, as a registered EHR.
func (b *cdsBed) orderSign(t testing.TB, sc synthetic.Case) cdshooks.Response {
	t.Helper()
	b.hooks.NowFunc = func() time.Time { return sc.Request.Date.Add(15 * time.Hour) }
	req, err := cdshooks.OrderSign("hi-"+sc.ID, "PractitionerRole/ordering", sc.Bundle, sc.Request.Service, sc.Request.Diagnoses, false)
	require.NoError(t, err)
	ehr := &cdshooks.EHR{BaseURL: b.srv.URL, Key: b.key, KeyID: "ehr-1", Issuer: "https://ehr.example.org", ClientID: "ehr",
		HTTP: b.srv.Client(), NowFunc: b.hooks.NowFunc}
	res, err := ehr.Call(context.Background(), "umassist-crd-order-sign", req)
	require.NoError(t, err)
	return *res
}

// TestCDSHooksWithTheOfflineAgent audits three orders at signing with the
// real pipeline (offline model, tools on the prefetched record, verifier,
// criteria packs): a chart that documents every criterion, one without
// the NYHA class, and one whose LVEF is too high. The record is read, not
// stored.
func TestCDSHooksWithTheOfflineAgent(t *testing.T) {
	t.Parallel()
	b := newCDSBed(t, false)
	for _, tc := range []struct {
		variant   string
		indicator cdshooks.Indicator
		summary   string
		question  string
	}{
		{"meets", cdshooks.Info, "NCD 20.4: prior authorization needed; the chart documents every criterion", ""},
		{"no-nyha", cdshooks.Warning, "Before signing:", "NYHA"},
		{"injection-lvef-40", cdshooks.Warning, "NCD 20.4: prior authorization needed; for a physician reviewer, not met: left ventricular ejection fraction is 35 % or lower", ""},
	} {
		t.Run(tc.variant, func(t *testing.T) {
			sc, err := synthetic.Generate("icd", tc.variant, 5)
			require.NoError(t, err)
			res := b.orderSign(t, sc)
			require.Len(t, res.Cards, 1)
			card := res.Cards[0]
			require.Equal(t, tc.indicator, card.Indicator, card.Summary)
			require.Contains(t, card.Summary, tc.summary)
			require.Contains(t, card.Detail, "NCD 20.4")
			if tc.question != "" {
				require.Contains(t, card.Summary, tc.question)
				require.Len(t, card.Suggestions, 1)
				require.Equal(t, "create", card.Suggestions[0].Actions[0].Type)
			}
			require.Len(t, res.SystemActions, 1)
			require.Contains(t, string(res.SystemActions[0].Resource), cdshooks.CoverageInformationURL)
			require.Contains(t, string(res.SystemActions[0].Resource), `"auth-needed"`)
		})
	}
	var stored int
	require.NoError(t, b.pool.QueryRow(context.Background(), `SELECT count(*) FROM fhir_resources`).Scan(&stored))
	require.Zero(t, stored, "a hook's record is read in memory, never stored")
	var audited int
	require.NoError(t, b.pool.QueryRow(context.Background(),
		`SELECT count(*) FROM audit_log WHERE action = 'cds.order-sign' AND outcome = 'success'`).Scan(&audited))
	require.Equal(t, 3, audited)
	var reads int
	require.NoError(t, b.pool.QueryRow(context.Background(),
		`SELECT count(*) FROM audit_log WHERE action LIKE 'tool.%' AND case_id LIKE 'cds-%'`).Scan(&reads))
	require.Greater(t, reads, 3, "the agent's reads of the prefetched record are audited")
}

// TestCDSCommandLine registers an EHR with `umassist cds keygen` and calls
// the service with `umassist cds call`, on a chart dated today.
func TestCDSCommandLine(t *testing.T) {
	b := newCDSBed(t, false)
	dir := t.TempDir()
	code, out, errOut := runCLI(t, nil, "cds", "keygen", "--dir", dir, "--issuer", "https://ehr.test", "--client-id", "ehr-cli", "--payer", "medicare")
	require.Equal(t, exitOK, code, errOut)
	require.Contains(t, out, "--cds-clients "+filepath.Join(dir, "clients.json"))
	key1, err := os.ReadFile(filepath.Join(dir, "key.pem"))
	require.NoError(t, err)
	info, err := os.Stat(filepath.Join(dir, "key.pem"))
	require.NoError(t, err)
	require.Equal(t, os.FileMode(0o600), info.Mode().Perm(), "the private key is the client's alone")
	code, _, errOut = runCLI(t, nil, "cds", "keygen", "--dir", dir, "--issuer", "https://ehr.test", "--client-id", "ehr-cli")
	require.Equal(t, exitOK, code, errOut)
	key2, err := os.ReadFile(filepath.Join(dir, "key.pem"))
	require.NoError(t, err)
	require.Equal(t, key1, key2, "keygen reuses the client's key")

	b.hooks.Clients, err = cdshooks.LoadClients(context.Background(), filepath.Join(dir, "clients.json"))
	require.NoError(t, err)
	sc, err := synthetic.GenerateWith("icd", "no-nyha", 9, synthetic.Options{RequestDate: time.Now().UTC()})
	require.NoError(t, err)
	bundle := filepath.Join(dir, "bundle.json")
	require.NoError(t, os.WriteFile(bundle, sc.Bundle, 0o600))
	args := []string{"cds", "call", "--url", b.srv.URL, "--dir", dir, "--bundle", bundle, "--service", "33249"}
	for _, d := range sc.Request.Diagnoses {
		args = append(args, "--diagnosis", d.Code)
	}
	code, out, errOut = runCLI(t, nil, args...)
	require.Equal(t, exitOK, code, errOut)
	require.Contains(t, out, "[WARNING] Before signing:")
	require.Contains(t, out, "NYHA")
	require.Contains(t, out, "system action: update")

	// Another folder's key is not registered: the call is refused.
	other := t.TempDir()
	code, _, errOut = runCLI(t, nil, "cds", "keygen", "--dir", other, "--issuer", "https://ehr.test", "--client-id", "ehr-cli")
	require.Equal(t, exitOK, code, errOut)
	code, _, errOut = runCLI(t, nil, append(slices.Clone(args[:5]), append([]string{other}, args[6:]...)...)...)
	require.Equal(t, exitFailure, code)
	require.Contains(t, errOut, "signature does not verify")
}

// A BPO's client (open_cases) has each signed order opened as a
// pre-submission case with the record the EHR sent, once however often it
// is signed; other clients' orders leave nothing stored.
func TestCDSOrderSignOpensACase(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	b := newCDSBed(t, false, func(c *cdshooks.Client) { c.OpenCases = true })
	sc, err := synthetic.Generate("icd", "no-nyha", 11)
	require.NoError(t, err)
	b.orderSign(t, sc)
	b.orderSign(t, sc)
	var ids []string
	rows, err := b.pool.Query(ctx, `SELECT id FROM cases`)
	require.NoError(t, err)
	for rows.Next() {
		var id string
		require.NoError(t, rows.Scan(&id))
		ids = append(ids, id)
	}
	require.NoError(t, rows.Err())
	require.Len(t, ids, 1, "the same order signed twice is one case")
	c, err := postgres.GetCase(ctx, b.pool, ids[0])
	require.NoError(t, err)
	require.Equal(t, "33249", c.Request.Service.Code)
	o, err := postgres.OrderOfCase(ctx, b.pool, c.ID)
	require.NoError(t, err)
	require.Equal(t, "PractitionerRole/ordering", o.Clinician)
	require.Equal(t, "medicare", o.Payer)
	var stored int
	require.NoError(t, b.pool.QueryRow(ctx, `SELECT count(*) FROM fhir_resources WHERE namespace = '' AND patient = $1`, c.Patient).Scan(&stored))
	require.Greater(t, stored, 5)
	var order int
	require.NoError(t, b.pool.QueryRow(ctx, `SELECT count(*) FROM fhir_resources WHERE namespace = '' AND type || '/' || id = $1`, o.Order).Scan(&order))
	require.Equal(t, 1, order, "the order itself is on the case's record, for the PAS request")
}
