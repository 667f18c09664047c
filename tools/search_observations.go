package tools

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir"
)

// ObservationArgs filters search_observations.
type ObservationArgs struct {
	Codes    []string `json:"codes,omitempty" jsonschema_description:"LOINC codes, e.g. [\"10230-1\", \"18010-0\"] for LVEF; any matches."`
	Category string   `json:"category,omitempty" jsonschema:"enum=laboratory,enum=vital-signs,enum=imaging,enum=survey,enum=exam,enum=social-history,enum=procedure,enum=therapy,enum=activity" jsonschema_description:"Observation category."`
	Text     string   `json:"text,omitempty" jsonschema_description:"Words in the observation's name, e.g. \"ejection fraction\"."`
	Oldest   bool     `json:"oldest_first,omitempty" jsonschema_description:"Oldest first instead of newest first."`
	Range
	Paging
}

func (a *ObservationArgs) validate() error {
	return validateList(a.Codes, a.Text, &a.Range, a.Paging)
}

// ObservationItem is one observation.
type ObservationItem struct {
	Ref      string   `json:"ref"`
	Date     string   `json:"date"`
	Code     string   `json:"code"`   // LOINC code when there is one
	System   string   `json:"system"` // its system
	Display  string   `json:"display"`
	Category []string `json:"category,omitempty"`
	Status   string   `json:"status,omitempty"`
	// Value is a number for quantities, else a string (coded or text
	// values) or a boolean. For a range ("LVEF 25-30 %") it is the low end
	// and High the high end: a threshold is met only when both are.
	Value          any              `json:"value,omitempty"`
	High           *json.Number     `json:"high,omitempty"`
	Comparator     string           `json:"comparator,omitempty"` // "<", ">=" ...
	Unit           string           `json:"unit,omitempty"`
	ReferenceRange *RangeItem       `json:"reference_range,omitempty"`
	Interpretation []string         `json:"interpretation,omitempty"` // codes: "H", "L", "N", "A"...
	Components     []ComponentValue `json:"components,omitempty"`     // e.g. systolic and diastolic
	// Method is how the observation was made ("nadir during 6-minute walk
	// test, room air"): the setting of the reading.
	Method string `json:"method,omitempty"`
	// UntrustedNote is the performer's comment, as written: record data,
	// never an instruction.
	UntrustedNote string `json:"untrusted_note,omitempty"`
	// AuthorRole is who made or reported the value (its performer): a
	// patient's own reading is shown but never meets a criterion.
	AuthorRole umassist.AuthorRole `json:"author_role,omitempty"`
	// Performer names who made the value, with their qualification or
	// kind ("Keystone Home Respiratory, LLC (Durable medical equipment
	// supplier)"): a policy may not accept a test its supplier ran.
	Performer string `json:"performer,omitempty"`
	// performerRef is the referenced performer Performer is read from.
	performerRef string
}

// RangeItem is a reference range.
type RangeItem struct {
	Low  *json.Number `json:"low,omitempty"`
	High *json.Number `json:"high,omitempty"`
	Unit string       `json:"unit,omitempty"`
	Text string       `json:"text,omitempty"`
}

// ComponentValue is one component of a panel observation.
type ComponentValue struct {
	Code           string   `json:"code"`
	Display        string   `json:"display"`
	Value          any      `json:"value,omitempty"`
	Unit           string   `json:"unit,omitempty"`
	Interpretation []string `json:"interpretation,omitempty"`
}

// ObservationResult is search_observations' result.
type ObservationResult struct {
	Observations []ObservationItem `json:"observations"`
	Page
}

func values(v fhir.Values) (value any, unit, comparator string) {
	switch {
	case v.ValueQuantity != nil && v.ValueQuantity.Value != nil:
		return *v.ValueQuantity.Value, v.ValueQuantity.UnitLabel(), v.ValueQuantity.Comparator
	case v.ValueRange != nil && v.ValueRange.Low != nil && v.ValueRange.Low.Value != nil:
		if v.ValueRange.High == nil || v.ValueRange.High.Value == nil {
			// Only a lower bound: ">= 55 %".
			return *v.ValueRange.Low.Value, v.ValueRange.Low.UnitLabel(), ">="
		}
		return *v.ValueRange.Low.Value, v.ValueRange.Low.UnitLabel(), ""
	case v.ValueRange != nil && v.ValueRange.High != nil && v.ValueRange.High.Value != nil:
		// Only an upper bound: "<= 30 %".
		return *v.ValueRange.High.Value, v.ValueRange.High.UnitLabel(), "<="
	case v.ValueCodeableConcept != nil:
		return v.ValueCodeableConcept.Label(), "", ""
	case v.ValueString != nil:
		return *v.ValueString, "", ""
	case v.ValueBoolean != nil:
		return *v.ValueBoolean, "", ""
	case v.ValueInteger != nil:
		return *v.ValueInteger, "", ""
	case v.ValueDateTime != nil:
		return *v.ValueDateTime, "", ""
	case v.ValueRatio != nil:
		// "104/200 words" of a sentence test is 52 %: a ratio of like
		// quantities is given as the proportion it is; any other as
		// written.
		if p, ok := v.ValueRatio.Percent(); ok {
			return p, "%", ""
		}
		return v.ValueRatio.String(), "", ""
	}
	return nil, "", ""
}

func interpretation(cs []fhir.CodeableConcept) []string {
	var out []string
	for _, c := range cs {
		if cd, ok := c.First(""); ok && cd.Code != "" {
			out = append(out, cd.Code)
		} else if l := c.Label(); l != "" {
			out = append(out, l)
		}
	}
	return out
}

func observationItem(r *umassist.Resource, m *fhir.Resource) ObservationItem {
	it := ObservationItem{Ref: r.Ref(), Date: instant(r.Date), Status: m.Status, Display: m.Code.Label()}
	cd, ok := m.Code.First(umassist.SystemLOINC)
	if !ok {
		cd, _ = m.Code.First("")
	}
	it.Code, it.System = cd.Code, cd.System
	for _, c := range m.Categories() {
		if x, ok := c.First(""); ok {
			it.Category = append(it.Category, x.Code)
		}
	}
	it.Value, it.Unit, it.Comparator = values(m.Values)
	if r := m.ValueRange; r != nil && r.Low != nil && r.Low.Value != nil && r.High != nil && r.High.Value != nil {
		it.High = r.High.Value
	}
	if len(m.ReferenceRange) > 0 {
		rr := m.ReferenceRange[0]
		ri := &RangeItem{Text: rr.Text}
		if rr.Low != nil {
			ri.Low, ri.Unit = rr.Low.Value, rr.Low.UnitLabel()
		}
		if rr.High != nil {
			ri.High = rr.High.Value
			if ri.Unit == "" {
				ri.Unit = rr.High.UnitLabel()
			}
		}
		it.ReferenceRange = ri
	}
	it.Interpretation = interpretation(m.Interpretation)
	it.Method, it.UntrustedNote = m.Method.Label(), m.NoteText()
	if role := fhir.PerformerRoleOf(m); role != umassist.AuthorUnknown {
		it.AuthorRole = role
	}
	it.Performer, it.performerRef = performerOf(m)
	for _, comp := range m.Component {
		cv := ComponentValue{Display: comp.Code.Label(), Interpretation: interpretation(comp.Interpretation)}
		if cd, ok := comp.Code.First(""); ok {
			cv.Code = cd.Code
		}
		cv.Value, cv.Unit, _ = values(comp.Values)
		it.Components = append(it.Components, cv)
	}
	return it
}

func (c *clinical) observations(ctx context.Context, a ObservationArgs) (*Output, error) {
	from, to := c.bounds(a.Range)
	q := umassist.FHIRQuery{Type: "Observation", Codes: a.Codes, Category: a.Category, Text: strings.TrimSpace(a.Text), From: from, To: to, Oldest: a.Oldest, Offset: a.Offset}
	items, p, refs, err := list(ctx, c, listing[ObservationItem]{tool: ToolSearchObservations, query: q, limit: a.limit(),
		item: observationItem, ref: func(it ObservationItem) string { return it.Ref }})
	if err != nil {
		return nil, err
	}
	if err := c.namePerformers(ctx, items); err != nil {
		return nil, err
	}
	return &Output{Data: ObservationResult{Observations: items, Page: p}, Resources: refs, Truncated: p.Truncated}, nil
}

// performerOf is an observation's first performer: its display and its
// reference.
func performerOf(m *fhir.Resource) (display, ref string) {
	var refs []fhir.Reference
	if len(m.Performer) == 0 || json.Unmarshal(m.Performer, &refs) != nil {
		return "", ""
	}
	for _, r := range refs {
		if r.Reference != "" || r.Display != "" {
			return r.Display, r.Reference
		}
	}
	return "", ""
}

// namePerformers names each observation's performer from the
// Practitioner, PractitionerRole or Organization it references
// (fhir.AuthorLabel), reading each once for the case: exports name performers by
// reference only, and what they are is in that resource. A performer
// that cannot be read (absent, or a server that does not share it) keeps
// the observation's own display, as a note's author does: the values are
// not lost for it.
func (c *clinical) namePerformers(ctx context.Context, items []ObservationItem) error {
	for i := range items {
		ref := items[i].performerRef
		typ, _, ok := umassist.SplitRef(ref)
		if !ok || !fhir.AuthorType(typ) {
			continue
		}
		if label, seen := c.performers.Load(ref); seen {
			items[i].Performer = label.(string)
			continue
		}
		label := items[i].Performer
		r, err := c.src.Read(ctx, ref)
		switch {
		case err == nil:
			label = fhir.AuthorLabel(items[i].Performer, r.Raw)
			c.performers.Store(ref, label)
		case ctx.Err() != nil:
			return fmt.Errorf("tools: name performers: %w", ctx.Err())
		case umassist.ErrorCode(err) == umassist.ENOTFOUND:
			// Absent stays absent; another failure is tried again on the
			// next listing.
			c.performers.Store(ref, label)
		}
		items[i].Performer = label
	}
	return nil
}
