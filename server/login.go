package server

import (
	"bytes"
	"crypto/subtle"
	"encoding/base64"
	"image/png"
	"net/http"
	"net/url"
	"strings"
	"time"
	"unicode"

	"github.com/labstack/echo/v4"
	"github.com/pquerna/otp"
	"github.com/pquerna/otp/totp"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
)

type loginData struct {
	Next      string
	Name      string
	Error     string
	LoginCSRF string
	SSO       bool
}

// safeNext keeps post-login redirects on this site.
func safeNext(next string) string {
	// Browsers drop tabs and newlines from URLs and read a backslash as a
	// slash, so "/\t/evil.example" is "//evil.example": refuse any of them
	// anywhere, then anything that names a scheme or a host.
	if next == "" || !strings.HasPrefix(next, "/") || strings.ContainsAny(next, "\\") ||
		strings.IndexFunc(next, unicode.IsControl) >= 0 || strings.HasPrefix(next, "//") {
		return "/"
	}
	if u, err := url.Parse(next); err != nil || u.Scheme != "" || u.Host != "" || u.User != nil {
		return "/"
	}
	if strings.HasPrefix(next, "/login") {
		return "/"
	}
	return next
}

func (s *Server) loginPage(c echo.Context) error {
	return s.renderLogin(c, http.StatusOK, loginData{Next: safeNext(c.QueryParam("next"))})
}

func (s *Server) renderLogin(c echo.Context, status int, d loginData) error {
	// Login CSRF: a double-submit token, since there is no session yet.
	tok := randomToken(24)
	s.setCookie(c, loginCSRFCookie, tok, 0, http.SameSiteStrictMode)
	d.LoginCSRF = tok
	d.SSO = s.oidc != nil
	return s.render(c, status, "login", pageData{Title: "Sign in", Data: d})
}

func (s *Server) loginSubmit(c echo.Context) error {
	ctx := c.Request().Context()
	name := strings.ToLower(strings.TrimSpace(c.FormValue("name")))
	next := safeNext(c.FormValue("next"))
	ck, err := c.Cookie(loginCSRFCookie)
	if err != nil || ck.Value == "" || subtle.ConstantTimeCompare([]byte(ck.Value), []byte(c.FormValue(csrfField))) != 1 {
		return s.renderLogin(c, http.StatusForbidden, loginData{Next: next, Name: name, Error: "The sign-in form expired. Please try again."})
	}
	if !s.limiter.allow("ip:"+c.RealIP(), "name:"+name) {
		s.auditSignInFailure(c, nil, name, "rate_limited")
		return s.renderLogin(c, http.StatusTooManyRequests, loginData{Next: next, Name: name, Error: "Too many sign-in attempts. Wait a minute and try again."})
	}
	u, err := s.cfg.Accounts.UserByName(ctx, name)
	ok := false
	switch {
	case err == nil:
		ok = u.PasswordHash != "" && VerifyPassword(u.PasswordHash, c.FormValue("password")) && !u.Disabled
		if ok && u.TOTPSecret != "" {
			step, valid := totpStep(strings.TrimSpace(c.FormValue("code")), u.TOTPSecret, s.now())
			if ok = valid; ok {
				// A code works once: replaying one seen within its window
				// fails like a wrong one.
				if ok, err = s.cfg.Accounts.UseTOTPStep(ctx, u.ID, step); err != nil {
					return err
				}
			}
		}
	case umassist.ErrorCode(err) == umassist.ENOTFOUND:
		VerifyPassword(dummyHash, c.FormValue("password"))
	default:
		return err
	}
	if !ok {
		s.auditSignInFailure(c, u, name, "bad_credentials")
		return s.renderLogin(c, http.StatusUnauthorized, loginData{Next: next, Name: name, Error: errBadLogin.Error()})
	}
	s.clearCookie(c, loginCSRFCookie)
	if err := s.startSession(c, u, "password"); err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, next)
}

func (s *Server) logout(c echo.Context) error {
	if ck, err := c.Cookie(sessionCookie); err == nil {
		if err := s.cfg.Accounts.EndSession(c.Request().Context(), hashToken(ck.Value)); err != nil {
			return err
		}
	}
	if u := UserFrom(c); u != nil {
		_ = s.cfg.Records.Append(c.Request().Context(), umassist.AuditEntry{Actor: u.Actor(), Action: "auth.logout", Purpose: "HOPERAT"})
	}
	s.clearCookie(c, sessionCookie)
	return c.Redirect(http.StatusSeeOther, "/login")
}

type accountData struct {
	Enrolled bool
	Secret   string
	QR       string // data: URI of the enrolment QR code
	Error    string
	Done     bool
	// SSO: the account signs in through single sign-on, whose own second
	// factor applies; no local one is enrolled.
	SSO bool
}

func (s *Server) accountPage(c echo.Context) error {
	return s.renderAccount(c, http.StatusOK, "", false)
}

func (s *Server) renderAccount(c echo.Context, status int, msg string, done bool) error {
	u := UserFrom(c)
	d := accountData{Enrolled: u.TOTPSecret != "", Error: msg, Done: done, SSO: u.PasswordHash == ""}
	if !d.Enrolled && !d.SSO {
		secret, err := s.cfg.Accounts.PendingTOTP(c.Request().Context(), u.ID, func() (string, error) {
			key, err := totp.Generate(totp.GenerateOpts{Issuer: "umassist", AccountName: u.Name})
			if err != nil {
				return "", err
			}
			return key.Secret(), nil
		})
		if err != nil {
			return err
		}
		d.Secret = secret
		key, err := otp.NewKeyFromURL((&url.URL{Scheme: "otpauth", Host: "totp", Path: "/umassist:" + u.Name,
			RawQuery: url.Values{"secret": {secret}, "issuer": {"umassist"}}.Encode()}).String())
		if err == nil {
			if img, err := key.Image(180, 180); err == nil {
				var buf bytes.Buffer
				if png.Encode(&buf, img) == nil {
					d.QR = "data:image/png;base64," + base64.StdEncoding.EncodeToString(buf.Bytes())
				}
			}
		}
	}
	return s.render(c, status, "account", pageData{Title: "Your account", Data: d})
}

// accountTOTP confirms a second-factor enrolment. The secret is the one
// the server made and showed (never one the form sends), and the password
// is asked again: a session left open is not enough to add a factor.
func (s *Server) accountTOTP(c echo.Context) error {
	ctx := c.Request().Context()
	u := UserFrom(c)
	switch {
	case u.TOTPSecret != "":
		return umassist.Errorf(umassist.ECONFLICT, "a second factor is already enrolled; ask an admin to reset it")
	case u.PasswordHash == "":
		return umassist.Errorf(umassist.ECONFLICT, "you sign in through single sign-on: its second factor applies")
	}
	if !VerifyPassword(u.PasswordHash, c.FormValue("password")) {
		s.auditFailure(c, u.Actor(), "auth.totp_enrol", map[string]any{"reason": "password"})
		return s.renderAccount(c, http.StatusBadRequest, "That password is not right.", false)
	}
	secret, err := s.cfg.Accounts.PendingTOTP(ctx, u.ID, func() (string, error) {
		return "", umassist.Errorf(umassist.ECONFLICT, "open your account page to get a key first")
	})
	if err != nil {
		return err
	}
	if !totp.Validate(strings.TrimSpace(c.FormValue("code")), secret) {
		return s.renderAccount(c, http.StatusBadRequest, "That code did not match. Check your authenticator app's clock and try again.", false)
	}
	ok, err := s.cfg.Accounts.EnrolTOTP(ctx, u.ID, secret)
	if err != nil {
		return err
	}
	if !ok {
		return umassist.Errorf(umassist.ECONFLICT, "the second factor changed meanwhile: reload the page")
	}
	_ = s.cfg.Records.Append(ctx, umassist.AuditEntry{Actor: u.Actor(), Action: "auth.totp_enrol", Purpose: "HOPERAT"})
	u.TOTPSecret = secret
	return s.renderAccount(c, http.StatusOK, "", true)
}

// auditSignInFailure records a refused sign-in with the account name tried
// and the client's address, so a password-guessing run can be traced. The
// address is the one the server sees (see issue #16 on trusted proxies).
func (s *Server) auditSignInFailure(c echo.Context, u *postgres.User, name, reason string) {
	actor := umassist.Actor{ID: "unknown"}
	if u != nil {
		actor = u.Actor()
	}
	s.auditFailure(c, actor, "auth.login", map[string]any{"name": name, "reason": reason})
}

// totpStep reports whether code is the TOTP code of secret at now, allowing
// one 30-second step either side for clock drift, and which step it is.
func totpStep(code, secret string, now time.Time) (int64, bool) {
	if len(code) != 6 {
		return 0, false
	}
	const period = 30
	for _, skew := range []int64{0, -1, 1} {
		step := now.Unix()/period + skew
		want, err := totp.GenerateCode(secret, time.Unix(step*period, 0))
		if err == nil && subtle.ConstantTimeCompare([]byte(want), []byte(code)) == 1 {
			return step, true
		}
	}
	return 0, false
}
