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
	"regexp"
	"strings"
)

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
		out, err := RewriteReferences(res, urls, true)
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
	return MarshalNoEscape(m)
}

// RewriteReferences replaces every "reference" equal to a bundle entry's
// fullUrl by its Type/id; raw comes back unchanged (the same bytes) when
// none does. When strict, a urn:uuid or urn:oid reference that names no
// entry is dangling and refused: nothing outside the bundle can resolve
// it. Loading a bundle and reading a PAS request both use it.
func RewriteReferences(raw []byte, urls map[string]string, strict bool) ([]byte, error) {
	if !needsRewrite(raw, urls, strict) {
		return raw, nil
	}
	var v any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("invalid resource: %w", err)
	}
	changed := false
	var dangling string
	var walk func(any)
	walk = func(x any) {
		switch t := x.(type) {
		case map[string]any:
			for k, val := range t {
				if s, ok := val.(string); ok && k == "reference" {
					if to, ok := urls[s]; ok {
						t[k], changed = to, true
					} else if strict && dangling == "" && (strings.HasPrefix(s, "urn:uuid:") || strings.HasPrefix(s, "urn:oid:")) {
						dangling = s
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
	if dangling != "" {
		return nil, fmt.Errorf("dangling reference %s: no entry in the bundle has that fullUrl", dangling)
	}
	if !changed {
		return raw, nil
	}
	return MarshalNoEscape(v)
}

// referencePattern finds plain reference values; one with an escape in it
// is left to the full walk.
var referencePattern = regexp.MustCompile(`"reference"\s*:\s*"([^"\\]*)"`)

// needsRewrite is the cheap scan that spares most resources a decode and
// re-encode: it reports whether any reference names a fullUrl (or, when
// strict, a urn that may dangle), or cannot be read without decoding.
func needsRewrite(raw []byte, urls map[string]string, strict bool) bool {
	n := bytes.Count(raw, []byte(`"reference"`))
	if n == 0 {
		return false
	}
	found := referencePattern.FindAllSubmatch(raw, -1)
	if len(found) != n {
		return true
	}
	for _, m := range found {
		s := string(m[1])
		if _, ok := urls[s]; ok {
			return true
		}
		if strict && (strings.HasPrefix(s, "urn:uuid:") || strings.HasPrefix(s, "urn:oid:")) {
			return true
		}
	}
	return false
}

// MarshalNoEscape writes JSON without escaping <, > and & (narrative
// XHTML stays readable).
func MarshalNoEscape(v any) ([]byte, error) {
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
