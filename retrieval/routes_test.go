package retrieval_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/retrieval"
)

// list is a reference list in the shape of NCD 280.1's table, in our own
// words, split over two overlapping passages as the importer splits it.
var list = []retrieval.Hit{
	{PassageID: "NCD 280.1#B~2", PolicyID: "NCD 280.1", Text: "Item | Coverage\n" +
		"Canes | Covered when the mobility criteria are met (see §280.3 of this manual).\n" +
		"White Canes | Deny - (See §280.2 of this manual.)\n" +
		"Iron Lungs | (See Ventilators.)\n" +
		"Bath Seats | Deny - comfort item (§1861(n) of the Act).\n"},
	{PassageID: "NCD 280.1#B~3", PolicyID: "NCD 280.1", Text: "Bath Seats | Deny - comfort item (§1861(n) of the Act).\n" +
		"Pacemaker Monitors | Covered with a pacemaker. (See §§20.8.1 and 280.2 of this manual.)\n" +
		"Ventilators | Covered for chronic respiratory failure.\n" +
		"Wheelchairs (manual) | Covered when the mobility criteria are met (see §280.3 of this manual).\n" +
		"Wheelchairs (power operated) | Covered when the mobility criteria are met (see section 280.3 of this manual).\n" +
		"Seat Elevation Equipment (power-operated) on Covered Power Wheelchairs | Covered as §280.16 says.\n" +
		"a line that is not a row\n"},
}

func TestReferenceRoutes(t *testing.T) {
	t.Parallel()
	got := map[string]string{}
	for _, r := range retrieval.ReferenceRoutes(list) {
		_, dup := got[r.Item]
		require.False(t, dup, "a row repeated across passages is read once: %s", r.Item)
		got[r.Item] = r.PolicyID
		require.Equal(t, "NCD 280.1", r.ListID)
		require.NotEmpty(t, r.Passage)
	}
	for item, want := range map[string]string{
		"Canes":                        "NCD 280.3",  // the section the row cites
		"White Canes":                  "NCD 280.2",  // "(See §…)"
		"Iron Lungs":                   "NCD 280.1",  // refers to a row that states the coverage itself
		"Bath Seats":                   "NCD 280.1",  // a statute section is no policy
		"Pacemaker Monitors":           "NCD 20.8.1", // the first of two sections
		"Ventilators":                  "NCD 280.1",
		"Wheelchairs (power operated)": "NCD 280.3", // "section 280.3"
		"Seat Elevation Equipment (power-operated) on Covered Power Wheelchairs": "NCD 280.16",
	} {
		require.Equal(t, want, got[item], item)
	}
	require.Len(t, got, 9, "the header and lines without a column are no rows")
}

func TestChoosePolicyByReferenceList(t *testing.T) {
	t.Parallel()
	pols := []retrieval.PolicyInfo{
		{ID: "NCD 280.1", Title: "Durable Medical Equipment Reference List", BenefitCategories: []string{"Durable Medical Equipment"}},
		{ID: "NCD 280.3", Title: "Mobility Assistive Equipment (MAE)", BenefitCategories: []string{"Durable Medical Equipment"}},
		{ID: "NCD 280.16", Title: "Seat Elevation Equipment (Power Operated) on Power Wheelchairs", BenefitCategories: []string{"Durable Medical Equipment"}},
	}
	require.True(t, retrieval.IsReferenceList(pols[0].Title))
	require.False(t, retrieval.IsReferenceList(pols[1].Title))
	routes := retrieval.ReferenceRoutes(list)
	tests := []struct {
		name, code, display, governing, reason string
	}{
		// Of two rows that name the item, the one naming more of it.
		{"the row naming most of the item", "E2300", "Wheelchair accessory, power seat elevation system",
			"NCD 280.16", "“Seat Elevation Equipment (power-operated) on Covered Power Wheelchairs”"},
		{"a row stating the coverage routes to the list", "E0465", "Home ventilator, invasive interface",
			"NCD 280.1", "its row “Ventilators” states the coverage of the item"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := retrieval.PolicyRequest{Service: umassist.Coding{Code: tt.code, Display: tt.display}}
			ch := retrieval.ChoosePolicy(req, pols, retrieval.PolicyEvidence{Routes: routes})
			require.Equal(t, tt.governing, ch.Governing, "%+v", ch)
			require.Contains(t, ch.Why, tt.reason)
		})
	}
	t.Run("the list weighs against a title that names the item in passing", func(t *testing.T) {
		// The title names the power wheelchair only as where the seat
		// elevation goes: alone, it governs; with the list's row for power
		// wheelchairs, the two are listed and a physician decides.
		req := retrieval.PolicyRequest{Service: umassist.Coding{Code: "K0823", Display: "Power wheelchair, group 2 standard"}}
		before := retrieval.ChoosePolicy(req, pols, retrieval.PolicyEvidence{})
		require.Equal(t, "NCD 280.16", before.Governing, "%+v", before)
		ch := retrieval.ChoosePolicy(req, pols, retrieval.PolicyEvidence{Routes: routes})
		require.True(t, ch.Ambiguous, "%+v", ch)
		require.Equal(t, "NCD 280.3", ch.Candidates[1].PolicyID)
		require.Contains(t, ch.Candidates[1].Reasons, "the row “Wheelchairs (power operated)” of NCD 280.1 refers the item to it")
	})
	t.Run("only equipment is routed", func(t *testing.T) {
		// A procedure that shares an item's words is not the item.
		req := retrieval.PolicyRequest{Service: umassist.Coding{Code: "94002", Display: "Ventilation assist and management, ventilators, initial day"}}
		ch := retrieval.ChoosePolicy(req, pols, retrieval.PolicyEvidence{Routes: routes})
		require.NotContains(t, ch.Why, "states the coverage")
	})
}
