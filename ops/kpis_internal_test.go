package ops

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestKPIReportArithmetic(t *testing.T) {
	t.Parallel()
	t0 := time.Date(2026, 12, 1, 8, 0, 0, 0, time.UTC)
	at := func(h float64) *time.Time { x := t0.Add(time.Duration(h * float64(time.Hour))); return &x }
	subs := []submissionRow{
		{client: "hs-north", payer: "medicare", service: "33249", ordered: at(-24), submitted: at(0), final: at(4), action: "A1"},
		{client: "hs-north", payer: "medicare", service: "33249", ordered: at(-48), submitted: at(0), final: at(8), action: "A3"},
		{client: "hs-north", payer: "medicare", service: "E0601", ordered: at(0), submitted: at(1), final: at(3), action: "A1"},
		{client: "hs-south", payer: "aetna", service: "E0601", ordered: at(0), submitted: at(2), action: "A4"},
	}
	qs := []queryRow{
		{clinician: "PractitionerRole/okafor", practice: "Harbor Cardiology", client: "hs-north", asked: t0, answered: at(2)},
		{clinician: "PractitionerRole/okafor", practice: "Harbor Cardiology", client: "hs-north", asked: t0, answered: at(6)},
		{clinician: "PractitionerRole/ruiz", practice: "Harbor Cardiology", client: "hs-north", asked: t0, answered: at(1)},
		{clinician: "PractitionerRole/lee", client: "hs-south", asked: t0},
	}
	rep := kpiReport(subs, qs, t0.Add(-720*time.Hour), t0.Add(10*time.Hour))
	require.Equal(t, []Outcomes{
		{Key: "medicare", Submitted: 3, Decided: 3, Certified: 2, Denied: 1, FirstPassRate: 2.0 / 3, DenialRate: 1.0 / 3,
			MedianHoursToAuth: 4, MedianDaysOrderToDecision: 28.0 / 24},
		{Key: "aetna", Submitted: 1, Pending: 1},
	}, rep.ByPayer)
	require.Equal(t, "hs-north", rep.ByClient[0].Key)
	require.Equal(t, 3, rep.ByClient[0].Submitted)
	require.Equal(t, []QueryResponse{
		{Clinician: "PractitionerRole/okafor", Practice: "Harbor Cardiology", Client: "hs-north", Asked: 2, Answered: 2, MedianHours: 4},
		{Clinician: "PractitionerRole/lee", Practice: "—", Client: "hs-south", Asked: 1, OpenOldestHours: 10},
		{Clinician: "PractitionerRole/ruiz", Practice: "Harbor Cardiology", Client: "hs-north", Asked: 1, Answered: 1, MedianHours: 1},
	}, rep.Queries)
	require.Equal(t, []QueryResponse{
		{Practice: "Harbor Cardiology", Client: "hs-north", Asked: 3, Answered: 3, MedianHours: 2},
		{Practice: "—", Client: "hs-south", Asked: 1, OpenOldestHours: 10},
	}, rep.QueriesByPractice)
	require.Zero(t, median(nil))
}
