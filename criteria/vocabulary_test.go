package criteria_test

import (
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist/criteria"
)

var updateReadme = flag.Bool("update", false, "rewrite the generated part of packs/README.md")

// TestVocabularyResolvesEveryHint: every measure, medication class,
// setting and observation code a shipped pack names exists in the one
// vocabulary, and every pattern compiled (ParseVocabulary would fail).
func TestVocabularyResolvesEveryHint(t *testing.T) {
	t.Parallel()
	v, err := criteria.LoadVocabulary()
	require.NoError(t, err)
	packs, err := criteria.LoadPacks()
	require.NoError(t, err)
	require.NotEmpty(t, packs)
	for _, p := range packs {
		for _, c := range p.Criteria {
			for _, h := range c.Evidence {
				where := p.ID + "/" + c.ID
				if h.Measure != "" {
					_, ok := v.Measure(h.Measure)
					require.True(t, ok, "%s: measure %s", where, h.Measure)
				}
				for _, cl := range h.MedicationClasses {
					_, ok := v.Class(cl)
					require.True(t, ok, "%s: class %s", where, cl)
				}
				if h.Setting != "" {
					require.True(t, v.HasSetting(h.Setting), "%s: setting %s", where, h.Setting)
				}
				if h.Kind == criteria.KindObservation && h.Comparator != "" {
					found := false
					for _, l := range h.LOINC {
						_, ok := v.MeasureForLOINC(l)
						found = found || ok
					}
					require.True(t, found, "%s: no measure has the codes %v", where, h.LOINC)
				}
			}
		}
	}
}

func TestParseVocabularyRefusesBadData(t *testing.T) {
	t.Parallel()
	measure := func(extra string) string {
		return `{"settings":[],"measures":[{"id":"x","label":"X","unit":"%","range":[0,100],"note_patterns":["(?i)x (\\d+)"],"search_words":["x"]` + extra + `}],"medication_classes":[]}`
	}
	tests := []struct {
		name, json, want string
	}{
		{"a pattern without a value group", `{"measures":[{"id":"x","label":"X","unit":"%","range":[0,100],"note_patterns":["x \\d+"],"search_words":["x"]}]}`, "no capture group"},
		{"a pattern that does not compile", `{"measures":[{"id":"x","label":"X","unit":"%","range":[0,100],"note_patterns":["x (\\d+"],"search_words":["x"]}]}`, "note pattern"},
		{"a LOINC code with a wrong check digit", measure(`,"loinc":["10230-2"]`), "not a valid LOINC"},
		{"an empty range", `{"measures":[{"id":"x","label":"X","unit":"%","range":[5,5],"note_patterns":["x (\\d+)"],"search_words":["x"]}]}`, "range"},
		{"an unknown field", measure(`,"loinc_codes":["10230-1"]`), "unknown field"},
		{"a duplicate class", `{"medication_classes":[{"id":"a","label":"A","ingredients":[{"name":"x"}]},{"id":"a","label":"A","ingredients":[{"name":"y"}]}]}`, "duplicate"},
		{"a setting named rest", `{"settings":[{"id":"rest","patterns":["x"]}]}`, "setting"},
		{"a brand of no ingredient", `{"medication_classes":[{"id":"a","label":"A","ingredients":[{"name":"x"}]}],"brands":[{"ingredient":"y","names":["Why"]}]}`, "no medication class"},
		{"a brand of two ingredients", `{"medication_classes":[{"id":"a","label":"A","ingredients":[{"name":"x"},{"name":"y"}]}],"brands":[{"ingredient":"x","names":["Both"]},{"ingredient":"y","names":["both"]}]}`, "names both"},
		{"a brand that is an ingredient", `{"medication_classes":[{"id":"a","label":"A","ingredients":[{"name":"x"},{"name":"y"}]}],"brands":[{"ingredient":"x","names":["Y"]}]}`, "is an ingredient"},
		{"a brand that is a pattern", `{"medication_classes":[{"id":"a","label":"A","ingredients":[{"name":"x"}]}],"brands":[{"ingredient":"x","names":["X.*"]}]}`, "letters, digits"},
		{"brands listed twice", `{"medication_classes":[{"id":"a","label":"A","ingredients":[{"name":"x"}]}],"brands":[{"ingredient":"x","names":["Ex"]},{"ingredient":"x","names":["Ix"]}]}`, "one entry"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := criteria.ParseVocabulary([]byte(tt.json))
			require.Error(t, err)
			require.Contains(t, err.Error(), tt.want)
		})
	}
}

// TestPacksReadmeIsGenerated keeps the README's tables equal to the data:
// `go test ./criteria -run TestPacksReadmeIsGenerated -update` rewrites them.
func TestPacksReadmeIsGenerated(t *testing.T) {
	v, err := criteria.LoadVocabulary()
	require.NoError(t, err)
	packs, err := criteria.LoadPacks()
	require.NoError(t, err)
	const path = "packs/README.md"
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	doc := string(b)
	start := strings.Index(doc, criteria.ReferenceStart)
	end := strings.Index(doc, criteria.ReferenceEnd)
	require.True(t, start >= 0 && end > start, "%s has no generated section between the markers", path)
	want := doc[:start+len(criteria.ReferenceStart)] + "\n\n" + criteria.Reference(packs, v) + "\n" + doc[end:]
	if *updateReadme {
		require.NoError(t, os.WriteFile(path, []byte(want), 0o644))
		return
	}
	require.Equal(t, want, doc, "packs/README.md is stale: rerun with -update")
}

// NamedAt finds an ingredient by the vocabulary's own pattern: whole
// words, any case, where it starts; never inside another word, never a
// name the vocabulary does not have.
func TestNamedAt(t *testing.T) {
	t.Parallel()
	v := criteria.MustVocabulary()
	for _, tc := range []struct {
		text, name string
		want       int
	}{
		{"semaglutide 2.4 MG/0.75 ML Auto-Injector", "semaglutide", 0},
		{"Ozempic (Semaglutide) pen", "semaglutide", 0},
		{"pen of Semaglutide (Ozempic)", "semaglutide", 7},
		// A brand names its ingredient, whole, in any case.
		{"HUMIRA PEN 40 MG/0.8ML", "adalimumab", 0},
		{"Hyrimoz (adalimumab-adaz)", "adalimumab", 0},
		{"Humiras", "adalimumab", -1},
		{"Entresto 49-51 mg", "sacubitril / valsartan", 0},
		{"Entresto 49-51 mg", "valsartan", -1},
		{"dulaglutide 1.5 MG", "semaglutide", -1},
		{"presemaglutidex", "semaglutide", -1},
		{"aspirin 81 mg", "not-a-drug-we-know", -1},
	} {
		require.Equal(t, tc.want, v.NamedAt(tc.text, tc.name), "%s in %q", tc.name, tc.text)
	}
}
