package criteria

import "strings"

// PassageChange is how one passage differs between the policy version a
// pack was written against and the version in force.
type PassageChange struct {
	ID      string `json:"passage_id"`
	Section string `json:"section"`
	// Kind is "changed", "added" (only in the new version) or "removed".
	Kind string `json:"kind"`
	// Words is the passage's text as runs of kept, removed and added
	// words; for an added or removed passage, one run.
	Words []WordRun `json:"words"`
}

// WordRun is a run of words a diff keeps, removes or adds.
type WordRun struct {
	Op   string `json:"op"` // "=", "-", "+"
	Text string `json:"text"`
}

// DiffPolicyText compares a policy's passages, old version against new,
// by passage id; passages whose text is the same (spacing aside) are left
// out. A clinical editor reads it to see what a new version changed under
// the criteria a stale pack rests on.
func DiffPolicyText(old, new []SourcePassage) []PassageChange {
	newByID := map[string]SourcePassage{}
	for _, p := range new {
		newByID[p.ID] = p
	}
	oldIDs := map[string]bool{}
	var out []PassageChange
	for _, o := range old {
		oldIDs[o.ID] = true
		n, ok := newByID[o.ID]
		if !ok {
			out = append(out, PassageChange{ID: o.ID, Section: o.Section, Kind: "removed", Words: []WordRun{{Op: "-", Text: o.Text}}})
			continue
		}
		ow, nw := strings.Fields(o.Text), strings.Fields(n.Text)
		if strings.Join(ow, " ") == strings.Join(nw, " ") {
			continue
		}
		out = append(out, PassageChange{ID: o.ID, Section: n.Section, Kind: "changed", Words: diffWords(ow, nw)})
	}
	for _, n := range new {
		if !oldIDs[n.ID] {
			out = append(out, PassageChange{ID: n.ID, Section: n.Section, Kind: "added", Words: []WordRun{{Op: "+", Text: n.Text}}})
		}
	}
	return out
}

// maxDiffCells bounds the longest-common-subsequence table; longer
// passages are shown as removed then added whole.
const maxDiffCells = 4_000_000

// diffWords is a word-level diff by longest common subsequence, runs of
// one op joined.
func diffWords(a, b []string) []WordRun {
	if len(a)*len(b) > maxDiffCells {
		return []WordRun{{Op: "-", Text: strings.Join(a, " ")}, {Op: "+", Text: strings.Join(b, " ")}}
	}
	// lcs[i][j]: the common subsequence of a[i:] and b[j:].
	lcs := make([][]int, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out []WordRun
	add := func(op, w string) {
		if n := len(out); n > 0 && out[n-1].Op == op {
			out[n-1].Text += " " + w
			return
		}
		out = append(out, WordRun{Op: op, Text: w})
	}
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			add("=", a[i])
			i, j = i+1, j+1
		case lcs[i+1][j] >= lcs[i][j+1]:
			add("-", a[i])
			i++
		default:
			add("+", b[j])
			j++
		}
	}
	for ; i < len(a); i++ {
		add("-", a[i])
	}
	for ; j < len(b); j++ {
		add("+", b[j])
	}
	return out
}
