package agent

import (
	"encoding/json"

	"github.com/umassist/umassist/agent/reason"
	"github.com/umassist/umassist/tools"
)

// passageInfo is what the run's policy tools showed about a passage.
type passageInfo struct {
	effective, terminated string
	text                  string
}

// evidenceSeen is what the run's tool outputs showed. It holds no criteria
// pack: which pack governs is the request's to say, not the run's.
type evidenceSeen struct {
	numbers  map[string]map[float64]bool // by reference
	passages map[string]passageInfo
}

// seePassages records passages the policy tools named without their text
// or dates (the store filters them to the versions in force).
func (s *evidenceSeen) seePassages(ids []string) {
	for _, id := range ids {
		if _, ok := s.passages[id]; !ok {
			s.passages[id] = passageInfo{}
		}
	}
}

func collectSeen(outs []ToolOutput) *evidenceSeen {
	s := &evidenceSeen{numbers: map[string]map[float64]bool{}, passages: map[string]passageInfo{}}
	for _, o := range outs {
		switch o.Tool {
		case tools.ToolSearchPolicies:
			var r tools.SearchPoliciesResult
			if json.Unmarshal(o.Data, &r) == nil {
				for _, p := range r.Passages {
					s.passages[p.PassageID] = passageInfo{p.Effective, p.Terminated, p.Text}
				}
				if r.Choice != nil {
					for _, c := range r.Choice.Candidates {
						s.seePassages(c.Passages)
					}
				}
			}
			continue
		case tools.ToolGetPolicyCriteria:
			var r tools.PolicyCriteriaResult
			if json.Unmarshal(o.Data, &r) == nil {
				for _, c := range r.Criteria {
					s.seePassages(c.Passages)
				}
				for _, u := range r.Unreviewed {
					s.seePassages(u.Passages)
				}
				for _, p := range r.Passages {
					s.passages[p.PassageID] = passageInfo{p.Effective, p.Terminated, p.Text}
				}
			}
			continue
		}
		if reason.TypedTool(o.Tool) {
			// The clinical tools' results are read as typed evidence
			// (itemNumbers); walking them as maps again cost more than
			// the reasoning.
			continue
		}
		var v any
		if json.Unmarshal(o.Data, &v) != nil {
			continue
		}
		if len(o.Resources) == 1 {
			walkNumbers(v, s.set(o.Resources[0]))
		}
		s.walk(v, "")
	}
	return s
}

func (s *evidenceSeen) set(ref string) map[float64]bool {
	m := s.numbers[ref]
	if m == nil {
		m = map[float64]bool{}
		s.numbers[ref] = m
	}
	return m
}

// walk attributes numbers to the resource whose object holds them.
func (s *evidenceSeen) walk(v any, cur string) {
	switch x := v.(type) {
	case map[string]any:
		if r := objectRef(x); r != "" {
			cur = r
		}
		for k, e := range x {
			if cur != "" {
				if _, isMap := e.(map[string]any); !isMap {
					if k == "patient" || k == "subject" {
						continue
					}
					walkNumbers(e, s.set(cur))
					if _, isList := e.([]any); !isList {
						continue
					}
				}
			}
			s.walk(e, cur)
		}
	case []any:
		for _, e := range x {
			s.walk(e, cur)
		}
	}
}

// objectRef finds the reference a tool-output object describes.
func objectRef(m map[string]any) string {
	for _, k := range []string{"ref", "note", "reference", "resource", "id"} {
		if s, ok := m[k].(string); ok && refRe.MatchString(s) {
			return s
		}
	}
	if t, ok := m["resourceType"].(string); ok {
		if id, ok := m["id"].(string); ok {
			return t + "/" + id
		}
	}
	return ""
}
