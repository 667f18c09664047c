package server

// The case page: the draft as a reviewer reads it (checklist, evidence
// quoted in context, the policy sentence each criterion rests on, what a
// re-draft changed) and the decision forms.

import (
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
)

// draftChange is what one draft changed from the one before it.
type draftChange struct {
	From           int
	Recommendation [2]umassist.Recommendation // before, after; equal when unchanged
	Criteria       []criterionChange
	// Evidence is what the draft cites that the one before did not (the
	// clinician's answer, say).
	Evidence []string
}

type criterionChange struct {
	Text     string
	From, To string // status in words
}

// diffDrafts lists what changed from prev to d: the recommendation, every
// criterion (by id) whose status moved, or that appeared or went, and the
// evidence newly cited.
func diffDrafts(prev, d *umassist.Draft) *draftChange {
	ch := &draftChange{From: prev.Version, Recommendation: [2]umassist.Recommendation{prev.Recommendation, d.Recommendation}}
	before := map[string]umassist.Criterion{}
	for _, c := range prev.Criteria {
		before[c.ID] = c
	}
	words := func(c umassist.Criterion) string {
		_, _, label := chip(c)
		return label
	}
	for _, c := range d.Criteria {
		p, ok := before[c.ID]
		switch {
		case !ok:
			ch.Criteria = append(ch.Criteria, criterionChange{Text: c.Text, From: "not in the draft", To: words(c)})
		case p.Status != c.Status:
			ch.Criteria = append(ch.Criteria, criterionChange{Text: c.Text, From: words(p), To: words(c)})
		}
		delete(before, c.ID)
	}
	for _, c := range prev.Criteria {
		if _, gone := before[c.ID]; gone {
			ch.Criteria = append(ch.Criteria, criterionChange{Text: c.Text, From: words(c), To: "no longer in the draft"})
		}
	}
	for _, ref := range d.Evidence {
		if !slices.Contains(prev.Evidence, ref) && !slices.Contains(ch.Evidence, ref) {
			ch.Evidence = append(ch.Evidence, ref)
		}
	}
	return ch
}

type evidenceView struct {
	Fact
	Available            bool
	Before, Match, After string
	Href                 string
	Quote                string
}

type passageView struct {
	ID        string
	Title     string
	Section   string
	Text      string
	Available bool
	Href      string
	// Sentence is the passage's sentence a criterion rests on, shown
	// first; the whole passage opens from it. "" shows Text.
	Sentence string
	// Above: an earlier criterion shows the same words; only the link is
	// repeated.
	Above bool
}

// forCriterion is the passage as a criterion cites it: its relevant
// sentence picked out, and the link highlighting it.
func (pv passageView) forCriterion(text string) passageView {
	if pv.Sentence = relevantSentence(pv.Text, text); pv.Sentence != "" {
		pv.Href += "&quote=" + url.QueryEscape(pv.Sentence)
	}
	return pv
}

type criterionView struct {
	umassist.Criterion
	Items    []evidenceView
	Policies []passageView
	// Good, Bad and Open say what the status means for the request: an
	// exclusion "met" is present, which is bad; "not met", absent, good.
	Good, Bad bool
	Chip      string
}

// chip is how the page shows a criterion's status: the same colours mean
// good and bad for criteria and exclusions alike.
func chip(c umassist.Criterion) (good, bad bool, text string) {
	switch {
	case c.Exclusion && c.Status == umassist.CriterionMet:
		return false, true, "Present"
	case c.Exclusion && c.Status == umassist.CriterionNotMet:
		return true, false, "Absent"
	case c.Exclusion:
		return false, false, "Not documented"
	case c.Status == umassist.CriterionMet:
		return true, false, "Met"
	case c.Status == umassist.CriterionNotMet:
		return false, true, "Not met"
	}
	return false, false, "Not documented"
}

type caseData struct {
	Case        *umassist.Case
	Member      member
	SLA         umassist.SLA
	Claim       *postgres.Claim
	MyClaim     bool
	Draft       *umassist.Draft
	Criteria    []criterionView
	Passages    []passageView
	Actions     []umassist.ReviewAction
	Info        []postgres.Information
	Queries     []postgres.ClinicianQuery
	CanClaim    bool
	CanDecide   bool
	IsPhysician bool
	Questions   string
	HasLetter   bool
	// Against: approving would decide against the draft, which needs an
	// override code and a reason (umassist.ReviewAction.CheckOverride).
	Against       bool
	OverrideCodes []string
	// Latest is the newest draft version; Earlier says the page shows an
	// older one (?version=N), which is read, never decided.
	Latest   int
	Earlier  bool
	Versions []int
	// Changed says what the shown draft changed from the one before it
	// (after the clinician's answer, say): the recommendation and each
	// criterion whose status moved.
	Changed *draftChange
	// Why says, before anything else, what the recommendation rests on:
	// the draft's own rationale line and the criteria that decide it.
	Why      string
	Deciding []criterionView
	// Typed is what a reviewer typed into the form a refused action came
	// from, shown again so nothing typed is lost.
	Typed typedForm
}

// typedForm is a decision form as it was submitted.
type typedForm struct {
	Action, Reason, Question, OverrideCode, Summary, OtherPassage string
	Passages                                                      []string
}

// Checked reports whether a passage was ticked.
func (f typedForm) Checked(id string) bool { return slices.Contains(f.Passages, id) }

// rationale is the summary's "Recommendation: …" line, the draft's own
// reason for its recommendation.
func rationale(summary string) string {
	for _, l := range strings.Split(summary, "\n") {
		if r, ok := strings.CutPrefix(strings.TrimSpace(l), "Recommendation:"); ok {
			return strings.TrimSpace(criterionIDs.ReplaceAllString(r, ""))
		}
	}
	return ""
}

// criterionIDs are the pack's ids a summary names criteria by
// ("(prior_medical_treatment, nyha)"): the Why panel lists the criteria in
// words right below, so the ids are left out.
var criterionIDs = regexp.MustCompile(`\s*\([a-z][a-z0-9]*(?:_[a-z0-9]+)+(?:,\s*[a-z][a-z0-9_]*)*\)`)

func (s *Server) casePage(c echo.Context) error {
	if r := s.takeRefusal(c); r != nil {
		c.Set("typed", r.Typed)
		return s.renderCase(c, http.StatusOK, r.Message)
	}
	return s.renderCase(c, http.StatusOK, "")
}

// renderCase shows the case screen; errMsg explains a refused action.
func (s *Server) renderCase(c echo.Context, status int, errMsg string) error {
	ctx := c.Request().Context()
	cs, err := s.cfg.Records.Case(ctx, c.Param("id"))
	if err != nil {
		return err
	}
	u := UserFrom(c)
	d := caseData{Case: cs, Member: s.member(c, cs.Patient), SLA: umassist.SLAOf(cs, s.now()), IsPhysician: u.Role == umassist.RolePhysician, Typed: typed(c)}
	if d.Claim, err = s.cfg.Review.ActiveClaim(ctx, cs.ID); err != nil {
		return err
	}
	d.MyClaim = d.Claim != nil && d.Claim.UserID == u.ID
	draft, _, err := s.cfg.Records.LatestDraft(ctx, cs.ID)
	if err != nil && umassist.ErrorCode(err) != umassist.ENOTFOUND {
		return err
	}
	if draft != nil {
		d.Latest = draft.Version
		// ?version=N shows an earlier draft as it was; decisions apply
		// only to the newest, so an earlier one is read, not decided.
		if v, err := strconv.Atoi(c.QueryParam("version")); err == nil && v > 0 && v != draft.Version {
			if draft, _, err = s.cfg.Records.DraftVersion(ctx, cs.ID, v); err != nil {
				return err
			}
			d.Earlier = true
		}
		for v := 1; v <= d.Latest; v++ {
			d.Versions = append(d.Versions, v)
		}
		if draft.Version > 1 {
			prev, _, err := s.cfg.Records.DraftVersion(ctx, cs.ID, draft.Version-1)
			if err != nil && umassist.ErrorCode(err) != umassist.ENOTFOUND {
				return err
			}
			if prev != nil {
				d.Changed = diffDrafts(prev, draft)
			}
		}
	}
	var resources []string
	if draft != nil {
		d.Draft = draft
		d.Questions = strings.Join(draft.Questions, "\n")
		passages := map[string]passageView{}
		shown := map[string]bool{} // passage id and sentence already on the page
		for _, cr := range draft.Criteria {
			cv := criterionView{Criterion: cr}
			cv.Good, cv.Bad, cv.Chip = chip(cr)
			for _, ref := range cr.Evidence {
				ev := s.evidence(c, cs.ID, ref, quoteFor(draft, cr, ref))
				cv.Items = append(cv.Items, ev)
				resources = append(resources, ref)
			}
			for _, pid := range cr.Passages {
				pv, ok := passages[pid]
				if !ok {
					pv = s.passage(c, cs.ID, pid)
					passages[pid] = pv
				}
				pv = pv.forCriterion(cr.Text)
				pv.Above = pv.Available && shown[pv.ID+"\x00"+pv.Sentence]
				shown[pv.ID+"\x00"+pv.Sentence] = true
				cv.Policies = append(cv.Policies, pv)
			}
			d.Criteria = append(d.Criteria, cv)
			// What decides a recommendation other than approve: criteria
			// not met, exclusions present, required criteria undocumented.
			if draft.ApprovalOverrides() && (cv.Bad || (cr.Required && !cv.Good)) {
				d.Deciding = append(d.Deciding, cv)
			}
		}
		d.Why = rationale(draft.Summary)
		for _, ct := range draft.Citations {
			if ct.Passage != "" {
				if _, ok := passages[ct.Passage]; !ok {
					passages[ct.Passage] = s.passage(c, cs.ID, ct.Passage)
				}
			}
		}
		for _, pv := range passages {
			d.Passages = append(d.Passages, pv)
		}
		slices.SortFunc(d.Passages, func(a, b passageView) int { return strings.Compare(a.ID, b.ID) })
	}
	if d.Actions, err = s.cfg.Records.Actions(ctx, cs.ID); err != nil {
		return err
	}
	if d.Queries, err = s.cfg.Review.Queries(ctx, cs.ID); err != nil {
		return err
	}
	if d.Info, err = s.cfg.Records.Information(ctx, cs.ID); err != nil {
		return err
	}
	d.HasLetter = letterKind(cs.Status) != ""
	reviewer := u.Role == umassist.RoleNurse || u.Role == umassist.RolePhysician
	decidable := umassist.CheckTransition(cs.Status, u.Role, umassist.OutcomeApproved) == nil
	d.CanClaim = reviewer && decidable && !d.MyClaim && d.Claim == nil
	d.CanDecide = reviewer && decidable && d.MyClaim && !d.Earlier
	d.Against = d.Draft.ApprovalOverrides()
	d.OverrideCodes = umassist.OverrideCodes
	if err := s.audit(c, "case.view", cs, nil, resources...); err != nil {
		return err
	}
	return s.render(c, status, "case", pageData{Title: "Case " + cs.ID, Error: errMsg, Data: d})
}

// quoteFor finds what a criterion rests on in a resource: the exact
// sentence the reader quoted, with its offset in the note; else what the
// draft's citations quote from it (a value, or words of the summary that
// may not be in the note at all).
func quoteFor(d *umassist.Draft, cr umassist.Criterion, ref string) umassist.Citation {
	for _, q := range cr.Quotes {
		if q.Resource == ref && q.Text != "" {
			return umassist.Citation{Resource: ref, Quote: q.Text, Offset: q.Start}
		}
	}
	for _, ct := range d.Citations {
		if ct.Resource == ref && ct.Quote != "" {
			return ct
		}
	}
	return umassist.Citation{Resource: ref}
}

func (s *Server) evidence(c echo.Context, caseID, ref string, ct umassist.Citation) evidenceView {
	ev := evidenceView{Fact: Fact{Ref: ref}, Quote: ct.Quote}
	q := url.Values{"ref": {ref}}
	if ct.Quote != "" {
		q.Set("quote", ct.Quote)
		q.Set("offset", strconv.Itoa(ct.Offset))
	}
	ev.Href = "/cases/" + url.PathEscape(caseID) + "/source?" + q.Encode()
	if s.cfg.Resources == nil {
		return ev
	}
	r, err := s.cfg.Resources.ReadResource(c.Request().Context(), ref)
	if err != nil || r == nil {
		return ev
	}
	ev.Available = true
	ev.Fact = factOf(ref, r.Raw)
	if r.Text != "" {
		ev.Text = r.Text
	}
	if ev.Text != "" {
		ev.Before, ev.Match, ev.After = excerpt(ev.Text, ct.Quote, 220)
	}
	return ev
}

func (s *Server) passage(c echo.Context, caseID, id string) passageView {
	pv := passageView{ID: id, Href: "/cases/" + url.PathEscape(caseID) + "/policy?passage=" + url.QueryEscape(id)}
	if s.cfg.Passages == nil {
		return pv
	}
	p, err := s.cfg.Passages.Passage(c.Request().Context(), id)
	if err != nil || p == nil {
		return pv
	}
	pv.Available, pv.Title, pv.Section, pv.Text = true, p.PolicyTitle, p.Section, p.Text
	return pv
}
