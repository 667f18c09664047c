package server

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/scan"
)

// Fax and scan intake: a packet is uploaded (UI or API), read by the
// intake_read job (OCR), and waits for a nurse, who checks each field
// against the page image, corrects what was misread, matches or creates
// the patient, and confirms. Only then does it become a case; its pages
// become the case's DocumentReferences.

// uploadedFile is one file of a multipart upload, read whole.
type uploadedFile struct {
	Name string
	Data []byte
}

// uploadPaths are the routes that take packets, exempt from the server's
// body limit for JSON (they are bounded by Config.UploadLimit instead).
var uploadPaths = []string{"/api/v1/intake/documents", "/intake"}

func isUpload(c echo.Context) bool {
	return c.Request().Method == http.MethodPost && slices.Contains(uploadPaths, c.Path())
}

// readUploads reads the "file" parts of a multipart request.
func readUploads(c echo.Context) ([]uploadedFile, error) {
	form, err := c.MultipartForm()
	if err != nil {
		if strings.Contains(err.Error(), "request body too large") {
			return nil, echo.NewHTTPError(http.StatusRequestEntityTooLarge, "the upload is larger than this server takes")
		}
		return nil, umassist.Errorf(umassist.EINVALID, "send the packet as multipart/form-data with a part named file")
	}
	parts := form.File["file"]
	if len(parts) == 0 {
		return nil, umassist.Errorf(umassist.EINVALID, "send the packet as multipart/form-data with a part named file")
	}
	if len(parts) > 20 {
		return nil, umassist.Errorf(umassist.EINVALID, "at most 20 files at once")
	}
	out := make([]uploadedFile, 0, len(parts))
	for _, fh := range parts {
		b, err := readPart(fh)
		if err != nil {
			return nil, err
		}
		name := filepath.Base(strings.ReplaceAll(fh.Filename, `\`, "/"))
		if len(name) > 200 {
			name = name[:200]
		}
		out = append(out, uploadedFile{Name: name, Data: b})
	}
	return out, nil
}

func readPart(fh *multipart.FileHeader) ([]byte, error) {
	f, err := fh.Open()
	if err != nil {
		return nil, umassist.Errorf(umassist.EINVALID, "read %s: %v", fh.Filename, err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, int64(scan.DefaultLimits.MaxBytes)+1))
	if err != nil {
		return nil, umassist.Errorf(umassist.EINVALID, "read %s: %v", fh.Filename, err)
	}
	return b, nil
}

// storeUploads inspects every file first and stores them only when all
// pass, so a refused upload leaves nothing behind.
func (s *Server) storeUploads(c echo.Context, files []uploadedFile) ([]*umassist.IntakePacket, error) {
	if s.cfg.Intake == nil {
		return nil, umassist.Errorf(umassist.ENOTIMPLEMENTED, "this server was started without fax intake")
	}
	ctx := c.Request().Context()
	infos := make([]scan.Info, len(files))
	for i, f := range files {
		info, err := scan.Inspect(ctx, f.Data, s.scanLimits())
		if errors.Is(err, scan.ErrNotAPacketFile) {
			return nil, echo.NewHTTPError(http.StatusUnsupportedMediaType, fmt.Sprintf("%s: not a PDF, TIFF, PNG or JPEG file", f.Name))
		}
		if err != nil {
			return nil, umassist.Errorf(umassist.ErrorCode(err), "%s: %s", f.Name, umassist.ErrorMessage(err))
		}
		infos[i] = info
	}
	var out []*umassist.IntakePacket
	for i, f := range files {
		p, _, err := s.cfg.Intake.Create(ctx, postgres.NewPacket{Filename: f.Name, Format: string(infos[i].Format),
			Pages: infos[i].Pages, File: f.Data, Actor: UserFrom(c).Actor()})
		if err != nil {
			return out, err
		}
		out = append(out, p)
	}
	return out, nil
}

func (s *Server) scanLimits() scan.Limits {
	if s.cfg.ScanLimits != (scan.Limits{}) {
		return s.cfg.ScanLimits
	}
	return scan.DefaultLimits
}

// apiIntakeUpload is POST /api/v1/intake/documents: each file becomes a
// packet queued for OCR (202); the same file again answers its packet.
func (s *Server) apiIntakeUpload(c echo.Context) error {
	files, err := readUploads(c)
	if err != nil {
		return err
	}
	ps, err := s.storeUploads(c, files)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusAccepted, map[string]any{"packets": ps})
}

// packetView is a packet with its pages and fields as read.
type packetView struct {
	Packet     *umassist.IntakePacket `json:"packet"`
	Pages      []pageView             `json:"pages"`
	Extraction scan.Extraction        `json:"extraction"`
	Waits      []string               `json:"waits"`
}

type pageView struct {
	Number     int       `json:"number"`
	Kind       scan.Kind `json:"kind"`
	KindLabel  string    `json:"kind_label"`
	Width      int       `json:"width"`
	Height     int       `json:"height"`
	Confidence float64   `json:"confidence"`
	Text       string    `json:"text"`
	// Marks are the fields read off this page, for the image's overlay.
	Marks []mark `json:"-"`
}

// mark is a field's outline on its page; Doubt: one to check first.
type mark struct {
	scan.Field
	Doubt bool
}

// loadPacket reads a packet with its pages and fields, and audits the read.
func (s *Server) loadPacket(c echo.Context, action string) (*packetView, error) {
	if s.cfg.Intake == nil {
		return nil, umassist.Errorf(umassist.ENOTIMPLEMENTED, "this server was started without fax intake")
	}
	ctx := c.Request().Context()
	p, err := s.cfg.Intake.Get(ctx, c.Param("id"))
	if err != nil {
		return nil, err
	}
	pages, xj, err := s.cfg.Intake.Read(ctx, p.ID)
	if err != nil {
		return nil, err
	}
	v := &packetView{Packet: p}
	if err := json.Unmarshal(xj, &v.Extraction); err != nil {
		return nil, fmt.Errorf("intake: stored extraction: %w", err)
	}
	for _, pg := range pages {
		pv := pageView{Number: pg.Number, Kind: scan.Kind(pg.Kind), KindLabel: scan.Kind(pg.Kind).Label(), Width: pg.Width, Height: pg.Height,
			Confidence: pg.Confidence, Text: pg.Text}
		for _, f := range v.Extraction.Fields {
			if f.Page == pg.Number && f.Box.W > 0 {
				pv.Marks = append(pv.Marks, mark{Field: f, Doubt: f.Problem != "" || f.Conf < scan.LowConfidence})
			}
		}
		v.Pages = append(v.Pages, pv)
	}
	if p.Status == umassist.IntakeNeedsReview {
		v.Waits = v.Extraction.Waits()
	}
	if err := s.auditPacket(c, action, p, map[string]any{"packet": p.ID}); err != nil {
		return nil, err
	}
	return v, nil
}

// auditPacket records a read of a packet: with its patient and case once
// it has been confirmed into one.
func (s *Server) auditPacket(c echo.Context, action string, p *umassist.IntakePacket, detail map[string]any) error {
	e := postgres.AuditEntry{Actor: UserFrom(c).Actor(), Action: action, Namespace: p.Namespace,
		Patient: p.Patient, CaseID: p.CaseID, Detail: jsonRaw(detail)}
	_, err := postgres.AppendAudit(c.Request().Context(), s.cfg.Pool, e)
	return err
}

// apiIntakePacket is GET /api/v1/intake/packets/:id.
func (s *Server) apiIntakePacket(c echo.Context) error {
	v, err := s.loadPacket(c, "intake.read")
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, v)
}

type intakeListData struct {
	Rows    []intakeRow
	CanEdit bool // may upload
}

type intakeRow struct {
	Packet  umassist.IntakePacket
	Member  string
	Service string
	Urgency string // as read: an expedited packet's 72 hours run from its arrival
	Waits   int
}

// intakePage lists the packets: those waiting for a nurse first, then
// those being read, failed, and the last fifty confirmed or set aside.
func (s *Server) intakePage(c echo.Context) error {
	return s.renderIntake(c, http.StatusOK, "")
}

func (s *Server) renderIntake(c echo.Context, status int, msg string) error {
	if s.cfg.Intake == nil {
		return umassist.Errorf(umassist.ENOTIMPLEMENTED, "this server was started without fax intake")
	}
	ctx := c.Request().Context()
	// Work first, oldest first; then the last fifty finished.
	open, err := s.cfg.Intake.List(ctx, postgres.PacketFilter{Statuses: []umassist.IntakeStatus{
		umassist.IntakeNeedsReview, umassist.IntakeReading, umassist.IntakeReceived, umassist.IntakeFailed}})
	if err != nil {
		return err
	}
	done, err := s.cfg.Intake.List(ctx, postgres.PacketFilter{Statuses: []umassist.IntakeStatus{umassist.IntakeConfirmed, umassist.IntakeRejected},
		NewestFirst: true, Limit: 50})
	if err != nil {
		return err
	}
	order := map[umassist.IntakeStatus]int{umassist.IntakeNeedsReview: 0, umassist.IntakeReading: 1, umassist.IntakeReceived: 1, umassist.IntakeFailed: 2}
	slices.SortStableFunc(open, func(a, b umassist.IntakePacket) int { return order[a.Status] - order[b.Status] })
	ps := append(open, done...)
	d := intakeListData{CanEdit: slices.Contains(submitters, UserFrom(c).Role)}
	var ids, patients []string
	for _, p := range ps {
		ids = append(ids, p.ID)
		if p.Patient != "" && !slices.Contains(patients, p.Patient) {
			patients = append(patients, p.Patient)
		}
	}
	xs, err := s.cfg.Intake.Extractions(ctx, ids)
	if err != nil {
		return err
	}
	for _, p := range ps {
		row := intakeRow{Packet: p}
		var x scan.Extraction
		if raw, ok := xs[p.ID]; ok && json.Unmarshal(raw, &x) == nil {
			row.Member = x.Get(scan.FieldMemberName).Value
			row.Service = x.Get(scan.FieldServiceCodes).Value
			row.Urgency = x.Get(scan.FieldUrgency).Value
			if p.Status == umassist.IntakeNeedsReview {
				row.Waits = len(x.Waits())
			}
		}
		d.Rows = append(d.Rows, row)
	}
	if err := s.audit(c, "intake.list", nil, map[string]any{"count": len(ids), "packets": ids}, patients...); err != nil {
		return err
	}
	return s.render(c, status, "intake", pageData{Title: "Fax intake", Error: msg, Data: d})
}

// intakeUpload is the UI's upload: refused files are named on the intake
// page and nothing is stored; one packet opens its page.
func (s *Server) intakeUpload(c echo.Context) error {
	files, err := readUploads(c)
	if err == nil {
		var ps []*umassist.IntakePacket
		if ps, err = s.storeUploads(c, files); err == nil {
			if len(ps) == 1 {
				return c.Redirect(http.StatusSeeOther, "/intake/"+url.PathEscape(ps[0].ID))
			}
			return c.Redirect(http.StatusSeeOther, "/intake")
		}
	}
	p := problemOf(err, c.Request().URL.Path)
	if p.Status >= 500 {
		return err
	}
	return s.renderIntake(c, p.Status, p.Detail)
}

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
	return err == nil && postgres.SetSessionPending(c.Request().Context(), s.cfg.Pool, p.Session.TokenHash, b) == nil
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
	ms, err := postgres.PatientsBornOn(c.Request().Context(), s.cfg.Pool, ns, born)
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
