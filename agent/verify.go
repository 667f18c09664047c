package agent

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/agent/reason"
	"github.com/umassist/umassist/criteria"
	"github.com/umassist/umassist/tools"
)

// ResourceReader reads one FHIR resource of the case's namespace by
// "Type/id" (umassist.FHIRSource satisfies it); ENOTFOUND when absent.
type ResourceReader interface {
	Read(ctx context.Context, ref string) (*umassist.Resource, error)
}

// PassageChecker tells whether a policy passage exists and is in force on
// a day. Optional: without one, a passage counts as existing when the run's
// policy tools returned it.
type PassageChecker interface {
	CheckPassage(ctx context.Context, namespace, id string, asOf time.Time) (exists, inForce bool, err error)
}

// Verifier rules, as VerifierIssue.Rule.
const (
	RuleEvidenceExists        = "evidence_exists"
	RuleEvidencePatient       = "evidence_patient"
	RuleEvidenceDate          = "evidence_after_request"
	RulePassageExists         = "passage_exists"
	RulePassageInForce        = "passage_in_force"
	RuleNumberMatches         = "number_matches"
	RuleMetHasEvidence        = "met_has_evidence"
	RuleRecommendation        = "recommendation_follows"
	RuleNoDenial              = "no_denial"
	RuleCriteriaIncomplete    = "criteria_complete"
	RuleRequestInfoQuestion   = "request_info_question"
	RuleCriterionContradicted = "criterion_contradicted"
	RuleCriterionUnsupported  = "criterion_unsupported"
	RuleQuoteMatches          = "quote_matches"
	// Against the pack governing the request, found from the request.
	RulePolicyGoverns     = "policy_governs"
	RuleCriterionOmitted  = "criterion_omitted"
	RuleCriterionUnknown  = "criterion_unknown"
	RuleApproveUngoverned = "approve_without_governing_criteria"
)

// Verifier checks a draft from any model against the record and the
// corpus. It never trusts the model: every id, date and number is looked up,
// and the criteria pack a draft is held to is the one governing the request,
// whatever the model asked for or skipped.
type Verifier struct {
	Resources ResourceReader
	// Packs finds the criteria pack governing the request (tools.PackList
	// over criteria.LoadPacks); required. An empty list means no pack
	// governs any request.
	Packs     tools.PackFinder
	Passages  PassageChecker // optional
	Namespace string
}

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

func collectSeen(outs []ToolOutput) *evidenceSeen {
	s := &evidenceSeen{numbers: map[string]map[float64]bool{}, passages: map[string]passageInfo{}}
	for _, o := range outs {
		switch o.Tool {
		case tools.SearchPoliciesTool:
			var r tools.SearchPoliciesResult
			if json.Unmarshal(o.Data, &r) == nil {
				for _, p := range r.Passages {
					s.passages[p.PassageID] = passageInfo{p.Effective, p.Terminated, p.Text}
				}
			}
			continue
		case tools.GetPolicyCriteriaTool:
			var r tools.PolicyCriteriaResult
			if json.Unmarshal(o.Data, &r) == nil && r.Found {
				for _, c := range r.Criteria {
					for _, id := range c.Passages {
						if _, ok := s.passages[id]; !ok {
							s.passages[id] = passageInfo{}
						}
					}
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

// Verify returns the draft's findings; an empty list means it passed. It
// also completes the draft's evidence list with every reference the
// criteria and the summary cite. The criteria are held to the pack
// governing the request, which v.Packs finds from the request alone; with no
// governing pack the draft's own checklist is checked. Errors are
// infrastructure failures (the record or the packs could not be read), not
// findings.
func (v *Verifier) Verify(ctx context.Context, in CaseInput, d *umassist.Draft, outs []ToolOutput) ([]umassist.VerifierIssue, error) {
	var issues []umassist.VerifierIssue
	add := func(rule, ref, format string, args ...any) {
		issues = append(issues, umassist.VerifierIssue{Rule: rule, Ref: ref, Message: fmt.Sprintf(format, args...)})
	}
	if v.Packs == nil {
		return nil, errors.New("agent: verify: no criteria pack finder")
	}
	gov, err := tools.CriteriaFor(ctx, v.Packs, in.Request)
	if err != nil {
		return nil, fmt.Errorf("agent: verify: %w", err)
	}
	var pack *tools.PolicyCriteriaResult // nil: no pack governs the request
	if gov.Found {
		pack = &gov
	}
	if !d.Recommendation.Valid() {
		add(RuleNoDenial, "", "the recommendation %q is not approve, refer or request_info; the AI never denies", d.Recommendation)
	}
	seen := collectSeen(outs)
	asOf := in.Request.Date

	// Evidence: the union of what the draft cites anywhere.
	refs := slices.Clone(d.Evidence)
	var cited []string
	for _, c := range d.Criteria {
		refs = append(refs, c.Evidence...)
		cited = append(cited, c.Passages...)
	}
	sumRefs, sumPassages := citations(d.Summary)
	refs = append(refs, sumRefs...)
	cited = append(cited, sumPassages...)
	d.Evidence = nonNil(refs)
	var cachedReads []*umassist.Resource

	for _, ref := range d.Evidence {
		if !refRe.MatchString(ref) {
			add(RuleEvidenceExists, ref, "%q is not a FHIR reference (Type/id)", ref)
			continue
		}
		if v.Resources == nil {
			return nil, fmt.Errorf("agent: verify: no resource reader")
		}
		r, err := v.Resources.Read(ctx, ref)
		if umassist.ErrorCode(err) == umassist.ENOTFOUND {
			add(RuleEvidenceExists, ref, "%s does not exist in the patient's record", ref)
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("agent: verify %s: %w", ref, err)
		}
		switch {
		case r.Type == "Patient" && ref != in.Patient:
			add(RuleEvidencePatient, ref, "%s is not this case's patient", ref)
		case r.Type != "Patient" && r.Patient != "" && r.Patient != in.Patient:
			add(RuleEvidencePatient, ref, "%s belongs to another patient", ref)
		}
		if !asOf.IsZero() && !r.Date.IsZero() && r.Date.After(asOf.EndOfDay()) {
			add(RuleEvidenceDate, ref, "%s is dated %s, after the request date %s", ref, r.Date.Format(umassist.DateLayout), asOf)
		}
		jsonNumbers(r.Raw, seen.set(ref))
		cachedReads = append(cachedReads, r)
	}

	// Passages: exist and in force on the request date.
	for _, id := range nonNil(cited) {
		if v.Passages != nil {
			exists, inForce, err := v.Passages.CheckPassage(ctx, v.Namespace, id, asOf.Time)
			if err != nil {
				return nil, fmt.Errorf("agent: verify passage %s: %w", id, err)
			}
			if !exists {
				add(RulePassageExists, id, "policy passage %s does not exist", id)
			} else if !inForce {
				add(RulePassageInForce, id, "policy passage %s is not in force on %s", id, asOf)
			}
			continue
		}
		p, ok := seen.passages[id]
		if !ok {
			add(RulePassageExists, id, "policy passage %s was not returned by the policy tools in this run", id)
			continue
		}
		if !asOf.IsZero() {
			if p.effective != "" && p.effective > asOf.String() {
				add(RulePassageInForce, id, "policy passage %s takes effect %s, after the request date", id, p.effective)
			}
			if p.terminated != "" && p.terminated <= asOf.String() {
				add(RulePassageInForce, id, "policy passage %s ended %s, before the request date", id, p.terminated)
			}
		}
	}

	// The record as the shared reasoner reads it: everything the run saw
	// plus every cited resource, re-read here.
	ev := runEvidence(outs, cachedReads, asOf)
	var measures []string
	if pack != nil {
		for _, pc := range pack.Criteria {
			measures = append(measures, criteria.HintMeasures(pc.Evidence)...)
		}
	}
	// The governing pack's measures; with no pack, every measure.
	derived := map[string][]float64{}
	if pack == nil || len(measures) > 0 {
		derived = ev.DerivedNumbers(asOf.Time, measures...)
	}
	var own *criteria.Decision
	var ownResults []criteria.Result
	if pack != nil {
		for _, pc := range pack.Criteria {
			ownResults = append(ownResults, criteria.Evaluate(pc, ev, asOf))
		}
		dec := criteria.Decide(pack.Logic, ownResults, criteria.RequestOf(in.Request))
		own = &dec
	}

	// Numbers in the summary must come from what each statement cites.
	base := map[float64]bool{}
	baseTexts := []string{in.Request.Service.Code, in.Request.Service.Display, d.Policy, asOf.String()}
	if pack != nil {
		baseTexts = append(baseTexts, pack.Title, pack.Policy)
		for _, c := range pack.Criteria {
			baseTexts = append(baseTexts, c.Text, c.Question, c.Missing)
			for _, h := range c.Evidence {
				// The pack's own thresholds and windows, which a finding
				// may restate ("short of the required 90 days").
				for _, f := range []*float64{h.Threshold, h.ThresholdHigh} {
					if f != nil {
						base[*f] = true
					}
				}
				base[float64(h.LookbackDays)] = true
				base[float64(h.MinDurationDays)] = true
			}
		}
	}
	for _, s := range baseTexts {
		for _, f := range textNumbers(s) {
			base[f] = true
		}
	}
	for _, dx := range in.Request.Diagnoses {
		for _, f := range textNumbers(dx.Code + " " + dx.Display) {
			base[f] = true
		}
	}
	for _, c := range d.Criteria {
		for _, f := range textNumbers(c.Text) {
			base[f] = true
		}
	}
	for _, st := range splitSentences(d.Summary) {
		sentence := st.text
		nums := summaryNumbers(sentence)
		if len(nums) == 0 {
			continue
		}
		rs, ps := citations(sentence)
		if len(rs)+len(ps) == 0 {
			// An abbreviation may have split the statement from its
			// citations: the rest of the line cites for it.
			rs, ps = citations(st.rest)
		}
		allowed := map[float64]bool{}
		for f := range base {
			allowed[f] = true
		}
		for _, r := range rs {
			for f := range seen.numbers[r] {
				allowed[f] = true
			}
			for _, f := range itemNumbers(ev.Items[r]) {
				allowed[f] = true
			}
			// Values the shared reasoner derives from the cited resource:
			// units converted, a BMI from the weight and height cited, a
			// score from the conditions cited.
			for _, f := range derived[r] {
				allowed[f] = true
			}
		}
		for _, p := range ps {
			for _, f := range textNumbers(seen.passages[p].text) {
				allowed[f] = true
			}
		}
		for _, n := range nums {
			if !numberMatches(n, allowed) {
				where := "no cited resource"
				if len(rs) > 0 {
					where = "the cited " + strings.Join(rs, ", ")
				}
				add(RuleNumberMatches, strings.Join(rs, " "), "the summary quotes %s in %q, but %s shows no such value", trimFloat(n), clip(sentence, 160), where)
				break
			}
		}
	}

	// Quotes: each is the cited note's own text at its offsets, so the
	// reviewer's highlight shows exactly what the finding rests on.
	notes := map[string]string{}
	for _, r := range cachedReads {
		if it, err := tools.ReadResource(r, asOf); err == nil {
			if n, ok := it.(tools.NoteItemText); ok {
				notes[r.Ref()] = n.Text
			}
		}
	}
	for _, c := range d.Criteria {
		for _, q := range c.Quotes {
			text, ok := notes[q.Resource]
			switch {
			case !ok:
				add(RuleQuoteMatches, q.Resource, "criterion %q quotes %s, which the draft does not cite as a note", c.ID, q.Resource)
			case q.Start < 0 || q.End > len(text) || q.Start >= q.End || text[q.Start:q.End] != q.Text:
				add(RuleQuoteMatches, q.Resource, "criterion %q quotes %q, but %s does not say that at %d-%d", c.ID, clip(q.Text, 80), q.Resource, q.Start, q.End)
			}
		}
	}

	// Criteria: met needs evidence; the recommendation follows.
	status := map[string]umassist.CriterionStatus{}
	for _, c := range d.Criteria {
		status[c.ID] = c.Status
		if c.Status == umassist.CriterionMet && len(c.Evidence) == 0 {
			add(RuleMetHasEvidence, c.ID, "criterion %q is marked met without cited evidence", c.ID)
		}
	}
	if pack != nil {
		checkChecklist(d, pack, own, add)
		checkAgainstRecord(d, pack, own, ownResults, add)
	}
	v.checkRecommendation(in, d, pack, add)
	return issues, nil
}

// runEvidence reads what the run's clinical tools returned and the
// resources the verifier re-read.
func runEvidence(outs []ToolOutput, reads []*umassist.Resource, asOf umassist.Date) *criteria.Evidence {
	ev := criteria.NewEvidence()
	for _, o := range outs {
		switch o.Tool {
		case tools.SearchPoliciesTool, tools.GetPolicyCriteriaTool, SubmitDraftTool:
			continue
		}
		reason.AddToolOutput(ev, o.Tool, o.Data)
	}
	for _, r := range reads {
		if _, ok := ev.Items[r.Ref()]; !ok {
			reason.AddResource(ev, r, asOf)
		}
	}
	return ev
}

// checkChecklist holds the draft to the pack governing the request: its
// policy, every one of its criteria and none besides. A model that skipped
// get_policy_criteria, asked for another policy or made a criterion up is
// caught here rather than checked against its own checklist.
func checkChecklist(d *umassist.Draft, pack *tools.PolicyCriteriaResult, own *criteria.Decision, add func(rule, ref, format string, args ...any)) {
	switch {
	case tools.SamePolicy(pack.Policy, d.Policy):
	case strings.TrimSpace(d.Policy) == "":
		add(RulePolicyGoverns, "", "the draft names no policy, but %s governs this request", pack.Policy)
	default:
		add(RulePolicyGoverns, d.Policy, "the draft names %s, but %s governs this request", d.Policy, pack.Policy)
	}
	known := map[string]bool{}
	for _, pc := range pack.Criteria {
		known[pc.ID] = true
	}
	listed := map[string]bool{}
	for _, c := range d.Criteria {
		if listed[c.ID] {
			continue
		}
		listed[c.ID] = true
		if !known[c.ID] {
			add(RuleCriterionUnknown, c.ID, "criterion %q is not a criterion of %s", c.ID, pack.Policy)
		}
	}
	for _, pc := range pack.Criteria {
		switch {
		case listed[pc.ID]:
		case own != nil && !own.Applies[pc.ID]:
			// Another pathway of the policy: not this request's criterion.
		case pc.Required && d.Recommendation == umassist.RecommendApprove:
			add(RuleCriteriaIncomplete, pc.ID, "approve, but required criterion %q is missing from the checklist", pc.ID)
		default:
			add(RuleCriterionOmitted, pc.ID, "criterion %q of %s is missing from the checklist", pc.ID, pack.Policy)
		}
	}
}

// checkAgainstRecord re-checks the model's criteria with the deterministic
// reasoner over everything the run saw plus the cited resources: a model
// that calls a criterion met (or an exclusion absent) while the record
// shows otherwise — an injected instruction obeyed, a misread number — is
// caught here.
func checkAgainstRecord(d *umassist.Draft, pack *tools.PolicyCriteriaResult, dec *criteria.Decision, own []criteria.Result, add func(rule, ref, format string, args ...any)) {
	byID := map[string]criteria.View{}
	for _, c := range pack.Criteria {
		byID[c.ID] = c
	}
	status := map[string]umassist.CriterionStatus{}
	for _, c := range d.Criteria {
		status[c.ID] = c.Status
	}
	for i, pc := range pack.Criteria {
		ms, listed := status[pc.ID]
		if !pc.Exclusion && ms != umassist.CriterionMet {
			continue
		}
		if pc.Exclusion && !listed && !dec.Applies[pc.ID] {
			// Another pathway's exclusion: not this request's.
			continue
		}
		r := own[i]
		switch {
		case !pc.Exclusion && r.Status == umassist.CriterionNotMet:
			add(RuleCriterionContradicted, pc.ID, "criterion %q is marked met, but the record shows otherwise: %s", pc.ID, r.Finding)
		case !pc.Exclusion && r.Status == umassist.CriterionNotDocumented && d.Recommendation == umassist.RecommendApprove:
			// An approval must rest on evidence the record shows, not on
			// the model's word (or on text injected into a note).
			add(RuleCriterionUnsupported, pc.ID, "criterion %q is marked met, but nothing the run read or cited shows it", pc.ID)
		case pc.Exclusion && r.Status == umassist.CriterionMet && ms != umassist.CriterionMet:
			what := "is marked " + string(ms)
			if !listed {
				what = "is left out of the checklist"
			}
			add(RuleCriterionContradicted, pc.ID, "exclusion %q %s, but the record shows it: %s", pc.ID, what, r.Finding)
		}
	}
}

func (v *Verifier) checkRecommendation(in CaseInput, d *umassist.Draft, pack *tools.PolicyCriteriaResult, add func(rule, ref, format string, args ...any)) {
	if d.Recommendation == umassist.RecommendRequestInfo && len(d.Questions) == 0 {
		add(RuleRequestInfoQuestion, "", "request_info without a question for the ordering clinician")
	}
	if pack != nil {
		status := map[string]umassist.CriterionStatus{}
		for _, c := range d.Criteria {
			status[c.ID] = c.Status
		}
		// The governing pack's logic decides, whatever policy the draft
		// names; a checklist of other criteria cannot carry an approval.
		assessed := slices.ContainsFunc(pack.Criteria, func(pc criteria.View) bool { _, ok := status[pc.ID]; return ok })
		if d.Recommendation == umassist.RecommendApprove && !assessed {
			add(RuleApproveUngoverned, "", "approve without assessing the criteria of %s, the policy governing this request", pack.Policy)
			return
		}
		// The draft's own checklist, read with the one decision logic the
		// offline model uses (pathways, exclusions, non-coverage).
		evidence := map[string][]string{}
		for _, c := range d.Criteria {
			evidence[c.ID] = c.Evidence
		}
		var claimed []criteria.Result
		for _, pc := range pack.Criteria {
			st, ok := status[pc.ID]
			if !ok {
				st = umassist.CriterionNotDocumented
			}
			claimed = append(claimed, criteria.Result{ID: pc.ID, Status: st, Exclusion: pc.Exclusion, Required: pc.Required, Evidence: evidence[pc.ID]})
		}
		dec := criteria.Decide(pack.Logic, claimed, criteria.RequestOf(in.Request))
		var ids []string
		for _, r := range dec.Deciding {
			ids = append(ids, r.ID)
		}
		switch {
		case d.Recommendation == umassist.RecommendApprove && dec.Recommendation != umassist.RecommendApprove:
			add(RuleRecommendation, "", "approve, but the checklist leads to %s (%s)", dec.Recommendation, listOrNone(ids))
		case d.Recommendation == umassist.RecommendRequestInfo && dec.Recommendation == umassist.RecommendRefer:
			add(RuleRecommendation, "", "request_info, but criteria are documented as not met or exclusions present (%s): a physician reviewer decides", listOrNone(ids))
		}
		return
	}
	if d.Recommendation != umassist.RecommendApprove {
		return
	}
	if d.Policy == "" {
		add(RuleRecommendation, "", "approve without a governing policy")
	}
	if len(d.Criteria) == 0 {
		add(RuleRecommendation, "", "approve without a criteria checklist")
		return
	}
	anyRequired := slices.ContainsFunc(d.Criteria, func(c umassist.Criterion) bool { return c.Required })
	for _, c := range d.Criteria {
		if (c.Required || !anyRequired) && c.Status != umassist.CriterionMet {
			add(RuleRecommendation, c.ID, "approve, but criterion %q is %s", c.ID, c.Status)
		}
	}
}

func listOrNone(s []string) string {
	if len(s) == 0 {
		return "none"
	}
	return strings.Join(s, ", ")
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

func trimFloat(f float64) string {
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.4f", f), "0"), ".")
}

// Finalize applies the verifier's findings to a draft: a draft with any
// finding is stored as refer, with the findings shown to the reviewer —
// never silently approved. It sets the confidence either way.
func Finalize(d *umassist.Draft, findings []umassist.VerifierIssue) {
	d.Findings = findings
	if len(findings) > 0 && d.Recommendation != umassist.RecommendRefer {
		orig := d.Recommendation
		d.Recommendation = umassist.RecommendRefer
		d.Summary = strings.TrimRight(d.Summary, "\n") + "\n\nVerifier: the draft failed automated checks (listed with it), so it is referred to a physician reviewer instead of " + string(orig) + "."
	}
	d.Confidence = Confidence(d)
}

// Confidence scores a draft in [0, 1] from evidence completeness and
// strength (share of criteria decided with cited evidence; a criterion met
// on note text alone counts 0.8, since reading text errs more than reading
// a coded result; documented gaps count half) and the verifier's results;
// the reviewer queue ranks by it.
func Confidence(d *umassist.Draft) float64 {
	completeness := 0.0
	if n := len(d.Criteria); n > 0 {
		var s float64
		for _, c := range d.Criteria {
			switch {
			case c.Status == umassist.CriterionNotDocumented:
				s += 0.5
			case c.Status == umassist.CriterionMet && len(c.Evidence) > 0 && !slices.ContainsFunc(c.Evidence, func(ref string) bool {
				return !strings.HasPrefix(ref, "DocumentReference/") && !strings.HasPrefix(ref, "DiagnosticReport/")
			}):
				s += 0.8
			case len(c.Evidence) > 0, c.Status == umassist.CriterionNotMet:
				// not_met without evidence: an exclusion found absent.
				s++
			}
		}
		completeness = s / float64(n)
	}
	conf := 0.15 + 0.6*completeness
	if len(d.Findings) == 0 {
		conf += 0.2
	} else {
		for range min(len(d.Findings), 4) {
			conf *= 0.6
		}
	}
	if conf < 0 {
		conf = 0
	}
	if conf > 1 {
		conf = 1
	}
	return float64(int(conf*1000+0.5)) / 1000
}

// itemNumbers are the numbers one piece of evidence shows: its value and
// components, and every number in its name, coded value and note text.
func itemNumbers(it *criteria.Item) []float64 {
	if it == nil {
		return nil
	}
	var out []float64
	if it.Value != nil {
		out = append(out, *it.Value)
	}
	for _, c := range it.Components {
		if c.Value != nil {
			out = append(out, *c.Value)
		}
	}
	for _, t := range []string{it.Display, it.ValueText, it.Text, it.Reason} {
		out = append(out, textNumbers(t)...)
	}
	return out
}
