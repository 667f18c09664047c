package ops

import (
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

// QueryResponse is how fast one ordering clinician answers questions.
type QueryResponse struct {
	Clinician       string  `json:"clinician"`
	Client          string  `json:"client"`
	Asked           int     `json:"asked"`
	Answered        int     `json:"answered"`
	MedianHours     float64 `json:"median_hours_to_answer"`
	OpenOldestHours float64 `json:"oldest_open_hours,omitempty"`
}

// KPIReport is the BPO lead's outcomes since Since.
type KPIReport struct {
	Since     time.Time       `json:"since"`
	ByClient  []Outcomes      `json:"by_client"`
	ByPayer   []Outcomes      `json:"by_payer"`
	ByService []Outcomes      `json:"by_service"`
	Queries   []QueryResponse `json:"query_response"`
}

type submissionRow struct {
	client, payer, service    string
	submitted, final, ordered *time.Time
	action                    string
}

type queryRow struct {
	clinician, client string
	asked             time.Time
	answered          *time.Time
}

// KPIs builds the report over what was sent and asked since since.
func KPIs(ctx context.Context, q postgres.Querier, since, now time.Time) (*KPIReport, error) {
	rows, err := q.Query(ctx, qKPISubmissions, since)
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
	rows, err = q.Query(ctx, qKPIQueries, since)
	if err != nil {
		return nil, fmt.Errorf("ops: kpis: %w", err)
	}
	qs, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (queryRow, error) {
		var x queryRow
		return x, r.Scan(&x.clinician, &x.client, &x.asked, &x.answered)
	})
	if err != nil {
		return nil, fmt.Errorf("ops: kpis: %w", err)
	}
	return kpiReport(subs, qs, since, now), nil
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

	type acc struct {
		QueryResponse
		hours []float64
	}
	byClin := map[string]*acc{}
	for _, x := range qs {
		k := x.client + "\x00" + x.clinician
		a := byClin[k]
		if a == nil {
			a = &acc{QueryResponse: QueryResponse{Clinician: orDash(x.clinician), Client: orDash(x.client)}}
			byClin[k] = a
		}
		a.Asked++
		if x.answered != nil {
			a.Answered++
			a.hours = append(a.hours, x.answered.Sub(x.asked).Hours())
		} else {
			a.OpenOldestHours = max(a.OpenOldestHours, now.Sub(x.asked).Hours())
		}
	}
	rep.Queries = []QueryResponse{}
	for _, a := range byClin {
		a.MedianHours = median(a.hours)
		rep.Queries = append(rep.Queries, a.QueryResponse)
	}
	slices.SortFunc(rep.Queries, func(a, b QueryResponse) int {
		if a.Asked != b.Asked {
			return b.Asked - a.Asked
		}
		return strings.Compare(a.Clinician, b.Clinician)
	})
	return rep
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
