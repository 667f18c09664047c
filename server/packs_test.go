package server_test

import (
	"context"
	"encoding/json"
	"html"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/criteria"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/server"
)

// fakeTester answers every pack test with one draft and records the ask.
type fakeTester struct{ got []server.PackTest }

func (f *fakeTester) TestPack(_ context.Context, t server.PackTest) (*umassist.Draft, error) {
	f.got = append(f.got, t)
	return &umassist.Draft{Recommendation: umassist.RecommendRequestInfo, Summary: "NYHA class is not documented.",
		Criteria: []umassist.Criterion{{ID: "nyha", Text: "NYHA class II or III", Status: umassist.CriterionNotDocumented}}}, nil
}

// The editor's pages answer each refusal with what to do, keep what was
// typed, and stay read-only for those who do not edit packs.
func TestPackEditorPages(t *testing.T) {
	t.Parallel()
	tester := &fakeTester{}
	var store *postgres.PackStore
	tb := setup(t, func(cfg *server.Config) {
		store = postgres.NewPackStore(cfg.Records.(postgres.Records).Pool)
		cfg.Packs, cfg.PackTester = store, tester
	})
	ctx := context.Background()
	packs, err := criteria.LoadPacks()
	require.NoError(t, err)
	_, err = store.Seed(ctx, packs, nil)
	require.NoError(t, err)
	var icd criteria.Pack
	for _, p := range packs {
		if p.ID == "icd-ncd-20.4" {
			icd = p
		}
	}

	nurse := tb.browser(t).login("nurse1")
	res, body := nurse.get("/packs")
	require.Equal(t, http.StatusOK, res.StatusCode)
	require.Contains(t, body, `data-pack="icd-ncd-20.4"`)
	require.NotContains(t, body, "Compile a draft", "a nurse reads packs, does not write them")
	res, body = nurse.get("/packs/icd-ncd-20.4")
	require.Equal(t, http.StatusOK, res.StatusCode)
	require.Contains(t, body, "Left ventricular ejection fraction")
	require.NotContains(t, body, `id="pack-actions"`)

	ed := tb.browser(t).login("clinical_editor1")
	res, _ = ed.get("/")
	require.Equal(t, "/packs", res.Header.Get("Location"), "an editor's home is the pack list")
	res, _ = ed.get("/packs/icd-ncd-20.4/edit")
	require.Equal(t, http.StatusOK, res.StatusCode)
	good, err := json.Marshal(icd)
	require.NoError(t, err)

	tests := []struct {
		name   string
		form   url.Values
		status int
		want   string
	}{
		{"not JSON", url.Values{"id": {icd.ID}, "pack": {`{"id": "icd-ncd-20.4",`}}, http.StatusBadRequest, "decode"},
		{"an unknown field", url.Values{"id": {icd.ID}, "pack": {strings.Replace(string(good), `"payer":`, `"payr":"x","payer":`, 1)}}, http.StatusBadRequest, "payr"},
		{"another pack's id on this page", url.Values{"id": {"cpap-ncd-240.4"}, "pack": {string(good)}}, http.StatusBadRequest, "this page edits cpap-ncd-240.4"},
	}
	for _, tt := range tests {
		tt.form.Set("csrf_token", ed.csrf)
		res, body := ed.post("/packs", tt.form)
		require.Equal(t, tt.status, res.StatusCode, tt.name)
		require.Contains(t, body, `id="problems"`, tt.name)
		require.Contains(t, html.UnescapeString(body), tt.want, tt.name)
		require.Contains(t, html.UnescapeString(body), tt.form.Get("pack"), "%s: what was typed is kept", tt.name)
	}
	res, _ = ed.post("/packs", url.Values{"csrf_token": {ed.csrf}, "id": {icd.ID}, "pack": {string(good)}, "note": {"same content, reviewed again"}})
	require.Equal(t, http.StatusSeeOther, res.StatusCode)
	require.Equal(t, "/packs/icd-ncd-20.4?rev=2&done=pack_saved", res.Header.Get("Location"))

	res, body = ed.post("/packs/icd-ncd-20.4/revisions/2/move", url.Values{"csrf_token": {ed.csrf}, "to": {"published"}})
	require.Equal(t, http.StatusConflict, res.StatusCode)
	require.Contains(t, body, "a draft revision cannot become published")

	res, body = ed.post("/packs/icd-ncd-20.4/revisions/2/test", url.Values{"csrf_token": {ed.csrf}, "patient": {"p-1"}})
	require.Equal(t, http.StatusBadRequest, res.StatusCode)
	require.Contains(t, body, "YYYY-MM-DD")
	require.Contains(t, body, `value="p-1"`, "the typed patient is kept")
	res, body = ed.post("/packs/icd-ncd-20.4/revisions/2/test", url.Values{"csrf_token": {ed.csrf}, "patient": {"p-1"}, "date": {"2026-03-02"}, "diagnosis": {"i42.0"}})
	require.Equal(t, http.StatusOK, res.StatusCode)
	require.Contains(t, body, `id="test-result"`)
	require.Contains(t, body, "NYHA class is not documented.")
	require.Len(t, tester.got, 1)
	require.Equal(t, "Patient/p-1", tester.got[0].Patient)
	require.Equal(t, "I42.0", tester.got[0].Diagnoses[0].Code)
	require.Equal(t, icd.ID, tester.got[0].Pack.ID)
	entries, err := postgres.ListAudit(ctx, tb.pool, postgres.AuditFilter{Limit: 1000})
	require.NoError(t, err)
	tested := 0
	for _, e := range entries {
		if e.Action == "pack.test" {
			tested++
			require.Equal(t, "Patient/p-1", e.Patient)
			require.Equal(t, tb.users[umassist.RoleClinicalEditor].ID, e.Actor.ID)
		}
	}
	require.Equal(t, 1, tested, "the test's read of the record is audited")
}

// Without a pack store the pages say so rather than fail.
func TestPackPagesWithoutAStore(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	ed := tb.browser(t).login("clinical_editor1")
	res, body := ed.get("/packs")
	require.Equal(t, http.StatusNotImplemented, res.StatusCode)
	require.Contains(t, body, "not kept by this server")
}
