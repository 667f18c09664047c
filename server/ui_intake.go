package server

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"path/filepath"
	"slices"
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
	// The form's client field (the UI), else ?client= (the API); none:
	// the person's only client.
	client := strings.TrimSpace(cmp.Or(c.FormValue("client"), c.QueryParam("client")))
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
			Pages: infos[i].Pages, File: f.Data, Actor: UserFrom(c).Actor(), Client: client})
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
	e := umassist.AuditEntry{Actor: UserFrom(c).Actor(), Action: action, Namespace: p.Namespace,
		Patient: p.Patient, CaseID: p.CaseID, Detail: jsonRaw(detail)}
	err := s.cfg.Records.Append(c.Request().Context(), e)
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
	// Clients the person uploads for; a choice only with more than one.
	Clients []string
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
	if d.CanEdit {
		if d.Clients, err = s.cfg.Accounts.UserClients(ctx, UserFrom(c).ID); err != nil {
			return err
		}
	}
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
