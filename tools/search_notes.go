package tools

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir"
)

// SearchNotesArgs is a full-text search in the patient's notes.
type SearchNotesArgs struct {
	Query string `json:"query" jsonschema_description:"Words to find; all must appear in a note, e.g. \"NYHA class\"."`
	Limit int    `json:"limit,omitempty" jsonschema_description:"Notes to return (default 10, at most 50); each gives up to 3 snippets."`
	Range
}

func (a *SearchNotesArgs) validate() error {
	if strings.TrimSpace(a.Query) == "" {
		return errors.New("query is required")
	}
	if len(a.Query) > 500 {
		return errors.New("query is longer than 500 characters")
	}
	if len(fhir.SearchWords(a.Query)) == 0 {
		return errors.New("query has no searchable words")
	}
	if a.Limit < 0 {
		return errors.New("limit cannot be negative")
	}
	return a.Range.validate()
}

// NoteHitItem is one snippet of a matching note.
type NoteHitItem struct {
	Note             string              `json:"note"` // reference, for read_note
	Date             string              `json:"date"`
	Type             string              `json:"type"`
	AuthorRole       umassist.AuthorRole `json:"author_role,omitempty"`
	Offset           int                 `json:"offset"` // character offset of the match
	UntrustedSnippet string              `json:"untrusted_snippet"`
}

// SearchNotesResult is search_notes' result.
type SearchNotesResult struct {
	Query     string        `json:"query"`
	Hits      []NoteHitItem `json:"hits"`
	Truncated bool          `json:"truncated"`
}

func (c *clinical) searchNotes(ctx context.Context, a SearchNotesArgs) (*Output, error) {
	if err := c.checkScope(); err != nil {
		return nil, err
	}
	limit := a.Limit
	switch {
	case limit == 0:
		limit = 10
	case limit > 50:
		limit = 50
	}
	from, to := c.bounds(a.Range)
	hits, err := c.src.SearchNotes(ctx, umassist.NoteQuery{Patient: c.scope.Patient, Text: a.Query, From: from, To: to, Limit: limit + 1})
	if err != nil {
		return nil, fmt.Errorf("tools: search_notes: %w", err)
	}
	res := SearchNotesResult{Query: a.Query, Hits: []NoteHitItem{}}
	var refs []string
	seen := map[string]bool{}
	for _, h := range hits {
		if !c.noteVisible(h.Note) {
			continue
		}
		if !seen[h.Note.Ref] {
			if len(seen) == limit {
				res.Truncated = true
				break
			}
			seen[h.Note.Ref] = true
			refs = append(refs, h.Note.Ref)
		}
		res.Hits = append(res.Hits, NoteHitItem{Note: h.Note.Ref, Date: instant(h.Note.Date), Type: h.Note.Type, AuthorRole: h.Note.AuthorRole, Offset: h.Offset, UntrustedSnippet: h.Snippet})
	}
	if err := c.record(ctx, ToolSearchNotes, refs, "", map[string]any{"hits": len(res.Hits)}); err != nil {
		return nil, err
	}
	return &Output{Data: res, Resources: refs, Truncated: res.Truncated}, nil
}
