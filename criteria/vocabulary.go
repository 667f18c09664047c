package criteria

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
)

// The clinical vocabulary criteria packs and the reasoner share: every
// measure a hint may name (its LOINC codes, unit, possible range, the
// names observations carry and the patterns notes write it in) and every
// medication class (RxNorm ingredients). It is data, validated once:
// adding a measure is an edit of vocabulary.json and a test.
//
//go:embed vocabulary.json
var vocabularyJSON []byte

// Vocabulary is the shared clinical vocabulary.
type Vocabulary struct {
	// Settings a measurement is taken in (sleep, exercise); a reading in
	// none of them was taken at rest.
	Settings          []Setting         `json:"settings"`
	Measures          []Measure         `json:"measures"`
	MedicationClasses []MedicationClass `json:"medication_classes"`
	// Brands are the names products of an ingredient are sold under:
	// charts, notes and NDC labels write "Humira" as often as
	// "adalimumab".
	Brands []Brand `json:"brands"`

	measures map[string]*Measure
	classes  map[string]*MedicationClass
	// named is each ingredient's name pattern (its name or a brand), by
	// its lower-case name.
	named map[string]*regexp.Regexp
	// brands are each ingredient's brand names, by its lower-case name.
	brands map[string][]string
}

// Brand lists the brand names of one ingredient of a medication class.
type Brand struct {
	Ingredient string   `json:"ingredient"`
	Names      []string `json:"names"`
}

// Measure is one quantity a criterion can test.
type Measure struct {
	ID    string     `json:"id"`
	Label string     `json:"label"`
	Unit  string     `json:"unit"` // UCUM-like unit the thresholds are in
	Range [2]float64 `json:"range"`
	// Interpretable bounds the values a reading can be read as a result
	// in, where the test gives numbers outside it that mean nothing (an
	// ankle-brachial index above 1.4 is of vessels that do not compress):
	// such a reading is recorded and cited, and documents nothing.
	Interpretable *[2]float64 `json:"interpretable,omitempty"`
	// Uninterpretable says why, for the finding.
	Uninterpretable string `json:"uninterpretable,omitempty"`
	// FractionToPercent reads 0.27 as 27 % (ejection fractions written as
	// fractions).
	FractionToPercent bool `json:"fraction_to_percent,omitempty"`
	// Numerals is "roman" when the value may be written I-V.
	Numerals string   `json:"numerals,omitempty"`
	LOINC    []string `json:"loinc,omitempty"`
	// ObservationNames are patterns (case-insensitive) matched against an
	// observation's name, for records that code it locally.
	ObservationNames []string `json:"observation_names,omitempty"`
	// NotePatterns find the value in note text: the first non-empty
	// unnamed capture group is the value; a group named "unit", where
	// present, the unit it is written in (converted to Unit).
	NotePatterns []string `json:"note_patterns"`
	// SearchWords are the note searches that find it.
	SearchWords []string `json:"search_words"`
	// Computed says how the reasoner derives the measure when the record
	// does not state it; empty when it is only read. A test holds the
	// reasoner to this list.
	Computed string `json:"computed,omitempty"`
	// Procedures are the CPT/HCPCS codes of the tests that measure it (an
	// echocardiogram for an ejection fraction): a test done whose result
	// is not in the record is what the draft asks for.
	Procedures []string `json:"procedures,omitempty"`
	// ExcludeContext are patterns that disqualify a reading when an
	// observation's name or a note's sentence matches: a residual AHI on
	// CPAP is not a diagnostic AHI; hypopneas scored at 3 % are not the
	// policy's.
	ExcludeContext []string `json:"exclude_context,omitempty"`
	// ExcludeMethod are patterns that disqualify an observation when its
	// method says so: a saturation measured "on O2 2 L/min nasal cannula"
	// is no room-air reading. (The method otherwise only tells the
	// setting: "awake, seated at rest" is the rest reading a policy asks
	// for, so ExcludeContext does not apply to it.)
	ExcludeMethod []string `json:"exclude_method,omitempty"`
	// ExcludeReport are patterns that, found anywhere in a report, say how
	// all its values were made ("SCORING: hypopnea ... with >= 3 % oxygen
	// desaturation"): a value in it is excluded unless its own words match
	// KeepContext ("REI 9.6 (4 % rule)").
	ExcludeReport []string `json:"exclude_report,omitempty"`
	KeepContext   []string `json:"keep_context,omitempty"`
	// OtherResults are patterns, each with a capture group for the value,
	// that find in notes the results of other tests in the measure's unit
	// (an oximetry report's "ODI (4%) 27.4 /h"): a note's reading of the
	// measure that is one of them, that day or retold within weeks, is
	// read as unsure.
	OtherResults []string `json:"other_results,omitempty"`
	// TakenInSettings says the measure's readings differ by the setting
	// they were taken in (rest, exercise, sleep): a note naming its
	// setting reports its own test rather than retelling another's.
	TakenInSettings bool `json:"taken_in_settings,omitempty"`
	// RoomAir are patterns saying a reading was taken breathing room air.
	// When set, a reading that says none of them, taken while the record
	// has the patient on oxygen (ExcludeMethod's words, affirmed, in a
	// note or an observation's method, the same day or the day before),
	// is not documented as a room-air reading: an inpatient weaned to 1 L
	// the day before whose 06:05 saturation says nothing of the air.
	RoomAir []string `json:"room_air,omitempty"`

	names         []*regexp.Regexp
	notes         []*regexp.Regexp
	exclude       []*regexp.Regexp
	excludeMethod []*regexp.Regexp
	excludeReport []*regexp.Regexp
	others        []*regexp.Regexp
	keep          []*regexp.Regexp
	roomAir       []*regexp.Regexp
}

// Setting is a condition a measurement is taken under, told by words
// around it ("6-minute walk", "overnight oximetry").
type Setting struct {
	ID       string   `json:"id"`
	Patterns []string `json:"patterns"`
	res      []*regexp.Regexp
}

// SettingRest is the setting of a reading no setting's words describe.
const SettingRest = "rest"

// SettingOf names the setting a reading's context describes.
func (v *Vocabulary) SettingOf(context string) string {
	for _, st := range v.Settings {
		if matchesAny(st.res, context) {
			return st.ID
		}
	}
	return SettingRest
}

// HasSetting reports whether a setting id exists.
func (v *Vocabulary) HasSetting(id string) bool {
	if id == SettingRest {
		return true
	}
	for _, st := range v.Settings {
		if st.ID == id {
			return true
		}
	}
	return false
}

// MedicationClass is a set of RxNorm ingredients.
type MedicationClass struct {
	ID          string       `json:"id"`
	Label       string       `json:"label"`
	Ingredients []Ingredient `json:"ingredients"`
	names       []*regexp.Regexp
}

// Ingredient is one drug ingredient: its name as drug displays write it and
// its RxNorm ingredient code where known.
type Ingredient struct {
	Name   string `json:"name"`
	RxNorm string `json:"rxnorm,omitempty"`
}

var (
	vocabOnce   sync.Once
	loadedVocab *Vocabulary
	vocabErr    error
)

// LoadVocabulary returns the embedded vocabulary, parsed and validated
// once.
func LoadVocabulary() (*Vocabulary, error) {
	vocabOnce.Do(func() { loadedVocab, vocabErr = ParseVocabulary(vocabularyJSON) })
	return loadedVocab, vocabErr
}

// MustVocabulary is LoadVocabulary for package initialisation: the
// embedded vocabulary is tested, so an error is a build defect.
func MustVocabulary() *Vocabulary {
	v, err := LoadVocabulary()
	if err != nil {
		panic(err)
	}
	return v
}

// ParseVocabulary decodes and validates a vocabulary: ids unique, ranges
// ordered, LOINC check digits right, every pattern compiles and has a
// capture group.
func ParseVocabulary(b []byte) (*Vocabulary, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var v Vocabulary
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("criteria: vocabulary: %w", err)
	}
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	for i := range v.Settings {
		st := &v.Settings[i]
		if !criterionRE.MatchString(st.ID) || st.ID == SettingRest || len(st.Patterns) == 0 {
			bad("setting %q: want a snake_case id other than %q, with patterns", st.ID, SettingRest)
		}
		st.res = compileAll(st.Patterns, "(?i)", func(p string, err error) { bad("setting %s: pattern %q: %v", st.ID, p, err) })
	}
	v.measures = map[string]*Measure{}
	for i := range v.Measures {
		m := &v.Measures[i]
		if !criterionRE.MatchString(m.ID) {
			bad("measure id %q: want snake_case", m.ID)
		}
		if v.measures[m.ID] != nil {
			bad("measure %s: duplicate id", m.ID)
		}
		v.measures[m.ID] = m
		if m.Label == "" {
			bad("measure %s: no label", m.ID)
		}
		if m.Range[0] >= m.Range[1] {
			bad("measure %s: range %v is empty", m.ID, m.Range)
		}
		if m.Numerals != "" && m.Numerals != "roman" {
			bad("measure %s: numerals %q", m.ID, m.Numerals)
		}
		for _, l := range m.LOINC {
			if !loincRE.MatchString(l) || !loincCheckDigitOK(l) {
				bad("measure %s: loinc %q is not a valid LOINC code", m.ID, l)
			}
		}
		m.names = compileAll(m.ObservationNames, "(?i)", func(p string, err error) { bad("measure %s: observation name %q: %v", m.ID, p, err) })
		if len(m.NotePatterns) == 0 {
			bad("measure %s: no note patterns", m.ID)
		}
		for _, p := range m.NotePatterns {
			re, err := regexp.Compile(p)
			if err != nil {
				bad("measure %s: note pattern %q: %v", m.ID, p, err)
				continue
			}
			if re.NumSubexp() == 0 {
				bad("measure %s: note pattern %q has no capture group for the value", m.ID, p)
			}
			m.notes = append(m.notes, re)
		}
		m.exclude = compileAll(m.ExcludeContext, "(?i)", func(p string, err error) { bad("measure %s: exclude context %q: %v", m.ID, p, err) })
		m.excludeMethod = compileAll(m.ExcludeMethod, "(?i)", func(p string, err error) { bad("measure %s: exclude method %q: %v", m.ID, p, err) })
		m.excludeReport = compileAll(m.ExcludeReport, "(?i)", func(p string, err error) { bad("measure %s: exclude report %q: %v", m.ID, p, err) })
		m.keep = compileAll(m.KeepContext, "(?i)", func(p string, err error) { bad("measure %s: keep context %q: %v", m.ID, p, err) })
		m.others = compileAll(m.OtherResults, "(?i)", func(p string, err error) { bad("measure %s: other result %q: %v", m.ID, p, err) })
		for i, re := range m.others {
			if re.NumSubexp() == 0 {
				bad("measure %s: other result %q has no capture group for the value", m.ID, m.OtherResults[i])
			}
		}
		m.roomAir = compileAll(m.RoomAir, "(?i)", func(p string, err error) { bad("measure %s: room air %q: %v", m.ID, p, err) })
		if len(m.RoomAir) > 0 && len(m.ExcludeMethod) == 0 {
			bad("measure %s: room air words without the exclude_method words that say the patient is on oxygen", m.ID)
		}
		if len(m.SearchWords) == 0 {
			bad("measure %s: no search words", m.ID)
		}
	}
	brandsOf := map[string][]string{}
	brandOf := map[string]string{}
	for _, b := range v.Brands {
		in := strings.ToLower(b.Ingredient)
		if len(b.Names) == 0 || brandsOf[in] != nil {
			bad("brands of %q: want one entry with names", b.Ingredient)
		}
		for _, n := range b.Names {
			if !brandRE.MatchString(n) {
				bad("brand %q of %s: want a name of letters, digits and hyphens", n, b.Ingredient)
			}
			if other, ok := brandOf[strings.ToLower(n)]; ok && other != in {
				bad("brand %q names both %s and %s", n, other, in)
			}
			brandOf[strings.ToLower(n)] = in
		}
		brandsOf[in] = b.Names
	}
	v.brands = brandsOf
	v.classes = map[string]*MedicationClass{}
	v.named = map[string]*regexp.Regexp{}
	for i := range v.MedicationClasses {
		c := &v.MedicationClasses[i]
		if !criterionRE.MatchString(c.ID) {
			bad("medication class id %q: want snake_case", c.ID)
		}
		if v.classes[c.ID] != nil {
			bad("medication class %s: duplicate id", c.ID)
		}
		v.classes[c.ID] = c
		if len(c.Ingredients) == 0 {
			bad("medication class %s: no ingredients", c.ID)
		}
		for _, in := range c.Ingredients {
			if in.RxNorm != "" && !rxnormRE.MatchString(in.RxNorm) {
				bad("medication class %s: rxnorm %q", c.ID, in.RxNorm)
			}
			alts := []string{namePattern(in.Name)}
			for _, b := range brandsOf[strings.ToLower(in.Name)] {
				alts = append(alts, namePattern(b))
			}
			re := regexp.MustCompile(`(?i)(^|[^\pL])(?:` + strings.Join(alts, "|") + `)($|[^\pL])`)
			c.names = append(c.names, re)
			v.named[strings.ToLower(in.Name)] = re
		}
	}
	for in := range brandsOf {
		if v.named[in] == nil {
			bad("brands of %q: no medication class has that ingredient", in)
		}
	}
	for b, in := range brandOf {
		if v.named[b] != nil {
			bad("brand %q of %s is an ingredient's name", b, in)
		}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("criteria: vocabulary: %w", errors.Join(errs...))
	}
	return &v, nil
}

var (
	rxnormRE = regexp.MustCompile(`^\d{1,8}$`)
	brandRE  = regexp.MustCompile(`^\pL[\pL\d]*(?:[- ][\pL\d]+)*$`)
)

// namePattern is a drug name as displays write it: any case, spaces
// between its words optional ("sacubitril/valsartan").
func namePattern(name string) string {
	words := strings.Fields(strings.ToLower(name))
	for i, w := range words {
		words[i] = regexp.QuoteMeta(w)
	}
	return strings.Join(words, `\s*`)
}

// Measure returns a measure by id.
func (v *Vocabulary) Measure(id string) (*Measure, bool) {
	m, ok := v.measures[id]
	return m, ok
}

// MeasureForLOINC returns the measure a LOINC code belongs to.
func (v *Vocabulary) MeasureForLOINC(code string) (*Measure, bool) {
	for i := range v.Measures {
		for _, l := range v.Measures[i].LOINC {
			if l == code {
				return &v.Measures[i], true
			}
		}
	}
	return nil, false
}

// Class returns a medication class by id.
func (v *Vocabulary) Class(id string) (*MedicationClass, bool) {
	c, ok := v.classes[id]
	return c, ok
}

// Ingredient finds a drug ingredient by its RxNorm code in any class.
func (v *Vocabulary) Ingredient(rxnorm string) (Ingredient, bool) {
	for _, c := range v.MedicationClasses {
		for _, in := range c.Ingredients {
			if in.RxNorm != "" && in.RxNorm == rxnorm {
				return in, true
			}
		}
	}
	return Ingredient{}, false
}

// NamedAt is where a text names an ingredient of the vocabulary (its name
// as drug displays write it, or a brand, in any case, not inside another
// word); -1 when it does not, or the vocabulary has no such ingredient.
func (v *Vocabulary) NamedAt(text, ingredient string) int {
	re := v.named[strings.ToLower(ingredient)]
	if re == nil {
		return -1
	}
	loc := re.FindStringSubmatchIndex(text)
	if loc == nil {
		return -1
	}
	return loc[3] // after the boundary the pattern matched first
}

// BrandsOf lists an ingredient's brand names.
func (v *Vocabulary) BrandsOf(ingredient string) []string {
	return v.brands[strings.ToLower(ingredient)]
}

// IngredientsNamed lists the ingredients of the vocabulary a text names,
// by name or brand, in lower case, sorted: "Entresto" names "sacubitril /
// valsartan"; "sacubitril and valsartan" names both parts.
func (v *Vocabulary) IngredientsNamed(text string) []string {
	var out []string
	for name, re := range v.named {
		if re.MatchString(text) {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}

// Names reports whether an observation's name is one of the measure's.
func (m *Measure) Names(display string) bool { return matchesAny(m.names, display) }

// Excluded reports whether a reading's context (an observation's name, a
// note's sentence) disqualifies it.
// ExcludedMethod reports whether an observation's method disqualifies it
// (ExcludeMethod).
func (m *Measure) ExcludedMethod(method string) bool { return matchesAny(m.excludeMethod, method) }

func (m *Measure) Excluded(context string) bool { return matchesAny(m.exclude, context) }

// ExcludedByReport reports whether a report's own statement of how its
// values were made excludes a value read in it, whose own words are
// context.
func (m *Measure) ExcludedByReport(report, context string) bool {
	return matchesAny(m.excludeReport, report) && !matchesAny(m.keep, context)
}

// matchesAny reports whether any of res matches s.
func matchesAny(res []*regexp.Regexp, s string) bool {
	for _, re := range res {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

// Patterns are the compiled note patterns.
func (m *Measure) Patterns() []*regexp.Regexp { return m.notes }

// Has reports whether a drug (its RxNorm code, or its display when the
// code is not an ingredient the class lists) belongs to the class.
func (c *MedicationClass) Has(rxnorm, display string) bool {
	for _, in := range c.Ingredients {
		if in.RxNorm != "" && in.RxNorm == rxnorm {
			return true
		}
	}
	return matchesAny(c.names, display)
}

// ClassesOf lists the classes a drug belongs to, sorted. A combination
// that is a class of its own (sacubitril/valsartan, an ARNI) is not also
// counted as its parts' classes.
func (v *Vocabulary) ClassesOf(rxnorm, display string) []string {
	var out []string
	for _, c := range v.MedicationClasses {
		if c.Has(rxnorm, display) {
			out = append(out, c.ID)
		}
	}
	if slices.Contains(out, "arni") {
		out = slices.DeleteFunc(out, func(c string) bool { return c == "arb" })
	}
	sort.Strings(out)
	return out
}

// compileAll compiles patterns (each behind prefix), reporting the ones
// that do not compile.
func compileAll(patterns []string, prefix string, bad func(p string, err error)) []*regexp.Regexp {
	var out []*regexp.Regexp
	for _, p := range patterns {
		re, err := regexp.Compile(prefix + p)
		if err != nil {
			bad(p, err)
			continue
		}
		out = append(out, re)
	}
	return out
}
