package policies

import "github.com/umassist/umassist"

// Pack is our machine-readable reading of one coverage policy: which
// requests it governs, the criteria in plain words (ours, not the
// policy's), the passages each criterion rests on, evidence hints a program
// can check, and the decision logic.
//
// Packs are JSON files in policies/packs/, validated on load: unknown
// fields, dangling passage references and impossible thresholds are errors.
type Pack struct {
	// ID is the pack's own id ("icd-ncd-20.4").
	ID string `json:"id"`
	// Policy is the official id of the policy it follows ("NCD 20.4").
	Policy string `json:"policy"`
	// PolicyVersion pins the policy version the pack was written against;
	// empty means any version in force.
	PolicyVersion string `json:"policy_version,omitempty"`
	Title         string `json:"title"`
	Payer         string `json:"payer"` // "medicare"
	// Services are the CPT/HCPCS codes the pack applies to.
	Services []umassist.Coding `json:"services"`
	// Diagnoses are ICD-10-CM codes or prefixes ("I50", "I42.0") the pack
	// applies to; empty means any diagnosis.
	Diagnoses []string    `json:"diagnoses,omitempty"`
	Criteria  []Criterion `json:"criteria"`
	Logic     Logic       `json:"logic"`
}

// Criterion is one condition of coverage.
type Criterion struct {
	ID   string `json:"id"`   // "lvef"
	Text string `json:"text"` // "LVEF of 35 % or less on an imaging study within 90 days"
	// Passages are the policy passage ids the criterion comes from
	// ("NCD 20.4#B3").
	Passages []string `json:"passages"`
	// Evidence hints: the criterion is met when any hint is satisfied.
	Evidence []Hint `json:"evidence"`
	// Question is what to ask the ordering clinician when the chart is
	// silent on this criterion ("What is the patient's NYHA class?").
	Question string `json:"question"`
	// Missing names what is missing, as the SPEC's gold.missing phrases
	// ("NYHA class").
	Missing string `json:"missing"`
}

// Hint is one machine-checkable way to find evidence for a criterion.
type Hint struct {
	// Kind is observation, condition, medication, procedure or note.
	Kind string `json:"kind"`

	// Observations: LOINC codes, compared with Comparator (<, <=, >, >=,
	// ==, !=) against Threshold in Unit ("%", "kg/m2", "/h", "mmHg"),
	// looking back LookbackDays from the request date (0: any time).
	LOINC      []string `json:"loinc,omitempty"`
	Comparator string   `json:"comparator,omitempty"`
	Threshold  *float64 `json:"threshold,omitempty"`
	// ThresholdHigh makes a range [Threshold, ThresholdHigh] with
	// Comparator "between".
	ThresholdHigh *float64 `json:"threshold_high,omitempty"`
	Unit          string   `json:"unit,omitempty"`
	LookbackDays  int      `json:"lookback_days,omitempty"`

	// Conditions: ICD-10-CM codes or prefixes, or SNOMED CT codes.
	Codes []string `json:"codes,omitempty"`

	// Medications: classes ("beta_blocker", "ace_inhibitor", "arb",
	// "arni", "mra", "sglt2i", "loop_diuretic", ...) or RxNorm codes, taken
	// for at least MinDurationDays before the request.
	MedicationClasses []string `json:"medication_classes,omitempty"`
	RxNorm            []string `json:"rxnorm,omitempty"`
	MinDurationDays   int      `json:"min_duration_days,omitempty"`

	// Notes: phrases whose presence (not negated) in a clinical note is
	// evidence; or a Measure read from note text ("nyha_class", "lvef",
	// "ahi", "bmi", "spo2") compared with Comparator and Threshold.
	Phrases []string `json:"phrases,omitempty"`
	Measure string   `json:"measure,omitempty"`
}

// Logic decides the recommendation from criterion statuses.
type Logic struct {
	// AllOf: every criterion listed must be met.
	AllOf []string `json:"all_of,omitempty"`
	// AnyOf: in each group, at least one criterion must be met.
	AnyOf [][]string `json:"any_of,omitempty"`
	// Exclusions: criteria that, when met, mean the service is not covered
	// as requested (the case goes to a physician; the AI never denies).
	Exclusions []string `json:"exclusions,omitempty"`
}
