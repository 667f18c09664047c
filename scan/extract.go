package scan

import (
	"regexp"
	"slices"
	"strings"

	"github.com/umassist/umassist"
)

// label is how a form names a field. A weak label's words also occur in
// values ("Blue Ridge Health Plan", "service requested"): it counts only
// at the start of a row, after a column gap, or followed by a colon.
type label struct {
	field FieldName
	re    *regexp.Regexp
	weak  bool
}

var labels = []label{
	{FieldMemberName, regexp.MustCompile(`(?i)\b(?:member|patient|subscriber|enrollee|beneficiary)(?:'s)?\s*(?:full\s*)?name\b|^\W{0,3}patient\s*[:;]`), true},
	{FieldBirthDate, regexp.MustCompile(`(?i)\bdate\s*of\s*birth\b|\bbirth\s*date\b|\bd\.?\s?o\.?\s?b\b\.?`), false},
	{FieldMemberID, regexp.MustCompile(`(?i)\b(?:member|subscriber|enrollee|beneficiary|policy|medicare|insurance)\s*(?:id|#|number|no\.)(?:\s*(?:number|#))?|\bmbi\b`), false},
	{FieldPlan, regexp.MustCompile(`(?i)\bhealth\s*plan\b|^\W{0,3}(?:insurance|insurer|payer|carrier)(?:\s*(?:company|carrier|plan|name))?\b|^\W{0,3}to\s*:`), true},
	{FieldProviderName, regexp.MustCompile(`(?i)\b(?:requesting|ordering|referring|treating|prescribing)\s*(?:provider|physician|prescriber|clinician|practitioner|doctor)(?:\s*name)?\b`), true},
	{FieldProviderNPI, regexp.MustCompile(`(?i)\b(?:physician\s*|provider\s*|prescriber\s*)?NPI\b(?:\s*(?:#|number|no\.))?`), false},
	{FieldServiceCodes, regexp.MustCompile(`(?i)\b(?:cpt|hcpcs)(?:\s*/\s*(?:hcpcs|cpt))?(?:\s*codes?)?(?:\s*\(s\))?|\bprocedure\s*codes?(?:\s*\(s\))?|\brequested\s*service\b|\bservice\s*requested\b|\b(?:ndc|rxnorm)(?:\s*codes?)?\b`), true},
	{FieldServiceName, regexp.MustCompile(`(?i)\b(?:drug|medication|product)\s*name\b|\bname\s*of\s*(?:the\s*)?(?:drug|medication)\b|\b(?:service|procedure)\s*description\b|\bdescription\s*of\s*(?:the\s*)?(?:service|procedure)\b`), true},
	{FieldDiagnosisCodes, regexp.MustCompile(`(?i)\b(?:icd[- ]?10(?:[- ]?cm)?\s*)?(?:diagnosis|diagnoses|dx)(?:\s*codes?)?(?:\s*\(s\))?|\bicd[- ]?10(?:[- ]?cm)?\s*codes?(?:\s*\(s\))?`), true},
	{FieldUrgency, regexp.MustCompile(`(?i)\b(?:review\s*type|urg[a-z]{2,4}y|priority|request\s*type|level\s*of\s*(?:urgency|review))\b`), true},
	{FieldRequestDate, regexp.MustCompile(`(?i)\b(?:date\s*of\s*request|request\s*date|date\s*requested|date\s*submitted)\b`), false},
}

// hit is a label found in a row.
type hit struct {
	field      FieldName
	start, end int
}

func hitsIn(row string) []hit {
	var hs []hit
	for _, l := range labels {
		for _, m := range l.re.FindAllStringIndex(row, -1) {
			if l.weak && !labelPlace(row, m[0], m[1]) {
				continue
			}
			hs = append(hs, hit{l.field, m[0], m[1]})
		}
	}
	slices.SortFunc(hs, func(a, b hit) int { return a.start - b.start })
	// Overlapping labels ("Physician NPI" within "Ordering Physician"):
	// the first, longest one wins.
	var out []hit
	for _, h := range hs {
		if n := len(out); n > 0 && h.start < out[n-1].end {
			if h.end-h.start > out[n-1].end-out[n-1].start && h.start == out[n-1].start {
				out[n-1] = h
			}
			continue
		}
		out = append(out, h)
	}
	return out
}

// labelPlace reports whether a phrase sits where a label does: at the
// start of a row, after a column gap, or followed by a colon.
func labelPlace(row string, start, end int) bool {
	before := strings.TrimLeft(row[:start], " |[_-")
	if before == "" || strings.HasSuffix(row[:start], "  ") {
		return true
	}
	after := strings.TrimLeft(row[end:], " )]")
	return strings.HasPrefix(after, ":") || strings.HasPrefix(after, "#")
}

// Extract reads the request off a packet's pages: form pages first, in
// order; a field a form leaves out may come from another page (a note's
// "Patient: … DOB: …" header) only for the member's name and birth date.
// codes may be nil (codes are then checked by form only).
func Extract(pages []Page, codes *CodeList) Extraction {
	order := make([]int, 0, len(pages))
	for i, p := range pages {
		if p.Kind == KindForm {
			order = append(order, i)
		}
	}
	for i, p := range pages {
		if p.Kind != KindForm {
			order = append(order, i)
		}
	}
	found := map[FieldName]Field{}
	for rank, i := range order {
		p := pages[i]
		form := p.Kind == KindForm || rank == 0 && len(order) > 0 && pages[order[0]].Kind != KindForm
		rows := Rows(p.Words)
		for ri, r := range rows {
			hs := hitsIn(r.Text)
			for hi, h := range hs {
				if _, ok := found[h.field]; ok {
					continue
				}
				if !form && h.field != FieldMemberName && h.field != FieldBirthDate {
					continue
				}
				end := len(r.Text)
				if hi+1 < len(hs) {
					end = hs[hi+1].start
				}
				from := valueStart(r.Text, h.end, end)
				row := r
				if from >= end && hi+1 == len(hs) && ri+1 < len(rows) && len(hitsIn(rows[ri+1].Text)) == 0 {
					// The value sits on the next row (a label above its box).
					row, from, end = rows[ri+1], 0, len(rows[ri+1].Text)
				}
				raw := strings.TrimSpace(row.Text[from:end])
				if raw == "" {
					continue
				}
				f := normalise(h.field, r.Text[h.start:h.end], raw, codes)
				if f.Value == "" {
					continue
				}
				f.Raw, f.Page = raw, p.Number
				f.Box, f.Conf, _ = row.WordsIn(from, end)
				found[h.field] = f
			}
		}
		if form {
			formFallbacks(found, p, rows)
		}
	}
	serviceNameFallback(found)
	var x Extraction
	for _, n := range FieldNames {
		if f, ok := found[n]; ok {
			x.Fields = append(x.Fields, f)
		}
	}
	return x
}

// formFallbacks reads what a form says without a label: the urgency from
// its check boxes anywhere on the page, and the date a letter opens with.
func formFallbacks(found map[FieldName]Field, p Page, rows RowList) {
	if _, ok := found[FieldUrgency]; !ok {
		for _, r := range rows {
			if u, ok := checkedUrgency(r.Text); ok {
				b, c, _ := r.WordsIn(0, len(r.Text))
				found[FieldUrgency] = Field{Name: FieldUrgency, Value: u, Raw: r.Text, Page: p.Number, Box: b, Conf: c}
				break
			}
		}
	}
	if _, ok := found[FieldRequestDate]; !ok {
		for _, r := range rows[:min(len(rows), 8)] {
			t := strings.TrimSpace(r.Text)
			if d, ok := parseDate(t); ok && len(t) <= 22 {
				b, c, _ := r.WordsIn(0, len(r.Text))
				found[FieldRequestDate] = Field{Name: FieldRequestDate, Value: d, Raw: t, Page: p.Number, Box: b, Conf: c}
				break
			}
		}
	}
}

// serviceNameFallback reads the service's name where the form gives none
// under its own label: the words in brackets after the code ("NDC:
// 0074-0554-02 (Humira pen)"). An NDC names a package; its name is what
// says which drug is asked for.
func serviceNameFallback(found map[FieldName]Field) {
	codes, ok := found[FieldServiceCodes]
	if _, named := found[FieldServiceName]; named || !ok {
		return
	}
	m := bracketed.FindStringSubmatch(codes.Raw)
	if m == nil {
		return
	}
	if name := cleanName(m[1]); name != "" {
		found[FieldServiceName] = Field{Name: FieldServiceName, Value: name, Raw: codes.Raw, Page: codes.Page, Box: codes.Box, Conf: codes.Conf}
	}
}

var bracketed = regexp.MustCompile(`\(([^()]*[A-Za-z]{3}[^()]*)\)`)

// cleanName is a name as read, its spaces collapsed, at most as long as a
// display may be.
func cleanName(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > umassist.MaxDisplayLength {
		s = strings.TrimSpace(s[:umassist.MaxDisplayLength])
	}
	return s
}

// valueStart skips the punctuation between a label and its value.
func valueStart(s string, from, to int) int {
	for from < to {
		c := s[from]
		if c == ' ' || c == ':' || c == ';' || c == '|' || c == '_' || c == '.' || c == '-' || c == '#' || c == '=' || c == ')' || c == '(' && strings.HasPrefix(s[from:], "(s)") {
			if c == '(' {
				from += 3
				continue
			}
			from++
			continue
		}
		break
	}
	return from
}

// normalise reads a field's value from the text after its label.
func normalise(n FieldName, label, raw string, codes *CodeList) Field {
	f := Field{Name: n}
	switch n {
	case FieldMemberName, FieldProviderName:
		f.Value = personName(raw)
	case FieldBirthDate, FieldRequestDate:
		if d, ok := parseDate(raw); ok {
			f.Value = d
		}
	case FieldMemberID:
		f.Value, f.Problem = memberID(raw)
	case FieldPlan:
		f.Value = planName(raw)
	case FieldProviderNPI:
		f.Value, f.Problem = npi(raw)
	case FieldServiceCodes:
		if rxnormLabel.MatchString(label) {
			f.Value = rxnormCodes(raw)
			break
		}
		f.Value, f.Problem = serviceCodes(raw, codes)
	case FieldServiceName:
		f.Value = cleanName(raw)
	case FieldDiagnosisCodes:
		f.Value, f.Problem = diagnosisCodes(raw, codes)
	case FieldUrgency:
		if u, ok := checkedUrgency(raw); ok {
			f.Value = u
		} else {
			f.Value, f.Problem = urgencyWords(raw)
		}
	}
	return f
}
