package scan

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Reading codes: services (CPT, HCPCS, NDC, RxNorm), diagnoses (ICD-10-CM)
// checked against the code lists, and urgency.

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
