package umassist

import (
	"regexp"
	"time"
)

// Policy is one version of a coverage policy as stored: an NCD version
// from the CMS export or a payer document.
type Policy struct {
	// Namespace: "" is the standard corpus; eval runs use their own.
	Namespace string `json:"namespace"`
	// ID is the official id ("NCD 20.4") or the payer's document id.
	ID            string    `json:"id"`
	Version       string    `json:"version"`
	Source        string    `json:"source"` // "ncd" or "doc"
	Payer         string    `json:"payer"`  // "medicare" for NCDs
	Title         string    `json:"title"`
	Effective     time.Time `json:"effective,omitzero"`
	Implemented   time.Time `json:"implemented,omitzero"`
	Terminated    time.Time `json:"terminated,omitzero"`
	CoverageLevel string    `json:"coverage_level,omitempty"`
	// BenefitCategories are the Medicare benefit categories the NCD sits in.
	BenefitCategories []string `json:"benefit_categories,omitempty"`
	URL               string   `json:"url,omitempty"`
}

// Passage is one citable chunk of a policy version.
type Passage struct {
	// ID is "<policy id>#<key>", e.g. "NCD 20.4#B3"; see policies/doc.go
	// for the scheme.
	ID       string `json:"id"`
	PolicyID string `json:"policy_id"`
	Version  string `json:"version"`
	Ordinal  int    `json:"ordinal"`
	Section  string `json:"section"`
	Text     string `json:"text"`
}

// PolicyIDRE is the form of an NCD id; payer documents carry their own ids.
var PolicyIDRE = regexp.MustCompile(`^NCD \d{1,3}(\.\d{1,3}){0,3}$`)

// PassageIDRE is the form of every passage id: policy id, "#", block key,
// optionally "~n" for the n-th chunk of a long block (see policies/doc.go).
var PassageIDRE = regexp.MustCompile(`^(.+)#([A-Za-z0-9]+(\.\d+)?)(~\d+)?$`)
