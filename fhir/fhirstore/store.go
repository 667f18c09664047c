package fhirstore

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir"
)

// DB is what the store needs from PostgreSQL: a pool, or a transaction
// (pgx.Tx begins savepoints), so tests can run the store inside one.
type DB interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
	Begin(ctx context.Context) (pgx.Tx, error)
}

// Store is the local FHIR store in PostgreSQL.
type Store struct {
	db           DB
	progress     io.Writer
	maxNoteBytes int
	batchSize    int
	now          func() time.Time
}

// Option configures a Store.
type Option func(*Store)

// WithProgress draws a progress bar on w while loading (os.Stderr in the
// CLI; tests leave it unset or pass io.Discard).
func WithProgress(w io.Writer) Option { return func(s *Store) { s.progress = w } }

// WithMaxNoteBytes caps a decoded note attachment (default 8 MiB).
func WithMaxNoteBytes(n int) Option { return func(s *Store) { s.maxNoteBytes = n } }

// WithBatchSize sets how many resources one upsert writes (default 500).
func WithBatchSize(n int) Option { return func(s *Store) { s.batchSize = n } }

// New returns the store on db.
func New(db DB, opts ...Option) *Store {
	s := &Store{db: db, batchSize: 500, now: time.Now}
	for _, o := range opts {
		o(s)
	}
	return s
}

// Source returns the store's view of one namespace as a FHIRSource.
func (s *Store) Source(namespace string) umassist.FHIRSource {
	return &LocalSource{db: s.db, ns: namespace}
}

// LocalSource reads one namespace of the local store.
type LocalSource struct {
	db DB
	ns string
}

var _ umassist.FHIRSource = (*LocalSource)(nil)

const readSQL = `SELECT type, id, coalesce(patient, ''), date, resource FROM fhir_resources WHERE namespace = $1 AND type = $2 AND id = $3`

// Read returns one resource by "Type/id".
func (l *LocalSource) Read(ctx context.Context, ref string) (*umassist.Resource, error) {
	typ, id, ok := umassist.SplitRef(ref)
	if !ok {
		return nil, umassist.Errorf(umassist.EINVALID, "fhir: reference %q is not Type/id", ref)
	}
	r, err := scanResource(l.db.QueryRow(ctx, readSQL, l.ns, typ, id))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, umassist.Errorf(umassist.ENOTFOUND, "fhir: %s not found", ref)
	}
	if err != nil {
		return nil, fmt.Errorf("fhir: read %s: %w", ref, err)
	}
	return r, nil
}

func scanResource(row pgx.Row) (*umassist.Resource, error) {
	var r umassist.Resource
	var date *time.Time
	var raw []byte
	if err := row.Scan(&r.Type, &r.ID, &r.Patient, &date, &raw); err != nil {
		return nil, err
	}
	if date != nil {
		r.Date = date.UTC()
	}
	r.Raw = raw
	return &r, nil
}

// The dated and undated parts are separate index scans joined by UNION
// ALL, so the date bounds are index conditions (an "OR date IS NULL"
// would make PostgreSQL walk a patient's whole history); the two orders
// are separate statements, not concatenated SQL.
const (
	searchCommon = ` FROM fhir_resources
		WHERE namespace = $1 AND type = $2 AND patient = $3
		  AND (cardinality($4::text[]) = 0 OR codes && $4::text[])
		  AND ($5 = '' OR $5 = ANY (category))
		  AND ($6 = '' OR code_text ILIKE '%' || $6 || '%')
		  AND (cardinality($12::text[]) = 0 OR status = ANY ($12::text[]))`
	searchCols      = `SELECT type, id, coalesce(patient, '') AS patient, date, resource`
	searchNewestSQL = `SELECT type, id, patient, date, resource FROM (
		(` + searchCols + searchCommon + ` AND date >= $7::timestamptz AND date <= $8::timestamptz ORDER BY date DESC NULLS LAST, id DESC LIMIT $9::int + $10::int)
		UNION ALL
		(` + searchCols + searchCommon + ` AND date IS NULL AND $11::bool ORDER BY id DESC LIMIT $9::int + $10::int)
	) u ORDER BY date DESC NULLS LAST, id DESC LIMIT $9 OFFSET $10`
	searchOldestSQL = `SELECT type, id, patient, date, resource FROM (
		(` + searchCols + searchCommon + ` AND date >= $7::timestamptz AND date <= $8::timestamptz ORDER BY date ASC NULLS FIRST, id ASC LIMIT $9::int + $10::int)
		UNION ALL
		(` + searchCols + searchCommon + ` AND date IS NULL AND $11::bool ORDER BY id ASC LIMIT $9::int + $10::int)
	) u ORDER BY date ASC NULLS FIRST, id ASC LIMIT $9 OFFSET $10`
)

// Open date bounds, as values an index can range over.
var (
	minTime = time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
	maxTime = time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)
)

func nullTime(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	return &t
}

func likeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// Search returns one patient's resources of one type.
func (l *LocalSource) Search(ctx context.Context, q umassist.FHIRQuery) ([]*umassist.Resource, error) {
	if q.Type == "" || q.Patient == "" {
		return nil, umassist.Errorf(umassist.EINVALID, "fhir: search needs a type and a patient")
	}
	limit := q.Limit
	if limit <= 0 {
		limit = fhir.DefaultLimit
	}
	codes := nonNil(q.Codes)
	sql := searchNewestSQL
	if q.Oldest {
		sql = searchOldestSQL
	}
	from, to := q.From, q.To
	if from.IsZero() {
		from = minTime
	}
	if to.IsZero() {
		to = maxTime
	}
	// Undated resources pass a To bound but never a From bound.
	undated := q.From.IsZero()
	rows, err := l.db.Query(ctx, sql, l.ns, q.Type, q.Patient, codes, q.Category, likeEscape(q.Text),
		from, to, limit, max(q.Offset, 0), undated, nonNil(q.Status))
	if err != nil {
		return nil, fmt.Errorf("fhir: search %s: %w", q.Type, err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (*umassist.Resource, error) { return scanResource(r) })
	if err != nil {
		return nil, fmt.Errorf("fhir: search %s: %w", q.Type, err)
	}
	return out, nil
}

const notesSQL = `SELECT type, id, coalesce(patient, ''), date, note_type, author, author_role, content_type, length
	FROM fhir_notes
	WHERE namespace = $1 AND patient = $2
	  AND ($3 = '' OR note_type ILIKE '%' || $3 || '%')
	  AND ($4::timestamptz IS NULL OR date >= $4)
	  AND ($5::timestamptz IS NULL OR date IS NULL OR date <= $5)
	ORDER BY date DESC NULLS LAST, id DESC LIMIT $6 OFFSET $7`

func scanNote(row pgx.Row, extra ...any) (umassist.Note, error) {
	var n umassist.Note
	var typ, id string
	var date *time.Time
	dest := append([]any{&typ, &id, &n.Patient, &date, &n.Type, &n.Author, &n.AuthorRole, &n.ContentType, &n.Length}, extra...)
	if err := row.Scan(dest...); err != nil {
		return n, err
	}
	n.Ref = typ + "/" + id
	if date != nil {
		n.Date = date.UTC()
	}
	return n, nil
}

// Notes lists a patient's notes, newest first.
func (l *LocalSource) Notes(ctx context.Context, q umassist.NoteQuery) ([]umassist.Note, error) {
	if q.Patient == "" {
		return nil, umassist.Errorf(umassist.EINVALID, "fhir: notes need a patient")
	}
	limit := q.Limit
	if limit <= 0 {
		limit = fhir.DefaultLimit
	}
	rows, err := l.db.Query(ctx, notesSQL, l.ns, q.Patient, likeEscape(q.Text), nullTime(q.From), nullTime(q.To), limit, max(q.Offset, 0))
	if err != nil {
		return nil, fmt.Errorf("fhir: notes: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (umassist.Note, error) { return scanNote(r) })
	if err != nil {
		return nil, fmt.Errorf("fhir: notes: %w", err)
	}
	return out, nil
}

const noteTextSQL = `SELECT type, id, coalesce(patient, ''), date, note_type, author, author_role, content_type, length, text
	FROM fhir_notes WHERE namespace = $1 AND type = $2 AND id = $3`

// NoteText returns a note's extracted text.
func (l *LocalSource) NoteText(ctx context.Context, ref string) (umassist.Note, string, error) {
	typ, id, ok := umassist.SplitRef(ref)
	if !ok {
		return umassist.Note{}, "", umassist.Errorf(umassist.EINVALID, "fhir: reference %q is not Type/id", ref)
	}
	var text string
	n, err := scanNote(l.db.QueryRow(ctx, noteTextSQL, l.ns, typ, id), &text)
	if errors.Is(err, pgx.ErrNoRows) {
		return umassist.Note{}, "", umassist.Errorf(umassist.ENOTFOUND, "fhir: note %s not found", ref)
	}
	if err != nil {
		return umassist.Note{}, "", fmt.Errorf("fhir: note %s: %w", ref, err)
	}
	return n, text, nil
}

const searchNotesSQL = `SELECT type, id, coalesce(patient, ''), date, note_type, author, author_role, content_type, length, text
	FROM fhir_notes, websearch_to_tsquery('english', $3) query
	WHERE namespace = $1 AND patient = $2 AND tsv @@ query
	  AND ($4::timestamptz IS NULL OR date >= $4)
	  AND ($5::timestamptz IS NULL OR date IS NULL OR date <= $5)
	ORDER BY ts_rank(tsv, query) DESC, date DESC NULLS LAST, id DESC
	LIMIT $6 OFFSET $7`

// SearchNotes runs full-text search over a patient's notes and returns
// up to three snippets per matching note, best notes first.
func (l *LocalSource) SearchNotes(ctx context.Context, q umassist.NoteQuery) ([]umassist.NoteHit, error) {
	if q.Patient == "" || strings.TrimSpace(q.Text) == "" {
		return nil, umassist.Errorf(umassist.EINVALID, "fhir: note search needs a patient and words")
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 20
	}
	rows, err := l.db.Query(ctx, searchNotesSQL, l.ns, q.Patient, q.Text, nullTime(q.From), nullTime(q.To), limit, max(q.Offset, 0))
	if err != nil {
		return nil, fmt.Errorf("fhir: search notes: %w", err)
	}
	var out []umassist.NoteHit
	for rows.Next() {
		var text string
		n, err := scanNote(rows, &text)
		if err != nil {
			rows.Close()
			return nil, fmt.Errorf("fhir: search notes: %w", err)
		}
		for _, s := range fhir.FindSnippets(text, q.Text, 3) {
			out = append(out, umassist.NoteHit{Note: n, Offset: s.Offset, Snippet: s.Text})
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("fhir: search notes: %w", err)
	}
	return out, nil
}

func nonNil(ss []string) []string {
	if ss == nil {
		return []string{}
	}
	return ss
}
