package umassist

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
)

// Coding systems the request and the evidence use.
const (
	SystemCPT      = "http://www.ama-assn.org/go/cpt"
	SystemHCPCS    = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
	SystemICD10PCS = "http://www.cms.gov/Medicare/Coding/ICD10"
	SystemICD10CM  = "http://hl7.org/fhir/sid/icd-10-cm"
	SystemRxNorm   = "http://www.nlm.nih.gov/research/umls/rxnorm"
	SystemNDC      = "http://hl7.org/fhir/sid/ndc"
	SystemLOINC    = "http://loinc.org"
	SystemSNOMED   = "http://snomed.info/sct"
)

// Coding is a code from a terminology, as FHIR writes it.
type Coding struct {
	System  string `json:"system"`
	Code    string `json:"code"`
	Display string `json:"display,omitempty"`
}

// String renders the coding for people: "33249 (Insertion of ...)".
func (c Coding) String() string {
	if c.Display == "" {
		return c.Code
	}
	return c.Code + " (" + c.Display + ")"
}

// Urgency decides the review clock under CMS-0057-F.
type Urgency string

const (
	UrgencyStandard  Urgency = "standard"
	UrgencyExpedited Urgency = "expedited"
)

// Valid reports whether u is a known urgency.
func (u Urgency) Valid() bool { return u == UrgencyStandard || u == UrgencyExpedited }

// Decision windows set by CMS-0057-F.
const (
	ExpeditedWindow = 72 * time.Hour
	StandardWindow  = 7 * 24 * time.Hour
)

// DueAt is when a decision on a request received at receivedAt is due.
func (u Urgency) DueAt(receivedAt time.Time) time.Time {
	if u == UrgencyExpedited {
		return receivedAt.Add(ExpeditedWindow)
	}
	return receivedAt.Add(StandardWindow)
}

// Date is a calendar day (YYYY-MM-DD in JSON), the granularity of a
// request date and of as-of filtering.
type Date struct{ time.Time }

// DateLayout is the JSON and text form of a Date.
const DateLayout = "2006-01-02"

// ParseDate parses YYYY-MM-DD (a full RFC 3339 timestamp is accepted and
// truncated to its day).
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(DateLayout, s); err == nil {
		return Date{t}, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		y, m, d := t.Date()
		return Date{time.Date(y, m, d, 0, 0, 0, 0, time.UTC)}, nil
	}
	return Date{}, Errorf(EINVALID, "date %q is not YYYY-MM-DD", s)
}

// MustDate is ParseDate for constants in tests and fixtures.
func MustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.Format(DateLayout)
}

// EndOfDay is the last instant of the day: evidence at or before it is "on
// or before the request date".
func (d Date) EndOfDay() time.Time { return d.Add(24*time.Hour - time.Nanosecond) }

func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(d.String())
}

func (d *Date) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("date: %w", err)
	}
	if s == "" {
		*d = Date{}
		return nil
	}
	p, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = p
	return nil
}

// ServiceRequest is what the ordering clinician asks the payer to authorize;
// its JSON is the SPEC's case "request" object.
type ServiceRequest struct {
	Service   Coding   `json:"service"`
	Diagnoses []Coding `json:"diagnoses"`
	Payer     string   `json:"payer"`
	Urgency   Urgency  `json:"urgency"`
	Date      Date     `json:"date"`
	Note      string   `json:"note,omitempty"`
	// Requester is who ordered the service, as the request names them
	// ("Dr Ada Okafor, NPI 1234567893"): shown to reviewers, never read as
	// evidence.
	Requester string `json:"requester,omitempty"`
	// Jurisdiction is the Medicare Administrative Contractor jurisdiction
	// the request is reviewed in ("JL"), when known: a local coverage
	// determination governs only in the jurisdictions it is written for.
	// Empty: national policy alone.
	Jurisdiction string `json:"jurisdiction,omitempty"`
}

// JurisdictionRE is a Medicare contractor jurisdiction: JL, J15, or a DME
// jurisdiction "JB".
var JurisdictionRE = regexp.MustCompile(`^J[A-Z0-9]{1,2}$`)

// ParseJurisdiction reads a jurisdiction as people write it (" jl ") into
// the form requests and packs carry ("JL"); empty stays empty (none).
func ParseJurisdiction(s string) (string, error) {
	j := strings.ToUpper(strings.TrimSpace(s))
	if j != "" && !JurisdictionRE.MatchString(j) {
		return "", Errorf(EINVALID, "jurisdiction %q is not a contractor jurisdiction like JL or J15", s)
	}
	return j, nil
}

// Validate checks what every request must carry.
func (r ServiceRequest) Validate() error {
	switch {
	case strings.TrimSpace(r.Service.Code) == "":
		return Errorf(EINVALID, "request: service code is required")
	case strings.TrimSpace(r.Service.System) == "":
		return Errorf(EINVALID, "request: service system is required")
	case strings.TrimSpace(r.Payer) == "":
		return Errorf(EINVALID, "request: payer is required")
	case !r.Urgency.Valid():
		return Errorf(EINVALID, "request: urgency must be standard or expedited, not %q", r.Urgency)
	case r.Date.IsZero():
		return Errorf(EINVALID, "request: date is required")
	case r.Date.Year() < MinRequestYear || r.Date.Year() > MaxRequestYear:
		return Errorf(EINVALID, "request: date %s is not a plausible request date (%d to %d)", r.Date, MinRequestYear, MaxRequestYear)
	case len(r.Payer) > MaxFieldLength || len(r.Service.Code) > MaxFieldLength || len(r.Service.System) > MaxFieldLength:
		return Errorf(EINVALID, "request: payer, service code and system are at most %d bytes", MaxFieldLength)
	case len(r.Service.Display) > MaxDisplayLength:
		return Errorf(EINVALID, "request: the service's display is at most %d bytes", MaxDisplayLength)
	case len(r.Requester) > MaxFieldLength:
		return Errorf(EINVALID, "request: the requester is at most %d bytes", MaxFieldLength)
	case r.Jurisdiction != "" && !JurisdictionRE.MatchString(r.Jurisdiction):
		return Errorf(EINVALID, "request: jurisdiction %q is not a contractor jurisdiction like JL or J15", r.Jurisdiction)
	case len(r.Diagnoses) > MaxDiagnoses:
		return Errorf(EINVALID, "request: at most %d diagnoses, not %d", MaxDiagnoses, len(r.Diagnoses))
	}
	for i, d := range r.Diagnoses {
		switch {
		case strings.TrimSpace(d.Code) == "":
			return Errorf(EINVALID, "request: diagnosis %d has no code", i)
		case len(d.Code) > MaxFieldLength || len(d.System) > MaxFieldLength || len(d.Display) > MaxDisplayLength:
			return Errorf(EINVALID, "request: diagnosis %d is too long", i)
		}
	}
	return nil
}

// RequesterLabel names an ordering clinician or organisation for
// Requester: the name, and the NPI when known, cut at a character
// boundary to what a request may carry (MaxFieldLength), so a long name
// from a fax, a Claim or an order never refuses the request it names.
func RequesterLabel(name, npi string) string {
	name, npi = strings.TrimSpace(name), strings.TrimSpace(npi)
	label := name
	switch {
	case name != "" && npi != "":
		label = name + ", NPI " + npi
	case npi != "":
		label = "NPI " + npi
	}
	if len(label) <= MaxFieldLength {
		return label
	}
	cut := MaxFieldLength
	for cut > 0 && !utf8.RuneStart(label[cut]) {
		cut--
	}
	return label[:cut]
}

// Bounds of a request a person could have sent: a claim form lists 12
// diagnoses (a FHIR Claim more; 50 is generous), codes and payer names are
// short, and a request date outside these years is a typo or a probe.
const (
	MinRequestYear   = 1990
	MaxRequestYear   = 2100
	MaxDiagnoses     = 50
	MaxFieldLength   = 256
	MaxDisplayLength = 4096
)

// CaseStatus is where a case is in the review workflow.
type CaseStatus string

const (
	StatusReceived       CaseStatus = "received"
	StatusDrafting       CaseStatus = "drafting"
	StatusReadyForReview CaseStatus = "ready_for_review"
	StatusEscalated      CaseStatus = "escalated"
	StatusInfoRequested  CaseStatus = "info_requested"
	StatusApproved       CaseStatus = "approved"
	StatusDenied         CaseStatus = "denied"
	StatusFailed         CaseStatus = "failed"
)

// Closed reports whether no more work is due on the case.
func (s CaseStatus) Closed() bool { return s == StatusApproved || s == StatusDenied }

// Case is one prior-authorization request under review.
type Case struct {
	ID         string         `json:"id"`
	Patient    string         `json:"patient"` // FHIR reference, "Patient/123"
	Request    ServiceRequest `json:"request"`
	Status     CaseStatus     `json:"status"`
	ReceivedAt time.Time      `json:"received_at"`
	DueAt      time.Time      `json:"due_at"`
	// Namespace isolates eval runs from production cases ("" is production).
	Namespace string `json:"namespace,omitempty"`
	// Client is the health system or plan the case is worked for: only
	// reviewers assigned to it see the case.
	Client    string    `json:"client,omitempty"`
	UpdatedAt time.Time `json:"updated_at"`
}

// Recommendation is what the agent proposes. There is deliberately no deny:
// the AI never denies; only a physician records a denial (OutcomeDenied).
type Recommendation string

const (
	RecommendApprove     Recommendation = "approve"
	RecommendRefer       Recommendation = "refer"
	RecommendRequestInfo Recommendation = "request_info"
)

// Recommendations lists every recommendation, in report order.
var Recommendations = []Recommendation{RecommendApprove, RecommendRefer, RecommendRequestInfo}

// Valid reports whether r is one of the three recommendations.
func (r Recommendation) Valid() bool {
	return r == RecommendApprove || r == RecommendRefer || r == RecommendRequestInfo
}

// ErrAIDenial is returned whenever anything tries to make a recommendation
// of denial.
var ErrAIDenial = Errorf(EFORBIDDEN, "the AI never denies: a denial needs a physician reviewer")

// ParseRecommendation accepts the three recommendations and refuses "deny"
// (and its spellings) with ErrAIDenial.
func ParseRecommendation(s string) (Recommendation, error) {
	r := Recommendation(strings.ToLower(strings.TrimSpace(s)))
	if r.Valid() {
		return r, nil
	}
	switch r {
	case "deny", "denied", "denial", "reject", "rejected":
		return "", ErrAIDenial
	}
	return "", Errorf(EINVALID, "recommendation %q is not approve, refer or request_info", s)
}

func (r *Recommendation) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("recommendation: %w", err)
	}
	p, err := ParseRecommendation(s)
	if err != nil {
		return err
	}
	*r = p
	return nil
}

// CriterionStatus is the finding for one policy criterion.
type CriterionStatus string

const (
	CriterionMet           CriterionStatus = "met"
	CriterionNotMet        CriterionStatus = "not_met"
	CriterionNotDocumented CriterionStatus = "not_documented"
)

// Valid reports whether s is a known status.
func (s CriterionStatus) Valid() bool {
	return s == CriterionMet || s == CriterionNotMet || s == CriterionNotDocumented
}

// Criterion is one line of the draft's checklist.
type Criterion struct {
	ID       string          `json:"id"`
	Text     string          `json:"text"`
	Status   CriterionStatus `json:"status"`
	Evidence []string        `json:"evidence"`        // FHIR references, "Observation/abc"
	Passages []string        `json:"policy_passages"` // passage ids, "NCD 20.4#B3"
	// Finding says what the evidence showed, in words ("LVEF 30 % on 2026-01-20").
	Finding string `json:"finding,omitempty"`
	// Required criteria decide the recommendation; optional ones inform it.
	Required bool `json:"required,omitempty"`
	// Exclusion: the criterion names what must be absent (a recent MI);
	// "met" means present, which is bad news, and a page shows it so.
	Exclusion bool `json:"exclusion,omitempty"`
	// Quotes are the exact sentences of notes the finding rests on, with
	// their character offsets, so a reviewer sees them highlighted in the
	// source.
	Quotes []Quote `json:"quotes,omitempty"`
}

// Quote is one passage of a note that evidence rests on: the note, the
// span of its text (byte offsets into the note's extracted UTF-8 text, as
// read_note returns it; end exclusive) and how the note asserts it ("affirmed", "negated",
// "hypothetical", "family", "uncertain").
type Quote struct {
	Resource  string `json:"resource"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
	Assertion string `json:"assertion,omitempty"`
}

// Citation ties one statement to its sources. A draft's summary is made of
// statements; each must cite at least one FHIR resource or policy passage.
type Citation struct {
	Resource string `json:"resource,omitempty"` // "DocumentReference/note-1"
	Passage  string `json:"passage,omitempty"`  // "NCD 20.4#B3"
	// Quote is the exact text or value cited, so a reviewer can find it.
	Quote string `json:"quote,omitempty"`
	// Offset is where Quote starts in a note's text, when the source is a note.
	Offset int `json:"offset,omitempty"`
}

// Tokens counts model usage.
type Tokens struct {
	Prompt     int `json:"prompt"`
	Completion int `json:"completion"`
}

// Add returns the sum of two counts.
func (t Tokens) Add(o Tokens) Tokens {
	return Tokens{Prompt: t.Prompt + o.Prompt, Completion: t.Completion + o.Completion}
}

// Draft is the agent's medical-necessity summary for a case. Its JSON is a
// result line of SPEC.md (the fields beyond the SPEC are extras, which the
// SPEC allows).
type Draft struct {
	// ID is the case the draft is for, as the SPEC result's "id".
	ID             string          `json:"id"`
	Version        int             `json:"version,omitempty"`
	Recommendation Recommendation  `json:"recommendation"`
	Policy         string          `json:"policy"`
	Criteria       []Criterion     `json:"criteria"`
	Evidence       []string        `json:"evidence"`
	Missing        []string        `json:"missing"`
	Questions      []string        `json:"questions"`
	Summary        string          `json:"summary"`
	Citations      []Citation      `json:"citations,omitempty"`
	Confidence     float64         `json:"confidence"`
	Findings       []VerifierIssue `json:"verifier_findings,omitempty"`
	Model          string          `json:"model,omitempty"`
	PromptVersion  string          `json:"prompt_version,omitempty"`
	LatencyMS      int64           `json:"latency_ms"`
	Tokens         Tokens          `json:"tokens"`
	CreatedAt      time.Time       `json:"created_at,omitzero"`
}

// VerifierIssue is one thing the draft verifier found wrong with a draft.
type VerifierIssue struct {
	Rule    string `json:"rule"`    // "evidence_exists", "number_matches", ...
	Message string `json:"message"` // for the reviewer
	Ref     string `json:"ref,omitempty"`
}

// ApprovalOverrides reports whether approving the case decides against
// this draft (it recommends refer or request_info); false for no draft.
func (d *Draft) ApprovalOverrides() bool { return d != nil && d.Recommendation != RecommendApprove }

// Verified reports whether the verifier found nothing wrong.
func (d *Draft) Verified() bool { return len(d.Findings) == 0 }

// Role is what a user may do.
type Role string

const (
	RoleNurse      Role = "nurse"
	RolePhysician  Role = "physician"
	RoleOperator   Role = "operator"
	RoleMLEngineer Role = "ml_engineer"
	RoleAdmin      Role = "admin"
	// RoleClinicalEditor writes and reviews criteria packs; it never
	// reviews a case.
	RoleClinicalEditor Role = "clinical_editor"
	// RoleAgent is the AI and any other non-human actor. It can never decide.
	RoleAgent Role = "agent"
	// RoleOrderingClinician is an outside clinician answering a question
	// through a single-use link: never a user, never a decider.
	RoleOrderingClinician Role = "ordering_clinician"
)

// Actor is who did something, for the audit log and decisions.
type Actor struct {
	ID   string `json:"id"`
	Name string `json:"name,omitempty"`
	Role Role   `json:"role"`
}

// Human reports whether the actor is a person with a reviewer or staff role.
func (a Actor) Human() bool { return a.ID != "" && a.Role != RoleAgent && a.Role != "" }

// ClinicianQuestion is a reviewer's question on its way to the ordering
// clinician: the case and member it is about, the question, and the
// single-use link that answers it.
type ClinicianQuestion struct {
	CaseID    string
	Patient   string // "Patient/123"
	Question  string
	AnswerURL string
	Expires   time.Time
	AskedBy   Actor
}
