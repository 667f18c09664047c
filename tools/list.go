package tools

import (
	"context"
	"sort"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir"
)

// listing is one list tool's call: the search, how a readable resource
// becomes the tool's item, and, when keep is set, which items to show,
// decided after reading (then every match is read and paged here, not by
// the search: a condition's status on the request date is computed).
type listing[T any] struct {
	tool  string
	query umassist.FHIRQuery
	limit int
	item  func(r *umassist.Resource, m *fhir.Resource) T
	ref   func(T) string
	keep  func(T) bool
	// also are more resource types searched with the same query and
	// listed with the first, newest first (medication orders and the
	// statements of what the patient takes); then every match is read
	// and paged here.
	also []string
}

// readAllCap bounds what a filtered list reads: a patient's problem list
// is small.
const readAllCap = 2000

// list is the list tools' one pipeline: scope, search, decode (a resource
// that cannot be read is reported by reference, never dropped), map,
// page, and audit before anything is returned.
func list[T any](ctx context.Context, c *clinical, l listing[T]) ([]T, Page, []string, error) {
	if err := c.checkScope(); err != nil {
		return nil, Page{}, nil, err
	}
	offset, limit := l.query.Offset, l.limit
	whole := l.keep != nil || len(l.also) > 0
	if whole {
		l.query.Offset, limit = 0, readAllCap
	}
	rs, trunc, err := c.search(ctx, l.query, limit)
	if err != nil {
		return nil, Page{}, nil, err
	}
	for _, typ := range l.also {
		q := l.query
		q.Type = typ
		more, _, err := c.search(ctx, q, limit)
		if err != nil {
			return nil, Page{}, nil, err
		}
		rs = append(rs, more...)
	}
	if len(l.also) > 0 {
		sort.SliceStable(rs, func(i, j int) bool { return rs[i].Date.After(rs[j].Date) })
	}
	items := []T{}
	ok, bad := decodeAll(rs)
	for _, d := range ok {
		it := l.item(d.r, d.m)
		if l.keep == nil || l.keep(it) {
			items = append(items, it)
		}
	}
	var p Page
	if whole {
		items, p = cut(items, offset, l.limit)
	} else {
		p = page(offset, len(items), trunc)
	}
	p.Unreadable = bad
	refs := make([]string, len(items))
	for i, it := range items {
		refs[i] = l.ref(it)
	}
	if err := c.record(ctx, l.tool, refs, "", unreadableDetail(bad)); err != nil {
		return nil, Page{}, nil, err
	}
	return items, p, refs, nil
}

// cut pages items read whole (a filtered list).
func cut[T any](all []T, offset, limit int) ([]T, Page) {
	if offset > len(all) {
		offset = len(all)
	}
	rest := all[offset:]
	trunc := len(rest) > limit
	if trunc {
		rest = rest[:limit]
	}
	out := make([]T, len(rest))
	copy(out, rest)
	return out, page(offset, len(out), trunc)
}
