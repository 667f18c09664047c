package server_test

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"encoding/base64"
	"encoding/json"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/server"
)

// fakeIdP is a minimal OpenID Connect provider over real HTTP: discovery,
// JWKS, an authorize endpoint that signs the user straight in, and a token
// endpoint issuing RS256 ID tokens.
type fakeIdP struct {
	srv   *httptest.Server
	key   *rsa.PrivateKey
	mu    sync.Mutex
	nonce string
	email string
	sub   string
}

func newFakeIdP(t *testing.T) *fakeIdP {
	t.Helper()
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	require.NoError(t, err)
	p := &fakeIdP{key: key, sub: "idp-user-1"}
	mux := http.NewServeMux()
	mux.HandleFunc("/.well-known/openid-configuration", func(w http.ResponseWriter, r *http.Request) {
		_ = json.NewEncoder(w).Encode(map[string]any{
			"issuer": p.srv.URL, "authorization_endpoint": p.srv.URL + "/authorize", "token_endpoint": p.srv.URL + "/token",
			"jwks_uri": p.srv.URL + "/jwks", "id_token_signing_alg_values_supported": []string{"RS256"},
			"response_types_supported": []string{"code"}, "subject_types_supported": []string{"public"},
		})
	})
	mux.HandleFunc("/jwks", func(w http.ResponseWriter, r *http.Request) {
		_ = json.NewEncoder(w).Encode(map[string]any{"keys": []map[string]string{{
			"kty": "RSA", "kid": "k1", "use": "sig", "alg": "RS256",
			"n": base64.RawURLEncoding.EncodeToString(key.N.Bytes()),
			"e": base64.RawURLEncoding.EncodeToString(big.NewInt(int64(key.E)).Bytes()),
		}}})
	})
	mux.HandleFunc("/authorize", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		p.mu.Lock()
		p.nonce = q.Get("nonce")
		p.mu.Unlock()
		http.Redirect(w, r, q.Get("redirect_uri")+"?code=the-code&state="+url.QueryEscape(q.Get("state")), http.StatusFound)
	})
	mux.HandleFunc("/token", func(w http.ResponseWriter, r *http.Request) {
		if r.FormValue("code") != "the-code" {
			http.Error(w, `{"error":"invalid_grant"}`, http.StatusBadRequest)
			return
		}
		p.mu.Lock()
		claims := jwt.MapClaims{"iss": p.srv.URL, "sub": p.sub, "aud": "umassist", "exp": time.Now().Add(time.Hour).Unix(),
			"iat": time.Now().Unix(), "nonce": p.nonce, "email": p.email, "email_verified": true}
		p.mu.Unlock()
		tok := jwt.NewWithClaims(jwt.SigningMethodRS256, claims)
		tok.Header["kid"] = "k1"
		signed, err := tok.SignedString(key)
		if err != nil {
			http.Error(w, err.Error(), 500)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{"access_token": "at", "token_type": "Bearer", "expires_in": 3600, "id_token": signed})
	})
	p.srv = httptest.NewServer(mux)
	t.Cleanup(p.srv.Close)
	return p
}

func TestOIDCLogin(t *testing.T) {
	t.Parallel()
	idp := newFakeIdP(t)
	tb := setup(t)
	ctx := context.Background()
	// The redirect URL needs the server's address, known once it listens.
	ts := httptest.NewServer(http.NotFoundHandler())
	t.Cleanup(ts.Close)
	srv, err := server.New(server.Config{Records: postgres.Records{Pool: tb.pool}, Accounts: postgres.Accounts{Pool: tb.pool}, Cases: tb.cases, Review: tb.review, NowFunc: time.Now,
		OIDC: &server.OIDCConfig{Issuer: idp.srv.URL, ClientID: "umassist", ClientSecret: "s3cret", RedirectURL: ts.URL + "/auth/oidc/callback"}})
	require.NoError(t, err)
	ts.Config.Handler = srv

	nurse := tb.users[umassist.RoleNurse]
	nurse.Email = "Nurse.One@example.org"
	require.NoError(t, postgres.UpdateUser(ctx, tb.pool, nurse))

	signIn := func(email string) (*browser, *http.Response) {
		idp.mu.Lock()
		idp.email = email
		idp.mu.Unlock()
		b := &browser{t: t, base: ts.URL, c: tb.browser(t).c}
		res, _ := b.get("/auth/oidc/login?next=/queue")
		require.Equal(t, http.StatusFound, res.StatusCode)
		authURL := res.Header.Get("Location")
		require.Contains(t, authURL, idp.srv.URL+"/authorize")
		res, err := b.c.Get(authURL)
		require.NoError(t, err)
		res.Body.Close()
		require.Equal(t, http.StatusFound, res.StatusCode)
		cb, _ := url.Parse(res.Header.Get("Location"))
		res, _ = b.get(cb.RequestURI())
		return b, res
	}
	b, res := signIn("nurse.one@example.org")
	require.Equal(t, http.StatusSeeOther, res.StatusCode)
	require.Equal(t, "/queue", res.Header.Get("Location"))
	res, body := b.get("/queue")
	require.Equal(t, http.StatusOK, res.StatusCode)
	require.Contains(t, body, "Review queue")
	linked, err := postgres.GetUserByOIDC(ctx, tb.pool, idp.srv.URL, idp.sub)
	require.NoError(t, err)
	require.Equal(t, nurse.ID, linked.ID)

	// An identity with no umassist account is refused.
	idp.sub = "someone-else"
	_, res = signIn("stranger@example.org")
	require.Equal(t, http.StatusForbidden, res.StatusCode)

	// A callback whose state does not match the browser's is refused.
	b2 := &browser{t: t, base: ts.URL, c: tb.browser(t).c}
	b2.get("/auth/oidc/login")
	res, _ = b2.get("/auth/oidc/callback?code=the-code&state=forged")
	require.Equal(t, http.StatusForbidden, res.StatusCode)
}
