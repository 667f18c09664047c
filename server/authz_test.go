package server_test

import (
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/server"
)

// rules is the authorization policy, written out: every route and who may
// call it ("public", "any" signed-in user, or the roles). A route the
// router has and this table lacks fails the test, so nobody adds a route
// without deciding who may call it.
var rules = map[string]string{
	"GET /static/*":                         "public",
	"GET /healthz":                          "public",
	"GET /readyz":                           "public",
	"GET /api/openapi.json":                 "public",
	"POST /api/v1/cases":                    "nurse physician operator admin",
	"POST /fhir/Claim/$submit":              "nurse physician operator admin",
	"POST /fhir/Claim/$inquire":             "nurse physician operator admin",
	"GET /api/v1/cases":                     "nurse physician operator ml_engineer admin",
	"GET /api/v1/cases/:id":                 "nurse physician operator ml_engineer admin",
	"GET /api/v1/cases/:id/drafts":          "nurse physician operator ml_engineer admin",
	"GET /api/v1/cases/:id/drafts/:version": "nurse physician operator ml_engineer admin",
	"GET /api/v1/cases/:id/trace":           "ml_engineer admin",
	"GET /api/v1/cases/:id/actions":         "nurse physician operator ml_engineer admin",
	"POST /api/v1/cases/:id/actions":        "nurse physician",
	"POST /api/v1/cases/:id/claim":          "nurse physician",
	"DELETE /api/v1/cases/:id/claim":        "nurse physician operator admin",
	"POST /api/v1/cases/:id/information":    "nurse physician operator admin",
	"GET /api/v1/me":                        "any",
	"POST /api/v1/intake/documents":         "nurse physician operator admin",
	"GET /api/v1/intake/packets/:id":        "nurse physician operator admin",
	"GET /intake":                           "nurse physician operator admin",
	"POST /intake":                          "nurse physician operator admin",
	"GET /intake/:id":                       "nurse physician operator admin",
	"GET /intake/:id/pages/:n":              "nurse physician operator admin",
	"POST /intake/:id/confirm":              "nurse physician",
	"POST /intake/:id/reject":               "nurse physician",
	"GET /login":                            "public",
	"POST /login":                           "public",
	"POST /logout":                          "any",
	"GET /auth/oidc/login":                  "public",
	"GET /auth/oidc/callback":               "public",
	"GET /account":                          "any",
	"POST /account/totp":                    "any",
	"GET /":                                 "any",
	"GET /queue":                            "nurse physician operator admin",
	"POST /queue/next":                      "nurse physician",
	"GET /cases/:id":                        "nurse physician operator ml_engineer admin",
	"POST /cases/:id/claim":                 "nurse physician",
	"POST /cases/:id/release":               "nurse physician operator admin",
	"POST /cases/:id/decide":                "nurse physician",
	"POST /cases/:id/information":           "nurse physician operator admin",
	"POST /cases/:id/query":                 "nurse physician operator admin",
	"GET /answer/:token":                    "public",
	"POST /answer/:token":                   "public",
	"GET /cases/:id/source":                 "nurse physician operator ml_engineer admin",
	"GET /cases/:id/policy":                 "nurse physician operator ml_engineer admin",
	"GET /cases/:id/letter":                 "nurse physician operator admin",
	"GET /cases/:id/trace":                  "ml_engineer admin",
	"GET /traces":                           "ml_engineer admin",
	"GET /packs":                            "nurse physician operator ml_engineer admin clinical_editor",
	"GET /packs/new":                        "physician clinical_editor",
	"POST /packs":                           "physician clinical_editor",
	"GET /packs/:id":                        "nurse physician operator ml_engineer admin clinical_editor",
	"GET /packs/:id/edit":                   "physician clinical_editor",
	"GET /packs/:id/revisions/:rev/diff":    "nurse physician operator ml_engineer admin clinical_editor",
	"POST /packs/:id/revisions/:rev/move":   "physician clinical_editor",
	"POST /packs/:id/revisions/:rev/test":   "physician clinical_editor",
}

func ruleString(a server.Access) string {
	switch {
	case a.Public:
		return "public"
	case len(a.Roles) == 0:
		return "any"
	}
	var rs []string
	for _, r := range server.AllRoles {
		if a.Allows(r) {
			rs = append(rs, string(r))
		}
	}
	return strings.Join(rs, " ")
}

// TestAuthorizationMatrix calls every route of the router as every role and
// as nobody, and checks the answer against the written policy.
func TestAuthorizationMatrix(t *testing.T) {
	t.Parallel()
	tb := setup(t)
	routes := tb.srv.Routes()
	require.NotEmpty(t, routes)
	var missing []string
	for _, r := range routes {
		if _, ok := rules[r]; !ok {
			missing = append(missing, r)
		}
	}
	require.Empty(t, missing, "routes without an authorization rule in the table")
	for r := range rules {
		require.Contains(t, routes, r, "rule for a route that does not exist")
	}
	sort.Strings(routes)
	for _, route := range routes {
		method, path, _ := strings.Cut(route, " ")
		acc, ok := tb.srv.Rule(method, path)
		require.True(t, ok, route)
		require.Equal(t, rules[route], ruleString(acc), "the router's rule for %s differs from the table", route)
		for _, role := range append([]umassist.Role{""}, server.AllRoles...) {
			name := string(role)
			if name == "" {
				name = "anonymous"
			}
			t.Run(fmt.Sprintf("%s/%s", route, name), func(t *testing.T) {
				id := tb.seedCase(t)
				p := strings.NewReplacer(":id", id, ":version", "1", "*", "app.css").Replace(path)
				token := ""
				if role != "" {
					token = tb.tokens[role]
				}
				var body any
				if method == http.MethodPost || method == http.MethodDelete {
					body = map[string]any{}
				}
				res, raw := tb.api(t, token, method, p, body, "Accept", "text/html")
				st := res.StatusCode
				switch {
				case acc.Public:
					require.NotEqual(t, http.StatusUnauthorized, st, string(raw))
					require.NotContains(t, string(raw), "may not do this")
				case role == "":
					if strings.HasPrefix(path, "/api/") || strings.HasPrefix(path, "/fhir/") {
						require.Equal(t, http.StatusUnauthorized, st)
					} else {
						require.Equal(t, http.StatusSeeOther, st)
						loc, _ := url.Parse(res.Header.Get("Location"))
						require.Equal(t, "/login", loc.Path)
					}
				case acc.Allows(role):
					require.NotEqual(t, http.StatusUnauthorized, st, string(raw))
					require.NotContains(t, string(raw), "may not do this", "%s %s as %s", method, p, role)
				default:
					require.Equal(t, http.StatusForbidden, st, "%s %s as %s: %s", method, p, role, raw)
					require.Contains(t, string(raw), "may not do this")
				}
			})
		}
	}
}
