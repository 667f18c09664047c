package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/server"
)

func intakeBody() map[string]any {
	return map[string]any{
		"patient":   "p1",
		"service":   map[string]string{"system": umassist.SystemCPT, "code": "33249", "display": "Insertion of ICD"},
		"diagnoses": []map[string]string{{"system": umassist.SystemICD10CM, "code": "I25.5"}},
		"payer":     "Medicare", "urgency": "expedited", "date": "2026-03-02", "note": "LVEF 30 %",
	}
}

func TestIntakeIsIdempotent(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	tok := tb.tokens[umassist.RoleOperator]
	res, body := tb.api(t, tok, http.MethodPost, "/api/v1/cases", intakeBody(), "Idempotency-Key", "req-1")
	require.Equal(t, http.StatusAccepted, res.StatusCode, string(body))
	var first server.CaseResponse
	require.NoError(t, json.Unmarshal(body, &first))
	require.Equal(t, umassist.StatusReceived, first.Status)
	require.Equal(t, first.ReceivedAt.Add(umassist.ExpeditedWindow), first.DueAt)
	require.Equal(t, "/api/v1/cases/"+first.ID, res.Header.Get("Location"))

	res, body = tb.api(t, tok, http.MethodPost, "/api/v1/cases", intakeBody(), "Idempotency-Key", "req-1")
	require.Equal(t, http.StatusAccepted, res.StatusCode)
	require.Equal(t, "true", res.Header.Get("Idempotent-Replayed"))
	var again server.CaseResponse
	require.NoError(t, json.Unmarshal(body, &again))
	require.Equal(t, first.ID, again.ID)

	other := intakeBody()
	other["payer"] = "aetna"
	res, body = tb.api(t, tok, http.MethodPost, "/api/v1/cases", other, "Idempotency-Key", "req-1")
	require.Equal(t, http.StatusConflict, res.StatusCode, string(body))
	require.Equal(t, "application/problem+json", res.Header.Get("Content-Type"))

	// Concurrent retries with one key create one case.
	var wg sync.WaitGroup
	ids := make([]string, 8)
	for i := range ids {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, body := tb.api(t, tok, http.MethodPost, "/api/v1/cases", intakeBody(), "Idempotency-Key", "req-2")
			if res.StatusCode == http.StatusAccepted {
				var c server.CaseResponse
				_ = json.Unmarshal(body, &c)
				ids[i] = c.ID
			}
		}()
	}
	wg.Wait()
	for _, id := range ids {
		require.Equal(t, ids[0], id)
	}
	var n int
	require.NoError(t, tb.pool.QueryRow(context.Background(), `SELECT count(*) FROM cases WHERE idempotency_key = 'req-2'`).Scan(&n))
	require.Equal(t, 1, n)
}

func TestIntakeErrorsAreProblems(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	tok := tb.tokens[umassist.RoleOperator]
	noPayer := intakeBody()
	delete(noPayer, "payer")
	bundle := intakeBody()
	delete(bundle, "patient")
	bundle["bundle"] = map[string]any{"resourceType": "Bundle"}
	for _, tc := range []struct {
		name   string
		body   any
		status int
		code   string
	}{
		{"missing payer", noPayer, 400, umassist.EINVALID},
		{"unknown field", map[string]any{"patient": "p1", "colour": "red"}, 400, umassist.EINVALID},
		{"bad urgency", func() map[string]any { b := intakeBody(); b["urgency"] = "whenever"; return b }(), 400, umassist.EINVALID},
		{"bad date", func() map[string]any { b := intakeBody(); b["date"] = "March"; return b }(), 400, umassist.EINVALID},
		{"no patient", func() map[string]any { b := intakeBody(); delete(b, "patient"); return b }(), 400, umassist.EINVALID},
		{"bundle without a FHIR store", bundle, 501, umassist.ENOTIMPLEMENTED},
		{"hostile patient id", func() map[string]any { b := intakeBody(); b["patient"] = "p1'; DROP TABLE cases;--"; return b }(), 400, umassist.EINVALID},
		{"not a jurisdiction", func() map[string]any { b := intakeBody(); b["jurisdiction"] = "Texas"; return b }(), 400, umassist.EINVALID},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, body := tb.api(t, tok, http.MethodPost, "/api/v1/cases", tc.body)
			require.Equal(t, tc.status, res.StatusCode, string(body))
			require.Equal(t, "application/problem+json", res.Header.Get("Content-Type"))
			var p server.Problem
			require.NoError(t, json.Unmarshal(body, &p))
			require.Equal(t, tc.code, p.Code)
			require.Equal(t, tc.status, p.Status)
			require.NotEmpty(t, p.Detail)
		})
	}
	// A jurisdiction is kept with the request, as contractors write it.
	local := intakeBody()
	local["jurisdiction"] = " jl "
	res, body := tb.api(t, tok, http.MethodPost, "/api/v1/cases", local)
	require.Equal(t, http.StatusAccepted, res.StatusCode, string(body))
	require.Contains(t, string(body), `"jurisdiction":"JL"`)
	var created struct {
		ID string `json:"id"`
	}
	require.NoError(t, json.Unmarshal(body, &created))
	_, page := tb.browser(t).login(tb.users[umassist.RoleNurse].Name).get("/cases/" + created.ID)
	require.Contains(t, page, "<dt>Jurisdiction</dt><dd>JL</dd>", "the nurse sees why a local policy may govern")

	// A body over the limit is refused before it is read.
	huge := intakeBody()
	huge["note"] = strings.Repeat("x", 5<<20)
	res, _ = tb.api(t, tok, http.MethodPost, "/api/v1/cases", huge)
	require.Equal(t, http.StatusRequestEntityTooLarge, res.StatusCode)
}

// fakeRecords stands in for an intake bundle's records: it counts writes.
type fakeRecords struct {
	refs   []string
	writes *atomic.Int32
}

func (f fakeRecords) WriteTx(context.Context, pgx.Tx) ([]string, error) {
	f.writes.Add(1)
	return f.refs, nil
}

var _ postgres.TxWriter = fakeRecords{}

// TestInlineBundleIsWrittenWithTheCase: the bundle's records are written in
// the case's transaction and audited with the patient; a replayed or
// conflicting Idempotency-Key writes nothing.
func TestInlineBundleIsWrittenWithTheCase(t *testing.T) {
	t.Parallel()
	var got json.RawMessage
	writes := &atomic.Int32{}
	tb := setup(t, func(c *server.Config) {
		c.Bundles = server.BundleLoaderFunc(func(_ context.Context, _ string, b json.RawMessage) (string, postgres.TxWriter, error) {
			got = b
			return "Patient/from-bundle", fakeRecords{refs: []string{"Patient/from-bundle", "Observation/lvef"}, writes: writes}, nil
		})
	})
	body := intakeBody()
	delete(body, "patient")
	body["bundle"] = map[string]any{"resourceType": "Bundle", "type": "collection"}
	tok := tb.tokens[umassist.RoleOperator]
	res, b := tb.api(t, tok, http.MethodPost, "/api/v1/cases", body, "Idempotency-Key", "bundle-1")
	require.Equal(t, http.StatusAccepted, res.StatusCode, string(b))
	var c server.CaseResponse
	require.NoError(t, json.Unmarshal(b, &c))
	require.Equal(t, "Patient/from-bundle", c.Patient)
	require.JSONEq(t, `{"resourceType":"Bundle","type":"collection"}`, string(got))
	require.EqualValues(t, 1, writes.Load())
	entries, err := postgres.ListAudit(context.Background(), tb.pool, postgres.AuditFilter{CaseID: c.ID})
	require.NoError(t, err)
	var written []string
	for _, e := range entries {
		if e.Action == "fhir.write" {
			require.Equal(t, "Patient/from-bundle", e.Patient)
			written = e.Resources
		}
	}
	require.Equal(t, []string{"Patient/from-bundle", "Observation/lvef"}, written)

	// The same request again is replayed without writing; a different
	// request under the same key is refused without writing.
	res, b = tb.api(t, tok, http.MethodPost, "/api/v1/cases", body, "Idempotency-Key", "bundle-1")
	require.Equal(t, http.StatusAccepted, res.StatusCode, string(b))
	require.Equal(t, "true", res.Header.Get("Idempotent-Replayed"))
	other := intakeBody()
	delete(other, "patient")
	other["bundle"] = body["bundle"]
	other["payer"] = "another-payer"
	res, b = tb.api(t, tok, http.MethodPost, "/api/v1/cases", other, "Idempotency-Key", "bundle-1")
	require.Equal(t, http.StatusConflict, res.StatusCode, string(b))
	require.EqualValues(t, 1, writes.Load(), "a replayed or refused request writes no records")
}

func TestListCasesPaginatesByDueThenConfidence(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	var ids []string
	for range 5 {
		ids = append(ids, tb.seedCase(t))
		tb.clock.Advance(time.Minute)
	}
	tok := tb.tokens[umassist.RoleNurse]
	var seen []string
	path := "/api/v1/cases?limit=2&status=ready_for_review&payer=MEDICARE"
	for path != "" {
		res, body := tb.api(t, tok, http.MethodGet, path, nil)
		require.Equal(t, http.StatusOK, res.StatusCode, string(body))
		var page server.CaseList
		require.NoError(t, json.Unmarshal(body, &page))
		require.LessOrEqual(t, len(page.Items), 2)
		for _, it := range page.Items {
			seen = append(seen, it.ID)
			require.NotNil(t, it.Confidence)
		}
		path = ""
		if page.NextCursor != "" {
			path = "/api/v1/cases?limit=2&status=ready_for_review&payer=MEDICARE&cursor=" + page.NextCursor
		}
	}
	require.Equal(t, ids, seen)
	res, _ := tb.api(t, tok, http.MethodGet, "/api/v1/cases?cursor=garbage", nil)
	require.Equal(t, http.StatusBadRequest, res.StatusCode)
	res, body := tb.api(t, tok, http.MethodGet, "/api/v1/cases?urgency=expedited", nil)
	require.Equal(t, http.StatusOK, res.StatusCode)
	require.JSONEq(t, `{"items":[]}`, string(body))
}

func TestReviewFlowOverAPI(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	id := tb.seedCase(t)
	nurse, doc := tb.tokens[umassist.RoleNurse], tb.tokens[umassist.RolePhysician]

	// Deciding without a claim is refused.
	res, body := tb.api(t, nurse, http.MethodPost, "/api/v1/cases/"+id+"/actions", map[string]any{"outcome": "approved"})
	require.Equal(t, http.StatusConflict, res.StatusCode, string(body))

	res, body = tb.api(t, nurse, http.MethodPost, "/api/v1/cases/"+id+"/claim", nil)
	require.Equal(t, http.StatusOK, res.StatusCode, string(body))
	// A second nurse cannot claim it.
	res, body = tb.api(t, tb.nurse2Token, http.MethodPost, "/api/v1/cases/"+id+"/claim", nil)
	require.Equal(t, http.StatusConflict, res.StatusCode, string(body))
	require.Contains(t, string(body), "claimed by")

	// A nurse cannot deny.
	res, body = tb.api(t, nurse, http.MethodPost, "/api/v1/cases/"+id+"/actions",
		map[string]any{"outcome": "denied", "reason": "LVEF above threshold", "passages": []string{"NCD 20.4#B3"}})
	require.Equal(t, http.StatusForbidden, res.StatusCode, string(body))

	// Escalate, then the physician claims and denies with a cited reason.
	res, body = tb.api(t, nurse, http.MethodPost, "/api/v1/cases/"+id+"/actions", map[string]any{"outcome": "escalated", "reason": "borderline LVEF", "draft_version": 1})
	require.Equal(t, http.StatusCreated, res.StatusCode, string(body))
	res, _ = tb.api(t, nurse, http.MethodPost, "/api/v1/cases/"+id+"/claim", nil)
	require.Equal(t, http.StatusForbidden, res.StatusCode)
	res, _ = tb.api(t, doc, http.MethodPost, "/api/v1/cases/"+id+"/claim", nil)
	require.Equal(t, http.StatusOK, res.StatusCode)
	res, body = tb.api(t, doc, http.MethodPost, "/api/v1/cases/"+id+"/actions", map[string]any{"outcome": "denied", "reason": "no passage"})
	require.Equal(t, http.StatusBadRequest, res.StatusCode, string(body))
	res, body = tb.api(t, doc, http.MethodPost, "/api/v1/cases/"+id+"/actions", map[string]any{"outcome": "denied", "reason": "No.", "passages": []string{"NCD 20.4#B3"}})
	require.Equal(t, http.StatusBadRequest, res.StatusCode, string(body))
	require.Contains(t, string(body), "specific reason")
	res, body = tb.api(t, doc, http.MethodPost, "/api/v1/cases/"+id+"/actions",
		map[string]any{"outcome": "denied", "reason": "LVEF 45 % is above the 35 % threshold", "passages": []string{"NCD 99.9#Z"}})
	require.Equal(t, http.StatusBadRequest, res.StatusCode, string(body))
	require.Contains(t, string(body), "does not exist")
	// A passage of a policy that does not govern the case, or one no
	// longer in force on the request date, is no ground for a denial.
	res, body = tb.api(t, doc, http.MethodPost, "/api/v1/cases/"+id+"/actions",
		map[string]any{"outcome": "denied", "reason": "LVEF 45 % is above the 35 % threshold", "passages": []string{"NCD 240.2#B"}})
	require.Equal(t, http.StatusBadRequest, res.StatusCode, string(body))
	require.Contains(t, string(body), "does not govern this case")
	res, body = tb.api(t, doc, http.MethodPost, "/api/v1/cases/"+id+"/actions",
		map[string]any{"outcome": "denied", "reason": "LVEF 45 % is above the 35 % threshold", "passages": []string{"NCD 20.4#OLD"}})
	require.Equal(t, http.StatusBadRequest, res.StatusCode, string(body))
	require.Contains(t, string(body), "not in force")
	res, body = tb.api(t, doc, http.MethodPost, "/api/v1/cases/"+id+"/actions",
		map[string]any{"outcome": "denied", "reason": "LVEF 45 % is above the 35 % threshold of B3", "passages": []string{"NCD 20.4#B3"}})
	require.Equal(t, http.StatusCreated, res.StatusCode, string(body))

	res, body = tb.api(t, nurse, http.MethodGet, "/api/v1/cases/"+id+"/actions", nil)
	require.Equal(t, http.StatusOK, res.StatusCode)
	var acts struct{ Items []umassist.ReviewAction }
	require.NoError(t, json.Unmarshal(body, &acts))
	require.Len(t, acts.Items, 2)
	require.Equal(t, umassist.OutcomeDenied, acts.Items[1].Outcome)
	require.Equal(t, []string{"NCD 20.4#B3"}, acts.Items[1].Passages)

	// Every read and action is in the audit log.
	entries, err := postgres.ListAudit(context.Background(), tb.pool, postgres.AuditFilter{CaseID: id})
	require.NoError(t, err)
	var actions []string
	for _, e := range entries {
		actions = append(actions, e.Action)
	}
	for _, want := range []string{"case.create", "case.claim", "review.escalated", "review.denied", "review.list"} {
		require.Contains(t, actions, want)
	}
}

func TestDraftsAndTraceOverAPI(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	id := tb.seedCase(t)
	res, body := tb.api(t, tb.tokens[umassist.RoleNurse], http.MethodGet, "/api/v1/cases/"+id+"/drafts", nil)
	require.Equal(t, http.StatusOK, res.StatusCode)
	require.Contains(t, string(body), `"version":1`)
	res, body = tb.api(t, tb.tokens[umassist.RoleNurse], http.MethodGet, "/api/v1/cases/"+id+"/drafts/latest", nil)
	require.Equal(t, http.StatusOK, res.StatusCode)
	var d umassist.Draft
	require.NoError(t, json.Unmarshal(body, &d))
	require.Equal(t, umassist.RecommendApprove, d.Recommendation)
	res, _ = tb.api(t, tb.tokens[umassist.RoleNurse], http.MethodGet, "/api/v1/cases/"+id+"/drafts/7", nil)
	require.Equal(t, http.StatusNotFound, res.StatusCode)
	res, body = tb.api(t, tb.tokens[umassist.RoleMLEngineer], http.MethodGet, "/api/v1/cases/"+id+"/trace", nil)
	require.Equal(t, http.StatusOK, res.StatusCode)
	require.Contains(t, string(body), "read_observations")
	res, _ = tb.api(t, tb.tokens[umassist.RoleNurse], http.MethodGet, "/api/v1/cases/"+id+"/trace", nil)
	require.Equal(t, http.StatusForbidden, res.StatusCode)
}

// Of concurrent decisions on one case exactly one wins.
func TestConcurrentDecisionsOneWins(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	id := tb.seedCase(t)
	nurse := tb.tokens[umassist.RoleNurse]
	res, _ := tb.api(t, nurse, http.MethodPost, "/api/v1/cases/"+id+"/claim", nil)
	require.Equal(t, http.StatusOK, res.StatusCode)
	bodies := []map[string]any{
		{"outcome": "approved"}, {"outcome": "escalated", "reason": "unsure"}, {"outcome": "info_requested", "question": "meds?"},
		{"outcome": "approved"}, {"outcome": "approved"}, {"outcome": "escalated", "reason": "again"},
	}
	codes := make([]int, len(bodies))
	var wg sync.WaitGroup
	for i, b := range bodies {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, _ := tb.api(t, nurse, http.MethodPost, "/api/v1/cases/"+id+"/actions", b)
			codes[i] = res.StatusCode
		}()
	}
	wg.Wait()
	wins := 0
	for _, c := range codes {
		if c == http.StatusCreated {
			wins++
		} else {
			// A loser hears the case moved on: a conflict, or (after an
			// escalation won) that a physician now decides it.
			require.Contains(t, []int{http.StatusConflict, http.StatusForbidden}, c)
		}
	}
	require.Equal(t, 1, wins, fmt.Sprint(codes))
	as, err := postgres.ListActions(context.Background(), tb.pool, id)
	require.NoError(t, err)
	require.Len(t, as, 1)

	// Two reviewers claiming at once: exactly one gets the case.
	id2 := tb.seedCase(t)
	claims := make([]int, 2)
	for i, tok := range []string{nurse, tb.nurse2Token} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, _ := tb.api(t, tok, http.MethodPost, "/api/v1/cases/"+id2+"/claim", nil)
			claims[i] = res.StatusCode
		}()
	}
	wg.Wait()
	require.ElementsMatch(t, []int{http.StatusOK, http.StatusConflict}, claims)
}

func TestNewInformationRedrafts(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	var mu sync.Mutex
	var enqueued []string
	tb.review.Queue = enqueueFunc(func(id string) { mu.Lock(); enqueued = append(enqueued, id); mu.Unlock() })
	id := tb.seedCase(t)
	nurse := tb.tokens[umassist.RoleNurse]
	res, _ := tb.api(t, nurse, http.MethodPost, "/api/v1/cases/"+id+"/claim", nil)
	require.Equal(t, http.StatusOK, res.StatusCode)
	res, body := tb.api(t, nurse, http.MethodPost, "/api/v1/cases/"+id+"/actions", map[string]any{"outcome": "info_requested", "question": "Send the medication list."})
	require.Equal(t, http.StatusCreated, res.StatusCode, string(body))
	res, _ = tb.api(t, tb.tokens[umassist.RoleOperator], http.MethodPost, "/api/v1/cases/"+id+"/information", map[string]any{"text": ""})
	require.Equal(t, http.StatusBadRequest, res.StatusCode)
	res, body = tb.api(t, tb.tokens[umassist.RoleOperator], http.MethodPost, "/api/v1/cases/"+id+"/information", map[string]any{"text": "Carvedilol and sacubitril/valsartan since 2025-09."})
	require.Equal(t, http.StatusAccepted, res.StatusCode, string(body))
	var c server.CaseResponse
	require.NoError(t, json.Unmarshal(body, &c))
	require.Equal(t, umassist.StatusReceived, c.Status)
	require.Equal(t, []string{id}, enqueued)
	res, _ = tb.api(t, tb.tokens[umassist.RoleOperator], http.MethodPost, "/api/v1/cases/"+id+"/information", map[string]any{"text": "again"})
	require.Equal(t, http.StatusConflict, res.StatusCode)
	info, err := postgres.ListInformation(context.Background(), tb.pool, id)
	require.NoError(t, err)
	require.Len(t, info, 1)
}

func TestStatusOf(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		err  error
		want int
	}{
		{nil, 200},
		{umassist.Errorf(umassist.EINVALID, "x"), 400},
		{umassist.Errorf(umassist.EUNAUTHORIZED, "x"), 401},
		{umassist.Errorf(umassist.EFORBIDDEN, "x"), 403},
		{umassist.Errorf(umassist.ENOTFOUND, "x"), 404},
		{umassist.Errorf(umassist.ECONFLICT, "x"), 409},
		{umassist.Errorf(umassist.ENOTIMPLEMENTED, "x"), 501},
		{umassist.Errorf(umassist.EUNAVAILABLE, "x"), 503},
		{fmt.Errorf("wrapped: %w", umassist.Errorf(umassist.ECONFLICT, "x")), 409},
		{fmt.Errorf("plain"), 500},
	} {
		require.Equal(t, tc.want, server.StatusOf(tc.err), fmt.Sprint(tc.err))
	}
}

// A deployment serving one contractor's jurisdiction reviews every API
// request in it unless the request names its own; a malformed one stops
// the server from starting.
func TestServerJurisdictionIsTheDefault(t *testing.T) {
	t.Parallel()
	tb := setup(t, func(c *server.Config) { c.Jurisdiction = " jl " })
	tok := tb.tokens[umassist.RoleOperator]
	for _, tc := range []struct{ sent, want string }{{"", "JL"}, {"JH", "JH"}} {
		body := intakeBody()
		if tc.sent != "" {
			body["jurisdiction"] = tc.sent
		}
		res, b := tb.api(t, tok, http.MethodPost, "/api/v1/cases", body)
		require.Equal(t, http.StatusAccepted, res.StatusCode, string(b))
		require.Contains(t, string(b), `"jurisdiction":"`+tc.want+`"`)
	}
	_, err := server.New(server.Config{Records: postgres.Records{Pool: tb.pool}, Accounts: postgres.Accounts{Pool: tb.pool},
		Cases: tb.cases, Review: postgres.NewReviewStore(tb.pool, nil), Jurisdiction: "Texas"})
	require.ErrorContains(t, err, "jurisdiction")
}
