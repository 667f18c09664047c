package ops_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/labstack/echo/v4"
	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/ops"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/postgres/pgtest"
)

var (
	nurse     = umassist.Actor{ID: "u-nurse", Name: "Nina Nurse", Role: umassist.RoleNurse}
	physician = umassist.Actor{ID: "u-doc", Name: "Dr Dee", Role: umassist.RolePhysician}
	operator  = umassist.Actor{ID: "u-op", Name: "Otto", Role: umassist.RoleOperator}
	agent     = umassist.Actor{ID: "agent", Role: umassist.RoleAgent}
)

type testBundle struct {
	ctx   context.Context
	pool  *pgxpool.Pool
	cases *postgres.CaseStore
	now   time.Time
}

func setup(t *testing.T) *testBundle {
	t.Helper()
	pool := pgtest.DB(t)
	ctx := context.Background()
	for _, u := range []struct {
		a    umassist.Actor
		name string
	}{{nurse, "nina"}, {physician, "dee"}, {operator, "otto"}} {
		require.NoError(t, postgres.CreateUser(ctx, pool, &postgres.User{ID: u.a.ID, Name: u.name, DisplayName: u.a.Name, Role: u.a.Role}))
	}
	return &testBundle{ctx: ctx, pool: pool, cases: postgres.NewCaseStore(pool, nil), now: time.Now().UTC()}
}

func (b *testBundle) newCase(t *testing.T, urgency umassist.Urgency, payer string, receivedAgo time.Duration) string {
	t.Helper()
	c, _, err := b.cases.Create(b.ctx, postgres.CreateCase{
		Patient: "Patient/p1",
		Request: umassist.ServiceRequest{
			Service: umassist.Coding{System: umassist.SystemCPT, Code: "33249"}, Payer: payer,
			Urgency: urgency, Date: umassist.MustDate("2026-03-02"),
		},
		ReceivedAt: b.now.Add(-receivedAgo),
		Actor:      operator,
	})
	require.NoError(t, err)
	return c.ID
}

func (b *testBundle) draft(t *testing.T, caseID string, rec umassist.Recommendation, verified bool) {
	t.Helper()
	d := &umassist.Draft{Recommendation: rec, Model: "offline", PromptVersion: "v1", Confidence: 0.8}
	if !verified {
		d.Findings = []umassist.VerifierIssue{{Rule: "evidence_exists", Message: "missing"}}
	}
	_, err := postgres.SaveDraft(b.ctx, b.pool, caseID, d, nil)
	require.NoError(t, err)
	require.NoError(t, postgres.SetStatus(b.ctx, b.pool, caseID, umassist.StatusReadyForReview))
}

func (b *testBundle) decide(t *testing.T, a umassist.ReviewAction) {
	t.Helper()
	require.NoError(t, pgx.BeginFunc(b.ctx, b.pool, func(tx pgx.Tx) error {
		_, err := postgres.RecordAction(b.ctx, tx, a)
		return err
	}))
}

func TestSnapshot(t *testing.T) {
	t.Parallel()
	b := setup(t)
	// Open: one breached expedited, one at-risk standard (20 h left), one
	// comfortable standard.
	breached := b.newCase(t, umassist.UrgencyExpedited, "medicare", 80*time.Hour)
	atRisk := b.newCase(t, umassist.UrgencyStandard, "aetna", 7*24*time.Hour-20*time.Hour)
	b.newCase(t, umassist.UrgencyStandard, "aetna", time.Hour)
	// Drafted and decided.
	agreed := b.newCase(t, umassist.UrgencyStandard, "medicare", 2*time.Hour)
	b.draft(t, agreed, umassist.RecommendApprove, true)
	b.decide(t, umassist.ReviewAction{CaseID: agreed, Actor: nurse, Outcome: umassist.OutcomeApproved})
	overridden := b.newCase(t, umassist.UrgencyStandard, "medicare", 2*time.Hour)
	b.draft(t, overridden, umassist.RecommendApprove, false)
	b.decide(t, umassist.ReviewAction{CaseID: overridden, Actor: nurse, Outcome: umassist.OutcomeEscalated, Reason: "unclear imaging"})
	failed := b.newCase(t, umassist.UrgencyStandard, "medicare", time.Hour)
	require.NoError(t, postgres.SetStatus(b.ctx, b.pool, failed, umassist.StatusDrafting)) // the workflow fails a case while drafting it
	require.NoError(t, postgres.SetStatus(b.ctx, b.pool, failed, umassist.StatusFailed))

	s, err := ops.Snapshot(b.ctx, b.pool, time.Now(), ops.SnapshotOptions{})
	require.NoError(t, err)

	byStatus := map[string]int{}
	for _, c := range s.ByStatus {
		byStatus[c.State] = c.N
	}
	require.Equal(t, map[string]int{"received": 3, "drafting": 0, "ready_for_review": 0, "escalated": 1, "info_requested": 0,
		"failed": 1, "approved": 1, "denied": 0}, byStatus)
	require.Equal(t, 5, s.Open)
	require.Equal(t, 1, s.Breached)
	require.Equal(t, 1, s.AtRisk)
	require.Len(t, s.Attention, 2)
	require.Equal(t, breached, s.Attention[0].ID, "breached first: it is due soonest")
	require.True(t, s.Attention[0].Breached)
	require.Equal(t, atRisk, s.Attention[1].ID)
	require.Contains(t, s.OpenBy, ops.UrgencyPayer{Urgency: "standard", Payer: "aetna", N: 2})

	require.Equal(t, 2, s.Drafts)
	require.Equal(t, 1, s.UnverifiedDrafts)
	require.Equal(t, 1, s.FailedCases)
	require.InDelta(t, 1.0/3, s.AgentErrorRate, 1e-9)
	require.InDelta(t, 0.5, s.VerifierFailureRate, 1e-9)
	require.Len(t, s.Hourly, 24)
	require.Equal(t, 2, s.Hourly[23].N, "both drafts in the current hour")

	require.Len(t, s.Reviewers, 1)
	r := s.Reviewers[0]
	require.Equal(t, nurse.ID, r.ActorID)
	require.Equal(t, 2, r.Decisions)
	require.Equal(t, 1, r.Closed)
	require.Equal(t, 2, r.Compared)
	require.Equal(t, 1, r.Overrides)
	require.InDelta(t, 0.5, r.OverrideRate, 1e-9)
	require.GreaterOrEqual(t, r.MedianHandlingSeconds, 0.0)
	require.Equal(t, 2, s.Team.Decisions)

	// Reprioritising moves a case to the top of the attention list.
	_, err = ops.Assign(b.ctx, b.pool, atRisk, nurse.ID, 10, operator, time.Now())
	require.NoError(t, err)
	s, err = ops.Snapshot(b.ctx, b.pool, time.Now(), ops.SnapshotOptions{})
	require.NoError(t, err)
	require.Equal(t, atRisk, s.Attention[0].ID)
	require.Equal(t, nurse.ID, s.Attention[0].Assignee)
}

// A case goes only to a reviewer who works for its client: an assignment
// to anyone else is refused by PostgreSQL, and the assignment form offers
// only the reviewers of the operator's clients.
func TestAssignStaysInTheCasesClient(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	owner, app := pgtest.OwnerAndApp(t)
	for _, c := range []postgres.Client{{ID: "north", Name: "North Health"}, {ID: "south", Name: "South Health"}} {
		require.NoError(t, postgres.CreateClient(ctx, owner, c))
	}
	for _, u := range []struct {
		a       umassist.Actor
		name    string
		clients []string
	}{{nurse, "nina", []string{"north"}}, {physician, "dee", []string{"south"}}, {operator, "otto", []string{"north"}}} {
		require.NoError(t, postgres.CreateUser(ctx, owner, &postgres.User{ID: u.a.ID, Name: u.name, DisplayName: u.a.Name, Role: u.a.Role, Clients: u.clients}))
	}
	// Near its clock's end, so the command centre offers to assign it.
	c, _, err := postgres.NewCaseStore(owner, nil).Create(ctx, postgres.CreateCase{Patient: "Patient/p1", Client: "north", Actor: operator,
		ReceivedAt: time.Now().Add(-70 * time.Hour), Request: umassist.ServiceRequest{Service: umassist.Coding{System: umassist.SystemCPT, Code: "33249"},
			Payer: "medicare", Urgency: umassist.UrgencyExpedited, Date: umassist.MustDate("2026-03-02")}})
	require.NoError(t, err)
	otto := postgres.AsUser(ctx, operator.ID)
	_, err = ops.Assign(otto, app, c.ID, physician.ID, 1, operator, time.Now())
	require.Equal(t, umassist.EINVALID, umassist.ErrorCode(err), "dee works for south only: %v", err)
	_, err = ops.Assign(ctx, app, c.ID, physician.ID, 1, operator, time.Now())
	require.Equal(t, umassist.EINVALID, umassist.ErrorCode(err), "nor as the app's own work: %v", err)
	_, err = ops.Assign(otto, app, c.ID, nurse.ID, 1, operator, time.Now())
	require.NoError(t, err)

	h := &ops.Handlers{Pool: app}
	e := echo.New()
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodGet, "/ops", nil).WithContext(otto)
	require.NoError(t, h.Dashboard(e.NewContext(req, rec)))
	require.Contains(t, rec.Body.String(), `value="`+nurse.ID+`"`)
	require.NotContains(t, rec.Body.String(), `value="`+physician.ID+`"`, "a reviewer of another client is not offered")
}

func TestAssign(t *testing.T) {
	t.Parallel()
	b := setup(t)
	id := b.newCase(t, umassist.UrgencyStandard, "medicare", time.Hour)
	tests := []struct {
		name     string
		assignee string
		priority int
		actor    umassist.Actor
		code     string
	}{
		{"nurse cannot steer", nurse.ID, 1, nurse, umassist.EFORBIDDEN},
		{"agent cannot steer", nurse.ID, 1, agent, umassist.EFORBIDDEN},
		{"unknown assignee", "nobody", 1, operator, umassist.EINVALID},
		{"operator is not a reviewer", operator.ID, 1, operator, umassist.EINVALID},
		{"priority out of range", nurse.ID, 1000, operator, umassist.EINVALID},
		{"operator assigns", nurse.ID, 5, operator, ""},
		{"operator unassigns", "", -1, operator, ""},
	}
	for _, tt := range tests {
		_, err := ops.Assign(b.ctx, b.pool, id, tt.assignee, tt.priority, tt.actor, time.Now())
		if tt.code == "" {
			require.NoError(t, err, tt.name)
			continue
		}
		require.Equal(t, tt.code, umassist.ErrorCode(err), "%s: %v", tt.name, err)
	}
	got, err := ops.Assignments(b.ctx, b.pool, []string{id})
	require.NoError(t, err)
	require.Equal(t, "", got[id].Assignee)
	require.Equal(t, -1, got[id].Priority)

	entries, err := postgres.ListAudit(b.ctx, b.pool, postgres.AuditFilter{CaseID: id})
	require.NoError(t, err)
	var assigns []string
	for _, e := range entries {
		if e.Action == "case.assign" {
			assigns = append(assigns, string(e.Detail))
			require.Equal(t, operator.ID, e.Actor.ID)
		}
	}
	require.Len(t, assigns, 2, "each change audited, refused ones not")
	require.JSONEq(t, `{"assignee":"","priority":-1,"previous_assignee":"u-nurse","previous_priority":5}`, assigns[1])
}

func TestCMS0057F(t *testing.T) {
	t.Parallel()
	b := setup(t)
	year := b.now.Year()
	// Approved standard after ~10 h, approved standard after ~30 h and
	// extended, denied expedited after ~5 h then approved on appeal, one
	// pending expedited.
	a1 := b.newCase(t, umassist.UrgencyStandard, "medicare", 10*time.Hour)
	a2 := b.newCase(t, umassist.UrgencyStandard, "medicare", 30*time.Hour)
	d1 := b.newCase(t, umassist.UrgencyExpedited, "medicare", 5*time.Hour)
	b.newCase(t, umassist.UrgencyExpedited, "medicare", time.Hour)
	for _, id := range []string{a1, a2, d1} {
		b.draft(t, id, umassist.RecommendRefer, true)
	}
	require.NoError(t, ops.ExtendTimeframe(b.ctx, b.pool, a2, b.now.Add(14*24*time.Hour), "awaiting records", operator, b.now))
	b.decide(t, umassist.ReviewAction{CaseID: a1, Actor: nurse, Outcome: umassist.OutcomeApproved})
	b.decide(t, umassist.ReviewAction{CaseID: a2, Actor: physician, Outcome: umassist.OutcomeApproved})
	b.decide(t, umassist.ReviewAction{CaseID: d1, Actor: physician, Outcome: umassist.OutcomeDenied,
		Reason: "LVEF above the policy threshold", Passages: []string{"NCD 20.4#B3"}})
	appeal, err := ops.FileAppeal(b.ctx, b.pool, d1, operator, b.now)
	require.NoError(t, err)
	require.Equal(t, umassist.EFORBIDDEN, umassist.ErrorCode(ops.DecideAppeal(b.ctx, b.pool, appeal, ops.AppealApproved, agent, b.now)))
	require.Equal(t, umassist.EFORBIDDEN, umassist.ErrorCode(ops.DecideAppeal(b.ctx, b.pool, appeal, ops.AppealApproved, nurse, b.now)))
	require.NoError(t, ops.DecideAppeal(b.ctx, b.pool, appeal, ops.AppealApproved, physician, b.now))

	r, err := ops.CMS0057FReport(b.ctx, b.pool, year, "", time.Now())
	require.NoError(t, err)
	require.Equal(t, 4, r.Requests)
	require.Equal(t, 3, r.Determined)
	require.Equal(t, 1, r.Pending)
	require.Equal(t, 2, r.Approved)
	require.Equal(t, 1, r.Denied)
	require.Equal(t, 66.67, r.PercentApproved)
	require.Equal(t, 33.33, r.PercentDenied)
	require.Equal(t, 33.33, r.PercentApprovedAfterAppeal)
	require.Equal(t, 33.33, r.PercentExtendedApproved)
	require.Equal(t, 2, r.Standard.Determined)
	require.InDelta(t, 20, r.Standard.AverageHours, 0.1)
	require.InDelta(t, 20, r.Standard.MedianHours, 0.1)
	require.Equal(t, 2, r.Expedited.Requests)
	require.InDelta(t, 5, r.Expedited.AverageHours, 0.1)
	require.Equal(t, 1, r.Expedited.WithinWindow)

	var buf bytes.Buffer
	require.NoError(t, r.WriteCSV(&buf))
	recs, err := csv.NewReader(&buf).ReadAll()
	require.NoError(t, err)
	require.Equal(t, []string{"metric", "urgency", "value"}, recs[0])
	require.Contains(t, recs, []string{"percent_approved", "all", "66.67"})
	require.Contains(t, recs, []string{"median_decision_hours", "expedited", "5.00"})

	// Per client: these requests are the default client's, none another's.
	mine, err := ops.CMS0057FReport(b.ctx, b.pool, year, postgres.DefaultClient, time.Now())
	require.NoError(t, err)
	require.Equal(t, 4, mine.Requests)
	require.Equal(t, postgres.DefaultClient, mine.Client)
	other, err := ops.CMS0057FReport(b.ctx, b.pool, year, "north", time.Now())
	require.NoError(t, err)
	require.Zero(t, other.Requests)

	empty, err := ops.CMS0057FReport(b.ctx, b.pool, year-5, "", time.Now())
	require.NoError(t, err)
	require.Zero(t, empty.Requests)
	_, err = ops.CMS0057FReport(b.ctx, b.pool, 99, "", time.Now())
	require.Equal(t, umassist.EINVALID, umassist.ErrorCode(err))
}

func TestAuditExportEveryEventIsValid(t *testing.T) {
	t.Parallel()
	b := setup(t)
	id := b.newCase(t, umassist.UrgencyStandard, "medicare", time.Hour)
	entries := []umassist.AuditEntry{
		{Actor: agent, Action: "tool.get_labs", CaseID: id, Patient: "Patient/p1", Resources: []string{"Observation/o1", "Observation/o2"}},
		{Actor: agent, Action: "tool.search_notes", CaseID: id, Patient: "Patient/p1", Outcome: "failure"},
		{Actor: nurse, Action: "case.view", CaseID: id, Patient: "Patient/p1", Resources: []string{"DocumentReference/n1"}},
		{Actor: nurse, Action: "login"},
		{Actor: nurse, Action: "logout"},
		{Actor: operator, Action: "report.cms0057f"},
	}
	for _, e := range entries {
		_, err := postgres.AppendAudit(b.ctx, b.pool, e)
		require.NoError(t, err)
	}
	b.draft(t, id, umassist.RecommendApprove, true)
	b.decide(t, umassist.ReviewAction{CaseID: id, Actor: nurse, Outcome: umassist.OutcomeApproved})
	_, err := ops.Assign(b.ctx, b.pool, b.newCase(t, umassist.UrgencyStandard, "x", time.Hour), nurse.ID, 1, operator, time.Now())
	require.NoError(t, err)

	var buf bytes.Buffer
	n, err := ops.ExportAuditEvents(b.ctx, b.pool, &buf, ops.ExportOptions{Since: time.Now().Add(-time.Hour), Site: "test"})
	require.NoError(t, err)
	all, err := postgres.ListAudit(b.ctx, b.pool, postgres.AuditFilter{})
	require.NoError(t, err)
	require.Equal(t, len(all), n, "every audit entry exported")

	sc := bufio.NewScanner(&buf)
	lines := 0
	subtypes := map[string]bool{}
	for sc.Scan() {
		lines++
		var ev ops.AuditEvent
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.DisallowUnknownFields()
		require.NoError(t, dec.Decode(&ev), sc.Text())
		require.NoError(t, ops.ValidateAuditEvent(ev))
		subtypes[ev.Subtype[0].Code] = true
		if ev.Agent[0].Who.Identifier.Value == agent.ID {
			require.Equal(t, "dataprocessor", ev.Agent[0].Type.Coding[0].Code)
		}
		switch ev.ID {
		case "umassist-audit-" + itoa(all[1].ID): // tool.get_labs
			require.Equal(t, "R", ev.Action)
			require.Equal(t, "Patient/p1", ev.Entity[0].What.Reference)
			require.Equal(t, "Observation/o1", ev.Entity[1].What.Reference)
			require.Equal(t, id, ev.Entity[3].What.Identifier.Value)
			require.Equal(t, []string{"https://profiles.ihe.net/ITI/BALP/StructureDefinition/IHE.BasicAudit.PatientRead"}, ev.Meta.Profile)
			require.Equal(t, "HPAYMT", ev.PurposeOfEvent[0].Coding[0].Code)
		case "umassist-audit-" + itoa(all[2].ID): // failed search
			require.Equal(t, "4", ev.Outcome)
			require.Equal(t, "search-type", ev.Subtype[0].Code)
		}
	}
	require.Equal(t, n, lines)
	for _, want := range []string{"create", "read", "search-type", "update", "110122", "110123", "operation"} {
		require.True(t, subtypes[want], "subtype %s exported", want)
	}

	// The validator catches what a broken export would write.
	bad := ops.ToAuditEvent(all[0], "")
	bad.Agent[0].Who.Identifier = nil
	bad.PurposeOfEvent = nil
	bad.Type.System = "http://example.com/made-up"
	err = ops.ValidateAuditEvent(bad)
	require.ErrorContains(t, err, "who needs an identifier")
	require.ErrorContains(t, err, "purposeOfEvent missing")
	require.ErrorContains(t, err, "unexpected code system")

	// Since filters.
	buf.Reset()
	n, err = ops.ExportAuditEvents(b.ctx, b.pool, &buf, ops.ExportOptions{Since: time.Now().Add(time.Hour)})
	require.NoError(t, err)
	require.Zero(t, n)
}

func itoa(n int64) string { b, _ := json.Marshal(n); return string(b) }

// A reviewer's handling time is theirs (claim to decision); the time the
// case waited in the queue before the claim is shown apart.
func TestHandlingExcludesQueueWait(t *testing.T) {
	t.Parallel()
	b := setup(t)
	id := b.newCase(t, umassist.UrgencyStandard, "medicare", 3*time.Hour)
	b.draft(t, id, umassist.RecommendApprove, true)
	now := time.Now()
	// Ready two hours ago, claimed ten minutes ago, decided now.
	_, err := b.pool.Exec(b.ctx, `UPDATE drafts SET created_at = $2 WHERE case_id = $1`, id, now.Add(-2*time.Hour))
	require.NoError(t, err)
	_, err = postgres.AppendAudit(b.ctx, b.pool, umassist.AuditEntry{At: now.Add(-10 * time.Minute), Actor: nurse, Action: "case.claim", CaseID: id})
	require.NoError(t, err)
	b.decide(t, umassist.ReviewAction{CaseID: id, Actor: nurse, Outcome: umassist.OutcomeApproved})
	s, err := ops.Snapshot(b.ctx, b.pool, time.Now(), ops.SnapshotOptions{})
	require.NoError(t, err)
	require.Len(t, s.Reviewers, 1)
	require.InDelta(t, 600, s.Reviewers[0].MedianHandlingSeconds, 30, "claim to decision")
	require.InDelta(t, 6600, s.Reviewers[0].MedianWaitSeconds, 30, "draft to claim")
}
