package fhir

// Reading a remote FHIR server as a FHIRSource: one resource, a search
// followed through its pages, and a CDS Hooks prefetch query.

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/umassist/umassist"
)

// Read returns one resource by "Type/id".
func (c *Client) Read(ctx context.Context, ref string) (*umassist.Resource, error) {
	typ, id, ok := umassist.SplitRef(ref)
	if !ok {
		return nil, umassist.Errorf(umassist.EINVALID, "fhir: reference %q is not Type/id", ref)
	}
	body, err := c.get(ctx, url.PathEscape(typ)+"/"+url.PathEscape(id))
	if err != nil {
		if umassist.ErrorCode(err) == umassist.ENOTFOUND {
			return nil, umassist.Errorf(umassist.ENOTFOUND, "fhir: %s not found", ref)
		}
		return nil, err
	}
	p, err := Decode(body, typ, ParseOptions{MaxNoteBytes: c.maxNoteBytes})
	if err != nil {
		return nil, fmt.Errorf("fhir: read %s: server sent an invalid resource: %w", ref, err)
	}
	if p.Res.ID != id {
		return nil, fmt.Errorf("fhir: read %s: server sent %s", ref, p.Res.Ref())
	}
	return p.Res, nil
}

type searchBundle struct {
	ResourceType string `json:"resourceType"`
	Link         []struct {
		Relation string `json:"relation"`
		URL      string `json:"url"`
	} `json:"link"`
	Entry []struct {
		Resource json.RawMessage `json:"resource"`
		Search   *struct {
			Mode string `json:"mode"`
		} `json:"search"`
	} `json:"entry"`
}

// eachEntry pages through a search Bundle from first (a query relative to
// the base, then the server's next links), handing fn every entry that is
// not an OperationOutcome or an include, until fn says stop.
func (c *Client) eachEntry(ctx context.Context, what, first string, fn func(raw json.RawMessage) (bool, error)) error {
	next := first
	for page := 0; next != "" && page < c.maxPages; page++ {
		body, err := c.get(ctx, next)
		if err != nil {
			return fmt.Errorf("fhir: search %s: %w", what, err)
		}
		var b searchBundle
		if err := json.Unmarshal(body, &b); err != nil || b.ResourceType != "Bundle" {
			return fmt.Errorf("fhir: search %s: the server's answer is not a Bundle", what)
		}
		next = ""
		for _, l := range b.Link {
			if l.Relation == "next" {
				next = l.URL
			}
		}
		for _, e := range b.Entry {
			if e.Search != nil && e.Search.Mode != "" && e.Search.Mode != "match" {
				continue
			}
			more, err := fn(e.Resource)
			if err != nil || !more {
				return err
			}
		}
	}
	return nil
}

// searchAll pages through a search, handing each matching resource to fn
// until fn returns false or the pages run out.
func (c *Client) searchAll(ctx context.Context, typ string, params url.Values, fn func(*Parsed) bool) error {
	return c.eachEntry(ctx, typ, typ+"?"+params.Encode(), func(raw json.RawMessage) (bool, error) {
		p, err := Decode(raw, "", ParseOptions{MaxNoteBytes: c.maxNoteBytes})
		if err != nil && p.Res == nil && p.Ref == "" {
			return false, fmt.Errorf("fhir: search %s: server sent an invalid resource: %w", typ, err)
		}
		if p.Res == nil || p.Res.Type != typ {
			return true, nil
		}
		if err != nil {
			// A note whose attachment cannot be read is still a resource.
			p.Note = nil
		}
		return fn(p), nil
	})
}

func (c *Client) params(typ, patient string, from, to time.Time, oldest bool, count int) (url.Values, error) {
	_, id, ok := umassist.SplitRef(patient)
	if !ok || !strings.HasPrefix(patient, "Patient/") {
		return nil, umassist.Errorf(umassist.EINVALID, "fhir: %q is not a patient reference", patient)
	}
	v := url.Values{}
	v.Set(PatientParam(typ), id)
	v.Set("_count", strconv.Itoa(count))
	if dp := DateParam(typ); dp != "" {
		if !from.IsZero() {
			v.Add(dp, "ge"+from.UTC().Format(time.RFC3339))
		}
		if !to.IsZero() {
			v.Add(dp, "le"+to.UTC().Format(time.RFC3339))
		}
		if oldest {
			v.Set("_sort", dp)
		} else {
			v.Set("_sort", "-"+dp)
		}
	}
	return v, nil
}

// Search pages through the server's search. Filters the server cannot
// express (free text) are applied here; undated resources are kept past a
// To bound, as the local store keeps them.
func (c *Client) Search(ctx context.Context, q umassist.FHIRQuery) ([]*umassist.Resource, error) {
	if q.Type == "" {
		return nil, umassist.Errorf(umassist.EINVALID, "fhir: search needs a type")
	}
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	v, err := c.params(q.Type, q.Patient, q.From, time.Time{}, q.Oldest, c.pageSize)
	if err != nil {
		return nil, err
	}
	if len(q.Codes) > 0 {
		v.Set("code", strings.Join(q.Codes, ","))
	}
	if q.Category != "" {
		v.Set("category", q.Category)
	}
	if len(q.Status) > 0 {
		v.Set(StatusParam(q.Type), strings.Join(q.Status, ","))
	}
	// The To bound is applied here rather than with le: a FHIR server drops
	// undated resources from a date-filtered search; we keep them.
	var out []*umassist.Resource
	skip := max(q.Offset, 0)
	err = c.searchAll(ctx, q.Type, v, func(p *Parsed) bool {
		if !queryMatches(q, p) {
			return true
		}
		if skip > 0 {
			skip--
			return true
		}
		out = append(out, p.Res)
		return len(out) < limit
	})
	if err != nil {
		return nil, err
	}
	sortResources(out, q.Oldest)
	return out, nil
}

// sortResources orders like the local store: by date, undated last when
// newest first, ties by id in the same direction; servers differ in how
// they order ties.
func sortResources(rs []*umassist.Resource, oldest bool) {
	sort.SliceStable(rs, func(i, j int) bool {
		a, b := rs[i], rs[j]
		if !a.Date.Equal(b.Date) {
			if a.Date.IsZero() || b.Date.IsZero() {
				return b.Date.IsZero() != oldest
			}
			return a.Date.After(b.Date) != oldest
		}
		return (a.ID < b.ID) == oldest
	})
}

// Fetch runs a query relative to the server's base, as a CDS Hooks
// prefetch template names one ("Patient/123", "Observation?patient=123"):
// a read returns that resource, a search every match over its pages.
// Resources that fail validation are skipped; an answer that is neither a
// resource nor a Bundle is an error.
func (c *Client) Fetch(ctx context.Context, query string) ([]*Parsed, error) {
	path, _, _ := strings.Cut(query, "?")
	if typ, _, ok := umassist.SplitRef(path); ok {
		r, err := c.Read(ctx, path)
		if err != nil {
			return nil, err
		}
		p, err := Decode(r.Raw, typ, ParseOptions{MaxNoteBytes: c.maxNoteBytes})
		if err != nil {
			return nil, fmt.Errorf("fhir: fetch %s: %w", path, err)
		}
		return []*Parsed{p}, nil
	}
	if !KnownType(path) {
		return nil, umassist.Errorf(umassist.EINVALID, "fhir: fetch %q: not a read or a search of a FHIR type", query)
	}
	var out []*Parsed
	err := c.eachEntry(ctx, path, query, func(raw json.RawMessage) (bool, error) {
		if p, err := Decode(raw, "", ParseOptions{MaxNoteBytes: c.maxNoteBytes}); err == nil {
			out = append(out, p)
		}
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
