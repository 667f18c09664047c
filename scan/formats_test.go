package scan_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/umassist/umassist/scan"
	"github.com/umassist/umassist/scan/faxgen"
)

// TestReadsEveryFormat reads the same packet arriving as each format a
// packet may come in: the text PDF itself, a multi-page TIFF in CCITT G3
// (older fax machines), and its first page as PNG and as JPEG (a phone
// photo or a scanner's upload). Each is drawn, OCR'd and its form read.
func TestReadsEveryFormat(t *testing.T) {
	if testing.Short() {
		t.Skip("OCR")
	}
	ctx := context.Background()
	p := faxgen.Find(11, "33249", 0)
	p.Cover = false
	pdf, truth, err := p.PDF()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "packet.pdf")
	if err := os.WriteFile(in, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	// gs renders the packet with a device into out and returns the file.
	gs := func(out string, args ...string) []byte {
		t.Helper()
		args = append([]string{"-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sOutputFile=" + out}, append(args, in)...)
		if b, err := exec.Command("gs", args...).CombinedOutput(); err != nil {
			t.Fatalf("%v: %v: %s", args, err, b)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	tests := []struct {
		name  string
		data  []byte
		pages int
	}{
		{"PDF", pdf, len(truth.Pages)},
		{"TIFF G3 fax", gs(filepath.Join(dir, "g3.tif"), "-sDEVICE=tiffg32d", "-r204x196"), len(truth.Pages)},
		{"PNG", gs(filepath.Join(dir, "p.png"), "-sDEVICE=pnggray", "-r150", "-sPageList=1"), 1},
		{"JPEG", gs(filepath.Join(dir, "p.jpg"), "-sDEVICE=jpeggray", "-dJPEGQ=60", "-r150", "-sPageList=1"), 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pages, err := (&scan.Engine{}).Read(ctx, tt.data, nil)
			if err != nil {
				t.Fatal(err)
			}
			if len(pages) != tt.pages || pages[0].Kind != scan.KindForm || len(pages[0].PDF) == 0 || len(pages[0].PNG) == 0 {
				t.Fatalf("%d pages, first %s", len(pages), pages[0].Kind)
			}
			x := scan.Extract(pages, testCodes)
			for _, f := range []scan.FieldName{scan.FieldMemberName, scan.FieldBirthDate, scan.FieldServiceCodes, scan.FieldDiagnosisCodes} {
				if got, want := x.Get(f).Value, truth.Fields[string(f)]; got != want {
					t.Errorf("%s = %q, want %q", f, got, want)
				}
			}
		})
	}
}
