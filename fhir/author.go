package fhir

import (
	"encoding/json"
	"strings"
)

// practitioner is the part of a Practitioner or PractitionerRole that
// says who someone is and what they practise.
type practitioner struct {
	ResourceType string `json:"resourceType"`
	Name         []struct {
		Text   string   `json:"text"`
		Family string   `json:"family"`
		Given  []string `json:"given"`
		Suffix []string `json:"suffix"`
	} `json:"name"`
	Qualification []struct {
		Code CodeableConcept `json:"code"`
	} `json:"qualification"`
	// PractitionerRole
	Practitioner Reference         `json:"practitioner"`
	Code         []CodeableConcept `json:"code"`
	Specialty    []CodeableConcept `json:"specialty"`
}

// organization is what an Organization says of itself: its name and
// kind ("Keystone Home Oxygen", "DME supplier").
type organization struct {
	Name string            `json:"name"`
	Type []CodeableConcept `json:"type"`
}

// AuthorLabel names a note's author from the Practitioner,
// PractitionerRole or Organization its author reference points to,
// keeping the note's own display: "Gregor Halloran-Beck, MD
// (Interventional Cardiology)", "Keystone Home Oxygen (DME supplier)".
// EHR exports often name the author by reference only, and what the
// author practises is in the referenced resource: a policy that asks for
// a decision visit with a non-interventional physician needs it. raw of
// any other type gives display back.
func AuthorLabel(display string, raw []byte) string {
	var head struct {
		ResourceType string `json:"resourceType"`
	}
	if json.Unmarshal(raw, &head) != nil || !AuthorType(head.ResourceType) {
		return display
	}
	var p practitioner
	var org organization
	name := display
	if head.ResourceType == "Organization" {
		// An organisation's name is a string where a person's is a list.
		if json.Unmarshal(raw, &org) != nil {
			return display
		}
		if name == "" {
			name = org.Name
		}
	} else {
		if json.Unmarshal(raw, &p) != nil {
			return display
		}
		if name == "" {
			name = p.name()
		}
	}
	var what []string
	add := func(cc CodeableConcept) {
		if l := strings.TrimSpace(cc.Label()); l != "" && !strings.Contains(strings.ToLower(name), strings.ToLower(l)) {
			what = append(what, l)
		}
	}
	for _, q := range p.Qualification {
		add(q.Code)
	}
	for _, cc := range append(append(p.Code, p.Specialty...), org.Type...) {
		add(cc)
	}
	if len(what) == 0 {
		return name
	}
	if name == "" {
		return strings.Join(what, "; ")
	}
	return name + " (" + strings.Join(what, "; ") + ")"
}

// name is the first of a Practitioner's names as written ("Jane Q. Roe, MD"), or
// a PractitionerRole's practitioner display.
func (p *practitioner) name() string {
	if p.ResourceType == "PractitionerRole" {
		return p.Practitioner.Display
	}
	for _, n := range p.Name {
		if n.Text != "" {
			return n.Text
		}
		s := strings.TrimSpace(strings.Join(append(append([]string{}, n.Given...), n.Family), " "))
		if len(n.Suffix) > 0 {
			s += ", " + strings.Join(n.Suffix, " ")
		}
		if s != "" {
			return s
		}
	}
	return ""
}

// AuthorType reports whether a resource type names who wrote a note:
// a Practitioner, PractitionerRole or Organization.
func AuthorType(typ string) bool {
	return typ == "Practitioner" || typ == "PractitionerRole" || typ == "Organization"
}

// AuthorRef is the reference of a note's first author, else of a report's
// first performer: where AuthorLabel's resource is found.
func AuthorRef(r *Resource) string {
	if r == nil {
		return ""
	}
	for _, a := range r.Author {
		if a.Reference != "" {
			return a.Reference
		}
	}
	var refs []Reference
	if len(r.Performer) > 0 && json.Unmarshal(r.Performer, &refs) == nil {
		for _, a := range refs {
			if a.Reference != "" {
				return a.Reference
			}
		}
	}
	return ""
}
