package criteria_test

import (
	"slices"
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

// Which of a policy's sentences are requirements and which exclusions is
// read from the heading, the sentence's own words of non-coverage and the
// lead-in of the list it stands in; each case read the other way before
// (most NCDs file both under "Indications and Limitations of Coverage",
// and every clause there was an exclusion).
func TestCompileReadsRequirementsAndExclusions(t *testing.T) {
	t.Parallel()
	type sentence struct {
		text      string
		exclusion bool
	}
	for _, tt := range []struct {
		name     string
		passages []criteria.SourcePassage
		want     []sentence
	}{
		{"a mixed heading: each sentence by its own words", []criteria.SourcePassage{{ID: "P#B", Section: "Indications and Limitations of Coverage",
			Text: "Pelvic floor stimulation is covered for urge incontinence in patients who have failed a documented trial of pelvic muscle exercise. It is not reasonable and necessary for fecal incontinence."}},
			[]sentence{{"Pelvic floor stimulation is covered for urge incontinence in patients who have failed a documented trial of pelvic muscle exercise.", false},
				{"It is not reasonable and necessary for fecal incontinence.", true}}},
		{"an LCD's mixed heading", []criteria.SourcePassage{{ID: "L#1", Section: "Coverage Indications, Limitations, and/or Medical Necessity",
			Text: "The patient has a diagnosis of chronic migraine. Must not have active substance abuse issues. Patients with a neurologic cause are excluded."}},
			[]sentence{{"The patient has a diagnosis of chronic migraine.", false}, {"Must not have active substance abuse issues.", false},
				{"Patients with a neurologic cause are excluded.", true}}},
		{"a list a lead-in says must be absent, in one passage", []criteria.SourcePassage{{ID: "P#B5", Section: "Nationally Covered Indications",
			Text: "Patients must have a left ventricular ejection fraction documented by echocardiography. Patients must not have:\n\n- Significant, irreversible brain damage; or,\n- Any disease other than cardiac disease associated\nwith a likelihood of survival less than 1 year.\n\nA shared decision making encounter must occur before implantation."}},
			[]sentence{{"Patients must have a left ventricular ejection fraction documented by echocardiography.", false},
				{"Significant, irreversible brain damage; or,", true},
				{"Any disease other than cardiac disease associated with a likelihood of survival less than 1 year.", true},
				{"A shared decision making encounter must occur before implantation.", false}}},
		{"a list a lead-in says is not covered, cut into passages", []criteria.SourcePassage{
			{ID: "P#B.2", Section: "Indications and Limitations of Coverage", Text: "The stimulator is not covered for patients with any of the following:"},
			{ID: "P#B.3", Section: "Indications and Limitations of Coverage", Text: "Current psychosis, alcohol abuse or other drug abuse."},
			{ID: "P#B.4", Section: "Indications and Limitations of Coverage", Text: "Previous movement disorder surgery within the affected basal ganglion."},
			{ID: "P#B.5", Section: "Indications and Limitations of Coverage", Text: "The stimulator should be placed by a neurosurgeon trained in the procedure.\n\nPatients need follow-up visits every three months."}},
			[]sentence{{"Current psychosis, alcohol abuse or other drug abuse.", true}, {"Previous movement disorder surgery within the affected basal ganglion.", true},
				{"The stimulator should be placed by a neurosurgeon trained in the procedure.", false}, {"Patients need follow-up visits every three months.", false}}},
		{"contraindications", []criteria.SourcePassage{{ID: "L#3", Section: "Contraindications to Bariatric Surgery",
			Text: "History of significant eating disorders, including anorexia nervosa and bulimia."}},
			[]sentence{{"History of significant eating disorders, including anorexia nervosa and bulimia.", true}}},
		{"a section with nothing in it", []criteria.SourcePassage{
			{ID: "P#B", Section: "Nationally Covered Indications", Text: "Urodynamic flow studies are covered for diagnosing bladder outlet obstruction."},
			{ID: "P#C", Section: "Nationally Non-Covered Indications", Text: "N/A"}},
			[]sentence{{"Urodynamic flow studies are covered for diagnosing bladder outlet obstruction.", false}}},
		{"CMS's other words, under a general heading", []criteria.SourcePassage{
			{ID: "P#A", Section: "General", Text: "Reimbursement may be made for ultrasonic surgery when required in the treatment of patients with severe recurrent vertigo due to Meniere's syndrome."},
			{ID: "P#B", Section: "Palpable Lesions", Text: "Medicare covers the biopsy for palpable lesions that are difficult to biopsy using palpation alone. Program payment may not be made for it in screening."}},
			[]sentence{{"Reimbursement may be made for ultrasonic surgery when required in the treatment of patients with severe recurrent vertigo due to Meniere's syndrome.", false},
				{"Medicare covers the biopsy for palpable lesions that are difficult to biopsy using palpation alone.", false},
				{"Program payment may not be made for it in screening.", true}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := criteria.Compile(criteria.PolicyText{ID: "P", Version: "1", Title: "Stimulators", Payer: "medicare", Passages: tt.passages})
			var got []sentence
			for _, c := range p.Criteria {
				got = append(got, sentence{c.Text, slices.Contains(p.Logic.Exclusions, c.ID)})
			}
			require.Equal(t, tt.want, got)
		})
	}
}
