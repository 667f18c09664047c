package server

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html/template"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir"
	"github.com/umassist/umassist/postgres"
)

// Resource is a FHIR resource as the reviewer UI shows it.
type Resource struct {
	Type string
	ID   string
	Raw  json.RawMessage
	// Text is a note's extracted text when the source extracts it (HTML,
	// PDF); otherwise the UI decodes plain-text attachments itself.
	Text string
}

// ResourceReader reads one FHIR resource by reference ("Observation/abc").
// The FHIR store satisfies it through a small adapter in cmd/umassist.
type ResourceReader interface {
	ReadResource(ctx context.Context, ref string) (*Resource, error)
}

// ResourceReaderFunc adapts a function to ResourceReader.
type ResourceReaderFunc func(ctx context.Context, ref string) (*Resource, error)

// ReadResource implements ResourceReader.
func (f ResourceReaderFunc) ReadResource(ctx context.Context, ref string) (*Resource, error) {
	return f(ctx, ref)
}

// Passage is one policy passage, as the UI and letters quote it.
type Passage struct {
	ID          string // "NCD 20.4#B3"
	PolicyID    string
	PolicyTitle string
	Section     string
	Text        string
	// Effective and Terminated bound when the passage is in force (zero:
	// unbounded on that side).
	Effective, Terminated time.Time
}

// InForce reports whether the passage applies to a request dated d.
func (p *Passage) InForce(d umassist.Date) bool {
	return (p.Effective.IsZero() || !d.Time.Before(p.Effective)) && (p.Terminated.IsZero() || !d.Time.After(p.Terminated))
}

// PassageReader looks a policy passage up by id (the retrieval store).
type PassageReader interface {
	Passage(ctx context.Context, id string) (*Passage, error)
}

// PassageReaderFunc adapts a function to PassageReader.
type PassageReaderFunc func(ctx context.Context, id string) (*Passage, error)

// Passage implements PassageReader.
func (f PassageReaderFunc) Passage(ctx context.Context, id string) (*Passage, error) {
	return f(ctx, id)
}

// BundleLoader reads and checks an inline FHIR bundle submitted with a
// case, writing nothing: it returns the patient reference the bundle holds
// ("Patient/123") and the records to write in the case's own transaction.
// A bundle with resources of another patient is refused (EINVALID).
type BundleLoader interface {
	ReadBundle(ctx context.Context, namespace string, bundle json.RawMessage) (string, postgres.TxWriter, error)
}

// BundleLoaderFunc adapts a function to BundleLoader.
type BundleLoaderFunc func(ctx context.Context, namespace string, bundle json.RawMessage) (string, postgres.TxWriter, error)

// ReadBundle implements BundleLoader.
func (f BundleLoaderFunc) ReadBundle(ctx context.Context, ns string, b json.RawMessage) (string, postgres.TxWriter, error) {
	return f(ctx, ns, b)
}

// Fact is what the UI shows of a resource at a glance: the name of the
// thing, its value and unit, its date, and for notes the text.
type Fact struct {
	Ref   string
	Kind  string
	Label string
	Value string
	Unit  string
	Date  string
	Text  string // a note's text, decoded
}

// factOf extracts a Fact from any FHIR resource, knowing the few shapes
// reviewers look at (observations, conditions, medications, procedures,
// notes) and falling back to the code's text for the rest.
func factOf(ref string, raw json.RawMessage) Fact {
	var r struct {
		ResourceType string                `json:"resourceType"`
		Code         *fhir.CodeableConcept `json:"code"`
		Medication   *fhir.CodeableConcept `json:"medicationCodeableConcept"`
		// Type is one concept (DocumentReference) or a list (Encounter).
		Type   json.RawMessage `json:"type"`
		Period *struct {
			Start string `json:"start"`
			End   string `json:"end"`
		} `json:"period"`
		Value *struct {
			Value *float64 `json:"value"`
			Unit  string   `json:"unit"`
		} `json:"valueQuantity"`
		ValueString  string                `json:"valueString"`
		ValueCC      *fhir.CodeableConcept `json:"valueCodeableConcept"`
		Effective    string                `json:"effectiveDateTime"`
		Issued       string                `json:"issued"`
		Onset        string                `json:"onsetDateTime"`
		Recorded     string                `json:"recordedDate"`
		AuthoredOn   string                `json:"authoredOn"`
		Performed    string                `json:"performedDateTime"`
		PerformedPer *struct {
			Start string `json:"start"`
		} `json:"performedPeriod"`
		Date    string `json:"date"`
		Content []struct {
			Attachment struct {
				ContentType string `json:"contentType"`
				Data        string `json:"data"`
			} `json:"attachment"`
		} `json:"content"`
		Text *struct {
			Div string `json:"div"`
		} `json:"text"`
	}
	f := Fact{Ref: ref}
	if err := json.Unmarshal(raw, &r); err != nil {
		f.Label = "unreadable resource"
		return f
	}
	f.Kind = r.ResourceType
	for _, c := range []*fhir.CodeableConcept{r.Code, r.Medication, (&fhir.Resource{Type: r.Type}).TypeConcept()} {
		if l := c.Label(); l != "" {
			f.Label = l
			break
		}
	}
	switch {
	case r.Value != nil && r.Value.Value != nil:
		f.Value = strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.2f", *r.Value.Value), "0"), ".")
		f.Unit = r.Value.Unit
	case r.ValueString != "":
		f.Value = r.ValueString
	case r.ValueCC != nil:
		f.Value = r.ValueCC.Label()
	}
	for _, d := range []string{r.Effective, r.Performed, r.Onset, r.Recorded, r.AuthoredOn, r.Date, r.Issued} {
		if d != "" {
			f.Date = d
			break
		}
	}
	if f.Date == "" && r.PerformedPer != nil {
		f.Date = r.PerformedPer.Start
	}
	if f.Date == "" && r.Period != nil {
		// An encounter: admitted on Date, and when it ended (a policy may
		// time a test by the discharge).
		f.Date = r.Period.Start
		if len(r.Period.End) >= 10 && f.Value == "" {
			f.Value = "to " + r.Period.End[:10]
		}
	}
	if len(f.Date) > 10 {
		f.Date = f.Date[:10]
	}
	for _, c := range r.Content {
		if c.Attachment.Data != "" {
			if b, err := base64.StdEncoding.DecodeString(c.Attachment.Data); err == nil && utf8.Valid(b) {
				f.Text = string(b)
				break
			}
		}
	}
	return f
}

// highlight returns text with the first occurrence of quote marked (at
// offset when it matches there), every part escaped.
func highlight(text, quote string, offset int) template.HTML {
	esc := template.HTMLEscapeString
	if quote == "" {
		return template.HTML(esc(text))
	}
	i := -1
	// offset <= len(text)-len(quote), not offset+len(quote) <= len(text):
	// an offset near the largest int would overflow the sum and panic.
	if offset >= 0 && len(quote) <= len(text) && offset <= len(text)-len(quote) && text[offset:offset+len(quote)] == quote {
		i = offset
	} else {
		i = strings.Index(text, quote)
		if i < 0 {
			// Case-insensitively, only where lower-casing keeps byte
			// offsets (it does not for every script).
			lt, lq := strings.ToLower(text), strings.ToLower(quote)
			if len(lt) == len(text) && len(lq) == len(quote) {
				i = strings.Index(lt, lq)
			}
		}
	}
	if i < 0 {
		return template.HTML(esc(text))
	}
	return template.HTML(esc(text[:i]) + `<mark id="excerpt">` + esc(text[i:i+len(quote)]) + `</mark>` + esc(text[i+len(quote):]))
}

// excerpt returns up to n bytes of context around quote in text.
func excerpt(text, quote string, n int) (before, match, after string) {
	i := strings.Index(text, quote)
	if quote == "" || i < 0 {
		if len(text) > n {
			return truncateUTF8(text, n) + "…", "", ""
		}
		return text, "", ""
	}
	start := max(0, i-n/2)
	end := min(len(text), i+len(quote)+n/2)
	for start > 0 && !utf8.RuneStart(text[start]) {
		start--
	}
	for end < len(text) && !utf8.RuneStart(text[end]) {
		end++
	}
	before, match, after = text[start:i], quote, text[i+len(quote):end]
	if start > 0 {
		before = "…" + before
	}
	if end < len(text) {
		after += "…"
	}
	return before, match, after
}

func truncateUTF8(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// sentenceEnd splits a passage into sentences and list items: a full
// stop, semicolon or colon before a space, or a line break.
var sentenceEnd = regexp.MustCompile(`[.;:]\s+|\n+`)

// commonWords carry no meaning for matching a criterion to a sentence.
var commonWords = map[string]bool{"the": true, "and": true, "with": true, "for": true, "that": true, "this": true, "are": true,
	"has": true, "have": true, "was": true, "were": true, "not": true, "who": true, "which": true, "from": true, "within": true,
	"least": true, "more": true, "than": true, "must": true, "may": true, "patient": true, "patients": true, "beneficiary": true,
	"beneficiaries": true, "documented": true, "covered": true, "coverage": true}

// relevantSentence is the sentence of a policy passage that shares the
// most words with a criterion, shown in place of the whole passage (which
// stays one click away); "" when the passage is one sentence, or none
// shares a word.
func relevantSentence(passage, criterion string) string {
	var parts []string
	last := 0
	for _, m := range sentenceEnd.FindAllStringIndex(passage, -1) {
		parts = append(parts, passage[last:m[0]+1])
		last = m[1]
	}
	parts = append(parts, passage[last:])
	var sents []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			sents = append(sents, p)
		}
	}
	if len(sents) < 2 {
		return ""
	}
	want := map[string]bool{}
	for _, w := range meaningWords(criterion) {
		want[w] = true
	}
	best, bestScore := "", 0
	for _, s := range sents {
		score := 0
		seen := map[string]bool{}
		for _, w := range meaningWords(s) {
			if want[w] && !seen[w] {
				score, seen[w] = score+1, true
			}
		}
		if score > bestScore {
			best, bestScore = s, score
		}
	}
	return best
}

// meaningWords are a text's words that can tell sentences apart: lower
// case, numbers kept, short and common words dropped.
func meaningWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if (len(w) >= 3 || unicode.IsDigit(rune(w[0]))) && !commonWords[w] {
			out = append(out, w)
		}
	}
	return out
}
