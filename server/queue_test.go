package server_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
)

// The queue a nurse works from: whose case it is (member name and date of
// birth from the record), what an operator asked for (assignment and
// priority, first in order), and the views she switches between (mine,
// escalated, waiting for the clinician).
func TestQueueShowsMembersAssignmentsAndViews(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	ctx := context.Background()
	_, err := tb.pool.Exec(ctx, `INSERT INTO fhir_resources (namespace, type, id, patient, resource) VALUES ('', 'Patient', 'p1', 'Patient/p1',
		'{"resourceType":"Patient","id":"p1","name":[{"given":["Sofia"],"family":"Ramirez"}],"birthDate":"1958-04-02"}')`)
	require.NoError(t, err)
	first, second, third := tb.seedCase(t), tb.seedCase(t), tb.seedCase(t)
	nurse := tb.users[umassist.RoleNurse]
	// An operator puts the third case first and gives it to the nurse.
	_, err = tb.pool.Exec(ctx, `INSERT INTO case_assignments (case_id, assignee, priority, updated_by) VALUES ($1, $2, 5, 'op')`, third, nurse.ID)
	require.NoError(t, err)
	_, err = tb.review.Claim(ctx, second, nurse.Actor())
	require.NoError(t, err)

	b := tb.browser(t).login(nurse.Name)
	res, page := b.get("/queue")
	require.Equal(t, http.StatusOK, res.StatusCode)
	require.Contains(t, page, "Sofia Ramirez")
	require.Contains(t, page, "born 1958-04-02")
	require.Contains(t, page, "priority 5")
	require.Contains(t, page, "assigned to you")
	require.Less(t, strings.Index(page, `data-case="`+third+`"`), strings.Index(page, `data-case="`+first+`"`), "priority first")

	// Filtered by the policy the draft names, in the UI and the API.
	_, byPolicy := b.get("/queue?policy=" + url.QueryEscape("NCD 20.4"))
	require.Contains(t, byPolicy, `data-case="`+first+`"`)
	_, other := b.get("/queue?policy=" + url.QueryEscape("NCD 20.8.3"))
	require.NotContains(t, other, `data-case="`+first+`"`)
	res, body := tb.api(t, tb.tokens[umassist.RoleNurse], http.MethodGet, "/api/v1/cases?policy="+url.QueryEscape("NCD 20.8.3"), nil)
	require.Equal(t, http.StatusOK, res.StatusCode)
	require.NotContains(t, string(body), first)
	res, body = tb.api(t, tb.tokens[umassist.RoleNurse], http.MethodGet, "/api/v1/cases?policy="+url.QueryEscape("NCD 20.4"), nil)
	require.Equal(t, http.StatusOK, res.StatusCode)
	require.Contains(t, string(body), `"policy":"NCD 20.4"`)

	_, mine := b.get("/queue?mine=1")
	require.Contains(t, mine, `data-case="`+second+`"`, "claimed by me")
	require.Contains(t, mine, `data-case="`+third+`"`, "assigned to me")
	require.NotContains(t, mine, `data-case="`+first+`"`)

	_, _, err = tb.review.Decide(ctx, umassist.ReviewAction{CaseID: second, Actor: nurse.Actor(), Outcome: umassist.OutcomeEscalated, Reason: "borderline LVEF"})
	require.NoError(t, err)
	_, esc := b.get("/queue?status=escalated")
	require.Contains(t, esc, `data-case="`+second+`"`)
	require.NotContains(t, esc, `data-case="`+third+`"`)
	require.Contains(t, esc, `aria-current="page">Escalated to a physician`)

	// A decided case's clock stops, in the queue and on its page.
	_, _, err = tb.review.Decide(ctx, umassist.ReviewAction{CaseID: third, Actor: nurse.Actor(), Outcome: umassist.OutcomeApproved})
	require.Error(t, err, "not claimed yet")
	_, err = tb.review.Claim(ctx, third, nurse.Actor())
	require.NoError(t, err)
	_, _, err = tb.review.Decide(ctx, umassist.ReviewAction{CaseID: third, Actor: nurse.Actor(), Outcome: umassist.OutcomeApproved})
	require.NoError(t, err)
	_, done := b.get("/queue?status=approved")
	require.Contains(t, done, "decided: the clock has stopped")
	require.NotContains(t, done, "data-due")
	res, casePage := b.get("/cases/" + third)
	require.Equal(t, http.StatusOK, res.StatusCode)
	require.Contains(t, casePage, "decided: the clock has stopped")
	require.NotContains(t, casePage, "data-due")

	// Waiting for the clinician, the clock runs on, and says so.
	_, err = tb.review.Claim(ctx, first, nurse.Actor())
	require.NoError(t, err)
	_, _, err = tb.review.Decide(ctx, umassist.ReviewAction{CaseID: first, Actor: nurse.Actor(), Outcome: umassist.OutcomeInfoRequested, Question: "NYHA class?"})
	require.NoError(t, err)
	_, casePage = b.get("/cases/" + first)
	require.Contains(t, casePage, "the clock runs on")
	require.Contains(t, casePage, "data-due")
	_, waiting := b.get("/queue?status=info_requested")
	require.Contains(t, waiting, "runs while waiting for the clinician")
}

// "Claim the next case" takes the reviewer to the case they should work
// next: an operator's priority first, never one assigned to someone else,
// escalated cases first for a physician; and says so when none is left.
func TestClaimTheNextCase(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	ctx := context.Background()
	nurse, doc := tb.users[umassist.RoleNurse], tb.users[umassist.RolePhysician]
	plain, urgent, theirs := tb.seedCase(t), tb.seedCase(t), tb.seedCase(t)
	_, err := tb.pool.Exec(ctx, `INSERT INTO case_assignments (case_id, assignee, priority, updated_by) VALUES ($1, '', 9, 'op'), ($2, $3, 50, 'op')`,
		urgent, theirs, tb.nurse2.ID)
	require.NoError(t, err)

	b := tb.browser(t).login(nurse.Name)
	_, _ = b.get("/queue")
	next := func(br *browser) string {
		res, _ := br.post("/queue/next", url.Values{"csrf_token": {br.csrf}})
		require.Equal(t, http.StatusSeeOther, res.StatusCode)
		return res.Header.Get("Location")
	}
	require.Equal(t, "/cases/"+urgent, next(b), "the operator's priority first; a case assigned to another nurse is theirs")
	_, _, err = tb.review.Decide(ctx, umassist.ReviewAction{CaseID: urgent, Actor: nurse.Actor(), Outcome: umassist.OutcomeEscalated, Reason: "borderline"})
	require.NoError(t, err)
	require.Equal(t, "/cases/"+plain, next(b))
	_, _, err = tb.review.Decide(ctx, umassist.ReviewAction{CaseID: plain, Actor: nurse.Actor(), Outcome: umassist.OutcomeApproved})
	require.NoError(t, err)
	require.Equal(t, "/queue?done=queue_empty", next(b))
	_, page := b.get("/queue?done=queue_empty")
	require.Contains(t, page, "the queue is clear")

	d := tb.browser(t).login(doc.Name)
	_, _ = d.get("/queue")
	require.Equal(t, "/cases/"+urgent, next(d), "a physician gets the escalated case first")
}

// The physician's denial form tells the cited passages apart: each box
// names its section and shows how the passage begins.
func TestDenialPassagesAreTellable(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	doc := tb.users[umassist.RolePhysician]
	id := tb.claimedCase(t, doc.Actor())
	b := tb.browser(t).login(doc.Name)
	res, page := b.get("/cases/" + id)
	require.Equal(t, http.StatusOK, res.StatusCode)
	boxes := strings.Count(page, `name="passage"`)
	require.Positive(t, boxes)
	for _, p := range []string{"NCD 20.4#B3", "NCD 20.4#B1"} {
		i := strings.Index(page, `name="passage" value="`+p+`"`)
		require.Positive(t, i, p)
		label := page[i:min(len(page), i+600)]
		label = label[:strings.Index(label, "</label>")]
		require.Contains(t, label, `<span class="hint">`, "%s shows how it begins", p)
	}
}
