package ops

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
)

// CMS0057F is the prior-authorization metrics a payer publishes each year
// under CMS-0057-F (45 CFR 156.223, 42 CFR 422.122 and siblings).
//
// Definitions (stated in the report so a reader need not guess):
//   - Population: production requests (namespace "") received in the
//     calendar year, UTC.
//   - Determination: a request's FIRST final human decision, approved or
//     denied (review_actions). Escalations and requests for information are
//     not determinations; the clock keeps running through them.
//   - Percent approved / denied: determinations of that kind ÷ requests with
//     a determination, × 100.
//   - Percent approved after appeal: requests first denied whose appeal was
//     decided "approved" ÷ requests with a determination, × 100.
//   - Percent with an extended timeframe (and approved): requests with a
//     recorded timeframe extension whose determination was approved ÷
//     requests with a determination, × 100. The raw count of extended
//     requests is reported too.
//   - Decision time: first determination − received_at, in hours; average
//     and median (the mean of the two middle values when even), separately
//     for standard and expedited requests. Requests still pending are not
//     in the time figures; they are counted as Pending.
type CMS0057F struct {
	Year int `json:"year"`
	// Client is the health system or plan reported on; empty: every
	// client the reader may see.
	Client      string    `json:"client,omitempty"`
	GeneratedAt time.Time `json:"generated_at"`
	Requests    int       `json:"requests"`
	Determined  int       `json:"determined"`
	Pending     int       `json:"pending"`

	Approved            int `json:"approved"`
	Denied              int `json:"denied"`
	ApprovedAfterAppeal int `json:"approved_after_appeal"`
	Extended            int `json:"extended"`
	ExtendedApproved    int `json:"extended_approved"`

	PercentApproved            float64 `json:"percent_approved"`
	PercentDenied              float64 `json:"percent_denied"`
	PercentApprovedAfterAppeal float64 `json:"percent_approved_after_appeal"`
	PercentExtendedApproved    float64 `json:"percent_extended_approved"`

	Standard  DecisionTimes `json:"standard"`
	Expedited DecisionTimes `json:"expedited"`

	Definitions map[string]string `json:"definitions"`
}

// DecisionTimes summarises decision times for one urgency.
type DecisionTimes struct {
	Requests     int     `json:"requests"`
	Determined   int     `json:"determined"`
	AverageHours float64 `json:"average_hours"`
	MedianHours  float64 `json:"median_hours"`
	// WithinWindow counts determinations inside the 72 h / 7 day clock.
	WithinWindow int `json:"within_window"`
}

// Definitions is the text the report carries about how each figure is
// computed.
var Definitions = map[string]string{
	"population":                    "production requests received in the calendar year (UTC)",
	"determination":                 "a request's first final human decision: approved or denied",
	"percent_approved":              "approved determinations / requests with a determination x 100",
	"percent_denied":                "denied determinations / requests with a determination x 100",
	"percent_approved_after_appeal": "requests first denied and approved on appeal / requests with a determination x 100",
	"percent_extended_approved":     "requests with an extended review timeframe and approved / requests with a determination x 100",
	"decision_time":                 "first determination - received_at, in hours; average and median per urgency; pending requests excluded",
}

// CMS0057FReport computes the year's figures for one client ("" for every
// client the caller may see: on the app's role, a signed-in person's own).
func CMS0057FReport(ctx context.Context, q postgres.Querier, year int, client string, now time.Time) (*CMS0057F, error) {
	if year < 2000 || year > 9999 {
		return nil, umassist.Errorf(umassist.EINVALID, "report: year %d is out of range", year)
	}
	from := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)
	to := from.AddDate(1, 0, 0)
	rows, err := q.Query(ctx, qCMS0057FCases, "", from, to, client)
	if err != nil {
		return nil, fmt.Errorf("report: cms-0057f: %w", err)
	}
	type req struct {
		urgency, outcome   string
		received           time.Time
		decided            *time.Time
		appealOK, extended bool
	}
	list, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (req, error) {
		var x req
		var id, status string
		err := r.Scan(&id, &x.urgency, &x.received, &status, &x.outcome, &x.decided, &x.appealOK, &x.extended)
		return x, err
	})
	if err != nil {
		return nil, fmt.Errorf("report: cms-0057f: %w", err)
	}
	rep := &CMS0057F{Year: year, Client: client, GeneratedAt: now.UTC(), Definitions: Definitions}
	hours := map[string][]float64{}
	for _, x := range list {
		rep.Requests++
		dt := &rep.Standard
		window := umassist.StandardWindow
		if x.urgency == string(umassist.UrgencyExpedited) {
			dt, window = &rep.Expedited, umassist.ExpeditedWindow
		}
		dt.Requests++
		if x.extended {
			rep.Extended++
		}
		if x.decided == nil {
			rep.Pending++
			continue
		}
		rep.Determined++
		dt.Determined++
		d := x.decided.Sub(x.received)
		hours[x.urgency] = append(hours[x.urgency], d.Hours())
		if d <= window {
			dt.WithinWindow++
		}
		switch x.outcome {
		case string(umassist.OutcomeApproved):
			rep.Approved++
			if x.extended {
				rep.ExtendedApproved++
			}
		case string(umassist.OutcomeDenied):
			rep.Denied++
			if x.appealOK {
				rep.ApprovedAfterAppeal++
			}
		}
	}
	pct := func(n int) float64 { return round2(100 * ratio(n, rep.Determined)) }
	rep.PercentApproved = pct(rep.Approved)
	rep.PercentDenied = pct(rep.Denied)
	rep.PercentApprovedAfterAppeal = pct(rep.ApprovedAfterAppeal)
	rep.PercentExtendedApproved = pct(rep.ExtendedApproved)
	rep.Standard.AverageHours, rep.Standard.MedianHours = meanMedian(hours[string(umassist.UrgencyStandard)])
	rep.Expedited.AverageHours, rep.Expedited.MedianHours = meanMedian(hours[string(umassist.UrgencyExpedited)])
	return rep, nil
}

func meanMedian(xs []float64) (float64, float64) {
	if len(xs) == 0 {
		return 0, 0
	}
	slices.Sort(xs)
	var sum float64
	for _, x := range xs {
		sum += x
	}
	n := len(xs)
	med := xs[n/2]
	if n%2 == 0 {
		med = (xs[n/2-1] + xs[n/2]) / 2
	}
	return round2(sum / float64(n)), round2(med)
}

func round2(x float64) float64 { return math.Round(x*100) / 100 }

// WriteCSV writes the report as metric,urgency,value rows, the shape a
// publication spreadsheet takes.
func (r *CMS0057F) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	f := func(x float64) string { return strconv.FormatFloat(x, 'f', 2, 64) }
	i := strconv.Itoa
	rows := [][]string{
		{"metric", "urgency", "value"},
		{"year", "all", i(r.Year)},
	}
	if r.Client != "" {
		rows = append(rows, []string{"client", "all", r.Client})
	}
	rows = append(rows, [][]string{
		{"requests", "all", i(r.Requests)},
		{"determined", "all", i(r.Determined)},
		{"pending", "all", i(r.Pending)},
		{"percent_approved", "all", f(r.PercentApproved)},
		{"percent_denied", "all", f(r.PercentDenied)},
		{"percent_approved_after_appeal", "all", f(r.PercentApprovedAfterAppeal)},
		{"percent_extended_approved", "all", f(r.PercentExtendedApproved)},
		{"extended", "all", i(r.Extended)},
	}...)
	for _, u := range []struct {
		name string
		d    DecisionTimes
	}{{"standard", r.Standard}, {"expedited", r.Expedited}} {
		rows = append(rows,
			[]string{"requests", u.name, i(u.d.Requests)},
			[]string{"determined", u.name, i(u.d.Determined)},
			[]string{"average_decision_hours", u.name, f(u.d.AverageHours)},
			[]string{"median_decision_hours", u.name, f(u.d.MedianHours)},
			[]string{"within_window", u.name, i(u.d.WithinWindow)},
		)
	}
	if err := cw.WriteAll(rows); err != nil {
		return fmt.Errorf("report: csv: %w", err)
	}
	return nil
}
