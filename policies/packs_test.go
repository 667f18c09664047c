package policies_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist/criteria"
	"github.com/umassist/umassist/internal/sourcetree"
	"github.com/umassist/umassist/policies"
)

var (
	mcdDir = sourcetree.SharedData("mcd")
	lcdDir = sourcetree.SharedData("lcd")
)

var (
	corpusOnce sync.Once
	corpus     []policies.NCD
	corpusErr  error
)

// realCorpus reads the real NCD export once per test binary.
func realCorpus(t *testing.T) []policies.NCD {
	t.Helper()
	corpusOnce.Do(func() {
		corpus, corpusErr = policies.ReadMCD(mcdDir, policies.DefaultChunker())
	})
	if len(corpus) == 0 {
		t.Fatalf("read mcd: %v", corpusErr)
	}
	return corpus
}

func TestLoadPacksEmbedded(t *testing.T) {
	t.Parallel()
	packs, err := criteria.LoadPacks()
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(packs), 30)
	want := []string{"NCD 20.4", "NCD 240.4", "NCD 240.2", "NCD 100.1", "NCD 20.32", "NCD 20.34", "NCD 20.29", "NCD 50.3",
		"NW RX-201", "NW RX-202", "NW RX-203", "NW RX-204", "NW RX-205", "LCD L34641", "LCD L36000", "LCD L35136", "LCD L35022",
		"NCD 210.14", "NCD 110.21", "NCD 150.2", "NCD 230.18", "NCD 30.3.3",
		"NCD 190.11", "NCD 40.2", "NCD 240.4.1", "NCD 160.24",
		"LCD L37848", "NCD 110.18", "NCD 160.18", "NCD 20.19", "NCD 160.27"}
	var got []string
	for _, p := range packs {
		got = append(got, p.Policy)
	}
	require.ElementsMatch(t, want, got)
}

// Every passage a pack cites must be one the chunker really produces from
// the real NCD export, in the version the pack was written against.
func TestPackPassagesExistInRealCorpus(t *testing.T) {
	t.Parallel()
	ncds := realCorpus(t)
	ids := map[string]bool{}
	versions := map[string]string{}
	for _, n := range ncds {
		versions[n.Policy.ID] = n.Policy.Version
		for _, p := range n.Passages {
			ids[p.ID] = true
		}
	}
	// The LCD packs follow the LCDs beside the NCD export; the drug packs
	// our own payer policies (criteria/payer-docs).
	lcds, err := policies.ReadLCDs(lcdDir, policies.DefaultChunker())
	require.NoError(t, err)
	for _, l := range lcds {
		versions[l.Policy.ID] = l.Policy.Version
		for _, p := range l.Passages {
			ids[p.ID] = true
		}
	}
	docs, err := (&policies.Importer{}).ReadDocs(context.Background(), "", payerDocsDir)
	require.NoError(t, err)
	for _, d := range docs {
		require.NoError(t, d.Err)
		versions[d.Policy.ID] = d.Policy.Version
		for _, p := range d.Passages {
			ids[p.ID] = true
		}
	}
	packs, err := criteria.LoadPacks()
	require.NoError(t, err)
	for _, p := range packs {
		require.NoError(t, p.Validate(criteria.PassageSetFunc(func(id string) bool { return ids[id] })), p.ID)
		require.Equal(t, versions[p.Policy], p.PolicyVersion, "pack %s pins the version in force", p.ID)
	}
}

// payerDocsDir holds the payer policies the drug packs follow, in our own
// words.
const payerDocsDir = "../criteria/payer-docs"

func TestICDPackContent(t *testing.T) {
	t.Parallel()
	packs, err := criteria.LoadPacks()
	require.NoError(t, err)
	p, ok := criteria.Packs(packs).Find("icd-ncd-20.4")
	require.True(t, ok)
	lvef, ok := p.Criterion("lvef")
	require.True(t, ok)
	require.Equal(t, []string{"10230-1"}, lvef.Evidence[0].LOINC)
	require.Equal(t, "<=", lvef.Evidence[0].Comparator)
	require.Equal(t, 35.0, *lvef.Evidence[0].Threshold)
	nyha, _ := p.Criterion("nyha")
	require.Equal(t, "nyha_class", nyha.Evidence[0].Measure)
	gdmt, _ := p.Criterion("gdmt")
	require.Equal(t, 90, gdmt.Evidence[0].MinDurationDays)
	require.Contains(t, p.Logic.Exclusions, "recent_mi")
	require.Contains(t, p.Logic.AllOf, "shared_decision")
}

// mutate loads the ICD pack as generic JSON, applies f and returns the bytes.
func mutate(t *testing.T, f func(m map[string]any)) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "criteria", "packs", "icd-ncd-20.4.json"))
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	f(m)
	out, err := json.Marshal(m)
	require.NoError(t, err)
	return out
}

func criterion(m map[string]any, i int) map[string]any {
	return m["criteria"].([]any)[i].(map[string]any)
}

func hint(m map[string]any, c, h int) map[string]any {
	return criterion(m, c)["evidence"].([]any)[h].(map[string]any)
}

func TestParsePackRejects(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		f    func(m map[string]any)
		want string
	}{
		{"unknown field", func(m map[string]any) { m["colour"] = "blue" }, "unknown field"},
		{"unknown hint field", func(m map[string]any) { hint(m, 0, 0)["treshold"] = 3 }, "unknown field"},
		{"dangling passage other policy", func(m map[string]any) { criterion(m, 0)["passages"] = []any{"NCD 20.5#B3"} }, "another policy"},
		{"malformed passage id", func(m map[string]any) { criterion(m, 0)["passages"] = []any{"B3"} }, "not a passage id"},
		{"impossible percent", func(m map[string]any) { hint(m, 0, 0)["threshold"] = 350 }, "outside the possible range"},
		{"unknown comparator", func(m map[string]any) { hint(m, 0, 0)["comparator"] = "=<" }, "unknown comparator"},
		{"comparator without threshold", func(m map[string]any) { delete(hint(m, 0, 0), "threshold") }, "without threshold"},
		{"between inverted", func(m map[string]any) { hint(m, 1, 0)["threshold_high"] = 1 }, "threshold_high"},
		{"nyha out of range", func(m map[string]any) { hint(m, 1, 0)["threshold"] = 0 }, "outside the possible range"},
		{"unknown kind", func(m map[string]any) { hint(m, 0, 0)["kind"] = "vibes" }, "unknown kind"},
		{"bad loinc check digit", func(m map[string]any) { hint(m, 0, 0)["loinc"] = []any{"10230-2"} }, "not a valid LOINC"},
		{"a unit not the measure's", func(m map[string]any) { hint(m, 0, 0)["unit"] = "furlongs" }, `is measure lvef, in "%", not "furlongs"`},
		{"age hint without a bound", func(m map[string]any) { criterion(m, 0)["evidence"] = []any{map[string]any{"kind": "patient"}} }, "without min_age or max_age"},
		{"age bounds inverted", func(m map[string]any) {
			criterion(m, 0)["evidence"] = []any{map[string]any{"kind": "patient", "min_age": 65, "max_age": 18}}
		}, "min_age 65 above max_age 18"},
		{"age on another kind", func(m map[string]any) { hint(m, 4, 0)["min_age"] = 18 }, "only patient hints"},
		{"unknown med class", func(m map[string]any) { hint(m, 2, 0)["medication_classes"] = []any{"snake_oil"} }, "unknown medication class"},
		{"code range high first", func(m map[string]any) { hint(m, 4, 0)["codes"] = []any{"I25-I21"} }, "code range"},
		{"code range of two lengths", func(m map[string]any) { hint(m, 4, 0)["codes"] = []any{"I21-I25.9"} }, "code range"},
		{"context hint in a group", func(m map[string]any) { hint(m, 2, 0)["context"] = true }, "context hint in group"},
		{"only context hints", func(m map[string]any) {
			for _, h := range criterion(m, 0)["evidence"].([]any) {
				h.(map[string]any)["context"] = true
			}
		}, "context hints cannot meet"},
		{"negative lookback", func(m map[string]any) { hint(m, 0, 0)["lookback_days"] = -1 }, "negative lookback"},
		{"a discharge window on a condition", func(m map[string]any) { hint(m, 4, 0)["discharge_days"] = 2 }, "discharge_days 2: want"},
		{"a negative discharge window", func(m map[string]any) { hint(m, 0, 0)["discharge_days"] = -2 }, "discharge_days -2: want"},
		{"a course's length on a condition", func(m map[string]any) { hint(m, 4, 0)["since_days"] = 30 }, "since_days 30: want"},
		{"a course's length on a measure", func(m map[string]any) { hint(m, 0, 0)["since_days"] = 30 }, "since_days 30: want"},
		{"a denial on a condition", func(m map[string]any) { hint(m, 4, 0)["refuted_by"] = []any{"asymptomatic"} }, "refuted_by: want"},
		{"a current state on a measure", func(m map[string]any) { hint(m, 0, 0)["current"] = true }, "current: want a condition hint"},
		{"a current state with no window", func(m map[string]any) {
			h := hint(m, 4, 0)
			h["current"] = true
			delete(h, "lookback_days")
		}, "current: want a condition hint"},
		{"a denial on a measure", func(m map[string]any) { hint(m, 0, 0)["refuted_by"] = []any{"asymptomatic"} }, "refuted_by: want"},
		{"logic unknown criterion", func(m map[string]any) {
			m["logic"].(map[string]any)["all_of"] = []any{"lvef", "nyha", "gdmt", "shared_decision", "ghost"}
		}, "unknown criterion"},
		{"required and excluded", func(m map[string]any) {
			m["logic"].(map[string]any)["exclusions"] = []any{"lvef", "recent_mi", "recent_revascularization", "nyha_iv"}
		}, "both required and an exclusion"},
		{"no question", func(m map[string]any) { criterion(m, 0)["question"] = "" }, "question missing"},
		{"no services", func(m map[string]any) { m["services"] = []any{} }, "services: none"},
		{"trailing data", nil, "trailing data"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var b []byte
			if tt.f == nil {
				b = append(mutate(t, func(map[string]any) {}), []byte(`{}`)...)
			} else {
				b = mutate(t, tt.f)
			}
			_, err := criteria.ParsePack(b)
			require.Error(t, err)
			require.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestValidateAgainstCorpusFindsDangling(t *testing.T) {
	t.Parallel()
	b := mutate(t, func(m map[string]any) { criterion(m, 0)["passages"] = []any{"NCD 20.4#B99"} })
	p, err := criteria.ParsePack(b) // the id form is fine on its own
	require.NoError(t, err)
	err = p.Validate(criteria.PassageSetFunc(func(id string) bool { return !strings.HasSuffix(id, "B99") }))
	require.ErrorContains(t, err, "does not exist in the imported corpus")
}

func TestLoadPackDirReportsBadFileAndKeepsGood(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	good, err := os.ReadFile(filepath.Join("..", "criteria", "packs", "cpap-ncd-240.4.json"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.json"), good, 0o600))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "b.json"), []byte(`{"id": "x", "oops": 1}`), 0o600))
	packs, err := policies.LoadPackDir(dir)
	require.ErrorContains(t, err, "b.json")
	require.Len(t, packs, 1)
}
