package umassist_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
)

func TestCheckTransition(t *testing.T) {
	t.Parallel()
	const (
		nurse = umassist.RoleNurse
		doc   = umassist.RolePhysician
	)
	for _, tc := range []struct {
		from    umassist.CaseStatus
		role    umassist.Role
		outcome umassist.Outcome
		code    string // "" allowed
	}{
		{umassist.StatusReadyForReview, nurse, umassist.OutcomeApproved, ""},
		{umassist.StatusReadyForReview, nurse, umassist.OutcomeEscalated, ""},
		{umassist.StatusReadyForReview, nurse, umassist.OutcomeInfoRequested, ""},
		{umassist.StatusReadyForReview, nurse, umassist.OutcomeDenied, umassist.EFORBIDDEN},
		{umassist.StatusReadyForReview, doc, umassist.OutcomeDenied, ""},
		{umassist.StatusReadyForReview, doc, umassist.OutcomeEscalated, umassist.EINVALID},
		{umassist.StatusFailed, nurse, umassist.OutcomeEscalated, ""},
		{umassist.StatusEscalated, nurse, umassist.OutcomeApproved, umassist.EFORBIDDEN},
		{umassist.StatusEscalated, doc, umassist.OutcomeApproved, ""},
		{umassist.StatusEscalated, doc, umassist.OutcomeDenied, ""},
		{umassist.StatusEscalated, doc, umassist.OutcomeInfoRequested, ""},
		{umassist.StatusReceived, nurse, umassist.OutcomeApproved, umassist.ECONFLICT},
		{umassist.StatusDrafting, doc, umassist.OutcomeDenied, umassist.ECONFLICT},
		{umassist.StatusInfoRequested, nurse, umassist.OutcomeApproved, umassist.ECONFLICT},
		{umassist.StatusApproved, doc, umassist.OutcomeDenied, umassist.ECONFLICT},
		{umassist.StatusDenied, doc, umassist.OutcomeApproved, umassist.ECONFLICT},
		{umassist.StatusReadyForReview, umassist.RoleOperator, umassist.OutcomeApproved, umassist.EFORBIDDEN},
		{umassist.StatusReadyForReview, umassist.RoleAgent, umassist.OutcomeDenied, umassist.EFORBIDDEN},
		{umassist.StatusReadyForReview, umassist.RoleAdmin, umassist.OutcomeDenied, umassist.EFORBIDDEN},
	} {
		err := umassist.CheckTransition(tc.from, tc.role, tc.outcome)
		if tc.code == "" {
			require.NoError(t, err, "%s %s %s", tc.from, tc.role, tc.outcome)
			continue
		}
		require.Equal(t, tc.code, umassist.ErrorCode(err), "%s %s %s: %v", tc.from, tc.role, tc.outcome, err)
	}
}

func TestSLAOf(t *testing.T) {
	t.Parallel()
	recv := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	std := &umassist.Case{ReceivedAt: recv, DueAt: umassist.UrgencyStandard.DueAt(recv), Status: umassist.StatusReadyForReview}
	exp := &umassist.Case{ReceivedAt: recv, DueAt: umassist.UrgencyExpedited.DueAt(recv), Status: umassist.StatusReadyForReview}
	for _, tc := range []struct {
		name             string
		c                *umassist.Case
		at               time.Duration
		atRisk, breached bool
	}{
		{"standard, fresh", std, time.Hour, false, false},
		{"standard, 5 days in: 48 h left is under 20 %? no (28 %)", std, 5 * 24 * time.Hour, false, false},
		{"standard, 23 h left", std, 7*24*time.Hour - 23*time.Hour, true, false},
		{"expedited, 40 h left is under 24 h? no; under 20 %? no", exp, 32 * time.Hour, false, false},
		{"expedited, 14 h left (19 %)", exp, 58 * time.Hour, true, false},
		{"expedited, overdue", exp, 73 * time.Hour, false, true},
	} {
		s := umassist.SLAOf(tc.c, recv.Add(tc.at))
		require.Equal(t, tc.atRisk, s.AtRisk, tc.name)
		require.Equal(t, tc.breached, s.Breached, tc.name)
	}
	closed := *exp
	closed.Status = umassist.StatusApproved
	require.False(t, umassist.SLAOf(&closed, recv.Add(100*time.Hour)).Breached)
	// Waiting for the clinician does not stop the clock.
	waiting := *exp
	waiting.Status = umassist.StatusInfoRequested
	w := umassist.SLAOf(&waiting, recv.Add(73*time.Hour))
	require.True(t, w.Waiting && w.Breached && !w.Closed, "%+v", w)
	require.False(t, umassist.SLAOf(exp, recv).Waiting)
}

// TestReviewActionValidate: who may record which outcome, and what each
// must say, hold for every caller (API, UI, storage), not only storage.
func TestReviewActionValidate(t *testing.T) {
	t.Parallel()
	nurse := umassist.Actor{ID: "u1", Role: umassist.RoleNurse}
	doc := umassist.Actor{ID: "u2", Role: umassist.RolePhysician}
	agent := umassist.Actor{ID: "agent", Role: umassist.RoleAgent}
	passages := []string{"NCD 20.4#B3"}
	for _, tc := range []struct {
		name string
		a    umassist.ReviewAction
		code string // "" valid
	}{
		{"a nurse approves", umassist.ReviewAction{Actor: nurse, Outcome: umassist.OutcomeApproved}, ""},
		{"a physician denies with a reason and a passage", umassist.ReviewAction{Actor: doc, Outcome: umassist.OutcomeDenied, Reason: "LVEF 45 % is above 35 %", Passages: passages}, ""},
		{"the agent denies", umassist.ReviewAction{Actor: agent, Outcome: umassist.OutcomeDenied, Reason: "LVEF 45 % is above 35 %", Passages: passages}, umassist.EFORBIDDEN},
		{"a nurse denies", umassist.ReviewAction{Actor: nurse, Outcome: umassist.OutcomeDenied, Reason: "LVEF 45 % is above 35 %", Passages: passages}, umassist.EFORBIDDEN},
		{"a denial with a word for a reason", umassist.ReviewAction{Actor: doc, Outcome: umassist.OutcomeDenied, Reason: " not met  ", Passages: passages}, umassist.EINVALID},
		{"a denial citing no passage", umassist.ReviewAction{Actor: doc, Outcome: umassist.OutcomeDenied, Reason: "LVEF 45 % is above 35 %"}, umassist.EINVALID},
		{"an escalation without a reason", umassist.ReviewAction{Actor: nurse, Outcome: umassist.OutcomeEscalated}, umassist.EINVALID},
		{"a request for information without the question", umassist.ReviewAction{Actor: nurse, Outcome: umassist.OutcomeInfoRequested}, umassist.EINVALID},
		{"an operator approves", umassist.ReviewAction{Actor: umassist.Actor{ID: "o", Role: umassist.RoleOperator}, Outcome: umassist.OutcomeApproved}, umassist.EFORBIDDEN},
		{"an unknown outcome", umassist.ReviewAction{Actor: doc, Outcome: "waived"}, umassist.EINVALID},
	} {
		err := tc.a.Validate()
		if tc.code == "" {
			require.NoError(t, err, tc.name)
			continue
		}
		require.Equal(t, tc.code, umassist.ErrorCode(err), "%s: %v", tc.name, err)
	}
}
