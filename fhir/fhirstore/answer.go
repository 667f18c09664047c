package fhirstore

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir"
)

// Answer is the ordering clinician's answer to a request for information,
// filed as a note on the patient's record so that the re-draft reads it
// like any other note and cites it.
type Answer struct {
	ns     string
	parsed *fhir.Parsed
}

// NewAnswer builds the answer's DocumentReference ("answer-<case>-<n>").
// It is dated on the request date it supplements: a case is judged as of
// its request, and the answer tells what was true then (the NYHA class
// the request left out); when it arrived and who recorded it are in its
// description, and the audit log has both. The author is the ordering
// clinician, whose words they are.
func NewAnswer(ns string, c *umassist.Case, n int, text string, recordedBy umassist.Actor, received time.Time) (*Answer, error) {
	if strings.TrimSpace(text) == "" {
		return nil, umassist.Errorf(umassist.EINVALID, "answer: text is required")
	}
	id := fmt.Sprintf("answer-%s-%d", strings.NewReplacer("_", "-").Replace(c.ID), n)
	_, pid, _ := umassist.SplitRef(c.Patient)
	doc := map[string]any{
		"resourceType": "DocumentReference",
		"id":           id,
		"status":       "current",
		"subject":      map[string]any{"reference": "Patient/" + pid},
		"date":         c.Request.Date.Format(umassist.DateLayout),
		"type":         map[string]any{"text": "Ordering clinician's answer to a request for information"},
		"description": fmt.Sprintf("Answer for case %s, received %s and recorded by %s (%s); filed under the request date it supplements.",
			c.ID, received.UTC().Format(time.RFC3339), recordedBy.Name, recordedBy.Role),
		"author":  []any{map[string]any{"display": "Ordering clinician"}},
		"content": []any{map[string]any{"attachment": map[string]any{"contentType": "text/plain", "data": base64.StdEncoding.EncodeToString([]byte(text))}}},
	}
	raw, err := json.Marshal(doc)
	if err != nil {
		return nil, fmt.Errorf("answer: %w", err)
	}
	p, err := fhir.Decode(raw, "DocumentReference", fhir.ParseOptions{})
	if err != nil {
		return nil, fmt.Errorf("answer: %w", err)
	}
	return &Answer{ns: ns, parsed: p}, nil
}

// Ref is the answer's reference ("DocumentReference/answer-…").
func (a *Answer) Ref() string { return a.parsed.Res.Ref() }

// WriteTx stores the answer in tx, beside the patient's records.
func (a *Answer) WriteTx(ctx context.Context, tx pgx.Tx) ([]string, error) {
	if err := writeBatch(ctx, tx, a.ns, []*fhir.Parsed{a.parsed}); err != nil {
		return nil, fmt.Errorf("answer: %w", err)
	}
	return []string{a.Ref()}, nil
}
