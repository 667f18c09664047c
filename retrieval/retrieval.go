package retrieval

import (
	"time"
)

// Filter narrows a search.
type Filter struct {
	// Namespace: "" is the standard corpus; an eval run's namespace adds its
	// own policies beside it.
	Namespace string
	// Payer keeps policies of this payer (case-insensitive); empty: any.
	Payer string
	// AsOf keeps policy versions in force on this day; zero: today.
	AsOf time.Time
	// PolicyIDs keeps only these policies ("NCD 20.4"); empty: any.
	PolicyIDs []string
}

// Hit is one passage found by a search, with the ranks that placed it.
type Hit struct {
	PassageID     string    `json:"passage_id"` // "NCD 20.4#B3"
	PolicyID      string    `json:"policy_id"`  // "NCD 20.4"
	PolicyVersion string    `json:"policy_version"`
	PolicyTitle   string    `json:"policy_title"`
	Payer         string    `json:"payer"`
	Section       string    `json:"section"`
	Text          string    `json:"text"`
	Effective     time.Time `json:"effective,omitzero"`
	Terminated    time.Time `json:"terminated,omitzero"`
	// TextRank and VectorRank are 1-based ranks in each list (0: absent).
	TextRank   int     `json:"text_rank"`
	VectorRank int     `json:"vector_rank"`
	Score      float64 `json:"score"` // fused (Reciprocal Rank Fusion)
}
