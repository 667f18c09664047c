package agent_test

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/agent"
	"github.com/umassist/umassist/criteria"
	"github.com/umassist/umassist/drafting"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/postgres/pgtest"
	"github.com/umassist/umassist/retrieval"
	"github.com/umassist/umassist/tools"
)

// governingChecklist is the checklist of the pack governing caseIn (NCD
// 20.4), each criterion with status(c), leaving out the ids in skip. It
// cites no passages: whether a run may cite passages it never fetched is
// the passage rules' business, not this test's.
func governingChecklist(t *testing.T, status func(c criteria.View) string, skip ...string) []agent.SubmittedCriterion {
	t.Helper()
	gov, err := tools.CriteriaFor(context.Background(), compiledPacks(t), caseIn.Request)
	require.NoError(t, err)
	require.True(t, gov.Found)
	var out []agent.SubmittedCriterion
	for _, c := range gov.Criteria {
		if slices.Contains(skip, c.ID) {
			continue
		}
		sc := agent.SubmittedCriterion{ID: c.ID, Text: c.Text, Status: status(c), Evidence: []string{}, Passages: []string{}, Required: c.Required}
		if sc.Status == "met" {
			sc.Evidence = []string{"Observation/lvef"}
		}
		out = append(out, sc)
	}
	return out
}

func undocumented(criteria.View) string { return "not_documented" }

// allMet marks every criterion met and every exclusion absent: what a
// model that wants to approve submits.
func allMet(c criteria.View) string {
	if c.Exclusion {
		return "not_met"
	}
	return "met"
}

// TestVerifierHoldsDraftsToTheGoverningPack: the pack a draft is checked
// against is the one governing the request (CPT 33249 for I50.22 under
// Medicare: NCD 20.4), found by the verifier itself. A scripted model that
// skips get_policy_criteria, names another policy, invents a criterion or
// leaves one out cannot get an approval through, and the stored draft says
// refer.
func TestVerifierHoldsDraftsToTheGoverningPack(t *testing.T) {
	t.Parallel()
	pool := pgtest.DB(t)
	store := postgres.NewCaseStore(pool, nil)
	ungoverned := caseIn.Request
	ungoverned.Service = umassist.Coding{System: umassist.SystemCPT, Code: "99999", Display: "a service no pack covers"}

	draft := func(rec, policy string, crit []agent.SubmittedCriterion) agent.SubmittedDraft {
		return agent.SubmittedDraft{Recommendation: rec, Policy: policy, Criteria: crit, Evidence: []string{"Observation/lvef"},
			Summary: "Echo reviewed [Observation/lvef].", Missing: []string{}, Questions: []string{}}
	}
	invented := []agent.SubmittedCriterion{{ID: "ef_reduced", Text: "Reduced ejection fraction", Status: "met", Evidence: []string{"Observation/lvef"}, Required: true}}

	tests := []struct {
		name string
		req  umassist.ServiceRequest // zero: caseIn's
		// askCriteria: the model calls get_policy_criteria before submitting.
		askCriteria bool
		submit      agent.SubmittedDraft
		// want: rules the findings must include; only: and no others.
		want   []string
		only   bool
		stored umassist.Recommendation
	}{
		{
			name:   "skips get_policy_criteria and approves on an invented criterion",
			submit: draft("approve", "NCD 20.4", invented),
			want:   []string{agent.RuleCriterionUnknown, agent.RuleApproveUngoverned, agent.RuleCriteriaIncomplete, agent.RuleCriterionOmitted},
			stored: umassist.RecommendRefer,
		},
		{
			name:        "approves the governing checklist under another policy's name",
			askCriteria: true,
			submit:      draft("approve", "NCD 20.34", governingChecklist(t, allMet)),
			want:        []string{agent.RulePolicyGoverns},
			stored:      umassist.RecommendRefer,
		},
		{
			name:   "approves without the required NYHA class, never having asked for the criteria",
			submit: draft("approve", "NCD 20.4", governingChecklist(t, allMet, "nyha")),
			want:   []string{agent.RuleCriteriaIncomplete},
			stored: umassist.RecommendRefer,
		},
		{
			name:   "approves with no checklist at all",
			submit: draft("approve", "NCD 20.4", []agent.SubmittedCriterion{}),
			want:   []string{agent.RuleApproveUngoverned},
			stored: umassist.RecommendRefer,
		},
		{name: "policy written NCD 20-4 with a trailing space", submit: draft("refer", "NCD 20-4 ", governingChecklist(t, undocumented)), only: true, stored: umassist.RecommendRefer},
		{name: "policy written ncd 20.4", submit: draft("refer", "ncd 20.4", governingChecklist(t, undocumented)), only: true, stored: umassist.RecommendRefer},
		{name: "policy written NCD20.4", askCriteria: true, submit: draft("refer", "NCD20.4", governingChecklist(t, undocumented)), only: true, stored: umassist.RecommendRefer},
		{
			name:   "policy NCD 20.34 for a defibrillator request",
			submit: draft("refer", "NCD 20.34", governingChecklist(t, undocumented)),
			want:   []string{agent.RulePolicyGoverns}, only: true, stored: umassist.RecommendRefer,
		},
		{
			name:   "no policy named",
			submit: draft("refer", "", governingChecklist(t, undocumented)),
			want:   []string{agent.RulePolicyGoverns}, only: true, stored: umassist.RecommendRefer,
		},
		{
			name:        "skips a governing criterion",
			askCriteria: true,
			submit:      draft("refer", "NCD 20.4", governingChecklist(t, undocumented, "gdmt")),
			want:        []string{agent.RuleCriterionOmitted}, only: true, stored: umassist.RecommendRefer,
		},
		{
			name:   "adds a criterion the pack does not have",
			submit: draft("refer", "NCD 20.4", append(governingChecklist(t, undocumented), invented[0])),
			want:   []string{agent.RuleCriterionUnknown}, only: true, stored: umassist.RecommendRefer,
		},
		{
			// No reviewed criteria: a checklist the model wrote for itself,
			// all met, still never approves.
			name:   "no pack governs the request",
			req:    ungoverned,
			submit: draft("approve", "LCD L99999", invented),
			want:   []string{agent.RuleApproveUngoverned}, only: true, stored: umassist.RecommendRefer,
		},
		{
			name:   "no pack governs the request, refer",
			req:    ungoverned,
			submit: draft("refer", "LCD L99999", invented),
			only:   true, stored: umassist.RecommendRefer,
		},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			req := tt.req
			if req.Service.Code == "" {
				req = caseIn.Request
			}
			id := "case-governed-" + string(rune('a'+i))
			_, _, err := store.Create(context.Background(), postgres.CreateCase{ID: id, Patient: "Patient/p1", Request: req,
				Actor: umassist.Actor{ID: "intake", Role: umassist.RoleOperator}})
			require.NoError(t, err)
			packs := compiledPacks(t)
			var turns []agent.ToolCall
			if tt.askCriteria {
				turns = append(turns, call(tools.ToolGetPolicyCriteria, `{}`))
			}
			model := script(calls(append(turns, call(agent.ToolSubmitDraft, submitArgs(tt.submit)))...))
			d := &agent.Drafter{
				Model:  model,
				Limits: agent.Limits{MaxSteps: 4},
				Tools: func(_ context.Context, c *umassist.Case, _ tools.Scope) ([]tools.Tool, error) {
					return []tools.Tool{tools.NewGetPolicyCriteria(packs, nil, tools.PolicyScope{Request: c.Request})}, nil
				},
				Reader: func(string) agent.ResourceReader { return verifierFixture() },
				Packs:  packs,
			}
			require.NoError(t, (&drafting.CaseDrafter{Pool: pool, Drafter: d}).DraftCase(context.Background(), id))

			stored, trace, err := postgres.LatestDraft(context.Background(), pool, id)
			require.NoError(t, err)
			var rules []string
			for _, f := range stored.Findings {
				if !slices.Contains(rules, f.Rule) {
					rules = append(rules, f.Rule)
				}
			}
			t.Logf("stored %s with findings %v", stored.Recommendation, rules)
			if tt.only {
				require.ElementsMatch(t, tt.want, rules, "%v", stored.Findings)
			} else {
				require.Subset(t, rules, tt.want, "%v", stored.Findings)
			}
			require.Equal(t, tt.stored, stored.Recommendation, "%v", stored.Findings)
			var tr agent.Trace
			require.NoError(t, json.Unmarshal(trace, &tr))
			require.Equal(t, umassist.Recommendation(tt.submit.Recommendation), tr.Submitted)
		})
	}
}

// packFinder is a hand-written tools.PackFinder.
type packFinder struct {
	FindPacksFunc func(ctx context.Context, q tools.PackQuery) ([]*criteria.Pack, error)
}

var _ tools.PackFinder = (*packFinder)(nil)

func (f *packFinder) FindPacks(ctx context.Context, q tools.PackQuery) ([]*criteria.Pack, error) {
	return f.FindPacksFunc(ctx, q)
}

// TestVerifierNeedsThePacks: without the governing pack the verifier could
// only take the model's word for the criteria, so it refuses to verify
// rather than pass a draft unchecked.
func TestVerifierNeedsThePacks(t *testing.T) {
	t.Parallel()
	boom := errors.New("packs unavailable")
	tests := []struct {
		name  string
		packs tools.PackFinder
		want  string
		is    error
	}{
		{name: "no finder", want: "no criteria pack finder"},
		{name: "finder fails", packs: &packFinder{FindPacksFunc: func(context.Context, tools.PackQuery) ([]*criteria.Pack, error) { return nil, boom }}, is: boom},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			d := &umassist.Draft{Recommendation: umassist.RecommendApprove, Policy: "NCD 20.4", Summary: "ok"}
			_, err := (&agent.Verifier{Resources: verifierFixture(), Packs: tt.packs}).Verify(context.Background(), caseIn, d, nil)
			require.Error(t, err)
			require.Contains(t, err.Error(), "agent: verify")
			if tt.want != "" {
				require.Contains(t, err.Error(), tt.want)
			}
			if tt.is != nil {
				require.ErrorIs(t, err, tt.is)
			}
		})
	}
	_, err := (&agent.Drafter{Model: script(), Tools: func(context.Context, *umassist.Case, tools.Scope) ([]tools.Tool, error) { return nil, nil },
		Reader: func(string) agent.ResourceReader { return verifierFixture() }}).Draft(context.Background(), &umassist.Case{ID: "c"})
	require.ErrorContains(t, err, "criteria packs")
}

// staleVersions says version 6 of every policy is in force.
type staleVersions struct{}

func (staleVersions) PoliciesInForce(_ context.Context, f retrieval.Filter) ([]retrieval.PolicyInfo, error) {
	return []retrieval.PolicyInfo{{ID: f.PolicyIDs[0], Version: "6"}}, nil
}

func TestVerifierRefusesApproveOnAStalePack(t *testing.T) {
	t.Parallel()
	gov, err := tools.CriteriaFor(context.Background(), compiledPacks(t), caseIn.Request)
	require.NoError(t, err)
	var checklist []umassist.Criterion
	for _, c := range gov.Criteria {
		checklist = append(checklist, umassist.Criterion{ID: c.ID, Status: umassist.CriterionMet, Evidence: []string{"Observation/lvef"}, Passages: c.Passages})
	}
	d := &umassist.Draft{Recommendation: umassist.RecommendApprove, Policy: "NCD 20.4", Criteria: checklist, Summary: "Approve."}
	issues, err := (&agent.Verifier{Resources: verifierFixture(), Packs: compiledPacks(t), Versions: staleVersions{}}).Verify(context.Background(), caseIn, d, nil)
	require.NoError(t, err)
	var rules []string
	for _, is := range issues {
		rules = append(rules, is.Rule)
		if is.Rule == agent.RuleApproveUngoverned {
			require.Contains(t, is.Message, "stale criteria pack")
		}
	}
	require.Contains(t, rules, agent.RuleApproveUngoverned)
}

// TestVerifierMarksExclusionsFromThePack: which criteria are exclusions
// (met means present, bad news on a page) is the governing pack's to say;
// a model's draft that leaves the flag out gets it.
func TestVerifierMarksExclusionsFromThePack(t *testing.T) {
	t.Parallel()
	gov, err := tools.CriteriaFor(context.Background(), compiledPacks(t), caseIn.Request)
	require.NoError(t, err)
	var checklist []umassist.Criterion
	want := map[string]bool{}
	for _, c := range gov.Criteria {
		checklist = append(checklist, umassist.Criterion{ID: c.ID, Status: umassist.CriterionNotDocumented, Passages: c.Passages})
		want[c.ID] = c.Exclusion
	}
	require.True(t, want["recent_mi"], "the ICD pack's recent MI is an exclusion")
	d := &umassist.Draft{Recommendation: umassist.RecommendRefer, Policy: "NCD 20.4", Criteria: checklist, Summary: "Refer."}
	_, err = (&agent.Verifier{Resources: verifierFixture(), Packs: compiledPacks(t)}).Verify(context.Background(), caseIn, d, nil)
	require.NoError(t, err)
	for _, c := range d.Criteria {
		require.Equal(t, want[c.ID], c.Exclusion, c.ID)
	}
}
