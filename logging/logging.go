package logging

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"regexp"
	"strings"
)

// Redacted replaces a value that must not be logged.
const Redacted = "[REDACTED]"

// phiKeys are attribute keys whose values are PHI whatever they contain.
var phiKeys = map[string]bool{
	"name": true, "patient_name": true, "given": true, "family": true, "birthdate": true,
	"birth_date": true, "dob": true, "mrn": true, "ssn": true, "address": true, "phone": true,
	"telecom": true, "email": true, "note": true, "note_text": true, "text": true, "content": true,
	"summary": true, "body": true, "request_body": true, "response_body": true, "data": true,
	"attachment": true, "question": true, "reason": true, "password": true, "token": true,
	"authorization": true, "cookie": true, "secret": true, "api_key": true,
}

// phiPatterns catch PHI-shaped content inside any string value.
var phiPatterns = []*regexp.Regexp{
	regexp.MustCompile(`\b\d{3}-\d{2}-\d{4}\b`), // SSN
	regexp.MustCompile(`(?i)\b(?:mrn|medical record(?: number)?)[:#\s]*[A-Z0-9-]{4,}\b`),
	regexp.MustCompile(`\b(?:19|20)\d{2}-\d{2}-\d{2}\b`),        // ISO dates (birth dates)
	regexp.MustCompile(`\b\d{1,2}/\d{1,2}/(?:19|20)\d{2}\b`),    // US dates
	regexp.MustCompile(`\(?\b\d{3}\)?[-.\s]\d{3}[-.\s]\d{4}\b`), // phone numbers
	regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`),
	regexp.MustCompile(`(?i)\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?`), // names with titles
}

// RedactString removes PHI-shaped content from s.
func RedactString(s string) string {
	for _, re := range phiPatterns {
		s = re.ReplaceAllString(s, Redacted)
	}
	return s
}

// Options configures New.
type Options struct {
	Level slog.Leveler
	// Text writes human-readable lines instead of JSON (still redacted).
	Text bool
}

// New returns a redacting logger writing to w.
func New(w io.Writer, opts Options) *slog.Logger {
	ho := &slog.HandlerOptions{Level: opts.Level, ReplaceAttr: replaceAttr}
	var h slog.Handler
	if opts.Text {
		h = slog.NewTextHandler(w, ho)
	} else {
		h = slog.NewJSONHandler(w, ho)
	}
	return slog.New(&redactor{next: h})
}

func replaceAttr(groups []string, a slog.Attr) slog.Attr {
	if len(groups) == 0 && (a.Key == slog.TimeKey || a.Key == slog.LevelKey || a.Key == slog.SourceKey) {
		return a
	}
	return redactAttr(a)
}

func redactAttr(a slog.Attr) slog.Attr {
	if phiKeys[strings.ToLower(a.Key)] {
		return slog.String(a.Key, Redacted)
	}
	v := a.Value.Resolve()
	switch v.Kind() {
	case slog.KindString:
		return slog.String(a.Key, RedactString(v.String()))
	case slog.KindGroup:
		attrs := v.Group()
		out := make([]any, len(attrs))
		for i, x := range attrs {
			out[i] = redactAttr(x)
		}
		return slog.Group(a.Key, out...)
	case slog.KindAny:
		// Errors are scanned; any other value (a struct, a map, a FHIR
		// resource) could carry PHI in any field, so only its type is logged.
		if err, ok := v.Any().(error); ok {
			return slog.String(a.Key, RedactString(err.Error()))
		}
		return slog.String(a.Key, fmt.Sprintf("%s(%T)", Redacted, v.Any()))
	}
	return slog.Attr{Key: a.Key, Value: v}
}

// redactor also scrubs the message itself, which ReplaceAttr never sees
// before formatting.
type redactor struct{ next slog.Handler }

var _ slog.Handler = (*redactor)(nil)

func (r *redactor) Enabled(ctx context.Context, l slog.Level) bool { return r.next.Enabled(ctx, l) }

func (r *redactor) Handle(ctx context.Context, rec slog.Record) error {
	out := slog.NewRecord(rec.Time, rec.Level, RedactString(rec.Message), rec.PC)
	rec.Attrs(func(a slog.Attr) bool {
		out.AddAttrs(a)
		return true
	})
	return r.next.Handle(ctx, out)
}

func (r *redactor) WithAttrs(attrs []slog.Attr) slog.Handler {
	red := make([]slog.Attr, len(attrs))
	for i, a := range attrs {
		red[i] = redactAttr(a)
	}
	return &redactor{next: r.next.WithAttrs(red)}
}

func (r *redactor) WithGroup(name string) slog.Handler {
	return &redactor{next: r.next.WithGroup(name)}
}
