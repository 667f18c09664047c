package criteria

import (
	"regexp"
	"strings"
	"time"
)

// Assertion is how a finding is asserted where it is written: a phrase
// found in a note is evidence only when the note says it happened to this
// patient, as a fact, not when it is denied, planned, hypothetical, a
// relative's, or second-hand.
type Assertion string

// Assertions, in the order they are checked: the first cue found decides.
const (
	Affirmed     Assertion = "affirmed"
	Negated      Assertion = "negated"
	Hypothetical Assertion = "hypothetical" // planned, scheduled, pending, conditional, recommended
	Family       Assertion = "family"       // another person's (family history)
	Uncertain    Assertion = "uncertain"    // possible, suspected, second-hand
)

// Context is what the words around a finding say about it.
type Context struct {
	Assertion Assertion
	// Cue is the word that set the assertion ("denies", "scheduled").
	Cue string
	// Historical is set when the finding is told as past ("history of",
	// "at admission", "remote", "in 2019"): it is not current.
	Historical bool
	// Unconfirmed is set when the sentence says the finding is still to be
	// confirmed or its report not yet received: a statement about the
	// evidence now, not a retelling of it.
	Unconfirmed bool
	// Required is set when the finding is told as what a policy or a
	// device's labeling asks for: hypothetical, and no plan for this
	// patient either.
	Required bool
	// Retold is set when the sentence sends the reader to another
	// clinician's note for the finding ("see her note"): it stands on
	// that note.
	Retold bool
	// When is the date the sentence ties the finding to ("in 2019",
	// "03/10", "six weeks ago"), resolved against the note's date; zero
	// when the sentence names none.
	When time.Time
	// WhenLast is the last day When may stand for: "in March" is any day
	// of March, "(2019)" any day of 2019.
	WhenLast time.Time
	// Sentence is the sentence holding the finding, and its byte offsets
	// in the note's text.
	Sentence   string
	Start, End int
	// clauseText is the clause holding the finding.
	clauseText string
}

// Counts reports whether the finding is asserted as a fact about the
// patient.
func (c Context) Counts() bool { return c.Assertion == Affirmed }

// Cue lists, as regular expressions over lower-case text. Pre-cues sit
// before the finding in its clause, post-cues right after it.
var (
	negPre = regexp.MustCompile(`\b(no|not|denies|denied|deny|without|negative for|free of|absence of|absent|ruled out|rules out|never|none|has not|have not|hasn't|haven't|did not|didn't|does not|doesn't|not yet|no evidence of|no sign of|no history of|declined|declines|refused|refuses|neither|nor|unable to obtain|no longer|missed|no[- ]showed|no[- ]show (?:for|to))\b`)
	// "has not taken place yet", "not yet performed": pending, not denied.
	pendPost = regexp.MustCompile(`^[\s,:\-–]*(?:(?:has|have|had|is|are|was|were)\s+)?(?:not\s+yet\b|not\s+(?:been\s+)?(?:done|performed|completed|taken place|happened|occurred|scheduled|received|available)\s+yet\b)`)
	negPost  = regexp.MustCompile(`^[\s,:\-–—(]*(?:(?:on\s+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?\s+)?(?:(?:was|were|is|are|has been|have been|had been|has|have|had|did|does|do)\s+)?(none (?:found|identified|seen)\b|not\b|no\b(?:\s*$|\s*[,;.(]|\s+(?:history|hx|known|evidence|longer)\b)|ruled out|excluded\b|negative\b|absent\b|denied\b|unknown\b|declined\b|(?:order\s+)?cancell?ed\b|refused\b|not performed|not done|not documented|not available|not received|was never)`)
	hypPre   = regexp.MustCompile(`\b(if|whether|would|should|could|will|shall|plan|plans|planned|planning|plan to|plan for|scheduled|schedule|to be|pending|awaiting|await|awaited|consider|considering|considered|recommend|recommends|recommended|recommendation|advise|advised|advises|advising|candidate for|candidacy|referral|refer to|referred to|referred for|refer for|order|ordered|ordering|book|booked|upcoming|future|next|once|unless|in case|eligible|may (?:be|need|have|require|benefit|qualify)|might|to undergo|to start|to begin|to complete|to have|will need|request|requested|requesting|anticipated|expected|interested in|for evaluation|evaluate for|tbd|to be determined|re-?schedule|re-?scheduled|weigh in(?: \w+)? on|(?:input|opinion|advice) (?:on|regarding|about))\b`)
	// progressPre: a course still under way when the note was written
	// ("almost done with the diet program", "in month 5 of 6 of the
	// supervised program"): not yet a course completed, nor its outcome.
	progressPre = regexp.MustCompile(`\b(?:almost|nearly) (?:done|through|finished) with\b|\bnot yet (?:done|through|finished) with\b|\bstill (?:enrolled in|attending|completing)\b|\bin (?:month|week) (\d+) of (\d+)\b`)
	// policyPre: a sentence stating what coverage asks for, as a test
	// report's boilerplate does ("Medicare coverage of PAP requires
	// documented excessive daytime sleepiness"), names the finding as a
	// requirement, not as the patient's.
	policyPre = regexp.MustCompile(`\b(?:requires?|required) (?:documented|documentation of|evidence of)\b|\b(?:coverage|medicare|policy|criteria|payer|insurer)\s+(?:\S+\s+){0,4}?(?:requires?|required|asks? for|mandates?)\b|\bmust be documented\b|\bto qualify\b|\bper (?:the )?(?:cms|medicare|payer|policy|ncd|coverage)\s+(?:requirements?|rules?|criteria)\b`)
	// policyPost: what a policy requires, said after the finding ("a
	// formal shared decision-making interaction ... is required before
	// LAAC").
	policyPost = regexp.MustCompile(`\b(?:is|are)\s+(?:required|needed|mandatory)\s+(?:before|prior to|for coverage|for approval)\b`)
	// rolePre: who does a step, told in the present ("the EP/structural
	// team does the shared decision-making visit as part of their
	// evaluation"), describes a role, not an event that took place.
	rolePre = regexp.MustCompile(`\b(?:team|service|clinic|group|department|they|surgeon|surgeons|cardiologist|electrophysiologist|ep)\s+(?:usually\s+|typically\s+|normally\s+|routinely\s+)?(?:does|do|handles|handle|performs|perform|conducts|conduct|runs|run)(?:\s+(?:the|a|an|their|its))?\s*$`)
	// uncPost: a finding told on someone else's word, just after it
	// ("\"severe AS\" per outside PCP letter", "per patient report").
	uncPost = regexp.MustCompile(`^["'”’)\s,]*(?:per|according to|as reported by|by report of|reportedly)\s+(?:the\s+|an?\s+)?(?:outside|patient|pt|family|wife|husband|daughter|son|referring|referral|pcp|prior|old|external|records?)\b`)
	// unconfirmedRE: later in the sentence, the finding is still to be
	// confirmed, or its source not yet in hand ("reportedly severe AS but
	// images/report not yet received"), or the test read as giving no
	// answer ("ABI 1.52, non-compressible, not interpretable").
	unconfirmedRE = regexp.MustCompile(`\b(?:needs?|remains?|has|have|is|are) (?:yet )?to be confirmed\b|\bawaiting confirmation\b|\bnot yet confirmed\b|\bunconfirmed\b|\bneeds? confirmation\b|\bnot (?:yet )?(?:been )?received\b|\bawaiting (?:the |their |its )?(?:report|images|records|results)\b|\bnot (?:yet )?established\b|\bindeterminate\b|\bundetermined\b|\bcannot be (?:judged|assessed|determined|established|evaluated)\b|\b(?:unable|not able|impossible) to (?:judge|assess|determine)\b|\b(?:not |un|non-?)interpretable\b|\bnon-?diagnostic\b|\bnot diagnostic\b|\bnon-?compressible\b`)
	// requestHeadingRE: a heading over what is asked for or awaited.
	requestHeadingRE = regexp.MustCompile(`\b(?:requested|request|pending|awaited|outstanding|to do|orders?)$`)
	// hypNear: a plan word a few words after the finding, in the same
	// phrase, across a list of tests ("arterial duplex/ABI/TBI ordered
	// 7/28"); a comma ends it ("LVEF 25%, repeat echo ordered" is a
	// result). resultRE: what a test ordered and since done reports ("echo
	// ordered in May showed").
	hypNear = regexp.MustCompile(`^([^.;,]{0,25}?)\b(scheduled|planned|pending|booked|ordered|requested|awaited)\b`)
	// hypList: a plan word after a longer coordinated list of tests.
	hypList  = regexp.MustCompile(`^([^.;,]{0,60}?)\b(scheduled|planned|pending|booked|ordered|requested|awaited)\b`)
	resultRE = regexp.MustCompile(`\b(?:showed|shows|revealed|reveals|demonstrated|demonstrates|confirmed|found|resulted)\b`)
	// doneRE, between a finding and a plan word, says the finding was done
	// before the plan ("echo performed and repeat scheduled").
	doneRE  = regexp.MustCompile(`\b(?:performed|completed|done|obtained)\b`)
	hypPost = regexp.MustCompile(`^[\s,:\-–]*(?:(?:is|are|was|were|has been|have been|will be|to be|still|remains?)\s+){0,2}(scheduled|re-?scheduled|planned|planning|pending|booked|ordered|requested|awaited|outstanding|to follow|deferred|on hold|would be (?:needed|required|reasonable|considered)|to be (?:done|performed|scheduled|arranged|completed)|not yet (?:done|performed|completed|received)|has not been (?:done|performed|received)|arranged for|in the future|next (?:week|month))\b`)
	famPre  = regexp.MustCompile(`\b(mother|mother's|father|father's|brother|brother's|sister|sister's|sibling|siblings|son|son's|daughter|daughter's|aunt|uncle|grandmother|grandfather|grandparent|parent|parents|family history|family hx|fhx|fh:|family member|cousin|husband's|wife's)\b`)
	uncPre  = regexp.MustCompile(`\b(can be|possible|possibly|probable|probably|suspected|suspect|suspicion|suspicious for|questionable|query|likely|may have|might have|rule out|r/o|concern for|concerning for|cannot exclude|can't exclude|cannot be excluded|equivocal|borderline|presumed|presumptive|provisional|was told|were told|been told|reportedly|per outside|by report|outside (?:test|study|testing|records?|report)|she says she|he says he|claims|unverified|not verified|hearsay|risk for|risk of|at risk|screening for|screened for|screen for|according to (?:the )?(?:patient|family|daughter|son|wife|husband))\b`)
	histPre = regexp.MustCompile(`\b(history of|hx of|h/o|prior|previous|previously|remote|past|former|formerly|at admission|on admission|on arrival|at arrival|upon arrival|at diagnosis|at presentation|when (?:he|she|they) presented|initially|originally|at that time|at the time|years ago|s/p|status post|back in|at (?:her|his|their|the) (?:initial|first) (?:consultation|consult|visit|evaluation)|on presentation|at triage|ed|er|emergency (?:department|room))\b|(?:^|[\s(])old\b`)
	// Verb phrases later in the clause that turn back on what came before
	// ("SDM using the decision aid has not taken place yet"; "the surgeon
	// evaluation was not face to face").
	pendLater = regexp.MustCompile(`\b(?:has|have|had|is|are|was|were)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:taken place|done|performed|completed|happened|occurred|received|scheduled)\b[^.;]*\byet\b|\bnot\s+yet\b`)
	negLater  = regexp.MustCompile(`\b(?:was|were|is|are|has been|have been|had been|has|have|had|did|does)\s+not\s+(?:been\s+)?(?:done|performed|completed|taken place|happened|occurred|seen|examined|documented|found|present|received|met)\b|\bwas ruled out\b|\bwere ruled out\b`)
	// hypLater: the test still to come, including one whose machine is
	// out of service ("Our TcPO2 unit is out for service until August").
	hypLater = regexp.MustCompile(`\b(?:is|are|was|were|has been|have been)\s+(?:scheduled|planned|pending|booked|ordered|requested)\b|\bto be (?:done|performed|scheduled|arranged|completed)\b|\b(?:is|are|was|were)\s+(?:out (?:of|for) service|down for repair|broken|unavailable)\b`)
	// Past told after the finding: "NYHA IV at admission".
	// "PaO2 52 on room air on arrival": a few words may stand between.
	histPost = regexp.MustCompile(`^[\s,(]*(?:at|on|upon)\s+(?:admission|arrival|diagnosis|presentation|that time|the time)\b|^[\s,(]*(?:[a-z0-9%/]+\s+){1,4}?(?:at|on|upon)\s+(?:admission|arrival)\b`)
	// Words that end a cue's scope inside a sentence (ConText's
	// terminations).
	// A dash, double in plain-text exports, ends one too ("no echo report
	// available -- outside TTE reportedly severe AS"), and an arrow to
	// what a thing became ("no bone involvement -> Wagner grade 2"), as
	// does "and"
	// opening a new finding with its own verb ("MRI shows no lesion and CT
	// shows normal cochlear anatomy").
	clauseEnd = regexp.MustCompile(`(?i)(,\s*but\b|\bbut\b|\bhowever\b|\balthough\b|\bthough\b|\bwhereas\b|\bexcept\b|\bapart from\b|\bwhich\b|\bthat was\b|;|:\s|\s(?:[-–—]|--)\s|\s*(?:-+>|=>|→)\s*|\band\s+(?:the\s+|an?\s+)?[a-z0-9/-]+(?:\s+[a-z0-9/-]+)?\s+(?:shows|showed|reveals|revealed|demonstrates|demonstrated|confirms|confirmed)\b)`)
)

// sentenceBounds returns the sentence around [start, end): a full stop
// ends a sentence only when followed by white space (decimals and
// abbreviations like "Dr." followed by a name do not), as do new lines,
// semicolons, "!" and "?".
func sentenceBounds(text string, start, end int) (int, int) {
	s := 0
	for i := start - 1; i >= 0; i-- {
		if isBoundary(text, i) {
			s = i + 1
			break
		}
	}
	e := len(text)
	for i := end; i < len(text); i++ {
		if isBoundary(text, i) {
			e = i
			break
		}
	}
	return s, e
}

var abbreviations = map[string]bool{"dr": true, "mr": true, "mrs": true, "ms": true, "vs": true, "approx": true, "e.g": true, "i.e": true,
	"st": true, "no": true, "pt": true, "hx": true, "dx": true, "fig": true, "etc": true, "jr": true, "sr": true, "min": true}

func isBoundary(text string, i int) bool {
	switch text[i] {
	case '\n':
		return !softWrap(text, i)
	case '!', '?':
		return true
	case '.':
		if i+1 < len(text) && text[i+1] != ' ' && text[i+1] != '\n' && text[i+1] != '\t' {
			return false
		}
		j := i
		for j > 0 && (isLetter(text[j-1]) || text[j-1] == '.') {
			j--
		}
		w := strings.ToLower(text[j:i])
		if abbreviations[w] || (len(w) == 1 && w[0] >= 'a' && w[0] <= 'z') {
			return false
		}
		return true
	}
	return false
}

// softWrap reports whether the new line at text[i] only wraps a long line
// (a fixed-width export, a note typed into a narrow box): the sentence goes
// on, so "no DOE, no\nangina" keeps its negation. A line that ends with a
// sentence's or a heading's punctuation, a short one (a heading, a list
// item) and a next line starting other than in lower case (a new item, a
// heading) end where they break.
func softWrap(text string, i int) bool {
	ls := strings.LastIndexByte(text[:i], '\n') + 1
	line := strings.TrimRight(text[ls:i], " \t\r")
	if len(line) < minWrappedLine {
		return false
	}
	switch line[len(line)-1] {
	case '.', ':', ';', '!', '?':
		return false
	}
	j := i + 1
	for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	if j >= len(text) {
		return false
	}
	// A line that ends on a word no sentence ends on ("Recommend a" /
	// "Type III home sleep apnea test") goes on whatever the next line
	// starts with.
	if k := strings.LastIndexAny(line, " \t"); k >= 0 && openWords[strings.ToLower(line[k+1:])] {
		return true
	}
	return text[j] >= 'a' && text[j] <= 'z'
}

// openWords are words a sentence does not end on: articles, prepositions
// and conjunctions.
var openWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "to": true, "for": true, "with": true,
	"and": true, "or": true, "by": true, "in": true, "on": true, "at": true, "from": true, "than": true, "as": true}

// minWrappedLine is the shortest line taken to have been wrapped: the
// writers' exports wrap at 70 to 120 characters, and headings and list
// items are shorter.
const minWrappedLine = 40

// lineStart is where the line holding text[at] starts, over soft wraps.
func lineStart(text string, at int) int {
	ls := strings.LastIndexByte(text[:at], '\n') + 1
	for ls > 0 && softWrap(text, ls-1) {
		ls = strings.LastIndexByte(text[:ls-1], '\n') + 1
	}
	return ls
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// clause narrows [s, e) to the clause holding [start, end).
func clause(text string, s, e, start, end int) (int, int) {
	// Offsets of the matches are from the sentence's start, not from the
	// clause start found so far.
	base := s
	for _, m := range clauseEnd.FindAllStringIndex(text[base:e], -1) {
		if me := base + m[1]; me <= start {
			s = me
		}
	}
	for _, m := range clauseEnd.FindAllStringIndex(text[end:e], -1) {
		e = end + m[0]
		break
	}
	return s, e
}

// lastWords keeps the last n words of s.
func lastWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[len(f)-n:]
	}
	return strings.Join(f, " ")
}

// ReadContext reads the assertion, history and time of the finding at
// text[start:end] in a note written on noteDate.
func ReadContext(text string, start, end int, noteDate time.Time) Context {
	ss, se := sentenceBounds(text, start, end)
	for ss < se && isSpace(text[ss]) {
		ss++
	}
	for se > ss && isSpace(text[se-1]) {
		se--
	}
	// Sentence is exactly text[Start:End]: a quote a reviewer's screen
	// can highlight at its offsets.
	c := Context{Assertion: Affirmed, Sentence: text[ss:se], Start: ss, End: se}
	cs, ce := clause(text, ss, se, start, end)
	c.clauseText = text[cs:ce]
	before := strings.ToLower(lastWords(text[cs:start], 12))
	rest := strings.ToLower(text[end:ce])
	if len(rest) > 120 {
		rest = rest[:120]
	}
	after := rest
	if len(after) > 40 {
		after = after[:40]
	}
	// A section heading on the line ("Plan:", "Family history:") scopes
	// everything under it until the next heading.
	heading := strings.ToLower(lineHeading(text, start))
	lineRest, lineBefore := text[end:], text[lineStart(text, start):start]
	if i := strings.IndexByte(lineRest, '\n'); i >= 0 {
		lineRest = lineRest[:i]
	}
	switch {
	case checklistNo.MatchString(lineRest):
		// "Dyslipidemia – no" on a checklist: the item answered no.
		c.Assertion, c.Cue = Negated, "no"
	case undecidedField.MatchString(lineBefore):
		// "Regimen: TBD - short-term warfarin vs DAPT": an option of a
		// choice not yet made.
		c.Assertion, c.Cue = Hypothetical, "to be determined"
	case fieldPending.MatchString(lineRest):
		// "Clearance letter for short-term anticoagulation: not yet
		// available": the field's value says it is still to come.
		c.Assertion, c.Cue = Hypothetical, strings.TrimSpace(fieldPending.FindStringSubmatch(lineRest)[1])
	case fieldAbsent.MatchString(lineRest):
		// "ABI: not on file", "Toe pressure: n/a": the field is there and
		// its value is not, which documents nothing either way (as a
		// blank field).
		c.Assertion, c.Cue, c.Unconfirmed = Uncertain, strings.TrimSpace(fieldAbsent.FindStringSubmatch(lineRest)[1]), true
	case fieldOpen.MatchString(lineRest) && !unconfirmedRE.MatchString(strings.ToLower(lineRest)):
		// "Vascular status: arterial studies ordered - not yet done": the
		// field is answered with what is still to come.
		c.Assertion, c.Cue = Hypothetical, strings.ToLower(fieldOpen.FindStringSubmatch(lineRest)[1])
	case unreadablePre.MatchString(before):
		// "non-compressible ABI": the test gave no answer.
		c.Assertion, c.Cue, c.Unconfirmed = Uncertain, unreadablePre.FindStringSubmatch(before)[1], true
	case fieldUnassessed.MatchString(lineRest):
		// "Vascular status: pedal pulses difficult to palpate": the
		// field was looked at and could not be judged.
		c.Assertion, c.Cue, c.Unconfirmed = Uncertain, fieldUnassessed.FindStringSubmatch(lineRest)[1], true
	case blankField.MatchString(lineRest):
		// A form's field left empty ("Medically supervised programs
		// ........" and nothing after): its label asserts nothing.
		c.Assertion, c.Cue = Uncertain, "blank field"
	case uncheckedBox.MatchString(lineBefore):
		// A form's box left empty ("[ ] Sleepiness/insomnia") is the
		// item not ticked.
		c.Assertion, c.Cue = Negated, "unchecked box"
	case famPre.MatchString(before) || strings.Contains(heading, "family"):
		c.Assertion, c.Cue = Family, firstMatch(famPre, before, "family history")
	case pendPost.MatchString(after) || pendLater.MatchString(rest):
		c.Assertion, c.Cue = Hypothetical, "not yet"
	case noContraPre.MatchString(before):
		// "no contraindication to short-term warfarin": permitted, not
		// denied, and not yet given.
		c.Assertion, c.Cue = Hypothetical, strings.TrimSpace(noContraPre.FindString(before))
	case choiceBefore.MatchString(strings.ToLower(lineBefore)) || weighed(rest):
		// "options: short course of warfarin + aspirin vs DAPT": one of
		// the choices weighed, none made yet.
		c.Assertion, c.Cue = Hypothetical, "a choice not yet made"
	case queriedBefore.MatchString(lineBefore) || queried(lineRest):
		// "#?NSTEMI", "STEMI equivalent?": the clinician's question
		// mark raises it as a possibility.
		c.Assertion, c.Cue = Uncertain, "?"
	case doubtBefore(before) != "":
		// "I cannot tell whether this is true severe AS": the writer says
		// the finding is not established, which is neither a plan nor a
		// denial.
		c.Assertion, c.Cue, c.Unconfirmed = Uncertain, doubtBefore(before), true
	case negPre.MatchString(before) && questionAfter.MatchString(before[lastEnd(negPre, before):]):
		// "never gets far enough to find out whether he would get
		// winded": the nearer cue, a question, governs.
		c.Assertion, c.Cue = Hypothetical, "whether"
	case negPre.MatchString(before):
		c.Assertion, c.Cue = Negated, firstMatchLast(negPre, before)
	case negPost.MatchString(after) && !notResolvedRE.MatchString(after):
		c.Assertion, c.Cue = Negated, strings.TrimSpace(negPost.FindStringSubmatch(after)[1])
	case negLater.MatchString(rest):
		c.Assertion, c.Cue = Negated, negLater.FindString(rest)
	case resolvedLater(rest) != "":
		c.Assertion, c.Cue = Negated, resolvedLater(rest)
	case eligibleBefore(before) != "":
		// "she meets criteria for a CPAP trial": eligibility for the
		// service, not the service under way.
		c.Assertion, c.Cue = Hypothetical, eligibleBefore(before)
	case hypPre.MatchString(before):
		c.Assertion, c.Cue = Hypothetical, firstMatchLast(hypPre, before)
	case policyPre.MatchString(before) || policyPost.MatchString(rest):
		c.Assertion, c.Cue, c.Required = Hypothetical, "a coverage requirement", true
	case labelingPre.MatchString(before):
		c.Assertion, c.Cue, c.Required = Hypothetical, "the device's labeling", true
	case inProgress(before):
		c.Assertion, c.Cue = Hypothetical, "still under way"
	case rolePre.MatchString(before):
		c.Assertion, c.Cue = Hypothetical, strings.TrimSpace(rolePre.FindString(before))
	case hypPost.MatchString(after) && !resultRE.MatchString(rest):
		c.Assertion, c.Cue = Hypothetical, strings.TrimSpace(hypPost.FindStringSubmatch(after)[1])
	case pastParen(rest) != rest && hypPost.MatchString(pastParen(rest)) && !resultRE.MatchString(rest):
		// "arterial studies (ABI/TBI, TcPO2) ordered": the plan word
		// after the parenthesis is the finding's.
		c.Assertion, c.Cue = Hypothetical, strings.TrimSpace(hypPost.FindStringSubmatch(pastParen(rest))[1])
	case hypNear.MatchString(after) && !doneRE.MatchString(hypNear.FindStringSubmatch(after)[1]) && !resultRE.MatchString(rest):
		c.Assertion, c.Cue = Hypothetical, hypNear.FindStringSubmatch(after)[2]
	case hypList.MatchString(rest) && strings.Contains(hypList.FindStringSubmatch(rest)[1], " and ") &&
		!doneRE.MatchString(hypList.FindStringSubmatch(rest)[1]) && !resultRE.MatchString(rest):
		// "TcPO2 with oxygen challenge and arterial duplex ordered 01/12":
		// the plan word after a coordinated list is every item's.
		c.Assertion, c.Cue = Hypothetical, hypList.FindStringSubmatch(rest)[2]
	case hypLater.MatchString(rest):
		c.Assertion, c.Cue = Hypothetical, hypLater.FindString(rest)
	case strings.HasPrefix(heading, "plan") || strings.HasPrefix(heading, "recommendation"):
		c.Assertion, c.Cue = Hypothetical, "plan"
	case pendingHeadingRE.MatchString(heading):
		// "Pending at discharge: outpatient arterial studies": what the
		// heading lists is still to come.
		c.Assertion, c.Cue = Hypothetical, heading
	case requestHeadingRE.MatchString(heading):
		// "Records requested: catheterization and PCI reports" lists what
		// is asked for, not what happened.
		c.Assertion, c.Cue = Hypothetical, heading
	case uncPost.MatchString(after):
		c.Assertion, c.Cue = Uncertain, strings.TrimSpace(uncPost.FindString(after))
	case uncPre.MatchString(before):
		c.Assertion, c.Cue = Uncertain, firstMatchLast(uncPre, before)
	}
	if (c.Assertion == Affirmed || c.Assertion == Uncertain) && unconfirmedRE.MatchString(strings.ToLower(text[end:se])) {
		// "consistent with severe AS, but severity needs to be confirmed":
		// the rest of the sentence takes the finding back to a question,
		// and says so in so many words, which a retelling ("was told she
		// has") does not.
		c.Assertion, c.Cue, c.Unconfirmed = Uncertain, unconfirmedRE.FindString(strings.ToLower(text[end:se])), true
	}
	if c.Assertion == Affirmed && seeOtherNote.MatchString(text[end:se]) {
		// "… with Dr. Okafor using the decision aid - see her note": told
		// on the strength of another note, which must say it itself.
		c.Retold = true
	}
	if c.Assertion == Negated && recordScope.MatchString(strings.ToLower(text[end:se])) {
		// "No ABI, TBI or TcPO2 results in our records": the writer denies
		// having the result, not that the test was done.
		c.Assertion, c.Cue, c.Unconfirmed = Uncertain, recordScope.FindString(strings.ToLower(text[end:se])), true
	}
	if histPre.MatchString(before) || histPost.MatchString(after) || strings.Contains(heading, "history") {
		c.Historical = true
	}
	a := anchor(text, cs, ce, start, end, noteDate)
	c.When, c.WhenLast = a.t, a.last
	if m := longSince.FindStringSubmatch(before); m != nil && c.When.IsZero() && !noteDate.IsZero() {
		// "> 3 mo post PCI": it happened that long before the note, or
		// longer; the latest day it can have been is what a window reads.
		months, days := longSinceSpan(m[1], m[2])
		c.When = noteDate.AddDate(0, -months, -days)
		c.WhenLast = c.When
	}
	if c.When.IsZero() {
		// "LAST PCI 2021 (>3 MO)", "MI 2021.": a year just after what
		// happened, before the clause goes on, is when it happened.
		if m := yearAfter.FindStringSubmatch(text[end:ce]); m != nil {
			if y := atoi(m[1]); noteDate.IsZero() || y <= noteDate.Year() {
				c.When, c.WhenLast = mkDate(y, 7, 1), mkDate(y, 12, 31)
			}
		}
	}
	if c.Assertion == Affirmed && !c.When.IsZero() && !noteDate.IsZero() && c.When.After(noteDate.AddDate(0, 0, 1)) {
		// An event the note dates after its own day had not happened when
		// it was written ("arterial duplex with ABI booked for 08/19/2026"
		// in a note of 08/04): planned, whatever verb the sentence uses.
		c.Assertion, c.Cue = Hypothetical, "dated after the note"
	}
	if c.Assertion != Hypothetical && !c.When.IsZero() && !noteDate.IsZero() && c.When.Before(noteDate.AddDate(0, 0, -1)) {
		// Any date before the note's own day makes the finding a past one
		// as the note tells it.
		c.Historical = c.Historical || c.When.Before(noteDate.AddDate(0, 0, -45))
	}
	return c
}

func firstMatch(re *regexp.Regexp, s, def string) string {
	if m := re.FindString(s); m != "" {
		return m
	}
	return def
}

// firstMatchLast returns the cue nearest the finding.
func firstMatchLast(re *regexp.Regexp, s string) string {
	ms := re.FindAllString(s, -1)
	if len(ms) == 0 {
		return ""
	}
	return ms[len(ms)-1]
}

// lastEnd is where the last match of re in s ends, -1 when none does.
func lastEnd(re *regexp.Regexp, s string) int {
	ms := re.FindAllStringIndex(s, -1)
	if len(ms) == 0 {
		return -1
	}
	return ms[len(ms)-1][1]
}

// lineHeading returns the heading a line starts with ("Plan" in "Plan:
// CPAP ..."), or the heading of the block the line sits in when the line
// itself has none and the block's heading stands alone on its line.
func lineHeading(text string, at int) string {
	ls := lineStart(text, at)
	line := text[ls:at]
	// A heading inside the line ("… since 2020. Plan: enroll in …"): a
	// note whose line breaks were lost (text pulled from a PDF, a message
	// in one paragraph) still has sections, and the last heading before
	// the finding is the one it sits under.
	if ms := inlineHeadingRE.FindAllStringSubmatch(line, -1); len(ms) > 0 {
		h, _ := headingOf(ms[len(ms)-1][1] + ":")
		return h
	}
	if h, ok := headingOf(line); ok {
		return h
	}
	// Walk back over lines for a heading standing alone ("PLAN:").
	for i := 0; i < 12 && ls > 0; i++ {
		prev := strings.LastIndexByte(text[:ls-1], '\n') + 1
		l := strings.TrimSpace(text[prev : ls-1])
		if l == "" {
			break
		}
		if h, ok := headingOf(l); ok && strings.TrimSpace(l[len(h):]) == ":" {
			return h
		}
		ls = prev
	}
	return ""
}

var (
	// A heading may follow a list's bullet or number ("- Plan: …").
	headingRE = regexp.MustCompile(`^\s*(?:[-*•]\s*|\d+[.)]\s*)?([A-Za-z][A-Za-z /&-]{1,30}):`)
	// inlineHeadingRE finds a capitalised heading and its colon after a
	// sentence's end inside a line ("… daily. Plan: …").
	inlineHeadingRE = regexp.MustCompile(`[.;!?]\s+((?:\d+\.\s*)?[A-Z][A-Za-z/&-]*(?: [A-Za-z/&-]+){0,3}):(?:\s|$)`)
)

func headingOf(line string) (string, bool) {
	m := headingRE.FindStringSubmatch(line)
	if m == nil {
		return "", false
	}
	h := strings.ToLower(strings.TrimSpace(m[1]))
	switch {
	case strings.HasPrefix(h, "plan"), strings.HasPrefix(h, "recommendation"), strings.Contains(h, "family"),
		strings.Contains(h, "history"), h == "pmh", h == "psh", h == "fh", h == "fhx", requestHeadingRE.MatchString(h),
		pendingHeadingRE.MatchString(h):
		return h, true
	}
	return "", false
}
