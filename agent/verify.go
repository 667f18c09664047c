package agent

import (
	"context"
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
	RuleEvidenceExists  = "evidence_exists"
	RuleEvidencePatient = "evidence_patient"
	RuleEvidenceDate    = "evidence_after_request"
	RulePassageExists   = "passage_exists"
	RulePassageInForce  = "passage_in_force"
	RuleNumberMatches   = "number_matches"
	RuleMetHasEvidence  = "met_has_evidence"
	// A criterion met on a patient's or a payer's own words (a portal
	// message, a payer letter): shown to the reviewer, never evidence.
	RuleEvidenceProvenance    = "evidence_provenance"
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
	// Packs finds the criteria pack governing the request (tools.LivePacks
	// over the published revisions, or a tools.PackList); required. None
	// found means no pack governs the request.
	Packs    tools.PackFinder
	Passages PassageChecker // optional
	// Versions, when set, tells which version of the governing pack's
	// policy is in force: a pack written for another never approves.
	Versions  tools.PolicyVersions
	Namespace string
	// Context is record the verifier reads beside the run's own tool
	// outputs (the patient's overview, taken when the model did not ask
	// for it): the re-check of each criterion sees the whole of what it
	// depends on (a hospital stay times an oxygen test), but none of it
	// counts as seen by the model.
	Context []ToolOutput
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
	gov, err := tools.CriteriaForIn(ctx, v.Packs, v.Versions, v.Namespace, in.Request)
	if err != nil {
		return nil, fmt.Errorf("agent: verify: %w", err)
	}
	var pack *tools.PolicyCriteriaResult // nil: no pack governs the request
	if gov.Found {
		pack = &gov
		// Which criteria are exclusions is the pack's to say, not the
		// model's: a page reads "met" on an exclusion as bad news.
		for i := range d.Criteria {
			for _, v := range pack.Criteria {
				if v.ID == d.Criteria[i].ID {
					d.Criteria[i].Exclusion = v.Exclusion
				}
			}
		}
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
	// Who wrote each cited document, from the resource itself (its author
	// references and the words the record uses), not from the reader.
	notEvidence := map[string]umassist.AuthorRole{}

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
		if item, err := tools.ReadResource(r, asOf); err == nil {
			switch x := item.(type) {
			case tools.NoteItemText:
				if !x.AuthorRole.Evidence() {
					notEvidence[ref] = x.AuthorRole
				}
			case tools.ObservationItem:
				if !x.AuthorRole.Evidence() {
					notEvidence[ref] = x.AuthorRole
				}
			}
		}
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
	ev := runEvidence(append(slices.Clip(outs), v.Context...), cachedReads, asOf)
	ev.Requested = in.Request.Service
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
	// The patient's age on the request date, which a finding on an age
	// limit states citing the Patient resource.
	if age := ev.Patient.Age(asOf.Time); age >= 0 && ev.Patient.Ref != "" {
		derived[ev.Patient.Ref] = append(derived[ev.Patient.Ref], float64(age))
	}
	var own *criteria.Decision
	var ownResults []criteria.Result
	if pack != nil {
		for _, pc := range pack.Criteria {
			ownResults = append(ownResults, criteria.Evaluate(pc, ev, asOf))
		}
		dec := pack.Logic.Decide(ownResults, criteria.RequestOf(in.Request))
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
	if pack == nil || len(measures) > 0 {
		for _, f := range criteria.ReadableBounds(measures...) {
			// Zero is no bound a finding states; allowing it would pass
			// any "0" the summary invents.
			if f != 0 {
				base[f] = true
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
			// A sentence citing a passage may name its policy ("NCD
			// 20.8.3"): the section number is the citation's own.
			policy, _, _ := strings.Cut(p, "#")
			for _, f := range textNumbers(policy) {
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
		if c.Status == umassist.CriterionMet {
			for _, ref := range c.Evidence {
				if role, ok := notEvidence[ref]; ok {
					add(RuleEvidenceProvenance, c.ID, "criterion %q is marked met citing %s, written by the %s: shown to the reviewer, never evidence", c.ID, ref, role)
				}
			}
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
		case tools.ToolSearchPolicies, tools.ToolGetPolicyCriteria, ToolSubmitDraft:
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
