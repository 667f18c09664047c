package agent_test

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/agent"
	"github.com/umassist/umassist/drafting"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/postgres/pgtest"
	"github.com/umassist/umassist/tools"
)

func newCase(t *testing.T, store *postgres.CaseStore, id string) {
	t.Helper()
	_, _, err := store.Create(context.Background(), postgres.CreateCase{ID: id, Patient: "Patient/p1", Request: caseIn.Request,
		Actor: umassist.Actor{ID: "intake", Role: umassist.RoleOperator}})
	require.NoError(t, err)
}

func TestCaseDrafterStoresDraftAndTrace(t *testing.T) {
	t.Parallel()
	pool := pgtest.DB(t)
	store := postgres.NewCaseStore(pool, nil)
	newCase(t, store, "case-ok")
	newCase(t, store, "case-fail")
	newCase(t, store, "case-approve-unsupported")

	obs := dataTool("search_observations", `{"observations":[{"ref":"Observation/lvef","date":"2026-02-01","code":"10230-1","value":40,"unit":"%"}]}`, "Observation/lvef")
	models := map[string]agent.Model{
		"case-ok": script(calls(call("search_observations", `{}`)), calls(call(agent.ToolSubmitDraft, submitArgs(agent.SubmittedDraft{
			Recommendation: "refer", Policy: "NCD 20.4", Summary: "LVEF 40 % on the latest echo [Observation/lvef].",
			Criteria: []agent.SubmittedCriterion{{ID: "lvef", Text: "LVEF 35 % or less", Status: "not_met", Evidence: []string{"Observation/lvef"}}},
		})))),
		"case-approve-unsupported": script(calls(call(agent.ToolSubmitDraft, submitArgs(agent.SubmittedDraft{
			Recommendation: "approve", Policy: "NCD 20.4", Summary: "LVEF 25 % [Observation/lvef].",
			Criteria: []agent.SubmittedCriterion{{ID: "lvef", Text: "LVEF", Status: "met", Evidence: []string{"Observation/lvef"}}},
		})))),
		"case-fail": script(), // never submits
	}
	for id, model := range models {
		d := &agent.Drafter{
			Model:  model,
			Limits: agent.Limits{MaxSteps: 3},
			Tools: func(context.Context, *umassist.Case, tools.Scope) ([]tools.Tool, error) {
				return []tools.Tool{obs}, nil
			},
			Reader: func(string) agent.ResourceReader { return verifierFixture() },
			Packs:  noPacks,
		}
		cd := &drafting.CaseDrafter{Pool: pool, Drafter: d}
		err := cd.DraftCase(context.Background(), id)
		c, gerr := postgres.GetCase(context.Background(), pool, id)
		require.NoError(t, gerr)
		audit, aerr := postgres.ListAudit(context.Background(), pool, postgres.AuditFilter{CaseID: id})
		require.NoError(t, aerr)
		last := audit[len(audit)-1]
		require.Equal(t, "agent.draft", last.Action)
		if id == "case-fail" {
			require.ErrorIs(t, err, agent.ErrMaxSteps)
			require.Equal(t, umassist.StatusFailed, c.Status)
			require.Equal(t, "failure", last.Outcome)
			require.Contains(t, string(last.Detail), "step limit")
			continue
		}
		require.NoError(t, err)
		require.Equal(t, umassist.StatusReadyForReview, c.Status)
		draft, trace, err := postgres.LatestDraft(context.Background(), pool, id)
		require.NoError(t, err)
		require.Equal(t, umassist.RecommendRefer, draft.Recommendation, "never stored as approve when the verifier fails it")
		require.Equal(t, agent.PromptVersion, draft.PromptVersion)
		var tr agent.Trace
		require.NoError(t, json.Unmarshal(trace, &tr))
		require.Equal(t, "script", tr.Model)
		require.NotEmpty(t, tr.Steps)
		if id == "case-approve-unsupported" {
			require.NotEmpty(t, draft.Findings)
			require.Equal(t, umassist.RecommendApprove, tr.Submitted)
		} else {
			require.Empty(t, draft.Findings, "%v", draft.Findings)
			require.Contains(t, draft.Evidence, "Observation/lvef")
		}
		// A retried job finds the draft and does nothing.
		require.NoError(t, cd.DraftCase(context.Background(), id))
		again, _, err := postgres.LatestDraft(context.Background(), pool, id)
		require.NoError(t, err)
		require.Equal(t, draft.Version, again.Version)
	}
	require.Error(t, (&drafting.CaseDrafter{Pool: pool, Drafter: &agent.Drafter{}}).DraftCase(context.Background(), "nope"))
}
