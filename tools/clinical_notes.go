package tools

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir"
)

// ---- list_notes

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

// ---- read_note

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

// ---- search_notes

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
