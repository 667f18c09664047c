package fhir

import (
	"context"
	"crypto"
	"crypto/ecdsa"
	"crypto/rand"
	"crypto/rsa"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math"
	mrand "math/rand/v2"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/golang-jwt/jwt/v5"

	"github.com/umassist/umassist"
)

// Client reads a remote FHIR R4 server (an EHR or a payer's clinical data
// repository) as a FHIRSource.
type Client struct {
	base         *url.URL
	hc           *http.Client
	smart        *SMARTConfig
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
		if c.smart != nil {
			tok, err := c.accessToken(ctx)
			if err != nil {
				return nil, err
			}
			req.Header.Set("Authorization", "Bearer "+tok)
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

// searchAll pages through a search, handing each matching resource to fn
// until fn returns false or the pages run out.
func (c *Client) searchAll(ctx context.Context, typ string, params url.Values, fn func(*Parsed) bool) error {
	next := typ + "?" + params.Encode()
	for page := 0; next != "" && page < c.maxPages; page++ {
		body, err := c.get(ctx, next)
		if err != nil {
			return fmt.Errorf("fhir: search %s: %w", typ, err)
		}
		var b searchBundle
		if err := json.Unmarshal(body, &b); err != nil || b.ResourceType != "Bundle" {
			return fmt.Errorf("fhir: search %s: the server's answer is not a Bundle", typ)
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
			p, err := Decode(e.Resource, "", ParseOptions{MaxNoteBytes: c.maxNoteBytes})
			if err != nil && p.Res == nil && p.Ref == "" {
				return fmt.Errorf("fhir: search %s: server sent an invalid resource: %w", typ, err)
			}
			if p.Res == nil || p.Res.Type != typ {
				continue
			}
			if err != nil {
				// A note whose attachment cannot be read is still a resource.
				p.Note = nil
			}
			if !fn(p) {
				return nil
			}
		}
	}
	return nil
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
	text := strings.ToLower(strings.TrimSpace(q.Text))
	var out []*umassist.Resource
	skip := max(q.Offset, 0)
	err = c.searchAll(ctx, q.Type, v, func(p *Parsed) bool {
		if p.Res.Patient != q.Patient {
			return true
		}
		if !q.To.IsZero() && !p.Res.Date.IsZero() && p.Res.Date.After(q.To) {
			return true
		}
		if !q.From.IsZero() && (p.Res.Date.IsZero() || p.Res.Date.Before(q.From)) {
			return true
		}
		if text != "" && !strings.Contains(strings.ToLower(p.Meta.CodeText()), text) {
			return true
		}
		if len(q.Status) > 0 && !slices.Contains(q.Status, p.Meta.StatusCode()) {
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

type remoteNote struct {
	note umassist.Note
	text string
}

// notes lists a patient's notes with their text: DocumentReferences and
// DiagnosticReports that carry a readable attachment, newest first.
func (c *Client) notes(ctx context.Context, q umassist.NoteQuery, keep func(remoteNote) bool, want int) ([]remoteNote, error) {
	var all []remoteNote
	for _, typ := range []string{"DocumentReference", "DiagnosticReport"} {
		v, err := c.params(typ, q.Patient, q.From, time.Time{}, false, c.pageSize)
		if err != nil {
			return nil, err
		}
		n := 0
		err = c.searchAll(ctx, typ, v, func(p *Parsed) bool {
			if p.Note == nil || p.Res.Patient != q.Patient {
				return true
			}
			if !q.To.IsZero() && !p.Res.Date.IsZero() && p.Res.Date.After(q.To) {
				return true
			}
			rn := remoteNote{note: umassist.Note{Ref: p.Res.Ref(), Patient: p.Res.Patient, Date: p.Res.Date, Type: p.Note.Type,
				Author: p.Note.Author, ContentType: p.Note.ContentType, Length: utf8.RuneCountInString(p.Note.Text)}, text: p.Note.Text}
			if !keep(rn) {
				return true
			}
			all = append(all, rn)
			n++
			return want <= 0 || n < want
		})
		if err != nil {
			return nil, err
		}
	}
	sort.SliceStable(all, func(i, j int) bool {
		a, b := all[i].note, all[j].note
		if !a.Date.Equal(b.Date) {
			if a.Date.IsZero() || b.Date.IsZero() {
				return b.Date.IsZero()
			}
			return a.Date.After(b.Date)
		}
		return a.Ref > b.Ref
	})
	return all, nil
}

// Notes lists a patient's notes, newest first.
func (c *Client) Notes(ctx context.Context, q umassist.NoteQuery) ([]umassist.Note, error) {
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	typ := strings.ToLower(strings.TrimSpace(q.Text))
	ns, err := c.notes(ctx, q, func(n remoteNote) bool {
		return typ == "" || strings.Contains(strings.ToLower(n.note.Type), typ)
	}, max(q.Offset, 0)+limit)
	if err != nil {
		return nil, err
	}
	var out []umassist.Note
	for i := max(q.Offset, 0); i < len(ns) && len(out) < limit; i++ {
		out = append(out, ns[i].note)
	}
	return out, nil
}

// NoteText reads a note and extracts its text.
func (c *Client) NoteText(ctx context.Context, ref string) (umassist.Note, string, error) {
	r, err := c.Read(ctx, ref)
	if err != nil {
		return umassist.Note{}, "", err
	}
	p, err := Decode(r.Raw, r.Type, ParseOptions{MaxNoteBytes: c.maxNoteBytes})
	if err != nil {
		return umassist.Note{}, "", fmt.Errorf("fhir: note %s: %w", ref, err)
	}
	if p.Note == nil {
		return umassist.Note{}, "", umassist.Errorf(umassist.ENOTFOUND, "fhir: %s has no readable note text", ref)
	}
	n := umassist.Note{Ref: r.Ref(), Patient: r.Patient, Date: r.Date, Type: p.Note.Type, Author: p.Note.Author,
		ContentType: p.Note.ContentType, Length: utf8.RuneCountInString(p.Note.Text)}
	return n, p.Note.Text, nil
}

// SearchNotes finds the patient's notes holding every word of q.Text.
// Servers rarely index note text, so the words are matched here.
func (c *Client) SearchNotes(ctx context.Context, q umassist.NoteQuery) ([]umassist.NoteHit, error) {
	if strings.TrimSpace(q.Text) == "" {
		return nil, umassist.Errorf(umassist.EINVALID, "fhir: note search needs words")
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 20
	}
	ns, err := c.notes(ctx, umassist.NoteQuery{Patient: q.Patient, From: q.From, To: q.To}, func(n remoteNote) bool {
		return ContainsWords(n.text, q.Text)
	}, 0)
	if err != nil {
		return nil, err
	}
	var out []umassist.NoteHit
	for i := max(q.Offset, 0); i < len(ns) && i < max(q.Offset, 0)+limit; i++ {
		for _, s := range FindSnippets(ns[i].text, q.Text, 3) {
			out = append(out, umassist.NoteHit{Note: ns[i].note, Offset: s.Offset, Snippet: s.Text})
		}
	}
	return out, nil
}
