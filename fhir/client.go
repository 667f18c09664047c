package fhir

import (
	"bytes"
	"context"
	"crypto"
	"encoding/json"
	"fmt"
	"io"
	"math"
	mrand "math/rand/v2"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/internal/ctxtime"
)

// Client reads a remote FHIR R4 server (an EHR or a payer's clinical data
// repository) as a FHIRSource.
type Client struct {
	base         *url.URL
	hc           *http.Client
	smart        *SMARTConfig
	bearer       string // a token handed to us (CDS Hooks fhirAuthorization)
	maxBytes     int64
	retries      int
	backoff      time.Duration
	maxWait      time.Duration
	pageSize     int
	maxPages     int
	maxNoteBytes int
	now          func() time.Time

	mu       sync.Mutex
	tokenURL string
	token    string
	tokenExp time.Time
}

var _ umassist.FHIRSource = (*Client)(nil)

// SMARTConfig is a SMART Backend Services client: the server knows ClientID
// and the public half of Key.
type SMARTConfig struct {
	ClientID string
	// Key signs the client assertion: *rsa.PrivateKey (RS384) or
	// *ecdsa.PrivateKey on P-384 (ES384).
	Key   crypto.Signer
	KeyID string
	// Scope requested; default "system/*.read".
	Scope string
	// TokenURL skips discovery when set.
	TokenURL string
}

// ClientOption configures a Client.
type ClientOption func(*Client)

// WithBearerToken sends a token obtained elsewhere, as a CDS Hooks client
// hands one over in fhirAuthorization; it is never refreshed, and a SMART
// configuration takes precedence.
func WithBearerToken(token string) ClientOption { return func(c *Client) { c.bearer = token } }

// WithHTTPClient sets the HTTP client (its Timeout bounds each request).
func WithHTTPClient(hc *http.Client) ClientOption { return func(c *Client) { c.hc = hc } }

// WithTimeout bounds each HTTP request (default 30 s).
func WithTimeout(d time.Duration) ClientOption {
	return func(c *Client) { c.hc = &http.Client{Timeout: d, Transport: c.hc.Transport} }
}

// WithSMART authorizes with SMART Backend Services.
func WithSMART(cfg SMARTConfig) ClientOption { return func(c *Client) { c.smart = &cfg } }

// WithMaxResponseBytes caps one response body (default 32 MiB).
func WithMaxResponseBytes(n int64) ClientOption { return func(c *Client) { c.maxBytes = n } }

// WithRetries sets how often a 429, 5xx or network failure is retried and
// the first backoff (default 4 and 250 ms, doubling, with jitter).
func WithRetries(n int, backoff time.Duration) ClientOption {
	return func(c *Client) { c.retries, c.backoff = n, backoff }
}

// WithMaxRetryWait caps how long one Retry-After is honoured (default 60 s).
func WithMaxRetryWait(d time.Duration) ClientOption { return func(c *Client) { c.maxWait = d } }

// WithPageSize sets _count (default 100) and how many pages one search may
// follow (default 50).
func WithPageSize(count, maxPages int) ClientOption {
	return func(c *Client) { c.pageSize, c.maxPages = count, maxPages }
}

// NewClient returns a client for the FHIR base URL (".../fhir").
func NewClient(baseURL string, opts ...ClientOption) (*Client, error) {
	u, err := url.Parse(strings.TrimRight(baseURL, "/"))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, umassist.Errorf(umassist.EINVALID, "fhir: base URL %q is not an http(s) URL", baseURL)
	}
	c := &Client{base: u, hc: &http.Client{Timeout: 30 * time.Second}, maxBytes: 32 << 20, retries: 4,
		backoff: 250 * time.Millisecond, maxWait: time.Minute, pageSize: 100, maxPages: 50, now: time.Now}
	for _, o := range opts {
		o(c)
	}
	return c, nil
}

// StatusError is a non-success HTTP answer from the server.
type StatusError struct {
	Status int
	URL    string
	Detail string // OperationOutcome diagnostics, when sent
}

func (e *StatusError) Error() string {
	s := fmt.Sprintf("fhir: %s: HTTP %d", e.URL, e.Status)
	if e.Detail != "" {
		s += ": " + e.Detail
	}
	return s
}

func retryable(status int) bool {
	return status == http.StatusTooManyRequests || status == http.StatusBadGateway ||
		status == http.StatusServiceUnavailable || status == http.StatusGatewayTimeout || status == http.StatusInternalServerError
}

// authorize sets the request's credentials: a SMART access token, or the
// bearer token handed over.
func (c *Client) authorize(ctx context.Context, req *http.Request) error {
	if c.smart != nil {
		tok, err := c.accessToken(ctx)
		if err != nil {
			return err
		}
		req.Header.Set("Authorization", "Bearer "+tok)
	} else if c.bearer != "" {
		req.Header.Set("Authorization", "Bearer "+c.bearer)
	}
	return nil
}

// Create posts a new resource of type typ (a FHIR create) and returns the
// "Type/id" the server gave it. It is sent once (a create is not
// idempotent); an expired SMART token is refreshed once.
func (c *Client) Create(ctx context.Context, typ string, resource json.RawMessage) (string, error) {
	if !KnownType(typ) {
		return "", umassist.Errorf(umassist.EINVALID, "fhir: create: %q is not a FHIR resource type", typ)
	}
	u, err := c.resolve(typ)
	if err != nil {
		return "", err
	}
	for refreshed := false; ; refreshed = true {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, u, bytes.NewReader(resource))
		if err != nil {
			return "", fmt.Errorf("fhir: create %s: %w", typ, err)
		}
		req.Header.Set("Content-Type", "application/fhir+json")
		req.Header.Set("Accept", "application/fhir+json")
		if err := c.authorize(ctx, req); err != nil {
			return "", err
		}
		resp, err := c.hc.Do(req)
		if err != nil {
			return "", umassist.Errorf(umassist.EUNAVAILABLE, "fhir: POST %s: %v", redactURL(u), err)
		}
		body, rerr := c.readBody(resp)
		resp.Body.Close()
		switch {
		case rerr != nil:
			return "", fmt.Errorf("fhir: POST %s: %w", redactURL(u), rerr)
		case resp.StatusCode == http.StatusUnauthorized && c.smart != nil && !refreshed:
			c.mu.Lock()
			c.token = ""
			c.mu.Unlock()
			continue
		case resp.StatusCode != http.StatusCreated && resp.StatusCode != http.StatusOK:
			return "", &StatusError{Status: resp.StatusCode, URL: redactURL(u), Detail: outcomeDetail(body)}
		}
		// The id: from Location (…/Type/id/_history/n), else the body.
		if loc := resp.Header.Get("Location"); loc != "" {
			parts := strings.Split(strings.TrimSuffix(loc, "/"), "/")
			for i := len(parts) - 2; i >= 0; i-- {
				if parts[i] == typ {
					return typ + "/" + parts[i+1], nil
				}
			}
		}
		var h struct {
			ID string `json:"id"`
		}
		if json.Unmarshal(body, &h) == nil && h.ID != "" {
			return typ + "/" + h.ID, nil
		}
		return "", fmt.Errorf("fhir: POST %s: the server did not say the new resource's id", redactURL(u))
	}
}

// get fetches a URL (absolute, or relative to the base) and returns the
// body, retrying transient failures and refreshing an expired token once.
func (c *Client) get(ctx context.Context, target string) ([]byte, error) {
	u, err := c.resolve(target)
	if err != nil {
		return nil, err
	}
	refreshed := false
	for attempt := 0; ; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
		if err != nil {
			return nil, fmt.Errorf("fhir: request %s: %w", u, err)
		}
		req.Header.Set("Accept", "application/fhir+json")
		if err := c.authorize(ctx, req); err != nil {
			return nil, err
		}
		resp, err := c.hc.Do(req)
		if err != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			if attempt < c.retries {
				if err := c.wait(ctx, c.delay(attempt, "")); err != nil {
					return nil, err
				}
				continue
			}
			return nil, umassist.Errorf(umassist.EUNAVAILABLE, "fhir: GET %s: %v", redactURL(u), err)
		}
		body, rerr := c.readBody(resp)
		resp.Body.Close()
		switch {
		case rerr != nil:
			return nil, fmt.Errorf("fhir: GET %s: %w", redactURL(u), rerr)
		case resp.StatusCode == http.StatusOK:
			return body, nil
		case resp.StatusCode == http.StatusUnauthorized && c.smart != nil && !refreshed:
			c.mu.Lock()
			c.token = ""
			c.mu.Unlock()
			refreshed = true
			attempt--
			continue
		case retryable(resp.StatusCode) && attempt < c.retries:
			if err := c.wait(ctx, c.delay(attempt, resp.Header.Get("Retry-After"))); err != nil {
				return nil, err
			}
			continue
		}
		se := &StatusError{Status: resp.StatusCode, URL: redactURL(u), Detail: outcomeDetail(body)}
		switch resp.StatusCode {
		case http.StatusNotFound, http.StatusGone:
			return nil, fmt.Errorf("%w: %w", umassist.Errorf(umassist.ENOTFOUND, "fhir: not found"), se)
		case http.StatusUnauthorized, http.StatusForbidden:
			return nil, fmt.Errorf("%w: %w", umassist.Errorf(umassist.EUNAUTHORIZED, "fhir: the FHIR server refused our credentials"), se)
		}
		if retryable(resp.StatusCode) {
			return nil, fmt.Errorf("%w: %w", umassist.Errorf(umassist.EUNAVAILABLE, "fhir: server unavailable after %d retries", c.retries), se)
		}
		return nil, se
	}
}

func (c *Client) resolve(target string) (string, error) {
	u, err := url.Parse(target)
	if err != nil {
		return "", fmt.Errorf("fhir: bad URL %q: %w", target, err)
	}
	if u.IsAbs() {
		// A next link must stay on our server: never send the token elsewhere.
		if u.Host != c.base.Host || u.Scheme != c.base.Scheme {
			return "", fmt.Errorf("fhir: server sent a link to another host (%s)", u.Host)
		}
		return u.String(), nil
	}
	return c.base.String() + "/" + strings.TrimLeft(target, "/"), nil
}

// redactURL keeps query values (patient ids) out of errors and logs.
func redactURL(u string) string {
	if i := strings.IndexByte(u, '?'); i >= 0 {
		return u[:i] + "?…"
	}
	return u
}

func (c *Client) readBody(resp *http.Response) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(resp.Body, c.maxBytes+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > c.maxBytes {
		return nil, fmt.Errorf("response is larger than the %d MB cap", c.maxBytes>>20)
	}
	return b, nil
}

func outcomeDetail(body []byte) string {
	var oo struct {
		ResourceType string `json:"resourceType"`
		Issue        []struct {
			Diagnostics string `json:"diagnostics"`
			Code        string `json:"code"`
		} `json:"issue"`
	}
	if json.Unmarshal(body, &oo) != nil || oo.ResourceType != "OperationOutcome" || len(oo.Issue) == 0 {
		return ""
	}
	d := oo.Issue[0].Diagnostics
	if d == "" {
		d = oo.Issue[0].Code
	}
	if len(d) > 200 {
		d = d[:200]
	}
	return d
}

// delay is the wait before retry attempt+1: Retry-After when the server
// sent one (seconds or an HTTP date, capped), else exponential backoff
// with jitter so many workers do not retry in step.
func (c *Client) delay(attempt int, retryAfter string) time.Duration {
	if retryAfter != "" {
		if s, err := strconv.Atoi(strings.TrimSpace(retryAfter)); err == nil && s >= 0 {
			return min(time.Duration(s)*time.Second, c.maxWait)
		}
		if t, err := http.ParseTime(retryAfter); err == nil {
			return min(max(t.Sub(c.now()), 0), c.maxWait)
		}
	}
	d := float64(c.backoff) * math.Pow(2, float64(attempt))
	d = d/2 + mrand.Float64()*d/2
	return min(time.Duration(d), c.maxWait)
}

func (c *Client) wait(ctx context.Context, d time.Duration) error { return ctxtime.Sleep(ctx, d) }
