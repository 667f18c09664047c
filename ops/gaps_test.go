package ops_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist/ops"
	"github.com/umassist/umassist/postgres"
)

// The documentation-gap report counts what the pre-submission audit
// recorded: criteria most often missing, and by clinician, practice,
// service, payer and client, within the period and for the client asked
// for.
func TestGapReport(t *testing.T) {
	t.Parallel()
	b := setup(t)
	require.NoError(t, postgres.CreateClient(b.ctx, b.pool, postgres.Client{ID: "northwind", Name: "Northwind Health"}))
	nyha, lvef, ahi := "NYHA class II or III", "LVEF 35 % or lower", "AHI of 15 or more"
	practices := map[string]string{"PractitionerRole/okafor": "Harbor Cardiology", "PractitionerRole/lee": "Harbor Cardiology"}
	n := 0
	add := func(ago time.Duration, clinician, service, payer, policy string, missing ...string) {
		t.Helper()
		n++
		o := postgres.OrderAudit{At: time.Now().Add(-ago), CDSClient: "ehr", Hook: "order-sign", HookInstance: "hi", AssertionID: strings.Repeat("a", n),
			Patient: "Patient/p", Order: "ServiceRequest/o", Clinician: clinician, Practice: practices[clinician], Service: service, Payer: payer, Policy: policy, Recommendation: "approve"}
		if payer == "aetna" {
			o.Client = "northwind"
		}
		for _, m := range missing {
			o.Missing, o.MissingText, o.Recommendation = append(o.Missing, strings.Fields(m)[0]), append(o.MissingText, m), "request_info"
		}
		require.NoError(t, postgres.AddOrderAudit(b.ctx, b.pool, o))
	}
	add(time.Hour, "PractitionerRole/okafor", "33249", "medicare", "NCD 20.4", nyha)
	add(2*time.Hour, "PractitionerRole/okafor", "33249", "medicare", "NCD 20.4", nyha, lvef)
	add(3*time.Hour, "PractitionerRole/lee", "33249", "medicare", "NCD 20.4", nyha)
	add(4*time.Hour, "PractitionerRole/lee", "E0601", "medicare", "NCD 240.4", ahi)
	add(5*time.Hour, "PractitionerRole/lee", "E0601", "aetna", "NCD 240.4")
	add(60*24*time.Hour, "PractitionerRole/old", "33249", "medicare", "NCD 20.4", lvef) // outside 30 days

	rep, err := ops.Gaps(b.ctx, b.pool, time.Now().Add(-30*24*time.Hour), "")
	require.NoError(t, err)
	require.Equal(t, 5, rep.Orders)
	require.Equal(t, 4, rep.WithGaps)
	require.Equal(t, []ops.GapCriterion{
		{Policy: "NCD 20.4", ID: "NYHA", Text: nyha, Orders: 3, Clinicians: 2},
		{Policy: "NCD 20.4", ID: "LVEF", Text: lvef, Orders: 1, Clinicians: 1},
		{Policy: "NCD 240.4", ID: "AHI", Text: ahi, Orders: 1, Clinicians: 1},
	}, rep.Criteria)
	require.Equal(t, []ops.GapGroup{
		{Key: "PractitionerRole/lee", Orders: 3, WithGaps: 2, Rate: 2.0 / 3, Top: ahi, TopN: 1},
		{Key: "PractitionerRole/okafor", Orders: 2, WithGaps: 2, Rate: 1, Top: nyha, TopN: 2},
	}, rep.ByClinician)
	require.Equal(t, "33249", rep.ByService[0].Key)
	require.Equal(t, 3, rep.ByService[0].WithGaps)
	require.Equal(t, []string{"medicare", "aetna"}, []string{rep.ByPayer[0].Key, rep.ByPayer[1].Key})
	require.Zero(t, rep.ByPayer[1].WithGaps)
	require.Equal(t, []ops.GapGroup{{Key: "Harbor Cardiology", Orders: 5, WithGaps: 4, Rate: 0.8, Top: nyha, TopN: 3}}, rep.ByPractice)
	require.Equal(t, []string{"default", "northwind"}, []string{rep.ByClient[0].Key, rep.ByClient[1].Key})

	one, err := ops.Gaps(b.ctx, b.pool, time.Now().Add(-30*24*time.Hour), "northwind")
	require.NoError(t, err)
	require.Equal(t, "northwind", one.Client)
	require.Equal(t, 1, one.Orders)
	require.Equal(t, "aetna", one.ByPayer[0].Key)

	e := newEcho(t, b)
	require.Equal(t, http.StatusForbidden, do(e, http.MethodGet, "/ops/gaps", "nurse", "", "").Code)
	rec := do(e, http.MethodGet, "/ops/gaps", "operator", "", "")
	require.Equal(t, http.StatusOK, rec.Code)
	page := rec.Body.String()
	require.Contains(t, page, `<svg class="chart bars"`)
	require.Contains(t, page, "NCD 20.4: NYHA class II or III")
	require.Contains(t, page, "PractitionerRole/okafor")
	require.NotContains(t, page, "PractitionerRole/old")
	require.NotContains(t, page, "style=", "the CSP forbids inline styles")

	rec = do(e, http.MethodGet, "/api/v1/ops/gaps?days=90", "operator", "", "")
	require.Equal(t, http.StatusOK, rec.Code)
	var wide ops.GapReport
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &wide))
	require.Equal(t, 90, wide.Days)
	require.Equal(t, 6, wide.Orders, "90 days include the older order")
}
