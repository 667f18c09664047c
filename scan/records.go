package scan

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"time"
)

// IntakeSystem is the identifier system a scanned document's packet is
// named under, so its page images can be found from the document.
const IntakeSystem = "urn:umassist:intake-packet"

// Document is a run of pages of one kind (a two-page note is one
// document), with the date and author it states.
type Document struct {
	Kind   Kind
	Pages  []int // page numbers, from 1
	Text   string
	Date   string // YYYY-MM-DD, "" when the pages state none
	Author string // the signature line's name, "" when none
}

// PageMarker starts each page's text in a document, so a quote's offset
// tells the page it is on.
func PageMarker(n int) string { return fmt.Sprintf("[Page %d]", n) }

var pageMarker = regexp.MustCompile(`\[Page (\d+)\]`)

// PageAt returns the page a text offset falls on (0 when the text has no
// page markers).
func PageAt(text string, offset int) int {
	page := 0
	for _, m := range pageMarker.FindAllStringSubmatchIndex(text, -1) {
		if m[0] > offset {
			break
		}
		fmt.Sscan(text[m[2]:m[3]], &page)
	}
	return page
}

var (
	signedBy   = regexp.MustCompile(`(?i)(?:electronically\s+signed\s+by|signed\s+by|signature:|author:|interpreted\s+by|reported\s+by|dictated\s+by)\s*:?\s*([A-Za-z][A-Za-z.'\- ]+?,\s*(?:MD|DO|NP|PA-C|PA|APRN|RN|DPM|PhD|FACC))\b`)
	serviceDay = regexp.MustCompile(`(?i)(?:date\s*of\s*service|service\s*date|visit\s*date|date\s*of\s*(?:exam|study|report)|collected|date)\s*:?\s*([^\n]{6,24})`)
)

// Documents groups pages into documents: consecutive pages of one kind,
// except that every form and every "other" page stands alone.
func Documents(pages []Page) []Document {
	var out []Document
	for _, p := range pages {
		n := len(out)
		if n > 0 && out[n-1].Kind == p.Kind && p.Kind != KindForm && p.Kind != KindOther {
			out[n-1].Pages = append(out[n-1].Pages, p.Number)
			out[n-1].Text += "\n\n" + PageMarker(p.Number) + "\n" + p.Text
			continue
		}
		out = append(out, Document{Kind: p.Kind, Pages: []int{p.Number}, Text: PageMarker(p.Number) + "\n" + p.Text})
	}
	for i := range out {
		d := &out[i]
		if m := signedBy.FindStringSubmatch(d.Text); m != nil {
			d.Author = strings.Join(strings.Fields(m[1]), " ")
		}
		for _, m := range serviceDay.FindAllStringSubmatch(d.Text, -1) {
			if day, ok := parseDate(m[1]); ok {
				d.Date = day
				break
			}
		}
	}
	return out
}

// Member is who a packet is about, for a new Patient record.
type Member struct {
	Name      string // "Given Family"
	BirthDate string // YYYY-MM-DD
	MemberID  string
}

// RecordsInput is what a confirmed packet becomes in the FHIR record.
type RecordsInput struct {
	PacketID string
	Patient  string  // "Patient/123"
	New      *Member // set: write the Patient too
	Docs     []Document
	PDFs     map[int][]byte // page number → one-page PDF with the OCR text
	// RequestDate dates a document that states no date of its own: it was
	// sent with the request, so it is part of the record as of that day.
	RequestDate string
}

// Records builds the FHIR R4 resources for a confirmed packet: the
// Patient when new, and a DocumentReference per document whose content is
// the OCR text (with page markers) and each page's PDF. The author is the
// signature the pages carry; a document without one has no author, and
// counts as the record's own words, like any note without an author. The
// form's page is typed as the prior-authorization request, so it is read
// as the requester's own claim: shown, never evidence for a criterion.
func Records(in RecordsInput) ([][]byte, error) {
	_, pid, ok := strings.Cut(in.Patient, "/")
	if !ok || pid == "" {
		return nil, fmt.Errorf("scan: records: patient must be a reference like Patient/123")
	}
	var out [][]byte
	if in.New != nil {
		given, family := splitName(in.New.Name)
		p := map[string]any{"resourceType": "Patient", "id": pid,
			"name": []map[string]any{{"family": family, "given": given, "text": in.New.Name}}, "birthDate": in.New.BirthDate}
		if in.New.MemberID != "" {
			p["identifier"] = []map[string]any{{"type": map[string]any{"text": "Member ID",
				"coding": []map[string]any{{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MB"}}}, "value": in.New.MemberID}}
		}
		b, err := json.Marshal(p)
		if err != nil {
			return nil, fmt.Errorf("scan: records: %w", err)
		}
		out = append(out, b)
	}
	for i, d := range in.Docs {
		day := d.Date
		if day == "" || in.RequestDate != "" && day > in.RequestDate {
			day = in.RequestDate
		}
		date := ""
		if t, err := time.Parse(time.DateOnly, day); err == nil {
			date = t.Format(time.RFC3339)
		}
		content := []map[string]any{{"attachment": map[string]any{
			"contentType": "text/plain; charset=utf-8", "language": "en",
			"data":  base64.StdEncoding.EncodeToString([]byte(d.Text)),
			"title": fmt.Sprintf("%s, OCR text (%s)", d.Kind.Label(), pagesLabel(d.Pages)),
		}}}
		for _, n := range d.Pages {
			if pdf := in.PDFs[n]; len(pdf) > 0 {
				content = append(content, map[string]any{"attachment": map[string]any{
					"contentType": "application/pdf", "data": base64.StdEncoding.EncodeToString(pdf),
					"title": fmt.Sprintf("Page %d (scanned image with OCR text)", n),
				}})
			}
		}
		r := map[string]any{
			"resourceType": "DocumentReference", "id": fmt.Sprintf("scan-%s-%d", strings.ReplaceAll(in.PacketID, "_", "-"), i+1),
			"status": "current", "docStatus": "final",
			"identifier":  []map[string]any{{"system": IntakeSystem, "value": in.PacketID}},
			"type":        map[string]any{"text": d.Kind.Label() + " (faxed)"},
			"subject":     map[string]any{"reference": in.Patient},
			"description": fmt.Sprintf("%s from faxed packet %s, %s", d.Kind.Label(), in.PacketID, pagesLabel(d.Pages)),
			"content":     content,
		}
		if date != "" {
			r["date"] = date
		}
		if d.Author != "" {
			r["author"] = []map[string]any{{"display": d.Author}}
		}
		b, err := json.Marshal(r)
		if err != nil {
			return nil, fmt.Errorf("scan: records: %w", err)
		}
		out = append(out, b)
	}
	return out, nil
}

func pagesLabel(ps []int) string {
	if len(ps) == 1 {
		return fmt.Sprintf("page %d", ps[0])
	}
	return fmt.Sprintf("pages %d–%d", ps[0], ps[len(ps)-1])
}

func splitName(n string) ([]string, string) {
	f := strings.Fields(n)
	if len(f) == 0 {
		return nil, ""
	}
	return f[:len(f)-1], f[len(f)-1]
}
