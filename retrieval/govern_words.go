package retrieval

// Words of a request and of policy titles, as the governing choice
// compares them: tokens, stems, acronyms spelled out, synonyms, the
// weight of a title word, and the core phrase of a service's display.

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/umassist/umassist"
)

// word is one content word of a title or a request, as matched: its stem
// and the word as written.
type word struct{ stem, text string }

// stopWords carry no sense of what a policy covers: function words and the
// verbs of a procedure's name.
var stopWords = map[string]bool{
	"a": true, "an": true, "and": true, "or": true, "of": true, "the": true, "for": true, "to": true, "in": true,
	"on": true, "by": true, "with": true, "without": true, "per": true, "each": true, "any": true, "other": true,
	"unspecified": true, "not": true, "than": true, "as": true, "at": true, "its": true, "use": true,
	"insertion": true, "implantation": true, "placement": true, "initial": true, "subsequent": true,
	"left": true, "right": true, "bilateral": true, "unilateral": true, "including": true, "related": true,
	"certain": true, "type": true, "level": true, "elsewhere": true, "classified": true, "session": true, "day": true,
}

// builtinAcronyms are abbreviations and clinical short forms a request
// writes that no policy title spells out ("cardiac rehab session").
var builtinAcronyms = map[string]string{
	"dxa": "bone density", "dexa": "bone density", "ct": "computed tomography", "mri": "magnetic resonance imaging",
	"lvad": "ventricular assist device", "vad": "ventricular assist device", "ecg": "electrocardiographic",
	"ekg": "electrocardiographic", "hbot": "hyperbaric oxygen", "psg": "sleep testing", "ngs": "next generation sequencing",
	"car-t": "chimeric antigen receptor", "inr": "prothrombin time", "copd": "chronic obstructive pulmonary disease",
	"rehab": "rehabilitation", "cath": "catheterization", "echo": "echocardiography", "stim": "stimulation",
}

// synonyms add the words policies use for what diagnosis code titles say
// otherwise.
var synonyms = map[string]string{
	"neoplasm": "cancer oncologic tumor", "malignant": "cancer", "carcinoma": "cancer",
	"arthrodesis": "fusion",
}

var tokenRE = regexp.MustCompile(`[A-Za-z][A-Za-z0-9'’-]*|[0-9]+`)

// requestWords splits a request's words into content words, spelling out
// acronyms written in capitals (“TENS unit”) by what the corpus's titles
// say they stand for.
func requestWords(s string, acronyms map[string]string) []word {
	var out []word
	for _, tok := range tokenRE.FindAllString(s, -1) {
		low := strings.ToLower(strings.TrimRight(tok, "'’"))
		if exp, ok := acronymOf(tok, low, acronyms); ok {
			// The acronym stays a word too: titles write "FDG PET".
			out = append(out, word{stem(low), low})
			for _, w := range strings.Fields(exp) {
				out = append(out, word{stem(w), w})
			}
			continue
		}
		if also, ok := synonyms[low]; ok {
			for _, w := range strings.Fields(also) {
				out = append(out, word{stem(w), w})
			}
		}
		for _, part := range strings.Split(low, "-") {
			if part == "" || stopWords[part] {
				continue
			}
			out = append(out, word{stem(part), part})
		}
	}
	return out
}

func acronymOf(tok, low string, acronyms map[string]string) (string, bool) {
	if exp, ok := builtinAcronyms[low]; ok {
		return exp, true
	}
	// Only a word in capitals is an acronym: "TENS unit" is, "set" is not.
	if tok != strings.ToUpper(tok) || len(tok) < 2 {
		return "", false
	}
	key := strings.TrimSuffix(low, "s")
	if exp, ok := acronyms[key]; ok {
		return exp, true
	}
	exp, ok := acronyms[low]
	return exp, ok
}

// stem folds plurals, possessives and the "-ness" of a state; related forms (stimulator,
// stimulation) are matched by sameWord.
func stem(w string) string {
	w = strings.ToLower(w)
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	if s, ok := irregular[w]; ok {
		return s
	}
	switch {
	case len(w) > 7 && strings.HasSuffix(w, "ness"):
		// The state is its adjective: "blindness" is "blind", "deafness"
		// "deaf".
		return w[:len(w)-4]
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}

// irregular are the words the suffix rules would stem apart from their
// plurals or cut short: "lens" is no plural, and "lenses" is its.
var irregular = map[string]string{"lens": "lens", "lenses": "lens"}

// roots are the Greek and Latin combining forms of clinical words and the
// plain word each means: a request for "bone growth stimulation" is about
// what a title calls "osteogenic stimulators", "polysomnography" about
// "sleep testing", "mammography" about the "breast". Long forms (five
// letters or more) are found anywhere in a word ("electrocardiographic");
// short ones only at its start.
var roots = []struct{ form, plain string }{
	{"osteo", "bone"}, {"somno", "sleep"}, {"cardi", "heart"}, {"cardia", "heart"}, {"nephr", "kidney"},
	{"renal", "kidney"}, {"hepat", "liver"}, {"pulmon", "lung"}, {"pneumo", "lung"}, {"derm", "skin"},
	{"cutaneous", "skin"}, {"ophthalm", "eye"}, {"ocular", "eye"}, {"neur", "nerve"},
	{"mammo", "breast"}, {"mammary", "breast"}, {"gastr", "stomach"}, {"myocard", "heart"}, {"vascul", "vessel"},
	{"angio", "vessel"},
}

// concept is the plain word a stem means when it is built on a clinical
// root, or the stem itself.
func concept(stem string) string {
	for _, r := range roots {
		if stem == r.plain {
			return r.plain
		}
		if len(r.form) >= 5 && strings.Contains(stem, r.form) || strings.HasPrefix(stem, r.form) {
			return r.plain
		}
	}
	return stem
}

// sameWord matches two stems that are one word in different forms: equal,
// sharing a long prefix ("stimulator", "stimulation"; "transplant",
// "transplantation"), or a clinical root and its plain word
// ("osteogenic", "bone").
func sameWord(a, b string) bool {
	if a == b {
		return true
	}
	// A root matches its plain word only: "osteogenic" is "bone", but
	// "arthroplasty" and "arthroscopic" are not one procedure.
	if ca, cb := concept(a), concept(b); ca == cb && (ca == a || cb == b) && a != b {
		return true
	}
	n := min(len(a), len(b))
	if n < 6 {
		return false
	}
	// A compound names its last part: "neurostimulator", "stimulation".
	if n >= 8 && (strings.Contains(a, b[:8]) || strings.Contains(b, a[:8])) {
		return true
	}
	p := 0
	for p < n && a[p] == b[p] {
		p++
	}
	return p >= 6 && float64(p) >= 0.8*float64(n)
}

// titleIndex holds the policies' title words and how rare each is among
// titles (a word in every title says nothing).
type titleIndex struct {
	titles   [][]word
	idf      map[string]float64
	rarest   float64
	acronyms map[string]string
}

var parenRE = regexp.MustCompile(`\(([^)]*)\)`)

func newTitleIndex(pols []PolicyInfo) *titleIndex {
	idx := &titleIndex{idf: map[string]float64{}, acronyms: map[string]string{}}
	// "Transcutaneous Electrical Nerve Stimulation (TENS) for ..." teaches
	// what TENS stands for; the acronym itself is not a title word.
	for _, p := range pols {
		for _, m := range parenRE.FindAllStringSubmatchIndex(p.Title, -1) {
			acr := p.Title[m[2]:m[3]]
			if acr == strings.ToUpper(acr) && !strings.ContainsAny(acr, " ,") && len(acr) >= 2 {
				key := strings.ToLower(strings.TrimSuffix(acr, "s"))
				if exp, ok := spelledOut(key, strings.Fields(p.Title[:m[0]])); ok {
					idx.acronyms[key] = exp
				}
			}
		}
	}
	df := map[string]int{}
	live := 0
	for _, p := range pols {
		ws := unique(requestWords(parenRE.ReplaceAllString(p.Title, " "), nil))
		idx.titles = append(idx.titles, ws)
		if retired(p.Title) {
			// Twelve retired "FDG PET for …" titles would make "positron"
			// look common; only policies that can govern count.
			continue
		}
		live++
		for _, w := range ws {
			df[w.stem]++
		}
	}
	n := float64(live + 1)
	idx.rarest = math.Log(n)
	for w, d := range df {
		idx.idf[w] = math.Log(n / float64(d))
	}
	return idx
}

// spelledOut finds the words before an acronym whose initials spell it
// ("Low Dose Computed Tomography (LDCT)"); "(FDG)" after "Positron
// Emission Tomography" is not spelled out there.
func spelledOut(acr string, before []string) (string, bool) {
	letters := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return r
		}
		return -1
	}, acr)
	n := len(letters)
	if n < 2 || n > len(before) {
		return "", false
	}
	ws := before[len(before)-n:]
	for i, w := range ws {
		if !strings.HasPrefix(strings.ToLower(w), string(letters[i])) {
			return "", false
		}
	}
	return strings.ToLower(strings.Join(ws, " ")), true
}

func (idx *titleIndex) weight(stem string) float64 {
	if w, ok := idx.idf[stem]; ok {
		return w
	}
	// A word no title has: as rare as can be.
	return idx.rarest
}

// titleScore is how well policy i's title names the request: an F-measure
// of the title's words the request names (service or diagnoses) and the
// service's words the title names, each weighted by rarity. It returns the
// title words matched.
func (idx *titleIndex) titleScore(i int, svc, core, dx []word, drug bool) (float64, []string) {
	title := idx.titles[i]
	if len(title) == 0 || len(svc) == 0 {
		return 0, nil
	}
	var tTotal, tHit float64
	var matched []string
	for _, t := range title {
		w := idx.weight(t.stem)
		tTotal += w
		if hasWord(svc, t.stem) || hasWord(dx, t.stem) {
			tHit += w
			if !slices.Contains(matched, t.text) {
				matched = append(matched, t.text)
			}
		}
	}
	// The service's core words (what is done, not how or where) count
	// twice; a title naming none of them names something else.
	var sTotal, sHit float64
	coreHit := false
	for _, s := range svc {
		w := idx.weight(s.stem)
		isCore := hasWord(core, s.stem)
		if isCore {
			w *= 2
		}
		sTotal += w
		if hasWord(title, s.stem) {
			sHit += w
			coreHit = coreHit || isCore
		}
	}
	if tHit == 0 {
		return 0, nil
	}
	r, p := tHit/tTotal, sHit/sTotal
	if sHit == 0 {
		// A drug policy's title names the disease or the class, rarely the
		// drug: for a drug, the diagnoses the title names count half.
		if drug {
			return r / 2, matched
		}
		return 0, nil
	}
	f := 2 * p * r / (p + r)
	if !coreHit {
		f /= 2
	}
	return f, matched
}

// procedureWords name how a service is done, not what it is: "Insertion
// of leadless pacemaker" is about the pacemaker.
var procedureWords = map[string]bool{
	"insertion": true, "implantation": true, "placement": true, "removal": true, "transcatheter": true,
	"percutaneous": true, "stereotactic": true, "surgical": true, "open": true, "laparoscopic": true,
	"endoscopic": true, "revision": true, "application": true, "administration": true, "provision": true,
}

// CorePhrase is the part of a service's name that says what it is: before
// any comma or "with", "for", "using"…, and after a leading "Insertion
// of". It keeps the name's letter case: a word in capitals is an acronym
// ("HIV antigen") that the choice spells out.
func CorePhrase(display string) string {
	s := strings.ToLower(display)
	if len(s) != len(display) {
		// Lower-casing changed the bytes: offsets in s are not offsets in
		// display, so the phrase is cut from s.
		display = s
	}
	cut := len(s)
	for _, sep := range []string{",", ";", "(", " with ", " without ", " for ", " using ", " via ", " including ", " per ", " - "} {
		if i := strings.Index(s, sep); i >= 0 && i < cut {
			cut = i
		}
	}
	s, display = s[:cut], display[:cut]
	if i := strings.LastIndex(s, " of "); i >= 0 {
		head := true
		for _, w := range strings.Fields(s[:i]) {
			if !procedureWords[w] && !stopWords[w] {
				head = false
			}
		}
		if head {
			display = display[i+4:]
		}
	}
	return strings.TrimSpace(display)
}

// isDrug reports whether a service is a drug: RxNorm, NDC or a HCPCS J
// code.
func isDrug(svc umassist.Coding) bool {
	sys := strings.ToLower(svc.System)
	if strings.Contains(sys, "rxnorm") || strings.Contains(sys, "ndc") {
		return true
	}
	c := strings.ToUpper(strings.TrimSpace(svc.Code))
	return len(c) == 5 && c[0] == 'J' && isDigits(c[1:])
}

// administration words say how a drug is given, not which it is: a
// request for "aducanumab infusion" is not about infusion pumps.
var administration = map[string]bool{
	"infusion": true, "injection": true, "intravenous": true, "subcutaneous": true, "oral": true, "tablet": true,
	"capsule": true, "solution": true, "mg": true, "ml": true, "dose": true, "units": true, "unit": true, "iv": true,
	// the formulation and the salt, not the drug
	"extended": true, "release": true, "delayed": true, "er": true, "xr": true, "sr": true, "la": true,
	"hydrochloride": true, "hcl": true, "sodium": true, "potassium": true, "acetate": true, "palmitate": true,
	"sulfate": true, "citrate": true, "phosphate": true, "succinate": true, "tartrate": true, "maleate": true,
	"mesylate": true, "besylate": true, "parenteral": true, "suspension": true, "powder": true,
	"vial": true, "pen": true, "syringe": true, "prefilled": true, "injectable": true, "gm": true, "mcg": true,
	"injector": true, "autoinjector": true, "auto": true, "cartridge": true, "kit": true, "actuation": true,
	"inhaler": true, "patch": true, "film": true, "chewable": true, "disintegrating": true, "topical": true,
}

func serviceWords(ws []word, drug bool) []word {
	if !drug {
		return ws
	}
	var out []word
	for _, w := range ws {
		if !administration[w.text] {
			out = append(out, w)
		}
	}
	return out
}

func unique(ws []word) []word {
	var out []word
	for _, w := range ws {
		if !slices.ContainsFunc(out, func(o word) bool { return o.stem == w.stem }) {
			out = append(out, w)
		}
	}
	return out
}

func hasWord(ws []word, stem string) bool {
	for _, w := range ws {
		if sameWord(w.stem, stem) {
			return true
		}
	}
	return false
}

// genericKinds name a kind of service or a part of a device, not which
// service: "Lipid panel" is about lipids, "neurostimulator electrode
// array" about a neurostimulator.
var genericKinds = map[string]bool{
	"therapy": true, "treatment": true, "device": true, "system": true, "service": true, "imaging": true,
	"study": true, "test": true, "testing": true, "procedure": true, "unit": true, "equipment": true,
	"supply": true, "program": true, "analysi": true, "analysis": true, "assay": true, "scan": true, "panel": true,
	"screening": true, "training": true, "counseling": true, "evaluation": true, "management": true,
	// parts of a device
	"electrode": true, "array": true, "lead": true, "generator": true, "pulse": true, "interface": true,
	"accessory": true, "accessorie": true, "component": true, "kit": true, "battery": true,
}

// specific drops the generic kinds and parts from a service's words.
func specific(ws []word) []word {
	var out []word
	for _, w := range ws {
		if !genericKinds[w.stem] && !procedureWords[w.text] && !isDigits(w.text) {
			out = append(out, w)
		}
	}
	return out
}

// textWords turns the service words a policy's text names into matchable
// words.
func textWords(ws []string) []word {
	out := make([]word, 0, len(ws))
	for _, w := range ws {
		out = append(out, word{stem(w), w})
	}
	return out
}

// coverage is the rarity-weighted share of the service's words (core words
// twice) that a policy's title or text names, and the words its text adds
// to its title.
func (idx *titleIndex) coverage(svc, core, title, text []word) (float64, []string) {
	var total, hit float64
	var added []string
	for _, s := range svc {
		w := idx.weight(s.stem)
		if hasWord(core, s.stem) {
			w *= 2
		}
		total += w
		inTitle := hasWord(title, s.stem)
		if inTitle || hasWord(text, s.stem) {
			hit += w
		}
		if !inTitle && hasWord(text, s.stem) {
			added = append(added, s.text)
		}
	}
	if total == 0 {
		return 0, nil
	}
	return hit / total, added
}

// lookupWords are the service's words whose presence in a policy's text
// the store looks up: each specific content word (not a number, a kind or
// a part), and the plain word a clinical root means.
// LookupWords are the specific words of a request's service whose
// presence in each policy's text the choice weighs
// (PolicyEvidence.TextWords); the titles of the policies in force spell
// out the acronyms a request writes.
func LookupWords(req PolicyRequest, pols []PolicyInfo) []string {
	return lookupWords(req, newTitleIndex(pols).acronyms)
}

func lookupWords(req PolicyRequest, acronyms map[string]string) []string {
	drug := isDrug(req.Service)
	var out []string
	for _, w := range specific(unique(serviceWords(requestWords(req.Service.Display, acronyms), drug))) {
		for _, t := range []string{w.text, concept(w.stem)} {
			if !slices.Contains(out, t) {
				out = append(out, t)
			}
		}
	}
	return out
}

// bodySites are the words that say where in the body a service is done,
// by the part they name. A policy whose title is about one part does not
// govern a service done on another (a shoulder arthroscopy is not the
// knee's lavage; an artificial larynx is not a lumbar disc). Words that
// name two parts ("cervical": spine or cervix; "thoracic": spine or chest;
// "ventricular": heart or brain) are left out.
var bodySites = func() map[string]string {
	parts := map[string][]string{
		"knee": {"knee", "knees"}, "hip": {"hip", "hips"}, "shoulder": {"shoulder", "shoulders"},
		"foot": {"foot", "feet", "toe", "toes", "ankle", "ankles"}, "hand": {"hand", "hands", "wrist", "wrists", "finger", "fingers"},
		"elbow":  {"elbow", "elbows"},
		"spine":  {"spine", "spinal", "lumbar", "lumbosacral", "vertebral", "vertebra", "vertebrae", "intervertebral", "vertebroplasty", "kyphoplasty"},
		"larynx": {"larynx", "laryngeal", "laryngectomy"}, "esophagus": {"esophagus", "esophageal"}, "stomach": {"stomach", "gastric"},
		"colon": {"colon", "colonic", "colorectal", "rectal", "rectum", "anal", "anorectal"}, "liver": {"liver", "hepatic"},
		"kidney": {"kidney", "kidneys", "renal"}, "bladder": {"bladder"}, "prostate": {"prostate", "prostatic"},
		"breast": {"breast", "breasts", "mammary", "mammography", "mammogram", "mammograms"},
		"eye":    {"eye", "eyes", "ocular", "retina", "retinal", "macular", "cornea", "corneal", "cataract", "vitreous", "intraocular", "ophthalmic", "choroid", "choroidal", "aphakia", "aphakic"},
		"ear":    {"ear", "ears", "cochlear", "auditory"},
		"heart":  {"heart", "cardiac", "coronary", "myocardial", "atrial", "pacemaker", "pacemakers"},
		"lung":   {"lung", "lungs", "pulmonary", "bronchial", "bronchoscopy"}, "brain": {"brain", "cerebral", "intracranial"},
		"teeth": {"dental", "tooth", "teeth"}, "pancreas": {"pancreas", "pancreatic"}, "thyroid": {"thyroid"},
		"uterus": {"uterus", "uterine", "ovary", "ovarian", "ovaries"}, "penis": {"penis", "penile"},
	}
	m := map[string]string{}
	for part, ws := range parts {
		for _, w := range ws {
			m[w] = part
		}
	}
	return m
}()

var letters = regexp.MustCompile(`[a-z]+`)

// sitesOf lists the body parts a text names, sorted and unique.
func sitesOf(s string) []string {
	var out []string
	for _, w := range letters.FindAllString(strings.ToLower(s), -1) {
		if p, ok := bodySites[w]; ok && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	slices.Sort(out)
	return out
}

// elsewhere reports whether a title is about other parts of the body than
// the service: both name one, and none is the same.
func elsewhere(service, title []string) bool {
	return len(service) > 0 && len(title) > 0 && !slices.ContainsFunc(title, func(p string) bool { return slices.Contains(service, p) })
}

// notPlaces are words of the body-part list that name a procedure, a
// device or a condition as well as where it is: a title naming them names
// what is done.
var notPlaces = map[string]bool{
	"vertebroplasty": true, "kyphoplasty": true, "laryngectomy": true, "mammography": true, "mammogram": true,
	"mammograms": true, "bronchoscopy": true, "cataract": true, "pacemaker": true, "pacemakers": true,
	"aphakia": true, "aphakic": true, "cochlear": true,
}

// onlyWhere reports whether every word a title shares with the service is
// a body part: the title names where the service is done, not what it is.
func onlyWhere(title, svc []word) bool {
	shared := false
	for _, t := range title {
		if !hasWord(svc, t.stem) {
			continue
		}
		if bodySites[t.text] == "" || notPlaces[t.text] {
			return false
		}
		shared = true
	}
	return shared
}
