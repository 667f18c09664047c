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
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/umassist/umassist"
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

func (c *Client) wait(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// Read returns one resource by "Type/id".
func (c *Client) Read(ctx context.Context, ref string) (*umassist.Resource, error) {
	typ, id, ok := umassist.SplitRef(ref)
	if !ok {
		return nil, umassist.Errorf(umassist.EINVALID, "fhir: reference %q is not Type/id", ref)
	}
	body, err := c.get(ctx, url.PathEscape(typ)+"/"+url.PathEscape(id))
	if err != nil {
		if umassist.ErrorCode(err) == umassist.ENOTFOUND {
			return nil, umassist.Errorf(umassist.ENOTFOUND, "fhir: %s not found", ref)
		}
		return nil, err
	}
	p, err := Decode(body, typ, ParseOptions{MaxNoteBytes: c.maxNoteBytes})
	if err != nil {
		return nil, fmt.Errorf("fhir: read %s: server sent an invalid resource: %w", ref, err)
	}
	if p.Res.ID != id {
		return nil, fmt.Errorf("fhir: read %s: server sent %s", ref, p.Res.Ref())
	}
	return p.Res, nil
}

type searchBundle struct {
	ResourceType string `json:"resourceType"`
	Link         []struct {
		Relation string `json:"relation"`
		URL      string `json:"url"`
	} `json:"link"`
	Entry []struct {
		Resource json.RawMessage `json:"resource"`
		Search   *struct {
			Mode string `json:"mode"`
		} `json:"search"`
	} `json:"entry"`
}

// eachEntry pages through a search Bundle from first (a query relative to
// the base, then the server's next links), handing fn every entry that is
// not an OperationOutcome or an include, until fn says stop.
func (c *Client) eachEntry(ctx context.Context, what, first string, fn func(raw json.RawMessage) (bool, error)) error {
	next := first
	for page := 0; next != "" && page < c.maxPages; page++ {
		body, err := c.get(ctx, next)
		if err != nil {
			return fmt.Errorf("fhir: search %s: %w", what, err)
		}
		var b searchBundle
		if err := json.Unmarshal(body, &b); err != nil || b.ResourceType != "Bundle" {
			return fmt.Errorf("fhir: search %s: the server's answer is not a Bundle", what)
		}
		next = ""
		for _, l := range b.Link {
			if l.Relation == "next" {
				next = l.URL
			}
		}
		for _, e := range b.Entry {
			if e.Search != nil && e.Search.Mode != "" && e.Search.Mode != "match" {
				continue
			}
			more, err := fn(e.Resource)
			if err != nil || !more {
				return err
			}
		}
	}
	return nil
}

// searchAll pages through a search, handing each matching resource to fn
// until fn returns false or the pages run out.
func (c *Client) searchAll(ctx context.Context, typ string, params url.Values, fn func(*Parsed) bool) error {
	return c.eachEntry(ctx, typ, typ+"?"+params.Encode(), func(raw json.RawMessage) (bool, error) {
		p, err := Decode(raw, "", ParseOptions{MaxNoteBytes: c.maxNoteBytes})
		if err != nil && p.Res == nil && p.Ref == "" {
			return false, fmt.Errorf("fhir: search %s: server sent an invalid resource: %w", typ, err)
		}
		if p.Res == nil || p.Res.Type != typ {
			return true, nil
		}
		if err != nil {
			// A note whose attachment cannot be read is still a resource.
			p.Note = nil
		}
		return fn(p), nil
	})
}

func (c *Client) params(typ, patient string, from, to time.Time, oldest bool, count int) (url.Values, error) {
	_, id, ok := umassist.SplitRef(patient)
	if !ok || !strings.HasPrefix(patient, "Patient/") {
		return nil, umassist.Errorf(umassist.EINVALID, "fhir: %q is not a patient reference", patient)
	}
	v := url.Values{}
	v.Set(PatientParam(typ), id)
	v.Set("_count", strconv.Itoa(count))
	if dp := DateParam(typ); dp != "" {
		if !from.IsZero() {
			v.Add(dp, "ge"+from.UTC().Format(time.RFC3339))
		}
		if !to.IsZero() {
			v.Add(dp, "le"+to.UTC().Format(time.RFC3339))
		}
		if oldest {
			v.Set("_sort", dp)
		} else {
			v.Set("_sort", "-"+dp)
		}
	}
	return v, nil
}

// Search pages through the server's search. Filters the server cannot
// express (free text) are applied here; undated resources are kept past a
// To bound, as the local store keeps them.
func (c *Client) Search(ctx context.Context, q umassist.FHIRQuery) ([]*umassist.Resource, error) {
	if q.Type == "" {
		return nil, umassist.Errorf(umassist.EINVALID, "fhir: search needs a type")
	}
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	v, err := c.params(q.Type, q.Patient, q.From, time.Time{}, q.Oldest, c.pageSize)
	if err != nil {
		return nil, err
	}
	if len(q.Codes) > 0 {
		v.Set("code", strings.Join(q.Codes, ","))
	}
	if q.Category != "" {
		v.Set("category", q.Category)
	}
	if len(q.Status) > 0 {
		v.Set(StatusParam(q.Type), strings.Join(q.Status, ","))
	}
	// The To bound is applied here rather than with le: a FHIR server drops
	// undated resources from a date-filtered search; we keep them.
	var out []*umassist.Resource
	skip := max(q.Offset, 0)
	err = c.searchAll(ctx, q.Type, v, func(p *Parsed) bool {
		if !queryMatches(q, p) {
			return true
		}
		if skip > 0 {
			skip--
			return true
		}
		out = append(out, p.Res)
		return len(out) < limit
	})
	if err != nil {
		return nil, err
	}
	sortResources(out, q.Oldest)
	return out, nil
}

// sortResources orders like the local store: by date, undated last when
// newest first, ties by id in the same direction; servers differ in how
// they order ties.
func sortResources(rs []*umassist.Resource, oldest bool) {
	sort.SliceStable(rs, func(i, j int) bool {
		a, b := rs[i], rs[j]
		if !a.Date.Equal(b.Date) {
			if a.Date.IsZero() || b.Date.IsZero() {
				return b.Date.IsZero() != oldest
			}
			return a.Date.After(b.Date) != oldest
		}
		return (a.ID < b.ID) == oldest
	})
}

// Fetch runs a query relative to the server's base, as a CDS Hooks
// prefetch template names one ("Patient/123", "Observation?patient=123"):
// a read returns that resource, a search every match over its pages.
// Resources that fail validation are skipped; an answer that is neither a
// resource nor a Bundle is an error.
func (c *Client) Fetch(ctx context.Context, query string) ([]*Parsed, error) {
	path, _, _ := strings.Cut(query, "?")
	if typ, _, ok := umassist.SplitRef(path); ok {
		r, err := c.Read(ctx, path)
		if err != nil {
			return nil, err
		}
		p, err := Decode(r.Raw, typ, ParseOptions{MaxNoteBytes: c.maxNoteBytes})
		if err != nil {
			return nil, fmt.Errorf("fhir: fetch %s: %w", path, err)
		}
		return []*Parsed{p}, nil
	}
	if !KnownType(path) {
		return nil, umassist.Errorf(umassist.EINVALID, "fhir: fetch %q: not a read or a search of a FHIR type", query)
	}
	var out []*Parsed
	err := c.eachEntry(ctx, path, query, func(raw json.RawMessage) (bool, error) {
		if p, err := Decode(raw, "", ParseOptions{MaxNoteBytes: c.maxNoteBytes}); err == nil {
			out = append(out, p)
		}
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
