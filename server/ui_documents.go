package server

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html/template"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/scan"
)

type sourceData struct {
	Case      *umassist.Case
	Fact      Fact
	Available bool
	Note      template.HTML
	Raw       string
	Quote     string
	// Scans are the page images of a faxed document, the quoted one first.
	Scans []scanPage
}

// scanPage is a faxed page a document was read from.
type scanPage struct {
	Packet string
	Number int
	Quoted bool
}

// scannedPages finds the packet and pages a DocumentReference was read
// from (intake writes them as an identifier and one PDF per page); the
// page the quote is on comes first.
func scannedPages(raw []byte, text string, offset int, quoted bool) []scanPage {
	var dr struct {
		Identifier []struct{ System, Value string }
		Content    []struct {
			Attachment struct{ ContentType, Title string }
		}
	}
	if json.Unmarshal(raw, &dr) != nil {
		return nil
	}
	packet := ""
	for _, id := range dr.Identifier {
		if id.System == scan.IntakeSystem {
			packet = id.Value
		}
	}
	if packet == "" {
		return nil
	}
	at := 0
	if quoted {
		at = scan.PageAt(text, offset)
	}
	var out []scanPage
	for _, c := range dr.Content {
		var n int
		if c.Attachment.ContentType == "application/pdf" {
			if _, err := fmt.Sscanf(c.Attachment.Title, "Page %d", &n); err == nil {
				out = append(out, scanPage{Packet: packet, Number: n, Quoted: n == at})
			}
		}
	}
	slices.SortStableFunc(out, func(a, b scanPage) int { return boolRank(b.Quoted) - boolRank(a.Quoted) })
	return out
}

func boolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}

// sourcePage opens a cited FHIR resource: only resources the case's draft
// cites, so the page cannot browse other records.
func (s *Server) sourcePage(c echo.Context) error {
	ctx := c.Request().Context()
	cs, err := s.cfg.Records.Case(ctx, c.Param("id"))
	if err != nil {
		return err
	}
	ref := c.QueryParam("ref")
	draft, _, err := s.cfg.Records.LatestDraft(ctx, cs.ID)
	if err != nil {
		return err
	}
	if !cites(draft, ref) {
		return umassist.Errorf(umassist.ENOTFOUND, "the draft does not cite %s", ref)
	}
	if err := s.audit(c, "resource.view", cs, nil, ref); err != nil {
		return err
	}
	d := sourceData{Case: cs, Fact: Fact{Ref: ref}, Quote: c.QueryParam("quote")}
	if s.cfg.Resources != nil {
		if r, err := s.cfg.Resources.ReadResource(ctx, ref); err == nil && r != nil {
			d.Available = true
			d.Fact = factOf(ref, r.Raw)
			if r.Text != "" {
				d.Fact.Text = r.Text
			}
			off, _ := strconv.Atoi(c.QueryParam("offset"))
			if d.Fact.Text != "" {
				d.Note = highlight(d.Fact.Text, d.Quote, off)
			}
			if q := d.Quote; q != "" {
				if i := strings.Index(d.Fact.Text, q); i >= 0 && off == 0 {
					off = i
				}
			}
			d.Scans = scannedPages(r.Raw, d.Fact.Text, off, d.Quote != "")
			var pretty bytes.Buffer
			if json.Indent(&pretty, r.Raw, "", "  ") == nil {
				d.Raw = pretty.String()
			}
		}
	}
	return s.render(c, http.StatusOK, "source", pageData{Title: ref, Data: d})
}

func cites(d *umassist.Draft, ref string) bool {
	if ref == "" {
		return false
	}
	if slices.Contains(d.Evidence, ref) {
		return true
	}
	for _, cr := range d.Criteria {
		if slices.Contains(cr.Evidence, ref) {
			return true
		}
	}
	for _, ct := range d.Citations {
		if ct.Resource == ref {
			return true
		}
	}
	return false
}

type policyData struct {
	Case    *umassist.Case
	Passage passageView
	// Text is the passage with the sentence the case page picked out
	// (?quote=) marked.
	Text template.HTML
}

func (s *Server) policyPage(c echo.Context) error {
	cs, err := s.cfg.Records.Case(c.Request().Context(), c.Param("id"))
	if err != nil {
		return err
	}
	id := c.QueryParam("passage")
	if id == "" {
		return umassist.Errorf(umassist.EINVALID, "passage is required")
	}
	pv := s.passage(c, cs.ID, id)
	return s.render(c, http.StatusOK, "policy", pageData{Title: id, Data: policyData{Case: cs, Passage: pv, Text: highlight(pv.Text, c.QueryParam("quote"), -1)}})
}

func letterKind(st umassist.CaseStatus) string {
	switch st {
	case umassist.StatusApproved:
		return "approval"
	case umassist.StatusDenied:
		return "denial"
	case umassist.StatusInfoRequested:
		return "info"
	}
	return ""
}

type letterData struct {
	Kind     string
	Case     *umassist.Case
	Action   umassist.ReviewAction
	Passages []passageView
	Date     time.Time
	// Summary is what the reviewer wrote, in words a member reads: the
	// machine draft (FHIR ids, criterion labels) is never pasted in.
	Summary string
	// Member names the member as the record does, never by a FHIR id.
	Member string
	// Policy is the policy the review applied.
	Policy string
	// RespondBy is the date an answer to a request for information is
	// asked by.
	RespondBy time.Time
	Reviewer  string
}

// infoResponseDays is how long a request for information gives the
// ordering clinician to answer before the case is decided on what it has.
const infoResponseDays = 14

var citationRE = regexp.MustCompile(`\s*\[[^\]]*\]`)

// memberOf names a member from the Patient resource: "Jane Doe, born
// 1958-04-02"; without a name on the record, "the member".
func (s *Server) memberOf(c echo.Context, ref string) string {
	name, born := s.patientName(c, ref)
	return memberLabel(name, born)
}

// memberInitials is what a link shown outside umassist says of the
// member: initials and date of birth, enough for the clinician to find
// the chart ("J. D., born 1958-04-02").
func (s *Server) memberInitials(c echo.Context, ref string) string {
	name, born := s.patientName(c, ref)
	var initials []string
	for _, w := range strings.Fields(name) {
		r := []rune(w)
		initials = append(initials, strings.ToUpper(string(r[0]))+".")
	}
	return memberLabel(strings.Join(initials, " "), born)
}

func memberLabel(name, born string) string {
	switch {
	case name != "" && born != "":
		return name + ", born " + born
	case name != "":
		return name
	case born != "":
		return "the member born " + born
	}
	return "the member"
}

// member is who a case is about, as the Patient record names them.
type member struct {
	Name, Born string
	// ID is the member id when the record carries one (identifier type
	// MB, or a "member" label), else the medical record number; IDLabel
	// says which.
	ID, IDLabel string
}

// v2-0203 identifier types: MB member number, MR medical record number.
const identifierTypes = "http://terminology.hl7.org/CodeSystem/v2-0203"

// patientName reads a member's name and birth date from the record.
func (s *Server) patientName(c echo.Context, ref string) (name, born string) {
	m := s.member(c, ref)
	return m.Name, m.Born
}

// member reads the Patient record ref names; the zero member when it
// cannot be read.
func (s *Server) member(c echo.Context, ref string) member {
	if s.cfg.Resources == nil {
		return member{}
	}
	r, err := s.cfg.Resources.ReadResource(c.Request().Context(), ref)
	if err != nil || r == nil {
		return member{}
	}
	var p struct {
		BirthDate  string               `json:"birthDate"`
		Name       []umassist.HumanName `json:"name"`
		Identifier []struct {
			System string `json:"system"`
			Value  string `json:"value"`
			Type   struct {
				Text   string `json:"text"`
				Coding []struct{ System, Code string }
			} `json:"type"`
		} `json:"identifier"`
	}
	if json.Unmarshal(r.Raw, &p) != nil {
		return member{}
	}
	m := member{Born: p.BirthDate}
	if len(p.Name) > 0 {
		m.Name = p.Name[0].Display()
	}
	for _, id := range p.Identifier {
		kind := ""
		for _, cd := range id.Type.Coding {
			if cd.System == identifierTypes && (cd.Code == "MB" || cd.Code == "MR") {
				kind = cd.Code
			}
		}
		switch t := strings.ToLower(id.Type.Text + " " + id.System); {
		case kind == "MB" || strings.Contains(t, "member"):
			return withID(m, id.Value, "Member ID")
		case m.ID == "" && (kind == "MR" || strings.Contains(t, "mrn") || strings.Contains(strings.ToLower(id.Value), "mrn")):
			m = withID(m, id.Value, "MRN")
		}
	}
	return m
}

func withID(m member, id, label string) member {
	m.ID, m.IDLabel = strings.TrimSpace(id), label
	if m.ID == "" {
		m.IDLabel = ""
	}
	return m
}

// letterPage is the printable decision letter for the latest decision.
func (s *Server) letterPage(c echo.Context) error {
	ctx := c.Request().Context()
	cs, err := s.loadCase(c, "letter.view")
	if err != nil {
		return err
	}
	kind := letterKind(cs.Status)
	if kind == "" {
		return umassist.Errorf(umassist.ENOTFOUND, "case %s has no decision to write a letter about yet", cs.ID)
	}
	as, err := s.cfg.Records.Actions(ctx, cs.ID)
	if err != nil {
		return err
	}
	var last umassist.ReviewAction
	for _, a := range as {
		if string(a.Outcome) == string(cs.Status) {
			last = a
		}
	}
	d := letterData{Kind: kind, Case: cs, Action: last, Date: last.CreatedAt, Member: s.memberOf(c, cs.Patient),
		Summary:  strings.TrimSpace(citationRE.ReplaceAllString(last.EditedSummary, "")),
		Reviewer: fmt.Sprintf("%s, %s reviewer", last.Actor.Name, last.Actor.Role)}
	if dr, _, err := s.cfg.Records.LatestDraft(ctx, cs.ID); err == nil {
		d.Policy = dr.Policy
	}
	if kind == "info" {
		d.RespondBy = last.CreatedAt.AddDate(0, 0, infoResponseDays)
	}
	for _, p := range last.Passages {
		d.Passages = append(d.Passages, s.passage(c, cs.ID, p))
	}
	return s.render(c, http.StatusOK, "letter", pageData{Title: "Decision letter " + cs.ID, Data: d})
}
