package server

// One faxed packet's page: its pages with what was read outlined, the
// fields to confirm, the patient to file it under, and its page images.

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
	"github.com/umassist/umassist/scan"
)

type packetPageData struct {
	*packetView
	Fields    []fieldRow
	Matches   []patientChoice
	Choice    string // the patient radio chosen
	CanDecide bool
	Reason    string
}

// fieldRow is one field of the confirmation form.
type fieldRow struct {
	Name    scan.FieldName
	Label   string
	Value   string // as read, or as the nurse typed it
	Read    scan.Field
	Doubt   string // why the nurse should look
	Options []string
}

type patientChoice struct {
	Ref, Name, BirthDate, Why string
}

// intakePacketPage shows a packet: while it is read, its progress; then
// each page's image with the fields read off it outlined, and the
// confirmation form.
func (s *Server) intakePacketPage(c echo.Context) error {
	if r := s.takeIntakeRefusal(c); r != nil {
		return s.renderPacket(c, http.StatusOK, r.Message, r.Typed)
	}
	return s.renderPacket(c, http.StatusOK, "", nil)
}

// intakeRefusal is a refused confirmation, kept with the browser session
// across the redirect that follows it (Post/Redirect/Get: a refresh shows
// the page again, with what was typed, rather than resubmit it).
type intakeRefusal struct {
	Packet  string     `json:"packet"`
	Message string     `json:"message"`
	Typed   url.Values `json:"typed"`
}

func (s *Server) keepIntakeRefusal(c echo.Context, msg string, typed url.Values) bool {
	p := principalFrom(c)
	if p == nil || p.Session == nil {
		return false
	}
	kept := url.Values{}
	for k, v := range typed {
		if k != csrfField {
			kept[k] = v
		}
	}
	b, err := json.Marshal(intakeRefusal{Packet: c.Param("id"), Message: msg, Typed: kept})
	return err == nil && s.cfg.Accounts.SetPending(c.Request().Context(), p.Session.TokenHash, b) == nil
}

func (s *Server) takeIntakeRefusal(c echo.Context) *intakeRefusal {
	var r intakeRefusal
	if !s.takePending(c, &r) || r.Packet != c.Param("id") {
		return nil
	}
	return &r
}

func (s *Server) renderPacket(c echo.Context, status int, msg string, typed url.Values) error {
	v, err := s.loadPacket(c, "intake.read")
	if err != nil {
		return err
	}
	d := packetPageData{packetView: v, CanDecide: slices.Contains(reviewers, UserFrom(c).Role)}
	for _, n := range scan.FieldNames {
		f := v.Extraction.Get(n)
		row := fieldRow{Name: n, Label: n.Label(), Value: f.Value, Read: f}
		switch {
		case f.Value == "" && slices.Contains(scan.RequiredFields, n):
			row.Doubt = "not found: read it off the page"
		case f.Value == "":
		case f.Problem != "":
			row.Doubt = f.Problem
		case f.Conf < scan.LowConfidence:
			row.Doubt = fmt.Sprintf("read with low confidence (%.0f): check it against the page", f.Conf)
		}
		if n == scan.FieldUrgency {
			row.Options = []string{"standard", "expedited"}
		}
		if typed != nil {
			row.Value = typed.Get(string(n))
		}
		d.Fields = append(d.Fields, row)
	}
	if typed != nil {
		d.Choice, d.Reason = typed.Get("patient"), typed.Get("reason")
	}
	if v.Packet.Status == umassist.IntakeNeedsReview {
		born := v.Extraction.Get(scan.FieldBirthDate).Value
		if typed != nil {
			born, _ = scan.ParseDate(typed.Get(string(scan.FieldBirthDate)))
		}
		if d.Matches, err = s.patientChoices(c, v.Packet.Namespace, born, d.fieldValue(scan.FieldMemberName), d.fieldValue(scan.FieldMemberID)); err != nil {
			return err
		}
		if d.Choice == "" && len(d.Matches) > 0 && d.Matches[0].Why != "" {
			d.Choice = d.Matches[0].Ref
		}
	}
	title := "Packet " + v.Packet.ID
	return s.render(c, status, "intake_packet", pageData{Title: title, Error: msg, Data: d})
}

func (d packetPageData) fieldValue(n scan.FieldName) string {
	for _, f := range d.Fields {
		if f.Name == n {
			return f.Value
		}
	}
	return ""
}

// patientChoices lists the stored patients born on the member's birth
// date, those whose name or member id agree first; the reads are audited
// with the patients shown.
func (s *Server) patientChoices(c echo.Context, ns, born, name, memberID string) ([]patientChoice, error) {
	if born == "" {
		return nil, nil
	}
	ms, err := s.cfg.Records.PatientsBornOn(c.Request().Context(), ns, born)
	if err != nil {
		return nil, err
	}
	var out []patientChoice
	var refs []string
	for _, m := range ms {
		pc := patientChoice{Ref: m.Ref, Name: m.Name, BirthDate: m.BirthDate}
		switch {
		case memberID != "" && slices.ContainsFunc(m.MemberIDs, func(id string) bool { return strings.EqualFold(id, memberID) }):
			pc.Why = "member ID and birth date agree"
		case name != "" && sameName(m.Name, name):
			pc.Why = "name and birth date agree"
		}
		out = append(out, pc)
		refs = append(refs, m.Ref)
	}
	slices.SortStableFunc(out, func(a, b patientChoice) int {
		return strings.Compare(b.Why, a.Why) // agreeing ones first ("name…" after "member…")
	})
	if len(refs) > 0 {
		if err := s.audit(c, "intake.patient_match", nil, map[string]any{"count": len(refs)}, refs...); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// sameName compares names word by word, ignoring case and order ("Jane
// Doe" and "DOE JANE").
func sameName(a, b string) bool {
	wa, wb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	slices.Sort(wa)
	slices.Sort(wb)
	return len(wa) > 0 && slices.Equal(wa, wb)
}

// intakePageImage serves a page's image (the one OCR read), audited.
func (s *Server) intakePageImage(c echo.Context) error {
	if s.cfg.Intake == nil {
		return umassist.Errorf(umassist.ENOTIMPLEMENTED, "this server was started without fax intake")
	}
	n, err := strconv.Atoi(c.Param("n"))
	if err != nil || n < 1 {
		return umassist.Errorf(umassist.EINVALID, "page must be a number from 1")
	}
	ctx := c.Request().Context()
	p, err := s.cfg.Intake.Get(ctx, c.Param("id"))
	if err != nil {
		return err
	}
	b, err := s.cfg.Intake.PageFile(ctx, p.ID, n, false)
	if err != nil {
		return err
	}
	if err := s.auditPacket(c, "intake.page.view", p, map[string]any{"packet": p.ID, "page": n}); err != nil {
		return err
	}
	c.Response().Header().Set("Cache-Control", "private, no-store")
	return c.Blob(http.StatusOK, "image/png", b)
}

// intakeConfirm opens a case from a packet as the nurse confirmed it. A
// form that does not check out is shown again with what was typed and
// every problem named; nothing is written.
func (s *Server) intakeConfirm(c echo.Context) error {
	if err := c.Request().ParseForm(); err != nil {
		return umassist.Errorf(umassist.EINVALID, "unreadable form")
	}
	form := c.Request().PostForm
	cs, err := s.confirmPacket(c, form)
	if err != nil {
		p := problemOf(err, c.Request().URL.Path)
		if p.Status >= 500 {
			return err
		}
		if s.keepIntakeRefusal(c, p.Detail, form) {
			return c.Redirect(http.StatusSeeOther, "/intake/"+url.PathEscape(c.Param("id"))+"?refused=1#confirm")
		}
		return s.renderPacket(c, http.StatusUnprocessableEntity, p.Detail, form)
	}
	return c.Redirect(http.StatusSeeOther, "/cases/"+url.PathEscape(cs.ID)+"?done=intake")
}

func (s *Server) confirmPacket(c echo.Context, form url.Values) (*umassist.Case, error) {
	if s.cfg.Intake == nil {
		return nil, umassist.Errorf(umassist.ENOTIMPLEMENTED, "this server was started without fax intake")
	}
	values := map[scan.FieldName]string{}
	for _, n := range scan.FieldNames {
		values[n] = strings.TrimSpace(form.Get(string(n)))
	}
	return scan.ConfirmPacket(c.Request().Context(), s.cfg.Intake, s.cfg.Cases, s.cfg.Codes,
		scan.Confirmation{PacketID: c.Param("id"), Values: values, Patient: form.Get("patient"), Actor: UserFrom(c).Actor()})
}

// intakeReject sets a packet aside (not a request, a duplicate) with the
// nurse's reason.
func (s *Server) intakeReject(c echo.Context) error {
	if s.cfg.Intake == nil {
		return umassist.Errorf(umassist.ENOTIMPLEMENTED, "this server was started without fax intake")
	}
	err := s.cfg.Intake.Reject(c.Request().Context(), c.Param("id"), strings.TrimSpace(c.FormValue("reason")), UserFrom(c).Actor())
	if err != nil {
		p := problemOf(err, c.Request().URL.Path)
		if p.Status >= 500 {
			return err
		}
		return s.renderPacket(c, p.Status, p.Detail, nil)
	}
	return c.Redirect(http.StatusSeeOther, "/intake")
}
