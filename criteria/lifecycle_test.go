package criteria_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/criteria"
)

func TestCheckPackMove(t *testing.T) {
	t.Parallel()
	tests := []struct {
		from, to      criteria.PackStatus
		author, actor string
		code          string // "" allowed, else the error code
	}{
		{from: criteria.PackDraft, to: criteria.PackInReview, author: "ed", actor: "ed"},
		{from: criteria.PackDraft, to: criteria.PackRetired, author: "ed", actor: "ed"},
		{from: criteria.PackInReview, to: criteria.PackDraft, author: "ed", actor: "rev"},
		{from: criteria.PackInReview, to: criteria.PackPublished, author: "ed", actor: "rev"},
		{from: criteria.PackInReview, to: criteria.PackPublished, author: "ed", actor: "ED ", code: umassist.EFORBIDDEN},
		{from: criteria.PackPublished, to: criteria.PackRetired, author: "ed", actor: "ed"},
		{from: criteria.PackDraft, to: criteria.PackPublished, author: "ed", actor: "rev", code: umassist.ECONFLICT},
		{from: criteria.PackRetired, to: criteria.PackPublished, author: "ed", actor: "rev", code: umassist.ECONFLICT},
		{from: criteria.PackPublished, to: criteria.PackDraft, author: "ed", actor: "rev", code: umassist.ECONFLICT},
		{from: criteria.PackRetired, to: criteria.PackDraft, author: "ed", actor: "ed", code: umassist.ECONFLICT},
	}
	for _, tt := range tests {
		t.Run(string(tt.from)+"→"+string(tt.to)+" by "+tt.actor, func(t *testing.T) {
			err := criteria.CheckPackMove(tt.from, tt.to, tt.author, umassist.Actor{ID: tt.actor, Role: umassist.RoleClinicalEditor})
			if tt.code == "" {
				require.NoError(t, err)
				return
			}
			require.Error(t, err)
			require.Equal(t, tt.code, umassist.ErrorCode(err))
		})
	}
}

func TestOnlyEditorsMovePacks(t *testing.T) {
	t.Parallel()
	for _, r := range []umassist.Role{umassist.RoleNurse, umassist.RoleOperator, umassist.RoleMLEngineer, umassist.RoleAdmin, umassist.RoleAgent} {
		err := criteria.CheckPackMove(criteria.PackDraft, criteria.PackInReview, "ed", umassist.Actor{ID: "ed", Role: r})
		require.Equal(t, umassist.EFORBIDDEN, umassist.ErrorCode(err), r)
	}
	require.NoError(t, criteria.CheckPackMove(criteria.PackInReview, criteria.PackPublished, "ed", umassist.Actor{ID: "dr", Role: umassist.RolePhysician}))
}

func TestParsePackStatus(t *testing.T) {
	t.Parallel()
	for _, s := range criteria.PackStatuses {
		got, err := criteria.ParsePackStatus(string(s))
		require.NoError(t, err)
		require.Equal(t, s, got)
	}
	_, err := criteria.ParsePackStatus("approved")
	require.Error(t, err)
}

func TestDiffPolicyText(t *testing.T) {
	t.Parallel()
	old := []criteria.SourcePassage{
		{ID: "NCD 1#A", Section: "A", Text: "Covered when LVEF is 35% or less."},
		{ID: "NCD 1#B", Section: "B", Text: "Not covered  for NYHA class IV."},
		{ID: "NCD 1#C", Section: "C", Text: "Gone in the new version."},
	}
	new := []criteria.SourcePassage{
		{ID: "NCD 1#A", Section: "A", Text: "Covered when LVEF is 30% or less within 90 days."},
		{ID: "NCD 1#B", Section: "B", Text: "Not covered for NYHA class IV."},
		{ID: "NCD 1#D", Section: "D", Text: "A new passage."},
	}
	got := criteria.DiffPolicyText(old, new)
	require.Len(t, got, 3, "the passage whose text differs only in spacing is left out: %+v", got)
	require.Equal(t, "changed", got[0].Kind)
	require.Equal(t, []criteria.WordRun{
		{Op: "=", Text: "Covered when LVEF is"}, {Op: "-", Text: "35%"}, {Op: "+", Text: "30%"},
		{Op: "=", Text: "or"}, {Op: "-", Text: "less."}, {Op: "+", Text: "less within 90 days."},
	}, got[0].Words)
	require.Equal(t, criteria.PassageChange{ID: "NCD 1#C", Section: "C", Kind: "removed", Words: []criteria.WordRun{{Op: "-", Text: "Gone in the new version."}}}, got[1])
	require.Equal(t, "added", got[2].Kind)
	require.Equal(t, "NCD 1#D", got[2].ID)
}

// A pack list pairs each pack's newest revision with its published one
// and says when a newer policy version is in force.
func TestStandings(t *testing.T) {
	t.Parallel()
	rev := func(id string, n int, st criteria.PackStatus, version string) criteria.PackRevision {
		return criteria.PackRevision{Pack: criteria.Pack{ID: id, Policy: "NCD " + id, PolicyVersion: version}, Revision: n, Status: st}
	}
	latest := []criteria.PackRevision{rev("1", 2, criteria.PackDraft, "5"), rev("2", 1, criteria.PackPublished, "3"), rev("3", 1, criteria.PackDraft, "")}
	published := []criteria.PackRevision{rev("1", 1, criteria.PackPublished, "4"), rev("2", 1, criteria.PackPublished, "3")}
	got := criteria.Standings(latest, published, map[string]string{"NCD 1": "5", "NCD 2": "3"})
	require.Len(t, got, 3)
	require.Equal(t, 1, got[0].Published.Revision)
	require.Equal(t, "5", got[0].Stale, "the published r1 pins v4; v5 is in force")
	require.Empty(t, got[1].Stale)
	require.Nil(t, got[2].Published)
	require.Empty(t, got[2].Stale)
	require.Equal(t, []string{"NCD 1", "NCD 2"}, criteria.PoliciesOf(published))
}
