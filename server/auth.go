package server

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/labstack/echo/v4"
	"golang.org/x/crypto/argon2"
	"golang.org/x/time/rate"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
)

// Cookie names.
const (
	sessionCookie   = "umassist_session"
	loginCSRFCookie = "umassist_login_csrf"
	oidcStateCookie = "umassist_oidc"
	csrfField       = "csrf_token"
	csrfHeader      = "X-CSRF-Token"
)

// argon2id parameters: OWASP's recommended minimum (19 MiB, 2 passes),
// which keeps a login well under 100 ms on a small machine.
const (
	argonTime    = 2
	argonMemory  = 19 * 1024
	argonThreads = 1
	argonKeyLen  = 32
)

// HashPassword returns an argon2id hash in PHC string form.
func HashPassword(pw string) (string, error) {
	if len(pw) < 8 {
		return "", umassist.Errorf(umassist.EINVALID, "password must be at least 8 characters")
	}
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return "", fmt.Errorf("password: salt: %w", err)
	}
	key := argon2.IDKey([]byte(pw), salt, argonTime, argonMemory, argonThreads, argonKeyLen)
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version, argonMemory, argonTime, argonThreads,
		base64.RawStdEncoding.EncodeToString(salt), base64.RawStdEncoding.EncodeToString(key)), nil
}

// VerifyPassword reports whether pw matches a PHC argon2id hash.
func VerifyPassword(hash, pw string) bool {
	parts := strings.Split(hash, "$")
	if len(parts) != 6 || parts[1] != "argon2id" {
		return false
	}
	var m, t uint32
	var p uint8
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &m, &t, &p); err != nil {
		return false
	}
	salt, err1 := base64.RawStdEncoding.DecodeString(parts[4])
	want, err2 := base64.RawStdEncoding.DecodeString(parts[5])
	if err1 != nil || err2 != nil || len(want) == 0 {
		return false
	}
	got := argon2.IDKey([]byte(pw), salt, t, m, p, uint32(len(want)))
	return subtle.ConstantTimeCompare(got, want) == 1
}

// dummyHash is verified against when the account does not exist, so a
// login takes as long for an unknown name as for a wrong password.
var dummyHash, _ = HashPassword("not-a-real-password")

func randomToken(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func hashToken(tok string) []byte {
	h := sha256.Sum256([]byte(tok))
	return h[:]
}

// EnsureUser creates a local account, or updates the role and password of
// an existing one; the demo and `umassist serve user-add` call it.
func EnsureUser(ctx context.Context, pool postgres.Querier, name string, role umassist.Role, password string) (*postgres.User, error) {
	name = strings.ToLower(strings.TrimSpace(name))
	if !validRole(role) {
		return nil, umassist.Errorf(umassist.EINVALID, "role %q is not one of nurse, physician, operator, ml_engineer, admin, clinical_editor", role)
	}
	hash := ""
	if password != "" {
		h, err := HashPassword(password)
		if err != nil {
			return nil, err
		}
		hash = h
	}
	u, err := postgres.GetUserByName(ctx, pool, name)
	switch {
	case err == nil:
		u.Role = role
		if hash != "" {
			u.PasswordHash = hash
		}
		if err := postgres.UpdateUser(ctx, pool, u); err != nil {
			return nil, err
		}
		return u, nil
	case umassist.ErrorCode(err) != umassist.ENOTFOUND:
		return nil, err
	}
	u = &postgres.User{ID: "u_" + randomToken(9), Name: name, DisplayName: name, Role: role, PasswordHash: hash}
	if err := postgres.CreateUser(ctx, pool, u); err != nil {
		return nil, err
	}
	return u, nil
}

// IssueAPIToken creates an API token for a user and returns it; only its
// hash is stored, so this is the one time it can be shown.
func IssueAPIToken(ctx context.Context, pool postgres.Querier, userName, label string, ttl time.Duration) (string, error) {
	u, err := postgres.GetUserByName(ctx, pool, strings.ToLower(userName))
	if err != nil {
		return "", err
	}
	tok := "umat_" + randomToken(32)
	var exp time.Time
	if ttl > 0 {
		exp = time.Now().Add(ttl)
	}
	if _, err := postgres.CreateAPIToken(ctx, pool, hashToken(tok), u.ID, label, exp); err != nil {
		return "", err
	}
	return tok, nil
}

func validRole(r umassist.Role) bool {
	for _, x := range AllRoles {
		if x == r {
			return true
		}
	}
	return false
}

// principal is who is calling: the user, and the session when the call
// came from a browser (nil for API tokens).
type principal struct {
	User    *postgres.User
	Session *postgres.Session
}

// UserFrom returns the signed-in user, or nil.
func UserFrom(c echo.Context) *postgres.User {
	if p, ok := c.Get("principal").(*principal); ok && p != nil {
		return p.User
	}
	return nil
}

func principalFrom(c echo.Context) *principal {
	p, _ := c.Get("principal").(*principal)
	return p
}

// CSRFToken returns the token forms must carry, "" without a session.
func CSRFToken(c echo.Context) string {
	if p := principalFrom(c); p != nil && p.Session != nil {
		return p.Session.CSRFToken
	}
	return ""
}

// authErrorKey holds why a request's Authorization header did not work.
const authErrorKey = "authError"

// authenticate finds the caller from a Bearer token or the session
// cookie. It never refuses a request; require does.
func (s *Server) authenticate(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		ctx := c.Request().Context()
		if h := c.Request().Header.Get("Authorization"); h != "" {
			// A credential that does not work is the route's business: a
			// public one (health, sign-in) answers anyway, require refuses
			// the rest with this error.
			tok, ok := strings.CutPrefix(h, "Bearer ")
			if !ok {
				c.Set(authErrorKey, umassist.Errorf(umassist.EUNAUTHORIZED, "Authorization must be a Bearer token"))
				return next(c)
			}
			u, err := s.cfg.Accounts.TokenUser(ctx, hashToken(strings.TrimSpace(tok)), s.now())
			if err != nil {
				c.Set(authErrorKey, err)
				return next(c)
			}
			c.Set("principal", &principal{User: u})
			asUser(c, u)
			return next(c)
		}
		if ck, err := c.Cookie(sessionCookie); err == nil && ck.Value != "" {
			sess, u, err := s.cfg.Accounts.SessionUser(ctx, hashToken(ck.Value), s.now())
			switch {
			case err == nil:
				c.Set("principal", &principal{User: u, Session: sess})
				asUser(c, u)
			case umassist.ErrorCode(err) != umassist.EUNAUTHORIZED:
				c.Set(authErrorKey, err)
			default:
				s.clearCookie(c, sessionCookie)
			}
		}
		return next(c)
	}
}

// asUser carries the signed-in person in the request's context, so that
// PostgreSQL returns and writes only the cases of their clients
// (postgres.AsUser): the database holds the line a handler might miss.
func asUser(c echo.Context, u *postgres.User) {
	c.SetRequest(c.Request().WithContext(postgres.AsUser(c.Request().Context(), u.ID)))
}

// require enforces a route's access rule and, for browser sessions, the
// CSRF token on every state-changing request.
func (s *Server) require(acc Access) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			if acc.Public {
				return next(c)
			}
			if err, ok := c.Get(authErrorKey).(error); ok {
				return err
			}
			p := principalFrom(c)
			if p == nil {
				return umassist.Errorf(umassist.EUNAUTHORIZED, "sign in first")
			}
			if !acc.Allows(p.User.Role) {
				s.auditRefusal(c, p.User, "role")
				return umassist.Errorf(umassist.EFORBIDDEN, "your role (%s) may not do this", p.User.Role)
			}
			if p.Session != nil && unsafeMethod(c.Request().Method) {
				got := c.Request().Header.Get(csrfHeader)
				if got == "" {
					got = c.FormValue(csrfField)
				}
				if subtle.ConstantTimeCompare([]byte(got), []byte(p.Session.CSRFToken)) != 1 {
					s.auditRefusal(c, p.User, "csrf")
					return umassist.Errorf(umassist.EFORBIDDEN, "the form expired or did not come from umassist (CSRF check failed): reload the page and try again")
				}
			}
			return next(c)
		}
	}
}

func unsafeMethod(m string) bool {
	return m != http.MethodGet && m != http.MethodHead && m != http.MethodOptions
}

// securityHeaders sets the headers every response carries.
func securityHeaders(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		h := c.Response().Header()
		h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "+
			"frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		if !strings.HasPrefix(c.Request().URL.Path, "/static/") {
			h.Set("Cache-Control", "no-store")
		}
		return next(c)
	}
}

func (s *Server) setCookie(c echo.Context, name, value string, maxAge time.Duration, sameSite http.SameSite) {
	c.SetCookie(&http.Cookie{Name: name, Value: value, Path: "/", HttpOnly: true, Secure: s.cfg.SecureCookies,
		SameSite: sameSite, MaxAge: int(maxAge.Seconds())})
}

func (s *Server) clearCookie(c echo.Context, name string) {
	c.SetCookie(&http.Cookie{Name: name, Value: "", Path: "/", HttpOnly: true, Secure: s.cfg.SecureCookies,
		SameSite: http.SameSiteLaxMode, MaxAge: -1})
}

// startSession signs a user in: a new random session (never reused from
// before sign-in) with its own CSRF token.
func (s *Server) startSession(c echo.Context, u *postgres.User, method string) error {
	ctx := c.Request().Context()
	tok := randomToken(32)
	now := s.now()
	// Sign-ins are rare enough to sweep expired sessions as they happen.
	if err := s.cfg.Accounts.StartSession(ctx, postgres.Session{TokenHash: hashToken(tok), UserID: u.ID,
		CSRFToken: randomToken(24), CreatedAt: now, ExpiresAt: now.Add(s.cfg.SessionTTL)}, now); err != nil {
		return err
	}
	if err := s.cfg.Records.Append(ctx, umassist.AuditEntry{Actor: u.Actor(), Action: "auth.login",
		Purpose: "HOPERAT", Detail: jsonRaw(map[string]string{"method": method})}); err != nil {
		return err
	}
	// Lax (not Strict) so the first page after an SSO redirect is signed in;
	// state changes are protected by the CSRF token anyway.
	s.setCookie(c, sessionCookie, tok, s.cfg.SessionTTL, http.SameSiteLaxMode)
	return nil
}

// loginLimiter bounds password attempts per client address and per
// account name, so neither one address nor a botnet guesses freely.
type loginLimiter struct {
	mu    sync.Mutex
	per   rate.Limit
	burst int
	m     map[string]*rate.Limiter
}

func newLoginLimiter(perMinute int) *loginLimiter {
	return &loginLimiter{per: rate.Limit(float64(perMinute) / 60), burst: perMinute, m: map[string]*rate.Limiter{}}
}

func (l *loginLimiter) allow(keys ...string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.m) > 100000 {
		l.m = map[string]*rate.Limiter{} // bounded memory under a flood
	}
	ok := true
	for _, k := range keys {
		lim, found := l.m[k]
		if !found {
			lim = rate.NewLimiter(l.per, l.burst)
			l.m[k] = lim
		}
		if !lim.Allow() {
			ok = false
		}
	}
	return ok
}

var errBadLogin = errors.New("wrong name, password or one-time code")

// auditRefusal records a request refused to a signed-in user (a role that
// may not, a forged form): who tried what. A failure to audit does not
// change the refusal.
func (s *Server) auditRefusal(c echo.Context, u *postgres.User, reason string) {
	s.auditFailure(c, u.Actor(), "access.refused", map[string]any{"method": c.Request().Method, "path": c.Request().URL.Path, "reason": reason})
}

// auditFailure records a refused operation with the client's address; a
// failure to audit does not change the refusal.
func (s *Server) auditFailure(c echo.Context, actor umassist.Actor, action string, detail map[string]any) {
	detail["address"] = c.RealIP()
	_ = s.cfg.Records.Append(c.Request().Context(), umassist.AuditEntry{Actor: actor, Action: action, Outcome: "failure", Purpose: "HOPERAT",
		Detail: jsonRaw(detail)})
}
