package fhir

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/umassist/umassist"
)

// Location says where a resource came from, for error messages.
type Location struct {
	File  string
	Line  int // 1-based; 0 when unknown
	Entry int // bundle entry index; -1 for NDJSON and single resources
}

func (l Location) String() string {
	s := l.File
	if l.Line > 0 {
		s += fmt.Sprintf(":%d", l.Line)
	}
	if l.Entry >= 0 {
		s += fmt.Sprintf(" (entry %d)", l.Entry)
	}
	return s
}

// Parsed is one resource read from a file, validated and indexed, or the
// reason it was refused.
type Parsed struct {
	Loc  Location
	Res  *umassist.Resource
	Meta *Resource
	// Note is the extracted text when the resource is a note with text.
	Note *NoteContent
	// Ref names the resource when known, even when Err is set.
	Ref string
	Err error
}

// ParseOptions tune parsing.
type ParseOptions struct {
	MaxNoteBytes int // default DefaultMaxNoteBytes
	MaxLineBytes int // NDJSON line cap; default 64 MiB
}

func (o ParseOptions) maxLine() int {
	if o.MaxLineBytes > 0 {
		return o.MaxLineBytes
	}
	return 64 << 20
}

var idPattern = regexp.MustCompile(`^[A-Za-z0-9\-\.]{1,64}$`)

// Decode validates one raw resource and extracts what the store indexes:
// its type (which must equal wantType when that is set), id, patient, date
// and, for notes, the extracted text.
func Decode(raw []byte, wantType string, opts ParseOptions) (*Parsed, error) {
	p := &Parsed{Ref: guessRef(raw)}
	if !utf8.Valid(raw) {
		return p, errors.New("resource is not valid UTF-8")
	}
	if bytes.Contains(raw, []byte(`\u0000`)) {
		return p, errors.New("resource contains a NUL character (\\u0000), which FHIR strings may not")
	}
	var m Resource
	if err := json.Unmarshal(raw, &m); err != nil && !strictType(raw) {
		// Types the tools never read (PractitionerRole, CodeSystem...) reuse
		// field names with other shapes; keep them with the head only.
		m = Resource{}
		err = json.Unmarshal(raw, &m.head)
		if err != nil {
			return p, fmt.Errorf("invalid resource: %w", err)
		}
		m.ResourceType, m.ID = m.head.ResourceType, m.head.ID
	} else if err != nil {
		return p, fmt.Errorf("invalid resource: %w", err)
	}
	p.Ref = m.ResourceType + "/" + m.ID
	switch {
	case m.ResourceType == "":
		return p, errors.New("resourceType is missing")
	case !KnownType(m.ResourceType):
		return p, fmt.Errorf("resourceType %q is not a FHIR R4 resource type", m.ResourceType)
	case wantType != "" && m.ResourceType != wantType:
		return p, fmt.Errorf("resourceType %q where %s was expected", m.ResourceType, wantType)
	case m.ID == "":
		p.Ref = m.ResourceType
		return p, errors.New("id is missing")
	case !idPattern.MatchString(m.ID):
		return p, fmt.Errorf("id %q is not a valid FHIR id", m.ID)
	case m.ResourceType == "Bundle":
		return p, errors.New("a Bundle inside a load is not a stored resource")
	}
	res := &umassist.Resource{Type: m.ResourceType, ID: m.ID, Patient: m.PatientReference(), Raw: json.RawMessage(raw)}
	if ds := m.DateString(); ds != "" {
		t, ok := ParseTime(ds)
		if !ok {
			return p, fmt.Errorf("date %q is not a FHIR date", ds)
		}
		res.Date = t
	}
	p.Res, p.Meta = res, &m
	if withdrawn(&m) {
		// A document entered in error, or a report of a test cancelled
		// ("Exam not performed - patient left"), is kept as a resource
		// and not read as a note: its words are no record of care.
		return p, nil
	}
	nc, err := ExtractNote(&m, opts.MaxNoteBytes)
	switch {
	case errors.Is(err, ErrNoText):
	case err != nil:
		return p, err
	default:
		p.Note = &nc
	}
	return p, nil
}

// ReadPath streams every resource under path (a file, or a folder of
// bundles and NDJSON files) to fn. A resource that fails validation is
// passed with Err set and the walk goes on; fn's own error stops it. A
// file that cannot be read at all is reported to fn as one Parsed with
// Err set and no resource.
func ReadPath(ctx context.Context, path string, opts ParseOptions, fn func(*Parsed) error) error {
	files, err := Files(path)
	if err != nil {
		return err
	}
	for _, f := range files {
		if err := ReadFile(ctx, f, opts, nil, fn); err != nil {
			return err
		}
	}
	return nil
}

// Files lists the loadable files under path, in name order: *.json
// (bundles or single resources) and *.ndjson.
func Files(path string) ([]string, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("fhir: %w", err)
	}
	if !st.IsDir() {
		return []string{path}, nil
	}
	var out []string
	err = filepath.WalkDir(path, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && (strings.HasSuffix(p, ".json") || strings.HasSuffix(p, ".ndjson")) {
			out = append(out, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("fhir: list %s: %w", path, err)
	}
	return out, nil
}

// ReadFile streams one file's resources to fn. counter, when set, is told
// how many bytes have been read (for a progress bar).
func ReadFile(ctx context.Context, path string, opts ParseOptions, counter func(int64), fn func(*Parsed) error) error {
	if strings.HasSuffix(path, ".ndjson") {
		return readNDJSON(ctx, path, opts, counter, fn)
	}
	return readJSON(ctx, path, opts, counter, fn)
}

func fileError(path string, line int, err error) *Parsed {
	return &Parsed{Loc: Location{File: path, Line: line, Entry: -1}, Err: err}
}

// ndjsonType is the resource type an NDJSON file's name promises
// ("Observation.000.ndjson"), or "" when the name promises none.
func ndjsonType(path string) string {
	base := filepath.Base(path)
	t, _, _ := strings.Cut(base, ".")
	if KnownType(t) {
		return t
	}
	return ""
}

func readNDJSON(ctx context.Context, path string, opts ParseOptions, counter func(int64), fn func(*Parsed) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fn(fileError(path, 0, err))
	}
	defer f.Close()
	want := ndjsonType(path)
	br := bufio.NewReaderSize(f, 1<<20)
	maxLine := opts.maxLine()
	var line []byte
	for n := 1; ; n++ {
		if n%256 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		line = line[:0]
		tooLong := false
		var rerr error
		for {
			chunk, err := br.ReadSlice('\n')
			if counter != nil {
				counter(int64(len(chunk)))
			}
			if !tooLong {
				if len(line)+len(chunk) > maxLine {
					tooLong = true
					line = line[:0]
				} else {
					line = append(line, chunk...)
				}
			}
			if err == bufio.ErrBufferFull {
				continue
			}
			rerr = err
			break
		}
		if rerr != nil && rerr != io.EOF {
			return fn(fileError(path, n, fmt.Errorf("read: %w", rerr)))
		}
		loc := Location{File: path, Line: n, Entry: -1}
		trimmed := bytes.TrimSpace(line)
		switch {
		case tooLong:
			if err := fn(&Parsed{Loc: loc, Err: fmt.Errorf("line is longer than %d MB", maxLine>>20)}); err != nil {
				return err
			}
		case len(trimmed) > 0:
			// The line buffer is reused; a parsed resource outlives it.
			p, err := Decode(bytes.Clone(trimmed), want, opts)
			p.Loc = loc
			if err != nil {
				p.Err = err
				p.Res = nil
			}
			if err := fn(p); err != nil {
				return err
			}
		}
		if rerr == io.EOF {
			return nil
		}
	}
}

// bundleEntry is what the first pass over a bundle needs from an entry.
type bundleEntry struct {
	FullURL  string          `json:"fullUrl"`
	Resource json.RawMessage `json:"resource"`
	Request  *struct {
		Method string `json:"method"`
		URL    string `json:"url"`
	} `json:"request"`
}

// withdrawn reports whether a document or report has been withdrawn from
// the record: entered in error, or (a report) cancelled.
func withdrawn(m *Resource) bool {
	st := strings.ToLower(m.Status)
	return st == "entered-in-error" || m.ResourceType == "DiagnosticReport" && st == "cancelled"
}
