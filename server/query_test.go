package server_test

import (
	"context"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/server"
)

var linkRe = regexp.MustCompile(`value="(https?://[^"]+/answer/([^"]+))"`)

// The clinician query loop over HTTP: the nurse asks, makes a link; the
// clinician opens it without an account, a refused answer keeps what was
// typed, the answer is filed on the record and the case goes back to be
// re-drafted; the link then works no more, and a new link retires the old.
func TestClinicianAnswersThroughALink(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	ctx := context.Background()
	tb.fileAnswers()
	n := tb.users[umassist.RoleNurse].Actor()
	id := tb.claimedCase(t, n)
	nurse := tb.browser(t).login(n.Name)

	// No link before a question.
	res, _ := nurse.get("/cases/" + id)
	require.Equal(t, http.StatusOK, res.StatusCode)
	res, _ = nurse.post("/cases/"+id+"/query", url.Values{"csrf_token": {nurse.csrf}})
	require.Equal(t, http.StatusSeeOther, res.StatusCode)
	_, body := nurse.get(res.Header.Get("Location"))
	require.Contains(t, body, "request information before sending the clinician a link")

	_, _, err := tb.review.Decide(ctx, umassist.ReviewAction{CaseID: id, Actor: n, Outcome: umassist.OutcomeInfoRequested, Question: "What is the patient's NYHA class?"})
	require.NoError(t, err)
	res, _ = nurse.get("/cases/" + id)
	require.Equal(t, http.StatusOK, res.StatusCode)
	res, body = nurse.post("/cases/"+id+"/query", url.Values{"csrf_token": {nurse.csrf}})
	require.Equal(t, http.StatusOK, res.StatusCode, body)
	require.Equal(t, "no-store", res.Header.Get("Cache-Control"))
	m := linkRe.FindStringSubmatch(body)
	require.NotNil(t, m, body)
	first := m[2]
	res, body = nurse.post("/cases/"+id+"/query", url.Values{"csrf_token": {nurse.csrf}})
	require.Equal(t, http.StatusOK, res.StatusCode, body)
	token := linkRe.FindStringSubmatch(body)[2]
	require.NotEqual(t, first, token)

	clinician := tb.browser(t) // no account, no session
	res, _ = clinician.get("/answer/" + first)
	require.Equal(t, http.StatusNotFound, res.StatusCode, "a newer link retires the older")
	res, page := clinician.get("/answer/" + token)
	require.Equal(t, http.StatusOK, res.StatusCode)
	require.Contains(t, page, "What is the patient&#39;s NYHA class?")
	require.Contains(t, page, "33249")
	require.NotContains(t, page, "Patient/p1", "no record ids on a page shown outside")

	res, page = clinician.post("/answer/"+token, url.Values{"name": {""}, "text": {"NYHA class II, seen today."}})
	require.Equal(t, http.StatusBadRequest, res.StatusCode)
	require.Contains(t, page, "please give your name")
	require.Contains(t, page, "NYHA class II, seen today.", "a refused answer keeps what was typed")

	res, page = clinician.post("/answer/"+token, url.Values{"name": {"Dr Ada Okafor, MD"}, "text": {"NYHA class II, seen today."}})
	require.Equal(t, http.StatusOK, res.StatusCode, page)
	require.Contains(t, page, "filed on the member")
	c, err := postgres.GetCase(ctx, tb.pool, id)
	require.NoError(t, err)
	require.Equal(t, umassist.StatusReceived, c.Status, "back to be re-drafted")
	info, err := postgres.ListInformation(ctx, tb.pool, id)
	require.NoError(t, err)
	require.Equal(t, "NYHA class II, seen today.", info[0].Text)
	var author string
	require.NoError(t, tb.pool.QueryRow(ctx, `SELECT resource::text FROM fhir_resources WHERE type = 'DocumentReference' AND patient = 'Patient/p1'`).Scan(&author))
	require.Contains(t, author, "Dr Ada Okafor, MD")

	res, _ = clinician.post("/answer/"+token, url.Values{"name": {"Dr Ada Okafor, MD"}, "text": {"again"}})
	require.Equal(t, http.StatusNotFound, res.StatusCode, "a link works once")
	res, _ = clinician.get("/answer/not-a-token")
	require.Equal(t, http.StatusNotFound, res.StatusCode)

	qs, err := tb.review.Queries(ctx, id)
	require.NoError(t, err)
	require.Len(t, qs, 2)
	require.NotNil(t, qs[0].AnsweredAt)
	require.Equal(t, "Dr Ada Okafor, MD", qs[0].AnsweredBy)
	var actions []string
	rows, err := tb.pool.Query(ctx, `SELECT action FROM audit_log WHERE case_id = $1 ORDER BY id`, id)
	require.NoError(t, err)
	for rows.Next() {
		var a string
		require.NoError(t, rows.Scan(&a))
		actions = append(actions, a)
	}
	for _, want := range []string{"query.sent", "query.viewed", "case.information", "fhir.write"} {
		require.Contains(t, actions, want)
	}
}

// TestClinicianLinkInChromium: the nurse makes the link on the case page
// in Chromium; the clinician, signed out, opens it, answers, and sees the
// thank-you page; both pages render under the server's CSP.
func TestClinicianLinkInChromium(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Chromium")
	}
	t.Parallel()
	tb := setup(t)
	ctx := context.Background()
	n := tb.users[umassist.RoleNurse].Actor()
	id := tb.claimedCase(t, n)
	_, _, err := tb.review.Decide(ctx, umassist.ReviewAction{CaseID: id, Actor: n, Outcome: umassist.OutcomeInfoRequested, Question: "What is the patient's NYHA class?"})
	require.NoError(t, err)
	bctx, dir := chromium(t)
	do(t, bctx,
		signIn(tb.ts.URL, n.Name),
		chromedp.Navigate(tb.ts.URL+"/cases/"+id),
		chromedp.Click(chromedp.CSS(`form[action="/cases/`+id+`/query"] button`)),
		chromedp.WaitVisible(chromedp.CSS(`#query-link`)),
	)
	shot(t, bctx, dir, "query-link")
	link, err := chromedp.Run(bctx, chromedp.Value(chromedp.CSS(`#query-link`)))
	require.NoError(t, err)
	require.Contains(t, link, "/answer/")
	do(t, bctx,
		signOut(),
		chromedp.Navigate(link),
		chromedp.WaitVisible(chromedp.CSS(`#answer-text`)),
	)
	require.Contains(t, text(t, bctx, "p.question"), "NYHA class")
	shot(t, bctx, dir, "clinician-answer")
	do(t, bctx,
		chromedp.SendKeys(chromedp.CSS(`#answer-name`), "Dr Ada Okafor, MD"),
		chromedp.SendKeys(chromedp.CSS(`#answer-text`), "NYHA class II at today's visit."),
		chromedp.Click(chromedp.CSS(`form button[type=submit]`)),
		chromedp.WaitVisible(chromedp.Search(`//h1[text()="Thank you"]`)),
	)
	require.Contains(t, text(t, bctx, "main"), "filed on the member")
	shot(t, bctx, dir, "clinician-answered")
	c, err := postgres.GetCase(ctx, tb.pool, id)
	require.NoError(t, err)
	require.Equal(t, umassist.StatusReceived, c.Status)
}

// questionSenderFunc is a hand-written fake of server.QuestionSender.
type questionSenderFunc func(ctx context.Context, q umassist.ClinicianQuestion) (string, error)

func (f questionSenderFunc) SendQuestion(ctx context.Context, q umassist.ClinicianQuestion) (string, error) {
	return f(ctx, q)
}

// When the case came from an EHR that takes Tasks, the link goes to the
// clinician's inbox there too, and the reviewer is told; when the EHR
// fails, the reviewer is told to send the link themselves.
func TestQuestionGoesToTheEHRInbox(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		send func(q umassist.ClinicianQuestion) (string, error)
		want string
	}{
		{"sent", func(q umassist.ClinicianQuestion) (string, error) {
			if !strings.Contains(q.AnswerURL, "/answer/") || q.Question == "" {
				return "", umassist.Errorf(umassist.EINVALID, "bad question")
			}
			return "Task/77", nil
		}, "Sent to the ordering clinician's inbox in their EHR (Task/77)"},
		{"no route", func(umassist.ClinicianQuestion) (string, error) {
			return "", umassist.Errorf(umassist.ENOTFOUND, "no EHR")
		}, "Send this link to the ordering clinician"},
		{"EHR down", func(umassist.ClinicianQuestion) (string, error) {
			return "", umassist.Errorf(umassist.EUNAVAILABLE, "connection refused")
		}, "did not take the question just now"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tb := setup(t, func(c *server.Config) {
				c.Questions = questionSenderFunc(func(_ context.Context, q umassist.ClinicianQuestion) (string, error) { return tc.send(q) })
			})
			ctx := context.Background()
			n := tb.users[umassist.RoleNurse].Actor()
			id := tb.claimedCase(t, n)
			_, _, err := tb.review.Decide(ctx, umassist.ReviewAction{CaseID: id, Actor: n, Outcome: umassist.OutcomeInfoRequested, Question: "NYHA class?"})
			require.NoError(t, err)
			b := tb.browser(t).login(n.Name)
			_, _ = b.get("/cases/" + id)
			res, body := b.post("/cases/"+id+"/query", url.Values{"csrf_token": {b.csrf}})
			require.Equal(t, http.StatusOK, res.StatusCode)
			require.Contains(t, body, tc.want)
			require.Regexp(t, linkRe, body, "the link is shown whatever the EHR did")
		})
	}
}

// TestKeysInChromium: a reviewer on the queue presses n and is on the next
// case, claimed; there d takes them to the decision.
func TestKeysInChromium(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Chromium")
	}
	t.Parallel()
	tb := setup(t)
	id := tb.seedCase(t)
	bctx, dir := chromium(t)
	do(t, bctx,
		signIn(tb.ts.URL, tb.users[umassist.RoleNurse].Name),
		// The page's script is deferred: press only once it listens.
		chromedp.WaitReady(chromedp.CSS(`html[data-keys="on"]`)),
		chromedp.KeyEvent("n"),
		chromedp.WaitVisible(chromedp.CSS(`#decide`)),
	)
	url, err := chromedp.Run(bctx, chromedp.Location())
	require.NoError(t, err)
	require.Contains(t, url, "/cases/"+id)
	claim, err := tb.review.ActiveClaim(context.Background(), id)
	require.NoError(t, err)
	require.NotNil(t, claim, "n claimed the case")
	do(t, bctx, chromedp.WaitReady(chromedp.CSS(`html[data-keys="on"]`)), chromedp.KeyEvent("d"))
	active, err := chromedp.Run(bctx, chromedp.Evaluate[string](`document.activeElement.id`))
	require.NoError(t, err)
	require.Equal(t, "decide", active)
	shot(t, bctx, dir, "keys-decision")
}
