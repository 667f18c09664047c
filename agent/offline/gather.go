package offline

import (
	"encoding/json"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/umassist/umassist/agent"
	"github.com/umassist/umassist/criteria"
	"github.com/umassist/umassist/tools"
)

// Gathering: which tool calls the offline model makes to read the chart
// for a pack's criteria (records, then notes, then the passages near what
// it found), each call once.

// adder makes tool calls once each, for tools the run offers.
type adder struct {
	s    *state
	seen map[string]bool
	out  []agent.ToolCall
}

func (a *adder) add(name string, args map[string]any) {
	if !a.s.has(name) {
		return
	}
	key, _ := json.Marshal(args)
	if k := name + string(key); !a.seen[k] {
		a.seen[k] = true
		a.out = append(a.out, a.s.tool(name, args))
	}
}

// evidenceCalls gathers, in one turn of parallel calls, what a nurse
// opens first: the patient's demographics and the record's conditions,
// medications, procedures, notes (listed) and recent observations, as of
// the request.
func (s *state) evidenceCalls() []agent.ToolCall {
	a := &adder{s: s, seen: map[string]bool{}}
	a.add(tools.ToolPatientOverview, map[string]any{})
	a.add(tools.ToolListConditions, map[string]any{"status": "all", "limit": 100})
	a.add(tools.ToolListMedications, map[string]any{"status": "all", "limit": 100})
	a.add(tools.ToolListProcedures, map[string]any{"limit": 100})
	a.add(tools.ToolListNotes, map[string]any{"limit": 100})
	a.add(tools.ToolSearchObservations, map[string]any{"limit": 100})
	return a.out
}

// readingCalls reads the notes whole (the newest first, and those written
// when a matching condition was diagnosed), up to maxNotesRead. Only a
// record larger than that is searched for the criteria's words, and only
// when the recent observations were cut off are the criteria's codes
// searched for.
func (s *state) readingCalls(p *tools.PolicyCriteriaResult) []agent.ToolCall {
	a := &adder{s: s, seen: map[string]bool{}}
	var notes []tools.NoteItem
	notesCut, obsCut := false, false
	for _, c := range s.calls {
		if c.failed {
			continue
		}
		switch c.name {
		case tools.ToolListNotes:
			var r tools.NotesResult
			if json.Unmarshal(c.data, &r) == nil {
				notes = append(notes, r.Notes...)
				notesCut = notesCut || r.Truncated
			}
		case tools.ToolSearchObservations:
			var r tools.ObservationResult
			if json.Unmarshal(c.data, &r) == nil {
				obsCut = obsCut || r.Truncated
			}
		}
	}
	sort.SliceStable(notes, func(i, j int) bool {
		if notes[i].Date != notes[j].Date {
			return notes[i].Date > notes[j].Date
		}
		return notes[i].Ref < notes[j].Ref
	})
	read := 0
	readNote := func(ref string) {
		if read < maxNotesRead && !a.seen[tools.ToolReadNote+ref] {
			a.seen[tools.ToolReadNote+ref] = true
			a.out = append(a.out, s.tool(tools.ToolReadNote, map[string]any{"note": ref, "limit": 20000}))
			read++
		}
	}
	for _, ref := range s.notesNearConditions() {
		readNote(ref)
	}
	for _, n := range notes {
		readNote(n.Ref)
	}
	var queries []string
	for _, c := range p.Criteria {
		for _, h := range c.Evidence {
			switch h.Kind {
			case criteria.KindObservation:
				if obsCut && len(h.LOINC) > 0 {
					codes := append([]string(nil), h.LOINC...)
					sort.Strings(codes)
					a.add(tools.ToolSearchObservations, map[string]any{"codes": codes, "limit": 20})
				}
			case criteria.KindNote:
				if h.Measure != "" {
					queries = append(queries, criteria.MeasureSearchWords(h.Measure)...)
				}
				queries = append(queries, h.Phrases...)
			}
		}
	}
	if notesCut || len(notes) > maxNotesRead {
		// A note holding every word of "NYHA class III" holds "NYHA": one
		// search for the shorter query finds both.
		for _, q := range minimalQueries(queries) {
			a.add(tools.ToolSearchNotes, map[string]any{"query": q, "limit": 20})
		}
	}
	return a.out
}

// searchHitReads reads, once each, the notes the searches found that were
// not read yet (newest first, at most maxSearchReads).
func (s *state) searchHitReads() []agent.ToolCall {
	read := map[string]bool{}
	for _, c := range s.calls {
		if c.name == tools.ToolReadNote {
			if ref, ok := c.args["note"].(string); ok {
				read[ref] = true
			}
		}
	}
	type hit struct{ ref, date string }
	var hits []hit
	for _, c := range s.calls {
		if c.name != tools.ToolSearchNotes || c.failed {
			continue
		}
		var r tools.SearchNotesResult
		if json.Unmarshal(c.data, &r) != nil {
			continue
		}
		for _, h := range r.Hits {
			if h.Note != "" && !read[h.Note] {
				read[h.Note] = true
				hits = append(hits, hit{h.Note, h.Date})
			}
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].date > hits[j].date })
	var out []agent.ToolCall
	for _, h := range hits {
		if len(out) == maxSearchReads {
			break
		}
		out = append(out, s.tool(tools.ToolReadNote, map[string]any{"note": h.ref, "limit": 20000}))
	}
	return out
}

func minimalQueries(qs []string) []string {
	words := func(q string) []string {
		return strings.Fields(strings.ToLower(strings.NewReplacer("-", " ", ",", " ").Replace(q)))
	}
	subset := func(a, b []string) bool {
		return !slices.ContainsFunc(a, func(w string) bool { return !slices.Contains(b, w) })
	}
	var out []string
	for i, q := range qs {
		wq := words(q)
		redundant := false
		for j, o := range qs {
			if i == j {
				continue
			}
			wo := words(o)
			if subset(wo, wq) && (len(wo) < len(wq) || (len(wo) == len(wq) && j < i)) {
				redundant = true
				break
			}
		}
		if !redundant && len(wq) > 0 {
			out = append(out, q)
		}
	}
	return out
}

// notesNearConditions lists notes dated in the week after the onset of
// a condition some criterion's hint names.
func (s *state) notesNearConditions() []string {
	p := s.pack()
	if p == nil {
		return nil
	}
	ev := s.evidence()
	var onsets []time.Time
	for _, c := range p.Criteria {
		for _, h := range c.Evidence {
			if h.Kind != criteria.KindCondition {
				continue
			}
			for _, it := range ev.Sorted(criteria.KindCondition) {
				if criteria.CodeMatch(it.Codes, h.Codes) {
					when := it.Start
					if when.IsZero() {
						when = it.Date
					}
					if !when.IsZero() && (h.LookbackDays == 0 || !when.Before(s.in.Request.Date.AddDate(0, 0, -h.LookbackDays))) {
						onsets = append(onsets, when)
					}
				}
			}
		}
	}
	var out []string
	for _, n := range ev.Notes() {
		for _, on := range onsets {
			if !n.Date.Before(on.AddDate(0, 0, -1)) && !n.Date.After(on.AddDate(0, 0, 7)) {
				out = append(out, n.Ref)
				break
			}
		}
	}
	return out
}
