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

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/agent"
	"github.com/umassist/umassist/agent/offline"
	"github.com/umassist/umassist/criteria"
	"github.com/umassist/umassist/fhir/fhirstore"
	"github.com/umassist/umassist/fhir/synthetic"
	"github.com/umassist/umassist/postgres"
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
	store   *fhirstore.Store
	drafter *agent.Drafter
	pool    *pgxpool.Pool
}

func setup(t testing.TB) *testBundle {
	t.Helper()
	pool := pgtest.DB(t)
	store := fhirstore.New(pool)
	loaded, err := criteria.LoadPacks()
	require.NoError(t, err)
	packs := criteria.Packs(loaded)
	list := tools.NewPackList(loaded)
	searcher := packSearcher(packs)
	d := &agent.Drafter{
		Model: offline.New(),
		Tools: func(ctx context.Context, c *umassist.Case, sc tools.Scope) ([]tools.Tool, error) {
			ts := tools.NewClinical(store.Source(c.Namespace), tools.LogAuditor{Log: postgres.AuditLog{DB: pool}}, sc)
			return append(ts, tools.PolicyTools(searcher, list, tools.PolicyScope{Namespace: c.Namespace, Request: c.Request})...), nil
		},
		Reader: func(ns string) agent.ResourceReader { return store.Source(ns) },
		Packs:  list,
	}
	return &testBundle{store: store, drafter: d, pool: pool}
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
	d := tb.withPolicyTools(func(sc tools.PolicyScope) []tools.Tool {
		return []tools.Tool{tools.NewSearchPolicies(searcher, sc), tools.NewGetPolicyCriteria(tb.drafter.Packs, searcher, sc)}
	})
	out, err := d.Draft(context.Background(), c)
	require.NoError(t, err)
	require.Equal(t, umassist.RecommendRefer, out.Draft.Recommendation)
	require.Equal(t, "NCD 20.9", out.Draft.Policy)
	require.Contains(t, out.Draft.Summary, "[NCD 20.9#A]")
	require.Contains(t, out.Draft.Summary, "No reviewed criteria pack exists for NCD 20.9")
	require.Empty(t, out.Draft.Findings)
}

// policyIndex stands in for the retrieval store when no pack governs: it
// chooses the governing policy as scripted and reads the policy's
// passages; the retrieval tests measure the real choice.
type policyIndex struct {
	choice   retrieval.PolicyChoice
	passages []retrieval.Hit
}

var (
	_ tools.PolicyChooser = (*policyIndex)(nil)
	_ tools.PolicyReader  = (*policyIndex)(nil)
)

func (p *policyIndex) Search(context.Context, string, retrieval.Filter, int) ([]retrieval.Hit, error) {
	return p.passages[:1], nil
}

func (p *policyIndex) ChoosePolicy(context.Context, retrieval.PolicyRequest, retrieval.Filter) (retrieval.PolicyChoice, error) {
	return p.choice, nil
}

func (p *policyIndex) PolicyPassages(_ context.Context, _, id string) ([]retrieval.Hit, error) {
	if id != "NCD 20.8.3" {
		return nil, umassist.Errorf(umassist.ENOTFOUND, "no policy %s", id)
	}
	return p.passages, nil
}

func TestNoPackDraftsUnreviewedCriteria(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	since := time.Date(2013, 8, 13, 0, 0, 0, 0, time.UTC)
	passages := []retrieval.Hit{
		{PassageID: "NCD 20.8.3#B", PolicyID: "NCD 20.8.3", Section: "Nationally Covered Indications", Text: "The following indications are covered:", Effective: since},
		{PassageID: "NCD 20.8.3#B1", PolicyID: "NCD 20.8.3", Section: "Nationally Covered Indications", Text: "Documented heart failure with reduced ejection fraction and dilated cardiomyopathy.", Effective: since},
		{PassageID: "NCD 20.8.3#C7", PolicyID: "NCD 20.8.3", Section: "Nationally Non-Covered Indications", Text: "Syncope of undetermined cause,", Effective: since},
	}
	pacemakers := retrieval.PolicyCandidate{PolicyID: "NCD 20.8.3", Title: "Permanent Cardiac Pacemakers", Score: 1, Reasons: []string{"its title names “pacemakers”"}, Passages: []string{"NCD 20.8.3#B1"}}
	leadless := retrieval.PolicyCandidate{PolicyID: "NCD 20.8.4", Title: "Leadless Pacemakers", Score: 0.95, Passages: []string{"NCD 20.8.4#A"}}
	tests := []struct {
		name     string
		choice   retrieval.PolicyChoice
		summary  []string
		criteria []string
	}{
		{name: "one policy governs", choice: retrieval.PolicyChoice{Governing: "NCD 20.8.3", Candidates: []retrieval.PolicyCandidate{pacemakers, leadless}},
			summary:  []string{"Why this policy: its title names “pacemakers”", "Unreviewed criteria, read off the text of NCD 20.8.3", "UNREVIEWED EXCLUSION: Syncope of undetermined cause"},
			criteria: []string{"lvef", "no-text-1"}},
		{name: "one policy governs, a weak choice", choice: retrieval.PolicyChoice{Governing: "NCD 20.8.3", Strength: retrieval.StrengthWeak, Candidates: []retrieval.PolicyCandidate{pacemakers, leadless}},
			summary:  []string{"Why this policy: its title names “pacemakers”", "This choice is weak", "Confirm that this policy governs"},
			criteria: []string{"lvef", "no-text-1"}},
		{name: "the nearest too weak to govern: listed with its reasons, not chosen", choice: retrieval.PolicyChoice{Candidates: []retrieval.PolicyCandidate{
			{PolicyID: "NCD 20.8.3", Title: "Permanent Cardiac Pacemakers", Score: 0.5, Reasons: []string{"its passage NCD 20.8.3#B1 ranks first for the request"}, Passages: []string{"NCD 20.8.3#B1"}}}},
			summary: []string{"No policy of this payer in force on the request date names this service closely enough to govern it.",
				"Nearest: NCD 20.8.3, Permanent Cardiac Pacemakers: its passage NCD 20.8.3#B1 ranks first for the request."}},
		{name: "one policy governs, a moderate choice", choice: retrieval.PolicyChoice{Governing: "NCD 20.8.3", Strength: retrieval.StrengthModerate, Candidates: []retrieval.PolicyCandidate{pacemakers, leadless}},
			summary:  []string{"This choice is moderate", "Check that this policy governs"},
			criteria: []string{"lvef", "no-text-1"}},
		{name: "two could govern", choice: retrieval.PolicyChoice{Ambiguous: true, Candidates: []retrieval.PolicyCandidate{pacemakers, leadless}},
			summary:  []string{"Two policies could govern this request: NCD 20.8.3", "and NCD 20.8.4, Leadless Pacemakers", "A physician reviewer decides which applies"},
			criteria: []string{"lvef", "no-text-1"}},
		{name: "none fits", choice: retrieval.PolicyChoice{Candidates: []retrieval.PolicyCandidate{{PolicyID: "NCD 20.8.3", Title: "Permanent Cardiac Pacemakers", Score: 0.2}}},
			summary: []string{"No policy of this payer in force on the request date names this service"}},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sc, err := synthetic.Generate("icd", "meets", uint64(10+i))
			require.NoError(t, err)
			c := tb.load(t, sc)
			c.Request.Service = umassist.Coding{System: umassist.SystemCPT, Code: "33208", Display: "Dual chamber pacemaker"}
			idx := &policyIndex{choice: tt.choice, passages: passages}
			d := tb.withPolicyTools(func(sc tools.PolicyScope) []tools.Tool { return tools.PolicyTools(idx, tools.PackList{}, sc) })
			out, err := d.Draft(context.Background(), c)
			require.NoError(t, err)
			require.Equal(t, umassist.RecommendRefer, out.Draft.Recommendation, "no reviewed pack: never approve")
			require.Empty(t, out.Draft.Findings)
			for _, s := range tt.summary {
				require.Contains(t, out.Draft.Summary, s)
			}
			if tt.choice.Strength != retrieval.StrengthWeak {
				require.NotContains(t, out.Draft.Summary, "This choice is weak")
			}
			if tt.choice.Governing == "" && !tt.choice.Ambiguous {
				require.Empty(t, out.Draft.Policy, "no policy governs: none is named as governing")
			}
			var ids []string
			for _, cr := range out.Draft.Criteria {
				ids = append(ids, cr.ID)
				require.Equal(t, umassist.CriterionNotDocumented, cr.Status, "an unreviewed criterion is never judged")
				require.False(t, cr.Required)
			}
			require.Equal(t, tt.criteria, ids)
			if len(ids) > 0 {
				// The generated ICD chart speaks of heart failure and LVEF:
				// the covered indication's words find it.
				require.NotEmpty(t, out.Draft.Criteria[0].Evidence)
				require.Subset(t, out.Draft.Evidence, out.Draft.Criteria[0].Evidence)
			}
		})
	}
}

// versioned is a policy searcher that also says which version of each
// policy is in force, as the retrieval store does.
type versioned struct {
	tools.PolicySearcher
	version string // in force for every policy; "" none
}

var _ tools.PolicyVersions = versioned{}

func (v versioned) PoliciesInForce(_ context.Context, f retrieval.Filter) ([]retrieval.PolicyInfo, error) {
	if v.version == "" || len(f.PolicyIDs) != 1 {
		return nil, nil
	}
	return []retrieval.PolicyInfo{{ID: f.PolicyIDs[0], Version: v.version}}, nil
}

// TestStalePackNeverApproves: a chart that meets every criterion of the
// ICD pack (written for NCD 20.4 version 5) is approved while version 5
// is in force, and referred, saying why, once another version is; the
// verifier refuses a model's approve on the stale pack.
func TestStalePackNeverApproves(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	loaded, err := criteria.LoadPacks()
	require.NoError(t, err)
	searcher := packSearcher(criteria.Packs(loaded))
	tests := []struct {
		name    string
		version string
		want    umassist.Recommendation
		summary string
	}{
		{name: "version in force", version: "5", want: umassist.RecommendApprove},
		{name: "a newer version in force", version: "6", want: umassist.RecommendRefer, summary: "is stale: written for NCD 20.4 v5, v6 is in force"},
		{name: "the corpus does not know", version: "", want: umassist.RecommendApprove},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sc, err := synthetic.Generate("icd", "meets", uint64(20+i))
			require.NoError(t, err)
			c := tb.load(t, sc)
			idx := versioned{PolicySearcher: searcher, version: tt.version}
			d := tb.withPolicyTools(func(sc tools.PolicyScope) []tools.Tool { return tools.PolicyTools(idx, tb.drafter.Packs, sc) })
			d.Versions = idx
			out, err := d.Draft(context.Background(), c)
			require.NoError(t, err)
			require.Equal(t, tt.want, out.Draft.Recommendation, out.Draft.Summary)
			require.Empty(t, out.Draft.Findings)
			if tt.summary != "" {
				require.Contains(t, out.Draft.Summary, tt.summary)
			}
		})
	}
}

// TestTheClinicianAnswerFeedsTheRedraft: a chart silent on the NYHA class
// is drafted request_info; once the ordering clinician's answer is filed
// (fhirstore.NewAnswer, as the review store does when information is added),
// the re-draft reads it like any note, cites it, and the question is gone.
func TestTheClinicianAnswerFeedsTheRedraft(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	sc, err := synthetic.Generate("icd", "no-nyha", 31)
	require.NoError(t, err)
	c := tb.load(t, sc)
	first, err := tb.drafter.Draft(context.Background(), c)
	require.NoError(t, err)
	require.Equal(t, umassist.RecommendRequestInfo, first.Draft.Recommendation)

	ans, err := fhirstore.NewAnswer(c.Namespace, c, 1, "NYHA class II: short of breath climbing two flights of stairs, comfortable at rest.",
		umassist.Actor{ID: "n1", Name: "N. Nurse", Role: umassist.RoleNurse}, time.Now())
	require.NoError(t, err)
	require.NoError(t, pgx.BeginFunc(context.Background(), tb.pool, func(tx pgx.Tx) error {
		_, err := ans.WriteTx(context.Background(), tx)
		return err
	}))
	second, err := tb.drafter.Draft(context.Background(), c)
	require.NoError(t, err)
	require.Empty(t, second.Draft.Findings)
	var nyha umassist.Criterion
	for _, cr := range second.Draft.Criteria {
		if cr.ID == "nyha" {
			nyha = cr
		}
	}
	require.Equal(t, umassist.CriterionMet, nyha.Status, nyha.Finding)
	require.Contains(t, nyha.Evidence, ans.Ref())
	require.NotEqual(t, umassist.RecommendRequestInfo, second.Draft.Recommendation)
	require.Empty(t, second.Draft.Questions)
}

// withPolicyTools is tb's drafter with its policy tools replaced by those
// build makes for each case: the clinical tools stay as they are.
func (tb *testBundle) withPolicyTools(build func(sc tools.PolicyScope) []tools.Tool) agent.Drafter {
	inner := tb.drafter.Tools
	d := *tb.drafter
	d.Tools = func(ctx context.Context, c *umassist.Case, sc tools.Scope) ([]tools.Tool, error) {
		ts, err := inner(ctx, c, sc)
		if err != nil {
			return nil, err
		}
		ts = slices.DeleteFunc(ts, func(t tools.Tool) bool {
			return t.Name() == tools.ToolSearchPolicies || t.Name() == tools.ToolGetPolicyCriteria
		})
		return append(ts, build(tools.PolicyScope{Namespace: c.Namespace, Request: c.Request})...), nil
	}
	return d
}
