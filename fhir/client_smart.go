package fhir

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"crypto/rsa"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/umassist/umassist"
)

// accessToken returns a cached token, or gets a new one with a signed
// client assertion (SMART Backend Services, client_credentials +
// private_key_jwt).
func (c *Client) accessToken(ctx context.Context) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.token != "" && c.now().Before(c.tokenExp) {
		return c.token, nil
	}
	if c.tokenURL == "" {
		c.tokenURL = c.smart.TokenURL
	}
	if c.tokenURL == "" {
		u, err := c.discover(ctx)
		if err != nil {
			return "", err
		}
		c.tokenURL = u
	}
	assertion, err := c.assertion()
	if err != nil {
		return "", err
	}
	scope := c.smart.Scope
	if scope == "" {
		scope = "system/*.read"
	}
	form := url.Values{
		"grant_type":            {"client_credentials"},
		"scope":                 {scope},
		"client_assertion_type": {"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"},
		"client_assertion":      {assertion},
	}
	var body []byte
	var status int
	for attempt := 0; ; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.tokenURL, strings.NewReader(form.Encode()))
		if err != nil {
			return "", fmt.Errorf("fhir: token request: %w", err)
		}
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("Accept", "application/json")
		resp, err := c.hc.Do(req)
		if err != nil {
			if ctx.Err() == nil && attempt < c.retries {
				if err := c.wait(ctx, c.delay(attempt, "")); err != nil {
					return "", err
				}
				continue
			}
			if ctx.Err() != nil {
				// The caller gave up (a deadline, a cancel): say so, as a
				// search does, rather than blame the token endpoint.
				return "", fmt.Errorf("fhir: token endpoint: %w", ctx.Err())
			}
			return "", umassist.Errorf(umassist.EUNAVAILABLE, "fhir: token endpoint: %v", err)
		}
		body, err = c.readBody(resp)
		resp.Body.Close()
		if err != nil {
			return "", fmt.Errorf("fhir: token endpoint: %w", err)
		}
		status = resp.StatusCode
		if retryable(status) && attempt < c.retries {
			if err := c.wait(ctx, c.delay(attempt, resp.Header.Get("Retry-After"))); err != nil {
				return "", err
			}
			continue
		}
		break
	}
	var tr struct {
		AccessToken string `json:"access_token"`
		TokenType   string `json:"token_type"`
		ExpiresIn   int    `json:"expires_in"`
		Error       string `json:"error"`
		Description string `json:"error_description"`
	}
	_ = json.Unmarshal(body, &tr)
	if status != http.StatusOK || tr.AccessToken == "" {
		return "", umassist.Errorf(umassist.EUNAUTHORIZED, "fhir: token endpoint refused client %q: HTTP %d %s %s", c.smart.ClientID, status, tr.Error, tr.Description)
	}
	ttl := time.Duration(tr.ExpiresIn) * time.Second
	if ttl <= 0 {
		ttl = 5 * time.Minute
	}
	// Renew a little early so a request never carries a token that
	// expires in flight.
	margin := min(30*time.Second, ttl/10)
	c.token, c.tokenExp = tr.AccessToken, c.now().Add(ttl-margin)
	return c.token, nil
}

func (c *Client) discover(ctx context.Context) (string, error) {
	u := c.base.String() + "/.well-known/smart-configuration"
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return "", err
	}
	req.Header.Set("Accept", "application/json")
	resp, err := c.hc.Do(req)
	if err != nil {
		return "", umassist.Errorf(umassist.EUNAVAILABLE, "fhir: SMART discovery: %v", err)
	}
	defer resp.Body.Close()
	body, err := c.readBody(resp)
	if err != nil || resp.StatusCode != http.StatusOK {
		return "", umassist.Errorf(umassist.EUNAVAILABLE, "fhir: SMART discovery at %s: HTTP %d", u, resp.StatusCode)
	}
	var cfg struct {
		TokenEndpoint string `json:"token_endpoint"`
	}
	if err := json.Unmarshal(body, &cfg); err != nil || cfg.TokenEndpoint == "" {
		return "", umassist.Errorf(umassist.EUNAVAILABLE, "fhir: SMART configuration at %s has no token_endpoint", u)
	}
	return cfg.TokenEndpoint, nil
}

func (c *Client) assertion() (string, error) {
	var method jwt.SigningMethod
	switch k := c.smart.Key.(type) {
	case *rsa.PrivateKey:
		method = jwt.SigningMethodRS384
	case *ecdsa.PrivateKey:
		method = jwt.SigningMethodES384
	default:
		return "", umassist.Errorf(umassist.EINVALID, "fhir: SMART key must be RSA or ECDSA P-384, not %T", k)
	}
	jti := make([]byte, 16)
	_, _ = rand.Read(jti)
	now := c.now()
	tok := jwt.NewWithClaims(method, jwt.RegisteredClaims{
		Issuer:    c.smart.ClientID,
		Subject:   c.smart.ClientID,
		Audience:  jwt.ClaimStrings{c.tokenURL},
		ExpiresAt: jwt.NewNumericDate(now.Add(5 * time.Minute)),
		IssuedAt:  jwt.NewNumericDate(now),
		ID:        hex.EncodeToString(jti),
	})
	if c.smart.KeyID != "" {
		tok.Header["kid"] = c.smart.KeyID
	}
	s, err := tok.SignedString(c.smart.Key)
	if err != nil {
		return "", fmt.Errorf("fhir: sign client assertion: %w", err)
	}
	return s, nil
}

// AccessToken returns a SMART Backend Services access token for the
// client's server (cached until it expires), for a caller that sends its
// own requests with it (a PAS submission to a payer).
func (c *Client) AccessToken(ctx context.Context) (string, error) {
	if c.smart == nil {
		return "", umassist.Errorf(umassist.EINVALID, "fhir: %s has no SMART Backend Services credentials", redactURL(c.base.String()))
	}
	return c.accessToken(ctx)
}
