package server_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
)

// Workflow tests on the real database, through postgres.ReviewStore. They
// live here to share this package's private template database.

func TestClaimIsALeaseThatExpires(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	ctx := context.Background()
	id := tb.seedCase(t)
	n1, n2 := tb.users[umassist.RoleNurse].Actor(), tb.nurse2.Actor()
	cl, err := tb.review.Claim(ctx, id, n1)
	require.NoError(t, err)
	require.Equal(t, tb.clock.Now().Add(30*time.Minute), cl.ExpiresAt.UTC())
	_, err = tb.review.Claim(ctx, id, n2)
	require.Equal(t, umassist.ECONFLICT, umassist.ErrorCode(err))

	// Renewing keeps the lease with its holder.
	tb.clock.Advance(20 * time.Minute)
	cl2, err := tb.review.Claim(ctx, id, n1)
	require.NoError(t, err)
	require.Equal(t, cl.ClaimedAt, cl2.ClaimedAt)
	require.Equal(t, tb.clock.Now().Add(30*time.Minute), cl2.ExpiresAt.UTC())

	// Once it lapses, another reviewer may take the case, and the first can
	// no longer decide it.
	tb.clock.Advance(31 * time.Minute)
	got, err := tb.review.ActiveClaim(ctx, id)
	require.NoError(t, err)
	require.Nil(t, got)
	_, err = tb.review.Claim(ctx, id, n2)
	require.NoError(t, err)
	_, _, err = tb.review.Decide(ctx, umassist.ReviewAction{CaseID: id, Actor: n1, Outcome: umassist.OutcomeApproved})
	require.Equal(t, umassist.ECONFLICT, umassist.ErrorCode(err))
	c, _, err := tb.review.Decide(ctx, umassist.ReviewAction{CaseID: id, Actor: n2, Outcome: umassist.OutcomeApproved, EditedSummary: "ok"})
	require.NoError(t, err)
	require.Equal(t, umassist.StatusApproved, c.Status)
	// The decision released the claim.
	got, err = tb.review.ActiveClaim(ctx, id)
	require.NoError(t, err)
	require.Nil(t, got)
}

func TestStaleDraftVersionIsRefused(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	ctx := context.Background()
	n := tb.users[umassist.RoleNurse].Actor()
	id := tb.claimedCase(t, n)
	_, err := postgres.SaveDraft(ctx, tb.pool, id, icdDraft(), nil)
	require.NoError(t, err)
	_, _, err = tb.review.Decide(ctx, umassist.ReviewAction{CaseID: id, Actor: n, Outcome: umassist.OutcomeApproved, DraftVersion: 1})
	require.Equal(t, umassist.ECONFLICT, umassist.ErrorCode(err))
	require.Contains(t, err.Error(), "draft changed")
}

// The database refuses a denial under a nurse's account even when the
// application is bypassed and the role column forged.
func TestDatabaseRefusesDenialByNonPhysicianAccount(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	ctx := context.Background()
	id := tb.seedCase(t)
	nurse := tb.users[umassist.RoleNurse]
	_, err := tb.pool.Exec(ctx, `INSERT INTO review_actions (case_id, actor_id, actor_role, outcome, reason, passages)
		VALUES ($1, $2, 'physician', 'denied', 'LVEF above the threshold', '{"NCD 20.4#B3"}')`, id, nurse.ID)
	require.Error(t, err)
	require.True(t, postgres.IsCheckViolation(err), err.Error())
	_, err = tb.pool.Exec(ctx, `UPDATE cases SET status = 'denied' WHERE id = $1`, id)
	require.Error(t, err)
	doc := tb.users[umassist.RolePhysician]
	_, err = tb.pool.Exec(ctx, `INSERT INTO review_actions (case_id, actor_id, actor_role, outcome, reason, passages)
		VALUES ($1, $2, 'physician', 'denied', 'LVEF above the threshold', '{"NCD 20.4#B3"}')`, id, doc.ID)
	require.NoError(t, err)
}

// TestApprovingAgainstTheDraftNeedsAReason: a draft that recommends refer
// is not approved with one click. The store refuses an approval with no
// override code or too short a reason, over the API too; the case page
// shows the override fields instead of a primary Approve button; the code
// is kept with the action.
func TestApprovingAgainstTheDraftNeedsAReason(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	ctx := context.Background()
	n := tb.users[umassist.RoleNurse].Actor()
	id := tb.claimedCase(t, n)
	d := icdDraft()
	d.Recommendation = umassist.RecommendRefer
	d.Criteria[1].Status = umassist.CriterionNotMet
	v, err := postgres.SaveDraft(ctx, tb.pool, id, d, nil)
	require.NoError(t, err)

	// The claim above is the nurse's own: her browser sees the form.
	_, page := tb.browser(t).login(tb.users[umassist.RoleNurse].Name).get("/cases/" + id)
	require.Contains(t, page, `id="override"`)
	require.Contains(t, page, "The draft recommends refer: approving decides against it")
	require.NotContains(t, page, `class="primary" id="approve"`, "Approve is not the primary action on a refer draft")

	tests := []struct {
		name    string
		a       umassist.ReviewAction
		wantErr bool
	}{
		{name: "one click", a: umassist.ReviewAction{}, wantErr: true},
		{name: "a code without a reason", a: umassist.ReviewAction{OverrideCode: "clinical_judgement", Reason: "fine"}, wantErr: true},
		{name: "a code and a reason", a: umassist.ReviewAction{OverrideCode: "information_outside_record", Reason: "Cardiology faxed the NYHA class II note this morning."}},
	}
	for _, tt := range tests {
		a := tt.a
		a.CaseID, a.Actor, a.Outcome, a.DraftVersion = id, n, umassist.OutcomeApproved, v
		_, _, err := tb.review.Decide(ctx, a)
		if tt.wantErr {
			require.Equal(t, umassist.EINVALID, umassist.ErrorCode(err), tt.name)
			continue
		}
		require.NoError(t, err, tt.name)
	}
	acts, err := postgres.ListActions(ctx, tb.pool, id)
	require.NoError(t, err)
	require.Len(t, acts, 1)
	require.Equal(t, "information_outside_record", acts[0].OverrideCode)

	// Over the API, the same rule.
	id2 := tb.claimedCase(t, n)
	_, err = postgres.SaveDraft(ctx, tb.pool, id2, d, nil)
	require.NoError(t, err)
	resp, body := tb.api(t, tb.tokens[umassist.RoleNurse], "POST", "/api/v1/cases/"+id2+"/actions", map[string]any{"outcome": "approved"})
	require.Equal(t, 400, resp.StatusCode, string(body))
	require.Contains(t, string(body), "override code")
}

// TestExclusionChips: an exclusion "met" is present (bad news) and "not
// met" absent (good news); the page colours them as it colours criteria,
// by what they mean for the request.
func TestExclusionChips(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	ctx := context.Background()
	n := tb.users[umassist.RoleNurse].Actor()
	id := tb.claimedCase(t, n)
	d := icdDraft()
	d.Criteria = append(d.Criteria,
		umassist.Criterion{ID: "recent_mi", Text: "An MI within the last 40 days", Status: umassist.CriterionNotMet, Exclusion: true, Required: true, Finding: "no MI in the record"},
		umassist.Criterion{ID: "nyha_iv", Text: "NYHA class IV", Status: umassist.CriterionMet, Exclusion: true, Required: true, Finding: "NYHA IV at the last visit"})
	_, err := postgres.SaveDraft(ctx, tb.pool, id, d, nil)
	require.NoError(t, err)
	_, page := tb.browser(t).login(tb.users[umassist.RoleNurse].Name).get("/cases/" + id)
	tests := []struct{ finding, want string }{
		{"no MI in the record", `<span class="pill p-met">Absent</span> no MI in the record`},
		{"NYHA IV at the last visit", `<span class="pill p-not_met">Present</span> NYHA IV at the last visit`},
		{"LVEF 30 % on 2026-01-20", `<span class="pill p-met">Met</span> LVEF 30 % on 2026-01-20`},
	}
	for _, tt := range tests {
		require.Contains(t, page, tt.want, tt.finding)
	}
	require.Contains(t, page, "(must be absent)")
}

// TestEarlierDraftVersionsAreReadable: after a re-draft, ?version=N shows
// an earlier draft as it was, says it is not the newest, and offers no
// decision; without it the newest shows, with links to both.
func TestEarlierDraftVersionsAreReadable(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	ctx := context.Background()
	n := tb.users[umassist.RoleNurse].Actor()
	id := tb.claimedCase(t, n)
	first := icdDraft()
	first.Recommendation, first.Summary = umassist.RecommendRequestInfo, "First draft: NYHA class not documented."
	first.Criteria[1].Status = umassist.CriterionNotDocumented
	v1, err := postgres.SaveDraft(ctx, tb.pool, id, first, nil)
	require.NoError(t, err)
	second := icdDraft()
	second.Summary = "Second draft: NYHA class II from the clinician's answer."
	_, err = postgres.SaveDraft(ctx, tb.pool, id, second, nil)
	require.NoError(t, err)

	b := tb.browser(t).login(tb.users[umassist.RoleNurse].Name)
	_, page := b.get("/cases/" + id)
	require.Contains(t, page, "Second draft")
	require.Contains(t, page, "Recommends approve")
	require.Contains(t, page, fmt.Sprintf(`href="/cases/%s?version=%d"`, id, v1))
	require.NotContains(t, page, `id="earlier"`)
	require.Contains(t, page, `id="approve-form"`)
	// What the re-draft changed is said first: the recommendation and the
	// criterion the answer settled.
	require.Contains(t, page, fmt.Sprintf("Changed since v%d:", v1))
	require.Contains(t, page, "recommendation request_info → <strong>approve</strong>")
	require.Contains(t, page, "NYHA class II or III: Not documented → <strong>Met</strong>")

	res, page := b.get(fmt.Sprintf("/cases/%s?version=%d", id, v1))
	require.Equal(t, 200, res.StatusCode)
	require.Contains(t, page, "Recommends request_info", "the earlier draft as it was")
	require.Contains(t, page, fmt.Sprintf("<strong>v%d</strong>", v1))
	require.Contains(t, page, `id="earlier"`)
	require.NotContains(t, page, `id="approve-form"`, "an earlier draft is read, not decided")

	res, _ = b.get("/cases/" + id + "?version=99")
	require.Equal(t, 404, res.StatusCode)
}

// TestWhyPanel: a refer draft says up front why: its own rationale and the
// criteria that decide it; an approve draft has no deciding list.
func TestWhyPanel(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	ctx := context.Background()
	id := tb.seedCase(t)
	d := icdDraft()
	d.Recommendation = umassist.RecommendRefer
	d.Criteria[1].Status, d.Criteria[1].Finding = umassist.CriterionNotMet, "NYHA class IV at the last visit"
	d.Summary = "Request: ICD.\nRecommendation: refer; NYHA class IV is documented, which the policy does not cover.\n"
	_, err := postgres.SaveDraft(ctx, tb.pool, id, d, nil)
	require.NoError(t, err)
	_, page := tb.browser(t).login(tb.users[umassist.RoleNurse].Name).get("/cases/" + id)
	require.Contains(t, page, `id="why"`)
	require.Contains(t, page, "refer; NYHA class IV is documented, which the policy does not cover.")
	require.Contains(t, page, `<span class="pill p-not_met">Not met</span> NYHA class II or III — NYHA class IV at the last visit`)
	why := page[strings.Index(page, `id="why"`):]
	why = why[:strings.Index(why, "</div>")]
	require.NotContains(t, why, "LVEF ≤ 35 %", "a criterion met does not decide a refer")
}

// TestRefusedDecisionKeepsWhatWasTyped: a decision the store refuses
// (approving against the draft with too short a reason; a physician's
// denial whose reason is too short) shows the case again with what the
// reviewer typed, so nothing is typed twice.
func TestRefusedDecisionKeepsWhatWasTyped(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	ctx := context.Background()
	id := tb.seedCase(t)
	doc := tb.users[umassist.RolePhysician]
	d := icdDraft()
	d.Recommendation = umassist.RecommendRefer
	v, err := postgres.SaveDraft(ctx, tb.pool, id, d, nil)
	require.NoError(t, err)
	_, err = tb.review.Claim(ctx, id, doc.Actor())
	require.NoError(t, err)
	b := tb.browser(t).login(doc.Name)
	b.get("/cases/" + id)
	tests := []struct {
		name string
		form url.Values
		want []string
	}{
		{"approve against the draft, reason too short", url.Values{"action": {"approve"}, "override_code": {"clinical_judgement"}, "reason": {"ok then"}},
			[]string{`<option value="clinical_judgement" selected>`, `required>ok then</textarea>`}},
		{"deny with too short a reason", url.Values{"action": {"deny"}, "reason": {"No."}, "passage": {"NCD 20.4#B3"}, "other_passage": {"NCD 20.4#B1"}},
			[]string{`minlength="10">No.</textarea>`, `value="NCD 20.4#B3" checked>`, `placeholder="NCD 20.4#B3" value="NCD 20.4#B1"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.form.Set("csrf_token", b.csrf)
			tt.form.Set("draft_version", fmt.Sprint(v))
			res, _ := b.post("/cases/"+id+"/decide", tt.form)
			// Post/Redirect/Get: the refusal is shown by the GET it redirects
			// to, so a refresh never submits the form again.
			require.Equal(t, http.StatusSeeOther, res.StatusCode)
			loc := res.Header.Get("Location")
			require.Equal(t, "/cases/"+id+"?refused=1#decide", loc)
			res, page := b.get(loc)
			require.Equal(t, http.StatusOK, res.StatusCode)
			for _, w := range tt.want {
				require.Contains(t, page, w)
			}
			_, again := b.get(loc)
			require.NotContains(t, again, tt.want[0], "shown once: a refresh shows the case as it is")
		})
	}
}

// TestAddedInformationIsFiledOnTheRecord: the ordering clinician's answer
// becomes a note on the patient's record in the same transaction as the
// answer itself, audited as a record write, for the re-draft to read.
func TestAddedInformationIsFiledOnTheRecord(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	ctx := context.Background()
	tb.fileAnswers()
	n := tb.users[umassist.RoleNurse].Actor()
	id := tb.claimedCase(t, n)
	_, _, err := tb.review.Decide(ctx, umassist.ReviewAction{CaseID: id, Actor: n, Outcome: umassist.OutcomeInfoRequested, Question: "What is the NYHA class?"})
	require.NoError(t, err)
	_, err = tb.review.AddInformation(ctx, id, n, "NYHA class II per Dr. Lee.")
	require.NoError(t, err)

	docID := "answer-" + strings.ReplaceAll(id, "_", "-") + "-1"
	var patient, raw string
	require.NoError(t, tb.pool.QueryRow(ctx, `SELECT coalesce(patient, ''), resource::text FROM fhir_resources WHERE type = 'DocumentReference' AND id = $1`, docID).Scan(&patient, &raw))
	require.Equal(t, "Patient/p1", patient)
	require.Contains(t, raw, "Ordering clinician")
	var audited int
	require.NoError(t, tb.pool.QueryRow(ctx, `SELECT count(*) FROM audit_log WHERE action = 'fhir.write' AND case_id = $1 AND $2 = ANY(resources)`, id, "DocumentReference/"+docID).Scan(&audited))
	require.Equal(t, 1, audited)
}

// TestLettersSpeakPlainly: an approval letter names the member from the
// record, the policy and the reviewer, and carries no FHIR ids or
// criterion labels from the machine draft; a request for information
// gives a date to answer by.
func TestLettersSpeakPlainly(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	ctx := context.Background()
	nurse := tb.users[umassist.RoleNurse]
	b := tb.browser(t).login(nurse.Name)

	id := tb.seedCase(t)
	_, err := tb.review.Claim(ctx, id, nurse.Actor())
	require.NoError(t, err)
	_, _, err = tb.review.Decide(ctx, umassist.ReviewAction{CaseID: id, Actor: nurse.Actor(), Outcome: umassist.OutcomeApproved,
		EditedSummary: "LVEF 30 % [Observation/lvef-1] and NYHA class II [DocumentReference/note-1] meet the policy."})
	require.NoError(t, err)
	res, page := b.get("/cases/" + id + "/letter")
	require.Equal(t, http.StatusOK, res.StatusCode)
	letter := page[strings.Index(page, `id="letter"`):]
	require.Contains(t, letter, "Member: Samuel Roe, born 1958-04-02")
	require.Contains(t, letter, "the coverage policy NCD 20.4")
	require.Contains(t, letter, "LVEF 30 % and NYHA class II meet the policy.")
	require.Contains(t, letter, "Reviewed by "+nurse.Name+", nurse reviewer.")
	for _, machine := range []string{"Observation/", "DocumentReference/", "Patient/", "EXCLUSION"} {
		require.NotContains(t, letter, machine)
	}

	id2 := tb.seedCase(t)
	_, err = tb.review.Claim(ctx, id2, nurse.Actor())
	require.NoError(t, err)
	_, _, err = tb.review.Decide(ctx, umassist.ReviewAction{CaseID: id2, Actor: nurse.Actor(), Outcome: umassist.OutcomeInfoRequested, Question: "What is the NYHA class?"})
	require.NoError(t, err)
	_, page = b.get("/cases/" + id2 + "/letter")
	require.Contains(t, page, "Please respond by <strong>"+tb.clock.Now().AddDate(0, 0, 14).Format("2 Jan 2006")+"</strong>")
}
