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

type entryHead struct {
	ResourceType string `json:"resourceType"`
	ID           string `json:"id"`
}

// readJSON streams a Bundle in two passes, so a large bundle never sits in
// memory: the first maps every fullUrl to Type/id (entries may refer to
// later entries), the second rewrites references and decodes each entry.
// A file that is not a Bundle is loaded as a single resource.
func readJSON(ctx context.Context, path string, opts ParseOptions, counter func(int64), fn func(*Parsed) error) error {
	urls := map[string]string{}
	var offsets []int64
	var kind, btype string
	err := walkBundle(path, nil, func(off int64, raw json.RawMessage, key string) error {
		switch key {
		case "resourceType":
			_ = json.Unmarshal(raw, &kind)
		case "type":
			_ = json.Unmarshal(raw, &btype)
		case "entry":
			offsets = append(offsets, off)
			var e bundleEntry
			if json.Unmarshal(raw, &e) != nil || len(e.Resource) == 0 {
				return nil
			}
			var h entryHead
			if json.Unmarshal(e.Resource, &h) != nil || h.ResourceType == "" {
				return nil
			}
			id := h.ID
			if id == "" {
				id = idFromFullURL(e.FullURL)
			}
			if e.FullURL != "" && id != "" {
				urls[e.FullURL] = h.ResourceType + "/" + id
			}
		}
		return nil
	})
	if err != nil {
		line := 0
		var se *json.SyntaxError
		if errors.As(err, &se) {
			line = lineAt(path, []int64{se.Offset})[0]
		}
		return fn(fileError(path, line, fmt.Errorf("malformed JSON, nothing loaded from this file: %w", err)))
	}
	if kind != "Bundle" {
		return readSingle(path, opts, counter, fn)
	}
	switch btype {
	case "collection", "batch", "transaction", "searchset", "document", "message":
	default:
		return fn(fileError(path, 1, fmt.Errorf("bundle type %q cannot be loaded (collection, batch, transaction, searchset)", btype)))
	}
	lines := lineAt(path, offsets)
	i := 0
	return walkBundle(path, counter, func(_ int64, raw json.RawMessage, key string) error {
		if key != "entry" {
			return nil
		}
		idx := i
		i++
		if idx%256 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		loc := Location{File: path, Entry: idx}
		if idx < len(lines) {
			loc.Line = lines[idx]
		}
		p, err := decodeEntry(raw, urls, opts)
		p.Loc = loc
		if err != nil {
			p.Err, p.Res = err, nil
		}
		return fn(p)
	})
}

func decodeEntry(raw json.RawMessage, urls map[string]string, opts ParseOptions) (*Parsed, error) {
	var e bundleEntry
	if err := json.Unmarshal(raw, &e); err != nil {
		return &Parsed{}, fmt.Errorf("invalid entry: %w", err)
	}
	if e.Request != nil && strings.EqualFold(e.Request.Method, "DELETE") {
		return &Parsed{Ref: e.Request.URL}, errors.New("DELETE entries are not applied by a load")
	}
	if len(e.Resource) == 0 || bytes.Equal(e.Resource, []byte("null")) {
		return &Parsed{Ref: e.FullURL}, errors.New("entry has no resource")
	}
	res := []byte(e.Resource)
	var h entryHead
	if err := json.Unmarshal(res, &h); err == nil && h.ID == "" && h.ResourceType != "" {
		// A transaction POST may leave the id to the server: take the
		// fullUrl's uuid, which is what other entries refer to.
		if id := idFromFullURL(e.FullURL); id != "" {
			if res2, err := setID(res, id); err == nil {
				res = res2
			}
		}
	}
	if bytes.Contains(res, []byte(`"reference"`)) {
		out, err := rewriteRefs(res, urls)
		if err != nil {
			p := &Parsed{}
			if h.ResourceType != "" {
				p.Ref = h.ResourceType + "/" + h.ID
			}
			return p, err
		}
		res = out
	}
	return Decode(res, "", opts)
}

func idFromFullURL(u string) string {
	if s, ok := strings.CutPrefix(u, "urn:uuid:"); ok && idPattern.MatchString(s) {
		return s
	}
	return ""
}

func setID(raw []byte, id string) ([]byte, error) {
	var m map[string]any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&m); err != nil {
		return nil, err
	}
	m["id"] = id
	return marshalNoEscape(m)
}

// rewriteRefs replaces every reference to a bundle fullUrl by "Type/id".
// A urn:uuid reference that matches no entry is dangling: the resource is
// refused rather than stored pointing nowhere.
func rewriteRefs(raw []byte, urls map[string]string) ([]byte, error) {
	var v any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("invalid resource: %w", err)
	}
	var dangling []string
	var walk func(any)
	walk = func(x any) {
		switch t := x.(type) {
		case map[string]any:
			for k, val := range t {
				if s, ok := val.(string); ok && k == "reference" {
					if to, ok := urls[s]; ok {
						t[k] = to
					} else if strings.HasPrefix(s, "urn:uuid:") || strings.HasPrefix(s, "urn:oid:") {
						dangling = append(dangling, s)
					}
					continue
				}
				walk(val)
			}
		case []any:
			for _, e := range t {
				walk(e)
			}
		}
	}
	walk(v)
	if len(dangling) > 0 {
		return nil, fmt.Errorf("dangling reference %s: no entry in the bundle has that fullUrl", dangling[0])
	}
	return marshalNoEscape(v)
}

func marshalNoEscape(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(b.Bytes(), "\n"), nil
}

// walkBundle streams a JSON object's top-level members, splitting the
// "entry" array into its elements. fn gets each entry's start offset.
func walkBundle(path string, counter func(int64), fn func(off int64, raw json.RawMessage, key string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var r io.Reader = f
	if counter != nil {
		r = &countingReader{r: f, fn: counter}
	}
	dec := json.NewDecoder(bufio.NewReaderSize(r, 1<<16))
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return errors.New("file is not a JSON object")
	}
	for dec.More() {
		kt, err := dec.Token()
		if err != nil {
			return err
		}
		key, _ := kt.(string)
		if key == "entry" {
			tok, err := dec.Token()
			if err != nil {
				return err
			}
			if d, ok := tok.(json.Delim); !ok || d != '[' {
				return errors.New("bundle entry is not an array")
			}
			for dec.More() {
				off := dec.InputOffset()
				var raw json.RawMessage
				if err := dec.Decode(&raw); err != nil {
					return err
				}
				if err := fn(off, raw, key); err != nil {
					return err
				}
			}
			if _, err := dec.Token(); err != nil {
				return err
			}
			continue
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return err
		}
		if err := fn(dec.InputOffset(), raw, key); err != nil {
			return err
		}
	}
	if _, err := dec.Token(); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("trailing data after the JSON object")
	}
	return nil
}

func readSingle(path string, opts ParseOptions, counter func(int64), fn func(*Parsed) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fn(fileError(path, 0, err))
	}
	defer f.Close()
	raw, err := io.ReadAll(io.LimitReader(f, int64(opts.maxLine())+1))
	if err != nil {
		return fn(fileError(path, 0, err))
	}
	if counter != nil {
		counter(int64(len(raw)))
	}
	if len(raw) > opts.maxLine() {
		return fn(fileError(path, 0, fmt.Errorf("resource file is larger than %d MB", opts.maxLine()>>20)))
	}
	p, err := Decode(bytes.TrimSpace(raw), "", opts)
	p.Loc = Location{File: path, Line: 1, Entry: -1}
	if err != nil {
		p.Err, p.Res = err, nil
	}
	return fn(p)
}

type countingReader struct {
	r  io.Reader
	fn func(int64)
}

func (c *countingReader) Read(b []byte) (int, error) {
	n, err := c.r.Read(b)
	c.fn(int64(n))
	return n, err
}

// lineAt returns the 1-based line of each byte offset (offsets ascending),
// scanning the file once.
func lineAt(path string, offsets []int64) []int {
	out := make([]int, len(offsets))
	f, err := os.Open(path)
	if err != nil {
		return out
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 1<<16)
	line, pos, i := 1, int64(0), 0
	buf := make([]byte, 1<<16)
	for i < len(offsets) {
		n, err := br.Read(buf)
		chunk := buf[:n]
		for i < len(offsets) && offsets[i] < pos+int64(n) {
			k := offsets[i] - pos
			// Skip the whitespace and comma before the entry itself.
			out[i] = line + bytes.Count(chunk[:k], []byte{'\n'}) + leadingNewlines(chunk[k:])
			i++
		}
		line += bytes.Count(chunk, []byte{'\n'})
		pos += int64(n)
		if err != nil {
			break
		}
	}
	for ; i < len(offsets); i++ {
		out[i] = line
	}
	return out
}

func leadingNewlines(b []byte) int {
	n := 0
	for _, c := range b {
		switch c {
		case '\n':
			n++
		case ' ', '\t', '\r', ',':
		default:
			return n
		}
	}
	return n
}

// strictTypes are the types whose shape the store and the tools rely on: a
// field of the wrong shape there is an error, not something to skip.
var strictTypes = map[string]bool{
	"Patient": true, "Observation": true, "Condition": true, "MedicationRequest": true,
	"MedicationStatement": true, "Procedure": true, "DocumentReference": true,
	"DiagnosticReport": true, "Coverage": true, "Encounter": true, "Immunization": true,
}

func strictType(raw []byte) bool {
	var h struct {
		ResourceType string `json:"resourceType"`
	}
	_ = json.Unmarshal(raw, &h)
	return strictTypes[h.ResourceType] || !KnownType(h.ResourceType)
}

var (
	typePattern = regexp.MustCompile(`"resourceType"\s*:\s*"([A-Za-z]{1,64})"`)
	idGuess     = regexp.MustCompile(`"id"\s*:\s*"([^"\\]{1,64})"`)
)

// guessRef names a resource even when it cannot be parsed, so an error
// says which one failed.
func guessRef(raw []byte) string {
	head := raw[:min(len(raw), 4096)]
	t := typePattern.FindSubmatch(head)
	if t == nil {
		return ""
	}
	if id := idGuess.FindSubmatch(head); id != nil {
		return string(t[1]) + "/" + strings.ToValidUTF8(string(id[1]), "?")
	}
	return string(t[1])
}
