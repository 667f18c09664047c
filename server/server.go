package server

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/criteria"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/scan"
)

// CaseCreator stores a new case and enqueues its drafting job in one
// transaction (postgres.CaseStore).
type CaseCreator interface {
	Create(ctx context.Context, in postgres.CreateCase) (*umassist.Case, bool, error)
}

var _ CaseCreator = (*postgres.CaseStore)(nil)

// Config is everything the server needs; cmd/umassist wires it.
type Config struct {
	// Records, Accounts, Cases and Review are the storage the server
	// reads and writes through (postgres provides each; see stores.go).
	Records  Records
	Accounts Accounts
	Cases    CaseCreator
	Review   Workflow
	// Resources, Passages and Bundles are optional: without them the UI
	// says the source is unavailable and inline bundles are refused (501).
	Resources ResourceReader
	Passages  PassageReader
	Bundles   BundleLoader
	OIDC      *OIDCConfig
	// Questions sends a reviewer's question and its answer link to the
	// ordering clinician's EHR inbox when the case came from such an
	// EHR's order; nil: the reviewer sends the link themselves.
	Questions QuestionSender
	// PublicURL is the base links sent outside are made with
	// ("https://umassist.example.org"); empty derives it from the request.
	PublicURL string
	// Intake keeps faxed and scanned packets (nil: no fax intake); Codes
	// checks the codes a nurse confirms (nil: by form only); ScanLimits
	// bounds an upload (zero: scan.DefaultLimits).
	Intake     Intake
	Codes      *scan.CodeList
	ScanLimits scan.Limits
	// UploadLimit bounds one upload request to the intake, every file
	// together, e.g. "64M" (the default); BodyLimit bounds the rest.
	UploadLimit string
	// PASPayer is the payer a Da Vinci PAS request is reviewed for when
	// its insurer names none umassist knows (default "medicare").
	PASPayer string
	// Jurisdiction is the Medicare contractor jurisdiction ("JL") a request
	// over the API or PAS is reviewed in when it names none: a deployment
	// serving one contractor's jurisdiction applies its local policies.
	Jurisdiction string
	// SecureCookies marks cookies Secure (behind TLS).
	SecureCookies bool
	SessionTTL    time.Duration // default 8 h
	// BodyLimit bounds request bodies, e.g. "2M" (inline bundles are big).
	BodyLimit string
	// LoginAttemptsPerMinute bounds password attempts per client address
	// and per account name (default 10).
	LoginAttemptsPerMinute int
	// TrustedProxies are the addresses (CIDR or single IP) of reverse
	// proxies whose X-Forwarded-For names the client. None (the default):
	// the header is ignored and the connection's address is the client's,
	// so rotating the header cannot dodge the sign-in limit or the audit.
	TrustedProxies []string
	Logger         *slog.Logger
	NowFunc        func() time.Time
	// Middleware runs first on every request (metrics, tracing).
	Middleware []echo.MiddlewareFunc
	// Mount lets other capabilities add their routes (with access rules)
	// once the server's own are in place: call s.Handle or s.Mount.
	Mount func(s *Server)
	// Packs keeps criteria pack revisions for the editor (nil: no editor);
	// Corpus is the policy text they are written against; PackTester runs
	// a revision over a patient's record (nil: no test button).
	Packs      PackEditor
	Corpus     PolicyCorpus
	PackTester PackTester
	// Ready reports whether dependencies are up, for /readyz (the database
	// ping is always checked).
	Ready func(ctx context.Context) error
}

// Access says who may call a route.
type Access struct {
	// Public routes need no sign-in (login, health, the API document).
	Public bool
	// Roles that may call the route; empty with Public false means any
	// signed-in user.
	Roles []umassist.Role
}

// Allows reports whether a user with role may call the route.
func (a Access) Allows(role umassist.Role) bool {
	return a.Public || len(a.Roles) == 0 || slices.Contains(a.Roles, role)
}

// Roles a route can name.
var (
	reviewers   = []umassist.Role{umassist.RoleNurse, umassist.RolePhysician}
	caseReaders = []umassist.Role{umassist.RoleNurse, umassist.RolePhysician, umassist.RoleOperator, umassist.RoleAdmin}
	// caseViewers may read a case as its reviewer saw it: the case page,
	// every draft version and the sources it cites. ML engineers are among
	// them, read-only and audited like anyone, because they read the same
	// drafts, quotes and note text through the API to judge the agent: one
	// rule for the UI and the API. Letters to the member stay with the
	// case's readers.
	caseViewers = []umassist.Role{umassist.RoleNurse, umassist.RolePhysician, umassist.RoleOperator, umassist.RoleMLEngineer, umassist.RoleAdmin}
	traceReader = []umassist.Role{umassist.RoleMLEngineer, umassist.RoleAdmin}
	// packReaders read criteria packs: what a draft is held to is open to
	// every human role. packEditors write and move them (criteria.PackEditors).
	packReaders = []umassist.Role{umassist.RoleNurse, umassist.RolePhysician, umassist.RoleOperator, umassist.RoleMLEngineer, umassist.RoleAdmin, umassist.RoleClinicalEditor}
	packEditors = criteria.PackEditors
	apiReaders  = []umassist.Role{umassist.RoleNurse, umassist.RolePhysician, umassist.RoleOperator, umassist.RoleMLEngineer, umassist.RoleAdmin}
	submitters  = []umassist.Role{umassist.RoleNurse, umassist.RolePhysician, umassist.RoleOperator, umassist.RoleAdmin}
	// AllRoles lists every human role, for tests and tools.
	AllRoles = []umassist.Role{umassist.RoleNurse, umassist.RolePhysician, umassist.RoleOperator, umassist.RoleMLEngineer, umassist.RoleAdmin, umassist.RoleClinicalEditor}
)

// Server serves the API and the UI.
type Server struct {
	cfg     Config
	e       *echo.Echo
	log     *slog.Logger
	tmpl    map[string]*template.Template
	limiter *loginLimiter
	oidc    *oidcClient

	mu      sync.RWMutex
	rules   map[string]Access // "GET /api/v1/cases/:id"
	openapi []byte            // the served document: ours plus mounted ones
}

//go:embed templates/*.html static/*
var assets embed.FS

// New builds the server and registers every route.
func New(cfg Config) (*Server, error) {
	if cfg.Records == nil || cfg.Accounts == nil || cfg.Cases == nil || cfg.Review == nil {
		return nil, fmt.Errorf("server: Records, Accounts, Cases and Review are required")
	}
	j, err := umassist.ParseJurisdiction(cfg.Jurisdiction)
	if err != nil {
		return nil, fmt.Errorf("server: %w", err)
	}
	cfg.Jurisdiction = j
	if cfg.SessionTTL <= 0 {
		cfg.SessionTTL = 8 * time.Hour
	}
	if cfg.BodyLimit == "" {
		cfg.BodyLimit = "4M"
	}
	if cfg.UploadLimit == "" {
		cfg.UploadLimit = "64M"
	}
	if cfg.LoginAttemptsPerMinute <= 0 {
		cfg.LoginAttemptsPerMinute = 10
	}
	if cfg.NowFunc == nil {
		cfg.NowFunc = time.Now
	}
	if cfg.PASPayer == "" {
		cfg.PASPayer = "medicare"
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	s := &Server{cfg: cfg, e: echo.New(), log: cfg.Logger, rules: map[string]Access{},
		limiter: newLoginLimiter(cfg.LoginAttemptsPerMinute)}
	if cfg.OIDC != nil {
		s.oidc = newOIDCClient(*cfg.OIDC)
	}
	tm, err := parseTemplates()
	if err != nil {
		return nil, err
	}
	s.tmpl = tm
	s.e.HideBanner, s.e.HidePort = true, true
	if s.e.IPExtractor, err = ipExtractor(cfg.TrustedProxies); err != nil {
		return nil, err
	}
	s.e.HTTPErrorHandler = s.handleError
	s.e.Use(middleware.Recover())
	for _, m := range cfg.Middleware {
		s.e.Use(m)
	}
	// Fax uploads have their own bound (UploadLimit a request, and the
	// scan limits a file): a scanned packet is larger than any JSON body.
	// Both apply before sign-in, whose CSRF check reads the form.
	s.e.Use(securityHeaders,
		middleware.BodyLimitWithConfig(middleware.BodyLimitConfig{Limit: cfg.BodyLimit, Skipper: isUpload}),
		middleware.BodyLimitWithConfig(middleware.BodyLimitConfig{Limit: cfg.UploadLimit, Skipper: func(c echo.Context) bool { return !isUpload(c) }}),
		s.authenticate)
	s.routes()
	if cfg.Mount != nil {
		cfg.Mount(s)
	}
	return s, nil
}

// routes lists every route of the API and the UI, in one place.
func (s *Server) routes() {
	pub := Access{Public: true}
	anyUser := Access{}
	staticFS, _ := fs.Sub(assets, "static")
	s.Handle(http.MethodGet, "/static/*", echo.WrapHandler(http.StripPrefix("/static/", http.FileServer(http.FS(staticFS)))), pub)
	s.Handle(http.MethodGet, "/healthz", s.healthz, pub)
	s.Handle(http.MethodGet, "/readyz", s.readyz, pub)
	s.Handle(http.MethodGet, "/api/openapi.json", s.openAPI, pub)

	// API.
	s.Handle(http.MethodPost, "/api/v1/cases", s.apiCreateCase, Access{Roles: submitters})
	// Da Vinci PAS, the payer's end: requests in, ClaimResponses out.
	s.Handle(http.MethodPost, "/fhir/Claim/$submit", s.pasSubmit, Access{Roles: submitters})
	s.Handle(http.MethodPost, "/fhir/Claim/$inquire", s.pasInquire, Access{Roles: submitters})
	s.Handle(http.MethodGet, "/api/v1/cases", s.apiListCases, Access{Roles: apiReaders})
	s.Handle(http.MethodGet, "/api/v1/cases/:id", s.apiGetCase, Access{Roles: apiReaders})
	s.Handle(http.MethodGet, "/api/v1/cases/:id/drafts", s.apiListDrafts, Access{Roles: apiReaders})
	s.Handle(http.MethodGet, "/api/v1/cases/:id/drafts/:version", s.apiGetDraft, Access{Roles: apiReaders})
	s.Handle(http.MethodGet, "/api/v1/cases/:id/trace", s.apiGetTrace, Access{Roles: traceReader})
	s.Handle(http.MethodGet, "/api/v1/cases/:id/actions", s.apiListActions, Access{Roles: apiReaders})
	s.Handle(http.MethodPost, "/api/v1/cases/:id/actions", s.apiDecide, Access{Roles: reviewers})
	s.Handle(http.MethodPost, "/api/v1/cases/:id/claim", s.apiClaim, Access{Roles: reviewers})
	s.Handle(http.MethodDelete, "/api/v1/cases/:id/claim", s.apiRelease, Access{Roles: caseReaders})
	s.Handle(http.MethodPost, "/api/v1/cases/:id/information", s.apiAddInformation, Access{Roles: submitters})
	s.Handle(http.MethodGet, "/api/v1/me", s.apiMe, anyUser)
	// Fax and scan intake.
	s.Handle(http.MethodPost, "/api/v1/intake/documents", s.apiIntakeUpload, Access{Roles: submitters})
	s.Handle(http.MethodGet, "/api/v1/intake/packets/:id", s.apiIntakePacket, Access{Roles: submitters})

	// Sign-in.
	s.Handle(http.MethodGet, "/login", s.loginPage, pub)
	s.Handle(http.MethodPost, "/login", s.loginSubmit, pub)
	s.Handle(http.MethodPost, "/logout", s.logout, anyUser)
	s.Handle(http.MethodGet, "/auth/oidc/login", s.oidcLogin, pub)
	s.Handle(http.MethodGet, "/auth/oidc/callback", s.oidcCallback, pub)
	s.Handle(http.MethodGet, "/account", s.accountPage, anyUser)
	s.Handle(http.MethodPost, "/account/totp", s.accountTOTP, anyUser)

	// Reviewer UI.
	s.Handle(http.MethodGet, "/", s.home, anyUser)
	s.Handle(http.MethodGet, "/queue", s.queuePage, Access{Roles: caseReaders})
	s.Handle(http.MethodGet, "/cases/:id", s.casePage, Access{Roles: caseViewers})
	s.Handle(http.MethodPost, "/queue/next", s.queueNext, Access{Roles: reviewers})
	s.Handle(http.MethodPost, "/cases/:id/claim", s.caseClaim, Access{Roles: reviewers})
	s.Handle(http.MethodPost, "/cases/:id/release", s.caseRelease, Access{Roles: caseReaders})
	s.Handle(http.MethodPost, "/cases/:id/decide", s.caseDecide, Access{Roles: reviewers})
	s.Handle(http.MethodPost, "/cases/:id/information", s.caseInformation, Access{Roles: submitters})
	s.Handle(http.MethodPost, "/cases/:id/query", s.caseQuery, Access{Roles: submitters})
	// The ordering clinician's answer page: the link's token is the
	// credential (no account), checked by the handlers.
	s.Handle(http.MethodGet, "/answer/:token", s.answerPage, pub)
	s.Handle(http.MethodPost, "/answer/:token", s.answerPost, pub)
	s.Handle(http.MethodGet, "/intake", s.intakePage, Access{Roles: submitters})
	s.Handle(http.MethodPost, "/intake", s.intakeUpload, Access{Roles: submitters})
	s.Handle(http.MethodGet, "/intake/:id", s.intakePacketPage, Access{Roles: submitters})
	s.Handle(http.MethodGet, "/intake/:id/pages/:n", s.intakePageImage, Access{Roles: caseReaders})
	s.Handle(http.MethodPost, "/intake/:id/confirm", s.intakeConfirm, Access{Roles: reviewers})
	s.Handle(http.MethodPost, "/intake/:id/reject", s.intakeReject, Access{Roles: reviewers})
	s.Handle(http.MethodGet, "/cases/:id/source", s.sourcePage, Access{Roles: caseViewers})
	s.Handle(http.MethodGet, "/cases/:id/policy", s.policyPage, Access{Roles: caseViewers})
	s.Handle(http.MethodGet, "/cases/:id/letter", s.letterPage, Access{Roles: caseReaders})
	// Criteria packs: read by all, written by clinical editors and
	// physicians; a test reads a patient's record, so only they run it.
	s.Handle(http.MethodGet, "/packs", s.packsPage, Access{Roles: packReaders})
	s.Handle(http.MethodGet, "/packs/new", s.packNewPage, Access{Roles: packEditors})
	s.Handle(http.MethodPost, "/packs", s.packSave, Access{Roles: packEditors})
	s.Handle(http.MethodGet, "/packs/:id", s.packPage, Access{Roles: packReaders})
	s.Handle(http.MethodGet, "/packs/:id/edit", s.packEditPage, Access{Roles: packEditors})
	s.Handle(http.MethodGet, "/packs/:id/revisions/:rev/diff", s.packDiffPage, Access{Roles: packReaders})
	s.Handle(http.MethodPost, "/packs/:id/revisions/:rev/move", s.packMove, Access{Roles: packEditors})
	s.Handle(http.MethodPost, "/packs/:id/revisions/:rev/test", s.packTest, Access{Roles: packEditors})
	s.Handle(http.MethodGet, "/cases/:id/trace", s.tracePage, Access{Roles: traceReader})
	s.Handle(http.MethodGet, "/traces", s.tracesPage, Access{Roles: traceReader})
}

// Handle registers a route with its access rule. Other capabilities use it
// (through Config.Mount) so their routes pass the same sign-in, role, CSRF
// and audit checks and appear in the authorization test.
func (s *Server) Handle(method, path string, h echo.HandlerFunc, acc Access) {
	s.mu.Lock()
	s.rules[method+" "+path] = acc
	s.mu.Unlock()
	s.e.Add(method, path, h, s.require(acc))
}

// Mount serves an http.Handler (riverui, metrics) under prefix for the
// given roles, for every method.
func (s *Server) Mount(prefix string, h http.Handler, acc Access) {
	prefix = strings.TrimSuffix(prefix, "/")
	for _, m := range []string{http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete} {
		s.Handle(m, prefix, echo.WrapHandler(h), acc)
		s.Handle(m, prefix+"/*", echo.WrapHandler(h), acc)
	}
}

// Rule returns the access rule of a registered route.
func (s *Server) Rule(method, path string) (Access, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	a, ok := s.rules[method+" "+path]
	return a, ok
}

// Routes lists the router's routes as "METHOD path", sorted.
func (s *Server) Routes() []string {
	var out []string
	for _, r := range s.e.Routes() {
		out = append(out, r.Method+" "+r.Path)
	}
	sort.Strings(out)
	return slices.Compact(out)
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.e.ServeHTTP(w, r) }

// Echo returns the router, for tests and mounting.
func (s *Server) Echo() *echo.Echo { return s.e }

func (s *Server) now() time.Time { return s.cfg.NowFunc() }

func (s *Server) healthz(c echo.Context) error {
	return c.JSON(http.StatusOK, map[string]string{"status": "ok"})
}

func (s *Server) readyz(c echo.Context) error {
	ctx, cancel := context.WithTimeout(c.Request().Context(), 2*time.Second)
	defer cancel()
	if err := s.cfg.Records.Ping(ctx); err != nil {
		return umassist.Errorf(umassist.EUNAVAILABLE, "database unreachable")
	}
	if s.cfg.Ready != nil {
		if err := s.cfg.Ready(ctx); err != nil {
			return umassist.Errorf(umassist.EUNAVAILABLE, "not ready: %s", umassist.ErrorMessage(err))
		}
	}
	return c.JSON(http.StatusOK, map[string]string{"status": "ready"})
}

// machinePaths are the routes machines call (our API, CDS Hooks, PAS): errors
// are problem documents there, never a sign-in redirect or an HTML page.
var machinePaths = []string{"/api/", "/cds-services", "/fhir/"}

func isAPI(c echo.Context) bool {
	p := c.Request().URL.Path
	for _, m := range machinePaths {
		if strings.HasPrefix(p, m) {
			return true
		}
	}
	return false
}

// handleError answers API callers with a problem document and browsers with
// an error page; internal errors are logged without their message's
// details reaching the client.
func (s *Server) handleError(err error, c echo.Context) {
	if c.Response().Committed {
		return
	}
	p := problemOf(err, c.Request().URL.Path)
	if p.Status >= 500 {
		s.log.ErrorContext(c.Request().Context(), "request failed", "path", c.Path(), "method", c.Request().Method, "err", err.Error())
	}
	if !isAPI(c) && p.Status == http.StatusUnauthorized {
		_ = c.Redirect(http.StatusSeeOther, "/login?next="+safeNext(c.Request().URL.RequestURI()))
		return
	}
	if isAPI(c) || !strings.Contains(c.Request().Header.Get("Accept"), "text/html") && c.Request().Method != http.MethodGet {
		c.Response().Header().Set(echo.HeaderContentType, "application/problem+json")
		c.Response().WriteHeader(p.Status)
		_ = jsonEncode(c.Response(), p)
		return
	}
	_ = s.render(c, p.Status, "error", pageData{Title: p.Title, Problem: &p})
}

// Shutdown stops the server gracefully.
func (s *Server) Shutdown(ctx context.Context) error { return s.e.Shutdown(ctx) }

// ListenAndServe serves on addr until Shutdown.
func (s *Server) ListenAndServe(addr string) error {
	srv := &http.Server{Addr: addr, Handler: s.e, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 60 * time.Second,
		WriteTimeout: 60 * time.Second, IdleTimeout: 120 * time.Second}
	s.e.Server = srv
	if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("server: listen %s: %w", addr, err)
	}
	return nil
}

// ipExtractor reads the client address: the connection's own, or with
// trusted proxies the first X-Forwarded-For address none of them is.
func ipExtractor(proxies []string) (echo.IPExtractor, error) {
	if len(proxies) == 0 {
		return echo.ExtractIPDirect(), nil
	}
	opts := []echo.TrustOption{echo.TrustLoopback(false), echo.TrustLinkLocal(false), echo.TrustPrivateNet(false)}
	for _, p := range proxies {
		p = strings.TrimSpace(p)
		if !strings.Contains(p, "/") {
			if ip := net.ParseIP(p); ip != nil && ip.To4() != nil {
				p += "/32"
			} else {
				p += "/128"
			}
		}
		_, n, err := net.ParseCIDR(p)
		if err != nil {
			return nil, umassist.Errorf(umassist.EINVALID, "server: trusted proxy %q is not an address or CIDR range", p)
		}
		opts = append(opts, echo.TrustIPRange(n))
	}
	return echo.ExtractIPFromXFFHeader(opts...), nil
}
