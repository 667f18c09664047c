package evals

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
)

func rec(r umassist.Recommendation) *umassist.Recommendation { return &r }

func strp(s string) *string { return &s }

func TestMissingMatched(t *testing.T) {
	t.Parallel()
	tests := []struct {
		phrase string
		qs     []string
		want   bool
	}{
		{"NYHA class", []string{"What is the patient's NYHA class?"}, true},
		{"NYHA class", []string{"What is the NYHA functional classification?"}, false},
		{"NYHA|functional class", []string{"Which functional class (I-IV)?"}, true},
		{"QRS duration", []string{"Please send the ECG.", "What is the QRS-duration in ms?"}, true},
		{"QRS duration", nil, false},
		{"|", []string{"anything"}, false},
	}
	for _, tt := range tests {
		require.Equal(t, tt.want, MissingMatched(tt.phrase, tt.qs), "%q vs %q", tt.phrase, tt.qs)
	}
}

func TestNormalizeID(t *testing.T) {
	t.Parallel()
	require.Equal(t, NormalizeID("NCD 20.4"), NormalizeID("ncd20.4"))
	require.Equal(t, NormalizeID("LCD L33718"), NormalizeID("lcd-l33718"))
	require.NotEqual(t, NormalizeID("NCD 20.4"), NormalizeID("NCD 20.41"))
}

// validResults are hand-made results for testdata/valid: icd-001 right
// with every citation valid, icd-002 right but asking one of two things
// and citing a resource dated after the request, bar-001 wrong, bar-002
// (unlabelled) errored.
func validResults() []Result {
	return []Result{
		{ID: "icd-001", Recommendation: rec("approve"), Policy: "NCD 20.4", Confidence: 0.9, LatencyMS: 100, ToolCalls: 4,
			Evidence: []string{"Observation/lvef-2026-01-20", "DocumentReference/cardiology-2026-02-11"},
			Criteria: []umassist.Criterion{{ID: "lvef", Status: "met"}, {ID: "NYHA", Status: "not_documented"}},
			Tokens:   umassist.Tokens{Prompt: 1000, Completion: 200}},
		{ID: "icd-002", Recommendation: rec("request_info"), Policy: "NCD-20.4", Confidence: 0.7, LatencyMS: 300, ToolCalls: 6,
			Evidence:         []string{"Observation/lvef-2026-04-01"},
			Questions:        []string{"What is the NYHA class?"},
			VerifierFindings: []umassist.VerifierIssue{{Rule: "evidence_dated", Message: "after request"}},
			Tokens:           umassist.Tokens{Prompt: 500, Completion: 100}},
		{ID: "bar-001", Recommendation: rec("approve"), Policy: "Cigna 0051", Confidence: 0.8, LatencyMS: 200, ToolCalls: 2,
			Evidence: []string{"Observation/bmi-1", "Observation/ghost"},
			Criteria: []umassist.Criterion{{ID: "bmi", Status: "met"}, {ID: "diet", Status: "met"}}},
		{ID: "bar-002", Error: strp("agent: step limit"), LatencyMS: 5000},
	}
}

func TestScore(t *testing.T) {
	t.Parallel()
	ds, err := ReadDataset("testdata/valid")
	require.NoError(t, err)
	s := Score(ds, validResults(), ScoreOptions{Seed: 7, Model: "openai:gpt-4o-mini", Prices: DefaultPrices()})
	f := func(v float64) *float64 { return &v }
	require.Equal(t, 4, s.Cases)
	require.Equal(t, 1, s.Errors)
	require.Equal(t, 3, s.Scored)
	require.Equal(t, 1, s.Unlabelled)
	require.InDelta(t, 2.0/3, *s.Recommendation.Accuracy, 1e-9)
	// F1: approve 2*1/(1+2)=2/3, refer 0 (gold 1, pred 0), request_info 1.
	require.InDelta(t, (2.0/3+0+1)/3, *s.Recommendation.MacroF1, 1e-9)
	require.Equal(t, 1, s.Recommendation.Confusion["refer"]["approve"])
	require.Equal(t, 1, s.Recommendation.Confusion["approve"]["approve"])
	require.Equal(t, f(1), s.PolicyHitRate, "ids compared ignoring case, spaces and punctuation")
	// Gold evidence: 2 + 1 + 1 = 4; cited: 2 (icd-001) + 0 + 1.
	require.InDelta(t, 3.0/4, *s.EvidenceRecall, 1e-9)
	// Cited: 2 valid + 1 dated after + (1 valid, 1 absent) = 3/5.
	require.InDelta(t, 3.0/5, *s.CitationPrecision, 1e-9)
	// icd-002 asks NYHA (matches "NYHA|functional class"), not QRS.
	require.InDelta(t, 0.5, *s.MissingRecall, 1e-9)
	require.Equal(t, LatencyStats{P50: 200, P95: 300, Mean: 200, Max: 300}, s.LatencyMS, "errored cases are unscored")
	require.Equal(t, umassist.Tokens{Prompt: 1500, Completion: 300}, s.Tokens)
	require.InDelta(t, (1500*0.15+300*0.60)/1e6, s.CostUSD, 1e-12)
	require.InDelta(t, 1.0/3, *s.VerifierFailureRate, 1e-9)
	require.InDelta(t, 4.0, *s.ToolCallsPerCase, 1e-9)
	want := map[string]GroupScore{
		"NCD 20.4": {Cases: 1, Correct: 1, Accuracy: 1}, "ncd20.4": {Cases: 1, Correct: 1, Accuracy: 1},
		"Cigna 0051": {Cases: 1, Correct: 0, Accuracy: 0},
	}
	require.Empty(t, cmp.Diff(want, s.PerPolicy))
	wantCrit := map[string]GroupScore{
		"lvef": {Cases: 1, Correct: 1, Accuracy: 1}, "nyha": {Cases: 1, Correct: 0, Accuracy: 0},
		"bmi": {Cases: 1, Correct: 1, Accuracy: 1}, "diet": {Cases: 1, Correct: 0, Accuracy: 0},
	}
	require.Empty(t, cmp.Diff(wantCrit, s.PerCriterion))
	require.Nil(t, s.Consistency, "one repeat has no consistency")
	// Calibration: bins 0.7 (right), 0.8 (wrong), 0.9 (right).
	require.InDelta(t, (0.3+0.8+0.1)/3, s.Calibration.ECE, 1e-9)
	require.Len(t, s.Calibration.Bins, 10)
	ci := s.CI["accuracy"]
	require.LessOrEqual(t, ci.Lo, *s.Recommendation.Accuracy)
	require.GreaterOrEqual(t, ci.Hi, *s.Recommendation.Accuracy)
	again := Score(ds, validResults(), ScoreOptions{Seed: 7})
	require.Equal(t, s.CI, again.CI, "the bootstrap is seeded")
}

func TestScoreUnlabelledScoresNothing(t *testing.T) {
	t.Parallel()
	ds, err := ReadDataset("testdata/unlabelled")
	require.NoError(t, err)
	s := Score(ds, validResults(), ScoreOptions{})
	require.Equal(t, 0, s.Scored)
	require.Nil(t, s.Recommendation.Accuracy)
	require.Nil(t, s.Recommendation.MacroF1)
	require.Nil(t, s.EvidenceRecall)
	require.Nil(t, s.MissingRecall)
	require.Nil(t, s.Calibration)
	require.NotNil(t, s.CitationPrecision, "citations are checked against the bundle, gold or not")
}

func TestScoreConsistencyAndDenials(t *testing.T) {
	t.Parallel()
	ds, err := ReadDataset("testdata/valid")
	require.NoError(t, err)
	rs := validResults()
	rs[0].Repeats = []string{"approve", "approve", "approve"}
	rs[1].Repeats = []string{"request_info", "refer", "request_info"}
	rs[2].Repeats = []string{"approve", "approve", "approve"}
	rs[3].Repeats = []string{"", "", ""}
	rs[3].Error = strp("evals: draft recommendation \"deny\": " + umassist.ErrAIDenial.Error())
	s := Score(ds, rs, ScoreOptions{})
	require.Equal(t, 3, s.Repeats)
	require.InDelta(t, 2.0/3, *s.Consistency, 1e-9)
	require.Equal(t, 1, s.Denials)
}

func TestScoreFalseApprovals(t *testing.T) {
	t.Parallel()
	ds, err := ReadDataset("testdata/valid")
	require.NoError(t, err)
	unlabelled, err := ReadDataset("testdata/unlabelled")
	require.NoError(t, err)
	n := func(v int) *int { return &v }
	f := func(v float64) *float64 { return &v }
	// Gold in testdata/valid: icd-001 approve, icd-002 request_info,
	// bar-001 refer, bar-002 unlabelled. "" drafts nothing (an error).
	tests := []struct {
		name   string
		ds     *Dataset
		drafts [4]umassist.Recommendation
		count  *int
		rate   *float64
		ids    []string
	}{
		{"refer drafted as approve", ds, [4]umassist.Recommendation{"approve", "request_info", "approve", ""}, n(1), f(0.5), []string{"bar-001"}},
		{"request_info drafted as approve", ds, [4]umassist.Recommendation{"approve", "approve", "refer", ""}, n(1), f(0.5), []string{"icd-002"}},
		{"everything approved; the unlabelled case is not counted", ds, [4]umassist.Recommendation{"approve", "approve", "approve", "approve"}, n(2), f(1), []string{"icd-002", "bar-001"}},
		{"a wrong refer or request_info is not a false approval", ds, [4]umassist.Recommendation{"refer", "refer", "request_info", ""}, n(0), f(0), nil},
		{"an errored case is unscored", ds, [4]umassist.Recommendation{"approve", "", "approve", ""}, n(1), f(1), []string{"bar-001"}},
		{"only approve gold scored: none possible, rate unmeasured", ds, [4]umassist.Recommendation{"approve", "", "", ""}, n(0), nil, nil},
		{"nothing drafted: not measured", ds, [4]umassist.Recommendation{"", "", "", ""}, nil, nil, nil},
		{"unlabelled batch: not measured", unlabelled, [4]umassist.Recommendation{"approve", "approve", "approve", "approve"}, nil, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := validResults()
			for i, d := range tt.drafts {
				if d == "" {
					rs[i].Recommendation, rs[i].Error = nil, strp("agent: step limit")
				} else {
					rs[i].Recommendation, rs[i].Error = rec(d), nil
				}
			}
			s := Score(tt.ds, rs, ScoreOptions{})
			require.Equal(t, tt.count, s.FalseApprovals)
			require.Equal(t, tt.rate, s.FalseApprovalRate)
			require.Equal(t, tt.ids, s.FalseApprovalCases)
			_, hasCI := s.CI["false_approval_rate"]
			require.Equal(t, tt.rate != nil, hasCI, "the rate has a bootstrap interval when measured")
		})
	}
}
