package fhir

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/umassist/umassist"
)

type remoteNote struct {
	note      umassist.Note
	text      string
	authorRef string // see AuthorRef
}

// notes lists a patient's notes with their text: DocumentReferences and
// DiagnosticReports that carry a readable attachment, newest first.
func (c *Client) notes(ctx context.Context, q umassist.NoteQuery, keep func(remoteNote) bool, want int) ([]remoteNote, error) {
	var all []remoteNote
	for _, typ := range []string{"DocumentReference", "DiagnosticReport"} {
		v, err := c.params(typ, q.Patient, q.From, time.Time{}, false, c.pageSize)
		if err != nil {
			return nil, err
		}
		n := 0
		err = c.searchAll(ctx, typ, v, func(p *Parsed) bool {
			rn, ok := noteOf(p, q)
			if !ok || !keep(rn) {
				return true
			}
			all = append(all, rn)
			n++
			return want <= 0 || n < want
		})
		if err != nil {
			return nil, err
		}
	}
	sortNotes(all)
	c.nameAuthors(ctx, all)
	return all, nil
}

// nameAuthors names each note's referenced author (AuthorLabel), reading
// each Practitioner or Organization once. A reference the server cannot resolve leaves
// the note as it was: who wrote it is worth a read, not a failed review.
func (c *Client) nameAuthors(ctx context.Context, ns []remoteNote) {
	read := map[string][]byte{}
	for i, n := range ns {
		typ, _, ok := umassist.SplitRef(n.authorRef)
		if !ok || !AuthorType(typ) {
			continue
		}
		raw, seen := read[n.authorRef]
		if !seen {
			if r, err := c.Read(ctx, n.authorRef); err == nil {
				raw = r.Raw
			}
			read[n.authorRef] = raw
		}
		if raw != nil {
			ns[i].note.Author = AuthorLabel(n.note.Author, raw)
		}
	}
}

// Notes lists a patient's notes, newest first.
func (c *Client) Notes(ctx context.Context, q umassist.NoteQuery) ([]umassist.Note, error) {
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	typ := strings.ToLower(strings.TrimSpace(q.Text))
	ns, err := c.notes(ctx, q, func(n remoteNote) bool {
		return typ == "" || strings.Contains(strings.ToLower(n.note.Type), typ)
	}, max(q.Offset, 0)+limit)
	if err != nil {
		return nil, err
	}
	var out []umassist.Note
	for i := max(q.Offset, 0); i < len(ns) && len(out) < limit; i++ {
		out = append(out, ns[i].note)
	}
	return out, nil
}

// NoteText reads a note and extracts its text.
func (c *Client) NoteText(ctx context.Context, ref string) (umassist.Note, string, error) {
	r, err := c.Read(ctx, ref)
	if err != nil {
		return umassist.Note{}, "", err
	}
	p, err := Decode(r.Raw, r.Type, ParseOptions{MaxNoteBytes: c.maxNoteBytes})
	if err != nil {
		return umassist.Note{}, "", fmt.Errorf("fhir: note %s: %w", ref, err)
	}
	if p.Note == nil {
		return umassist.Note{}, "", umassist.Errorf(umassist.ENOTFOUND, "fhir: %s has no readable note text", ref)
	}
	n := []remoteNote{{note: umassist.Note{Ref: r.Ref(), Patient: r.Patient, Date: r.Date, Type: p.Note.Type, Author: p.Note.Author, AuthorRole: p.Note.AuthorRole,
		ContentType: p.Note.ContentType, Length: utf8.RuneCountInString(p.Note.Text)}, authorRef: AuthorRef(p.Meta)}}
	c.nameAuthors(ctx, n)
	return n[0].note, p.Note.Text, nil
}

// SearchNotes finds the patient's notes holding every word of q.Text.
// Servers rarely index note text, so the words are matched here.
func (c *Client) SearchNotes(ctx context.Context, q umassist.NoteQuery) ([]umassist.NoteHit, error) {
	if strings.TrimSpace(q.Text) == "" {
		return nil, umassist.Errorf(umassist.EINVALID, "fhir: note search needs words")
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 20
	}
	ns, err := c.notes(ctx, umassist.NoteQuery{Patient: q.Patient, From: q.From, To: q.To}, func(n remoteNote) bool {
		return ContainsWords(n.text, q.Text)
	}, 0)
	if err != nil {
		return nil, err
	}
	return noteHits(page(ns, q.Offset, limit), q.Text), nil
}
