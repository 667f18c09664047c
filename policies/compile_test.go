package policies_test

import (
	"context"
	"fmt"
	"maps"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/criteria"
	"github.com/umassist/umassist/internal/sourcetree"
	"github.com/umassist/umassist/policies"
)

// compileAgreement is how a compiled pack agrees with the hand-written one.
type compileAgreement struct {
	hand, compiled int
	// recalled: hand criteria a compiled criterion on the same passage
	// reads the same way (same measure, class or codes: strict; or two
	// telling words in common: lenient).
	recalledStrict, recalledLenient int
	// sameRole: recalled hand criteria a matching compiled criterion also
	// gives the same role (a requirement, or an exclusion that must be
	// absent): a covered indication read as an exclusion tells the
	// reviewer the opposite of the policy.
	sameRole int
	// precise: compiled criteria that match a hand criterion.
	precise int
	// Thresholds: the hand packs' measure bounds and how many the
	// compiler read exactly (measure, comparator, value).
	bounds, boundsRead int
}

var wordsRE = regexp.MustCompile(`[a-z][a-z0-9]{3,}`)

// plainWords say nothing about which criterion a sentence states.
var plainWords = map[string]bool{"patient": true, "patients": true, "beneficiary": true, "beneficiaries": true, "least": true,
	"must": true, "with": true, "have": true, "been": true, "that": true, "this": true, "than": true, "more": true, "less": true,
	"from": true, "when": true, "only": true, "such": true, "other": true, "covered": true, "coverage": true, "medicare": true,
	"following": true, "criteria": true, "which": true, "under": true, "used": true, "treatment": true, "therapy": true}

// telling are a text's words that say what it is about, hyphens joined
// ("co-morbidity" is "comorbidity").
func telling(s string) []string {
	var out []string
	for _, w := range wordsRE.FindAllString(strings.ReplaceAll(strings.ToLower(s), "-", ""), -1) {
		if !plainWords[w] && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

func passageKey(id string) string {
	if i := strings.Index(id, "~"); i >= 0 {
		return id[:i]
	}
	return id
}

func samePassage(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if passageKey(x) == passageKey(y) {
				return true
			}
		}
	}
	return false
}

func concepts(c criteria.Criterion) (measures, classes, codes []string) {
	for _, h := range c.Evidence {
		if h.Measure != "" {
			measures = append(measures, h.Measure)
		}
		classes = append(classes, h.MedicationClasses...)
		if h.Kind == "condition" {
			codes = append(codes, h.Codes...)
		}
		if h.Kind == criteria.KindDose && h.MaxDose != nil {
			// A quantity limit reads the same when drug and limit do.
			for _, rx := range h.RxNorm {
				codes = append(codes, fmt.Sprintf("dose %s %g %s/%d d", rx, *h.MaxDose, h.Unit, h.PerDays))
			}
		}
	}
	return
}

func overlap(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y || strings.HasPrefix(x, y) || strings.HasPrefix(y, x) {
				return true
			}
		}
	}
	return false
}

func strictMatch(h, c criteria.Criterion) bool {
	hm, hc, hd := concepts(h)
	cm, cc, cd := concepts(c)
	return samePassage(h.Passages, c.Passages) && (overlap(hm, cm) || overlap(hc, cc) || overlap(hd, cd))
}

func lenientMatch(h, c criteria.Criterion) bool {
	if strictMatch(h, c) {
		return true
	}
	if !samePassage(h.Passages, c.Passages) {
		return false
	}
	// On the same passage, two telling words in common: the two say the
	// same thing in different words.
	hw, cw := telling(h.Text), telling(c.Text)
	n := 0
	for _, w := range hw {
		if slices.Contains(cw, w) {
			n++
		}
	}
	return n >= 2
}

func agree(hand, compiled *criteria.Pack) compileAgreement {
	a := compileAgreement{hand: len(hand.Criteria), compiled: len(compiled.Criteria)}
	for _, h := range hand.Criteria {
		strict, lenient, role := false, false, false
		for _, c := range compiled.Criteria {
			strict = strict || strictMatch(h, c)
			m := lenientMatch(h, c)
			lenient = lenient || m
			role = role || m && slices.Contains(hand.Logic.Exclusions, h.ID) == slices.Contains(compiled.Logic.Exclusions, c.ID)
		}
		if strict {
			a.recalledStrict++
		}
		if lenient {
			a.recalledLenient++
		}
		if role {
			a.sameRole++
		}
		for _, hh := range h.Evidence {
			if hh.Measure == "" || hh.Threshold == nil {
				continue
			}
			a.bounds++
			read := false
			for _, c := range compiled.Criteria {
				for _, ch := range c.Evidence {
					read = read || (ch.Measure == hh.Measure && ch.Comparator == hh.Comparator && ch.Threshold != nil && *ch.Threshold == *hh.Threshold)
				}
			}
			if read {
				a.boundsRead++
			}
		}
	}
	for _, c := range compiled.Criteria {
		if slices.ContainsFunc(hand.Criteria, func(h criteria.Criterion) bool { return lenientMatch(h, c) }) {
			a.precise++
		}
	}
	return a
}

// TestCompileAgainstHandWrittenPacks compiles the eight policies we wrote
// packs for from the NCD text alone and measures how far the draft agrees
// with the hand-written pack (retrieval/README.md reports the numbers).
func TestCompileAgainstHandWrittenPacks(t *testing.T) {
	t.Parallel()
	dir := sourcetree.SharedData("mcd")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("CMS NCD export not present at " + dir)
	}
	ncds, err := policies.ReadMCD(dir, policies.DefaultChunker())
	require.NoError(t, err)
	// The LCD packs' policies sit beside the NCD export; the drug packs'
	// are our own payer documents.
	lcds, err := policies.ReadLCDs(lcdDir, policies.DefaultChunker())
	require.NoError(t, err)
	for _, l := range lcds {
		ncds = append(ncds, policies.NCD(l))
	}
	docs, err := (&policies.Importer{}).ReadDocs(context.Background(), "", payerDocsDir)
	require.NoError(t, err)
	for _, d := range docs {
		require.NoError(t, d.Err)
		ncds = append(ncds, policies.NCD{Policy: d.Policy, Passages: d.Passages})
	}
	packs, err := criteria.LoadPacks()
	require.NoError(t, err)
	var total compileAgreement
	rows := []string{"| policy | hand criteria | compiled | recalled (strict) | recalled (lenient) | same role | compiled that match | thresholds read |", "|---|---|---|---|---|---|---|---|"}
	for _, p := range packs {
		i := slices.IndexFunc(ncds, func(n policies.NCD) bool {
			return n.Policy.ID == p.Policy && (p.PolicyVersion == "" || n.Policy.Version == p.PolicyVersion)
		})
		require.GreaterOrEqual(t, i, 0, "%s version %s is in the corpus", p.Policy, p.PolicyVersion)
		n := ncds[i]
		src := criteria.PolicyText{ID: n.Policy.ID, Version: n.Policy.Version, Title: n.Policy.Title, Payer: n.Policy.Payer}
		for _, ps := range n.Passages {
			src.Passages = append(src.Passages, criteria.SourcePassage{ID: ps.ID, Section: ps.Section, Text: ps.Text})
		}
		compiled := criteria.Compile(src)
		require.Equal(t, compiled, criteria.Compile(src), "the compiler is deterministic")
		for _, c := range compiled.Criteria {
			require.NotEmpty(t, c.Passages, "%s: every compiled criterion cites a passage of the policy", c.ID)
			for _, id := range c.Passages {
				require.True(t, slices.ContainsFunc(n.Passages, func(ps umassist.Passage) bool { return ps.ID == id }), id)
			}
		}
		a := agree(&p, compiled)
		rows = append(rows, fmt.Sprintf("| %s | %d | %d | %d | %d | %d | %d | %d of %d |", p.Policy, a.hand, a.compiled, a.recalledStrict, a.recalledLenient, a.sameRole, a.precise, a.boundsRead, a.bounds))
		total.hand += a.hand
		total.compiled += a.compiled
		total.recalledStrict += a.recalledStrict
		total.recalledLenient += a.recalledLenient
		total.sameRole += a.sameRole
		total.precise += a.precise
		total.bounds += a.bounds
		total.boundsRead += a.boundsRead
	}
	ratio := func(a, b int) float64 { return float64(a) / float64(b) }
	rows = append(rows, fmt.Sprintf("| **all** | %d | %d | %.2f | %.2f | %.2f | %.2f | %.2f |", total.hand, total.compiled,
		ratio(total.recalledStrict, total.hand), ratio(total.recalledLenient, total.hand), ratio(total.sameRole, total.hand), ratio(total.precise, total.compiled), ratio(total.boundsRead, total.bounds)))
	t.Log("\n" + strings.Join(rows, "\n"))
	// The line is criterion recall 0.8 (lenient: same passage,
	// same subject); measured on 2026-12-07 over the 31 packs (161
	// criteria): lenient 0.84, strict 0.18, same role 0.81 (0.68 before
	// mixed headings and lead-ins were read), precision 0.40, thresholds
	// read 0.62. Raise these when the compiler improves.
	require.GreaterOrEqual(t, ratio(total.recalledLenient, total.hand), 0.8)
	require.GreaterOrEqual(t, ratio(total.sameRole, total.hand), 0.75)
	require.GreaterOrEqual(t, ratio(total.boundsRead, total.bounds), 0.6)
	require.GreaterOrEqual(t, ratio(total.precise, total.compiled), 0.25)
}

// Without a reviewed pack, the draft's checklist is the compiled one: how
// many in-force NCDs give a non-empty checklist.
func TestCompileGivesEveryPolicyAChecklist(t *testing.T) {
	t.Parallel()
	latest := map[string]policies.NCD{}
	for _, n := range realCorpus(t) {
		if strings.Contains(strings.ToLower(n.Policy.Title), "retired") || !n.Policy.Terminated.IsZero() {
			continue
		}
		latest[n.Policy.ID] = n
	}
	ids := slices.Sorted(maps.Keys(latest))
	if raceDetector {
		// Every twelfth policy: the same measure on a sample, in a
		// twelfth of the time (the race detector slows the compiler's
		// regular expressions tenfold; the full count is in the log of a
		// plain go test).
		var sample []string
		for i := 0; i < len(ids); i += 12 {
			sample = append(sample, ids[i])
		}
		ids = sample
	}
	var empty, covering []string
	// An exclusion worded as coverage ("... is covered for ...") tells the
	// reviewer the opposite of the policy.
	coverage := regexp.MustCompile(`(?i)\b(?:is|are|be) covered\b|\bwill cover\b|\bcovers\b`)
	negation := regexp.MustCompile(`(?i)\bnot\b|\bnon-?covered\b|\bno\b`)
	for _, id := range ids {
		n := latest[id]
		src := criteria.PolicyText{ID: n.Policy.ID, Version: n.Policy.Version, Title: n.Policy.Title, Payer: n.Policy.Payer}
		for _, ps := range n.Passages {
			src.Passages = append(src.Passages, criteria.SourcePassage{ID: ps.ID, Section: ps.Section, Text: ps.Text})
		}
		checklist := criteria.UnreviewedCriteria(criteria.Compile(src))
		if len(checklist) == 0 {
			empty = append(empty, id+" "+n.Policy.Title)
		}
		for _, u := range checklist {
			if u.Exclusion && coverage.MatchString(u.Text) && !negation.MatchString(u.Text) {
				covering = append(covering, id+": "+u.Text)
			}
		}
	}
	require.Empty(t, covering, "exclusions worded as coverage")
	slices.Sort(empty)
	t.Logf("%d of %d in-force NCDs give a non-empty checklist; none: %v", len(ids)-len(empty), len(ids), empty)
	// 307 of 312 on 2026-12-07 (301 before CMS's other words of coverage
	// were read); the rest state no patient-level condition: a program's
	// approval (20.31), billing (220.9), a pointer to 42 CFR (40.1), and
	// "N/A" left to the contractors (140.9, 200.2).
	require.GreaterOrEqual(t, float64(len(ids)-len(empty))/float64(len(ids)), 0.95)
}
