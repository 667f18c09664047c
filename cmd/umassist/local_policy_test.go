package main

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/agent/offline"
	"github.com/umassist/umassist/criteria"
	"github.com/umassist/umassist/fhir/synthetic"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/server"
)

// A local policy end to end, through the agent as serve runs it: a chart
// that meets national policy for a gastric bypass (NCD 100.1) is approved
// when the request names no jurisdiction; in the contractor's
// jurisdiction, LCD L35022 governs and asks for what it adds (the
// supervised diet, readiness for lifestyle change), never approving on the
// national criteria alone; in another jurisdiction the national policy
// governs again.
func TestLocalPolicyGovernsInItsJurisdiction(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool, err := postgres.Open(ctx, evalDatabase(t))
	require.NoError(t, err)
	t.Cleanup(pool.Close)
	p, err := buildPipeline(ctx, pool, offline.New(), nil)
	require.NoError(t, err)
	packs, err := criteria.LoadPacks()
	require.NoError(t, err)
	ncd, ok := criteria.Packs(packs).Find("bariatric-ncd-100.1")
	require.True(t, ok)
	sc, err := synthetic.FromPack(ncd, synthetic.PackMeets, "", 7)
	require.NoError(t, err)
	loadChart(ctx, t, pool, sc)

	for _, tt := range []struct {
		jurisdiction string
		policy       string
		want         umassist.Recommendation
	}{
		{"", "NCD 100.1", umassist.RecommendApprove},
		{"JL", "LCD L35022", umassist.RecommendRequestInfo},
		{"J15", "NCD 100.1", umassist.RecommendApprove},
	} {
		t.Run("jurisdiction="+tt.jurisdiction, func(t *testing.T) {
			c := sc
			c.Request.Jurisdiction = tt.jurisdiction
			d, err := newPipelineDraft(ctx, p, c)
			require.NoError(t, err)
			require.Equal(t, tt.policy, d.Policy, d.Summary)
			require.Empty(t, d.Findings, "the verifier finds nothing: %s", findingsText(d))
			require.Equal(t, tt.want, d.Recommendation, "%s", d.Summary)
			if tt.policy != "LCD L35022" {
				return
			}
			status := map[string]umassist.CriterionStatus{}
			for _, cr := range d.Criteria {
				status[cr.ID] = cr.Status
			}
			require.Equal(t, umassist.CriterionMet, status["bmi_35"], "the national criteria are read under the local policy too")
			require.Equal(t, umassist.CriterionNotDocumented, status["supervised_diet"])
			require.Equal(t, umassist.CriterionNotDocumented, status["lifestyle_readiness"])
			require.Len(t, d.Questions, 2, "the local policy's two additions, asked of the ordering clinician")
			require.Contains(t, d.Questions[0]+d.Questions[1], "registered dietitian")
		})
	}
	// An editor's "test against a patient" runs the local pack in its
	// jurisdiction, not under the national pack.
	lcd, ok := criteria.Packs(packs).Find("lcd-l35022-bariatric")
	require.True(t, ok)
	d, err := p.TestPack(ctx, server.PackTest{Pack: lcd, Patient: "Patient/" + sc.PatientID, AsOf: sc.Request.Date})
	require.NoError(t, err)
	require.Equal(t, "LCD L35022", d.Policy, d.Summary)
	require.Equal(t, umassist.RecommendRequestInfo, d.Recommendation, d.Summary)
}
