package server

// The criteria pack editor: clinical editors write revisions beside the
// policy's text, test them against a patient, and another editor or a
// physician publishes them; a new policy version marks a published pack
// stale and shows what changed.

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/criteria"
	"github.com/umassist/umassist/retrieval"
)

type packsData struct {
	Rows    []criteria.PackStanding
	CanEdit bool
	Policy  string // the new-pack form's last entry
}

func (s *Server) packEditor() (PackEditor, error) {
	if s.cfg.Packs == nil {
		return nil, umassist.Errorf(umassist.ENOTIMPLEMENTED, "criteria packs are not kept by this server")
	}
	return s.cfg.Packs, nil
}

func canEditPacks(c echo.Context) bool {
	u := UserFrom(c)
	return u != nil && criteria.CanEditPacks(u.Role)
}

// inForce maps policy ids to the version in force today.
func (s *Server) inForce(c echo.Context, ids []string) map[string]string {
	out := map[string]string{}
	if s.cfg.Corpus == nil || len(ids) == 0 {
		return out
	}
	pols, err := s.cfg.Corpus.PoliciesInForce(c.Request().Context(), retrieval.Filter{PolicyIDs: ids, AsOf: s.now()})
	if err != nil {
		s.log.Warn("packs: policies in force", "err", err)
		return out
	}
	for _, p := range pols {
		out[p.ID] = p.Version
	}
	return out
}

func (s *Server) packsPage(c echo.Context) error {
	ed, err := s.packEditor()
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	latest, err := ed.Latest(ctx)
	if err != nil {
		return err
	}
	published, err := ed.Published(ctx)
	if err != nil {
		return err
	}
	d := packsData{CanEdit: canEditPacks(c), Policy: c.QueryParam("policy"),
		Rows: criteria.Standings(latest, published, s.inForce(c, criteria.PoliciesOf(published)))}
	return s.render(c, http.StatusOK, "packs", pageData{Title: "Criteria packs", Data: d})
}

// hintView is a hint in words an editor checks against the policy.
func hintView(h criteria.Hint) string {
	var parts []string
	add := func(label string, vs []string) {
		if len(vs) > 0 {
			parts = append(parts, label+" "+strings.Join(vs, ", "))
		}
	}
	add("LOINC", h.LOINC)
	add("codes", h.Codes)
	add("RxNorm", h.RxNorm)
	add("classes", h.MedicationClasses)
	add("phrases", h.Phrases)
	if h.Comparator != "" && h.Threshold != nil {
		t := fmt.Sprintf("%s %g", h.Comparator, *h.Threshold)
		if h.ThresholdHigh != nil {
			t += fmt.Sprintf("–%g", *h.ThresholdHigh)
		}
		parts = append(parts, strings.TrimSpace(t+" "+h.Unit))
	}
	if h.Measure != "" {
		parts = append(parts, "measure "+h.Measure)
	}
	if h.MinAge > 0 {
		parts = append(parts, fmt.Sprintf("age %d or older", h.MinAge))
	}
	if h.MaxAge > 0 {
		parts = append(parts, fmt.Sprintf("age %d or younger", h.MaxAge))
	}
	if h.MinDurationDays > 0 {
		parts = append(parts, fmt.Sprintf("for at least %d days", h.MinDurationDays))
	}
	if h.LookbackDays > 0 {
		parts = append(parts, fmt.Sprintf("within %d days", h.LookbackDays))
	}
	if h.Group != "" {
		parts = append(parts, "group "+h.Group)
	}
	return h.Kind + ": " + strings.Join(parts, "; ")
}

// packCriterionView is a criterion beside the policy passages it cites.
type packCriterionView struct {
	Criterion criteria.Criterion
	Hints     []string
	Passages  []passageText
	Exclusion bool
}

type passageText struct {
	ID, Section, Text string
	// Sentence is the passage's sentence closest to the criterion; the
	// whole text is one click away.
	Sentence string
	Missing  bool // cited but not in the corpus
}

type packData struct {
	Rev       criteria.PackRevision
	Revisions []criteria.PackRevision
	Criteria  []packCriterionView
	// Problems are the validation errors of the shown revision.
	Problems []string
	Stale    string
	CanEdit  bool
	// Moves are the statuses the signed-in user may move it to.
	Moves []packMove
	// IsAuthor: the signed-in user wrote the shown revision.
	IsAuthor bool
	Test     *packTestView
	// TestForm keeps what was typed in the test form.
	TestForm url.Values
}

type packMove struct {
	To    criteria.PackStatus
	Label string
}

type packTestView struct {
	Patient string
	Draft   *umassist.Draft
}

func (s *Server) packRevision(c echo.Context) (*criteria.PackRevision, []criteria.PackRevision, error) {
	ed, err := s.packEditor()
	if err != nil {
		return nil, nil, err
	}
	revs, err := ed.Revisions(c.Request().Context(), c.Param("id"))
	if err != nil {
		return nil, nil, err
	}
	want := c.Param("rev")
	if want == "" {
		want = c.QueryParam("rev")
	}
	if want == "" {
		// The published revision, else the newest.
		for i := range revs {
			if revs[i].Status == criteria.PackPublished {
				return &revs[i], revs, nil
			}
		}
		return &revs[0], revs, nil
	}
	n, err := strconv.Atoi(want)
	if err != nil {
		return nil, nil, umassist.Errorf(umassist.EINVALID, "revision %q is not a number", want)
	}
	for i := range revs {
		if revs[i].Revision == n {
			return &revs[i], revs, nil
		}
	}
	return nil, nil, umassist.Errorf(umassist.ENOTFOUND, "no revision %d of %s", n, c.Param("id"))
}

// corpusCheck is the passage set a pack is validated against: the
// corpus when it is imported, none otherwise (structure only).
func (s *Server) corpusCheck(c echo.Context) criteria.PassageSet {
	if s.cfg.Corpus == nil {
		return nil
	}
	ids, err := s.cfg.Corpus.PassageIDs(c.Request().Context(), "")
	if err != nil || len(ids) == 0 {
		return nil
	}
	return criteria.PassageSetFunc(func(id string) bool { return ids[id] })
}

// problems splits a validation error into the lines an editor fixes.
func problems(err error) []string {
	if err == nil {
		return nil
	}
	var out []string
	for _, l := range strings.Split(err.Error(), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// policyText is the text of a policy's version in force, passage by
// passage.
func (s *Server) policyText(c echo.Context, policy string) []criteria.SourcePassage {
	if s.cfg.Corpus == nil {
		return nil
	}
	hits, err := s.cfg.Corpus.PolicyPassages(c.Request().Context(), "", policy)
	if err != nil {
		return nil
	}
	return retrieval.PolicyTextOf(hits).Passages
}

func (s *Server) packPage(c echo.Context) error {
	return s.renderPack(c, http.StatusOK, "", nil, nil)
}

func (s *Server) renderPack(c echo.Context, status int, errMsg string, test *packTestView, typed url.Values) error {
	rev, revs, err := s.packRevision(c)
	if err != nil {
		return err
	}
	text := map[string]criteria.SourcePassage{}
	for _, p := range s.policyText(c, rev.Pack.Policy) {
		text[p.ID] = p
	}
	excluded := map[string]bool{}
	for _, id := range rev.Pack.Logic.Exclusions {
		excluded[id] = true
	}
	d := packData{Rev: *rev, Revisions: revs, CanEdit: canEditPacks(c), Test: test, TestForm: typed,
		Problems: problems(rev.Pack.Validate(s.corpusCheck(c))),
		Stale:    rev.StaleAgainst(s.inForce(c, []string{rev.Pack.Policy}))}
	for _, cr := range rev.Pack.Criteria {
		v := packCriterionView{Criterion: cr, Exclusion: excluded[cr.ID]}
		for _, h := range cr.Evidence {
			v.Hints = append(v.Hints, hintView(h))
		}
		for _, id := range cr.Passages {
			p, ok := text[id]
			v.Passages = append(v.Passages, passageText{ID: id, Section: p.Section, Text: p.Text, Sentence: relevantSentence(p.Text, cr.Text),
				Missing: !ok && len(text) > 0})
		}
		d.Criteria = append(d.Criteria, v)
	}
	if u := UserFrom(c); d.CanEdit && u != nil {
		d.IsAuthor = strings.EqualFold(u.ID, rev.Author)
		back := "Return to the author"
		if d.IsAuthor {
			back = "Withdraw to draft"
		}
		for _, m := range []packMove{
			{criteria.PackInReview, "Submit for review"}, {criteria.PackDraft, back},
			{criteria.PackPublished, "Publish"}, {criteria.PackRetired, "Retire"},
		} {
			if criteria.CheckPackMove(rev.Status, m.To, rev.Author, u.Actor()) == nil {
				d.Moves = append(d.Moves, m)
			}
		}
	}
	return s.render(c, status, "pack", pageData{Title: rev.Pack.ID, Error: errMsg, Data: d})
}

// packMove moves a revision (submit, return, publish, retire).
func (s *Server) packMove(c echo.Context) error {
	ed, err := s.packEditor()
	if err != nil {
		return err
	}
	rev, err := strconv.Atoi(c.Param("rev"))
	if err != nil {
		return umassist.Errorf(umassist.EINVALID, "revision %q is not a number", c.Param("rev"))
	}
	to, err := criteria.ParsePackStatus(c.FormValue("to"))
	if err != nil {
		return err
	}
	id := c.Param("id")
	if _, err := ed.Move(c.Request().Context(), UserFrom(c).Actor(), id, rev, to, strings.TrimSpace(c.FormValue("note"))); err != nil {
		if code := umassist.ErrorCode(err); code == umassist.ECONFLICT || code == umassist.EFORBIDDEN {
			return s.renderPack(c, StatusOf(err), umassist.ErrorMessage(err), nil, nil)
		}
		return err
	}
	return c.Redirect(http.StatusSeeOther, fmt.Sprintf("/packs/%s?rev=%d&done=pack_%s", url.PathEscape(id), rev, to))
}

// packTest runs the shown revision over a patient's record.
func (s *Server) packTest(c echo.Context) error {
	if s.cfg.PackTester == nil {
		return umassist.Errorf(umassist.ENOTIMPLEMENTED, "testing packs is not set up on this server")
	}
	rev, _, err := s.packRevision(c)
	if err != nil {
		return err
	}
	form, _ := c.FormParams()
	patient := strings.TrimSpace(c.FormValue("patient"))
	if patient != "" && !strings.Contains(patient, "/") {
		patient = "Patient/" + patient
	}
	asOf, err := umassist.ParseDate(strings.TrimSpace(c.FormValue("date")))
	if err != nil || asOf.IsZero() {
		return s.renderPack(c, http.StatusBadRequest, "Test: give the request date as YYYY-MM-DD.", nil, form)
	}
	t := PackTest{Pack: &rev.Pack, Patient: patient, AsOf: asOf}
	if dx := strings.TrimSpace(c.FormValue("diagnosis")); dx != "" {
		t.Diagnoses = []umassist.Coding{{System: umassist.SystemICD10CM, Code: strings.ToUpper(dx)}}
	}
	u := UserFrom(c)
	// The editor reads the patient's record through the test: audited as
	// a read by this person, whatever the test finds.
	if err := s.cfg.Records.Append(c.Request().Context(), umassist.AuditEntry{Actor: u.Actor(), Action: "pack.test",
		Patient: patient, Purpose: "HOPERAT", Detail: jsonRaw(map[string]any{"pack": rev.Pack.ID, "revision": rev.Revision})}); err != nil {
		return err
	}
	d, err := s.cfg.PackTester.TestPack(c.Request().Context(), t)
	if err != nil {
		if umassist.ErrorCode(err) == umassist.EINVALID {
			return s.renderPack(c, http.StatusBadRequest, "Test: "+umassist.ErrorMessage(err), nil, form)
		}
		return err
	}
	s.log.Info("pack tested", "pack", rev.Pack.ID, "revision", rev.Revision, "user", u.ID, "recommendation", d.Recommendation)
	return s.renderPack(c, http.StatusOK, "", &packTestView{Patient: patient, Draft: d}, form)
}

type packEditData struct {
	ID      string // "" for a new pack
	JSON    string
	Note    string
	Base    int // the revision edited; 0 for a new pack
	Policy  string
	Problem []string
}

// packEditPage shows a revision's JSON to edit as a new revision.
func (s *Server) packEditPage(c echo.Context) error {
	rev, _, err := s.packRevision(c)
	if err != nil {
		return err
	}
	b, err := json.MarshalIndent(rev.Pack, "", "  ")
	if err != nil {
		return fmt.Errorf("server: pack json: %w", err)
	}
	return s.render(c, http.StatusOK, "pack_edit", pageData{Title: "Edit " + rev.Pack.ID,
		Data: packEditData{ID: rev.Pack.ID, JSON: string(b), Base: rev.Revision, Policy: rev.Pack.Policy}})
}

// packNewPage compiles a draft pack from a policy's text for an editor
// to finish: the same deterministic compiler as `umassist packs draft`.
func (s *Server) packNewPage(c echo.Context) error {
	policy := strings.TrimSpace(c.QueryParam("policy"))
	if policy == "" || s.cfg.Corpus == nil {
		return umassist.Errorf(umassist.EINVALID, "name a policy in the corpus (\"NCD 20.8.3\")")
	}
	hits, err := s.cfg.Corpus.PolicyPassages(c.Request().Context(), "", policy)
	if err != nil {
		return err
	}
	if len(hits) == 0 {
		return umassist.Errorf(umassist.ENOTFOUND, "no policy %s in the corpus", policy)
	}
	src := retrieval.PolicyTextOf(hits)
	b, err := json.MarshalIndent(criteria.Compile(src), "", "  ")
	if err != nil {
		return fmt.Errorf("server: pack json: %w", err)
	}
	return s.render(c, http.StatusOK, "pack_edit", pageData{Title: "New pack for " + src.ID,
		Data: packEditData{JSON: string(b), Policy: src.ID, Note: "compiled from the text of " + src.ID + " v" + src.Version}})
}

// packSave stores the edited JSON as a new draft revision, or shows
// what is wrong with it, keeping what was typed.
func (s *Server) packSave(c echo.Context) error {
	ed, err := s.packEditor()
	if err != nil {
		return err
	}
	raw := c.FormValue("pack")
	d := packEditData{JSON: raw, Note: c.FormValue("note"), ID: c.FormValue("id"), Policy: c.FormValue("policy")}
	d.Base, _ = strconv.Atoi(c.FormValue("base"))
	refuse := func(problems ...string) error {
		d.Problem = problems
		return s.render(c, http.StatusBadRequest, "pack_edit", pageData{Title: "Edit pack", Error: "The pack was not saved: fix what is listed below.", Data: d})
	}
	p, err := criteria.ParsePack([]byte(raw))
	if err != nil {
		return refuse(problems(err)...)
	}
	if d.ID != "" && p.ID != d.ID {
		return refuse(fmt.Sprintf("id: this page edits %s; a pack with another id is a new pack (Criteria packs, New pack)", d.ID))
	}
	if err := p.Validate(s.corpusCheck(c)); err != nil {
		return refuse(problems(err)...)
	}
	rev, err := ed.SaveDraft(c.Request().Context(), UserFrom(c).Actor(), p, s.policyText(c, p.Policy), strings.TrimSpace(d.Note))
	if err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, fmt.Sprintf("/packs/%s?rev=%d&done=pack_saved", url.PathEscape(p.ID), rev.Revision))
}

type packDiffData struct {
	Rev     criteria.PackRevision
	InForce string
	Changes []criteria.PassageChange
	// Cited marks the passages the revision's criteria cite.
	Cited map[string]bool
	// NoText: the revision kept no text of its version (a built-in pack).
	NoText bool
}

// packDiffPage shows what the policy's version in force changed against
// the text a revision was written against.
func (s *Server) packDiffPage(c echo.Context) error {
	rev, _, err := s.packRevision(c)
	if err != nil {
		return err
	}
	d := packDiffData{Rev: *rev, InForce: s.inForce(c, []string{rev.Pack.Policy})[rev.Pack.Policy], Cited: map[string]bool{}, NoText: len(rev.PolicyText) == 0}
	for _, cr := range rev.Pack.Criteria {
		for _, id := range cr.Passages {
			d.Cited[id] = true
		}
	}
	if !d.NoText {
		d.Changes = criteria.DiffPolicyText(rev.PolicyText, s.policyText(c, rev.Pack.Policy))
		// Changes under the criteria first.
		slices.SortStableFunc(d.Changes, func(a, b criteria.PassageChange) int {
			switch {
			case d.Cited[a.ID] && !d.Cited[b.ID]:
				return -1
			case d.Cited[b.ID] && !d.Cited[a.ID]:
				return 1
			}
			return 0
		})
	}
	return s.render(c, http.StatusOK, "pack_diff", pageData{Title: "Policy changes for " + rev.Pack.ID, Data: d})
}
