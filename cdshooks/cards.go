package cdshooks

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/umassist/umassist"
)

// CoverageInformationURL is the Da Vinci CRD extension a system action
// puts on the order.
const CoverageInformationURL = "http://hl7.org/fhir/us/davinci-crd/StructureDefinition/ext-coverage-information"

// crdTopic is the CRD card type every card of this service carries.
var crdTopic = &Coding{System: "http://hl7.org/fhir/us/davinci-crd/CodeSystem/temp", Code: "coverage-info", Display: "Coverage Information"}

// overrideReasons let the clinician say why a question card is dismissed;
// the EHR reports the choice back as feedback.
var overrideReasons = []Coding{
	{System: "https://umassist.dev/cds/override-reason", Code: "documented-elsewhere", Display: "Already documented elsewhere in the chart"},
	{System: "https://umassist.dev/cds/override-reason", Code: "will-document", Display: "Will document before the request is sent"},
	{System: "https://umassist.dev/cds/override-reason", Code: "not-applicable", Display: "Not applicable to this patient"},
}

const sourceLabel = "umassist pre-submission audit"

// reviewed is one order and what the agent drafted for it.
type reviewed struct {
	Order       order
	Draft       *umassist.Draft // nil when the order could not be reviewed
	AssertionID string
	CaseID      string // the pre-submission case opened, if any
}

// summary is at most 140 characters, as the spec requires.
func summary(s string) string {
	if utf8.RuneCountInString(s) <= 140 {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:139])) + "…"
}

// cardFor is the one card an order gets: what the governing policy asks
// and what the chart shows, and — when a deciding criterion is not
// documented — the one question, with a to-do the clinician can accept.
// No card says "approved" or "denied": a reviewer decides later.
func cardFor(rv reviewed, patient, user string, now time.Time) Card {
	o, d := rv.Order, rv.Draft
	svc := o.Service.Code
	if o.Service.Display != "" {
		svc = o.Service.Code + " " + o.Service.Display
	}
	c := Card{UUID: rv.AssertionID, Indicator: Info, Source: Source{Label: sourceLabel, Topic: crdTopic}}
	switch {
	case d == nil:
		c.Summary = summary("Prior authorization review unavailable for " + svc)
		c.Detail = "umassist could not review this order just now. Nothing is decided; check the payer's prior authorization list before sending."
	case d.Policy == "":
		c.Summary = summary("No payer policy on file for " + svc + ": prior authorization requirements unknown")
		c.Detail = fmt.Sprintf("umassist found no coverage policy governing %s for this payer. Check the payer's prior authorization list before sending.", svc)
	case d.Recommendation == umassist.RecommendApprove:
		c.Summary = summary(d.Policy + ": prior authorization needed; the chart documents every criterion")
		c.Detail = checklist(d) + "\n\nSend the cited notes and results with the request. A licensed reviewer decides; this is not an approval."
	case d.Recommendation == umassist.RecommendRequestInfo && len(d.Questions) > 0:
		q := d.Questions[0]
		c.Indicator = Warning
		c.Summary = summary("Before signing: " + q)
		c.Detail = fmt.Sprintf("**%s** governs this order and asks for something the chart does not yet show:\n\n> %s\n\n%s\n\nDocumenting it now avoids a query from the payer after the request is sent.", d.Policy, q, checklist(d))
		c.Suggestions = []Suggestion{{
			Label: "Add a to-do: " + summary(q), UUID: rv.AssertionID + "-todo", IsRecommended: true,
			Actions: []Action{{Type: "create", Description: "A task for the ordering clinician to document what the policy asks", Resource: taskFor(o, q, patient, user, now)}},
		}}
		c.SelectionBehavior = "at-most-one"
		c.OverrideReasons = overrideReasons
	default:
		c.Indicator = Warning
		c.Summary = summary(d.Policy + ": prior authorization needed; for a physician reviewer, " + firstGap(d))
		c.Detail = checklist(d) + "\n\numassist never denies: a physician reviewer reads the chart before any decision."
	}
	return c
}

// firstGap names the first criterion that is not met or not documented,
// shortly ("not met: left ventricular ejection fraction is 35 % or lower").
func firstGap(d *umassist.Draft) string {
	for _, c := range d.Criteria {
		switch {
		case c.Exclusion && c.Status == umassist.CriterionMet:
			_, text, _ := strings.Cut(c.Text, ": ")
			return "present: " + shortCriterion(text)
		case !c.Exclusion && c.Status != umassist.CriterionMet:
			return statusWords(c) + ": " + shortCriterion(c.Text)
		}
	}
	return "the request"
}

// shortCriterion is a criterion's first clause, lower-cased.
func shortCriterion(text string) string {
	if i := strings.IndexAny(text, ",(;"); i > 0 {
		text = text[:i]
	}
	return strings.TrimSpace(strings.TrimSuffix(lowerFirst(strings.TrimSpace(text)), "."))
}

// lowerFirst lower-cases a sentence's first letter unless it begins an
// acronym ("LVEF is 35 % or lower" stays).
func lowerFirst(s string) string {
	rs := []rune(s)
	if len(rs) < 2 || unicode.IsUpper(rs[1]) {
		return s
	}
	rs[0] = unicode.ToLower(rs[0])
	return string(rs)
}

// checklist is the criteria as a clinician reads them: status in words,
// the criterion, and what the chart showed.
func checklist(d *umassist.Draft) string {
	var b strings.Builder
	fmt.Fprintf(&b, "What %s asks, and what the chart shows:\n", d.Policy)
	for _, c := range d.Criteria {
		fmt.Fprintf(&b, "\n- **%s**: %s", statusWords(c), c.Text)
		if c.Finding != "" {
			fmt.Fprintf(&b, " — %s", c.Finding)
		}
	}
	return b.String()
}

func statusWords(c umassist.Criterion) string {
	switch {
	case c.Exclusion && c.Status == umassist.CriterionMet:
		return "present"
	case c.Exclusion:
		return "absent"
	case c.Status == umassist.CriterionMet:
		return "documented"
	case c.Status == umassist.CriterionNotMet:
		return "not met"
	}
	return "not documented"
}

// taskFor is the to-do a question card suggests: a FHIR Task on the
// order, owned by the user who is ordering.
func taskFor(o order, question, patient, user string, now time.Time) json.RawMessage {
	t := map[string]any{
		"resourceType": "Task",
		"status":       "requested",
		"intent":       "order",
		"priority":     "routine",
		"code":         map[string]any{"text": "Complete documentation for prior authorization"},
		"description":  question,
		"focus":        map[string]string{"reference": o.Ref()},
		"for":          map[string]string{"reference": patient},
		"authoredOn":   now.UTC().Format(time.RFC3339),
	}
	if user != "" {
		t["owner"] = map[string]string{"reference": user}
	}
	b, _ := json.Marshal(t)
	return b
}

// coverageInformation is the CRD extension for an order. It never asserts
// that prior authorization is satisfied (that would be an approval): with
// a governing policy, authorization is needed and clinical documentation
// goes with it; without one, both are conditional.
func coverageInformation(rv reviewed, coverage string, day umassist.Date) map[string]any {
	sub := func(url, kind string, v any) map[string]any { return map[string]any{"url": url, kind: v} }
	cov := map[string]string{"display": "the patient's coverage"}
	if coverage != "" {
		cov = map[string]string{"reference": coverage}
	}
	ext := []map[string]any{sub("coverage", "valueReference", cov), sub("covered", "valueCode", "conditional")}
	d := rv.Draft
	var reason string
	switch {
	case d == nil || d.Policy == "":
		ext = append(ext, sub("pa-needed", "valueCode", "conditional"))
		reason = "No coverage policy on file governs this order; the payer's rules decide."
	default:
		ext = append(ext, sub("pa-needed", "valueCode", "auth-needed"), sub("doc-needed", "valueCode", "clinical"), sub("doc-purpose", "valueCode", "withpa"))
		reason = fmt.Sprintf("Coverage depends on the medical-necessity criteria of %s.", d.Policy)
		if gaps := len(d.Missing); gaps > 0 {
			reason += fmt.Sprintf(" %d not yet documented.", gaps)
		}
	}
	ext = append(ext,
		sub("info-needed", "valueCode", "OTH"),
		sub("reason", "valueCodeableConcept", map[string]string{"text": reason}),
		sub("date", "valueDate", day.String()),
		sub("coverage-assertion-id", "valueString", rv.AssertionID))
	return map[string]any{"url": CoverageInformationURL, "extension": ext}
}

// withCoverageInformation returns the order with the extension added (any
// earlier coverage-information extension replaced).
func withCoverageInformation(raw json.RawMessage, ext map[string]any) (json.RawMessage, error) {
	var r map[string]json.RawMessage
	if err := json.Unmarshal(raw, &r); err != nil {
		return nil, fmt.Errorf("cdshooks: order: %w", err)
	}
	var exts []json.RawMessage
	if e, ok := r["extension"]; ok {
		_ = json.Unmarshal(e, &exts)
	}
	kept := exts[:0]
	for _, e := range exts {
		var u struct {
			URL string `json:"url"`
		}
		if json.Unmarshal(e, &u) == nil && u.URL == CoverageInformationURL {
			continue
		}
		kept = append(kept, e)
	}
	b, err := json.Marshal(ext)
	if err != nil {
		return nil, fmt.Errorf("cdshooks: coverage information: %w", err)
	}
	kept = append(kept, b)
	if r["extension"], err = json.Marshal(kept); err != nil {
		return nil, fmt.Errorf("cdshooks: order: %w", err)
	}
	out, err := json.Marshal(r)
	if err != nil {
		return nil, fmt.Errorf("cdshooks: order: %w", err)
	}
	return out, nil
}
