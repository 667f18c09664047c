package agent

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/invopop/jsonschema"

	"github.com/umassist/umassist"
)

// ToolSubmitDraft is the name of the tool that ends a run with a draft.
const ToolSubmitDraft = "submit_draft"

// SubmittedCriterion is one checklist line as a model submits it.
type SubmittedCriterion struct {
	ID        string           `json:"id" jsonschema:"description=The criterion id from get_policy_criteria"`
	Text      string           `json:"text" jsonschema:"description=The criterion in plain words"`
	Status    string           `json:"status" jsonschema:"enum=met,enum=not_met,enum=not_documented"`
	Evidence  []string         `json:"evidence" jsonschema:"description=FHIR references that show the status (Type/id)"`
	Passages  []string         `json:"policy_passages" jsonschema:"description=Policy passage ids the criterion rests on (NCD 20.4#B3)"`
	Finding   string           `json:"finding,omitempty" jsonschema:"description=What the evidence showed, in words"`
	Required  bool             `json:"required,omitempty" jsonschema:"description=Whether the criterion decides the recommendation"`
	Exclusion bool             `json:"exclusion,omitempty" jsonschema:"description=Whether the criterion names what must be absent (met means present)"`
	Quotes    []SubmittedQuote `json:"quotes,omitempty" jsonschema:"description=The exact sentences of notes the finding rests on, copied verbatim, with their character offsets in the note as read_note returned it"`
}

// SubmittedQuote is one quoted note passage.
type SubmittedQuote struct {
	Resource  string `json:"resource" jsonschema:"description=The note (DocumentReference/id)"`
	Start     int    `json:"start" jsonschema:"description=Offset of the first character in the note text"`
	End       int    `json:"end" jsonschema:"description=Offset just after the last character"`
	Text      string `json:"text" jsonschema:"description=The passage, verbatim"`
	Assertion string `json:"assertion,omitempty" jsonschema:"enum=affirmed,enum=negated,enum=hypothetical,enum=family,enum=uncertain,description=How the note states it"`
}

// SubmittedDraft is the submit_draft argument: the SPEC result fields a
// model fills in. Its schema is what the model sees.
type SubmittedDraft struct {
	Recommendation string               `json:"recommendation" jsonschema:"enum=approve,enum=refer,enum=request_info,description=approve only when every required criterion is met with cited evidence; request_info when a deciding criterion is not documented; otherwise refer. Never deny."`
	Policy         string               `json:"policy" jsonschema:"description=The governing policy's official id (NCD 20.4)"`
	Criteria       []SubmittedCriterion `json:"criteria"`
	Evidence       []string             `json:"evidence" jsonschema:"description=Every FHIR reference the draft cites (Type/id)"`
	Missing        []string             `json:"missing" jsonschema:"description=For request_info: short phrases naming what is missing (NYHA class)"`
	Questions      []string             `json:"questions" jsonschema:"description=For request_info: one precise question per gap for the ordering clinician"`
	Summary        string               `json:"summary" jsonschema:"description=The medical-necessity summary a nurse reads; every clinical statement ends with its citations in square brackets"`
}

var submitSchema = func() json.RawMessage {
	r := &jsonschema.Reflector{DoNotReference: true, ExpandedStruct: true, AllowAdditionalProperties: false}
	s := r.Reflect(&SubmittedDraft{})
	s.Version = ""
	s.ID = ""
	b, err := json.Marshal(s)
	if err != nil {
		panic(err)
	}
	return b
}()

// SubmitDraftSpec is the submit_draft tool as models see it.
func SubmitDraftSpec() ToolSpec {
	return ToolSpec{
		Name:        ToolSubmitDraft,
		Description: "Submit the finished review draft. Call exactly once, at the end. The recommendation is approve, refer or request_info; the AI never denies.",
		Parameters:  submitSchema,
	}
}

// parseSubmission decodes and checks a submit_draft call. Its errors go
// back to the model, so they say what to fix.
func parseSubmission(args string) (*umassist.Draft, error) {
	var s SubmittedDraft
	dec := json.NewDecoder(strings.NewReader(args))
	if err := dec.Decode(&s); err != nil {
		return nil, fmt.Errorf("%w: submit_draft arguments are not valid JSON: %v", ErrInvalidDraft, err)
	}
	rec, err := umassist.ParseRecommendation(s.Recommendation)
	if err != nil {
		if errors.Is(err, umassist.ErrAIDenial) {
			return nil, fmt.Errorf("%w: the AI never denies; recommend refer so a physician reviewer decides", ErrInvalidDraft)
		}
		return nil, fmt.Errorf("%w: recommendation must be approve, refer or request_info", ErrInvalidDraft)
	}
	if strings.TrimSpace(s.Summary) == "" {
		return nil, fmt.Errorf("%w: the summary is required", ErrInvalidDraft)
	}
	d := &umassist.Draft{
		Recommendation: rec,
		Policy:         strings.TrimSpace(s.Policy),
		Evidence:       nonNil(s.Evidence),
		Missing:        nonNil(s.Missing),
		Questions:      nonNil(s.Questions),
		Summary:        s.Summary,
		Criteria:       []umassist.Criterion{},
	}
	for i, c := range s.Criteria {
		st := umassist.CriterionStatus(strings.ToLower(strings.TrimSpace(c.Status)))
		if !st.Valid() {
			return nil, fmt.Errorf("%w: criterion %d (%s): status must be met, not_met or not_documented", ErrInvalidDraft, i, c.ID)
		}
		var quotes []umassist.Quote
		for _, q := range c.Quotes {
			quotes = append(quotes, umassist.Quote{Resource: strings.TrimSpace(q.Resource), Start: q.Start, End: q.End, Text: q.Text, Assertion: q.Assertion})
		}
		d.Criteria = append(d.Criteria, umassist.Criterion{
			ID: c.ID, Text: c.Text, Status: st, Evidence: nonNil(c.Evidence), Passages: nonNil(c.Passages),
			Finding: c.Finding, Required: c.Required, Exclusion: c.Exclusion, Quotes: quotes,
		})
	}
	if rec == umassist.RecommendRequestInfo && len(d.Questions) == 0 {
		return nil, fmt.Errorf("%w: request_info needs at least one question for the ordering clinician", ErrInvalidDraft)
	}
	return d, nil
}

func nonNil(s []string) []string {
	out := make([]string, 0, len(s))
	seen := map[string]bool{}
	for _, x := range s {
		x = strings.TrimSpace(x)
		if x == "" || seen[x] {
			continue
		}
		seen[x] = true
		out = append(out, x)
	}
	return out
}
