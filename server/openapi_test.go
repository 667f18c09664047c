package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/legacy"
	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
)

func loadOpenAPI(t *testing.T, tb *testBundle) (*openapi3.T, routers.Router) {
	t.Helper()
	res, body := tb.api(t, "", http.MethodGet, "/api/openapi.json", nil)
	require.Equal(t, http.StatusOK, res.StatusCode)
	doc, err := openapi3.NewLoader().LoadFromData(body)
	require.NoError(t, err)
	require.NoError(t, doc.Validate(context.Background()))
	doc.Servers = openapi3.Servers{{URL: tb.ts.URL}}
	r, err := legacy.NewRouter(doc)
	require.NoError(t, err)
	return doc, r
}

var echoParam = regexp.MustCompile(`:([a-z_]+)`)

// TestOpenAPIMatchesRouter: every documented operation is a real route and
// every API route is documented.
func TestOpenAPIMatchesRouter(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	doc, _ := loadOpenAPI(t, tb)
	var documented []string
	for path, item := range doc.Paths.Map() {
		for method := range item.Operations() {
			documented = append(documented, method+" "+path)
		}
	}
	var routed []string
	for _, r := range tb.srv.Routes() {
		method, path, _ := strings.Cut(r, " ")
		if strings.HasPrefix(path, "/api/v1/") {
			routed = append(routed, method+" "+echoParam.ReplaceAllString(path, "{$1}"))
		}
	}
	sort.Strings(documented)
	sort.Strings(routed)
	require.Equal(t, routed, documented)
}

// TestAPIResponsesMatchOpenAPI validates real requests and responses,
// errors included, against the document.
func TestAPIResponsesMatchOpenAPI(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	_, router := loadOpenAPI(t, tb)
	id := tb.seedCase(t)
	nurse := tb.tokens[umassist.RoleNurse]
	call := func(token, method, path string, body any, hdr ...string) int {
		t.Helper()
		var b []byte
		if body != nil {
			b, _ = json.Marshal(body)
		}
		req, err := http.NewRequest(method, tb.ts.URL+path, bytes.NewReader(b))
		require.NoError(t, err)
		if body != nil {
			req.Header.Set("Content-Type", "application/json")
		}
		req.Header.Set("Authorization", "Bearer "+token)
		for i := 0; i+1 < len(hdr); i += 2 {
			req.Header.Set(hdr[i], hdr[i+1])
		}
		route, params, err := router.FindRoute(req)
		require.NoError(t, err, "%s %s is not in the document", method, path)
		in := &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route,
			Options: &openapi3filter.Options{AuthenticationFunc: openapi3filter.NoopAuthenticationFunc}}
		if body != nil {
			require.NoError(t, openapi3filter.ValidateRequest(context.Background(), in))
			req.Body = io.NopCloser(bytes.NewReader(b))
		}
		res, err := noRedirect.Do(req)
		require.NoError(t, err)
		defer res.Body.Close()
		rb, _ := io.ReadAll(res.Body)
		out := &openapi3filter.ResponseValidationInput{RequestValidationInput: in, Status: res.StatusCode, Header: res.Header,
			Options: &openapi3filter.Options{IncludeResponseStatus: true}}
		out.SetBodyBytes(rb)
		require.NoError(t, openapi3filter.ValidateResponse(context.Background(), out), "%s %s → %d %s", method, path, res.StatusCode, rb)
		return res.StatusCode
	}
	ops := tb.tokens[umassist.RoleOperator]
	require.Equal(t, 202, call(ops, "POST", "/api/v1/cases", intakeBody(), "Idempotency-Key", "k1"))
	require.Equal(t, 400, call(ops, "POST", "/api/v1/cases", map[string]any{"service": map[string]string{"system": "x", "code": "1"}, "payer": "p", "urgency": "standard", "date": "2026-01-01"}))
	require.Equal(t, 200, call(nurse, "GET", "/api/v1/cases?limit=1", nil))
	require.Equal(t, 200, call(nurse, "GET", "/api/v1/cases/"+id, nil))
	require.Equal(t, 404, call(nurse, "GET", "/api/v1/cases/case_nope", nil))
	require.Equal(t, 200, call(nurse, "GET", "/api/v1/cases/"+id+"/drafts", nil))
	require.Equal(t, 200, call(nurse, "GET", "/api/v1/cases/"+id+"/drafts/1", nil))
	require.Equal(t, 200, call(tb.tokens[umassist.RoleMLEngineer], "GET", "/api/v1/cases/"+id+"/trace", nil))
	require.Equal(t, 403, call(nurse, "GET", "/api/v1/cases/"+id+"/trace", nil))
	require.Equal(t, 409, call(nurse, "POST", "/api/v1/cases/"+id+"/actions", map[string]any{"outcome": "approved"}))
	require.Equal(t, 200, call(nurse, "POST", "/api/v1/cases/"+id+"/claim", nil))
	require.Equal(t, 201, call(nurse, "POST", "/api/v1/cases/"+id+"/actions", map[string]any{"outcome": "info_requested", "question": "Medication list?", "draft_version": 1}))
	require.Equal(t, 200, call(nurse, "GET", "/api/v1/cases/"+id+"/actions", nil))
	require.Equal(t, 202, call(ops, "POST", "/api/v1/cases/"+id+"/information", map[string]any{"text": "Carvedilol since 2025."}))
	id2 := tb.seedCase(t)
	require.Equal(t, 200, call(nurse, "POST", "/api/v1/cases/"+id2+"/claim", nil))
	require.Equal(t, 204, call(nurse, "DELETE", "/api/v1/cases/"+id2+"/claim", nil))
	require.Equal(t, 409, call(nurse, "DELETE", "/api/v1/cases/"+id2+"/claim", nil))
	require.Equal(t, 200, call(nurse, "GET", "/api/v1/me", nil))
}
