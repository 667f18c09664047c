package fhir

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"mime"
	"strings"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
	"github.com/umassist/umassist"
	"golang.org/x/net/html"
	"golang.org/x/text/encoding/charmap"
)

// DefaultMaxNoteBytes caps a decoded attachment. A larger note is refused
// with an error naming it rather than loaded partly.
const DefaultMaxNoteBytes = 8 << 20

// ErrNoText means a resource carries no attachment whose text we can read.
var ErrNoText = errors.New("no readable note text")

// NoteContent is the text extracted from a note resource and where it came
// from.
type NoteContent struct {
	Text        string
	ContentType string
	Type        string
	Author      string
	AuthorRole  umassist.AuthorRole
}

// ExtractNote returns the text of a DocumentReference's attachments or a
// DiagnosticReport's presentedForm: the first attachment that holds
// readable text, preferring plain text, then HTML, then PDF, with a
// report's conclusion after it when the attachment does not hold it; a
// report with no attachment but a conclusion reads as its name and
// conclusion. It returns ErrNoText when the resource has none of these,
// and a descriptive error when an attachment is corrupt (bad base64, not
// UTF-8, over maxBytes, an unreadable PDF).
func ExtractNote(r *Resource, maxBytes int) (NoteContent, error) {
	if maxBytes <= 0 {
		maxBytes = DefaultMaxNoteBytes
	}
	var atts []Attachment
	switch r.ResourceType {
	case "DocumentReference":
		for _, c := range r.Content {
			atts = append(atts, c.Attachment)
		}
	case "DiagnosticReport":
		atts = r.PresentedForm
	default:
		return NoteContent{}, ErrNoText
	}
	nc := NoteContent{Type: noteType(r), Author: noteAuthor(r)}
	best, bestRank := -1, 99
	for i, a := range atts {
		if a.Data == "" {
			continue
		}
		if rank := contentRank(a.ContentType); rank < bestRank {
			best, bestRank = i, rank
		}
	}
	if best < 0 {
		if r.ResourceType == "DiagnosticReport" && strings.TrimSpace(r.Conclusion) != "" {
			// A report sent as its conclusion alone (imaging, echo and
			// sleep reports often are): its name, then the reader's words.
			nc.Text = strings.TrimSpace(strings.TrimSpace(nc.Type) + "\n" + strings.TrimSpace(r.Conclusion))
			nc.AuthorRole = AuthorRoleOf(r, nc.Text)
			nc.ContentType = "text/plain"
			return nc, nil
		}
		return NoteContent{}, ErrNoText
	}
	a := atts[best]
	text, err := AttachmentText(a, maxBytes)
	if err != nil {
		return NoteContent{}, fmt.Errorf("attachment %d (%s): %w", best, a.ContentType, err)
	}
	if c := strings.TrimSpace(r.Conclusion); r.ResourceType == "DiagnosticReport" && c != "" && !strings.Contains(text, c) {
		// The reader's conclusion, kept beside the report rather than in
		// it ("REI 17.4/h (3% hypopnea rule)"), is part of what it says.
		text = strings.TrimRight(text, "\n") + "\n\n" + c
	}
	nc.Text = text
	nc.AuthorRole = AuthorRoleOf(r, text)
	nc.ContentType, _, _ = mime.ParseMediaType(a.ContentType)
	if nc.ContentType == "" {
		nc.ContentType = "text/plain"
	}
	return nc, nil
}

func contentRank(ct string) int {
	mt, _, _ := mime.ParseMediaType(ct)
	switch {
	case mt == "text/plain" || mt == "":
		return 0
	case mt == "text/html" || mt == "application/xhtml+xml":
		return 1
	case mt == "application/pdf":
		return 2
	case strings.HasPrefix(mt, "text/"):
		return 3
	}
	return 98
}

// AttachmentText decodes an attachment's inline base64 data and extracts
// its text by content type.
func AttachmentText(a Attachment, maxBytes int) (string, error) {
	if maxBytes <= 0 {
		maxBytes = DefaultMaxNoteBytes
	}
	if base64.StdEncoding.DecodedLen(len(a.Data)) > maxBytes+3 {
		return "", fmt.Errorf("note is %.1f MB, over the %.1f MB limit", float64(base64.StdEncoding.DecodedLen(len(a.Data)))/(1<<20), float64(maxBytes)/(1<<20))
	}
	data, err := base64.StdEncoding.DecodeString(stripSpace(a.Data))
	if err != nil {
		return "", fmt.Errorf("attachment data is not valid base64: %w", err)
	}
	if len(data) > maxBytes {
		return "", fmt.Errorf("note is %.1f MB, over the %.1f MB limit", float64(len(data))/(1<<20), float64(maxBytes)/(1<<20))
	}
	mt, params, _ := mime.ParseMediaType(a.ContentType)
	var text string
	switch {
	case mt == "application/pdf":
		text, err = pdfText(data)
	case mt == "text/html" || mt == "application/xhtml+xml":
		var s string
		if s, err = decodeCharset(data, params["charset"]); err == nil {
			text = htmlText(s)
		}
	case mt == "" || strings.HasPrefix(mt, "text/"):
		text, err = decodeCharset(data, params["charset"])
	default:
		return "", fmt.Errorf("content type %q has no text extractor", a.ContentType)
	}
	if err != nil {
		return "", err
	}
	// PostgreSQL text cannot hold NUL; it never carries meaning in a note.
	text = strings.ReplaceAll(text, "\x00", "")
	return text, nil
}

func stripSpace(s string) string {
	if !strings.ContainsAny(s, " \r\n\t") {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\r', '\n', '\t':
			return -1
		}
		return r
	}, s)
}

// decodeCharset returns data as UTF-8. Latin-1 and Windows-1252 are
// converted when declared; anything else must already be valid UTF-8.
func decodeCharset(data []byte, charset string) (string, error) {
	switch strings.ToLower(charset) {
	case "iso-8859-1", "latin1", "latin-1":
		b, err := charmap.ISO8859_1.NewDecoder().Bytes(data)
		return string(b), err
	case "windows-1252", "cp1252":
		b, err := charmap.Windows1252.NewDecoder().Bytes(data)
		return string(b), err
	}
	if !utf8.Valid(data) {
		i := 0
		for i < len(data) {
			r, n := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			i += n
		}
		return "", fmt.Errorf("note text is not valid UTF-8 (byte %d); declare its charset", i)
	}
	return string(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))), nil
}

// htmlText keeps an HTML note's text, with line breaks where blocks end;
// scripts and styles are dropped.
func htmlText(s string) string {
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return strings.TrimSpace(collapseBlankLines(b.String()))
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "script", "style":
				skip++
			case "br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6":
				b.WriteByte('\n')
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "script", "style":
				if skip > 0 {
					skip--
				}
			case "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol":
				b.WriteByte('\n')
			case "td", "th":
				// A row's cells are apart ("Qualifying study",
				// "Overnight study 03/03") without joining words.
				b.WriteByte('\t')
			}
		}
	}
}

func collapseBlankLines(s string) string {
	for strings.Contains(s, "\n\n\n") {
		s = strings.ReplaceAll(s, "\n\n\n", "\n\n")
	}
	return s
}

// pdfText extracts a PDF's text layer page by page. A scanned PDF without
// a text layer yields an error rather than an empty note.
func pdfText(data []byte) (text string, err error) {
	defer func() {
		// The PDF parser panics on some malformed files; a bad fax must not
		// take the load down.
		if p := recover(); p != nil {
			text, err = "", fmt.Errorf("unreadable PDF: %v", p)
		}
	}()
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", fmt.Errorf("unreadable PDF: %w", err)
	}
	var b strings.Builder
	fonts := map[string]*pdf.Font{}
	for i := 1; i <= r.NumPage(); i++ {
		p := r.Page(i)
		if p.V.IsNull() {
			continue
		}
		for _, name := range p.Fonts() {
			if _, ok := fonts[name]; !ok {
				f := p.Font(name)
				fonts[name] = &f
			}
		}
		s, err := p.GetPlainText(fonts)
		if err != nil {
			return "", fmt.Errorf("unreadable PDF page %d: %w", i, err)
		}
		if b.Len() > 0 {
			b.WriteString("\n\f\n")
		}
		b.WriteString(s)
	}
	out := strings.TrimSpace(b.String())
	if out == "" {
		return "", errors.New("PDF has no text layer (a scanned image needs OCR)")
	}
	if !utf8.ValidString(out) {
		out = strings.ToValidUTF8(out, "\uFFFD")
	}
	return out, nil
}

func noteType(r *Resource) string {
	if r.ResourceType == "DiagnosticReport" {
		return r.Code.Label()
	}
	return r.TypeConcept().Label()
}

func noteAuthor(r *Resource) string {
	for _, a := range r.Author {
		if a.Display != "" {
			return a.Display
		}
	}
	if len(r.Performer) > 0 {
		var refs []Reference
		if err := json.Unmarshal(r.Performer, &refs); err == nil {
			for _, a := range refs {
				if a.Display != "" {
					return a.Display
				}
			}
		}
	}
	return ""
}
