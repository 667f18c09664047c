package retrieval

import (
	"regexp"
	"strings"
)

// Route is one row of a policy that is a reference list (NCD 280.1, the
// Durable Medical Equipment Reference List): an item and the policy that
// governs it. The list is the corpus's own index from equipment to policy:
// a row either states the item's coverage itself (the list governs) or
// sends the reader to a section ("Wheelchairs (power operated) | … see
// §280.3").
type Route struct {
	// Item is the row's item as the list writes it.
	Item string `json:"item"`
	// PolicyID is the policy that governs the item.
	PolicyID string `json:"policy_id"`
	// ListID and Passage say where the row is.
	ListID  string `json:"list_id"`
	Passage string `json:"passage"`
}

// IsReferenceList reports whether a policy's title says it is a reference
// list whose rows route items to policies.
func IsReferenceList(title string) bool {
	return strings.Contains(strings.ToLower(title), "reference list")
}

var (
	// sectionRE finds a manual section a row cites ("§280.3", "§§20.8.1
	// and 280.2", "section 280.3"); statute sections ("§1861(n) of the
	// Act") have no dot and are not policies.
	sectionRE = regexp.MustCompile(`(?i)(?:§§?\s*|section\s+)(\d+(?:\.\d+)+)`)
	// seeRE finds a row's cross-reference to another row ("(See
	// Ventilators.)").
	seeRE = regexp.MustCompile(`(?i)\(see\s+([^.;)§]+)`)
)

// ReferenceRoutes reads the rows of a reference list's passages
// ("Item | Coverage", one per line) into routes: to the section a row
// cites, to the row a row refers to ("Iron Lungs | (See Ventilators.)"),
// and otherwise to the list itself. Rows repeated across overlapping
// passages are read once. It does no I/O.
func ReferenceRoutes(passages []Hit) []Route {
	type row struct{ item, coverage, listID, passage string }
	var rows []row
	seen := map[string]bool{}
	for _, p := range passages {
		for line := range strings.SplitSeq(p.Text, "\n") {
			item, coverage, ok := strings.Cut(line, "|")
			item, coverage = strings.TrimSpace(item), strings.TrimSpace(coverage)
			if !ok || item == "" || coverage == "" || strings.EqualFold(item, "item") || seen[strings.ToLower(item)] {
				continue
			}
			seen[strings.ToLower(item)] = true
			rows = append(rows, row{item, coverage, p.PolicyID, p.PassageID})
		}
	}
	// direct is where a row itself sends its item: a cited section, or
	// "" when it only refers to another row or states the coverage.
	direct := func(r row) string {
		if m := sectionRE.FindStringSubmatch(r.coverage); m != nil {
			return "NCD " + m[1]
		}
		return ""
	}
	// referred is the row another row refers to by its name's words.
	referred := func(r row) (row, bool) {
		m := seeRE.FindStringSubmatch(r.coverage)
		if m == nil {
			return row{}, false
		}
		want := itemWords(m[1])
		for _, o := range rows {
			if o.item != r.item && len(want) > 0 && containsAll(itemWords(o.item), want) {
				return o, true
			}
		}
		return row{}, false
	}
	out := make([]Route, 0, len(rows))
	for _, r := range rows {
		to := direct(r)
		// Follow at most two references: lists refer once, rarely twice.
		for cur, hops := r, 0; to == "" && hops < 2; hops++ {
			next, ok := referred(cur)
			if !ok {
				break
			}
			to, cur = direct(next), next
		}
		if to == "" {
			to = r.listID
		}
		out = append(out, Route{Item: r.item, PolicyID: to, ListID: r.listID, Passage: r.passage})
	}
	return out
}

// routeGeneric are words of a list's item names that say nothing of which
// item it is.
var routeGeneric = map[string]bool{
	"equipment": true, "device": true, "machine": true, "unit": true, "system": true, "medicare": true,
	"covered": true, "type": true, "home": true, "standard": true,
}

// itemWords are the stems of an item name's content words.
func itemWords(s string) []string {
	var out []string
	for _, w := range requestWords(s, nil) {
		if !routeGeneric[w.stem] {
			out = append(out, w.stem)
		}
	}
	return out
}

func containsAll(have, want []string) bool {
	for _, w := range want {
		found := false
		for _, h := range have {
			if sameWord(h, w) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// routesFor are the routes whose item the service is: every content word
// of one of the item's names ("Alternating Pressure Pads, Mattresses and
// Lamb's Wool Pads" names three items) is a word of the service, and of
// its qualifier in parentheses ("Wheelchairs (power operated)") at least
// one. Of those, the routes whose item names the most of the service.
func routesFor(svc []word, routes []Route) []Route {
	stems := make([]string, len(svc))
	for i, w := range svc {
		stems[i] = w.stem
	}
	var best []Route
	most := 0
	for _, r := range routes {
		n := itemMatch(stems, r.Item)
		switch {
		case n == 0 || n < most:
		case n > most:
			best, most = []Route{r}, n
		default:
			best = append(best, r)
		}
	}
	return best
}

// itemMatch is how many of the service's words an item names, 0 when the
// service is not that item.
func itemMatch(svc []string, item string) int {
	qualifier := ""
	if m := parenRE.FindStringSubmatch(item); m != nil {
		qualifier = m[1]
		item = parenRE.ReplaceAllString(item, " ")
	}
	q := itemWords(qualifier)
	if len(q) > 0 && !containsAny(svc, q) {
		return 0
	}
	best := 0
	for name := range strings.SplitSeq(strings.ReplaceAll(item, " and ", ","), ",") {
		ws := itemWords(name)
		if len(ws) > 0 && containsAll(svc, ws) && len(ws) > best {
			best = len(ws)
		}
	}
	if best == 0 {
		return 0
	}
	if len(q) > 0 {
		best++
	}
	return best
}

func containsAny(have, want []string) bool {
	for _, w := range want {
		if containsAll(have, []string{w}) {
			return true
		}
	}
	return false
}
