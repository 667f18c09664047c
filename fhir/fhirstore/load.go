package fhirstore

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/schollz/progressbar/v3"

	"github.com/umassist/umassist/fhir"
)

// LoadError is one resource (or file) that was not loaded, and why.
type LoadError struct {
	Loc fhir.Location
	Ref string // "Observation/abc" when known
	Err error
}

func (e *LoadError) Error() string {
	s := e.Loc.String()
	if e.Ref != "" {
		s += ": " + e.Ref
	}
	return s + ": " + e.Err.Error()
}

func (e *LoadError) Unwrap() error { return e.Err }

// MaxReportedErrors bounds LoadResult.Errors; Failed still counts all.
const MaxReportedErrors = 1000

// LoadResult says what a load did.
type LoadResult struct {
	Counts map[string]int // resources written, by type
	Notes  int            // notes whose text was extracted
	Loaded int
	Failed int
	Errors []*LoadError // the first MaxReportedErrors failures
	// Dangling counts loaded resources whose patient is not in the
	// namespace (a Bulk export without its Patient file); Warnings names
	// the first of them. They are loaded: the patient may come later.
	Dangling int
	Warnings []string
	Files    int
	Bytes    int64
	Elapsed  time.Duration
}

// Types returns the loaded types in name order.
func (r *LoadResult) Types() []string {
	out := make([]string, 0, len(r.Counts))
	for t := range r.Counts {
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}

// PerSecond is the load throughput in resources per second.
func (r *LoadResult) PerSecond() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(r.Loaded) / r.Elapsed.Seconds()
}

func (r *LoadResult) fail(loc fhir.Location, ref string, err error) {
	r.Failed++
	if len(r.Errors) < MaxReportedErrors {
		r.Errors = append(r.Errors, &LoadError{Loc: loc, Ref: ref, Err: err})
	}
}

// Load reads FHIR R4 Bundles (collection, batch, transaction; urn:uuid
// references resolved to Type/id) and Bulk Data NDJSON files or folders
// into namespace, streaming, in batched upserts by (namespace, type, id):
// loading the same files twice changes nothing. A resource that fails
// validation is reported in the result with its file, line and reference,
// and the rest of the load goes on; a resource is written whole with its
// note text, or not at all. The returned error is for failures of the load
// itself (the database, a cancelled context).
func (s *Store) Load(ctx context.Context, namespace string, paths ...string) (*LoadResult, error) {
	start := time.Now()
	res := &LoadResult{Counts: map[string]int{}}
	var files []string
	for _, p := range paths {
		fs, err := fhir.Files(p)
		if err != nil {
			res.fail(fhir.Location{File: p, Entry: -1}, "", err)
			continue
		}
		files = append(files, fs...)
	}
	res.Files = len(files)
	var total int64
	for _, f := range files {
		if st, err := os.Stat(f); err == nil {
			total += st.Size()
		}
	}
	var bar *progressbar.ProgressBar
	if s.progress != nil {
		bar = progressbar.NewOptions64(total,
			progressbar.OptionSetWriter(s.progress),
			progressbar.OptionSetDescription("loading FHIR"),
			progressbar.OptionShowBytes(true),
			progressbar.OptionShowCount(),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionOnCompletion(func() { fmt.Fprintln(s.progress) }),
		)
	}
	opts := fhir.ParseOptions{MaxNoteBytes: s.maxNoteBytes}
	// Parsing (Go) and writing (PostgreSQL) overlap: one goroutine writes
	// batches while the caller's goroutine parses the next. The writer
	// keeps its own tally, merged at the end, so neither locks.
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	wres := &LoadResult{Counts: map[string]int{}}
	batches := make(chan []*fhir.Parsed, 2)
	var werr error
	wdone := make(chan struct{})
	go func() {
		defer close(wdone)
		for b := range batches {
			if werr != nil {
				continue
			}
			if err := s.write(ctx, namespace, b, wres); err != nil {
				werr = err
				cancel()
			}
		}
	}()
	batch := make([]*fhir.Parsed, 0, s.batchSize)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		select {
		case batches <- batch:
		case <-ctx.Done():
			return ctx.Err()
		}
		batch = make([]*fhir.Parsed, 0, s.batchSize)
		return nil
	}
	var rerr error
	for _, f := range files {
		counter := func(n int64) {
			res.Bytes += n
			if bar != nil {
				_ = bar.Add64(n)
			}
		}
		// A bundle is read twice (references first); count the second pass.
		err := fhir.ReadFile(ctx, f, opts, counter, func(p *fhir.Parsed) error {
			if p.Err != nil {
				res.fail(p.Loc, p.Ref, p.Err)
				return nil
			}
			batch = append(batch, p)
			if len(batch) >= s.batchSize {
				return flush()
			}
			return nil
		})
		if err != nil {
			rerr = fmt.Errorf("fhir: load %s: %w", f, err)
			break
		}
	}
	if rerr == nil {
		if err := flush(); err != nil {
			rerr = fmt.Errorf("fhir: load: %w", err)
		}
	}
	close(batches)
	<-wdone
	res.Loaded, res.Notes, res.Counts = wres.Loaded, wres.Notes, wres.Counts
	for _, e := range wres.Errors {
		res.fail(e.Loc, e.Ref, e.Err)
	}
	res.Failed += wres.Failed - len(wres.Errors)
	if werr != nil {
		return res, fmt.Errorf("fhir: load: %w", werr)
	}
	if rerr != nil {
		return res, rerr
	}
	if err := s.checkPatients(ctx, namespace, start, res); err != nil {
		return res, err
	}
	since := start.Add(-time.Second)
	if err := nameAuthors(ctx, s.db, namespace, &since, nil); err != nil {
		return res, fmt.Errorf("fhir: load: %w", err)
	}
	if bar != nil {
		_ = bar.Finish()
	}
	res.Elapsed = time.Since(start)
	return res, nil
}

// row holds one resource's column values.
type row struct {
	typ, id, patient, code, codes, codeText, category, status, valueUnit, resource string
	date                                                                           *time.Time
	valueNum                                                                       *float64
}

func toRow(p *fhir.Parsed) row {
	m := p.Meta
	r := row{typ: p.Res.Type, id: p.Res.ID, patient: p.Res.Patient, status: m.StatusCode(), resource: string(p.Res.Raw)}
	if !p.Res.Date.IsZero() {
		d := p.Res.Date
		r.date = &d
	}
	codes := m.CodeTokens()
	if cc := m.MainCode(); cc != nil {
		for _, c := range cc.Coding {
			if c.Code != "" {
				r.code = c.System + "|" + c.Code
				break
			}
		}
	}
	text, cats := m.CodeText(), m.CategoryCodes()
	r.codes = strings.Join(codes, "\x1f")
	r.codeText = text
	r.category = strings.Join(cats, "\x1f")
	if q := m.ValueQuantity; q != nil && q.Value != nil {
		if f, err := q.Value.Float64(); err == nil {
			r.valueNum = &f
			r.valueUnit = q.UnitLabel()
		}
	}
	return r
}

const upsertSQL = `
INSERT INTO fhir_resources AS f (namespace, type, id, patient, date, code, codes, code_text, category, status, value_num, value_unit, resource, loaded_at)
SELECT $1, u.type, u.id, nullif(u.patient, ''), u.date, nullif(u.code, ''), string_to_array(u.codes, E'\x1f'), u.code_text,
       string_to_array(u.category, E'\x1f'), u.status, u.value_num, nullif(u.value_unit, ''), u.resource::jsonb, now()
FROM unnest($2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::float8[], $12::text[], $13::text[])
     AS u(type, id, patient, date, code, codes, code_text, category, status, value_num, value_unit, resource)
ON CONFLICT (namespace, type, id) DO UPDATE SET
    patient = excluded.patient, date = excluded.date, code = excluded.code, codes = excluded.codes,
    code_text = excluded.code_text, category = excluded.category, status = excluded.status,
    value_num = excluded.value_num, value_unit = excluded.value_unit, resource = excluded.resource,
    loaded_at = excluded.loaded_at
WHERE f.resource IS DISTINCT FROM excluded.resource`

// intakeUpsertSQL is upsertSQL for records sent with a request: it only
// ever updates a record the same patient already owns. A shared record
// (a Practitioner) is written once and never changed by a request, and a
// record another patient owns — even one stored a moment ago by a
// concurrent request, which the ownership check could not lock — is left
// as it is, for intakeOwnersSQL to find after the write.
const intakeUpsertSQL = upsertSQL + `
  AND excluded.patient IS NOT NULL AND f.patient IS NOT DISTINCT FROM excluded.patient`

// intakeOwnersSQL finds, after an intake's write, a patient's record that
// is stored for someone else.
const intakeOwnersSQL = `
SELECT f.type, f.id FROM fhir_resources f JOIN unnest($2::text[], $3::text[], $4::text[]) AS u(type, id, patient)
  ON f.type = u.type AND f.id = u.id
WHERE f.namespace = $1 AND u.patient <> '' AND f.patient IS DISTINCT FROM u.patient
LIMIT 1`

// A reloaded resource may have lost its note text: clear the batch's notes
// first, then write the ones it has.
const deleteNotesSQL = `
DELETE FROM fhir_notes n USING unnest($2::text[], $3::text[]) AS u(type, id)
WHERE n.namespace = $1 AND n.type = u.type AND n.id = u.id`

const insertNotesSQL = `
INSERT INTO fhir_notes (namespace, type, id, patient, date, note_type, author, content_type, text, length, author_role)
SELECT $1, u.type, u.id, nullif(u.patient, ''), u.date, u.note_type, u.author, u.content_type, u.text, u.length, u.author_role
FROM unnest($2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::text[], $7::text[], $8::text[], $9::text[], $10::int[], $11::text[])
     AS u(type, id, patient, date, note_type, author, content_type, text, length, author_role)`

// write upserts a batch in one transaction. When the batch fails (a value
// PostgreSQL refuses), each resource is retried alone so only the bad one
// is reported and nothing of it is half-written.
func (s *Store) write(ctx context.Context, ns string, batch []*fhir.Parsed, res *LoadResult) error {
	// The same resource twice in one statement is an error in PostgreSQL;
	// the later one wins, as it would across batches.
	seen := make(map[string]int, len(batch))
	uniq := batch[:0:0]
	for _, p := range batch {
		k := p.Res.Ref()
		if i, ok := seen[k]; ok {
			uniq[i] = p
			continue
		}
		seen[k] = len(uniq)
		uniq = append(uniq, p)
	}
	err := s.writeTx(ctx, ns, uniq)
	if err == nil {
		// Count every resource read, as the files hold them (Synthea repeats
		// its organizations in every bundle).
		for _, p := range batch {
			res.Loaded++
			res.Counts[p.Res.Type]++
			if p.Note != nil {
				res.Notes++
			}
		}
		return nil
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	for _, p := range uniq {
		if err := s.writeTx(ctx, ns, []*fhir.Parsed{p}); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if isConnError(err) {
				return err
			}
			res.fail(p.Loc, p.Res.Ref(), fmt.Errorf("database refused it: %w", err))
			continue
		}
		res.Loaded++
		res.Counts[p.Res.Type]++
		if p.Note != nil {
			res.Notes++
		}
	}
	return nil
}

func isConnError(err error) bool {
	var pgErr interface{ SQLState() string }
	return !errors.As(err, &pgErr)
}

func (s *Store) writeTx(ctx context.Context, ns string, batch []*fhir.Parsed) error {
	tx, err := s.db.Begin(ctx)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback(ctx) }()
	if err := writeBatch(ctx, tx, ns, batch); err != nil {
		return err
	}
	return tx.Commit(ctx)
}

// writeBatch upserts resources and their notes in tx.
func writeBatch(ctx context.Context, tx pgx.Tx, ns string, batch []*fhir.Parsed) error {
	return writeRows(ctx, tx, ns, batch, upsertSQL)
}

// writeRows writes a batch with the given upsert (upsertSQL or
// intakeUpsertSQL).
func writeRows(ctx context.Context, tx pgx.Tx, ns string, batch []*fhir.Parsed, upsert string) error {
	n := len(batch)
	types, ids, patients, codes, codeSets, texts, cats, statuses, units, raws :=
		make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n),
		make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
	dates := make([]*time.Time, n)
	vals := make([]*float64, n)
	var nt, nid, npat, ntype, nauth, nct, ntext, nrole []string
	var ndate []*time.Time
	var nlen []int32
	for i, p := range batch {
		r := toRow(p)
		types[i], ids[i], patients[i], codes[i], codeSets[i], texts[i], cats[i], statuses[i], units[i], raws[i], dates[i], vals[i] =
			r.typ, r.id, r.patient, r.code, r.codes, r.codeText, r.category, r.status, r.valueUnit, r.resource, r.date, r.valueNum
		if p.Note != nil {
			nt, nid, npat, ndate = append(nt, r.typ), append(nid, r.id), append(npat, r.patient), append(ndate, r.date)
			ntype, nauth, nct = append(ntype, p.Note.Type), append(nauth, p.Note.Author), append(nct, p.Note.ContentType)
			ntext, nlen = append(ntext, p.Note.Text), append(nlen, int32(utf8.RuneCountInString(p.Note.Text)))
			nrole = append(nrole, string(p.Note.AuthorRole))
		}
	}
	b := &pgx.Batch{}
	b.Queue(upsert, ns, types, ids, patients, dates, codes, codeSets, texts, cats, statuses, vals, units, raws)
	b.Queue(deleteNotesSQL, ns, types, ids)
	if len(nt) > 0 {
		b.Queue(insertNotesSQL, ns, nt, nid, npat, ndate, ntype, nauth, nct, ntext, nlen, nrole)
	}
	return tx.SendBatch(ctx, b).Close()
}

// danglingSQL finds resources written by this load whose patient the
// namespace does not hold.
const danglingSQL = `
SELECT r.type, r.id, r.patient, count(*) OVER ()
FROM fhir_resources r
WHERE r.namespace = $1 AND r.loaded_at >= $2 AND r.patient IS NOT NULL AND r.type <> 'Patient'
  AND NOT EXISTS (SELECT 1 FROM fhir_resources p
                  WHERE p.namespace = $1 AND p.type = 'Patient' AND 'Patient/' || p.id = r.patient)
ORDER BY r.type, r.id
LIMIT 100`

const maxWarnings = 100

func (s *Store) checkPatients(ctx context.Context, ns string, since time.Time, res *LoadResult) error {
	rows, err := s.db.Query(ctx, danglingSQL, ns, since.Add(-time.Second))
	if err != nil {
		return fmt.Errorf("fhir: load: check patients: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var typ, id, patient string
		var total int
		if err := rows.Scan(&typ, &id, &patient, &total); err != nil {
			return fmt.Errorf("fhir: load: check patients: %w", err)
		}
		res.Dangling = total
		if len(res.Warnings) < maxWarnings {
			res.Warnings = append(res.Warnings, fmt.Sprintf("%s/%s: dangling reference to %s, which is not in the store", typ, id, patient))
		}
	}
	return rows.Err()
}

// authorsSQL pairs each note written since $2 (or named in $3) with the
// Practitioner, PractitionerRole or Organization its first author (a
// report's first performer) references in the namespace, as
// fhir.AuthorRef reads it (fhir.AuthorType).
const authorsSQL = `
SELECT n.type, n.id, n.author, p.resource
FROM fhir_notes n
JOIN fhir_resources d ON d.namespace = n.namespace AND d.type = n.type AND d.id = n.id
JOIN fhir_resources p ON p.namespace = n.namespace AND p.type IN ('Practitioner', 'PractitionerRole', 'Organization')
  AND p.type || '/' || p.id = coalesce(jsonb_path_query_first(d.resource, '$.author[*].reference') #>> '{}',
                                      jsonb_path_query_first(d.resource, '$.performer[*].reference') #>> '{}')
WHERE n.namespace = $1
  AND ($2::timestamptz IS NULL OR d.loaded_at >= $2)
  AND ($3::text[] IS NULL OR n.type || '/' || n.id = ANY($3))`

const setAuthorSQL = `UPDATE fhir_notes SET author = $4 WHERE namespace = $1 AND type = $2 AND id = $3`

// nameAuthors writes into each note's author who its referenced author
// is and what they practise (fhir.AuthorLabel), for the notes loaded
// since a time or named by reference. Who wrote a note is evidence a
// policy can ask for; a reference alone says nothing to a reader.
func nameAuthors(ctx context.Context, db DB, ns string, since *time.Time, refs []string) error {
	rows, err := db.Query(ctx, authorsSQL, ns, since, refs)
	if err != nil {
		return fmt.Errorf("name authors: %w", err)
	}
	type named struct{ typ, id, author string }
	var todo []named
	var typ, id, author string
	var raw []byte
	_, err = pgx.ForEachRow(rows, []any{&typ, &id, &author, &raw}, func() error {
		if l := fhir.AuthorLabel(author, raw); l != author {
			todo = append(todo, named{typ, id, l})
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("name authors: %w", err)
	}
	for _, n := range todo {
		if _, err := db.Exec(ctx, setAuthorSQL, ns, n.typ, n.id, n.author); err != nil {
			return fmt.Errorf("name authors: %w", err)
		}
	}
	return nil
}
