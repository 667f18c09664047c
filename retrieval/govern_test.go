package retrieval_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/retrieval"
	"github.com/umassist/umassist/retrieval/policystore"
)

// governingCase is one request of testdata/governing*.json and the policy
// that governs it.
type governingCase struct {
	Service   umassist.Coding   `json:"service"`
	Diagnoses []umassist.Coding `json:"diagnoses"`
	Policy    string            `json:"policy"`
	// Date is the request date; empty: the test corpus's today.
	Date string `json:"date,omitempty"`
}

func loadGoverning(t testing.TB, name string) []governingCase {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	var cs []governingCase
	require.NoError(t, json.Unmarshal(b, &cs))
	require.NotEmpty(t, cs)
	return cs
}

// strengths counts, by strength, the governing choices made and those
// right.
type strengths map[string]*[2]int

// precision is the share of the choices of a strength that were right.
func (st strengths) precision(s string) float64 {
	if c := st[s]; c != nil && c[0] > 0 {
		return float64(c[1]) / float64(c[0])
	}
	return 0
}

// governingRate chooses the governing policy for each request and returns
// the share chosen right; ambiguous choices count as right when the right
// policy is one of the two listed (the draft refers and names both). Each
// governing choice is counted by its strength in st.
func governingRate(t *testing.T, ctx context.Context, s *policystore.Store, cs []governingCase, st strengths) float64 {
	t.Helper()
	right := 0
	for _, c := range cs {
		f := retrieval.Filter{Payer: "medicare"}
		if c.Date != "" {
			f.AsOf = umassist.MustDate(c.Date).Time
		}
		ch, err := s.ChoosePolicy(ctx, retrieval.PolicyRequest{Service: c.Service, Diagnoses: c.Diagnoses}, f)
		require.NoError(t, err)
		// An empty label: no policy of the corpus governs; right when none
		// is chosen.
		ok := ch.Governing == c.Policy ||
			(c.Policy != "" && ch.Ambiguous && len(ch.Candidates) > 1 && (ch.Candidates[0].PolicyID == c.Policy || ch.Candidates[1].PolicyID == c.Policy))
		if ch.Governing != "" {
			if st[ch.Strength] == nil {
				st[ch.Strength] = &[2]int{}
			}
			st[ch.Strength][0]++
			if ch.Governing == c.Policy {
				st[ch.Strength][1]++
			}
		}
		if ok {
			right++
			continue
		}
		var top []string
		for _, k := range ch.Candidates {
			top = append(top, k.PolicyID)
		}
		t.Logf("wrong: %s %q: want %s, got %q (ambiguous %v) from %v; %s", c.Service.Code, c.Service.Display, c.Policy, ch.Governing, ch.Ambiguous, top, ch.Why)
		for _, k := range ch.Candidates {
			t.Logf("   %s %.3f %v", k.PolicyID, k.Score, k.Reasons)
		}
	}
	return float64(right) / float64(len(cs))
}
