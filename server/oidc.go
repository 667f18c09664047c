package server

import (
	"context"
	"crypto/subtle"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/coreos/go-oidc/v3/oidc"
	"github.com/labstack/echo/v4"
	"golang.org/x/oauth2"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
)

// OIDCConfig configures enterprise single sign-on. Accounts are matched to
// the identity provider's subject, or linked on first sign-in by a verified
// e-mail address an admin gave the local account; roles always come from
// umassist's own account, never from the provider.
type OIDCConfig struct {
	Issuer       string
	ClientID     string
	ClientSecret string
	RedirectURL  string // https://umassist.example/auth/oidc/callback
}

type oidcClient struct {
	cfg      OIDCConfig
	mu       sync.Mutex
	provider *oidc.Provider
}

func newOIDCClient(cfg OIDCConfig) *oidcClient { return &oidcClient{cfg: cfg} }

// setup discovers the provider on first use, so umassist starts even when
// the identity provider is briefly down.
func (o *oidcClient) setup(ctx context.Context) (*oidc.Provider, *oauth2.Config, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.provider == nil {
		ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		p, err := oidc.NewProvider(ctx, o.cfg.Issuer)
		if err != nil {
			return nil, nil, umassist.Errorf(umassist.EUNAVAILABLE, "single sign-on provider unreachable")
		}
		o.provider = p
	}
	oc := &oauth2.Config{ClientID: o.cfg.ClientID, ClientSecret: o.cfg.ClientSecret, RedirectURL: o.cfg.RedirectURL,
		Endpoint: o.provider.Endpoint(), Scopes: []string{oidc.ScopeOpenID, "email", "profile"}}
	return o.provider, oc, nil
}

func (s *Server) oidcLogin(c echo.Context) error {
	if s.oidc == nil {
		return umassist.Errorf(umassist.ENOTFOUND, "single sign-on is not configured")
	}
	_, oc, err := s.oidc.setup(c.Request().Context())
	if err != nil {
		return err
	}
	state, nonce := randomToken(18), randomToken(18)
	next := safeNext(c.QueryParam("next"))
	s.setCookie(c, oidcStateCookie, state+"."+nonce+"."+next, 10*time.Minute, http.SameSiteLaxMode)
	return c.Redirect(http.StatusFound, oc.AuthCodeURL(state, oidc.Nonce(nonce)))
}

func (s *Server) oidcCallback(c echo.Context) error {
	if s.oidc == nil {
		return umassist.Errorf(umassist.ENOTFOUND, "single sign-on is not configured")
	}
	ctx := c.Request().Context()
	ck, err := c.Cookie(oidcStateCookie)
	if err != nil {
		return umassist.Errorf(umassist.EUNAUTHORIZED, "single sign-on expired: start again")
	}
	s.clearCookie(c, oidcStateCookie)
	parts := strings.SplitN(ck.Value, ".", 3)
	if len(parts) != 3 || subtle.ConstantTimeCompare([]byte(parts[0]), []byte(c.QueryParam("state"))) != 1 {
		return umassist.Errorf(umassist.EFORBIDDEN, "single sign-on state mismatch")
	}
	if e := c.QueryParam("error"); e != "" {
		return umassist.Errorf(umassist.EUNAUTHORIZED, "the identity provider refused sign-in")
	}
	p, oc, err := s.oidc.setup(ctx)
	if err != nil {
		return err
	}
	tok, err := oc.Exchange(ctx, c.QueryParam("code"))
	if err != nil {
		return umassist.Errorf(umassist.EUNAUTHORIZED, "single sign-on code exchange failed")
	}
	raw, ok := tok.Extra("id_token").(string)
	if !ok {
		return umassist.Errorf(umassist.EUNAUTHORIZED, "the identity provider sent no ID token")
	}
	idt, err := p.Verifier(&oidc.Config{ClientID: s.oidc.cfg.ClientID, Now: s.now}).Verify(ctx, raw)
	if err != nil {
		return umassist.Errorf(umassist.EUNAUTHORIZED, "ID token not valid")
	}
	if subtle.ConstantTimeCompare([]byte(idt.Nonce), []byte(parts[1])) != 1 {
		return umassist.Errorf(umassist.EUNAUTHORIZED, "ID token nonce mismatch")
	}
	var claims struct {
		Email         string `json:"email"`
		EmailVerified bool   `json:"email_verified"`
	}
	_ = idt.Claims(&claims)
	u, err := s.oidcUser(ctx, idt.Issuer, idt.Subject, claims.Email, claims.EmailVerified)
	if err != nil {
		return err
	}
	if err := s.startSession(c, u, "oidc"); err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, safeNext(parts[2]))
}

func (s *Server) oidcUser(ctx context.Context, iss, sub, email string, verified bool) (*postgres.User, error) {
	u, err := s.cfg.Accounts.UserByOIDC(ctx, iss, sub)
	if err == nil {
		if u.Disabled {
			return nil, umassist.Errorf(umassist.EFORBIDDEN, "your umassist account is disabled")
		}
		return u, nil
	}
	if umassist.ErrorCode(err) != umassist.ENOTFOUND {
		return nil, err
	}
	if email == "" || !verified {
		return nil, umassist.Errorf(umassist.EFORBIDDEN, "no umassist account for this identity: ask an admin")
	}
	u, err = s.cfg.Accounts.UserByEmail(ctx, email)
	if err != nil || u.OIDCSubject != "" || u.Disabled {
		return nil, umassist.Errorf(umassist.EFORBIDDEN, "no umassist account for this identity: ask an admin")
	}
	u.OIDCIssuer, u.OIDCSubject = iss, sub
	if err := s.cfg.Accounts.UpdateUser(ctx, u); err != nil {
		return nil, fmt.Errorf("oidc: link account: %w", err)
	}
	return u, nil
}
