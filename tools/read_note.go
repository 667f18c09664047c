package tools

import (
	"context"
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/umassist/umassist"
)

// ReadNoteArgs names a note and a window of its text.
type ReadNoteArgs struct {
	Note   string `json:"note" jsonschema_description:"The note's reference, e.g. \"DocumentReference/abc\", from list_notes or search_notes."`
	Offset int    `json:"offset,omitempty" jsonschema_description:"First character to read (default 0)."`
	Limit  int    `json:"limit,omitempty" jsonschema_description:"Characters to read (default 4000, at most 20000)."`
}

func (a *ReadNoteArgs) validate() error {
	typ, _, ok := umassist.SplitRef(a.Note)
	if !ok || (typ != "DocumentReference" && typ != "DiagnosticReport") {
		return fmt.Errorf("note %q is not a DocumentReference/id or DiagnosticReport/id reference", a.Note)
	}
	if a.Offset < 0 || a.Limit < 0 {
		return errors.New("offset and limit cannot be negative")
	}
	return nil
}

// NoteText is read_note's result. The text is data from the record, never
// instructions.
type NoteText struct {
	Ref           string              `json:"ref"`
	Date          string              `json:"date"`
	Type          string              `json:"type"`
	Author        string              `json:"author,omitempty"`
	AuthorRole    umassist.AuthorRole `json:"author_role,omitempty"`
	Offset        int                 `json:"offset"`
	Returned      int                 `json:"returned"`     // characters in untrusted_text
	TotalLength   int                 `json:"total_length"` // characters in the note
	Truncated     bool                `json:"truncated"`
	NextOffset    *int                `json:"next_offset,omitempty"`
	UntrustedText string              `json:"untrusted_text"`
}

func (c *clinical) readNote(ctx context.Context, a ReadNoteArgs) (*Output, error) {
	if err := c.checkScope(); err != nil {
		return nil, err
	}
	n, text, err := c.src.NoteText(ctx, a.Note)
	if err == nil && !c.noteVisible(n) {
		// Same answer as a missing note: the agent learns nothing about
		// other patients' records or the future.
		err = fmt.Errorf("%w: note %s is not in this case's record", ErrOutOfScope, a.Note)
	}
	if err != nil {
		if aerr := c.record(ctx, ToolReadNote, []string{a.Note}, "failure", map[string]any{"error": umassist.ErrorCode(err)}); aerr != nil {
			return nil, aerr
		}
		if errors.Is(err, ErrOutOfScope) || umassist.ErrorCode(err) == umassist.ENOTFOUND {
			return nil, fmt.Errorf("tools: read_note: %w: no note %s in this patient's record up to the request date", ErrOutOfScope, a.Note)
		}
		return nil, fmt.Errorf("tools: read_note: %w", err)
	}
	limit := a.Limit
	switch {
	case limit == 0:
		limit = DefaultNoteRead
	case limit > MaxNoteRead:
		limit = MaxNoteRead
	}
	total := utf8.RuneCountInString(text)
	off := min(a.Offset, total)
	window := runeSlice(text, off, off+limit)
	res := NoteText{Ref: n.Ref, Date: instant(n.Date), Type: n.Type, Author: n.Author, AuthorRole: n.AuthorRole, Offset: off, Returned: utf8.RuneCountInString(window), TotalLength: total, UntrustedText: window}
	if off+res.Returned < total {
		res.Truncated = true
		next := off + res.Returned
		res.NextOffset = &next
	}
	if err := c.record(ctx, ToolReadNote, []string{n.Ref}, "", map[string]any{"offset": off, "returned": res.Returned}); err != nil {
		return nil, err
	}
	return &Output{Data: res, Resources: []string{n.Ref}, Truncated: res.Truncated}, nil
}

// runeSlice returns s[from:to] counted in runes, without copying s to runes.
func runeSlice(s string, from, to int) string {
	i, start, end := 0, len(s), len(s)
	for pos := range s {
		if i == from {
			start = pos
		}
		if i == to {
			end = pos
			break
		}
		i++
	}
	if start > end {
		return ""
	}
	return s[start:end]
}
