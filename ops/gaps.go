package ops

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/labstack/echo/v4"

	"github.com/umassist/umassist/postgres"
)

var qOrderGaps = query("order_gaps")

// GapReport is the pre-submission audit's documentation gaps: which
// criteria the ordering clinicians' charts most often left undocumented,
// and by whom, for which service and payer. A BPO lead reads it to decide
// what the audit should prompt for before orders are signed.
type GapReport struct {
	Since time.Time `json:"since"`
	Days  int       `json:"days"`
	// Client is the client reported on; empty: every client the reader
	// may see.
	Client   string `json:"client,omitempty"`
	Orders   int    `json:"orders"`    // orders audited
	WithGaps int    `json:"with_gaps"` // orders with at least one undocumented criterion
	// Criteria are the undocumented criteria, most frequent first.
	Criteria    []GapCriterion `json:"criteria"`
	ByClinician []GapGroup     `json:"by_clinician"`
	ByPractice  []GapGroup     `json:"by_practice"`
	ByService   []GapGroup     `json:"by_service"`
	ByPayer     []GapGroup     `json:"by_payer"`
	ByClient    []GapGroup     `json:"by_client"`
}

// GapCriterion is one criterion and how often it was missing.
type GapCriterion struct {
	Policy     string `json:"policy"`
	ID         string `json:"id"`
	Text       string `json:"text"`
	Orders     int    `json:"orders"`     // orders missing it
	Clinicians int    `json:"clinicians"` // distinct ordering clinicians
}

// GapGroup is one clinician, practice, service, payer or client: how many
// of its orders had a gap, and the criterion most often missing.
type GapGroup struct {
	Key      string  `json:"key"`
	Orders   int     `json:"orders"`
	WithGaps int     `json:"with_gaps"`
	Rate     float64 `json:"gap_rate"`
	Top      string  `json:"top_missing,omitempty"`
	TopN     int     `json:"top_missing_orders,omitempty"`
}

type gapRow struct {
	client, clinician, practice, service, payer, policy, recommendation string
	missing, missingText                                                []string
}

// Gaps builds the report over the orders audited since since for client
// ("" for every client q's reader may see).
func Gaps(ctx context.Context, q postgres.Querier, since time.Time, client string) (*GapReport, error) {
	rows, err := q.Query(ctx, qOrderGaps, since, client)
	if err != nil {
		return nil, fmt.Errorf("ops: gaps: %w", err)
	}
	rs, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (gapRow, error) {
		var g gapRow
		err := r.Scan(&g.client, &g.clinician, &g.practice, &g.service, &g.payer, &g.policy, &g.recommendation, &g.missing, &g.missingText)
		return g, err
	})
	if err != nil {
		return nil, fmt.Errorf("ops: gaps: %w", err)
	}
	rep := gapReport(rs, since)
	rep.Client = client
	return rep, nil
}

// gapReport aggregates the rows; pure, so its counting is tested alone.
func gapReport(rs []gapRow, since time.Time) *GapReport {
	rep := &GapReport{Since: since, Orders: len(rs), Criteria: []GapCriterion{}}
	type crit struct {
		GapCriterion
		clinicians map[string]bool
	}
	crits := map[string]*crit{}
	const dims = 5 // clinician, practice, service, payer, client
	var groups [dims]map[string]*GapGroup
	var tops [dims]map[string]map[string]int
	for d := range dims {
		groups[d], tops[d] = map[string]*GapGroup{}, map[string]map[string]int{}
	}
	for _, r := range rs {
		gap := len(r.missing) > 0
		if gap {
			rep.WithGaps++
		}
		for dim, key := range [dims]string{orDash(r.clinician), orDash(r.practice), r.service, r.payer, r.client} {
			g := groups[dim][key]
			if g == nil {
				g = &GapGroup{Key: key}
				groups[dim][key] = g
				tops[dim][key] = map[string]int{}
			}
			g.Orders++
			if gap {
				g.WithGaps++
			}
			for _, t := range r.missingText {
				tops[dim][key][t]++
			}
		}
		for i, id := range r.missing {
			k := r.policy + "\x00" + id
			c := crits[k]
			if c == nil {
				c = &crit{GapCriterion: GapCriterion{Policy: r.policy, ID: id, Text: r.missingText[i]}, clinicians: map[string]bool{}}
				crits[k] = c
			}
			c.Orders++
			c.clinicians[r.clinician] = true
		}
	}
	for _, c := range crits {
		c.Clinicians = len(c.clinicians)
		rep.Criteria = append(rep.Criteria, c.GapCriterion)
	}
	slices.SortFunc(rep.Criteria, func(a, b GapCriterion) int {
		if a.Orders != b.Orders {
			return b.Orders - a.Orders
		}
		if a.Policy != b.Policy {
			return strings.Compare(a.Policy, b.Policy)
		}
		return strings.Compare(a.ID, b.ID)
	})
	var out [dims][]GapGroup
	for dim := range groups {
		out[dim] = []GapGroup{}
		for key, g := range groups[dim] {
			g.Rate = float64(g.WithGaps) / float64(g.Orders)
			for t, n := range tops[dim][key] {
				if n > g.TopN || n == g.TopN && t < g.Top {
					g.Top, g.TopN = t, n
				}
			}
			out[dim] = append(out[dim], *g)
		}
		slices.SortFunc(out[dim], func(a, b GapGroup) int {
			if a.WithGaps != b.WithGaps {
				return b.WithGaps - a.WithGaps
			}
			return strings.Compare(a.Key, b.Key)
		})
	}
	rep.ByClinician, rep.ByPractice, rep.ByService, rep.ByPayer, rep.ByClient = out[0], out[1], out[2], out[3], out[4]
	return rep
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// gapDays reads ?days= (default 30, 1 to 366).
func gapDays(c echo.Context) int {
	d, err := strconv.Atoi(c.QueryParam("days"))
	if err != nil || d < 1 || d > 366 {
		return 30
	}
	return d
}

// clientParam reads ?client=: one client, or "" for every client the
// reader may see (row-level security decides which those are).
func clientParam(c echo.Context) string { return strings.TrimSpace(c.QueryParam("client")) }

func (h *Handlers) gapReport(c echo.Context) (*GapReport, error) {
	days := gapDays(c)
	rep, err := Gaps(c.Request().Context(), h.Pool, h.now().Add(-time.Duration(days)*24*time.Hour), clientParam(c))
	if err != nil {
		return nil, err
	}
	rep.Days = days
	return rep, nil
}

// GapsJSON serves the documentation-gap report as JSON.
func (h *Handlers) GapsJSON(c echo.Context) error {
	rep, err := h.gapReport(c)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, rep)
}

// KPIsJSON serves the prior-authorization outcomes (?days=, default 30).
func (h *Handlers) KPIsJSON(c echo.Context) error {
	days := gapDays(c)
	rep, err := KPIs(c.Request().Context(), h.Pool, h.now().Add(-time.Duration(days)*24*time.Hour), h.now(), clientParam(c))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, rep)
}

// GapsPage renders the documentation-gap report for the BPO lead.
func (h *Handlers) GapsPage(c echo.Context) error {
	rep, err := h.gapReport(c)
	if err != nil {
		return err
	}
	var bars []Bar
	for i, g := range rep.Criteria {
		if i == 10 {
			break
		}
		label := g.Policy + ": " + truncate(g.Text, 60)
		bars = append(bars, Bar{Label: label, Value: g.Orders, Class: "at_risk"})
	}
	kpis, err := KPIs(c.Request().Context(), h.Pool, rep.Since, h.now(), rep.Client)
	if err != nil {
		return err
	}
	data := map[string]any{"R": rep, "K": kpis, "Chart": BarChart("Criteria most often undocumented at the order", bars, 760)}
	var buf bytes.Buffer
	if err := gapsTmpl.Execute(&buf, data); err != nil {
		return fmt.Errorf("ops: render gaps: %w", err)
	}
	return c.HTMLBlob(http.StatusOK, buf.Bytes())
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
