package main

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/agent/offline"
	"github.com/umassist/umassist/drafting"
	"github.com/umassist/umassist/fhir/synthetic"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/postgres/pgtest"
	"github.com/umassist/umassist/queue"
	"github.com/umassist/umassist/server"
)

// TestReviewerJourneysWithTheAgentInChromium walks the reviewer's day in
// Chromium against the offline agent drafting through the job queue, as
// serve and worker run:
//   - an operator puts a case at the top of a nurse's queue, and it is the
//     first the nurse sees;
//   - the nurse asks the ordering clinician for the NYHA class the chart
//     lacks, the clinician answers through the link, the agent re-drafts
//     with the answer, and the nurse approves v2 from the decision bar;
//   - the nurse escalates a case whose LVEF is above the threshold, and a
//     physician denies it citing a policy passage.
func TestReviewerJourneysWithTheAgentInChromium(t *testing.T) {
	path := chromiumOrSkip(t)
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.AppDB(t) // as serve runs: the app's role, not the owner
	d, _, err := newPipeline(ctx, pool, offline.New(), nil)
	require.NoError(t, err)
	qc, err := queue.New(pool, queue.Config{Drafter: &drafting.CaseDrafter{Pool: pool, Drafter: d}, Workers: 2})
	require.NoError(t, err)
	require.NoError(t, qc.Start(ctx))
	t.Cleanup(func() { _ = qc.Stop(context.WithoutCancel(ctx)) })
	cases := postgres.NewCaseStore(pool, qc)
	review := postgres.NewReviewStore(pool, qc)
	review.Answers = answerFiler
	read, _, err := fhirResources(ctx, nil, nil, pool)
	require.NoError(t, err)
	srv, err := server.New(server.Config{Records: postgres.Records{Pool: pool}, Accounts: postgres.Accounts{Pool: pool}, Cases: cases, Review: review, Resources: read,
		Middleware: serveMiddleware(), Mount: func(s *server.Server) { mountOps(s, pool) }})
	require.NoError(t, err)
	ts := httptest.NewServer(srv)
	defer ts.Close()
	for _, u := range []postgres.User{
		{ID: "u-nurse", Name: "nina", DisplayName: "Nina Reyes, RN", Role: umassist.RoleNurse},
		{ID: "u-doc", Name: "omar", DisplayName: "Omar Haddad, MD", Role: umassist.RolePhysician},
		{ID: "u-op", Name: "otto", DisplayName: "Otto Lind", Role: umassist.RoleOperator},
	} {
		require.NoError(t, postgres.CreateUser(ctx, pool, &u))
	}

	// Two charts the generator wrote: NYHA class never stated; LVEF 45 %.
	// Received six and a half days ago, so both are at risk on the
	// command centre.
	submit := func(variant string) string {
		sc, err := synthetic.Generate("icd", variant, 11)
		require.NoError(t, err)
		loadChart(ctx, t, pool, sc)
		req := sc.Request
		req.Requester = sc.Requester
		c, _, err := cases.Create(ctx, postgres.CreateCase{Patient: "Patient/" + sc.PatientID, Request: req,
			ReceivedAt: time.Now().Add(-156 * time.Hour), Actor: umassist.Actor{ID: "intake", Role: umassist.RoleOperator}})
		require.NoError(t, err)
		return c.ID
	}
	noNYHA, lvef45 := submit("no-nyha"), submit("lvef-45")
	drafted := func(id string, version int) *umassist.Draft {
		t.Helper()
		var dr *umassist.Draft
		waitFor(t, "the draft of "+id, func() bool {
			c, err := postgres.GetCase(ctx, pool, id)
			require.NoError(t, err)
			if c.Status != umassist.StatusReadyForReview {
				return false
			}
			dr, _, err = postgres.LatestDraft(ctx, pool, id)
			require.NoError(t, err)
			return dr.Version >= version
		})
		return dr
	}
	require.Equal(t, umassist.RecommendRequestInfo, drafted(noNYHA, 1).Recommendation)
	require.Equal(t, umassist.RecommendRefer, drafted(lvef45, 1).Recommendation)

	br := newChrome(t, path, 1440, 900, 2*time.Minute)
	text := br.text
	live := chromedp.WaitReady(chromedp.CSS(`html[data-keys="on"]`))

	// 1. The operator gives the NYHA case to the nurse, first.
	br.signIn(pool, ts.URL, "u-op")
	br.do(chromedp.Navigate(ts.URL+"/ops"), chromedp.WaitVisible(chromedp.CSS(`form[action="/ops/cases/`+noNYHA+`/assign"]`)))
	form := `form[action="/ops/cases/` + noNYHA + `/assign"] `
	br.do(
		chromedp.SetValue(chromedp.CSS(form+`select[name="assignee"]`), "u-nurse"),
		chromedp.SetValue(chromedp.CSS(form+`input[name="priority"]`), "5"),
		chromedp.Click(chromedp.CSS(form+`button`)),
		// The page after the post renders the saved priority (the page
		// before it only had the typed value, not the attribute).
		chromedp.WaitVisible(chromedp.CSS(form+`input[name="priority"][value="5"]`)),
	)
	br.signIn(pool, ts.URL, "u-nurse")
	br.do(chromedp.Navigate(ts.URL+"/queue"), chromedp.WaitVisible(chromedp.CSS(`table.queue`)))
	first, err := chromedp.Run(br.ctx, chromedp.Evaluate[string](`document.querySelector('table.queue tr[data-case]').dataset.case`))
	require.NoError(t, err)
	require.Equal(t, noNYHA, first, "the operator's priority puts the case first")
	require.Contains(t, text(`tr[data-case="`+noNYHA+`"]`), "assigned to you")
	br.shot("journey-queue", true)

	// 2. Request information → the clinician's answer → re-draft → approve.
	br.do(live, chromedp.KeyEvent("j"), chromedp.KeyEvent("\r"), chromedp.WaitVisible(chromedp.CSS(`#bar-claim`)),
		chromedp.Click(chromedp.CSS(`#bar-claim`)), chromedp.WaitVisible(chromedp.CSS(`#bar-info`)))
	require.Contains(t, text(`#why`), "NYHA")
	br.do(live, chromedp.KeyEvent("i"))
	question, err := chromedp.Run(br.ctx, chromedp.Value(chromedp.CSS(`#question`)))
	require.NoError(t, err)
	require.Contains(t, question, "NYHA", "the draft's one question is ready to send")
	br.do(chromedp.Click(chromedp.CSS(`#info-form button[type=submit]`)), chromedp.WaitVisible(chromedp.CSS(`form[action$="/query"]`)))
	require.Equal(t, "info requested", strings.ToLower(text(`#case-status`)))
	br.do(chromedp.Click(chromedp.CSS(`form[action$="/query"] button`)), chromedp.WaitVisible(chromedp.CSS(`#query-link`)))
	link, err := chromedp.Run(br.ctx, chromedp.Value(chromedp.CSS(`#query-link`)))
	require.NoError(t, err)
	br.do(
		chromedp.Navigate(link),
		chromedp.WaitVisible(chromedp.CSS(`#answer-text`)),
		chromedp.SendKeys(chromedp.CSS(`#answer-name`), "Dr Ada Okafor, MD"),
		chromedp.SendKeys(chromedp.CSS(`#answer-text`), "Seen today: NYHA class II, symptoms with ordinary activity."),
		chromedp.Click(chromedp.CSS(`main form button[type=submit]`)),
		chromedp.WaitVisible(chromedp.Search(`//h1[text()="Thank you"]`)),
	)
	v2 := drafted(noNYHA, 2)
	require.Equal(t, umassist.RecommendApprove, v2.Recommendation, v2.Summary)
	br.do(chromedp.Navigate(ts.URL+"/cases/"+noNYHA), chromedp.WaitVisible(chromedp.CSS(`#changed`)))
	require.Contains(t, text(`#changed`), "request_info → approve")
	require.Contains(t, text(`#changed`), "Newly cited: DocumentReference/answer-", "what the re-draft read anew")
	require.Contains(t, text(`ol.criteria`), "Ordering clinician", "the answer is cited as the clinician's note")
	require.NotContains(t, text(`ol.criteria`), "as quoted above", "no corpus here: nothing was quoted above")
	// Exclusions read the right way round: absent is good, shown green.
	absent, err := chromedp.Run(br.ctx, chromedp.Evaluate[int](`[...document.querySelectorAll('.crit-status .pill.p-met')].filter(p => p.textContent.trim() === 'Absent').length`))
	require.NoError(t, err)
	require.Equal(t, 6, absent, "the six ICD exclusions (B2-B4's windows, NYHA IV and revascularization candidacy, B.5's two) are absent, each a green chip")
	br.do(chromedp.Click(chromedp.CSS(`#bar-claim`)), chromedp.WaitVisible(chromedp.CSS(`#bar-approve`)))
	br.shot("journey-redrafted", true)
	br.do(chromedp.Click(chromedp.CSS(`#bar-approve`)), chromedp.WaitVisible(chromedp.CSS(`#letter-link`)))
	require.Equal(t, "approved", strings.ToLower(text(`#case-status`)))

	// 3. Escalate → a physician denies, citing a passage.
	br.do(chromedp.Navigate(ts.URL+"/cases/"+lvef45), chromedp.WaitVisible(chromedp.CSS(`#bar-claim`)),
		chromedp.Click(chromedp.CSS(`#bar-claim`)), chromedp.WaitVisible(chromedp.CSS(`#bar-escalate`)), live, chromedp.KeyEvent("e"))
	br.do(chromedp.SendKeys(chromedp.CSS(`#esc-reason`), "LVEF 45 % on the echo: for a physician reviewer."),
		chromedp.Click(chromedp.CSS(`#escalate-form button[type=submit]`)),
		// The page before the post has a status too: wait for the new one.
		chromedp.WaitVisible(chromedp.Search(`//*[@id="case-status"][contains(normalize-space(.), "escalated")]`)))
	br.signIn(pool, ts.URL, "u-doc")
	br.do(chromedp.Navigate(ts.URL+"/queue?status=escalated"), chromedp.WaitVisible(chromedp.CSS(`tr[data-case="`+lvef45+`"]`)),
		chromedp.Click(chromedp.CSS(`tr[data-case="`+lvef45+`"] a.caselink`)), chromedp.WaitVisible(chromedp.CSS(`#bar-claim`)),
		chromedp.Click(chromedp.CSS(`#bar-claim`)), chromedp.WaitVisible(chromedp.CSS(`#deny-form`)),
		chromedp.SendKeys(chromedp.CSS(`#deny-reason`), "LVEF 45 % on the echo is above the 35 % the policy requires."),
		chromedp.Click(chromedp.CSS(`#deny-form input[name="passage"]`)),
	)
	br.shot("journey-deny", true)
	br.do(chromedp.Click(chromedp.CSS(`#deny`)), chromedp.WaitVisible(chromedp.CSS(`#letter-link`)))
	require.Equal(t, "denied", strings.ToLower(text(`#case-status`)))
	as, err := postgres.ListActions(ctx, pool, lvef45)
	require.NoError(t, err)
	require.Len(t, as, 2)
	require.Equal(t, umassist.OutcomeDenied, as[1].Outcome)
	require.NotEmpty(t, as[1].Passages, "the denial cites a policy passage")
	require.Equal(t, umassist.RolePhysician, as[1].Actor.Role)
}
