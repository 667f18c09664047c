package server

import (
	"net/http"
	"net/url"

	"github.com/labstack/echo/v4"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
)

// queueRow is one line of the queue page.
type queueRow struct {
	postgres.QueueItem
	SLA  umassist.SLA
	Mine bool
}

type queueData struct {
	Rows     []queueRow
	Next     string
	Filter   url.Values
	Statuses []umassist.CaseStatus
	NextURL  string
}

var reviewStatuses = []umassist.CaseStatus{umassist.StatusReadyForReview, umassist.StatusEscalated, umassist.StatusFailed}

// queueNext claims the next case for the reviewer and opens it.
func (s *Server) queueNext(c echo.Context) error {
	cl, err := s.cfg.Review.ClaimNext(c.Request().Context(), UserFrom(c).Actor())
	if umassist.ErrorCode(err) == umassist.ENOTFOUND {
		return c.Redirect(http.StatusSeeOther, "/queue?done=queue_empty")
	}
	if err != nil {
		return s.uiError(c, err)
	}
	return c.Redirect(http.StatusSeeOther, "/cases/"+url.PathEscape(cl.CaseID))
}

func (s *Server) queuePage(c echo.Context) error {
	f, err := queueFilter(c)
	if err != nil {
		return err
	}
	if len(f.Statuses) == 0 {
		f.Statuses = reviewStatuses
		if c.QueryParam("status") == "" && c.QueryParams().Has("status") {
			f.Statuses = nil // "any status"
		}
	}
	items, next, err := s.cfg.Review.ListQueue(c.Request().Context(), f)
	if err != nil {
		return err
	}
	u := UserFrom(c)
	d := queueData{Next: next, Filter: c.QueryParams(), Statuses: []umassist.CaseStatus{umassist.StatusReadyForReview,
		umassist.StatusEscalated, umassist.StatusInfoRequested, umassist.StatusReceived, umassist.StatusDrafting,
		umassist.StatusFailed, umassist.StatusApproved, umassist.StatusDenied}}
	for _, it := range items {
		d.Rows = append(d.Rows, queueRow{QueueItem: it, SLA: umassist.SLAOf(it.Case, s.now()), Mine: it.Claim != nil && it.Claim.UserID == u.ID})
	}
	if next != "" {
		q := url.Values{}
		for k, v := range c.QueryParams() {
			q[k] = v
		}
		q.Set("cursor", next)
		d.NextURL = "/queue?" + q.Encode()
	}
	if err := s.auditList(c, "queue.view", items); err != nil {
		return err
	}
	return s.render(c, http.StatusOK, "queue", pageData{Title: "Review queue", Data: d})
}
