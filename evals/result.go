package evals

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/umassist/umassist"
)

// Result is one line of results.jsonl: the SPEC fields first, then extras
// (which the SPEC allows and other readers ignore).
type Result struct {
	ID string `json:"id"`
	// Recommendation is nil when the case errored. Its type has no deny.
	Recommendation *umassist.Recommendation `json:"recommendation"`
	Policy         string                   `json:"policy"`
	Criteria       []umassist.Criterion     `json:"criteria"`
	Evidence       []string                 `json:"evidence"`
	Missing        []string                 `json:"missing"`
	Questions      []string                 `json:"questions"`
	Summary        string                   `json:"summary"`
	LatencyMS      int64                    `json:"latency_ms"`
	Tokens         umassist.Tokens          `json:"tokens"`
	Error          *string                  `json:"error"`

	// Extras.
	Confidence float64 `json:"confidence"`
	// VerifierFindings are what the verifier flagged in the draft.
	VerifierFindings []umassist.VerifierIssue `json:"verifier_findings,omitempty"`
	ToolCalls        int                      `json:"tool_calls"`
	ModelCalls       int                      `json:"model_calls"`
	// Repeats holds each repeat's recommendation ("" for an errored one)
	// when the run used --repeats > 1; the main fields are repeat 0's.
	Repeats []string `json:"repeats,omitempty"`
	// Files links the per-case draft and trace under OUT/cases/.
	DraftFile string `json:"draft_file,omitempty"`
	TraceFile string `json:"trace_file,omitempty"`
}

// Errored reports whether the case could not be drafted.
func (r *Result) Errored() bool { return r.Recommendation == nil || r.Error != nil }

// resultFromDraft turns a draft into a SPEC result line.
func resultFromDraft(id string, d *umassist.Draft) Result {
	rec := d.Recommendation
	return Result{
		ID: id, Recommendation: &rec, Policy: d.Policy,
		Criteria: orEmpty(d.Criteria), Evidence: orEmpty(d.Evidence), Missing: orEmpty(d.Missing),
		Questions: orEmpty(d.Questions), Summary: d.Summary, LatencyMS: d.LatencyMS, Tokens: d.Tokens,
		Confidence: d.Confidence, VerifierFindings: d.Findings,
	}
}

func erroredResult(id string, err error, latency int64) Result {
	msg := err.Error()
	return Result{
		ID: id, Criteria: []umassist.Criterion{}, Evidence: []string{}, Missing: []string{},
		Questions: []string{}, LatencyMS: latency, Error: &msg,
	}
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// WriteResults writes results.jsonl in the order given (dataset order).
func WriteResults(path string, results []Result) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for i := range results {
		r := &results[i]
		if r.Recommendation != nil && !r.Recommendation.Valid() {
			return fmt.Errorf("evals: result %s: %w", r.ID, umassist.ErrAIDenial)
		}
		if err := enc.Encode(r); err != nil {
			return fmt.Errorf("evals: encode result %s: %w", r.ID, err)
		}
	}
	return writeFile(path, buf.Bytes())
}

// ReadResults reads a results.jsonl. A deny in it is refused.
func ReadResults(path string) ([]Result, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("evals: results: %w", err)
	}
	defer f.Close()
	var out []Result
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for line := 1; sc.Scan(); line++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var r Result
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("evals: %s:%d: %w", filepath.Base(path), line, err)
		}
		out = append(out, r)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("evals: read results: %w", err)
	}
	return out, nil
}

func writeFile(path string, b []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("evals: %w", err)
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return fmt.Errorf("evals: write %s: %w", filepath.Base(path), err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("evals: write %s: %w", filepath.Base(path), err)
	}
	return nil
}

func writeJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return fmt.Errorf("evals: encode %s: %w", filepath.Base(path), err)
	}
	return writeFile(path, append(b, '\n'))
}
