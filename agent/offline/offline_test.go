package offline_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/agent"
	"github.com/umassist/umassist/agent/offline"
	"github.com/umassist/umassist/criteria"
	"github.com/umassist/umassist/fhir"
	"github.com/umassist/umassist/fhir/synthetic"
	"github.com/umassist/umassist/postgres/pgtest"
	"github.com/umassist/umassist/retrieval"
	"github.com/umassist/umassist/tools"
)

// packSearcher stands in for the retrieval store: it returns the passages
// of the pack governing the query's policy, in force since 2000. The
// retrieval package tests real hybrid search; here the agent is under test.
func packSearcher(packs criteria.Packs) tools.PolicySearcher {
	return tools.PolicySearcherFunc(func(_ context.Context, query string, f retrieval.Filter, k int) ([]retrieval.Hit, error) {
		var hits []retrieval.Hit
		for _, p := range packs {
			if f.Payer != "" && !strings.EqualFold(p.Payer, f.Payer) {
				continue
			}
			if len(f.PolicyIDs) > 0 && !slices.Contains(f.PolicyIDs, p.Policy) {
				continue
			}
			match := len(f.PolicyIDs) > 0
			for _, s := range p.Services {
				match = match || strings.Contains(query, s.Code)
			}
			if !match {
				continue
			}
			for _, id := range p.PassageIDs() {
				hits = append(hits, retrieval.Hit{PassageID: id, PolicyID: p.Policy, PolicyTitle: p.Title, Payer: p.Payer,
					Text: "Passage " + id + " of " + p.Title, Effective: time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)})
			}
		}
		if len(hits) > k {
			hits = hits[:k]
		}
		return hits, nil
	})
}

type testBundle struct {
	store   *fhir.Store
	drafter *agent.Drafter
}

func setup(t testing.TB) *testBundle {
	t.Helper()
	pool := pgtest.DB(t)
	store := fhir.NewStore(pool)
	loaded, err := criteria.LoadPacks()
	require.NoError(t, err)
	packs := criteria.Packs(loaded)
	list := make(tools.PackList, len(loaded))
	for i := range loaded {
		list[i] = &loaded[i]
	}
	searcher := packSearcher(packs)
	d := &agent.Drafter{
		Model: offline.New(),
		Tools: func(ctx context.Context, c *umassist.Case, sc tools.Scope) ([]tools.Tool, error) {
			ts := tools.NewClinical(store.Source(c.Namespace), tools.PostgresAuditor{DB: pool}, sc)
			return append(ts, tools.PolicyTools(searcher, list, tools.PolicyScope{Namespace: c.Namespace, Request: c.Request})...), nil
		},
		Reader: func(ns string) agent.ResourceReader { return store.Source(ns) },
		Packs:  list,
	}
	return &testBundle{store: store, drafter: d}
}

func (tb *testBundle) load(t testing.TB, sc synthetic.Case) *umassist.Case {
	t.Helper()
	path := filepath.Join(t.TempDir(), sc.PatientID+".json")
	require.NoError(t, os.WriteFile(path, sc.Bundle, 0o600))
	ns := "t-" + sc.ID
	_, err := tb.store.Load(context.Background(), ns, path)
	require.NoError(t, err)
	return &umassist.Case{ID: sc.ID, Namespace: ns, Patient: "Patient/" + sc.PatientID, Request: sc.Request, Status: umassist.StatusReceived}
}

// TestSyntheticCases runs every generated variant (meets / fails /
// undocumented, notations, negation, future evidence, injection) through
// the real tools on the real store and checks the recommendation, the
// policy, the gold evidence and the questions against the gold label.
func TestSyntheticCases(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	cases, err := synthetic.All(7)
	require.NoError(t, err)
	var goldN, cited int
	t.Cleanup(func() {
		// Gold evidence can name supporting records no criterion hint
		// reaches (a discharge summary behind a coded MI); recall is
		// measured over the whole set, as the eval harness does.
		if goldN > 0 && float64(cited)/float64(goldN) < 0.9 {
			t.Errorf("evidence recall %d/%d is below 0.9", cited, goldN)
		}
	})
	for _, sc := range cases {
		t.Run(sc.ID, func(t *testing.T) {
			c := tb.load(t, sc)
			out, err := tb.drafter.Draft(context.Background(), c)
			require.NoError(t, err)
			d := out.Draft
			require.Empty(t, d.Findings, "verifier findings; summary:\n%s", d.Summary)
			require.Equal(t, sc.Gold.Recommendation, d.Recommendation, "summary:\n%s", d.Summary)
			require.True(t, tools.SamePolicy(sc.Gold.Policy, d.Policy), "policy %q, want %q", d.Policy, sc.Gold.Policy)
			for _, ref := range sc.Gold.Evidence {
				goldN++
				if slices.Contains(d.Evidence, ref) {
					cited++
				} else {
					t.Logf("gold evidence %s not cited", ref)
				}
			}
			for _, m := range sc.Gold.Missing {
				require.True(t, questionMatches(d.Questions, m), "no question asks for %q: %v", m, d.Questions)
			}
			for id, want := range sc.Gold.Criteria {
				for _, cr := range d.Criteria {
					if cr.ID == id {
						require.Equal(t, want, cr.Status, "criterion %s: %s", id, cr.Finding)
					}
				}
			}
			require.Equal(t, offline.Name, d.Model)
			require.NotEmpty(t, out.Trace.Steps)
		})
	}
}

// questionMatches applies the SPEC's rule: a question matches a phrase when
// it contains every word of one of its |-separated alternatives.
func questionMatches(qs []string, phrase string) bool {
	norm := func(s string) string {
		return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
		}), " ")
	}
	for _, alt := range strings.Split(phrase, "|") {
		for _, q := range qs {
			nq := " " + norm(q) + " "
			all := true
			for _, w := range strings.Fields(norm(alt)) {
				all = all && strings.Contains(nq, " "+w+" ")
			}
			if all {
				return true
			}
		}
	}
	return false
}

func ExampleModel() {
	fmt.Println(offline.New().Name())
	// Output: offline/v1
}

// TestNoPackRefersCitingPassages: a service no criteria pack covers is
// referred, citing the policy passages search found and saying why.
func TestNoPackRefersCitingPassages(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	sc, err := synthetic.Generate("icd", "meets", 2)
	require.NoError(t, err)
	c := tb.load(t, sc)
	c.Request.Service = umassist.Coding{System: umassist.SystemCPT, Code: "99999", Display: "Experimental cardiac procedure"}
	searcher := tools.PolicySearcherFunc(func(context.Context, string, retrieval.Filter, int) ([]retrieval.Hit, error) {
		return []retrieval.Hit{{PassageID: "NCD 20.9#A", PolicyID: "NCD 20.9", Text: "Artificial hearts are covered under evidence development.",
			Effective: time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC)}}, nil
	})
	inner := tb.drafter.Tools
	d := *tb.drafter
	d.Tools = func(ctx context.Context, c *umassist.Case, sc tools.Scope) ([]tools.Tool, error) {
		ts, err := inner(ctx, c, sc)
		if err != nil {
			return nil, err
		}
		ts = slices.DeleteFunc(ts, func(t tools.Tool) bool { return t.Name() == tools.SearchPoliciesTool })
		return append(ts, tools.NewSearchPolicies(searcher, tools.PolicyScope{Namespace: c.Namespace, Request: c.Request})), nil
	}
	out, err := d.Draft(context.Background(), c)
	require.NoError(t, err)
	require.Equal(t, umassist.RecommendRefer, out.Draft.Recommendation)
	require.Equal(t, "NCD 20.9", out.Draft.Policy)
	require.Contains(t, out.Draft.Summary, "[NCD 20.9#A]")
	require.Contains(t, out.Draft.Summary, "no criteria pack")
	require.Empty(t, out.Draft.Findings)
}
