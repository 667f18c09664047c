package postgres

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/umassist/umassist"
)

// PacketEnqueuer puts a packet on the OCR queue in the transaction that
// stores it.
type PacketEnqueuer interface {
	EnqueueIntakeReadTx(ctx context.Context, tx pgx.Tx, packetID string) error
}

// IntakeStore keeps faxed and scanned packets and their pages.
type IntakeStore struct {
	Pool    *pgxpool.Pool
	Queue   PacketEnqueuer // nil: packets are stored without a job (tests)
	NowFunc func() time.Time
}

// NewIntakeStore returns a store using pool.
func NewIntakeStore(pool *pgxpool.Pool, q PacketEnqueuer) *IntakeStore {
	return &IntakeStore{Pool: pool, Queue: q, NowFunc: time.Now}
}

// NewPacket is an upload that Inspect accepted.
type NewPacket struct {
	Namespace string
	// Client the packet (and so its case) is for; empty: see clientFor.
	Client   string
	Filename string
	Format   string
	Pages    int
	File     []byte
	Actor    umassist.Actor
}

// IntakePage is one page as read: Words and Kind as the scan package
// gives them, stored as they are.
type IntakePage struct {
	Number     int
	Kind       string
	Width      int
	Height     int
	Confidence float64
	Text       string
	Words      json.RawMessage
	PNG        []byte
	PDF        []byte
}

// Correction is a field a nurse changed from what was read.
type Correction struct {
	Field     string `json:"field"`
	Read      string `json:"read"`
	Confirmed string `json:"confirmed"`
}

func newPacketID() string {
	b := make([]byte, 10)
	_, _ = rand.Read(b)
	const alphabet = "0123456789abcdefghjkmnpqrstvwxyz"
	for i := range b {
		b[i] = alphabet[int(b[i])%len(alphabet)]
	}
	return "pkt_" + string(b)
}

const packetColumns = `id, namespace, client_id, filename, format, sha256, page_count, pages_done, status, error,
	uploaded_by, reviewed_by, patient_ref, coalesce(case_id, ''), received_at, updated_at`

func scanPacket(row pgx.Row) (*umassist.IntakePacket, error) {
	var p umassist.IntakePacket
	var status string
	if err := row.Scan(&p.ID, &p.Namespace, &p.Client, &p.Filename, &p.Format, &p.SHA256, &p.Pages, &p.PagesDone, &status, &p.Error,
		&p.UploadedBy, &p.ReviewedBy, &p.Patient, &p.CaseID, &p.ReceivedAt, &p.UpdatedAt); err != nil {
		return nil, err
	}
	p.Status = umassist.IntakeStatus(status)
	return &p, nil
}

// Create stores a packet and queues it to be read, in one transaction. The
// same file uploaded again (same bytes, same namespace) returns the packet
// already stored and created=false.
func (s *IntakeStore) Create(ctx context.Context, in NewPacket) (*umassist.IntakePacket, bool, error) {
	if in.Actor.ID == "" {
		return nil, false, umassist.Errorf(umassist.EINVALID, "intake: the uploading actor is required for the audit log")
	}
	client, err := clientFor(ctx, s.Pool, in.Client)
	if err != nil {
		return nil, false, err
	}
	sum := sha256.Sum256(in.File)
	hash := hex.EncodeToString(sum[:])
	now := s.NowFunc()
	var p *umassist.IntakePacket
	created := false
	err = InTx(ctx, s.Pool, func(tx pgx.Tx) error {
		existing, err := scanPacket(tx.QueryRow(ctx, `SELECT `+packetColumns+` FROM intake_packets
			WHERE namespace = $1 AND client_id = $2 AND sha256 = $3 AND status <> 'rejected'`, in.Namespace, client, hash))
		if err == nil {
			p = existing
			return nil
		}
		if !errors.Is(err, pgx.ErrNoRows) {
			return fmt.Errorf("intake: find: %w", err)
		}
		id := newPacketID()
		if _, err := tx.Exec(ctx, `INSERT INTO intake_packets (id, namespace, client_id, filename, format, sha256, file, page_count,
			uploaded_by, received_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)`,
			id, in.Namespace, client, in.Filename, in.Format, hash, in.File, in.Pages, in.Actor.ID, now); err != nil {
			switch {
			case IsUniqueViolation(err):
				return umassist.Errorf(umassist.ECONFLICT, "intake: the same file is being uploaded at this moment")
			case IsRowSecurityViolation(err):
				return umassist.Errorf(umassist.EFORBIDDEN, "you do not work for client %s", client)
			case IsForeignKeyViolation(err):
				return umassist.Errorf(umassist.EINVALID, "unknown client %q", client)
			}
			return fmt.Errorf("intake: insert: %w", err)
		}
		detail, _ := json.Marshal(map[string]any{"packet": id, "client": client, "format": in.Format, "pages": in.Pages, "bytes": len(in.File)})
		if _, err := AppendAudit(ctx, tx, umassist.AuditEntry{Namespace: in.Namespace, Actor: in.Actor, Action: "intake.upload", Detail: detail}); err != nil {
			return err
		}
		if s.Queue != nil {
			if err := s.Queue.EnqueueIntakeReadTx(ctx, tx, id); err != nil {
				return fmt.Errorf("intake: enqueue: %w", err)
			}
		}
		p = &umassist.IntakePacket{ID: id, Namespace: in.Namespace, Client: client, Filename: in.Filename, Format: in.Format, SHA256: hash,
			Pages: in.Pages, Status: umassist.IntakeReceived, UploadedBy: in.Actor.ID, ReceivedAt: now, UpdatedAt: now}
		created = true
		return nil
	})
	if err != nil {
		return nil, false, err
	}
	return p, created, nil
}

// Get returns a packet; ENOTFOUND when there is none.
func (s *IntakeStore) Get(ctx context.Context, id string) (*umassist.IntakePacket, error) {
	p, err := scanPacket(s.Pool.QueryRow(ctx, `SELECT `+packetColumns+` FROM intake_packets WHERE id = $1`, id))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, umassist.Errorf(umassist.ENOTFOUND, "intake: no packet %s", id)
	}
	if err != nil {
		return nil, fmt.Errorf("intake: get: %w", err)
	}
	return p, nil
}

// PacketFilter selects packets: in the given statuses (all when none),
// oldest first (the order intake is worked in) or newest first, at most
// Limit (default 500).
type PacketFilter struct {
	Statuses    []umassist.IntakeStatus
	NewestFirst bool
	Limit       int
}

// List returns the packets a filter selects.
func (s *IntakeStore) List(ctx context.Context, f PacketFilter) ([]umassist.IntakePacket, error) {
	st := make([]string, len(f.Statuses))
	for i, x := range f.Statuses {
		st[i] = string(x)
	}
	if f.Limit <= 0 || f.Limit > 500 {
		f.Limit = 500
	}
	order := "received_at, id"
	if f.NewestFirst {
		order = "received_at DESC, id DESC"
	}
	rows, err := s.Pool.Query(ctx, `SELECT `+packetColumns+` FROM intake_packets
		WHERE cardinality($1::text[]) = 0 OR status = ANY($1) ORDER BY `+order+` LIMIT $2`, st, f.Limit)
	if err != nil {
		return nil, fmt.Errorf("intake: list: %w", err)
	}
	defer rows.Close()
	var out []umassist.IntakePacket
	for rows.Next() {
		p, err := scanPacket(rows)
		if err != nil {
			return nil, fmt.Errorf("intake: list: %w", err)
		}
		out = append(out, *p)
	}
	return out, rows.Err()
}

// StartReading marks a packet as being read and returns its file. A packet
// already read (a job run twice) is ECONFLICT.
func (s *IntakeStore) StartReading(ctx context.Context, id string) ([]byte, error) {
	var file []byte
	err := s.Pool.QueryRow(ctx, `UPDATE intake_packets SET status = 'reading', pages_done = 0, error = '', updated_at = $2
		WHERE id = $1 AND status IN ('received', 'reading', 'failed') RETURNING file`, id, s.NowFunc()).Scan(&file)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, umassist.Errorf(umassist.ECONFLICT, "intake: packet %s is not waiting to be read", id)
	}
	if err != nil {
		return nil, fmt.Errorf("intake: start reading: %w", err)
	}
	return file, nil
}

// Progress records how many pages have been read.
func (s *IntakeStore) Progress(ctx context.Context, id string, done int) error {
	if _, err := s.Pool.Exec(ctx, `UPDATE intake_packets SET pages_done = $2, updated_at = $3 WHERE id = $1 AND status = 'reading'`,
		id, done, s.NowFunc()); err != nil {
		return fmt.Errorf("intake: progress: %w", err)
	}
	return nil
}

// Fail records why a packet could not be read.
func (s *IntakeStore) Fail(ctx context.Context, id, why string) error {
	if _, err := s.Pool.Exec(ctx, `UPDATE intake_packets SET status = 'failed', error = $2, updated_at = $3 WHERE id = $1 AND status = 'reading'`,
		id, why, s.NowFunc()); err != nil {
		return fmt.Errorf("intake: fail: %w", err)
	}
	return nil
}

// SaveRead stores a packet's pages and the fields read off them, and puts
// it in the nurse's queue, in one transaction.
func (s *IntakeStore) SaveRead(ctx context.Context, id string, pages []IntakePage, extraction json.RawMessage) error {
	return InTx(ctx, s.Pool, func(tx pgx.Tx) error {
		var ns string
		err := tx.QueryRow(ctx, `SELECT namespace FROM intake_packets WHERE id = $1 AND status = 'reading' FOR UPDATE`, id).Scan(&ns)
		if errors.Is(err, pgx.ErrNoRows) {
			return umassist.Errorf(umassist.ECONFLICT, "intake: packet %s is not being read", id)
		}
		if err != nil {
			return fmt.Errorf("intake: save: %w", err)
		}
		if _, err := tx.Exec(ctx, `DELETE FROM intake_pages WHERE packet_id = $1`, id); err != nil {
			return fmt.Errorf("intake: save: %w", err)
		}
		for _, p := range pages {
			if _, err := tx.Exec(ctx, `INSERT INTO intake_pages (packet_id, number, kind, width, height, confidence, text, words, png, pdf)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`, id, p.Number, p.Kind, p.Width, p.Height, p.Confidence, p.Text, p.Words, p.PNG, p.PDF); err != nil {
				return fmt.Errorf("intake: save page %d: %w", p.Number, err)
			}
		}
		if _, err := tx.Exec(ctx, `UPDATE intake_packets SET status = 'needs_review', pages_done = $2, extraction = $3, updated_at = $4 WHERE id = $1`,
			id, len(pages), extraction, s.NowFunc()); err != nil {
			return fmt.Errorf("intake: save: %w", err)
		}
		return nil
	})
}

// Read returns a packet's pages (without their images) and the fields as
// read. Reading them is a read of patient data: the caller audits it.
func (s *IntakeStore) Read(ctx context.Context, id string) ([]IntakePage, json.RawMessage, error) {
	var x json.RawMessage
	if err := s.Pool.QueryRow(ctx, `SELECT coalesce(extraction, '{}') FROM intake_packets WHERE id = $1`, id).Scan(&x); err != nil {
		if errors.Is(err, pgx.ErrNoRows) {
			return nil, nil, umassist.Errorf(umassist.ENOTFOUND, "intake: no packet %s", id)
		}
		return nil, nil, fmt.Errorf("intake: read: %w", err)
	}
	rows, err := s.Pool.Query(ctx, `SELECT number, kind, width, height, confidence, text, words FROM intake_pages
		WHERE packet_id = $1 ORDER BY number`, id)
	if err != nil {
		return nil, nil, fmt.Errorf("intake: read: %w", err)
	}
	defer rows.Close()
	var out []IntakePage
	for rows.Next() {
		var p IntakePage
		if err := rows.Scan(&p.Number, &p.Kind, &p.Width, &p.Height, &p.Confidence, &p.Text, &p.Words); err != nil {
			return nil, nil, fmt.Errorf("intake: read: %w", err)
		}
		out = append(out, p)
	}
	return out, x, rows.Err()
}

// PageFile returns a page's image (PNG) or its PDF.
func (s *IntakeStore) PageFile(ctx context.Context, id string, number int, pdf bool) ([]byte, error) {
	col := "png"
	if pdf {
		col = "pdf"
	}
	var b []byte
	err := s.Pool.QueryRow(ctx, `SELECT `+col+` FROM intake_pages WHERE packet_id = $1 AND number = $2`, id, number).Scan(&b)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, umassist.Errorf(umassist.ENOTFOUND, "intake: packet %s has no page %d", id, number)
	}
	if err != nil {
		return nil, fmt.Errorf("intake: page: %w", err)
	}
	return b, nil
}

// PatientsBornOn lists the patients of a namespace born on a day, for a
// nurse to pick the packet's member from (PatientsBornOn).
func (s *IntakeStore) PatientsBornOn(ctx context.Context, ns, birthDate string) ([]PatientMatch, error) {
	return PatientsBornOn(ctx, s.Pool, ns, birthDate)
}

// PagePDFs returns the PDFs of a packet's pages, by number.
func (s *IntakeStore) PagePDFs(ctx context.Context, id string) (map[int][]byte, error) {
	rows, err := s.Pool.Query(ctx, `SELECT number, pdf FROM intake_pages WHERE packet_id = $1`, id)
	if err != nil {
		return nil, fmt.Errorf("intake: pages: %w", err)
	}
	out := map[int][]byte{}
	var n int
	var b []byte
	_, err = pgx.ForEachRow(rows, []any{&n, &b}, func() error {
		out[n] = append([]byte(nil), b...)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("intake: pages: %w", err)
	}
	return out, nil
}

// Confirmation is a nurse's confirmation of a packet: the fields as
// confirmed, what was changed from what was read, and the patient. It is
// written by the case's own transaction (as CreateCase.Records), so a
// packet is confirmed exactly when its case exists.
type Confirmation struct {
	PacketID    string
	CaseID      string
	Patient     string
	Confirmed   json.RawMessage
	Corrections []Correction
	Actor       umassist.Actor
	Records     TxWriter // the patient (when new) and the pages as DocumentReferences
}

var _ TxWriter = (*Confirmation)(nil)

// WriteTx implements TxWriter: the records, then the packet marked
// confirmed, and the corrections audited. A packet no longer waiting for
// review (confirmed by someone else a moment ago) is ECONFLICT.
func (c *Confirmation) WriteTx(ctx context.Context, tx pgx.Tx) ([]string, error) {
	var refs []string
	if c.Records != nil {
		var err error
		if refs, err = c.Records.WriteTx(ctx, tx); err != nil {
			return nil, err
		}
	}
	corr, _ := json.Marshal(orEmpty(c.Corrections))
	tag, err := tx.Exec(ctx, `UPDATE intake_packets SET status = 'confirmed', confirmed = $2, corrections = $3, patient_ref = $4,
		case_id = $5, reviewed_by = $6, updated_at = now() WHERE id = $1 AND status = 'needs_review'`,
		c.PacketID, c.Confirmed, corr, c.Patient, c.CaseID, c.Actor.ID)
	if err != nil {
		return nil, fmt.Errorf("intake: confirm: %w", err)
	}
	if tag.RowsAffected() == 0 {
		return nil, umassist.Errorf(umassist.ECONFLICT, "intake: packet %s is not waiting for review", c.PacketID)
	}
	detail, _ := json.Marshal(map[string]any{"packet": c.PacketID, "corrections": orEmpty(c.Corrections)})
	if _, err := AppendAudit(ctx, tx, umassist.AuditEntry{Actor: c.Actor, Action: "intake.confirm", CaseID: c.CaseID, Patient: c.Patient, Detail: detail}); err != nil {
		return nil, err
	}
	return refs, nil
}

// Reject sets a packet aside with the nurse's reason.
func (s *IntakeStore) Reject(ctx context.Context, id, reason string, by umassist.Actor) error {
	if len(reason) < 3 {
		return umassist.Errorf(umassist.EINVALID, "intake: say why the packet is set aside")
	}
	return InTx(ctx, s.Pool, func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `UPDATE intake_packets SET status = 'rejected', error = $2, reviewed_by = $3, updated_at = $4
			WHERE id = $1 AND status IN ('needs_review', 'failed')`, id, reason, by.ID, s.NowFunc())
		if err != nil {
			return fmt.Errorf("intake: reject: %w", err)
		}
		if tag.RowsAffected() == 0 {
			return umassist.Errorf(umassist.ECONFLICT, "intake: packet %s is not waiting for review", id)
		}
		detail, _ := json.Marshal(map[string]string{"packet": id, "reason": reason})
		_, err = AppendAudit(ctx, tx, umassist.AuditEntry{Actor: by, Action: "intake.reject", Detail: detail})
		return err
	})
}

// PatientMatch is a stored patient a packet may be about.
type PatientMatch struct {
	Ref       string   // "Patient/123"
	Name      string   // "Given Family"
	BirthDate string   // YYYY-MM-DD
	MemberIDs []string // identifier values
}

// PatientsBornOn returns the patients of a namespace born on a day: the
// candidates a packet's member is matched against (at most 50).
func PatientsBornOn(ctx context.Context, q Querier, ns, birthDate string) ([]PatientMatch, error) {
	rows, err := q.Query(ctx, `SELECT id, resource FROM fhir_resources
		WHERE namespace = $1 AND type = 'Patient' AND resource->>'birthDate' = $2 ORDER BY id LIMIT 50`, ns, birthDate)
	if err != nil {
		return nil, fmt.Errorf("intake: patients: %w", err)
	}
	var out []PatientMatch
	var id string
	var raw []byte
	_, err = pgx.ForEachRow(rows, []any{&id, &raw}, func() error {
		var p struct {
			Name       []umassist.HumanName `json:"name"`
			BirthDate  string               `json:"birthDate"`
			Identifier []struct {
				Value string `json:"value"`
			} `json:"identifier"`
		}
		if json.Unmarshal(raw, &p) != nil {
			return nil
		}
		m := PatientMatch{Ref: "Patient/" + id, BirthDate: p.BirthDate}
		if len(p.Name) > 0 {
			m.Name = p.Name[0].Display()
		}
		for _, i := range p.Identifier {
			if i.Value != "" {
				m.MemberIDs = append(m.MemberIDs, i.Value)
			}
		}
		out = append(out, m)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("intake: patients: %w", err)
	}
	return out, nil
}

// Extractions returns the fields as read of the packets named, by id
// (packets not yet read have none): what the intake list shows.
func (s *IntakeStore) Extractions(ctx context.Context, ids []string) (map[string]json.RawMessage, error) {
	rows, err := s.Pool.Query(ctx, `SELECT id, extraction FROM intake_packets WHERE id = ANY($1) AND extraction IS NOT NULL`, ids)
	if err != nil {
		return nil, fmt.Errorf("intake: extractions: %w", err)
	}
	out := map[string]json.RawMessage{}
	var id string
	var x []byte
	_, err = pgx.ForEachRow(rows, []any{&id, &x}, func() error {
		out[id] = append(json.RawMessage(nil), x...)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("intake: extractions: %w", err)
	}
	return out, nil
}
