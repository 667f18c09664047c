package server

import (
	"context"
	"net/http"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
)

// The clinician query loop for clinicians without EHR integration: a
// reviewer who asked for information makes a signed single-use link; the
// ordering clinician opens it without an account, reads the one question,
// and answers; the answer is filed on the patient's record and the case is
// re-drafted. The link is the credential: 32 random bytes, kept only as a
// hash, spent on use, dead after 14 days or once the case stops waiting.

// QuestionSender delivers a reviewer's question to the ordering clinician
// (cdshooks.Tasks: a Task in the EHR the order came from). ENOTFOUND: no
// such route for this case.
type QuestionSender interface {
	SendQuestion(ctx context.Context, q umassist.ClinicianQuestion) (ref string, err error)
}

// queryLinkData is the page a reviewer copies the link from.
type queryLinkData struct {
	Case  *umassist.Case
	Query *postgres.ClinicianQuery
	Link  string
	// EHRTask is the Task the question became in the clinician's EHR;
	// EHRError why it could not be sent there.
	EHRTask, EHRError string
}

// answerData is the clinician's page.
type answerData struct {
	Member   string
	Service  string
	Date     string
	Question string
	Expires  time.Time
	Error    string
	Name     string
	Text     string
}

// publicBase is the scheme and host links are made with.
func (s *Server) publicBase(c echo.Context) string {
	if s.cfg.PublicURL != "" {
		return strings.TrimSuffix(s.cfg.PublicURL, "/")
	}
	return c.Scheme() + "://" + c.Request().Host
}

// caseQuery makes a link for the case's question and shows it once.
func (s *Server) caseQuery(c echo.Context) error {
	token := randomToken(32)
	q, err := s.cfg.Review.OpenQuery(c.Request().Context(), c.Param("id"), UserFrom(c).Actor(), token)
	if err != nil {
		return s.uiError(c, err)
	}
	cs, err := s.cfg.Records.Case(c.Request().Context(), q.CaseID)
	if err != nil {
		return err
	}
	d := queryLinkData{Case: cs, Query: q, Link: s.publicBase(c) + "/answer/" + token}
	if s.cfg.Questions != nil {
		ctx, cancel := context.WithTimeout(c.Request().Context(), 15*time.Second)
		ref, err := s.cfg.Questions.SendQuestion(ctx, umassist.ClinicianQuestion{CaseID: cs.ID, Patient: cs.Patient,
			Question: q.Question, AnswerURL: d.Link, Expires: q.ExpiresAt, AskedBy: UserFrom(c).Actor()})
		cancel()
		switch {
		case err == nil:
			d.EHRTask = ref
		case umassist.ErrorCode(err) != umassist.ENOTFOUND:
			s.log.WarnContext(c.Request().Context(), "query: the EHR did not take the Task", "case", cs.ID, "err", err.Error())
			d.EHRError = "The clinician's EHR did not take the question just now; send the link below yourself."
		}
	}
	// The token never goes into a URL of ours or a redirect: this page is
	// the only place it is shown.
	c.Response().Header().Set("Cache-Control", "no-store")
	return s.render(c, http.StatusOK, "querylink", pageData{Title: "Link for the ordering clinician", Data: d})
}

func (s *Server) answerData(c echo.Context, q *postgres.ClinicianQuery, cs *umassist.Case) answerData {
	svc := cs.Request.Service.Code
	if cs.Request.Service.Display != "" {
		svc += " · " + cs.Request.Service.Display
	}
	return answerData{Member: s.memberInitials(c, cs.Patient), Service: svc, Date: cs.Request.Date.String(),
		Question: q.Question, Expires: q.ExpiresAt}
}

// answerPage shows the question to whoever holds the link.
func (s *Server) answerPage(c echo.Context) error {
	q, cs, err := s.cfg.Review.QueryByToken(c.Request().Context(), c.Param("token"))
	if err != nil {
		return s.answerGone(c, err)
	}
	if err := s.cfg.Records.Append(c.Request().Context(), umassist.AuditEntry{Namespace: cs.Namespace,
		Actor: umassist.Actor{ID: "clinician-link", Role: umassist.RoleOrderingClinician}, Action: "query.viewed",
		CaseID: cs.ID, Patient: cs.Patient, Resources: []string{cs.Patient}}); err != nil {
		return err
	}
	c.Response().Header().Set("Cache-Control", "no-store")
	c.Response().Header().Set("Referrer-Policy", "no-referrer")
	return s.render(c, http.StatusOK, "answer", pageData{Title: "A question about a prior-authorization request", Data: s.answerData(c, q, cs)})
}

// answerPost files the clinician's answer. A refused answer keeps what
// was typed.
func (s *Server) answerPost(c echo.Context) error {
	name, text := c.FormValue("name"), c.FormValue("text")
	_, err := s.cfg.Review.AnswerQuery(c.Request().Context(), c.Param("token"), name, text)
	if umassist.ErrorCode(err) == umassist.EINVALID {
		q, cs, qerr := s.cfg.Review.QueryByToken(c.Request().Context(), c.Param("token"))
		if qerr != nil {
			return s.answerGone(c, qerr)
		}
		d := s.answerData(c, q, cs)
		d.Error, d.Name, d.Text = umassist.ErrorMessage(err), name, text
		return s.render(c, http.StatusBadRequest, "answer", pageData{Title: "A question about a prior-authorization request", Data: d})
	}
	if err != nil {
		return s.answerGone(c, err)
	}
	c.Response().Header().Set("Cache-Control", "no-store")
	return s.render(c, http.StatusOK, "answered", pageData{Title: "Thank you"})
}

// answerGone says a link cannot be used, the same way whatever the reason.
func (s *Server) answerGone(c echo.Context, err error) error {
	if umassist.ErrorCode(err) != umassist.ENOTFOUND {
		return err
	}
	return s.render(c, http.StatusNotFound, "answered", pageData{Title: "This link cannot be used", Error: umassist.ErrorMessage(err)})
}
