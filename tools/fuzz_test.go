package tools_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/umassist/umassist/tools"
)

// FuzzDecodeArgs: whatever a model sends, decoding either succeeds with
// arguments that re-encode, or fails with ErrInvalidArguments.
func FuzzDecodeArgs(f *testing.F) {
	for _, s := range []string{`{}`, `null`, ``, `{"codes":["10230-1"],"limit":5,"since":"2025-01-01"}`, `{"note":"DocumentReference/a","offset":3}`,
		`{"query":"NYHA class"}`, `{"status":"active"}`, `[]`, `{"limit":-1}`, `{"codes":null}`, `{"x":1}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		try := func(name string, decode func(json.RawMessage) (any, error)) {
			v, err := decode(raw)
			if err != nil {
				if !errors.Is(err, tools.ErrInvalidArguments) {
					t.Fatalf("%s: error does not wrap ErrInvalidArguments: %v", name, err)
				}
				return
			}
			if _, err := json.Marshal(v); err != nil {
				t.Fatalf("%s: decoded arguments do not re-encode: %v", name, err)
			}
		}
		try("observations", func(r json.RawMessage) (any, error) { return tools.DecodeArgs[tools.ObservationArgs](r) })
		try("conditions", func(r json.RawMessage) (any, error) { return tools.DecodeArgs[tools.ConditionArgs](r) })
		try("medications", func(r json.RawMessage) (any, error) { return tools.DecodeArgs[tools.MedicationArgs](r) })
		try("procedures", func(r json.RawMessage) (any, error) { return tools.DecodeArgs[tools.ProcedureArgs](r) })
		try("notes", func(r json.RawMessage) (any, error) { return tools.DecodeArgs[tools.NotesArgs](r) })
		try("read_note", func(r json.RawMessage) (any, error) { return tools.DecodeArgs[tools.ReadNoteArgs](r) })
		try("search_notes", func(r json.RawMessage) (any, error) { return tools.DecodeArgs[tools.SearchNotesArgs](r) })
		try("overview", func(r json.RawMessage) (any, error) { return tools.DecodeArgs[tools.OverviewArgs](r) })
	})
}
