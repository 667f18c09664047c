package scan_test

import (
	"strings"
	"testing"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/fhir"
	"github.com/umassist/umassist/fhir/fhirstore"
	"github.com/umassist/umassist/scan"
)

func TestDocumentsAndRecords(t *testing.T) {
	pages := []scan.Page{
		{Number: 1, Kind: scan.KindForm, Text: "PRIOR AUTHORIZATION REQUEST FORM\nMember name: DOE, JANE"},
		{Number: 2, Kind: scan.KindNote, Text: "Progress Note\nPatient: Jane Doe DOB: 01/02/1950 Date of service: 03/05/2026\nNYHA class II."},
		{Number: 3, Kind: scan.KindNote, Text: "Plan: refer for ICD.\nElectronically signed by Maria Lopez, MD on 03/05/2026"},
		{Number: 4, Kind: scan.KindImaging, Text: "Echocardiogram Report\nDate of study: 04/01/2026\nLVEF 25%."},
	}
	docs := scan.Documents(pages)
	if len(docs) != 3 {
		t.Fatalf("%d documents, want 3 (form; a two-page note; the echo)", len(docs))
	}
	note := docs[1]
	if note.Kind != scan.KindNote || len(note.Pages) != 2 || note.Date != "2026-03-05" || note.Author != "Maria Lopez, MD" {
		t.Errorf("note = %+v", note)
	}
	if at := strings.Index(note.Text, "refer for ICD"); scan.PageAt(note.Text, at) != 3 {
		t.Errorf("a sentence on page 3 is placed on page %d", scan.PageAt(note.Text, at))
	}
	raws, err := scan.Records(scan.RecordsInput{PacketID: "pkt_abc", Patient: "Patient/scan-pkt-abc", RequestDate: "2026-03-10",
		New: &scan.Member{Name: "Jane Doe", BirthDate: "1950-01-02", MemberID: "1EG4TE5MK73"}, Docs: docs,
		PDFs: map[int][]byte{2: []byte("%PDF-page2"), 3: []byte("%PDF-page3")}})
	if err != nil {
		t.Fatal(err)
	}
	if len(raws) != 4 {
		t.Fatalf("%d records, want a Patient and 3 DocumentReferences", len(raws))
	}
	var read []*fhir.Parsed
	for _, raw := range raws {
		p, err := fhir.Decode(raw, "", fhir.ParseOptions{})
		if err != nil || p.Err != nil {
			t.Fatalf("record does not parse as FHIR: %v %v\n%s", err, p.Err, raw)
		}
		read = append(read, p)
	}
	if _, err := fhirstore.IntakeOf("", "Patient/scan-pkt-abc", read); err != nil {
		t.Fatalf("records are not one patient's: %v", err)
	}
	if f := read[1].Note; f == nil || f.AuthorRole != umassist.AuthorRequester {
		t.Errorf("the request form reads as %+v: it is the claim under review, never evidence for it", f)
	}
	n := read[2] // the note
	if n.Note == nil || !strings.Contains(n.Note.Text, "NYHA class II") || n.Note.AuthorRole != umassist.AuthorClinician {
		t.Fatalf("the note reads as %+v", n.Note)
	}
	if got := n.Res.Date; got.Format("2006-01-02") != "2026-03-05" {
		t.Errorf("note dated %v, want its date of service", got)
	}
	// The echo is dated after the request: it is dated the request day, so
	// a reader as of the request still sees it (it came with the request).
	if got := read[3].Res.Date; got.Format("2006-01-02") != "2026-03-10" {
		t.Errorf("echo dated %v, want the request day", got)
	}
}
