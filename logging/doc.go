// Package logging builds umassist's structured logger: log/slog JSON with a
// redaction layer in front of the handler, so that protected health
// information never reaches a log line. Attributes whose keys name PHI
// (patient names, birth dates, MRNs, note text, addresses, phone numbers)
// are replaced outright, and every string value is scanned for PHI-shaped
// content (dates of birth, SSNs, MRNs, phone numbers, e-mail addresses)
// before it is written.
//
// Log ids (case ids, FHIR resource ids), codes and counts; never values
// from the chart.
package logging
