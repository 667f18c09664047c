package criteria

import (
	"slices"

	"github.com/umassist/umassist"
)

// Pack is our machine-readable reading of one coverage policy: which
// requests it governs, the criteria in plain words (ours, not the
// policy's), the passages each criterion rests on, evidence hints a program
// can check, and the decision logic.
//
// Packs are JSON files in criteria/packs/, validated on load: unknown
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
	// Jurisdictions limit a local policy (an LCD) to the contractor
	// jurisdictions it was written for ("JH", "JL"): it governs only a
	// request naming one of them, and then before any national pack for
	// the same service. Empty: the pack applies wherever its payer does.
	Jurisdictions []string `json:"jurisdictions,omitempty"`
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
	// Evidence hints. Hints without a Group are alternatives: any one met
	// meets the criterion. Hints with a Group must be met group by group:
	// the criterion is met when every group has a met hint (a beta blocker
	// AND an ACE inhibitor, ARB or ARNI).
	Evidence []Hint `json:"evidence"`
	// Current marks a criterion about the patient's present state (NYHA
	// class, a test result): the newest reading governs, and a finding
	// told as past ("NYHA IV at admission") does not count.
	Current bool `json:"current,omitempty"`
	// Question is what to ask the ordering clinician when the chart is
	// silent on this criterion ("What is the patient's NYHA class?").
	Question string `json:"question"`
	// Missing names what is missing, as the SPEC's gold.missing phrases
	// ("NYHA class").
	Missing string `json:"missing"`
}

// Hint is one machine-checkable way to find evidence for a criterion.
type Hint struct {
	// Kind is observation, condition, medication, procedure, note,
	// patient or dose.
	Kind string `json:"kind"`
	// Group names the conjunct this hint belongs to (see Criterion.Evidence).
	Group string `json:"group,omitempty"`

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
	// Ever counts past therapy too (a weight-loss drug tried and stopped):
	// any prescription started before the request meets the hint; without
	// it the drug must be taken now.
	Ever bool `json:"ever,omitempty"`

	// Dose: the newest order for the drug (RxNorm ingredient codes, or
	// MedicationClasses) in the look-back window (a year when 0) gives at
	// most MaxDose Unit (a mass: "mg") over PerDays days: "up to 2 mg
	// once weekly" is MaxDose 2, Unit mg, PerDays 7.
	MaxDose *float64 `json:"max_dose,omitempty"`
	PerDays int      `json:"per_days,omitempty"`

	// Patient: age in whole years on the request date, at least MinAge
	// and at most MaxAge (0: no bound), from the record's date of birth.
	MinAge int `json:"min_age,omitempty"`
	MaxAge int `json:"max_age,omitempty"`

	// Notes: phrases whose presence (not negated) in a clinical note is
	// evidence; or a Measure read from note text ("nyha_class", "lvef",
	// "ahi", "bmi", "spo2") compared with Comparator and Threshold.
	Phrases []string `json:"phrases,omitempty"`
	Measure string   `json:"measure,omitempty"`
	// Setting restricts a measure to readings taken at rest, during sleep
	// or during exercise (the vocabulary's settings).
	Setting string `json:"setting,omitempty"`
	// Authors restricts note hints to notes written by someone whose name,
	// role or specialty (or the note's title line) matches one of these
	// words ("surg", "interventional"): who performed an evaluation is
	// part of what the policy requires.
	Authors []string `json:"authors,omitempty"`
	// Planned makes a note hint look for the phrase as planned, pending or
	// scheduled rather than done ("angioplasty planned" is what leaves
	// standard care incomplete).
	Planned bool `json:"planned,omitempty"`
	// Advice makes a note hint's phrases a clinician's advice ("elective
	// surgery should be deferred"): given when written, so a plan word
	// or a future date in the sentence does not make it hypothetical.
	// A denial still denies.
	Advice bool `json:"advice,omitempty"`
	// Current makes a condition hint ask for a state present at the
	// request, not an event in the window: an active condition recorded
	// in the window counts whenever it began (an otitis diagnosed five
	// weeks ago and still active is an active infection; an infarction
	// five weeks ago is not a recent one).
	Current bool `json:"current,omitempty"`
	// NotBy disqualifies readings and phrases from notes written by these
	// roles or organisations, or whose title names them (an oxygen test
	// performed by the DME supplier, a decision visit with the implanting
	// electrophysiologist, a telephone call for a clinical evaluation).
	NotBy []string `json:"not_by,omitempty"`
	// DischargeDays: a measured value taken during an inpatient stay
	// counts only within this many days before the discharge (home
	// oxygen's "within 2 days prior to discharge"); values taken
	// outside a stay are unaffected.
	DischargeDays int `json:"discharge_days,omitempty"`
	// SinceDays: a course the policy asks to have lasted this many days
	// ("30 days of standard wound care"): the phrase counts only when the
	// first note that affirms it is at least this many days before the
	// request; a course the chart starts later is documented as too
	// short, whatever a later note claims of its length.
	SinceDays int `json:"since_days,omitempty"`
	// RefutedBy are phrases that deny the hint as a whole ("asymptomatic"
	// for a list of symptoms): a note affirming one speaks against it, as
	// a denied phrase does, and when it is the newest word a requirement
	// is not met.
	RefutedBy []string `json:"refuted_by,omitempty"`
	// Context hints show what the record holds on the criterion's subject
	// (an anticoagulant stopped with no reason given, an ankle-brachial
	// index, an active cancer), cited with their finding whatever the
	// criterion's status: they never meet or fail it.
	Context bool `json:"context,omitempty"`

	// requirement is set while a requirement (not an exclusion) is
	// evaluated: only there may the newest note's denial outweigh an older
	// mention (an exclusion a later note denies stays present).
	requirement bool
}

// Logic decides the recommendation from criterion statuses.
//
// A policy with several indication pathways (initial implant vs device
// replacement, initial trial vs continued coverage) lists them as
// Branches: the first branch whose When holds governs, with its own
// criteria; when none holds, the top-level lists govern.
type Logic struct {
	// AllOf: every criterion listed must be met.
	AllOf []string `json:"all_of,omitempty"`
	// AnyOf: in each group, at least one criterion must be met.
	AnyOf [][]string `json:"any_of,omitempty"`
	// Exclusions: criteria that, when met, mean the service is not covered
	// as requested (the case goes to a physician; the AI never denies).
	Exclusions []string `json:"exclusions,omitempty"`
	// NotCovered: criteria that, when met, mean the policy does not cover
	// the request at all (a non-covered procedure or indication).
	NotCovered []string `json:"not_covered,omitempty"`
	Branches   []Branch `json:"branches,omitempty"`
}

// Branch is one indication pathway of a policy.
type Branch struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	// When selects the branch: the request's service or a diagnosis
	// matches, or a selector criterion is met.
	When BranchWhen `json:"when"`
	// NotCovered marks a pathway the policy does not cover at all (a
	// procedure or indication it names as non-covered): the request goes
	// to a physician reviewer whatever the criteria say.
	NotCovered bool `json:"not_covered,omitempty"`
	// AllOf, AnyOf and Exclusions replace the top-level lists.
	AllOf      []string   `json:"all_of,omitempty"`
	AnyOf      [][]string `json:"any_of,omitempty"`
	Exclusions []string   `json:"exclusions,omitempty"`
}

// BranchWhen is what selects a branch; any one listed that holds selects.
type BranchWhen struct {
	// Services are CPT/HCPCS codes of the request.
	Services []string `json:"services,omitempty"`
	// Diagnoses are ICD-10-CM codes or prefixes of the request.
	Diagnoses []string `json:"diagnoses,omitempty"`
	// Criteria are criterion ids whose being met selects the branch.
	Criteria []string `json:"criteria,omitempty"`
}

// View is one criterion as a pack presents it to a reader of a request:
// whether the pack's logic requires it and whether it is an exclusion
// (met means the request is not covered as asked; a physician decides).
type View struct {
	ID        string   `json:"id"`
	Text      string   `json:"text"`
	Required  bool     `json:"required"`
	Exclusion bool     `json:"exclusion,omitempty"`
	Passages  []string `json:"policy_passages"`
	Evidence  []Hint   `json:"evidence_hints"`
	Question  string   `json:"question,omitempty"`
	Missing   string   `json:"missing,omitempty"`
}

// Views lists the pack's criteria with their required and exclusion flags
// (over every pathway), and the logic, with all_of filled in when the pack
// names none.
func (p *Pack) Views() ([]View, Logic) {
	logic := p.Logic
	required := map[string]bool{}
	markRequired(required, p.Logic.AllOf, p.Logic.AnyOf)
	exclusions := append(slices.Clone(p.Logic.Exclusions), p.Logic.NotCovered...)
	for _, b := range p.Logic.Branches {
		exclusions = append(exclusions, b.Exclusions...)
		markRequired(required, b.AllOf, b.AnyOf)
	}
	noLogic := len(p.Logic.AllOf) == 0 && len(p.Logic.AnyOf) == 0
	views := []View{}
	for _, c := range p.Criteria {
		excl := slices.Contains(exclusions, c.ID) && !required[c.ID]
		views = append(views, View{
			ID: c.ID, Text: c.Text, Required: required[c.ID] || (noLogic && !excl), Exclusion: excl,
			Passages: c.Passages, Evidence: c.Evidence, Question: c.Question, Missing: c.Missing,
		})
	}
	if noLogic {
		logic.AllOf = nil
		for _, v := range views {
			if v.Required {
				logic.AllOf = append(logic.AllOf, v.ID)
			}
		}
	}
	return views, logic
}

// markRequired marks every criterion a pathway's lists require.
func markRequired(required map[string]bool, allOf []string, anyOf [][]string) {
	for _, id := range allOf {
		required[id] = true
	}
	for _, g := range anyOf {
		for _, id := range g {
			required[id] = true
		}
	}
}
