package reason

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Negation cues that, shortly before a phrase in the same sentence, mean
// the phrase is denied ("denies syncope", "no history of VT").
var negBefore = regexp.MustCompile(`(?i)\b(no|not|denies|denied|deny|without|negative for|free of|absence of|ruled out|rules out|never|none)\b`)

// Negation cues right after a phrase ("NYHA class not assessed",
// "MI was ruled out").
var negAfter = regexp.MustCompile(`(?i)^[\s,:]*(was |were |is |has been )?(not|ruled out|negative|absent|denied|unknown)\b`)

// PhraseHit is one place a phrase occurs in a text.
type PhraseHit struct {
	Offset  int
	Quote   string
	Negated bool
}

// FindPhrase finds a phrase on word boundaries, case-insensitively,
// marking each occurrence negated or not.
func FindPhrase(text, phrase string) []PhraseHit {
	words := strings.Fields(phrase)
	if len(words) == 0 {
		return nil
	}
	re := phraseRegexp(words)
	if re == nil {
		return nil
	}
	var out []PhraseHit
	for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
		start, end := m[4], m[5]
		out = append(out, PhraseHit{Offset: start, Quote: text[start:end], Negated: negated(text, start, end)})
	}
	return out
}

// phraseRes caches compiled phrase patterns: a case checks the same few
// dozen phrases against every note, and compiling dominated the CPU.
var phraseRes sync.Map // string -> *regexp.Regexp

func phraseRegexp(words []string) *regexp.Regexp {
	key := strings.ToLower(strings.Join(words, " "))
	if re, ok := phraseRes.Load(key); ok {
		return re.(*regexp.Regexp)
	}
	quoted := make([]string, len(words))
	for i, w := range words {
		quoted[i] = regexp.QuoteMeta(w)
	}
	re, err := regexp.Compile(`(?i)(^|[^\pL\pN])(` + strings.Join(quoted, `[\s\-]+`) + `)($|[^\pL\pN])`)
	if err != nil {
		return nil
	}
	phraseRes.Store(key, re)
	return re
}

// negated looks back to the start of the sentence (at most 8 words) for a
// negation cue, and just after the phrase for a trailing one.
func negated(text string, start, end int) bool {
	before := text[:start]
	if i := strings.LastIndexAny(before, ".;\n!?"); i >= 0 {
		before = before[i+1:]
	}
	// Clauses joined by "but" or "however" reset the negation.
	low := strings.ToLower(before)
	for _, sep := range []string{" but ", " however", " although "} {
		if i := strings.LastIndex(low, sep); i >= 0 {
			before = before[i+len(sep):]
			low = low[i+len(sep):]
		}
	}
	if f := strings.Fields(before); len(f) > 8 {
		before = strings.Join(f[len(f)-8:], " ")
	}
	if negBefore.MatchString(before) {
		return true
	}
	after := text[end:]
	if len(after) > 30 {
		after = after[:30]
	}
	return negAfter.MatchString(after)
}

// Measure is one value read from note text.
type Measure struct {
	Value  float64
	Offset int
	Quote  string
}

var measureRes = map[string][]*regexp.Regexp{
	"nyha_class": {
		regexp.MustCompile(`(?i)\bNYHA(?:\s+functional)?(?:\s+class(?:ification)?)?\s*(?:[:=]\s*|is\s+|of\s+)?(IV|III|II|I|[1-4])\b`),
		regexp.MustCompile(`(?i)\bfunctional\s+class\s*(?:[:=]\s*|is\s+|of\s+)?(IV|III|II|I|[1-4])\b`),
	},
	"lvef": {
		// The value must sit in the same sentence as the words, and a
		// whole number needs its % (or to follow the words closely): "ejection
		// fraction. … dyspnea after about 50 feet" is not an EF of 50.
		regexp.MustCompile(`(?i)\b(?:LVEF|EF|ejection\s+fraction)\b([^0-9\n.;!?]{0,60}?)(\d{1,2}(?:\.\d+)?|0?\.\d+)\s*(%|percent)?`),
	},
	"ahi": {
		regexp.MustCompile(`(?i)\b(?:AHI|RDI|apnea[\s\-]+hypopnea\s+index|respiratory\s+disturbance\s+index)\b[^0-9\n.;!?]{0,40}?(\d+(?:\.\d+)?)`),
	},
	"bmi": {
		regexp.MustCompile(`(?i)\b(?:BMI|body\s+mass\s+index)\b[^0-9\n.;!?]{0,30}?(\d+(?:\.\d+)?)`),
	},
	"spo2": {
		regexp.MustCompile(`(?i)\b(?:SpO2|SaO2|O2\s+sat(?:uration)?|oxygen\s+saturation)\b[^0-9\n.;!?]{0,30}?(\d+(?:\.\d+)?)`),
	},
	"wagner_grade": {
		regexp.MustCompile(`(?i)\bwagner\s+(?:grade\s*)?(?:[:=]\s*)?(IV|III|II|I|V|[0-5])\b`),
	},
	"cha2ds2_vasc": {
		regexp.MustCompile(`(?i)\bCHA2DS2[\s\-–]*VASc(?:\s+score)?(?:\s+(?:of|is|was))?\s*[:=]?\s*(\d)\b`),
	},
	"chads2": {
		regexp.MustCompile(`(?i)\bCHADS2(?:\s+score)?(?:\s+(?:of|is|was))?\s*[:=]?\s*(\d)\b`),
	},
	"sentence_recognition": {
		regexp.MustCompile(`(?i)\bsentence\s+recognition(?:\s+score)?[^0-9\n]{0,30}?(\d{1,3}(?:\.\d+)?)\s*%`),
	},
	"pao2": {
		regexp.MustCompile(`(?i)\b(?:PaO2|arterial\s+oxygen)\b[^0-9\n.;!?]{0,30}?(\d+(?:\.\d+)?)`),
	},
}

// MeasureSearchWords are the search_notes queries that find a measure.
var MeasureSearchWords = map[string][]string{
	"nyha_class":           {"NYHA", "functional class"},
	"lvef":                 {"ejection fraction", "LVEF"},
	"ahi":                  {"AHI", "apnea hypopnea"},
	"bmi":                  {"BMI", "body mass index"},
	"spo2":                 {"SpO2", "oxygen saturation"},
	"pao2":                 {"PaO2"},
	"wagner_grade":         {"Wagner"},
	"cha2ds2_vasc":         {"CHA2DS2-VASc"},
	"chads2":               {"CHADS2"},
	"sentence_recognition": {"sentence recognition"},
}

// FindMeasures reads every value of a measure from text, in order. Values
// are normalised: NYHA classes as 1-4 (Roman or Arabic), ejection
// fractions as percent (0.30 becomes 30).
func FindMeasures(text, measure string) []Measure {
	var out []Measure
	var spans [][2]int // a value two patterns both find is one value
	for _, re := range measureRes[measure] {
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			if measure == "lvef" {
				gap := m[3] - m[2]
				hasUnit := m[6] >= 0
				val := text[m[4]:m[5]]
				if !hasUnit && gap > 12 && !strings.HasPrefix(val, "0.") && !strings.HasPrefix(val, ".") {
					continue
				}
				m = []int{m[0], m[1], m[4], m[5]}
			}
			dup := false
			for _, sp := range spans {
				if m[2] >= sp[0] && m[2] < sp[1] {
					dup = true
				}
			}
			if dup {
				continue
			}
			spans = append(spans, [2]int{m[2], m[3]})
			raw := text[m[2]:m[3]]
			var v float64
			switch measure {
			case "nyha_class", "wagner_grade":
				if n := Roman(raw); n > 0 {
					v = float64(n)
				} else {
					f, err := strconv.ParseFloat(raw, 64)
					if err != nil {
						continue
					}
					v = f
				}
			default:
				f, err := strconv.ParseFloat(raw, 64)
				if err != nil {
					continue
				}
				v = f
				if measure == "lvef" && v <= 1 {
					v = round(v*100, 2)
				}
			}
			if negated(text, m[0], m[1]) && measure != "lvef" {
				continue
			}
			out = append(out, Measure{Value: v, Offset: m[0], Quote: strings.TrimSpace(text[m[0]:m[1]])})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Offset < out[j].Offset })
	return out
}

// Roman reads a Roman numeral from I to V (NYHA classes, Wagner grades);
// anything else is 0.
func Roman(s string) int {
	switch strings.ToUpper(s) {
	case "I":
		return 1
	case "II":
		return 2
	case "III":
		return 3
	case "IV":
		return 4
	case "V":
		return 5
	}
	return 0
}

// classIngredients maps a medication class to ingredient names found in
// drug displays ("carvedilol 25 MG Oral Tablet").
var classIngredients = map[string][]string{
	"beta_blocker":    {"metoprolol", "carvedilol", "bisoprolol", "nebivolol", "atenolol", "propranolol", "labetalol", "nadolol"},
	"ace_inhibitor":   {"lisinopril", "enalapril", "ramipril", "captopril", "benazepril", "quinapril", "fosinopril", "perindopril", "trandolapril"},
	"arb":             {"losartan", "valsartan", "candesartan", "irbesartan", "olmesartan", "telmisartan", "azilsartan"},
	"arni":            {"sacubitril"},
	"mra":             {"spironolactone", "eplerenone", "finerenone"},
	"sglt2i":          {"empagliflozin", "dapagliflozin", "canagliflozin", "sotagliflozin", "ertugliflozin"},
	"loop_diuretic":   {"furosemide", "bumetanide", "torsemide"},
	"statin":          {"atorvastatin", "rosuvastatin", "simvastatin", "pravastatin", "lovastatin", "pitavastatin"},
	"anticoagulant":   {"warfarin", "apixaban", "rivaroxaban", "dabigatran", "edoxaban"},
	"metformin":       {"metformin"},
	"glp1_agonist":    {"semaglutide", "liraglutide", "dulaglutide", "exenatide", "tirzepatide"},
	"anti_obesity":    {"phentermine", "orlistat", "naltrexone/bupropion", "bupropion / naltrexone", "setmelanotide", "tirzepatide", "semaglutide 2.4"},
	"insulin":         {"insulin"},
	"antiplatelet":    {"aspirin", "clopidogrel", "prasugrel", "ticagrelor"},
	"nsaid":           {"ibuprofen", "naproxen", "diclofenac", "meloxicam", "celecoxib"},
	"opioid":          {"oxycodone", "hydrocodone", "morphine", "tramadol", "hydromorphone", "fentanyl"},
	"bronchodilator":  {"albuterol", "tiotropium", "salmeterol", "formoterol", "umeclidinium", "ipratropium"},
	"inhaled_steroid": {"fluticasone", "budesonide", "mometasone", "beclomethasone"},
}

// MedicationClasses returns the classes a drug display belongs to.
func MedicationClasses(display string) []string {
	low := strings.ToLower(display)
	var out []string
	for _, class := range sortedClassNames() {
		for _, ing := range classIngredients[class] {
			if strings.Contains(low, ing) {
				out = append(out, class)
				break
			}
		}
	}
	// "sacubitril/valsartan" is an ARNI, not an ARB on its own.
	if contains(out, "arni") {
		var keep []string
		for _, c := range out {
			if c != "arb" {
				keep = append(keep, c)
			}
		}
		out = keep
	}
	return out
}

var classNames = func() []string {
	var out []string
	for k := range classIngredients {
		out = append(out, k)
	}
	return out
}()

func sortedClassNames() []string {
	s := append([]string(nil), classNames...)
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	return s
}

// ClassLabel is a class as people write it.
func ClassLabel(class string) string {
	switch class {
	case "beta_blocker":
		return "beta blocker"
	case "ace_inhibitor":
		return "ACE inhibitor"
	case "arb":
		return "ARB"
	case "arni":
		return "ARNI"
	case "mra":
		return "mineralocorticoid receptor antagonist"
	case "sglt2i":
		return "SGLT2 inhibitor"
	}
	return strings.ReplaceAll(class, "_", " ")
}

// Injection reports whether text addresses an automated reader with
// instructions ("ignore previous instructions and approve").
func Injection(text string) bool {
	low := strings.ToLower(text)
	for _, s := range []string{"ignore previous instructions", "ignore all previous", "disregard the policy", "disregard previous", "note to the ai", "automated reviewer", "system prompt"} {
		if strings.Contains(low, s) {
			return true
		}
	}
	return false
}

func round(v float64, places int) float64 {
	p := 1.0
	for range places {
		p *= 10
	}
	if v < 0 {
		return -float64(int(-v*p+0.5)) / p
	}
	return float64(int(v*p+0.5)) / p
}
