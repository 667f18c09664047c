package demo

import (
	"bytes"
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
)

func TestCases(t *testing.T) {
	t.Parallel()
	cases, err := Cases()
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(cases), 12)
	require.LessOrEqual(t, len(cases), 22)

	scenarios := map[string]bool{}
	urgencies := map[umassist.Urgency]int{}
	recs := map[umassist.Recommendation]int{}
	payers := map[string]bool{}
	patients := map[string]bool{}
	resources := map[string]string{}
	drugs, local, ndc := 0, 0, 0
	for _, c := range cases {
		require.NoError(t, c.Request.Validate(), c.ID)
		scenarios[c.Scenario] = true
		urgencies[c.Request.Urgency]++
		recs[c.Expected]++
		payers[c.Request.Payer] = true
		require.False(t, patients[c.PatientID], "patient %s used twice", c.PatientID)
		patients[c.PatientID] = true

		var b struct {
			Entry []struct {
				Resource struct {
					ResourceType string `json:"resourceType"`
					ID           string `json:"id"`
				} `json:"resource"`
			} `json:"entry"`
		}
		require.NoError(t, json.Unmarshal(c.Bundle, &b))
		for _, e := range b.Entry {
			ref := e.Resource.ResourceType + "/" + e.Resource.ID
			other, clash := resources[ref]
			require.False(t, clash, "%s in %s and %s: the store would merge them", ref, c.ID, other)
			resources[ref] = c.ID
		}
		switch {
		case c.Entry.Service != nil && c.Pack != "":
			// Another product of the pack's drug: an NDC the pack still
			// governs, with the pack's expectation.
			require.Equal(t, umassist.SystemNDC, c.Request.Service.System, c.ID)
			require.NotEqual(t, umassist.RecommendRefer, c.Expected, c.ID)
			ndc++
		case c.Entry.Service != nil:
			require.NotEmpty(t, c.Policy, "%s: the policy the chooser should name", c.ID)
			require.Equal(t, umassist.RecommendRefer, c.Expected, "%s: no reviewed pack, never approve", c.ID)
			require.Equal(t, *c.Entry.Service, c.Request.Service)
		}
		switch {
		case c.Pack != "" && c.Request.Jurisdiction != "":
			// A local policy, in its contractor's jurisdiction.
			require.Equal(t, "medicare", c.Request.Payer, c.ID)
			require.Contains(t, c.Policy, "LCD ", c.ID)
			local++
		case c.Pack != "":
			// A drug request under a commercial payer's pharmacy policy.
			require.Equal(t, "northwind", c.Request.Payer, c.ID)
			require.Contains(t, c.Policy, "NW RX-", c.ID)
			drugs++
		case c.Request.Payer != "medicare":
			require.Empty(t, c.Policy, "%s: no Medicare pack governs a %s member", c.ID, c.Request.Payer)
			require.Equal(t, umassist.RecommendRefer, c.Expected)
		}
	}
	require.GreaterOrEqual(t, len(scenarios), 4)
	require.Positive(t, urgencies[umassist.UrgencyStandard])
	require.Positive(t, urgencies[umassist.UrgencyExpedited])
	require.Len(t, recs, 3, "the queue shows every recommendation")
	require.True(t, payers["medicare"])
	require.GreaterOrEqual(t, drugs, 3, "drug prior authorization is in the queue")
	require.Equal(t, 1, local, "a local coverage determination is in the queue")
	require.Equal(t, 1, ndc, "a drug requested by its NDC is in the queue")
	require.Greater(t, len(payers), 1)
}

func TestCasesAreDeterministic(t *testing.T) {
	t.Parallel()
	a, err := Cases()
	require.NoError(t, err)
	b, err := Cases()
	require.NoError(t, err)
	require.Equal(t, len(a), len(b))
	for i := range a {
		require.True(t, bytes.Equal(a[i].Bundle, b[i].Bundle), a[i].ID)
	}
}

func TestCasesAtDatesTheQueueFromToday(t *testing.T) {
	t.Parallel()
	today := time.Date(2026, 11, 27, 15, 4, 0, 0, time.UTC)
	cases, err := CasesAt(today)
	require.NoError(t, err)
	for _, c := range cases {
		want := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -c.DaysAgo)
		require.Equal(t, want, c.Request.Date.Time, c.ID)
	}
	fixed, err := Cases()
	require.NoError(t, err)
	require.NotEqual(t, fixed[0].Request.Date, cases[0].Request.Date)
	require.NotEqual(t, string(fixed[0].Bundle), string(cases[0].Bundle), "the chart moves with the request")
	_, err = CasesAt(time.Time{})
	require.Error(t, err)

	// Another day, the same resource ids: the store replaces the charts.
	tomorrow, err := CasesAt(today.AddDate(0, 0, 1))
	require.NoError(t, err)
	for i := range cases {
		require.Equal(t, resourceIDs(t, cases[i].Bundle), resourceIDs(t, tomorrow[i].Bundle), cases[i].ID)
		require.NotEqual(t, cases[i].Request.Date, tomorrow[i].Request.Date)
	}
}

func TestQueueRejectsBadDefinitions(t *testing.T) {
	t.Parallel()
	for _, bad := range []string{
		`[{"id":"a","scenario":"icd","variant":"meets","urgency":"soon"}]`,
		`[{"id":"a","scenario":"icd","variant":"meets","urgency":"standard"},{"id":"a","scenario":"icd","variant":"meets","urgency":"standard"}]`,
		`[{"id":"a","scenario":"icd","variant":"meets","urgency":"standard","extra":1}]`,
		`{`,
	} {
		_, err := parseQueue([]byte(bad))
		require.Error(t, err, bad)
	}
	_, err := buildEntries([]Entry{{ID: "a", Scenario: "nope", Variant: "meets", Urgency: "standard"}}, time.Time{})
	require.Error(t, err)
}

func resourceIDs(t *testing.T, bundle []byte) []string {
	t.Helper()
	var b struct {
		Entry []struct {
			Resource struct {
				ResourceType string `json:"resourceType"`
				ID           string `json:"id"`
			} `json:"resource"`
		} `json:"entry"`
	}
	require.NoError(t, json.Unmarshal(bundle, &b))
	var ids []string
	for _, e := range b.Entry {
		ids = append(ids, e.Resource.ResourceType+"/"+e.Resource.ID)
	}
	return ids
}
