package criteria

import (
	"regexp"
	"strconv"
	"strings"
)

// noContraPre: a finding just after "no contraindication to" is one the
// writer permits.
var noContraPre = regexp.MustCompile(`\b(?:no|without(?: any)?)\s+(?:known\s+|absolute\s+|clear\s+)?contraindications?\s+(?:to|for)(?:\s+(?:a|an|the))?\s*$`)

// checklistNo is the rest of a checklist's line when the item is
// answered no: "Dyslipidemia – no", "HTN: No;", and a table's next cell
// ("Type 2 diabetes<TAB>No (A1c 5.4%)", a row of an HTML table), whose
// "No" answers the row's item whatever follows it ("Osteoarthritis<TAB>No
// joint disease").
var checklistNo = regexp.MustCompile(`(?i)^(?:(?:\s*[-–—:]|[^\t\n.;:]{0,40}?[ ]{2,})\s*no\b\s*(?:$|[,;.(])|[^\t\n.;:]{0,40}?\t\s*no\b)`)

// fieldPending is the rest of a line whose field, after a colon, says
// the finding is still to come.
var fieldPending = regexp.MustCompile(`(?i)^[^:\n.]{0,60}:\s*(not yet\b|pending\b|awaited\b|outstanding\b|to follow\b|not (?:available|received|done)\b)`)

// fieldAbsent is the rest of a line whose field, after a colon, says
// there is nothing in it: "ABI: not on file", "TBI: none on file",
// "Toe pressure: n/a", "DP/PT: ___".
var fieldAbsent = regexp.MustCompile(`(?i)^[^:\n.]{0,60}:\s*(not (?:on file|in (?:the )?(?:chart|record)s?|assessed|performed|obtained|measured|recorded)\b|none (?:on file|available|found)\b|n/a\b|_{2,})`)

// fieldUnassessed is the rest of a line whose field's value says the
// finding could not be assessed: "Vascular status: pedal pulses
// difficult to palpate (edema)".
var fieldUnassessed = regexp.MustCompile(`(?i)^[^:\n.]{0,60}:\s*[^.;:\n]{0,40}?\b((?:difficult|unable|hard|impossible|not possible) to (?:palpate|assess|feel|obtain|measure|evaluate))\b`)

// fieldOpen is the rest of a line whose field's value, after a colon,
// leaves the field's subject to come: "Vascular status: arterial studies
// (ABI/TBI, TcPO2) ordered again today - not yet done".
var fieldOpen = regexp.MustCompile(`(?i)^[^:\n.]{0,60}:\s*[^.;:\n]{0,80}?\b(ordered|not yet (?:done|performed|completed|obtained)|pending|to be (?:re-?)?scheduled|re-?scheduled|not done|not performed|not obtained)\b`)

// unreadablePre: a test named as giving no answer before the finding
// ("non-compressible ABI").
var unreadablePre = regexp.MustCompile(`\b(non-?compressible|incompressible|non-?diagnostic|uninterpretable|not interpretable)\s*$`)

// pendingHeadingRE is a heading whose items are still to come: "Pending
// at discharge:", "Outstanding:", "To do:".
var pendingHeadingRE = regexp.MustCompile(`^(?:pending|outstanding|to[- ]do|items pending|results pending|studies pending)\b`)

// choiceBefore and choiceAfter find a finding weighed against another,
// a choice not yet made: "options: short course of warfarin + aspirin vs
// dual antiplatelet therapy", "DAPT versus short-term warfarin".
var (
	choiceBefore = regexp.MustCompile(`(?:\b(?:vs\.?|versus|options?|alternatives?)|\(options?:?)\s*:?\s*$`)
	choiceAfter  = regexp.MustCompile(`^[^.;:]{0,30}?\s(?:vs\.?|versus)\s`)
	// choiceAbout: a "versus" after a preposition is the subject the
	// finding is about ("decision aid for LAAC versus anticoagulation").
	choiceAbout = regexp.MustCompile(`\b(?:for|of|about|between|on|regarding|comparing)\b`)
)

// weighed reports whether the rest of a clause weighs the finding against
// another option.
func weighed(rest string) bool {
	m := choiceAfter.FindString(rest)
	return m != "" && !choiceAbout.MatchString(m)
}

// seeOtherNote: the sentence sends the reader to another clinician's note
// for what it tells ("completed 11/3 with Dr. Okafor using the decision
// aid - see her note"): a retelling that stands on that note.
var seeOtherNote = regexp.MustCompile(`(?i)\bsee (?:his|her|their|that|dr\.? [a-z]+'s) (?:note|report|letter|documentation)\b|\bper (?:his|her|their) (?:note|report)\b`)

// pastParen is the rest of a clause after the parenthesis a finding is
// in, or the one just after it: "arterial studies (ABI/TBI, TcPO2)
// ordered" says of the studies what the words after the list say.
func pastParen(rest string) string {
	t := strings.TrimLeft(rest, " \t")
	if strings.HasPrefix(t, "(") {
		if i := strings.IndexByte(t, ')'); i >= 0 {
			return t[i+1:]
		}
		return rest
	}
	if i := strings.IndexByte(rest, ')'); i >= 0 && !strings.Contains(rest[:i], "(") {
		return rest[i+1:]
	}
	return rest
}

// labelingPre: what a device's labeling calls for, said before the
// finding ("Device labeling pathway is short-term warfarin + aspirin"),
// describes the device's regimen, not what this patient can take.
var labelingPre = regexp.MustCompile(`\b(?:per (?:the )?(?:device |ifu )?label(?:l)?ing|(?:device |ifu |the )?label(?:l)?ing(?: pathway| regimen| requirements?)?\s+(?:is|are|requires?|calls? for|specifies|recommends?))\b[^.;]*$`)

// queriedBefore and queriedAfter are the clinician's question mark on a
// finding: "?NSTEMI", "?ischemic (STEMI equivalent", "STEMI equivalent?"
// — a possibility raised, not a diagnosis.
var (
	queriedBefore = regexp.MustCompile(`(?:^|[\s(#,;:])\?\s*(?:[\w/-]+\s*\(\s*)?$`)
	queriedAfter  = regexp.MustCompile(`^[\w/-]*(?:\s+[\w/-]+){0,2}\?`)
)

// formAnswer is a form's answer after its question mark ("Prior MI? Yes").
var formAnswer = regexp.MustCompile(`(?i)^\s*(?:yes|y|no|n|x|☑|☒|✓|✔)\b`)

// queried reports whether the clinician's question mark follows the
// finding, not a form's question that its answer follows.
func queried(lineRest string) bool {
	m := queriedAfter.FindStringIndex(lineRest)
	return m != nil && !formAnswer.MatchString(lineRest[m[1]:])
}

// longSince is the words before a finding that put it at least a span
// before the note: "> 3 mo post PCI", "more than 40 days after MI".
var longSince = regexp.MustCompile(`(?:>|>=|≥|more than|over|greater than|at least)\s*(\d{1,3})\s*(days?|d|weeks?|wks?|months?|mos?|years?|yrs?)\s+(?:post|after|since|from|out from|s/p|status post)\s*$`)

// longSinceSpan is longSince's span as the months and days to go back by.
func longSinceSpan(n, unit string) (months, days int) {
	v, _ := strconv.Atoi(n)
	switch unit[0] {
	case 'm':
		return v, 0
	case 'y':
		return 12 * v, 0
	case 'w':
		return 0, 7 * v
	}
	return 0, v
}

// undecidedField is a line's text before a finding that leaves its
// field undecided ("TBD - ").
var undecidedField = regexp.MustCompile(`(?i)\b(?:tbd|to be determined|undecided)\s*[-–—:]+\s*$`)

// blankField is the rest of a form's line after a finding when the field
// it labels is empty: the rest of the label, leader dots or underscores,
// and nothing else. (A label ending in a colon alone may be a heading
// over the lines below.)
var blankField = regexp.MustCompile(`^[^.:_\d]*?(?:[.:_]\s*){2,}$`)

// uncheckedBox is a form's empty box at the start of a line, before the
// item: "[ ]", "[  ]", "☐", after any bullet.
var uncheckedBox = regexp.MustCompile(`^\s*(?:[-*•]\s*)?(?:\[\s*\]|☐)\s*[^\[☐☑☒]*$`)

// notResolvedRE is a finding told as still there: "has not resolved",
// "not improved" deny the change, not the finding.
var notResolvedRE = regexp.MustCompile(`^[\s,:\-–]*(?:(?:has|have|had|is|are|was|were)\s+)?not\s+(?:yet\s+|fully\s+|completely\s+)?(?:resolved|improved|changed|subsided|abated|gone away|better)\b`)

// resolvedRE finds a finding's end told later in its clause ("fatigue
// attributed to hypothyroidism, resolved with dose increase"; "the
// fatigue she had in the spring went away in July").
var resolvedRE = regexp.MustCompile(`\b(?:resolved|went away|gone away|subsided|abated)\b`)

// resolvedDenied ends with the words that deny a resolution ("has not",
// "hasn't", "never fully").
var resolvedDenied = regexp.MustCompile(`(?:\bnot|n't|\bnever|\byet to be)\s+(?:(?:since|now|completely|fully|been)\s+)?$`)

// resolvedLater is the words that tell the finding has resolved, "" when
// none do or they are denied ("has not resolved").
func resolvedLater(rest string) string {
	loc := resolvedRE.FindStringIndex(rest)
	if loc == nil || resolvedDenied.MatchString(rest[:loc[0]]) {
		return ""
	}
	// What resolved must be the finding: not something named in a
	// parenthesis ("clear benefit (sleepiness resolved)") or after a
	// comma ("dyspnea, edema resolved"); ", resolved" itself is.
	between := rest[:loc[0]]
	if strings.ContainsAny(between, "([") {
		return ""
	}
	if i := strings.LastIndexByte(between, ','); i >= 0 {
		switch strings.TrimSpace(between[i+1:]) {
		case "", "since", "now", "since then", "completely", "fully", "and has", "and":
		default:
			return ""
		}
	}
	return rest[loc[0]:loc[1]]
}

// inProgress reports whether the words before a finding tell a course
// still under way ("month 6 of 6" is its last, done when the note says so).
func inProgress(before string) bool {
	for _, m := range progressPre.FindAllStringSubmatch(before, -1) {
		if m[1] == "" || atoi(m[1]) < atoi(m[2]) {
			return true
		}
	}
	return false
}

// doubtRE: the writer says they cannot tell, or it is unclear, whether
// what follows is so ("cannot tell whether this is true severe AS",
// "unclear if this represents severe stenosis"), or cannot confirm it
// ("cannot confirm non-valvular AF until the valve is assessed").
var doubtRE = regexp.MustCompile(`\b(?:(?:(?:cannot|can ?not|can't|unable to|not able to|hard to|difficult to|too early to) (?:yet )?(?:tell|say|determine|know|be (?:sure|certain))|(?:it is |it's |still |remains |remain )?(?:unclear|uncertain|undetermined|indeterminate|not (?:yet )?(?:clear|known|certain|sure))) (?:as to )?(?:whether|if)|(?:cannot|can ?not|can't|unable to|not able to) (?:yet )?(?:confirm|establish|verify))\b`)

// doubtBefore returns the doubt that opens the question the finding is
// asked in, when no more than five words lie between them and the
// question is about what is so, not about what to do ("unclear whether
// to proceed" is a decision still open).
func doubtBefore(before string) string {
	cue, between := cueJustBefore(doubtRE, before, 5)
	if len(between) > 0 && between[0] == "to" {
		return ""
	}
	return cue
}

// eligibleRE: the writer says the patient would qualify for what
// follows ("meets criteria for", "qualifies for", "meets Medicare
// criteria for").
var eligibleRE = regexp.MustCompile(`\b(?:(?:meets?|meeting|fulfils?|fulfills?|satisfies) (?:the )?(?:[\w-]+ ){0,2}criteria for|qualif(?:y|ies|ied) for)\b`)

// eligibleBefore returns the eligibility words just before a finding (no
// more than three words between: "qualifies for home O2 at rest: SpO2
// 86%" keeps its reading).
func eligibleBefore(before string) string {
	cue, _ := cueJustBefore(eligibleRE, before, 3)
	return cue
}

// cueJustBefore returns re's last match in before, and the words between
// it and the finding, when there are no more than most of them.
func cueJustBefore(re *regexp.Regexp, before string, most int) (string, []string) {
	end := lastEnd(re, before)
	if end < 0 {
		return "", nil
	}
	between := strings.Fields(before[end:])
	if len(between) > most {
		return "", nil
	}
	return firstMatchLast(re, before), between
}

// questionAfter: a question opened after a denial and before the
// finding ("whether", "if").
var questionAfter = regexp.MustCompile(`\b(?:whether|if)\b`)

// recordScope: a denial whose scope is the record, not the patient.
var recordScope = regexp.MustCompile(`\b(?:in|on)\s+(?:our|the|this|their)\s+(?:records?|chart|file|system|ehr|emr)\b|\bon file\b|\bavailable (?:to us|for review|here)\b`)
