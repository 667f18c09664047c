package tools

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/umassist/umassist"
)

// NotesArgs filters list_notes.
type NotesArgs struct {
	Type string `json:"type,omitempty" jsonschema_description:"Words in the note type, e.g. \"cardiology\" or \"discharge\"."`
	Range
	Paging
}

func (a *NotesArgs) validate() error {
	if len(a.Type) > 200 {
		return errors.New("type is longer than 200 characters")
	}
	if err := a.Range.validate(); err != nil {
		return err
	}
	return a.Paging.validate()
}

// NoteItem is one note in a list.
type NoteItem struct {
	Ref    string `json:"ref"`
	Date   string `json:"date"`
	Type   string `json:"type"`
	Author string `json:"author,omitempty"`
	// AuthorRole is who wrote it: a patient's or payer's own text is shown
	// but is never evidence.
	AuthorRole  umassist.AuthorRole `json:"author_role,omitempty"`
	ContentType string              `json:"content_type"`
	Length      int                 `json:"length"` // characters
}

// NotesResult is list_notes' result.
type NotesResult struct {
	Notes []NoteItem `json:"notes"`
	Page
}

func noteItem(n umassist.Note) NoteItem {
	return NoteItem{Ref: n.Ref, Date: instant(n.Date), Type: n.Type, Author: n.Author, AuthorRole: n.AuthorRole, ContentType: n.ContentType, Length: n.Length}
}

func (c *clinical) noteVisible(n umassist.Note) bool {
	return n.Patient == c.scope.Patient && (n.Date.IsZero() || !n.Date.After(c.asOf()))
}

func (c *clinical) listNotes(ctx context.Context, a NotesArgs) (*Output, error) {
	if err := c.checkScope(); err != nil {
		return nil, err
	}
	from, to := c.bounds(a.Range)
	limit := a.limit()
	ns, err := c.src.Notes(ctx, umassist.NoteQuery{Patient: c.scope.Patient, Text: strings.TrimSpace(a.Type), From: from, To: to, Offset: a.Offset, Limit: limit + 1})
	if err != nil {
		return nil, fmt.Errorf("tools: list_notes: %w", err)
	}
	res := NotesResult{Notes: []NoteItem{}}
	var refs []string
	for _, n := range ns {
		if c.noteVisible(n) {
			res.Notes = append(res.Notes, noteItem(n))
			refs = append(refs, n.Ref)
		}
	}
	trunc := len(res.Notes) > limit
	if trunc {
		res.Notes, refs = res.Notes[:limit], refs[:limit]
	}
	res.Page = page(a.Offset, len(res.Notes), trunc)
	if err := c.record(ctx, ToolListNotes, refs, "", nil); err != nil {
		return nil, err
	}
	return &Output{Data: res, Resources: refs, Truncated: trunc}, nil
}
