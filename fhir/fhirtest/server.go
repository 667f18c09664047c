package fhirtest

import (
	"context"
	"crypto"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir"
)

// Fault is an answer the server gives instead of the real one.
type Fault struct {
	// PathPrefix limits the fault to matching paths ("/Observation",
	// "/auth/token"); empty matches every request.
	PathPrefix string
	Status     int    // e.g. 429, 503; 0 with Delay only slows the request
	RetryAfter string // Retry-After header value
	Delay      time.Duration
	// BodyBytes, when set, answers 200 with a body this large.
	BodyBytes int
	// Times the fault fires (default 1).
	Times int
}

type item struct {
	res  *umassist.Resource
	meta *fhir.Resource
}

// Server is the fake FHIR server.
type Server struct {
	*httptest.Server
	// PageSize caps _count, so tests see paging (default 3).
	PageSize int

	mu        sync.Mutex
	items     map[string]*item // by "Type/id"
	faults    []*Fault
	clientID  string
	publicKey crypto.PublicKey
	bearer    string
	created   int
	tokenTTL  time.Duration
	tokens    map[string]time.Time
	jtis      map[string]bool

	Requests      atomic.Int64 // FHIR API requests (not auth)
	TokenRequests atomic.Int64
}

// Option configures a Server.
type Option func(*Server)

// WithSMART requires SMART Backend Services: clientID's assertions must be
// signed by the private half of key (RSA or ECDSA public key); tokens live
// ttl.
func WithSMART(clientID string, key crypto.PublicKey, ttl time.Duration) Option {
	return func(s *Server) { s.clientID, s.publicKey, s.tokenTTL = clientID, key, ttl }
}

// WithBearer requires every FHIR request to carry this access token, as
// an EHR does for the token it hands a CDS service in fhirAuthorization.
func WithBearer(token string) Option { return func(s *Server) { s.bearer = token } }

// New starts a server, closed when the test ends.
func New(t testing.TB, opts ...Option) *Server {
	t.Helper()
	s := &Server{PageSize: 3, items: map[string]*item{}, tokens: map[string]time.Time{}, jtis: map[string]bool{}}
	for _, o := range opts {
		o(s)
	}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

// Load adds every valid resource under the paths (bundles, NDJSON).
func (s *Server) Load(t testing.TB, paths ...string) {
	t.Helper()
	for _, p := range paths {
		err := fhir.ReadPath(context.Background(), p, fhir.ParseOptions{}, func(p *fhir.Parsed) error {
			if p.Res != nil {
				s.Add(p.Res)
			}
			return nil
		})
		if err != nil {
			t.Fatalf("fhirtest: load %s: %v", p, err)
		}
	}
}

// create is a FHIR create (POST /Type): the server assigns the id and
// answers 201 with the resource and its Location, as an EHR does for a
// Task a CDS service sends.
func (s *Server) create(w http.ResponseWriter, r *http.Request) {
	typ := strings.Trim(r.URL.Path, "/")
	raw, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil || !fhir.KnownType(typ) {
		outcome(w, http.StatusBadRequest, "invalid", "POST a resource to /Type")
		return
	}
	var m map[string]any
	if json.Unmarshal(raw, &m) != nil || m["resourceType"] != typ {
		outcome(w, http.StatusBadRequest, "invalid", "the body is not a "+typ)
		return
	}
	s.mu.Lock()
	s.created++
	id := fmt.Sprintf("created-%d", s.created)
	s.mu.Unlock()
	m["id"] = id
	out, _ := json.Marshal(m)
	p, err := fhir.Decode(out, typ, fhir.ParseOptions{})
	if err != nil {
		outcome(w, http.StatusBadRequest, "invalid", err.Error())
		return
	}
	s.Add(p.Res)
	w.Header().Set("Location", s.URL+"/"+typ+"/"+id+"/_history/1")
	w.Header().Set("Content-Type", "application/fhir+json")
	w.WriteHeader(http.StatusCreated)
	_, _ = w.Write(out)
}

// Get returns a stored resource by "Type/id" (for a test to look at what
// a client created).
func (s *Server) Get(ref string) (*umassist.Resource, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	it := s.items[ref]
	if it == nil {
		return nil, false
	}
	return it.res, true
}

// Add stores resources.
func (s *Server) Add(rs ...*umassist.Resource) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, r := range rs {
		var m fhir.Resource
		_ = json.Unmarshal(r.Raw, &m)
		m.ResourceType, m.ID = r.Type, r.ID
		s.items[r.Ref()] = &item{res: r, meta: &m}
	}
}

// Inject queues a fault.
func (s *Server) Inject(f Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if f.Times == 0 {
		f.Times = 1
	}
	s.faults = append(s.faults, &f)
}

// ExpireTokens makes every issued token invalid, as a server restart or a
// revocation would.
func (s *Server) ExpireTokens() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.tokens = map[string]time.Time{}
}

func (s *Server) fault(path string) *Fault {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, f := range s.faults {
		if strings.HasPrefix(path, f.PathPrefix) {
			f.Times--
			if f.Times <= 0 {
				s.faults = append(s.faults[:i], s.faults[i+1:]...)
			}
			return f
		}
	}
	return nil
}

func outcome(w http.ResponseWriter, status int, code, msg string) {
	w.Header().Set("Content-Type", "application/fhir+json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"resourceType": "OperationOutcome",
		"issue": []map[string]any{{"severity": "error", "code": code, "diagnostics": msg}}})
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	if f := s.fault(r.URL.Path); f != nil {
		if f.Delay > 0 {
			select {
			case <-time.After(f.Delay):
			case <-r.Context().Done():
				return
			}
		}
		if f.RetryAfter != "" {
			w.Header().Set("Retry-After", f.RetryAfter)
		}
		switch {
		case f.BodyBytes > 0:
			w.Header().Set("Content-Type", "application/fhir+json")
			_, _ = w.Write([]byte(`{"resourceType":"Bundle","type":"searchset","entry":[],"padding":"`))
			_, _ = w.Write([]byte(strings.Repeat("x", f.BodyBytes)))
			_, _ = w.Write([]byte(`"}`))
			return
		case f.Status != 0:
			outcome(w, f.Status, "transient", "injected fault")
			return
		}
	}
	switch {
	case r.URL.Path == "/.well-known/smart-configuration":
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{
			"token_endpoint":                                   s.URL + "/auth/token",
			"token_endpoint_auth_methods_supported":            []string{"private_key_jwt"},
			"token_endpoint_auth_signing_alg_values_supported": []string{"RS384", "ES384"},
			"grant_types_supported":                            []string{"client_credentials"},
			"scopes_supported":                                 []string{"system/*.read"},
		})
		return
	case r.URL.Path == "/auth/token":
		s.TokenRequests.Add(1)
		s.token(w, r)
		return
	}
	s.Requests.Add(1)
	if r.Method != http.MethodGet && r.Method != http.MethodPost {
		outcome(w, http.StatusMethodNotAllowed, "not-supported", "reads and creates only")
		return
	}
	if !s.authorized(r) {
		w.Header().Set("WWW-Authenticate", `Bearer error="invalid_token"`)
		outcome(w, http.StatusUnauthorized, "login", "a valid bearer token is required")
		return
	}
	if r.Method == http.MethodPost {
		s.create(w, r)
		return
	}
	parts := strings.Split(strings.Trim(r.URL.Path, "/"), "/")
	switch len(parts) {
	case 2:
		s.mu.Lock()
		it := s.items[parts[0]+"/"+parts[1]]
		s.mu.Unlock()
		if it == nil {
			outcome(w, http.StatusNotFound, "not-found", "no such resource")
			return
		}
		w.Header().Set("Content-Type", "application/fhir+json")
		_, _ = w.Write(it.res.Raw)
	case 1:
		s.search(w, r, parts[0])
	default:
		outcome(w, http.StatusNotFound, "not-found", "unknown path")
	}
}

func (s *Server) authorized(r *http.Request) bool {
	if s.bearer != "" {
		return r.Header.Get("Authorization") == "Bearer "+s.bearer
	}
	if s.publicKey == nil {
		return true
	}
	tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok {
		return false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	exp, ok := s.tokens[tok]
	return ok && time.Now().Before(exp)
}

func (s *Server) token(w http.ResponseWriter, r *http.Request) {
	fail := func(code, desc string) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusBadRequest)
		_ = json.NewEncoder(w).Encode(map[string]string{"error": code, "error_description": desc})
	}
	if r.Method != http.MethodPost || r.ParseForm() != nil {
		fail("invalid_request", "POST a form")
		return
	}
	if r.PostForm.Get("grant_type") != "client_credentials" {
		fail("unsupported_grant_type", "client_credentials only")
		return
	}
	if r.PostForm.Get("client_assertion_type") != "urn:ietf:params:oauth:client-assertion-type:jwt-bearer" {
		fail("invalid_client", "private_key_jwt only")
		return
	}
	var claims jwt.RegisteredClaims
	_, err := jwt.ParseWithClaims(r.PostForm.Get("client_assertion"), &claims, func(*jwt.Token) (any, error) { return s.publicKey, nil },
		jwt.WithValidMethods([]string{"RS384", "ES384"}), jwt.WithAudience(s.URL+"/auth/token"), jwt.WithExpirationRequired(), jwt.WithIssuer(s.clientID))
	if err != nil {
		fail("invalid_client", "assertion rejected: "+err.Error())
		return
	}
	if claims.Subject != s.clientID || claims.ID == "" {
		fail("invalid_client", "sub must be the client id and jti set")
		return
	}
	s.mu.Lock()
	replay := s.jtis[claims.ID]
	s.jtis[claims.ID] = true
	tok := hex.EncodeToString([]byte(fmt.Sprintf("tok-%d-%s", len(s.tokens), claims.ID)))
	ttl := s.tokenTTL
	if ttl <= 0 {
		ttl = time.Hour
	}
	s.tokens[tok] = time.Now().Add(ttl)
	s.mu.Unlock()
	if replay {
		fail("invalid_client", "assertion jti was already used")
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{"access_token": tok, "token_type": "bearer", "expires_in": int(ttl.Seconds()), "scope": r.PostForm.Get("scope")})
}

// dateMatch applies one FHIR date parameter value ("ge2026-01-01T00:00:00Z").
func dateMatch(d time.Time, v string) (bool, error) {
	prefix := "eq"
	if len(v) > 2 && v[0] >= 'a' && v[0] <= 'z' {
		prefix, v = v[:2], v[2:]
	}
	t, ok := fhir.ParseTime(v)
	if !ok {
		return false, fmt.Errorf("bad date %q", v)
	}
	if d.IsZero() {
		return false, nil
	}
	switch prefix {
	case "ge":
		return !d.Before(t), nil
	case "le":
		return !d.After(t), nil
	case "gt":
		return d.After(t), nil
	case "lt":
		return d.Before(t), nil
	case "eq":
		return d.Equal(t) || (len(v) == 10 && d.Format("2006-01-02") == v), nil
	}
	return false, fmt.Errorf("unsupported prefix %q", prefix)
}

func (s *Server) search(w http.ResponseWriter, r *http.Request, typ string) {
	q := r.URL.Query()
	if !fhir.KnownType(typ) {
		outcome(w, http.StatusNotFound, "not-supported", "unknown resource type")
		return
	}
	s.mu.Lock()
	var matches []*item
	for _, it := range s.items {
		if it.res.Type == typ {
			matches = append(matches, it)
		}
	}
	s.mu.Unlock()
	keep := matches[:0]
	dateParam := fhir.DateParam(typ)
	for _, it := range matches {
		ok := true
		for name, vals := range q {
			for _, v := range vals {
				switch name {
				case "patient", "subject", "beneficiary":
					ok = ok && (it.res.Patient == v || it.res.Patient == "Patient/"+v)
				case "_id":
					ok = ok && it.res.ID == v
				case "code":
					ok = ok && anyToken(it.meta.CodeTokens(), strings.Split(v, ","))
				case fhir.StatusParam(typ):
					ok = ok && anyToken([]string{it.meta.StatusCode()}, strings.Split(v, ","))
				case "category":
					ok = ok && anyToken(it.meta.CategoryCodes(), strings.Split(v, ","))
				case dateParam:
					m, err := dateMatch(it.res.Date, v)
					if err != nil {
						outcome(w, http.StatusBadRequest, "invalid", err.Error())
						return
					}
					ok = ok && m
				}
			}
		}
		if ok {
			keep = append(keep, it)
		}
	}
	sortKey := q.Get("_sort")
	desc := strings.HasPrefix(sortKey, "-")
	sort.SliceStable(keep, func(i, j int) bool {
		a, b := keep[i].res, keep[j].res
		if sortKey != "" && !a.Date.Equal(b.Date) {
			if a.Date.IsZero() || b.Date.IsZero() {
				return b.Date.IsZero()
			}
			return a.Date.After(b.Date) == desc
		}
		return (a.ID < b.ID) != desc
	})
	count := s.PageSize
	if c, err := strconv.Atoi(q.Get("_count")); err == nil && c > 0 && c < count {
		count = c
	}
	offset, _ := strconv.Atoi(q.Get("_getpagesoffset"))
	end := min(len(keep), offset+count)
	page := keep[min(offset, len(keep)):end]
	entries := []map[string]any{}
	for _, it := range page {
		entries = append(entries, map[string]any{"fullUrl": s.URL + "/" + it.res.Ref(), "resource": it.res.Raw, "search": map[string]string{"mode": "match"}})
	}
	links := []map[string]string{{"relation": "self", "url": s.URL + r.URL.RequestURI()}}
	if end < len(keep) {
		nq := url.Values{}
		for k, v := range q {
			nq[k] = v
		}
		nq.Set("_getpagesoffset", strconv.Itoa(end))
		links = append(links, map[string]string{"relation": "next", "url": s.URL + "/" + typ + "?" + nq.Encode()})
	}
	w.Header().Set("Content-Type", "application/fhir+json")
	_ = json.NewEncoder(w).Encode(map[string]any{"resourceType": "Bundle", "type": "searchset", "total": len(keep), "link": links, "entry": entries})
}

func anyToken(have, want []string) bool {
	for _, w := range want {
		for _, h := range have {
			if h == w {
				return true
			}
		}
	}
	return false
}
