package postgres_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
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
		err := postgres.CheckTransition(tc.from, tc.role, tc.outcome)
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
		s := postgres.SLAOf(tc.c, recv.Add(tc.at))
		require.Equal(t, tc.atRisk, s.AtRisk, tc.name)
		require.Equal(t, tc.breached, s.Breached, tc.name)
	}
	closed := *exp
	closed.Status = umassist.StatusApproved
	require.False(t, postgres.SLAOf(&closed, recv.Add(100*time.Hour)).Breached)
	// Waiting for the clinician does not stop the clock.
	waiting := *exp
	waiting.Status = umassist.StatusInfoRequested
	w := postgres.SLAOf(&waiting, recv.Add(73*time.Hour))
	require.True(t, w.Waiting && w.Breached && !w.Closed, "%+v", w)
	require.False(t, postgres.SLAOf(exp, recv).Waiting)
}
