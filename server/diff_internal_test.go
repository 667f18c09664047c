package server

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
)

func TestDiffDrafts(t *testing.T) {
	t.Parallel()
	prev := &umassist.Draft{Version: 1, Recommendation: umassist.RecommendRequestInfo, Evidence: []string{"Observation/lvef"}, Criteria: []umassist.Criterion{
		{ID: "lvef", Text: "LVEF ≤ 35 %", Status: umassist.CriterionMet},
		{ID: "nyha", Text: "NYHA II or III", Status: umassist.CriterionNotDocumented},
		{ID: "old", Text: "A criterion the new pack dropped", Status: umassist.CriterionMet},
	}}
	d := &umassist.Draft{Version: 2, Recommendation: umassist.RecommendRefer, Evidence: []string{"Observation/lvef", "DocumentReference/answer-1"}, Criteria: []umassist.Criterion{
		{ID: "lvef", Text: "LVEF ≤ 35 %", Status: umassist.CriterionMet},
		{ID: "nyha", Text: "NYHA II or III", Status: umassist.CriterionNotMet},
		{ID: "mi", Text: "Exclusion: MI within 40 days", Status: umassist.CriterionMet, Exclusion: true},
	}}
	require.Equal(t, &draftChange{From: 1, Recommendation: [2]umassist.Recommendation{umassist.RecommendRequestInfo, umassist.RecommendRefer},
		Criteria: []criterionChange{
			{Text: "NYHA II or III", From: "Not documented", To: "Not met"},
			{Text: "Exclusion: MI within 40 days", From: "not in the draft", To: "Present"},
			{Text: "A criterion the new pack dropped", From: "Met", To: "no longer in the draft"},
		}, Evidence: []string{"DocumentReference/answer-1"}}, diffDrafts(prev, d))
}
