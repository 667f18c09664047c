package logging_test

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/umassist/umassist/logging"
)

// phi are PHI-looking values seeded into logs; none may appear in output.
var phi = []string{
	"Adalberto Hartmann", "1957-04-12", "04/12/1957", "MRN: 88231-A", "123-45-6789",
	"(617) 555-0199", "jane.doe@example.org", "Mr. Hartmann", "patient reports chest pain at rest",
}

func TestLogsNeverCarryPHI(t *testing.T) {
	t.Parallel()
	for _, text := range []bool{false, true} {
		t.Run(fmt.Sprintf("text=%v", text), func(t *testing.T) {
			var buf bytes.Buffer
			log := logging.New(&buf, logging.Options{Text: text, Level: slog.LevelDebug})
			log.Info("drafted case", "case_id", "case_abc", "name", phi[0], "birthdate", phi[1])
			log.Info("patient born "+phi[2]+" "+phi[3], "ssn", phi[4])
			log.Warn("callback", "detail", "call "+phi[5]+" or "+phi[6])
			log.Error("failed", "err", errors.New("fhir: patient "+phi[7]+" dob "+phi[1]))
			log.With("note", phi[8]).Info("read note", slog.Group("patient", "name", phi[0], "dob", phi[1]))
			log.Info("struct", "value", struct{ Note string }{phi[8] + " " + phi[4]})
			out := buf.String()
			for _, v := range phi {
				require.NotContains(t, out, v)
			}
			for _, v := range []string{"Hartmann", "1957", "88231", "6789", "555-0199", "example.org", "chest pain"} {
				require.NotContains(t, out, v)
			}
			require.Contains(t, out, "case_abc", "ids are kept")
			require.Contains(t, out, logging.Redacted)
			require.Equal(t, 6, strings.Count(strings.TrimSpace(out), "\n")+1)
		})
	}
}

func TestRedactStringKeepsCodesAndIDs(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"case case_7k2m loaded 42 resources", "case case_7k2m loaded 42 resources"},
		{"service 33249 diagnosis I50.22", "service 33249 diagnosis I50.22"},
		{"Observation/lvef-1 loinc 10230-1", "Observation/lvef-1 loinc 10230-1"},
		{"born 1957-04-12", "born " + logging.Redacted},
	}
	for _, tt := range tests {
		require.Equal(t, tt.want, logging.RedactString(tt.in))
	}
}
