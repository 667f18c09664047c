package scan

import (
	"regexp"
	"strings"
)

// Kind is what a page is.
type Kind string

// Page kinds.
const (
	KindForm     Kind = "pa_form"        // a prior-authorization request form or letter
	KindNote     Kind = "progress_note"  // a clinician's note: visit, consult, H&P, letter
	KindLab      Kind = "lab_report"     // laboratory results
	KindImaging  Kind = "imaging_report" // imaging or another diagnostic test's report
	KindOther    Kind = "other"          // a cover sheet, anything else
	kindNoneSeen Kind = ""
)

// Label is how the reviewer's page names a kind.
func (k Kind) Label() string {
	switch k {
	case KindForm:
		return "Prior authorization request"
	case KindNote:
		return "Progress note"
	case KindLab:
		return "Laboratory report"
	case KindImaging:
		return "Imaging or test report"
	}
	return "Other page"
}

// cues are phrases that mark a kind; a page is the kind with the most
// distinct cues, given at least two (a form needs three: notes mention
// "prior authorization" too).
var cues = map[Kind][]*regexp.Regexp{
	KindForm: res(`prior\s*auth`, `pre-?cert`, `authorization\s*request|request\s*(?:for|form)`, `member\s*(?:id|name|#)|subscriber\s*id`,
		`\bnpi\b`, `cpt|hcpcs|procedure\s*code`, `diagnosis\s*code|icd-?10`, `requesting|ordering\s*(?:provider|physician)`,
		`review\s*type|urgency|priority|expedited|urgent`, `utilization\s*management`),
	KindNote: res(`chief\s*complaint`, `history\s*of\s*present\s*illness|\bhpi\b`, `assessment`, `\bplan\b`, `physical\s*exam|exam:`,
		`progress\s*note|office\s*visit|consult(?:ation)?\s*note|history\s*and\s*physical`, `review\s*of\s*systems`, `follow[- ]?up`, `medications?:`),
	KindLab: res(`reference\s*range|ref\.?\s*range`, `specimen`, `collected`, `laboratory|\blab\b`, `result`, `mmol/l|mg/dl|g/dl|units`, `flag`),
	KindImaging: res(`impression`, `findings`, `technique`, `echocardiogra|ultrasound|radiograph|x-ray|\bct\b|\bmri\b|scan\b|angiogra|polysomnogra|sleep\s*study`,
		`indication`, `ejection\s*fraction|lvef`, `radiolog|interpreted\s*by`),
	KindOther: res(`fax\s*cover|cover\s*sheet`, `confidentiality\s*notice`, `number\s*of\s*pages|pages\s*including`),
}

func res(ps ...string) []*regexp.Regexp {
	out := make([]*regexp.Regexp, len(ps))
	for i, p := range ps {
		out[i] = regexp.MustCompile(`(?i)` + p)
	}
	return out
}

// Classify names a page's kind from its text.
func Classify(text string) Kind {
	score := map[Kind]int{}
	for k, rs := range cues {
		for _, r := range rs {
			if r.MatchString(text) {
				score[k]++
			}
		}
	}
	// A cover sheet says so in its title: it wins over the words of the
	// request it announces.
	if score[KindOther] >= 2 && len(strings.Fields(text)) < 250 {
		return KindOther
	}
	if score[KindForm] >= 4 {
		return KindForm
	}
	best, bestN := kindNoneSeen, 1
	for _, k := range []Kind{KindImaging, KindLab, KindNote} {
		if score[k] > bestN {
			best, bestN = k, score[k]
		}
	}
	if best == kindNoneSeen {
		if score[KindForm] >= 3 {
			return KindForm
		}
		return KindOther
	}
	return best
}
