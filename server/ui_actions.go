package server

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/umassist/umassist"
)

// uiError turns a refused action into a message on the case screen; other
// errors go to the error handler.
func (s *Server) uiError(c echo.Context, err error) error {
	switch umassist.ErrorCode(err) {
	case umassist.ECONFLICT, umassist.EINVALID, umassist.EFORBIDDEN:
	default:
		return err
	}
	// Post/Redirect/Get: a browser session keeps what was typed and why it
	// was refused for the next load of the case page, and is sent there, so
	// a refresh shows the page again rather than resubmit the form.
	if p := principalFrom(c); p != nil && p.Session != nil && c.Request().Method == http.MethodPost {
		r := refusal{Case: c.Param("id"), Message: umassist.ErrorMessage(err), Typed: typed(c)}
		if b, merr := json.Marshal(r); merr == nil {
			if serr := s.cfg.Accounts.SetPending(c.Request().Context(), p.Session.TokenHash, b); serr == nil {
				return c.Redirect(http.StatusSeeOther, "/cases/"+url.PathEscape(c.Param("id"))+"?refused=1#decide")
			}
		}
	}
	return s.renderCase(c, statusOf(umassist.ErrorCode(err)), umassist.ErrorMessage(err))
}

// refusal is a refused case-page form, kept across the redirect.
type refusal struct {
	Case    string    `json:"case"`
	Message string    `json:"message"`
	Typed   typedForm `json:"typed"`
}

// takeRefusal returns the refusal waiting for this case page, if any.
func (s *Server) takeRefusal(c echo.Context) *refusal {
	var r refusal
	if !s.takePending(c, &r) || r.Case != c.Param("id") {
		return nil
	}
	return &r
}

// takePending reads into v what a refused form kept with the browser
// session for the page it redirected to (?refused=1), once.
func (s *Server) takePending(c echo.Context, v any) bool {
	p := principalFrom(c)
	if p == nil || p.Session == nil || c.QueryParam("refused") == "" {
		return false
	}
	raw, err := s.cfg.Accounts.TakePending(c.Request().Context(), p.Session.TokenHash)
	return err == nil && len(raw) > 0 && json.Unmarshal(raw, v) == nil
}

// typed reads back the decision form a request submitted (or, after the
// redirect that follows a refusal, the one kept for this page).
func typed(c echo.Context) typedForm {
	if t, ok := c.Get("typed").(typedForm); ok {
		return t
	}
	if c.Request().Method != http.MethodPost {
		return typedForm{}
	}
	form, _ := c.FormParams()
	return typedForm{Action: c.FormValue("action"), Reason: c.FormValue("reason"), Question: c.FormValue("question"),
		OverrideCode: c.FormValue("override_code"), Summary: c.FormValue("summary"), OtherPassage: c.FormValue("other_passage"),
		Passages: form["passage"]}
}

func (s *Server) caseClaim(c echo.Context) error {
	if _, err := s.cfg.Review.Claim(c.Request().Context(), c.Param("id"), UserFrom(c).Actor()); err != nil {
		return s.uiError(c, err)
	}
	return c.Redirect(http.StatusSeeOther, "/cases/"+url.PathEscape(c.Param("id")))
}

func (s *Server) caseRelease(c echo.Context) error {
	if err := s.cfg.Review.Release(c.Request().Context(), c.Param("id"), UserFrom(c).Actor()); err != nil {
		return s.uiError(c, err)
	}
	return c.Redirect(http.StatusSeeOther, "/queue")
}

func (s *Server) caseDecide(c echo.Context) error {
	ctx := c.Request().Context()
	u := UserFrom(c)
	a := umassist.ReviewAction{CaseID: c.Param("id"), Actor: u.Actor()}
	a.DraftVersion, _ = strconv.Atoi(c.FormValue("draft_version"))
	switch c.FormValue("action") {
	case "approve":
		a.Outcome = umassist.OutcomeApproved
		if summary := strings.TrimSpace(strings.ReplaceAll(c.FormValue("summary"), "\r\n", "\n")); summary != "" {
			orig := strings.TrimSpace(c.FormValue("original_summary"))
			if summary != strings.TrimSpace(strings.ReplaceAll(orig, "\r\n", "\n")) {
				a.EditedSummary = summary
			}
		}
		a.Reason = strings.TrimSpace(c.FormValue("reason"))
		a.OverrideCode = strings.TrimSpace(c.FormValue("override_code"))
	case "escalate":
		a.Outcome, a.Reason = umassist.OutcomeEscalated, strings.TrimSpace(c.FormValue("reason"))
	case "request_info":
		a.Outcome, a.Question = umassist.OutcomeInfoRequested, strings.TrimSpace(c.FormValue("question"))
	case "deny":
		a.Outcome, a.Reason = umassist.OutcomeDenied, strings.TrimSpace(c.FormValue("reason"))
		form, _ := c.FormParams()
		a.Passages = cleanList(form["passage"])
		a.Passages = append(a.Passages, cleanList(strings.Split(c.FormValue("other_passage"), ","))...)
	default:
		return s.uiError(c, umassist.Errorf(umassist.EINVALID, "choose an action"))
	}
	if err := s.checkPassages(c, a.CaseID, a.Passages); err != nil {
		return s.uiError(c, err)
	}
	if _, _, err := s.cfg.Review.Decide(ctx, a); err != nil {
		return s.uiError(c, err)
	}
	return c.Redirect(http.StatusSeeOther, "/cases/"+url.PathEscape(a.CaseID)+"?done="+url.QueryEscape(string(a.Outcome)))
}

func (s *Server) caseInformation(c echo.Context) error {
	if _, err := s.cfg.Review.AddInformation(c.Request().Context(), c.Param("id"), UserFrom(c).Actor(), c.FormValue("text")); err != nil {
		return s.uiError(c, err)
	}
	return c.Redirect(http.StatusSeeOther, "/cases/"+url.PathEscape(c.Param("id"))+"?done=info_added")
}
