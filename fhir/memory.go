package fhir

import (
	"context"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/umassist/umassist"
)

// MemorySource is a FHIRSource over resources held in memory: what an EHR
// sends with a CDS Hooks call (prefetch), read once and never stored. It
// answers like the local store and the remote client (the shared tool
// suite holds it to that).
type MemorySource struct {
	byRef map[string]*Parsed
	all   []*Parsed
}

var _ umassist.FHIRSource = (*MemorySource)(nil)

// NewMemorySource indexes parsed resources. Later resources with the same
// reference replace earlier ones, as a load would.
func NewMemorySource(ps ...*Parsed) *MemorySource {
	m := &MemorySource{byRef: map[string]*Parsed{}}
	for _, p := range ps {
		if p == nil || p.Res == nil {
			continue
		}
		ref := p.Res.Ref()
		if _, ok := m.byRef[ref]; !ok {
			m.all = append(m.all, p)
		} else {
			for i := range m.all {
				if m.all[i].Res.Ref() == ref {
					m.all[i] = p
				}
			}
		}
		m.byRef[ref] = p
	}
	// Name each note's referenced author, as the local store does on load.
	for i, p := range m.all {
		if p.Note == nil || p.Meta == nil {
			continue
		}
		a, ok := m.byRef[AuthorRef(p.Meta)]
		if !ok {
			continue
		}
		if l := AuthorLabel(p.Note.Author, a.Res.Raw); l != p.Note.Author {
			nc, cp := *p.Note, *p
			nc.Author, cp.Note = l, &nc
			m.all[i], m.byRef[p.Res.Ref()] = &cp, &cp
		}
	}
	return m
}

// Len is the number of resources held.
func (m *MemorySource) Len() int { return len(m.all) }

// Read returns one resource by "Type/id".
func (m *MemorySource) Read(_ context.Context, ref string) (*umassist.Resource, error) {
	if _, _, ok := umassist.SplitRef(ref); !ok {
		return nil, umassist.Errorf(umassist.EINVALID, "fhir: reference %q is not Type/id", ref)
	}
	p, ok := m.byRef[ref]
	if !ok {
		return nil, umassist.Errorf(umassist.ENOTFOUND, "fhir: %s not found", ref)
	}
	return p.Res, nil
}

// Search filters the held resources as the local store's search does.
func (m *MemorySource) Search(_ context.Context, q umassist.FHIRQuery) ([]*umassist.Resource, error) {
	if q.Type == "" || q.Patient == "" {
		return nil, umassist.Errorf(umassist.EINVALID, "fhir: search needs a type and a patient")
	}
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	var hits []*umassist.Resource
	for _, p := range m.all {
		if p.Res.Type != q.Type || !queryMatches(q, p) {
			continue
		}
		if len(q.Codes) > 0 && !anyCode(p.Meta.CodeTokens(), q.Codes) {
			continue
		}
		if q.Category != "" && !slices.Contains(p.Meta.CategoryCodes(), q.Category) {
			continue
		}
		hits = append(hits, p.Res)
	}
	sortResources(hits, q.Oldest)
	return page(hits, q.Offset, limit), nil
}

// queryMatches applies the filters every source applies itself (the remote
// client cannot ask a server for them): patient, date bounds, free text on
// the code and status. Undated resources pass a To bound, not a From bound.
func queryMatches(q umassist.FHIRQuery, p *Parsed) bool {
	switch {
	case p.Res.Patient != q.Patient:
		return false
	case !q.To.IsZero() && !p.Res.Date.IsZero() && p.Res.Date.After(q.To):
		return false
	case !q.From.IsZero() && (p.Res.Date.IsZero() || p.Res.Date.Before(q.From)):
		return false
	}
	if text := strings.ToLower(strings.TrimSpace(q.Text)); text != "" && !strings.Contains(strings.ToLower(p.Meta.CodeText()), text) {
		return false
	}
	return len(q.Status) == 0 || slices.Contains(q.Status, p.Meta.StatusCode())
}

// anyCode reports whether a resource's code tokens ("system|code" and
// "code") match any wanted token.
func anyCode(have, want []string) bool {
	for _, w := range want {
		if slices.Contains(have, w) {
			return true
		}
	}
	return false
}

func page[T any](xs []T, offset, limit int) []T {
	offset = max(offset, 0)
	if offset >= len(xs) {
		return nil
	}
	return xs[offset:min(len(xs), offset+limit)]
}

// noteOf is a parsed note as the tools list it; ok is false when p is not
// a readable note of q's patient within q's dates.
func noteOf(p *Parsed, q umassist.NoteQuery) (remoteNote, bool) {
	if p.Note == nil || p.Res.Patient != q.Patient {
		return remoteNote{}, false
	}
	if !q.To.IsZero() && !p.Res.Date.IsZero() && p.Res.Date.After(q.To) {
		return remoteNote{}, false
	}
	if !q.From.IsZero() && (p.Res.Date.IsZero() || p.Res.Date.Before(q.From)) {
		return remoteNote{}, false
	}
	return remoteNote{note: umassist.Note{Ref: p.Res.Ref(), Patient: p.Res.Patient, Date: p.Res.Date, Type: p.Note.Type,
		Author: p.Note.Author, AuthorRole: p.Note.AuthorRole, ContentType: p.Note.ContentType,
		Length: utf8.RuneCountInString(p.Note.Text)}, text: p.Note.Text, authorRef: AuthorRef(p.Meta)}, true
}

// sortNotes orders notes newest first, undated last, ties by reference.
func sortNotes(ns []remoteNote) {
	sort.SliceStable(ns, func(i, j int) bool {
		a, b := ns[i].note, ns[j].note
		if !a.Date.Equal(b.Date) {
			if a.Date.IsZero() || b.Date.IsZero() {
				return b.Date.IsZero()
			}
			return a.Date.After(b.Date)
		}
		return a.Ref > b.Ref
	})
}

func (m *MemorySource) notes(q umassist.NoteQuery) []remoteNote {
	var out []remoteNote
	for _, p := range m.all {
		if n, ok := noteOf(p, q); ok {
			out = append(out, n)
		}
	}
	sortNotes(out)
	return out
}

// Notes lists the patient's notes, newest first.
func (m *MemorySource) Notes(_ context.Context, q umassist.NoteQuery) ([]umassist.Note, error) {
	if q.Patient == "" {
		return nil, umassist.Errorf(umassist.EINVALID, "fhir: notes need a patient")
	}
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	typ := strings.ToLower(strings.TrimSpace(q.Text))
	var out []umassist.Note
	for _, n := range m.notes(umassist.NoteQuery{Patient: q.Patient, From: q.From, To: q.To}) {
		if typ == "" || strings.Contains(strings.ToLower(n.note.Type), typ) {
			out = append(out, n.note)
		}
	}
	return page(out, q.Offset, limit), nil
}

// NoteText returns a held note's extracted text.
func (m *MemorySource) NoteText(ctx context.Context, ref string) (umassist.Note, string, error) {
	if _, err := m.Read(ctx, ref); err != nil {
		return umassist.Note{}, "", err
	}
	p := m.byRef[ref]
	n, ok := noteOf(p, umassist.NoteQuery{Patient: p.Res.Patient})
	if !ok {
		return umassist.Note{}, "", umassist.Errorf(umassist.ENOTFOUND, "fhir: %s has no readable note text", ref)
	}
	return n.note, n.text, nil
}

// SearchNotes finds the patient's notes holding every word of q.Text.
func (m *MemorySource) SearchNotes(_ context.Context, q umassist.NoteQuery) ([]umassist.NoteHit, error) {
	if strings.TrimSpace(q.Text) == "" {
		return nil, umassist.Errorf(umassist.EINVALID, "fhir: note search needs words")
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 20
	}
	var matched []remoteNote
	for _, n := range m.notes(umassist.NoteQuery{Patient: q.Patient, From: q.From, To: q.To}) {
		if ContainsWords(n.text, q.Text) {
			matched = append(matched, n)
		}
	}
	return noteHits(page(matched, q.Offset, limit), q.Text), nil
}

// noteHits lists up to three snippets of each note where the words appear.
func noteHits(ns []remoteNote, words string) []umassist.NoteHit {
	var out []umassist.NoteHit
	for _, n := range ns {
		for _, s := range FindSnippets(n.text, words, 3) {
			out = append(out, umassist.NoteHit{Note: n.note, Offset: s.Offset, Snippet: s.Text})
		}
	}
	return out
}
