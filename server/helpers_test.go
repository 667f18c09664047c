package server_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir/fhirstore"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/postgres/pgtest"
	"github.com/umassist/umassist/server"
)

// tlog sends the server's log to the test's.
type tlog struct{ t testing.TB }

func (l tlog) Write(p []byte) (int, error) {
	l.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

// clock is a settable test clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

type testBundle struct {
	// pool is the application's role, as serve runs (row-level
	// security on); owner is the schema's owner, for what the command
	// line sets up (clients).
	pool   *pgxpool.Pool
	owner  *pgxpool.Pool
	srv    *server.Server
	ts     *httptest.Server
	clock  *clock
	review *postgres.ReviewStore
	cases  *postgres.CaseStore
	users  map[umassist.Role]*postgres.User
	tokens map[umassist.Role]string
	// second nurse
	nurse2      *postgres.User
	nurse2Token string
}

const password = "correct horse battery"

func fhirFixtures(t testing.TB) map[string]json.RawMessage {
	t.Helper()
	b, err := os.ReadFile("testdata/fhir.json")
	require.NoError(t, err)
	var m map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(b, &m))
	return m
}

var passages = map[string]*server.Passage{
	// Another policy, and a passage of this one terminated before the
	// requests the tests make.
	"NCD 240.2#B":  {ID: "NCD 240.2#B", PolicyID: "NCD 240.2", PolicyTitle: "Home Use of Oxygen", Section: "B", Text: "Home oxygen is covered when ..."},
	"NCD 20.4#OLD": {ID: "NCD 20.4#OLD", PolicyID: "NCD 20.4", PolicyTitle: "Implantable Cardiac Defibrillators", Section: "B", Text: "(superseded text)", Terminated: time.Date(2005, 1, 27, 0, 0, 0, 0, time.UTC)},
	"NCD 20.4#B3": {ID: "NCD 20.4#B3", PolicyID: "NCD 20.4", PolicyTitle: "Implantable Cardiac Defibrillators", Section: "B.3",
		Text: "Patients with ischemic dilated cardiomyopathy, documented prior myocardial infarction, NYHA Class II and III heart failure, and measured LVEF ≤ 35 %."},
	"NCD 20.4#B1": {ID: "NCD 20.4#B1", PolicyID: "NCD 20.4", PolicyTitle: "Implantable Cardiac Defibrillators", Section: "B.1",
		Text: "Patients with a personal history of sustained VT or cardiac arrest due to VF."},
}

func setup(t testing.TB, opts ...func(*server.Config)) *testBundle {
	t.Helper()
	ctx := context.Background()
	owner, pool := pgtest.OwnerAndApp(t)
	clk := &clock{t: time.Now().UTC().Truncate(time.Second)}
	tb := &testBundle{pool: pool, owner: owner, clock: clk, users: map[umassist.Role]*postgres.User{}, tokens: map[umassist.Role]string{}}
	tb.cases = &postgres.CaseStore{Pool: pool, NowFunc: clk.Now, NewIDFunc: postgres.NewCaseID}
	tb.review = &postgres.ReviewStore{Pool: pool, LeaseTTL: 30 * time.Minute, NowFunc: clk.Now}
	fx := fhirFixtures(t)
	cfg := server.Config{
		Records: postgres.Records{Pool: pool}, Accounts: postgres.Accounts{Pool: pool}, Cases: tb.cases, Review: tb.review, NowFunc: clk.Now,
		Logger: slog.New(slog.NewTextHandler(tlog{t}, nil)),
		Resources: server.ResourceReaderFunc(func(_ context.Context, ref string) (*server.Resource, error) {
			raw, ok := fx[ref]
			if !ok {
				return nil, umassist.Errorf(umassist.ENOTFOUND, "%s not found", ref)
			}
			typ, id, _ := strings.Cut(ref, "/")
			return &server.Resource{Type: typ, ID: id, Raw: raw}, nil
		}),
		Passages: server.PassageReaderFunc(func(_ context.Context, id string) (*server.Passage, error) {
			if p, ok := passages[id]; ok {
				return p, nil
			}
			return nil, umassist.Errorf(umassist.ENOTFOUND, "passage %s not found", id)
		}),
	}
	for _, o := range opts {
		o(&cfg)
	}
	srv, err := server.New(cfg)
	require.NoError(t, err)
	tb.srv = srv
	tb.ts = httptest.NewServer(srv)
	t.Cleanup(tb.ts.Close)
	for _, r := range server.AllRoles {
		u, err := server.EnsureUser(ctx, pool, string(r)+"1", r, password)
		require.NoError(t, err)
		tb.users[r] = u
		tok, err := server.IssueAPIToken(ctx, pool, u.Name, "test", 0)
		require.NoError(t, err)
		tb.tokens[r] = tok
	}
	tb.nurse2, err = server.EnsureUser(ctx, pool, "nurse2", umassist.RoleNurse, password)
	require.NoError(t, err)
	tb.nurse2Token, err = server.IssueAPIToken(ctx, pool, "nurse2", "test", 0)
	require.NoError(t, err)
	return tb
}

func icdRequest() umassist.ServiceRequest {
	return umassist.ServiceRequest{
		Service:   umassist.Coding{System: umassist.SystemCPT, Code: "33249", Display: "Insertion of ICD"},
		Diagnoses: []umassist.Coding{{System: umassist.SystemICD10CM, Code: "I25.5", Display: "Ischemic cardiomyopathy"}},
		Payer:     "medicare", Urgency: umassist.UrgencyStandard, Date: umassist.MustDate("2026-03-02"),
		Note: "Primary prevention ICD; LVEF 30 %.",
	}
}

func icdDraft() *umassist.Draft {
	return &umassist.Draft{
		Recommendation: umassist.RecommendApprove, Policy: "NCD 20.4", Confidence: 0.82,
		Criteria: []umassist.Criterion{
			{ID: "lvef", Text: "LVEF ≤ 35 %", Status: umassist.CriterionMet, Evidence: []string{"Observation/lvef-1"}, Passages: []string{"NCD 20.4#B3"}, Finding: "LVEF 30 % on 2026-01-20", Required: true},
			{ID: "nyha", Text: "NYHA class II or III", Status: umassist.CriterionMet, Evidence: []string{"DocumentReference/note-1"}, Passages: []string{"NCD 20.4#B3"}, Finding: "NYHA II in the consult note", Required: true,
				Quotes: []umassist.Quote{{Resource: "DocumentReference/note-1", Start: 55, End: 77, Text: "NYHA class II symptoms", Assertion: "present"}}},
			{ID: "gdmt", Text: "Guideline-directed medical therapy ≥ 3 months", Status: umassist.CriterionNotDocumented, Passages: []string{"NCD 20.4#B1"}},
		},
		Evidence:  []string{"Observation/lvef-1", "DocumentReference/note-1"},
		Missing:   []string{"medication history"},
		Questions: []string{"Please send the medication history for the last 3 months."},
		Summary:   "LVEF 30 % (Observation/lvef-1) and NYHA class II (DocumentReference/note-1) meet NCD 20.4 B3.",
		Citations: []umassist.Citation{
			{Resource: "Observation/lvef-1", Passage: "NCD 20.4#B3", Quote: "30 %"},
			{Resource: "DocumentReference/note-1", Passage: "NCD 20.4#B3", Quote: "NYHA class II (DocumentReference/note-1) meet NCD 20.4 B3."},
		},
		Model: "offline", PromptVersion: "v1",
	}
}

// seedCase stores a case drafted and ready for review.
func (tb *testBundle) seedCase(t testing.TB, mods ...func(*umassist.ServiceRequest)) string {
	t.Helper()
	ctx := context.Background()
	req := icdRequest()
	for _, m := range mods {
		m(&req)
	}
	c, _, err := tb.cases.Create(ctx, postgres.CreateCase{Patient: "Patient/p1", Request: req, Actor: umassist.Actor{ID: "intake", Role: umassist.RoleOperator}})
	require.NoError(t, err)
	_, err = postgres.SaveDraft(ctx, tb.pool, c.ID, icdDraft(), json.RawMessage(`{"model":"offline","model_calls":2,"tool_calls":1,"outcome":"submitted","steps":[`+
		`{"n":1,"kind":"model","latency_ms":3.5,"calls":1},{"n":1,"kind":"tool","tool":"read_observations","args":{"code":"10230-1"},"resources":["Observation/lvef-1"],"latency_ms":1.2},`+
		`{"n":2,"kind":"tool","tool":"search_notes","args":"not json","error":"bad arguments","latency_ms":0.3},{"n":2,"kind":"model","latency_ms":2.0}]}`))
	require.NoError(t, err)
	require.NoError(t, postgres.SetStatus(ctx, tb.pool, c.ID, umassist.StatusReadyForReview))
	return c.ID
}

// api calls the API with a role's token.
// claimedCase seeds a case and claims it for a reviewer.
func (tb *testBundle) claimedCase(t testing.TB, reviewer umassist.Actor) string {
	t.Helper()
	id := tb.seedCase(t)
	_, err := tb.review.Claim(context.Background(), id, reviewer)
	require.NoError(t, err)
	return id
}

func (tb *testBundle) api(t testing.TB, token, method, path string, body any, hdr ...string) (*http.Response, []byte) {
	t.Helper()
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		require.NoError(t, err)
		rd = strings.NewReader(string(b))
	}
	req, err := http.NewRequest(method, tb.ts.URL+path, rd)
	require.NoError(t, err)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	res, err := noRedirect.Do(req)
	require.NoError(t, err)
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	return res, b
}

// noRedirect shows redirects to the test instead of following them.
var noRedirect = &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}

// browser is a cookie-keeping client that does not follow redirects.
type browser struct {
	t    testing.TB
	c    *http.Client
	base string
	csrf string
}

var csrfRe = regexp.MustCompile(`name="csrf_token" value="([^"]+)"`)

func (tb *testBundle) browser(t testing.TB) *browser {
	jar, _ := cookiejar.New(nil)
	return &browser{t: t, base: tb.ts.URL, c: &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

func (b *browser) get(path string) (*http.Response, string) {
	b.t.Helper()
	req, _ := http.NewRequest(http.MethodGet, b.base+path, nil)
	req.Header.Set("Accept", "text/html")
	res, err := b.c.Do(req)
	require.NoError(b.t, err)
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	if m := csrfRe.FindStringSubmatch(string(body)); m != nil {
		b.csrf = m[1]
	}
	return res, string(body)
}

func (b *browser) post(path string, form url.Values) (*http.Response, string) {
	b.t.Helper()
	req, _ := http.NewRequest(http.MethodPost, b.base+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "text/html")
	res, err := b.c.Do(req)
	require.NoError(b.t, err)
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	return res, string(body)
}

// login signs in with a password and returns the browser.
func (b *browser) login(name string) *browser {
	b.t.Helper()
	res, _ := b.get("/login")
	require.Equal(b.t, http.StatusOK, res.StatusCode)
	res, body := b.post("/login", url.Values{"name": {name}, "password": {password}, "csrf_token": {b.csrf}, "next": {"/queue"}})
	require.Equal(b.t, http.StatusSeeOther, res.StatusCode, body)
	res, _ = b.get("/queue")
	require.Contains(b.t, []int{http.StatusOK, http.StatusForbidden}, res.StatusCode)
	return b
}

// fileAnswers files clinicians' answers on the record, as serve does.
func (tb *testBundle) fileAnswers() {
	tb.review.Answers = func(c *umassist.Case, n int, text string, by umassist.Actor, at time.Time) (postgres.TxWriter, error) {
		return fhirstore.NewAnswer(c.Namespace, c, n, text, by, at)
	}
}

func listActions(tb *testBundle, id string) ([]umassist.ReviewAction, error) {
	return postgres.ListActions(context.Background(), tb.pool, id)
}
