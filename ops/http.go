package ops

import (
	"bytes"
	"context"
	"embed"
	"fmt"
	"html/template"
	"log/slog"
	"math"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/labstack/echo/v4"

	"github.com/umassist/umassist"
)

//go:embed templates/*
var templateFS embed.FS

var funcs = template.FuncMap{
	"pct": func(f float64) string { return strconv.FormatFloat(100*f, 'f', 1, 64) + " %" },
	"hours": func(h float64) string {
		if h < 0 {
			return fmt.Sprintf("%.0f h over", math.Abs(h))
		}
		return fmt.Sprintf("%.0f h", h)
	},
	"dur": func(s float64) string { return (time.Duration(s) * time.Second).Round(time.Second).String() },
	"dict": func(kv ...any) map[string]any {
		m := map[string]any{}
		for i := 0; i+1 < len(kv); i += 2 {
			m[fmt.Sprint(kv[i])] = kv[i+1]
		}
		return m
	},
}

var (
	dashboardTmpl = template.Must(template.New("dashboard.html").Funcs(funcs).ParseFS(templateFS, "templates/dashboard.html"))
	gapsTmpl      = template.Must(template.New("gaps.html").Funcs(funcs).ParseFS(templateFS, "templates/gaps.html"))
)

// Operators are the roles that run the queue: the command centre, the
// reports and River UI are theirs.
var Operators = []umassist.Role{umassist.RoleOperator, umassist.RoleAdmin}

// Route is one HTTP route ops serves; the server registers it with Roles as
// its access rule (ops does not import server).
type Route struct {
	Method  string
	Path    string
	Handler echo.HandlerFunc
	Roles   []umassist.Role
}

// Handlers serve the command centre and the reports.
type Handlers struct {
	Pool *pgxpool.Pool
	// Actor returns the signed-in user (server.UserFrom(c).Actor()).
	Actor func(c echo.Context) (umassist.Actor, bool)
	// CSRFToken returns the token forms carry (server.CSRFToken).
	CSRFToken func(c echo.Context) string
	// Jobs retries drafting jobs (the River client); nil hides Retry.
	Jobs JobRetrier
	// RiverUIPath is where River UI is mounted (default /riverui).
	RiverUIPath string
	Refresh     time.Duration // page refresh; default 15 s
	Window      time.Duration // rates look-back; default 24 h
	NowFunc     func() time.Time
	Logger      *slog.Logger
}

func (h *Handlers) now() time.Time {
	if h.NowFunc != nil {
		return h.NowFunc()
	}
	return time.Now()
}

// Routes lists every route, each for operators and admins.
func (h *Handlers) Routes() []Route {
	return []Route{
		{http.MethodGet, "/ops", h.Dashboard, Operators},
		{http.MethodGet, "/ops/ops.css", h.css, Operators},
		{http.MethodGet, "/ops/ops.js", h.js, Operators},
		{http.MethodPost, "/ops/cases/:id/assign", h.AssignForm, Operators},
		{http.MethodPost, "/ops/cases/:id/retry", h.RetryForm, Operators},
		{http.MethodGet, "/ops/gaps", h.GapsPage, Operators},
		{http.MethodGet, "/api/v1/ops/stats", h.StatsJSON, Operators},
		{http.MethodGet, "/api/v1/ops/gaps", h.GapsJSON, Operators},
		{http.MethodGet, "/api/v1/ops/prior-auth", h.KPIsJSON, Operators},
		{http.MethodPut, "/api/v1/cases/:id/assignment", h.AssignJSON, Operators},
		{http.MethodGet, "/api/v1/reports/cms-0057f", h.CMS0057F, Operators},
	}
}

// Register adds the routes to an echo group or instance directly, for
// callers without the server's access rules (tests, a bare operator
// console); wrap must enforce the roles.
func (h *Handlers) Register(e interface {
	Add(method, path string, handler echo.HandlerFunc, m ...echo.MiddlewareFunc) *echo.Route
}, wrap func(roles []umassist.Role) echo.MiddlewareFunc) {
	for _, r := range h.Routes() {
		var mw []echo.MiddlewareFunc
		if wrap != nil {
			mw = append(mw, wrap(r.Roles))
		}
		e.Add(r.Method, r.Path, r.Handler, mw...)
	}
}

type reviewerOption struct{ ID, Label string }

// Dashboard renders the command centre.
func (h *Handlers) Dashboard(c echo.Context) error {
	ctx := c.Request().Context()
	s, err := Snapshot(ctx, h.Pool, h.now(), SnapshotOptions{Window: h.Window})
	if err != nil {
		return err
	}
	reviewers, err := h.reviewers(ctx)
	if err != nil {
		return err
	}
	refresh := h.Refresh
	if refresh <= 0 {
		refresh = 15 * time.Second
	}
	riverPath := h.RiverUIPath
	if riverPath == "" {
		riverPath = "/riverui"
	}
	var status, payers, jobs []Bar
	for _, b := range s.ByStatus {
		status = append(status, Bar{Label: strings.ReplaceAll(b.State, "_", " "), Value: b.N, Class: b.State})
	}
	for _, u := range s.OpenBy {
		cls := ""
		if u.Urgency == string(umassist.UrgencyExpedited) {
			cls = "at_risk"
		}
		payers = append(payers, Bar{Label: u.Payer + " · " + u.Urgency, Value: u.N, Class: cls})
	}
	for _, j := range s.Jobs {
		jobs = append(jobs, Bar{Label: j.State, Value: j.N, Class: j.State})
	}
	hourly := make([]int, len(s.Hourly))
	for i, x := range s.Hourly {
		hourly[i] = x.N
	}
	csrf := ""
	if h.CSRFToken != nil {
		csrf = h.CSRFToken(c)
	}
	names := map[string]string{}
	for _, r := range reviewers {
		names[r.ID] = r.Label
	}
	data := map[string]any{
		"S": s, "RefreshSeconds": int(refresh / time.Second), "RiverUIPath": riverPath, "CSRF": csrf, "Names": names,
		"Reviewers": reviewers, "Flash": c.QueryParam("flash"), "CanRetry": h.Jobs != nil,
		"StatusChart": BarChart("Cases by status", status, 420),
		"PayerChart":  BarChart("Open cases by urgency and payer", payers, 420),
		"JobChart":    BarChart("Drafting jobs by state", jobs, 420),
		"Spark":       Sparkline("Drafts per hour", hourly, 420, 90),
	}
	var buf bytes.Buffer
	if err := dashboardTmpl.Execute(&buf, data); err != nil {
		return fmt.Errorf("ops: render dashboard: %w", err)
	}
	return c.HTMLBlob(http.StatusOK, buf.Bytes())
}

// reviewers are the reviewers one may assign cases to: those who work for
// a client the reader works for.
func (h *Handlers) reviewers(ctx context.Context) ([]reviewerOption, error) {
	rows, err := h.Pool.Query(ctx, `SELECT id, coalesce(nullif(display_name, ''), name), role FROM users u
		WHERE role IN ('nurse', 'physician') AND NOT disabled
		  AND EXISTS (SELECT 1 FROM clients cl WHERE umassist_sees_client(cl.id) AND umassist_works_for(u.id, cl.id))
		ORDER BY role, name`)
	if err != nil {
		return nil, fmt.Errorf("ops: reviewers: %w", err)
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (reviewerOption, error) {
		var o reviewerOption
		var name, role string
		err := r.Scan(&o.ID, &name, &role)
		o.Label = name + " (" + role + ")"
		return o, err
	})
}

func (h *Handlers) js(c echo.Context) error {
	b, err := templateFS.ReadFile("templates/ops.js")
	if err != nil {
		return err
	}
	return c.Blob(http.StatusOK, "text/javascript; charset=utf-8", b)
}

func (h *Handlers) css(c echo.Context) error {
	b, err := templateFS.ReadFile("templates/ops.css")
	if err != nil {
		return err
	}
	return c.Blob(http.StatusOK, "text/css; charset=utf-8", b)
}

// StatsJSON serves the snapshot as JSON.
func (h *Handlers) StatsJSON(c echo.Context) error {
	s, err := Snapshot(c.Request().Context(), h.Pool, h.now(), SnapshotOptions{Window: h.Window})
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, s)
}

func (h *Handlers) actor(c echo.Context) (umassist.Actor, error) {
	if h.Actor == nil {
		return umassist.Actor{}, umassist.Errorf(umassist.EUNAUTHORIZED, "sign in first")
	}
	a, ok := h.Actor(c)
	if !ok {
		return umassist.Actor{}, umassist.Errorf(umassist.EUNAUTHORIZED, "sign in first")
	}
	return a, nil
}

// AssignForm handles the dashboard's assign / reprioritise form.
func (h *Handlers) AssignForm(c echo.Context) error {
	a, err := h.actor(c)
	if err != nil {
		return err
	}
	prio, err := strconv.Atoi(strings.TrimSpace(c.FormValue("priority")))
	if err != nil {
		return umassist.Errorf(umassist.EINVALID, "ops: priority must be a whole number")
	}
	id := c.Param("id")
	if _, err := Assign(c.Request().Context(), h.Pool, id, c.FormValue("assignee"), prio, a, h.now()); err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/ops?flash="+url.QueryEscape("Saved "+id))
}

// RetryForm sends a failed case back to the drafting queue.
func (h *Handlers) RetryForm(c echo.Context) error {
	a, err := h.actor(c)
	if err != nil {
		return err
	}
	if h.Jobs == nil {
		return umassist.Errorf(umassist.ENOTIMPLEMENTED, "ops: job retries are not configured")
	}
	id := c.Param("id")
	if err := RetryCase(c.Request().Context(), h.Pool, h.Jobs, id, a, h.now()); err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/ops?flash="+url.QueryEscape("Queued "+id+" for drafting again"))
}

// AssignRequest is the body of PUT /api/v1/cases/:id/assignment.
type AssignRequest struct {
	Assignee string `json:"assignee"`
	Priority int    `json:"priority"`
}

// AssignJSON sets a case's assignee and priority.
func (h *Handlers) AssignJSON(c echo.Context) error {
	a, err := h.actor(c)
	if err != nil {
		return err
	}
	var req AssignRequest
	if err := c.Bind(&req); err != nil {
		return umassist.Errorf(umassist.EINVALID, "ops: assignment body: %v", err)
	}
	out, err := Assign(c.Request().Context(), h.Pool, c.Param("id"), req.Assignee, req.Priority, a, h.now())
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, out)
}

// CMS0057F serves the year's CMS-0057-F figures as JSON, or CSV with
// format=csv (or Accept: text/csv).
func (h *Handlers) CMS0057F(c echo.Context) error {
	year := h.now().Year()
	if y := c.QueryParam("year"); y != "" {
		n, err := strconv.Atoi(y)
		if err != nil {
			return umassist.Errorf(umassist.EINVALID, "report: year must be YYYY, not %q", y)
		}
		year = n
	}
	r, err := CMS0057FReport(c.Request().Context(), h.Pool, year, clientParam(c), h.now())
	if err != nil {
		return err
	}
	format := c.QueryParam("format")
	if format == "" && strings.Contains(c.Request().Header.Get("Accept"), "text/csv") {
		format = "csv"
	}
	switch format {
	case "", "json":
		return c.JSON(http.StatusOK, r)
	case "csv":
		var buf bytes.Buffer
		if err := r.WriteCSV(&buf); err != nil {
			return err
		}
		c.Response().Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="cms-0057f-%d.csv"`, year))
		return c.Blob(http.StatusOK, "text/csv; charset=utf-8", buf.Bytes())
	}
	return umassist.Errorf(umassist.EINVALID, "report: format must be json or csv, not %q", format)
}
