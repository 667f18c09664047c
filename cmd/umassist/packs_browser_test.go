package main

import (
	"context"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/agent/offline"
	"github.com/umassist/umassist/fhir/fhirstore"
	"github.com/umassist/umassist/fhir/synthetic"
	"github.com/umassist/umassist/internal/sourcetree"
	"github.com/umassist/umassist/policies"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/postgres/pgtest"
	"github.com/umassist/umassist/server"
	"github.com/umassist/umassist/tools"
)

// TestPackEditorJourneyInChromium walks a clinical editor's work on the
// ICD pack in Chromium, on the real NCD corpus and the offline agent:
//   - the editor edits the published pack as a new revision; a mistake is
//     refused with what to fix, the typed JSON kept;
//   - the draft revision is tested against a patient whose chart never
//     states the NYHA class, and the test names the missing criterion;
//   - the author submits it and cannot publish it; a second editor does;
//   - CMS publishes a new version of NCD 20.4: the pack is marked stale,
//     the diff shows what changed under its criteria, and a case drafted
//     under it refers even though its chart meets every criterion;
//   - the editor re-pins the pack to the new version, the second editor
//     publishes it, and the same chart drafts approve again.
func TestPackEditorJourneyInChromium(t *testing.T) {
	path := chromiumOrSkip(t)
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.AppDB(t)
	rstore, err := policyStore(pool)
	require.NoError(t, err)
	rep, err := (&policies.Importer{Store: rstore}).ImportMCD(ctx, sourcetree.SharedData("mcd"))
	require.NoError(t, err)
	require.NoError(t, rep.Err())
	p, err := buildPipeline(ctx, pool, offline.New(), nil)
	require.NoError(t, err)
	r1, err := p.packs.Revision(ctx, "icd-ncd-20.4", 1)
	require.NoError(t, err)
	require.NotEmpty(t, r1.PolicyText, "a built-in pack keeps the text of the policy version it pins")
	cfg := server.Config{Records: postgres.Records{Pool: pool}, Accounts: postgres.Accounts{Pool: pool}, Cases: postgres.NewCaseStore(pool, nil), Review: postgres.NewReviewStore(pool, nil)}
	cfg.Packs, cfg.Corpus, cfg.PackTester = p.packs, p.rstore, p
	srv, err := server.New(cfg)
	require.NoError(t, err)
	ts := httptest.NewServer(srv)
	defer ts.Close()
	for _, u := range []postgres.User{
		{ID: "u-ed", Name: "edna", DisplayName: "Edna Park, RN, clinical editor", Role: umassist.RoleClinicalEditor},
		{ID: "u-ed2", Name: "eli", DisplayName: "Eli Moss, MD, medical director", Role: umassist.RoleClinicalEditor},
	} {
		require.NoError(t, postgres.CreateUser(ctx, pool, &u))
	}
	// Two charts of the ICD scenario, requested on one day: one never
	// states the NYHA class, one meets every criterion.
	reqDate := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	chart := func(variant string) synthetic.Case {
		sc, err := synthetic.GenerateWith("icd", variant, 5, synthetic.Options{RequestDate: reqDate})
		require.NoError(t, err)
		loadChart(ctx, t, pool, sc)
		return sc
	}
	noNYHA, meets := chart("no-nyha"), chart("meets")
	draftMeets := func() *umassist.Draft {
		d, err := newPipelineDraft(ctx, p, meets)
		require.NoError(t, err)
		return d
	}
	require.Equal(t, umassist.RecommendApprove, draftMeets().Recommendation, "the built-in pack approves a chart that meets it")

	br := newChrome(t, path, 1440, 900, 3*time.Minute)
	text := br.text

	// 1. The editor's home is the pack list; the ICD pack is published.
	br.signIn(pool, ts.URL, "u-ed")
	br.do(chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS(`tr[data-pack="icd-ncd-20.4"]`)))
	require.Contains(t, text(`tr[data-pack="icd-ncd-20.4"]`), "r1 by umassist")
	br.shot("packs-list", true)
	br.do(chromedp.Click(chromedp.CSS(`tr[data-pack="icd-ncd-20.4"] a`)), chromedp.WaitVisible(chromedp.CSS(`section[data-criterion="lvef"]`)))
	require.Contains(t, text(`section[data-criterion="lvef"] .policytext`), "NCD 20.4#B", "each criterion sits beside the passages it rests on")
	br.shot("pack-page", true)

	// 2. Edit: a mistake is refused with what to fix, and the JSON stays.
	br.do(chromedp.Click(chromedp.CSS(`#edit`)), chromedp.WaitVisible(chromedp.CSS(`#pack-json`)))
	js, err := chromedp.Run(br.ctx, chromedp.Value(chromedp.CSS(`#pack-json`)))
	require.NoError(t, err)
	wrong := strings.Replace(js, `"payer": "medicare",`, `"payer": "medicare", "payr": "x",`, 1)
	require.True(t, wrong != js, "the payer line is in the JSON")
	br.do(chromedp.SetValue(chromedp.CSS(`#pack-json`), wrong), chromedp.SetValue(chromedp.CSS(`#pack-note`), "plainer LVEF wording"),
		chromedp.Click(chromedp.CSS(`#save`)), chromedp.WaitVisible(chromedp.CSS(`#problems`)))
	require.Contains(t, text(`#problems`), "payr")
	kept, err := chromedp.Run(br.ctx, chromedp.Value(chromedp.CSS(`#pack-json`)))
	require.NoError(t, err)
	require.Contains(t, kept, `"payr"`, "what was typed is kept")
	br.shot("pack-edit-refused", true)
	fixed := strings.Replace(js, `ejection fraction is 35 %`, `ejection fraction (LVEF) is 35 %`, 1)
	require.True(t, fixed != js, "the LVEF criterion's wording is in the JSON")
	br.do(chromedp.SetValue(chromedp.CSS(`#pack-json`), fixed), chromedp.Click(chromedp.CSS(`#save`)),
		chromedp.WaitVisible(chromedp.CSS(`#test-form`)))
	require.Contains(t, text(`.pagehead`), "revision 2")
	require.Equal(t, "draft", text(`#pack-status`))
	require.Contains(t, text(`section[data-criterion="lvef"] .crit-text`), "ejection fraction (LVEF)")

	// 3. Test the draft on the chart without an NYHA class.
	br.do(chromedp.SetValue(chromedp.CSS(`#test-patient`), "Patient/"+noNYHA.PatientID),
		chromedp.SetValue(chromedp.CSS(`#test-date`), reqDate.Format("2006-01-02")),
		chromedp.Click(chromedp.CSS(`#test`)), chromedp.WaitVisible(chromedp.CSS(`#test-result`)))
	require.Contains(t, text(`#test-result h2`), "request info")
	require.Contains(t, strings.ToLower(text(`#test-result tr[data-criterion="nyha"]`)), "not documented")
	br.shot("pack-test", true)

	// 4. The author submits it and is not offered Publish.
	br.do(chromedp.Click(chromedp.CSS(`#move-in_review`)), chromedp.WaitVisible(chromedp.CSS(`#pack-status.p-in_review`)))
	require.Equal(t, "in review", text(`#pack-status`))
	require.Contains(t, text(`#pack-actions`), "another clinical editor or a physician publishes it")
	ok, err := chromedp.Run(br.ctx, chromedp.Evaluate[bool](`!document.querySelector('#move-published')`))
	require.NoError(t, err)
	require.True(t, ok)

	// 5. A second editor publishes it; the built-in revision retires.
	br.signIn(pool, ts.URL, "u-ed2")
	br.do(chromedp.Navigate(ts.URL+"/packs/icd-ncd-20.4?rev=2"), chromedp.WaitVisible(chromedp.CSS(`#move-published`)),
		chromedp.Click(chromedp.CSS(`#move-published`)), chromedp.WaitVisible(chromedp.CSS(`#pack-status.p-published`)))
	require.Equal(t, "published", text(`#pack-status`))
	require.Contains(t, text(`#revisions tr[data-rev="1"]`), "retired")
	require.Contains(t, text(`#revisions tr[data-rev="2"]`), "u-ed2")
	require.Equal(t, umassist.RecommendApprove, draftMeets().Recommendation, "the published revision drives drafts at once")

	// 6. CMS publishes version 6 of NCD 20.4, tightening the LVEF passage.
	v5, err := rstore.PolicyPassages(ctx, "", "NCD 20.4")
	require.NoError(t, err)
	require.Equal(t, "5", v5[0].PolicyVersion)
	var passages []umassist.Passage
	changed := ""
	for i, h := range v5 {
		text := h.Text
		if changed == "" && strings.Contains(text, "35%") {
			text, changed = strings.Replace(text, "35%", "30%", 1), h.PassageID
		}
		passages = append(passages, umassist.Passage{ID: h.PassageID, PolicyID: "NCD 20.4", Version: "6", Ordinal: i, Section: h.Section, Text: text})
	}
	require.NotEmpty(t, changed, "a passage of NCD 20.4 names 35%")
	_, err = rstore.UpsertPolicy(ctx, umassist.Policy{ID: "NCD 20.4", Version: "6", Source: "ncd", Payer: "medicare", Title: v5[0].PolicyTitle,
		Effective: time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)}, passages)
	require.NoError(t, err)
	br.do(chromedp.Navigate(ts.URL+"/packs"), chromedp.WaitVisible(chromedp.CSS(`tr[data-pack="icd-ncd-20.4"] .stale`)))
	require.Contains(t, text(`tr[data-pack="icd-ncd-20.4"] .stale`), "v6 in force")
	br.do(chromedp.Navigate(ts.URL+"/packs/icd-ncd-20.4"), chromedp.WaitVisible(chromedp.CSS(`#stale`)))
	br.do(chromedp.Click(chromedp.CSS(`#stale a`)), chromedp.WaitVisible(chromedp.CSS(`#changes`)))
	sec := `section[data-passage="` + changed + `"]`
	require.Contains(t, text(sec+` del`), "35%")
	require.Contains(t, text(sec+` ins`), "30%")
	br.shot("pack-diff", true)
	d := draftMeets()
	require.NotEqual(t, umassist.RecommendApprove, d.Recommendation, "a stale pack never drives an approve")
	require.Contains(t, d.Summary+findingsText(d), "stale")

	// 7. The editor re-pins the pack to version 6; the second editor
	// publishes it, and the chart drafts approve again.
	br.signIn(pool, ts.URL, "u-ed")
	br.do(chromedp.Navigate(ts.URL+"/packs/icd-ncd-20.4/edit?rev=2"), chromedp.WaitVisible(chromedp.CSS(`#pack-json`)))
	js, err = chromedp.Run(br.ctx, chromedp.Value(chromedp.CSS(`#pack-json`)))
	require.NoError(t, err)
	repinned := strings.Replace(js, `"policy_version": "5"`, `"policy_version": "6"`, 1)
	require.True(t, repinned != js, "the policy version line is in the JSON")
	br.do(chromedp.SetValue(chromedp.CSS(`#pack-json`), repinned), chromedp.SetValue(chromedp.CSS(`#pack-note`), "NCD 20.4 v6 reviewed"),
		chromedp.Click(chromedp.CSS(`#save`)), chromedp.WaitVisible(chromedp.CSS(`#revisions tr[data-rev="3"]`)),
		chromedp.Click(chromedp.CSS(`#move-in_review`)), chromedp.WaitVisible(chromedp.CSS(`#pack-status.p-in_review`)))
	br.signIn(pool, ts.URL, "u-ed2")
	br.do(chromedp.Navigate(ts.URL+"/packs/icd-ncd-20.4?rev=3"), chromedp.WaitVisible(chromedp.CSS(`#move-published`)),
		chromedp.Click(chromedp.CSS(`#move-published`)), chromedp.WaitVisible(chromedp.CSS(`#pack-status.p-published`)))
	br.do(chromedp.Navigate(ts.URL+"/packs"), chromedp.WaitVisible(chromedp.CSS(`tr[data-pack="icd-ncd-20.4"]`)))
	require.NotContains(t, text(`tr[data-pack="icd-ncd-20.4"]`), "stale")
	require.Contains(t, text(`tr[data-pack="icd-ncd-20.4"]`), "r3")
	require.Equal(t, umassist.RecommendApprove, draftMeets().Recommendation)

	// Every write and the test's read are in the audit log.
	entries, err := postgres.ListAudit(ctx, pool, postgres.AuditFilter{Limit: 5000})
	require.NoError(t, err)
	seen := map[string]int{}
	for _, e := range entries {
		if strings.HasPrefix(e.Action, "pack.") && e.Actor.ID != "umassist" {
			seen[e.Action+" by "+e.Actor.ID]++
		}
		if e.Action == "pack.test" {
			require.Equal(t, "Patient/"+noNYHA.PatientID, e.Patient)
		}
	}
	require.Equal(t, map[string]int{"pack.save by u-ed": 2, "pack.test by u-ed": 1, "pack.in_review by u-ed": 2, "pack.published by u-ed2": 2}, seen)
}

// newPipelineDraft drafts a synthetic chart's request with the published
// packs, as a queued case would be drafted.
func newPipelineDraft(ctx context.Context, p *pipeline, sc synthetic.Case) (*umassist.Draft, error) {
	c := &umassist.Case{ID: "c-" + sc.PatientID, Patient: "Patient/" + sc.PatientID, Request: sc.Request}
	out, err := p.drafter(tools.LivePacks{Loader: p.packs}).Draft(ctx, c)
	if err != nil {
		return nil, err
	}
	return out.Draft, nil
}

// loadChart loads a generated chart into the store, every resource read.
func loadChart(ctx context.Context, t testing.TB, pool *pgxpool.Pool, sc synthetic.Case) {
	t.Helper()
	file := filepath.Join(t.TempDir(), "chart.json")
	require.NoError(t, os.WriteFile(file, sc.Bundle, 0o600))
	res, err := fhirstore.New(pool).Load(ctx, "", file)
	require.NoError(t, err)
	require.Zero(t, res.Failed)
}

func findingsText(d *umassist.Draft) string {
	var b strings.Builder
	for _, f := range d.Findings {
		b.WriteString(" " + f.Message)
	}
	return b.String()
}
