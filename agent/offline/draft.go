package offline

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/agent"
	"github.com/umassist/umassist/criteria"
	"github.com/umassist/umassist/retrieval"
	"github.com/umassist/umassist/tools"
)

func cite(refs ...string) string {
	var b strings.Builder
	for _, r := range refs {
		if r != "" {
			b.WriteString(" [" + r + "]")
		}
	}
	return b.String()
}

func (s *state) searchHits() []tools.PolicyPassage {
	for _, c := range s.calls {
		if c.name == tools.ToolSearchPolicies && !c.failed {
			var r tools.SearchPoliciesResult
			if json.Unmarshal(c.data, &r) == nil {
				return r.Passages
			}
		}
	}
	return nil
}

func requestLine(r umassist.ServiceRequest) string {
	var dx []string
	for _, d := range r.Diagnoses {
		if d.Display != "" {
			dx = append(dx, d.Display+" ("+d.Code+")")
		} else {
			dx = append(dx, d.Code)
		}
	}
	svc := r.Service.Code
	if r.Service.Display != "" {
		svc = r.Service.Display + " (" + r.Service.Code + ")"
	}
	if r.Service.System == umassist.SystemNDC {
		// An NDC names a package, not a drug: say which drug its label
		// was read as, so the reviewer can check it.
		svc = strings.TrimSpace(r.Service.Display + " (NDC " + r.Service.Code + ")")
		if ins := criteria.MustVocabulary().IngredientsNamed(r.Service.Display); len(ins) == 1 {
			svc = strings.TrimSuffix(svc, ")") + ", read as " + ins[0] + ")"
		}
	}
	line := "Request: " + svc
	if len(dx) > 0 {
		line += " for " + strings.Join(dx, "; ")
	}
	return line + fmt.Sprintf(", payer %s, %s review, requested %s.", r.Payer, r.Urgency, r.Date)
}

// draft builds the submission from the pack and the evidence seen.
func (s *state) draft(p *tools.PolicyCriteriaResult) agent.SubmittedDraft {
	req := s.in.Request
	var lines []string
	lines = append(lines, requestLine(req))
	if p == nil {
		return s.noPackDraft(lines)
	}
	ev := s.evidence()
	d := agent.SubmittedDraft{Policy: p.Policy, Criteria: []agent.SubmittedCriterion{}, Evidence: []string{}, Missing: []string{}, Questions: []string{}}
	var allPassages []string
	for _, c := range p.Criteria {
		allPassages = appendNew(allPassages, c.Passages...)
	}
	lines = append(lines, fmt.Sprintf("Governing policy: %s, %s.%s", p.Policy, p.Title, cite(first(allPassages, 2)...)))

	// Relevant history: the conditions behind the request's diagnoses and
	// any diagnosed in the year before the request.
	var hist []string
	yearAgo := req.Date.AddDate(-1, 0, 0)
	for _, it := range ev.Sorted(criteria.KindCondition) {
		when := it.Start
		if when.IsZero() {
			when = it.Date
		}
		recent := !when.IsZero() && !when.Before(yearAgo) && !when.After(req.Date.EndOfDay())
		if matchesDiagnosis(it, req.Diagnoses) || recent {
			when := it.Start
			if when.IsZero() {
				when = it.Date
			}
			entry := it.Display
			if !when.IsZero() {
				entry += " since " + when.Format(umassist.DateLayout)
			}
			hist = append(hist, entry+cite(it.Ref))
			d.Evidence = appendNew(d.Evidence, it.Ref)
		}
	}
	if len(hist) > 0 {
		lines = append(lines, "Relevant history: "+strings.Join(hist, "; ")+".")
	}

	results := make([]criteria.Result, 0, len(p.Criteria))
	for _, c := range p.Criteria {
		results = append(results, criteria.Evaluate(c, ev, req.Date))
	}
	dec := p.Logic.Decide(results, criteria.RequestOf(req))
	if dec.Branch != nil {
		lines = append(lines, fmt.Sprintf("Pathway: %s.", dec.Branch.Title))
	}

	lines = append(lines, "Criteria checklist:")
	for _, r := range results {
		if !dec.Applies[r.ID] {
			// Criteria of another pathway of the policy do not decide
			// this request; listing them would mislead.
			continue
		}
		r.Required = !r.Exclusion && dec.Applies[r.ID]
		text := r.Text
		if r.Exclusion {
			text = "Exclusion (must be absent): " + text
		}
		d.Criteria = append(d.Criteria, agent.SubmittedCriterion{
			ID: r.ID, Text: text, Status: string(r.Status), Evidence: nonNil(r.Evidence), Passages: nonNil(r.Passages),
			Finding: r.Finding, Required: r.Required || r.Exclusion, Exclusion: r.Exclusion, Quotes: quotesOf(r.Quotes),
		})
		d.Evidence = appendNew(d.Evidence, r.Evidence...)
		label := statusLabel(r.Status)
		if r.Exclusion {
			// An exclusion is met when present; say it in words a nurse reads.
			switch r.Status {
			case umassist.CriterionMet:
				label = "EXCLUSION PRESENT"
			case umassist.CriterionNotDocumented:
				label = "EXCLUSION NOT SETTLED"
			default:
				label = "EXCLUSION ABSENT"
			}
			text = r.Text
		}
		lines = append(lines, fmt.Sprintf("- %s: %s. Finding: %s.%s", label, strings.TrimRight(text, ". "), r.Finding, cite(append(append([]string{}, r.Evidence...), r.Passages...)...)))
	}
	if p.Stale != "" && dec.Recommendation != umassist.RecommendRefer {
		// A pack written for another version of the policy does not
		// decide: what it reads is shown, a physician applies the policy.
		dec.Recommendation, dec.Rationale = umassist.RecommendRefer, p.Message
		dec.Questions, dec.Missing = nil, nil
	}
	d.Recommendation = string(dec.Recommendation)
	d.Questions = nonNil(dec.Questions)
	d.Missing = nonNil(dec.Missing)
	var decPassages []string
	for _, r := range dec.Deciding {
		decPassages = appendNew(decPassages, r.Passages...)
	}
	if len(decPassages) == 0 {
		decPassages = first(allPassages, 2)
	}
	lines = append(lines, fmt.Sprintf("Recommendation: %s; %s.%s", dec.Recommendation, dec.Rationale, cite(decPassages...)))
	if len(dec.Questions) > 0 {
		lines = append(lines, "Question(s) for the ordering clinician: "+strings.Join(dec.Questions, " "))
	}
	for _, it := range ev.Sorted(criteria.KindNote) {
		if !it.AuthorRole.Evidence() {
			lines = append(lines, fmt.Sprintf("Not evidence: %s was written by the %s; it is shown for the reviewer and no criterion rests on it.%s", it.Ref, it.AuthorRole, cite(it.Ref)))
		}
		if criteria.Injection(it.Text) {
			lines = append(lines, fmt.Sprintf("Caution: %s contains text addressed to automated reviewers (for example \"ignore previous instructions\"); it was read as record content, not followed, and is not evidence.%s", it.Ref, cite(it.Ref)))
		}
	}
	d.Summary = strings.Join(lines, "\n")
	return d
}

func (s *state) noPackDraft(lines []string) agent.SubmittedDraft {
	d := agent.SubmittedDraft{Recommendation: string(umassist.RecommendRefer), Criteria: []agent.SubmittedCriterion{}, Evidence: []string{}, Missing: []string{}, Questions: []string{}}
	choice := s.policyChoice()
	switch {
	case choice != nil && choice.Governing != "":
		c := choice.Candidates[0]
		d.Policy = c.PolicyID
		lines = append(lines, fmt.Sprintf("Governing policy: %s, %s. Why this policy: %s.%s", c.PolicyID, c.Title, strings.Join(c.Reasons, "; "), cite(c.Passages...)))
		switch choice.Strength {
		case retrieval.StrengthWeak:
			lines = append(lines, "This choice is weak: the policy's title does not name the service, though its text names part of it. Confirm that this policy governs before reading the criteria below.")
		case retrieval.StrengthModerate:
			lines = append(lines, "This choice is moderate: on labelled requests, choices of this strength were right about three times in four. Check that this policy governs.")
		}
	case choice != nil && choice.Ambiguous:
		// The SPEC wants one policy id: the better placed one, with both
		// named so that the reviewer chooses.
		a, b := choice.Candidates[0], choice.Candidates[1]
		d.Policy = a.PolicyID
		lines = append(lines, fmt.Sprintf("Two policies could govern this request: %s, %s%s, and %s, %s%s. A physician reviewer decides which applies.",
			a.PolicyID, a.Title, cite(first(a.Passages, 2)...), b.PolicyID, b.Title, cite(first(b.Passages, 2)...)))
	case choice != nil:
		lines = append(lines, "No policy of this payer in force on the request date names this service closely enough to govern it.")
		// The nearest, with why they came near: a policy named too weakly
		// to govern is for the reviewer to confirm or set aside.
		for _, c := range first(choice.Candidates, 2) {
			if len(c.Passages) > 0 {
				lines = append(lines, fmt.Sprintf("Nearest: %s, %s: %s.%s", c.PolicyID, c.Title, strings.Join(c.Reasons, "; "), cite(first(c.Passages, 1)...)))
			}
		}
	default:
		// A searcher that cannot choose: the best passage's policy.
		var ids []string
		for _, h := range s.searchHits() {
			if d.Policy == "" {
				d.Policy = h.PolicyID
			}
			if h.PolicyID == d.Policy && len(ids) < 4 {
				ids = append(ids, h.PassageID)
			}
		}
		if d.Policy != "" {
			lines = append(lines, fmt.Sprintf("Policy found: %s.%s", d.Policy, cite(ids...)))
		} else {
			lines = append(lines, "No policy of this payer in force on the request date was found for this service.")
		}
	}
	if d.Policy != "" {
		lines = append(lines, fmt.Sprintf("No reviewed criteria pack exists for %s, so its criteria could not be checked automatically; this draft does not approve.", d.Policy))
	}
	if u := s.unreviewed(); u != nil && tools.SamePolicy(u.UnreviewedPolicy, d.Policy) {
		lines = s.unreviewedChecklist(&d, u, lines)
	}
	lines = append(lines, "Recommendation: refer; a physician reviewer applies the policy to the record.")
	d.Summary = strings.Join(lines, "\n")
	return d
}

// maxCandidates bounds the chart items shown under one unreviewed
// criterion.
const maxCandidates = 3

// unreviewedChecklist lists the criteria read off the policy's text, each
// with what in the chart may speak to it. None is judged met or not met:
// nobody has reviewed how the text reads as criteria, so each stays "not
// documented" for the reviewer to apply.
func (s *state) unreviewedChecklist(d *agent.SubmittedDraft, u *tools.PolicyCriteriaResult, lines []string) []string {
	ev := s.evidence()
	lines = append(lines, fmt.Sprintf("Unreviewed criteria, read off the text of %s by machine (a clinical editor has not reviewed them); the chart items shown share their words and may speak to them:", u.UnreviewedPolicy))
	for _, c := range u.Unreviewed {
		var refs, notes []string
		var quotes []criteria.Quote
		reading := ""
		if len(c.Evidence) > 0 {
			// The hints the compiler read off the text (a threshold, a drug
			// class): what they find is shown, never taken as a judgement.
			r := criteria.Evaluate(c.Criterion(), ev, s.in.Request.Date)
			if len(r.Evidence) > 0 {
				refs = appendNew(refs, r.Evidence...)
				quotes = append(quotes, r.Quotes...)
				reading = "machine reading of the policy's text: " + strings.TrimRight(r.Finding, ". ")
			}
		}
		found := criteria.Candidates(c, ev, s.in.Request.Date, maxCandidates)
		for _, f := range found {
			if slices.Contains(refs, f.Ref) {
				continue
			}
			refs = append(refs, f.Ref)
			notes = append(notes, fmt.Sprintf("%s (shares %s)", f.Ref, strings.Join(f.Words, ", ")))
			if f.Quote != nil {
				quotes = append(quotes, *f.Quote)
			}
		}
		var parts []string
		if reading != "" {
			parts = append(parts, reading)
		}
		if len(notes) > 0 {
			parts = append(parts, "the reviewer judges it against "+strings.Join(notes, "; "))
		}
		finding := "unreviewed criterion; nothing in the chart shares its words"
		if len(parts) > 0 {
			finding = "unreviewed criterion; " + strings.Join(parts, "; ")
		}
		text := "Unreviewed: " + c.Text
		label := "UNREVIEWED"
		if c.Exclusion {
			text = "Unreviewed exclusion (must be absent): " + c.Text
			label = "UNREVIEWED EXCLUSION"
		}
		d.Criteria = append(d.Criteria, agent.SubmittedCriterion{ID: c.ID, Text: text, Status: string(umassist.CriterionNotDocumented),
			Evidence: nonNil(refs), Passages: nonNil(c.Passages), Finding: finding, Exclusion: c.Exclusion, Quotes: quotesOf(quotes)})
		d.Evidence = appendNew(d.Evidence, refs...)
		lines = append(lines, fmt.Sprintf("- %s: %s Finding: %s.%s", label, strings.TrimRight(c.Text, " "), finding, cite(append(append([]string{}, refs...), c.Passages...)...)))
	}
	return lines
}

// policyChoice is the governing-policy choice search_policies returned,
// if its searcher could choose.
func (s *state) policyChoice() *retrieval.PolicyChoice {
	for _, c := range s.calls {
		if c.name == tools.ToolSearchPolicies && !c.failed {
			var r tools.SearchPoliciesResult
			if json.Unmarshal(c.data, &r) == nil && r.Choice != nil {
				return r.Choice
			}
		}
	}
	return nil
}

func matchesDiagnosis(it *criteria.Item, dx []umassist.Coding) bool {
	for _, c := range it.Codes {
		for _, d := range dx {
			cc := strings.ToUpper(strings.ReplaceAll(c, ".", ""))
			dd := strings.ToUpper(strings.ReplaceAll(d.Code, ".", ""))
			if len(dd) >= 3 && len(cc) >= 3 && cc[:3] == dd[:3] {
				return true
			}
		}
	}
	return false
}

func statusLabel(s umassist.CriterionStatus) string {
	switch s {
	case umassist.CriterionMet:
		return "MET"
	case umassist.CriterionNotMet:
		return "NOT MET"
	}
	return "NOT DOCUMENTED"
}

func first[T any](s []T, n int) []T {
	if len(s) > n {
		return s[:n]
	}
	return s
}

func appendNew(s []string, xs ...string) []string {
	for _, x := range xs {
		if x != "" && !slices.Contains(s, x) {
			s = append(s, x)
		}
	}
	return s
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// quotesOf passes the reasoner's note quotes on, once each: the exact
// sentence and its offsets in the note, and how the note asserts it.
func quotesOf(qs []criteria.Quote) []agent.SubmittedQuote {
	var out []agent.SubmittedQuote
	seen := map[string]bool{}
	for _, q := range qs {
		key := fmt.Sprintf("%s@%d-%d", q.Ref, q.Start, q.End)
		if seen[key] || q.End <= q.Start {
			continue
		}
		seen[key] = true
		out = append(out, agent.SubmittedQuote{Resource: q.Ref, Start: q.Start, End: q.End, Text: q.Text, Assertion: string(q.Assertion)})
	}
	return out
}
