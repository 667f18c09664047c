package server

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"path"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/labstack/echo/v4"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
)

// pageData is what every page template gets.
type pageData struct {
	Title   string
	User    *postgres.User
	CSRF    string
	Flash   string
	Error   string
	Problem *Problem
	Now     time.Time
	Data    any
}

var funcs = template.FuncMap{
	"countdown": countdown,
	// first is a form field's first value, "" when it was not typed.
	"first": func(v []string) string {
		if len(v) == 0 {
			return ""
		}
		return v[0]
	},
	// preview is the start of a passage, for a checkbox that must say
	// which passage it is.
	"preview": func(s string) string {
		s = strings.Join(strings.Fields(s), " ")
		if r := []rune(s); len(r) > 160 {
			cut := string(r[:160])
			if i := strings.LastIndex(cut, " "); i > 80 {
				cut = cut[:i]
			}
			return cut + " …"
		}
		return s
	},
	"statusLabel": func(s any) string {
		return strings.ReplaceAll(fmt.Sprint(s), "_", " ")
	},
	"pct": func(f *float64) string {
		if f == nil {
			return "—"
		}
		return fmt.Sprintf("%.0f %%", *f*100)
	},
	"pctv": func(f float64) string { return fmt.Sprintf("%.0f %%", f*100) },
	"day": func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.UTC().Format("2 Jan 2006")
	},
	"when": func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.UTC().Format("2 Jan 2006 15:04 UTC")
	},
	"iso":       func(t time.Time) string { return t.UTC().Format(time.RFC3339) },
	"confLabel": func(f float64) string { return fmt.Sprintf("%.0f", f) },
	"intakeLabel": func(s umassist.IntakeStatus) string {
		switch s {
		case umassist.IntakeReceived, umassist.IntakeReading:
			return "reading"
		case umassist.IntakeNeedsReview:
			return "waiting for a nurse"
		case umassist.IntakeConfirmed:
			return "confirmed"
		case umassist.IntakeRejected:
			return "set aside"
		case umassist.IntakeFailed:
			return "could not be read"
		}
		return string(s)
	},
	"join": strings.Join,
	"codings": func(cs []umassist.Coding) string {
		var out []string
		for _, c := range cs {
			out = append(out, c.String())
		}
		return strings.Join(out, "; ")
	},
	"short": shortService,
	"query": url.QueryEscape,
	"isRole": func(u *postgres.User, roles ...string) bool {
		return u != nil && slices.Contains(roles, string(u.Role))
	},
	"overrideLabel": func(code string) string {
		switch code {
		case "information_outside_record":
			return "I have information the chart lacks"
		case "draft_misread_record":
			return "The draft misread the chart"
		case "clinical_judgement":
			return "Clinical judgement the criteria leave open"
		case "policy_exception":
			return "An exception the policy or plan allows"
		}
		return "Other"
	},
}

// shortService names a service in a line a queue row can hold: the code
// and the first clause of its display, at most shortServiceLen bytes
// ("43775 Laparoscopy, surgical, gastric restrictive procedure"); the
// request card keeps the whole display.
func shortService(c umassist.Coding) string {
	d, _, _ := strings.Cut(c.Display, ";")
	d = strings.TrimSpace(d)
	if len(d) > shortServiceLen {
		cut := strings.LastIndex(d[:shortServiceLen], " ")
		if cut < shortServiceLen/2 {
			cut = shortServiceLen
			for cut > 0 && !utf8.RuneStart(d[cut]) {
				cut--
			}
		}
		d = strings.TrimRight(d[:cut], " ,") + "…"
	}
	if d == "" {
		return c.Code
	}
	return c.Code + " " + d
}

const shortServiceLen = 56

// countdown renders the time left on an SLA for people: "2 d 4 h left",
// "3 h 10 m overdue".
func countdown(sla umassist.SLA) string {
	if sla.Closed {
		return "decided: the clock has stopped"
	}
	d := sla.Remaining
	suffix := "left"
	if d < 0 {
		d, suffix = -d, "overdue"
	}
	days := int(d / (24 * time.Hour))
	hours := int(d%(24*time.Hour)) / int(time.Hour)
	mins := int(d%time.Hour) / int(time.Minute)
	switch {
	case days > 0:
		return fmt.Sprintf("%d d %d h %s", days, hours, suffix)
	case hours > 0:
		return fmt.Sprintf("%d h %d m %s", hours, mins, suffix)
	}
	return fmt.Sprintf("%d m %s", mins, suffix)
}

func parseTemplates() (map[string]*template.Template, error) {
	pages, err := fs.Glob(assets, "templates/*.html")
	if err != nil {
		return nil, err
	}
	out := map[string]*template.Template{}
	for _, p := range pages {
		name := strings.TrimSuffix(path.Base(p), ".html")
		if name == "layout" {
			continue
		}
		t, err := template.New(name).Funcs(funcs).ParseFS(assets, "templates/layout.html", p)
		if err != nil {
			return nil, fmt.Errorf("server: template %s: %w", name, err)
		}
		out[name] = t
	}
	return out, nil
}

// flashes are the banners a redirect may ask for, by key: the query string
// never puts its own words on the page.
var flashes = map[string]string{
	string(umassist.OutcomeApproved):      "Recorded: approved",
	string(umassist.OutcomeDenied):        "Recorded: denied",
	string(umassist.OutcomeEscalated):     "Recorded: escalated",
	string(umassist.OutcomeInfoRequested): "Recorded: info requested",
	"info_added":                          "Information added: the case is being re-drafted",
	"queue_empty":                         "No case is waiting for you: the queue is clear",
	"intake":                              "Packet confirmed: the case is opened and being drafted",
	"pack_saved":                          "Saved as a draft revision",
	"pack_in_review":                      "Submitted for review",
	"pack_draft":                          "Returned to the author",
	"pack_published":                      "Published: drafts use this revision from now on",
	"pack_retired":                        "Retired",
}

func (s *Server) render(c echo.Context, status int, name string, d pageData) error {
	t, ok := s.tmpl[name]
	if !ok {
		return fmt.Errorf("server: no template %s", name)
	}
	d.User = UserFrom(c)
	d.CSRF = CSRFToken(c)
	d.Now = s.now()
	if d.Flash == "" {
		d.Flash = flashes[c.QueryParam("done")]
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout", d); err != nil {
		return fmt.Errorf("server: render %s: %w", name, err)
	}
	return c.HTMLBlob(status, buf.Bytes())
}

// Render lets mounted capabilities show a page in umassist's layout.
func (s *Server) Render(c echo.Context, status int, title string, body template.HTML) error {
	return s.render(c, status, "raw", pageData{Title: title, Data: body})
}

func (s *Server) home(c echo.Context) error {
	switch UserFrom(c).Role {
	case umassist.RoleMLEngineer:
		return c.Redirect(http.StatusSeeOther, "/traces")
	case umassist.RoleClinicalEditor:
		return c.Redirect(http.StatusSeeOther, "/packs")
	}
	return c.Redirect(http.StatusSeeOther, "/queue")
}
