package synthetic

import (
	"bytes"
	"strings"
	"time"

	"github.com/go-pdf/fpdf"
)

// pdfNote renders a note the way a faxed outside record arrives: a
// text-layer PDF with a fax header. Creation dates are pinned and the
// catalog sorted so the same note always yields the same bytes.
func pdfNote(title, patient, birthDate, author, clinic string, when time.Time, text string) []byte {
	pdf := fpdf.New("P", "mm", "Letter", "")
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(when)
	pdf.SetModificationDate(when)
	pdf.SetCompression(false)
	pdf.SetTitle(title, true)
	pdf.SetAuthor(author, true)
	pdf.SetCreator("umassist synthetic records", true)
	pdf.SetMargins(18, 16, 18)
	pdf.AddPage()
	tr := pdf.UnicodeTranslatorFromDescriptor("")

	pdf.SetFont("Courier", "", 8)
	pdf.CellFormat(0, 4, tr("FAX  "+when.Format("01/02/2006 15:04")+"  FROM: "+clinic+"  PAGE 1"), "B", 1, "L", false, 0, "")
	pdf.Ln(3)
	pdf.SetFont("Helvetica", "B", 13)
	pdf.CellFormat(0, 7, tr(title), "", 1, "L", false, 0, "")
	pdf.SetFont("Helvetica", "", 9)
	pdf.CellFormat(0, 5, tr("Patient: "+patient+"    DOB: "+birthDate+"    Date of service: "+when.Format("2006-01-02")), "", 1, "L", false, 0, "")
	pdf.CellFormat(0, 5, tr("Author: "+author), "", 1, "L", false, 0, "")
	pdf.Ln(3)
	pdf.SetFont("Times", "", 11)
	for _, para := range strings.Split(text, "\n\n") {
		pdf.MultiCell(0, 5, tr(para), "", "L", false)
		pdf.Ln(2)
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		// fpdf errors only on programming mistakes (bad font names);
		// fall back to plain text rather than lose the note.
		return []byte(text)
	}
	return buf.Bytes()
}
