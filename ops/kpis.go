package ops

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/umassist/umassist/postgres"
)

var (
	qKPISubmissions = query("kpi_submissions")
	qKPIQueries     = query("kpi_queries")
)

// Outcomes are a BPO's prior-authorization results for one client, payer
// or service: what was sent, what the payers' people decided, and how long
// it took.
type Outcomes struct {
	Key       string `json:"key"`
	Submitted int    `json:"submitted"`
	Decided   int    `json:"decided"`
	Certified int    `json:"certified"`
	Denied    int    `json:"denied"`
	Pending   int    `json:"pending"`
	// FirstPassRate is certified of decided: each case is sent once, so a
	// certification is a first-pass approval.
	FirstPassRate float64 `json:"first_pass_approval_rate"`
	DenialRate    float64 `json:"denial_rate"`
	// MedianHoursToAuth is submission to the payer's final answer.
	MedianHoursToAuth float64 `json:"median_hours_to_authorization"`
	// MedianDaysOrderToDecision is the order's signing to the final answer.
	MedianDaysOrderToDecision float64 `json:"median_days_order_to_decision"`
}

// QueryResponse is how fast one ordering clinician, or one practice,
// answers questions.
type QueryResponse struct {
	Clinician       string  `json:"clinician,omitempty"` // empty in a practice's row
	Practice        string  `json:"practice"`
	Client          string  `json:"client"`
	Asked           int     `json:"asked"`
	Answered        int     `json:"answered"`
	MedianHours     float64 `json:"median_hours_to_answer"`
	OpenOldestHours float64 `json:"oldest_open_hours,omitempty"`
}

// KPIReport is the BPO lead's outcomes since Since.
type KPIReport struct {
	Since     time.Time  `json:"since"`
	Client    string     `json:"client,omitempty"` // empty: every client the reader may see
	ByClient  []Outcomes `json:"by_client"`
	ByPayer   []Outcomes `json:"by_payer"`
	ByService []Outcomes `json:"by_service"`
	// Queries are by ordering clinician; QueriesByPractice by the
	// clinician's practice (the organisation of their PractitionerRole).
	Queries           []QueryResponse `json:"query_response"`
	QueriesByPractice []QueryResponse `json:"query_response_by_practice"`
}

type submissionRow struct {
	client, payer, service    string
	submitted, final, ordered *time.Time
	action                    string
}

type queryRow struct {
	clinician, practice, client string
	asked                       time.Time
	answered                    *time.Time
}

// KPIs builds the report over what was sent and asked since since, for
// client ("" for every client q's reader may see).
func KPIs(ctx context.Context, q postgres.Querier, since, now time.Time, client string) (*KPIReport, error) {
	rows, err := q.Query(ctx, qKPISubmissions, since, client)
	if err != nil {
		return nil, fmt.Errorf("ops: kpis: %w", err)
	}
	subs, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (submissionRow, error) {
		var s submissionRow
		return s, r.Scan(&s.client, &s.payer, &s.service, &s.submitted, &s.final, &s.action, &s.ordered)
	})
	if err != nil {
		return nil, fmt.Errorf("ops: kpis: %w", err)
	}
	rows, err = q.Query(ctx, qKPIQueries, since, client)
	if err != nil {
		return nil, fmt.Errorf("ops: kpis: %w", err)
	}
	qs, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (queryRow, error) {
		var x queryRow
		return x, r.Scan(&x.clinician, &x.practice, &x.client, &x.asked, &x.answered)
	})
	if err != nil {
		return nil, fmt.Errorf("ops: kpis: %w", err)
	}
	rep := kpiReport(subs, qs, since, now)
	rep.Client = client
	return rep, nil
}

// kpiReport aggregates; pure, so its arithmetic is tested alone.
func kpiReport(subs []submissionRow, qs []queryRow, since, now time.Time) *KPIReport {
	rep := &KPIReport{Since: since}
	group := func(key func(submissionRow) string) []Outcomes {
		byKey := map[string]*Outcomes{}
		hours := map[string][]float64{}
		days := map[string][]float64{}
		for _, s := range subs {
			k := orDash(key(s))
			o := byKey[k]
			if o == nil {
				o = &Outcomes{Key: k}
				byKey[k] = o
			}
			o.Submitted++
			if s.final == nil {
				o.Pending++
				continue
			}
			o.Decided++
			switch s.action {
			case "A1", "A2", "A6":
				o.Certified++
			case "A3":
				o.Denied++
			}
			if s.submitted != nil {
				hours[k] = append(hours[k], s.final.Sub(*s.submitted).Hours())
			}
			if s.ordered != nil {
				days[k] = append(days[k], s.final.Sub(*s.ordered).Hours()/24)
			}
		}
		out := []Outcomes{}
		for k, o := range byKey {
			if o.Decided > 0 {
				o.FirstPassRate = float64(o.Certified) / float64(o.Decided)
				o.DenialRate = float64(o.Denied) / float64(o.Decided)
			}
			o.MedianHoursToAuth, o.MedianDaysOrderToDecision = median(hours[k]), median(days[k])
			out = append(out, *o)
		}
		slices.SortFunc(out, func(a, b Outcomes) int {
			if a.Submitted != b.Submitted {
				return b.Submitted - a.Submitted
			}
			return strings.Compare(a.Key, b.Key)
		})
		return out
	}
	rep.ByClient = group(func(s submissionRow) string { return s.client })
	rep.ByPayer = group(func(s submissionRow) string { return s.payer })
	rep.ByService = group(func(s submissionRow) string { return s.service })

	rep.Queries = queryResponse(qs, now, true)
	rep.QueriesByPractice = queryResponse(qs, now, false)
	return rep
}

// queryResponse groups the questions by client and clinician (with the
// clinician's practice), or by client and practice alone.
func queryResponse(qs []queryRow, now time.Time, byClinician bool) []QueryResponse {
	type acc struct {
		QueryResponse
		hours []float64
	}
	groups := map[string]*acc{}
	for _, x := range qs {
		k := x.client + "\x00" + x.practice
		r := QueryResponse{Practice: orDash(x.practice), Client: orDash(x.client)}
		if byClinician {
			k += "\x00" + x.clinician
			r.Clinician = orDash(x.clinician)
		}
		a := groups[k]
		if a == nil {
			a = &acc{QueryResponse: r}
			groups[k] = a
		}
		a.Asked++
		if x.answered != nil {
			a.Answered++
			a.hours = append(a.hours, x.answered.Sub(x.asked).Hours())
		} else {
			a.OpenOldestHours = max(a.OpenOldestHours, now.Sub(x.asked).Hours())
		}
	}
	out := []QueryResponse{}
	for _, a := range groups {
		a.MedianHours = median(a.hours)
		out = append(out, a.QueryResponse)
	}
	slices.SortFunc(out, func(a, b QueryResponse) int {
		if a.Asked != b.Asked {
			return b.Asked - a.Asked
		}
		return cmp.Or(strings.Compare(a.Clinician, b.Clinician), strings.Compare(a.Practice, b.Practice), strings.Compare(a.Client, b.Client))
	})
	return out
}

// median of xs, 0 for none.
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
