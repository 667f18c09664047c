package scan

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// FieldName names a field of the request read off the form.
type FieldName string

// The request's fields, in the order the reviewer's page shows them.
const (
	FieldMemberName     FieldName = "member_name"
	FieldBirthDate      FieldName = "birth_date"
	FieldMemberID       FieldName = "member_id"
	FieldPlan           FieldName = "plan"
	FieldProviderName   FieldName = "provider_name"
	FieldProviderNPI    FieldName = "provider_npi"
	FieldServiceCodes   FieldName = "service_codes"
	FieldDiagnosisCodes FieldName = "diagnosis_codes"
	FieldUrgency        FieldName = "urgency"
	FieldRequestDate    FieldName = "request_date"
)

// FieldNames lists every field, in order.
var FieldNames = []FieldName{FieldMemberName, FieldBirthDate, FieldMemberID, FieldPlan, FieldProviderName,
	FieldProviderNPI, FieldServiceCodes, FieldDiagnosisCodes, FieldUrgency, FieldRequestDate}

// RequiredFields are those a case cannot be opened without.
var RequiredFields = []FieldName{FieldMemberName, FieldBirthDate, FieldServiceCodes, FieldDiagnosisCodes, FieldUrgency, FieldRequestDate}

// Label is how the reviewer's page names a field.
func (f FieldName) Label() string {
	switch f {
	case FieldMemberName:
		return "Member name"
	case FieldBirthDate:
		return "Date of birth"
	case FieldMemberID:
		return "Member ID"
	case FieldPlan:
		return "Health plan"
	case FieldProviderName:
		return "Requesting provider"
	case FieldProviderNPI:
		return "Provider NPI"
	case FieldServiceCodes:
		return "Service codes (CPT/HCPCS/NDC)"
	case FieldDiagnosisCodes:
		return "Diagnosis codes (ICD-10-CM)"
	case FieldUrgency:
		return "Urgency"
	case FieldRequestDate:
		return "Date of request"
	}
	return string(f)
}

// Field is one value read off a page: normalised (dates ISO, codes
// space-separated, urgency "standard" or "expedited"), what the page said,
// where, and how sure the OCR was (the lowest confidence of its words).
type Field struct {
	Name    FieldName `json:"name"`
	Value   string    `json:"value"`
	Raw     string    `json:"raw,omitempty"`
	Page    int       `json:"page,omitempty"`
	Box     Box       `json:"box"`
	Conf    float64   `json:"conf"`
	Problem string    `json:"problem,omitempty"` // why the value is doubtful
}

// LowConfidence is the word confidence under which a field waits for the
// nurse's eye whatever its value.
const LowConfidence = 75

// Extraction is the request as read off a packet.
type Extraction struct {
	Fields []Field `json:"fields"`
}

// Get returns a field; the zero Field (empty value) when not read.
func (x Extraction) Get(n FieldName) Field {
	for _, f := range x.Fields {
		if f.Name == n {
			return f
		}
	}
	return Field{Name: n}
}

// Waits lists why a packet must wait for the nurse: each required field
// missing, each field read with low confidence or found doubtful. Every
// packet is confirmed by a nurse before it becomes a case; these are what
// the page points the nurse to first.
func (x Extraction) Waits() []string {
	var out []string
	for _, n := range RequiredFields {
		if x.Get(n).Value == "" {
			out = append(out, n.Label()+": not found")
		}
	}
	for _, f := range x.Fields {
		switch {
		case f.Value == "":
		case f.Problem != "":
			out = append(out, f.Name.Label()+": "+f.Problem)
		case f.Conf < LowConfidence:
			out = append(out, fmt.Sprintf("%s: read with low confidence (%.0f)", f.Name.Label(), f.Conf))
		}
	}
	return out
}

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

var (
	credentials = regexp.MustCompile(`(?i)(?:^|[\s,])(?:dr\.?|m\.?d\.?|d\.?o\.?|np|pa-c|pa|aprn|fnp|rn|md,?\s*phd|phd|facc|fccp)(?:[\s,.]|$)`)
	nonName     = regexp.MustCompile(`[^\p{L}\s,'\-.]`)
)

// personName reads a name as "Given Family": "DOE, JANE Q" and "Dr. Jane
// Doe, MD" both give "Jane Doe"; a lone middle initial is dropped.
func personName(raw string) string {
	s := nonName.ReplaceAllString(raw, " ")
	for {
		t := credentials.ReplaceAllString(" "+s+" ", " ")
		if t == " "+s+" " {
			break
		}
		s = strings.TrimSpace(t)
	}
	s = strings.Trim(strings.TrimSpace(s), ",.-' ")
	var words []string
	if i := strings.IndexByte(s, ','); i > 0 {
		family, given := strings.Fields(s[:i]), strings.Fields(strings.ReplaceAll(s[i+1:], ",", " "))
		words = append(given, family...)
	} else {
		words = strings.Fields(strings.ReplaceAll(s, ",", " "))
	}
	var out []string
	for _, w := range words {
		w = strings.Trim(w, ".'-")
		if len([]rune(w)) <= 1 {
			continue // a middle initial, or a stray mark
		}
		out = append(out, nameCase(w))
	}
	if len(out) > 4 {
		out = out[:4] // a name does not run on; the rest is another field
	}
	return strings.Join(out, " ")
}

// nameCase title-cases a word written in capitals and keeps a mixed-case
// one as written ("McAllister").
func nameCase(w string) string {
	// A name never starts with a small letter: "lvan" is OCR's "Ivan".
	if r := []rune(w); len(r) > 1 && r[0] == 'l' && unicode.IsLower(r[1]) {
		return "I" + string(r[1:])
	}
	if strings.ToUpper(w) != w {
		return w
	}
	r := []rune(strings.ToLower(w))
	for i := range r {
		if i == 0 || r[i-1] == '-' || r[i-1] == '\'' {
			r[i] = unicode.ToUpper(r[i])
		}
	}
	return string(r)
}

// digitLike fixes the letters OCR reads for digits, in a token that is
// meant to be a number.
var digitLike = strings.NewReplacer(")", "1", "]", "1", "O", "0", "o", "0", "D", "0", "Q", "0", "I", "1", "l", "1", "|", "1", "i", "1", "!", "1", "S", "5", "s", "5", "B", "8", "Z", "2", "z", "2", "G", "6", "b", "6", "g", "9", "q", "9", "T", "7")

var (
	numericDate = regexp.MustCompile(`\b([0-9OolISB|]{1,2})\s?[/\-.]\s?([0-9OolISB|]{1,2})\s?[/\-.]\s?([0-9OolISB|]{4})\b`)
	isoDate     = regexp.MustCompile(`\b([0-9OolISB|]{4})\s?-\s?([0-9OolISB|]{2})\s?-\s?([0-9OolISB|]{2})\b`)
	wordDate    = regexp.MustCompile(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+([0-9OolIS]{1,2}),?\s+([0-9OolISB]{4})\b`)
)

// parseDate reads the first date in s (MM/DD/YYYY, YYYY-MM-DD, "March 4,
// 1952") as YYYY-MM-DD.
func parseDate(s string) (string, bool) {
	type cand struct {
		at      int
		y, m, d string
	}
	var cs []cand
	if m := isoDate.FindStringSubmatchIndex(s); m != nil {
		cs = append(cs, cand{m[0], s[m[2]:m[3]], s[m[4]:m[5]], s[m[6]:m[7]]})
	}
	if m := numericDate.FindStringSubmatchIndex(s); m != nil {
		cs = append(cs, cand{m[0], s[m[6]:m[7]], s[m[2]:m[3]], s[m[4]:m[5]]})
	}
	if m := wordDate.FindStringSubmatchIndex(s); m != nil {
		t, err := time.Parse("Jan", strings.ToUpper(s[m[2]:m[2]+1])+strings.ToLower(s[m[2]+1:m[3]]))
		if err == nil {
			cs = append(cs, cand{m[0], s[m[6]:m[7]], fmt.Sprint(int(t.Month())), s[m[4]:m[5]]})
		}
	}
	slices.SortFunc(cs, func(a, b cand) int { return a.at - b.at })
	for _, c := range cs {
		y, m, d := digitLike.Replace(c.y), digitLike.Replace(c.m), digitLike.Replace(c.d)
		t, err := time.Parse("2006-1-2", y+"-"+strings.TrimLeft(m, "0")+"-"+strings.TrimLeft(d, "0"))
		if err != nil || t.Year() < 1890 || t.Year() > 2100 {
			continue
		}
		return t.Format(time.DateOnly), true
	}
	return "", false
}

// mbiNumeric and mbiAlpha are the positions of a Medicare Beneficiary
// Identifier that are always a digit, or always a letter (never S, L, O,
// I, B or Z); the others are either.
var (
	mbiNumeric = []int{0, 3, 6, 9, 10}
	mbiAlpha   = []int{1, 4, 7, 8}
	mbiShape   = regexp.MustCompile(`^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9][AC-HJKMNP-RT-Y]{2}[0-9]{2}$`)
	idToken    = regexp.MustCompile(`[A-Za-z0-9\-]+`)
)

// letterLike fixes the digits OCR reads for letters, in an MBI's letter
// positions.
var letterLike = map[byte]byte{'0': 'D', '1': 'T', '2': 'Z', '4': 'A', '5': 'S', '6': 'G', '8': 'B'}

// memberID reads an id; an 11-character id in a Medicare Beneficiary
// Identifier's shape has OCR's letter–digit mix-ups undone by position.
func memberID(raw string) (string, string) {
	toks := idToken.FindAllString(raw, -1)
	if len(toks) == 0 {
		return "", ""
	}
	// OCR splits an id ("1 ER5WA6YX40"): join short tokens that follow.
	id := toks[0]
	for _, t := range toks[1:] {
		if len(id) >= 11 || len(t) > 11-len(id) {
			break
		}
		id += t
	}
	id = strings.ToUpper(id)
	if len(id) == 11 {
		b := []byte(id)
		for _, i := range mbiNumeric {
			b[i] = digitLike.Replace(string(b[i]))[0]
		}
		for _, i := range mbiAlpha {
			if l, ok := letterLike[b[i]]; ok {
				b[i] = l
			}
		}
		for _, i := range []int{2, 5} {
			if c := b[i]; strings.IndexByte("SLOIBZ", c) >= 0 {
				b[i] = digitLike.Replace(string(c))[0]
			}
		}
		if mbiShape.Match(b) {
			return string(b), ""
		}
		if b[0] >= '1' && b[0] <= '9' {
			return id, "not the shape of a Medicare Beneficiary Identifier: check every character"
		}
	}
	if len(id) < 5 {
		return id, "too short for a member id"
	}
	return id, ""
}

var planTail = regexp.MustCompile(`(?i)\s*(?:um\s*department|prior\s*authorization\s*(?:department|dept\.?)?|precertification)\s*$`)

// planName is a plan's name without the department a letter is addressed
// to ("Medicare Utilization Management", however OCR spells it).
func planName(raw string) string {
	s := strings.Trim(raw, " |_.,:;")
	s = planTail.ReplaceAllString(s, "")
	w := strings.Fields(s)
	if n := len(w); n >= 3 && near(w[n-1], "management", 3) && near(w[n-2], "utilization", 3) {
		w = w[:n-2]
	}
	return strings.Join(w, " ")
}

// near reports whether a word is within d edits of want (case-insensitive):
// OCR's "Uulization" is "Utilization".
func near(word, want string, d int) bool {
	a, b := []rune(strings.ToLower(word)), []rune(want)
	if abs(len(a)-len(b)) > d {
		return false
	}
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)] <= d
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

var npiDigits = regexp.MustCompile(`[0-9OolISB|]{1,10}(?:\s?[0-9OolISB|]{1,10})*`)

// npi reads a 10-digit NPI and checks its check digit.
func npi(raw string) (string, string) {
	m := npiDigits.FindAllString(raw, -1)
	for _, c := range m {
		d := strings.ReplaceAll(digitLike.Replace(c), " ", "")
		if len(d) != 10 {
			continue
		}
		if !NPIValid(d) {
			return d, "the NPI's check digit does not match (a digit misread?)"
		}
		return d, ""
	}
	if len(m) > 0 {
		return strings.ReplaceAll(digitLike.Replace(m[0]), " ", ""), "an NPI has 10 digits"
	}
	return "", ""
}

// NPIValid checks an NPI's Luhn check digit (over "80840" and the first
// nine digits, as CMS defines it).
func NPIValid(n string) bool {
	if len(n) != 10 {
		return false
	}
	s := "80840" + n[:9]
	sum := 0
	for i := len(s) - 1; i >= 0; i-- {
		v := int(s[i] - '0')
		if v < 0 || v > 9 {
			return false
		}
		if (len(s)-1-i)%2 == 0 {
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
	}
	return int(n[9]-'0') == (10-sum%10)%10
}

var (
	// A service code: CPT (five digits, or four and F/T/U), HCPCS Level II
	// (a letter and four digits), an NDC (5-4-2 and its 10-digit shapes).
	cptCode   = regexp.MustCompile(`\b[0-9OolIS]{4}[0-9OolISFTU]\b`)
	hcpcsCode = regexp.MustCompile(`(?:\b[A-V]|[£€])[0-9OolISB][0-9OolISB|)\]]{3}`)
	ndcCode   = regexp.MustCompile(`\b\d{4,5}-\d{3,4}-\d{1,2}\b`)
)

var (
	rxnormLabel = regexp.MustCompile(`(?i)rxnorm`)
	rxcui       = regexp.MustCompile(`\b[0-9OolIS]{1,8}\b`)
)

// rxnormCodes reads the RxNorm concept ids a drug line labelled RxNorm
// gives (words in brackets, the drug's name and strength, are left out),
// prefixed "rxnorm:" so no five-digit id is taken for a CPT code.
func rxnormCodes(raw string) string {
	var out []string
	for _, c := range rxcui.FindAllString(inBrackets.ReplaceAllString(raw, " "), -1) {
		if strings.ContainsAny(c, "0123456789") {
			out = append(out, "rxnorm:"+digitLike.Replace(c))
		}
	}
	return strings.Join(out, " ")
}

// serviceCodes reads the codes of a service line; words after a code
// ("(Continuous positive airway…)") are ignored.
func serviceCodes(raw string, codes *CodeList) (string, string) {
	type at struct {
		i    int
		code string
	}
	var cs []at
	for _, m := range ndcCode.FindAllStringIndex(raw, -1) {
		cs = append(cs, at{m[0], raw[m[0]:m[1]]})
	}
	text := ndcCode.ReplaceAllStringFunc(raw, func(s string) string { return strings.Repeat(" ", len(s)) })
	var problem string
	for _, m := range hcpcsCode.FindAllStringIndex(text, -1) {
		if m[1] < len(text) && isAlnum(text[m[1]]) {
			continue // part of a longer word
		}
		read := text[m[0]:m[1]]
		first, size := utf8.DecodeRuneInString(read)
		if first == '£' || first == '€' {
			first = 'E' // a currency sign is OCR's E
		}
		c := strings.ToUpper(string(first)) + digitLike.Replace(read[size:])
		if codes != nil {
			if _, ok := codes.HCPCS(c); !ok {
				if alt, ok := hcpcsLookalike(c, codes); ok {
					problem = fmt.Sprintf("read as %s; %s is the only HCPCS code that close: check it against the page", read, alt)
					c = alt
				} else {
					problem = c + " is not a HCPCS Level II code"
				}
			}
		}
		cs = append(cs, at{m[0], c})
		text = text[:m[0]] + strings.Repeat(" ", m[1]-m[0]) + text[m[1]:]
	}
	for _, m := range cptCode.FindAllStringIndex(text, -1) {
		tok := text[m[0]:m[1]]
		if !strings.ContainsAny(tok, "0123456789") {
			continue
		}
		c := digitLike.Replace(tok[:4]) + strings.ToUpper(tok[4:])
		c = c[:4] + digitLike.Replace(c[4:])
		if last := tok[4]; last == 'F' || last == 'T' || last == 'U' {
			c = c[:4] + string(last)
		}
		cs = append(cs, at{m[0], c})
	}
	slices.SortFunc(cs, func(a, b at) int { return a.i - b.i })
	var out []string
	for _, c := range cs {
		if !slices.Contains(out, c.code) {
			out = append(out, c.code)
		}
	}
	return strings.Join(out, " "), problem
}

var inBrackets = regexp.MustCompile(`\([^)]*\)?`)

var icdCode = regexp.MustCompile(`(?:\b[A-Z0-9]|[\[|])[0-9OolISBZ][0-9A-Z]\s?(?:\.\s?[0-9A-Z]{1,4})?\b`)

// icdFirst and icdDigit undo OCR's mix-ups at a code's letter position and
// its digit positions.
var icdFirst = map[byte]byte{'0': 'O', '1': 'I', '[': 'I', '|': 'I', '5': 'S', '8': 'B', '2': 'Z', '6': 'G', '4': 'A'}

// diagnosisCodes reads ICD-10-CM codes, checked against the code list:
// a code not on it is tried with OCR's usual mix-ups undone, and kept as
// read (with a problem) when none is a code.
func diagnosisCodes(raw string, codes *CodeList) (string, string) {
	var out []string
	var problem string
	// Words in brackets are a code's description ("(Non-pressure ulcer)").
	raw = inBrackets.ReplaceAllString(raw, " ")
	for _, m := range icdCode.FindAllString(strings.ToUpper(raw), -1) {
		c := strings.ReplaceAll(m, " ", "")
		// A code has a real digit somewhere: "NON" or "OIL" is a word.
		if !strings.ContainsAny(c, "0123456789") || (unicode.IsDigit(rune(c[0])) || !unicode.IsLetter(rune(c[0]))) && icdFirst[c[0]] == 0 {
			continue
		}
		got, ok := icdVariant(c, codes)
		if !ok {
			if codes == nil {
				got = c
			} else if problem == "" {
				problem = c + " is not an ICD-10-CM code"
				got = c
			}
		}
		if got != "" && !slices.Contains(out, got) {
			out = append(out, got)
		}
	}
	return strings.Join(out, " "), problem
}

func icdVariant(c string, codes *CodeList) (string, bool) {
	b := []byte(c)
	if l, ok := icdFirst[b[0]]; ok {
		b[0] = l
	}
	b[1] = digitLike.Replace(string(b[1]))[0]
	fixed := string(b)
	cands := []string{c, fixed}
	if !strings.Contains(fixed, ".") && len(fixed) > 3 {
		cands = append(cands, fixed[:3]+"."+fixed[3:])
	}
	// Digit positions after the dot: O read for 0, I for 1, S for 5.
	if i := strings.IndexByte(fixed, '.'); i > 0 {
		cands = append(cands, fixed[:i+1]+digitLike.Replace(fixed[i+1:]))
	}
	if codes == nil {
		return fixed, icdShape.MatchString(fixed)
	}
	for _, k := range cands {
		if _, ok := codes.ICD10(k); ok {
			return k, true
		}
	}
	return "", false
}

var icdShape = regexp.MustCompile(`^[A-TV-Z][0-9][0-9AB](?:\.[0-9A-TV-Z]{1,4})?$`)

var (
	checkMark   = `(?:\[\s*[xX✓✔/\\]\s*\]|☒|■|\([xX]\)|\b[xX]\b)`
	checkedOpt  = regexp.MustCompile(`(?i)` + checkMark + `\s*(standard|routine|non-?urgent|expedited|urgent|emergent)`)
	expedited   = regexp.MustCompile(`(?i)\b(?:expedited|urgent|emergent|stat)\b`)
	standardish = regexp.MustCompile(`(?i)\b(?:standard|routine|non-?urgent|elective)\b`)
)

// checkedUrgency reads a ticked box before "Standard" or "Expedited".
func checkedUrgency(s string) (string, bool) {
	ms := checkedOpt.FindAllStringSubmatch(s, -1)
	if len(ms) != 1 {
		return "", false
	}
	if expedited.MatchString(ms[0][1]) {
		return "expedited", true
	}
	return "standard", true
}

var nonUrgent = regexp.MustCompile(`(?i)\bnon-?\s?urgent\b`)

func urgencyWords(s string) (string, string) {
	if nonUrgent.MatchString(s) {
		s = nonUrgent.ReplaceAllString(s, "standard")
	}
	e, st := expedited.MatchString(s), standardish.MatchString(s)
	switch {
	case e && !st:
		return "expedited", ""
	case st && !e:
		return "standard", ""
	case e && st:
		return "", "" // both words, no readable tick: the nurse reads the boxes
	}
	return "", ""
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
}

// lookalikes are the letters OCR takes a letter for.
var lookalikes = map[byte]string{'E': "FB", 'F': "EP", 'P': "FR", 'R': "PK", 'K': "R", 'C': "GO", 'G': "C", 'O': "QDC", 'Q': "O", 'D': "O", 'B': "E", 'L': "E", 'V': "W"}

// hcpcsLookalike finds the one HCPCS code a misread first letter stands
// for; none, or more than one, is no answer.
func hcpcsLookalike(c string, codes *CodeList) (string, bool) {
	var found []string
	for _, l := range []byte(lookalikes[c[0]]) {
		alt := string(l) + c[1:]
		if _, ok := codes.HCPCS(alt); ok {
			found = append(found, alt)
		}
	}
	if len(found) != 1 {
		return "", false
	}
	return found[0], true
}
