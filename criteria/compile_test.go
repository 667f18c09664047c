package criteria_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/criteria"
)

func TestCompile(t *testing.T) {
	t.Parallel()
	src := criteria.PolicyText{ID: "NCD 99.1", Title: "Widget Implants", Payer: "medicare", Passages: []criteria.SourcePassage{
		{ID: "NCD 99.1#A", Section: "General", Text: "Widgets are devices. The LVEF is measured by echocardiography."},
		{ID: "NCD 99.1#B", Section: "Nationally Covered Indications", Text: "Widgets are covered for patients who have NYHA Class II or III heart failure, LVEF ≤ 0.35, and have been on a beta blocker for at least 3 months."},
		{ID: "NCD 99.1#B1", Section: "Nationally Covered Indications", Text: "a. A body-mass index of 40 kg/m2 or more; or\nb. An arterial PO2 at or below 55 mm Hg within the past 30 days."},
		{ID: "NCD 99.1#B2", Section: "Nationally Covered Indications", Text: "The study must be registered on ClinicalTrials.gov."},
		{ID: "NCD 99.1#C", Section: "Nationally Non-Covered Indications", Text: "Widgets are not covered after an acute MI (I21) within 40 days."},
	}}
	p := criteria.Compile(src)
	type want struct {
		passages   []string
		measure    string
		comparator string
		threshold  float64
		high       float64
		lookback   int
		classes    []string
		duration   int
		codes      []string
	}
	tests := map[string]want{
		"nyha_class":   {passages: []string{"NCD 99.1#B"}, measure: "nyha_class", comparator: "between", threshold: 2, high: 3},
		"lvef":         {passages: []string{"NCD 99.1#B"}, measure: "lvef", comparator: "<=", threshold: 35},
		"beta_blocker": {passages: []string{"NCD 99.1#B"}, classes: []string{"beta_blocker"}, duration: 90},
		"bmi":          {passages: []string{"NCD 99.1#B1"}, measure: "bmi", comparator: ">=", threshold: 40},
		"pao2":         {passages: []string{"NCD 99.1#B1"}, measure: "pao2", comparator: "<=", threshold: 55, lookback: 30},
		"no-dx-i21":    {passages: []string{"NCD 99.1#C"}, codes: []string{"I21"}, lookback: 40},
	}
	got := map[string]criteria.Criterion{}
	for _, c := range p.Criteria {
		got[c.ID] = c
	}
	for id, w := range tests {
		t.Run(id, func(t *testing.T) {
			c, ok := got[id]
			require.True(t, ok, "compiled: %v", keys(got))
			require.Equal(t, w.passages, c.Passages)
			var h criteria.Hint
			for _, x := range c.Evidence {
				if x.Kind != "observation" {
					h = x
				}
			}
			require.Equal(t, w.measure, h.Measure)
			require.Equal(t, w.comparator, h.Comparator)
			if w.comparator != "" {
				require.NotNil(t, h.Threshold)
				require.Equal(t, w.threshold, *h.Threshold)
			}
			if w.high != 0 {
				require.Equal(t, w.high, *h.ThresholdHigh)
			}
			require.Equal(t, w.lookback, h.LookbackDays)
			require.Equal(t, w.classes, h.MedicationClasses)
			require.Equal(t, w.duration, h.MinDurationDays)
			require.Equal(t, w.codes, h.Codes)
		})
	}
	require.Equal(t, []string{"no-dx-i21"}, p.Logic.Exclusions, "non-covered clauses are exclusions")
	for _, c := range p.Criteria {
		require.NotContains(t, c.Passages, "NCD 99.1#A", "general text is not a criterion")
		require.NotContains(t, c.Passages, "NCD 99.1#B2", "what a study must do is not a criterion a chart shows")
	}
	require.Empty(t, p.Services, "the editor says which requests a draft governs")
	require.Equal(t, p, criteria.Compile(src), "deterministic")
}

func keys(m map[string]criteria.Criterion) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestClauses(t *testing.T) {
	t.Parallel()
	for in, want := range map[string][]string{
		"a. First item; or\nb. Second item.":                                       {"First item; or", "Second item."},
		"Patients who have a BMI ≥ 35, have a comorbidity, and have been treated.": {"Patients who have a BMI ≥ 35", "have a comorbidity", "have been treated."},
		"Dr. Smith decided. Then 3.5 mg was given.":                                {"Dr. Smith decided.", "Then 3.5 mg was given."},
	} {
		require.Equal(t, want, criteria.Clauses(in), in)
	}
}

func TestCompileStepTherapyIsNoExclusion(t *testing.T) {
	t.Parallel()
	p := criteria.Compile(criteria.PolicyText{ID: "X", Passages: []criteria.SourcePassage{{ID: "X#B1", Section: "Coverage Criteria",
		Text: "The patient has tried and failed at least 3 months of methotrexate, or methotrexate is contraindicated or was not tolerated."}}})
	require.Len(t, p.Criteria, 1)
	require.Empty(t, p.Logic.Exclusions, "a contraindication offered as an alternative is not a non-covered clause")
}

// Age limits become patient hints; a duration in years does not.
func TestCompileAgeLimits(t *testing.T) {
	t.Parallel()
	tests := []struct {
		text   string
		lo, hi int
		found  bool
	}{
		{"The patient is 18 years of age or older.", 18, 0, true},
		{"Covered for beneficiaries 65 years and over.", 65, 0, true},
		{"The patient is younger than 18 years of age.", 0, 17, true},
		{"Therapy for at least 3 years with an inadequate response.", 0, 0, false},
		{"Symptoms for 2 years or more despite treatment.", 0, 0, false},
	}
	for _, tt := range tests {
		p := criteria.Compile(criteria.PolicyText{ID: "NW RX-9", Version: "1", Title: "t", Payer: "northwind",
			Passages: []criteria.SourcePassage{{ID: "NW RX-9#C1", Section: "Initial Authorization", Text: tt.text}}})
		var got *criteria.Hint
		for _, c := range p.Criteria {
			for i, h := range c.Evidence {
				if h.Kind == criteria.KindPatient {
					got = &c.Evidence[i]
				}
			}
		}
		if !tt.found {
			require.Nil(t, got, tt.text)
			continue
		}
		require.NotNil(t, got, tt.text)
		require.Equal(t, [2]int{tt.lo, tt.hi}, [2]int{got.MinAge, got.MaxAge}, tt.text)
	}
}

// A policy that files its conditions under topical headings still gives
// the sentences that say what it covers, and only those.
func TestCompileTopicalHeadings(t *testing.T) {
	t.Parallel()
	src := criteria.PolicyText{ID: "NCD 150.1", Version: "1", Title: "Manipulation", Payer: "medicare", Passages: []criteria.SourcePassage{
		{ID: "NCD 150.1#A", Section: "Manipulation of the Rib Cage", Text: "Manual manipulation of the rib cage contributes to the treatment of respiratory conditions. It is not covered when used alone."},
		{ID: "NCD 150.1#B", Section: "Manipulation of the Head", Text: "Manipulation of the occipitocervical or temporomandibular regions of the head when indicated for conditions affecting those portions of the head and neck is a covered service."},
		{ID: "NCD 150.1#C", Section: "Billing", Text: "Claims for these services are paid under the physician fee schedule by the contractor."},
	}}
	p := criteria.Compile(src)
	var texts []string
	for _, c := range p.Criteria {
		texts = append(texts, c.Passages[0]+": "+c.Text)
	}
	require.Len(t, texts, 2, "%v", texts)
	require.Contains(t, texts[0], "NCD 150.1#A: It is not covered")
	require.Equal(t, []string{p.Criteria[0].ID}, p.Logic.Exclusions)
	require.Contains(t, texts[1], "NCD 150.1#B: Manipulation of the occipitocervical")
}

// Quantity limits become dose hints, one per drug the clause names, or
// the drugs of the policy's title when it names none; a limit per dose
// taken twice a day is the amount over a day.
func TestCompileQuantityLimits(t *testing.T) {
	t.Parallel()
	type lim struct {
		rx   string
		max  float64
		days int
	}
	for _, tt := range []struct {
		title, text string
		want        []lim
	}{
		{"GLP-1 Receptor Agonists", "Semaglutide injection up to 2 mg once weekly; dulaglutide up to 4.5 mg once weekly; liraglutide up to 1.8 mg daily.",
			[]lim{{"1991302", 2, 7}, {"1551291", 4.5, 7}, {"475968", 1.8, 1}}},
		{"Adalimumab Products for Rheumatoid Arthritis", "Up to 40 mg every other week (two pens or syringes per 28 days) without further review.",
			[]lim{{"327361", 40, 14}}},
		{"JAK Inhibitors", "Tofacitinib not to exceed 5 mg twice daily.", []lim{{"1357536", 10, 1}}},
		{"JAK Inhibitors", "Quantities are reviewed each year.", nil},
	} {
		p := criteria.Compile(criteria.PolicyText{ID: "NW RX-9", Version: "1", Title: tt.title, Payer: "northwind",
			Passages: []criteria.SourcePassage{{ID: "NW RX-9#E", Section: "Quantity Limits", Text: tt.text}}})
		var got []lim
		for _, c := range p.Criteria {
			for _, h := range c.Evidence {
				require.Equal(t, criteria.KindDose, h.Kind, tt.text)
				require.Equal(t, "mg", h.Unit)
				got = append(got, lim{h.RxNorm[0], *h.MaxDose, h.PerDays})
			}
		}
		require.Equal(t, tt.want, got, tt.text)
		if len(got) > 0 {
			// What it drafts passes the pack checks, once an editor says
			// which requests it governs.
			p.Services = []umassist.Coding{{System: umassist.SystemRxNorm, Code: got[0].rx, Display: "the drug"}}
			require.NoError(t, p.Validate(nil), tt.text)
		}
	}
}
