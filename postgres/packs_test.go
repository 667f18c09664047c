package postgres_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/criteria"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/postgres/pgtest"
)

func builtinPacks(t *testing.T) []criteria.Pack {
	t.Helper()
	packs, err := criteria.LoadPacks()
	require.NoError(t, err)
	require.NotEmpty(t, packs)
	return packs
}

func publishedIDs(t *testing.T, ctx context.Context, s *postgres.PackStore) map[string]int {
	t.Helper()
	revs, err := s.Published(ctx)
	require.NoError(t, err)
	out := map[string]int{}
	for _, r := range revs {
		out[r.Pack.ID] = r.Revision
	}
	return out
}

// The built-in packs are imported as published once; an editor's revision
// goes draft → in review → published by another person, retiring the one
// before; a changed built-in pack never replaces an editor's published
// revision unseen; every write is audited.
func TestPackLifecycle(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.DB(t)
	store := postgres.NewPackStore(pool)
	packs := builtinPacks(t)

	rep, err := store.Seed(ctx, packs, nil)
	require.NoError(t, err)
	require.Equal(t, postgres.SeedReport{Published: len(packs)}, rep)
	rep, err = store.Seed(ctx, packs, nil)
	require.NoError(t, err)
	require.Equal(t, postgres.SeedReport{Unchanged: len(packs)}, rep, "seeding again changes nothing")
	pub := publishedIDs(t, ctx, store)
	require.Len(t, pub, len(packs))
	require.Equal(t, 1, pub["icd-ncd-20.4"])

	editor := umassist.Actor{ID: "ed-1", Name: "Editor One", Role: umassist.RoleClinicalEditor}
	other := umassist.Actor{ID: "ed-2", Name: "Editor Two", Role: umassist.RoleClinicalEditor}
	nurse := umassist.Actor{ID: "nurse-1", Role: umassist.RoleNurse}
	icd := packs[0]
	for _, p := range packs {
		if p.ID == "icd-ncd-20.4" {
			icd = p
		}
	}
	edited := icd
	edited.Criteria = append([]criteria.Criterion(nil), icd.Criteria...)
	edited.Criteria[0].Text += " (as the editor reads it)"
	text := []criteria.SourcePassage{{ID: "NCD 20.4#B3", Section: "B", Text: "Patients with ischemic dilated cardiomyopathy ..."}}

	_, err = store.SaveDraft(ctx, nurse, &edited, text, "")
	require.Equal(t, umassist.EFORBIDDEN, umassist.ErrorCode(err), "a nurse does not write packs")
	r2, err := store.SaveDraft(ctx, editor, &edited, text, "clearer wording")
	require.NoError(t, err)
	require.Equal(t, 2, r2.Revision)
	require.Equal(t, criteria.PackDraft, r2.Status)
	require.Equal(t, text, r2.PolicyText)
	require.Equal(t, edited.Criteria[0].Text, r2.Pack.Criteria[0].Text)

	tests := []struct {
		name  string
		actor umassist.Actor
		to    criteria.PackStatus
		code  string
	}{
		{"a draft is not published", other, criteria.PackPublished, umassist.ECONFLICT},
		{"the author submits it", editor, criteria.PackInReview, ""},
		{"the author cannot publish it", editor, criteria.PackPublished, umassist.EFORBIDDEN},
		{"a nurse cannot publish it", nurse, criteria.PackPublished, umassist.EFORBIDDEN},
		{"another editor returns it", other, criteria.PackDraft, ""},
		{"the author submits it again", editor, criteria.PackInReview, ""},
		{"another editor publishes it", other, criteria.PackPublished, ""},
		{"published is not sent back", other, criteria.PackDraft, umassist.ECONFLICT},
	}
	textOf := func() string {
		t.Helper()
		packs, err := store.PublishedPacks(ctx)
		require.NoError(t, err)
		for _, p := range packs {
			if p.ID == icd.ID {
				return p.Criteria[0].Text
			}
		}
		return ""
	}
	require.Equal(t, icd.Criteria[0].Text, textOf(), "read once, kept while nothing is published or retired")
	for _, tt := range tests {
		got, err := store.Move(ctx, tt.actor, icd.ID, 2, tt.to, "")
		if tt.code != "" {
			require.Equal(t, tt.code, umassist.ErrorCode(err), "%s: %v", tt.name, err)
			continue
		}
		require.NoError(t, err, tt.name)
		require.Equal(t, tt.to, got.Status, tt.name)
	}
	pub = publishedIDs(t, ctx, store)
	require.Equal(t, 2, pub[icd.ID], "the editor's revision drives drafts now")
	require.Equal(t, edited.Criteria[0].Text, textOf(), "a publish is seen by the next read")
	r1, err := store.Revision(ctx, icd.ID, 1)
	require.NoError(t, err)
	require.Equal(t, criteria.PackRetired, r1.Status, "the built-in revision it replaced")
	r2, err = store.Revision(ctx, icd.ID, 2)
	require.NoError(t, err)
	require.Equal(t, "ed-2", r2.Reviewer)

	// A new binary whose built-in ICD pack changed: stored as a draft, the
	// editor's published revision stays; another changed pack, still
	// built-in, is published over its older self.
	changed := append([]criteria.Pack(nil), packs...)
	for i := range changed {
		changed[i].Title += " (2027 edition)"
	}
	rep, err = store.Seed(ctx, changed, nil)
	require.NoError(t, err)
	require.Equal(t, postgres.SeedReport{Published: len(packs) - 1, Drafted: 1}, rep)
	pub = publishedIDs(t, ctx, store)
	require.Equal(t, 2, pub[icd.ID])
	revs, err := store.Revisions(ctx, icd.ID)
	require.NoError(t, err)
	require.Equal(t, 3, revs[0].Revision)
	require.Equal(t, criteria.PackDraft, revs[0].Status)
	require.Equal(t, criteria.BuiltinAuthor, revs[0].Author)
	for id, rev := range pub {
		if id != icd.ID {
			require.Equal(t, 2, rev, id)
		}
	}

	// The database holds the same rules against a direct write.
	_, err = pool.Exec(ctx, `UPDATE criteria_packs SET body = jsonb_set(body, '{title}', '"edited in place"') WHERE pack_id = $1 AND revision = 2`, icd.ID)
	require.ErrorContains(t, err, "save a new revision")
	_, err = pool.Exec(ctx, `UPDATE criteria_packs SET status = 'draft' WHERE pack_id = $1 AND revision = 2`, icd.ID)
	require.ErrorContains(t, err, "cannot go from published to draft")
	_, err = pool.Exec(ctx, `UPDATE criteria_packs SET status = 'published' WHERE pack_id = $1 AND revision = 1`, icd.ID)
	require.Error(t, err, "a retired revision is not published again")

	latest, err := store.Latest(ctx)
	require.NoError(t, err)
	require.Len(t, latest, len(packs))

	entries, err := postgres.ListAudit(ctx, pool, postgres.AuditFilter{Limit: 1000})
	require.NoError(t, err)
	actions := map[string]int{}
	for _, e := range entries {
		actions[e.Action]++
	}
	require.Equal(t, 2*len(packs)-1, actions["pack.seed_publish"])
	require.Equal(t, 1, actions["pack.seed_draft"])
	require.Equal(t, 1, actions["pack.save"])
	require.Equal(t, 1, actions["pack.draft"], "returned by the reviewer")
	require.Equal(t, 2, actions["pack.in_review"])
	require.Equal(t, 1, actions["pack.published"])
}

// The application's role may add and move revisions, never remove them.
func TestPackRevisionsAreHistory(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	app := pgtest.AppDB(t)
	store := postgres.NewPackStore(app)
	_, err := store.Seed(ctx, builtinPacks(t), nil)
	require.NoError(t, err)
	_, err = app.Exec(ctx, `DELETE FROM criteria_packs`)
	require.ErrorContains(t, err, "permission denied")
}
