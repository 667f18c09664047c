package policies

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"golang.org/x/text/encoding/charmap"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/retrieval"
)

// NCD is one NCD version read from the MCD export, with its text cut into
// passages.
type NCD struct {
	Policy   umassist.Policy
	Passages []umassist.Passage
}

// RowError reports one row of the export that could not be read; the rest
// of the import goes on.
type RowError struct {
	Line   int
	Policy string // "NCD 20.4" when known
	Err    error
}

func (e *RowError) Error() string {
	if e.Policy != "" {
		return fmt.Sprintf("policies: mcd line %d (%s): %v", e.Line, e.Policy, e.Err)
	}
	return fmt.Sprintf("policies: mcd line %d: %v", e.Line, e.Err)
}

func (e *RowError) Unwrap() error { return e.Err }

// coverage levels as the MCD export codes them (cvrg_lvl_cd).
var coverageLevels = map[string]string{
	"1": "Full Coverage",
	"2": "Restricted Coverage",
	"3": "No Coverage",
	"4": "Local Discretion",
}

// EmbedTexts are the texts the store embeds for the passages of ncds
// (retrieval.EmbedText), in order: what the offline embedder's fragment
// weights are fitted on.
func EmbedTexts(ncds []NCD) []string {
	var texts []string
	for _, n := range ncds {
		for _, p := range n.Passages {
			texts = append(texts, retrieval.EmbedText(n.Policy.Title, p.Section, p.Text))
		}
	}
	return texts
}

// ReadMCD reads the NCD export in dir: ncd_trkg.csv (Windows-1252, HTML in
// its text fields) and the benefit category tables beside it. Rows that
// cannot be read come back as *RowError values joined in err, next to the
// NCDs that could; callers import what was read and report the rest.
func ReadMCD(dir string, chunker *Chunker) ([]NCD, error) {
	cats, err := readBenefitCategories(dir)
	if err != nil {
		return nil, err
	}
	f, err := os.Open(filepath.Join(dir, "ncd_trkg.csv"))
	if err != nil {
		return nil, fmt.Errorf("policies: open mcd: %w", err)
	}
	defer f.Close()
	return readTracking(f, cats, chunker)
}

func newCSV(r io.Reader) *csv.Reader {
	cr := csv.NewReader(charmap.Windows1252.NewDecoder().Reader(r))
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	cr.ReuseRecord = false
	return cr
}

func readTracking(r io.Reader, cats map[string][]string, chunker *Chunker) ([]NCD, error) {
	cr := newCSV(r)
	header, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("policies: mcd header: %w", err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[strings.ToLower(strings.TrimSpace(h))] = i
	}
	for _, need := range []string{"ncd_id", "ncd_vrsn_num", "ncd_mnl_sect", "ncd_mnl_sect_title", "ncd_efctv_dt", "indctn_lmtn"} {
		if _, ok := col[need]; !ok {
			return nil, fmt.Errorf("policies: mcd header: missing column %s", need)
		}
	}
	var (
		out  []NCD
		errs []error
		seen = map[string]int{}
	)
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			errs = append(errs, &RowError{Line: line, Err: err})
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				continue
			}
			break
		}
		get := func(name string) string {
			if i, ok := col[name]; ok && i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		if len(rec) != len(header) {
			errs = append(errs, &RowError{Line: line, Policy: policyName(get("ncd_mnl_sect")), Err: fmt.Errorf("%d fields, want %d", len(rec), len(header))})
			continue
		}
		ncd, err := buildNCD(get, cats, chunker)
		if err != nil {
			errs = append(errs, &RowError{Line: line, Policy: policyName(get("ncd_mnl_sect")), Err: err})
			continue
		}
		key := ncd.Policy.ID + "@" + ncd.Policy.Version
		if prev, dup := seen[key]; dup {
			errs = append(errs, &RowError{Line: line, Policy: ncd.Policy.ID, Err: fmt.Errorf("duplicate version %s (first at record %d)", ncd.Policy.Version, prev)})
			continue
		}
		seen[key] = len(out) + 1
		out = append(out, ncd)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Policy.ID != out[j].Policy.ID {
			return out[i].Policy.ID < out[j].Policy.ID
		}
		return out[i].Policy.Version < out[j].Policy.Version
	})
	return out, errors.Join(errs...)
}

func policyName(sect string) string {
	if sect == "" {
		return ""
	}
	return "NCD " + sect
}

func buildNCD(get func(string) string, cats map[string][]string, chunker *Chunker) (NCD, error) {
	sect := get("ncd_mnl_sect")
	if sect == "" {
		return NCD{}, fmt.Errorf("no manual section")
	}
	id := policyName(sect)
	if !umassist.PolicyIDRE.MatchString(id) {
		return NCD{}, fmt.Errorf("manual section %q is not an NCD number", sect)
	}
	ver := get("ncd_vrsn_num")
	if ver == "" {
		return NCD{}, fmt.Errorf("no version")
	}
	p := umassist.Policy{
		ID: id, Version: ver, Source: "ncd", Payer: "medicare",
		Title:             normalize(htmlText(get("ncd_mnl_sect_title"))),
		CoverageLevel:     coverageLevels[get("cvrg_lvl_cd")],
		BenefitCategories: cats[get("ncd_id")+"/"+ver],
		URL:               get("trnsmtl_url"),
	}
	var err error
	if p.Effective, err = parseTime(get("ncd_efctv_dt")); err != nil {
		return NCD{}, fmt.Errorf("effective date: %w", err)
	}
	if p.Effective.IsZero() {
		return NCD{}, fmt.Errorf("no effective date")
	}
	if p.Implemented, err = parseTime(get("ncd_impltn_dt")); err != nil {
		return NCD{}, fmt.Errorf("implementation date: %w", err)
	}
	if p.Terminated, err = parseTime(get("ncd_trmntn_dt")); err != nil {
		return NCD{}, fmt.Errorf("termination date: %w", err)
	}
	var blocks []Block
	for _, f := range []struct{ col, key, title string }{
		{"itm_srvc_desc", "A", "General"},
		{"indctn_lmtn", "B", "Indications and Limitations of Coverage"},
		{"xref_txt", "X", "Cross Reference"},
		{"othr_txt", "O", "Other"},
	} {
		bs, err := ParseSections(id, f.key, f.title, get(f.col))
		if err != nil {
			return NCD{}, err
		}
		blocks = mergeBlocks(blocks, bs)
	}
	if len(blocks) == 0 {
		return NCD{}, fmt.Errorf("no policy text")
	}
	passages, err := chunker.Chunk(id, ver, blocks)
	if err != nil {
		return NCD{}, err
	}
	return NCD{Policy: p, Passages: passages}, nil
}

// mergeBlocks appends blocks from another field; a key already used (two
// fields both starting with untitled text) is continued, not duplicated.
func mergeBlocks(dst, src []Block) []Block {
	for _, b := range src {
		merged := false
		for i := range dst {
			if dst[i].Key == b.Key {
				dst[i].Text += "\n\n" + b.Text
				merged = true
				break
			}
		}
		if !merged {
			dst = append(dst, b)
		}
	}
	return dst
}

func htmlText(s string) string {
	bs, err := ParseSections("", "A", "", s)
	if err != nil || len(bs) == 0 {
		return s
	}
	var parts []string
	for _, b := range bs {
		parts = append(parts, b.Text)
	}
	return strings.Join(parts, " ")
}

func parseTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{"2006-01-02 15:04:05", "2006-01-02", "1/2/2006", "01/02/2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("unreadable date %q", s)
}

// readBenefitCategories maps "ncd_id/version" to benefit category names.
// A missing table is not fatal: the NCD text is what matters.
func readBenefitCategories(dir string) (map[string][]string, error) {
	out := map[string][]string{}
	names := map[string]string{}
	rf, err := os.Open(filepath.Join(dir, "ncd_bnft_ctgry_ref.csv"))
	if errors.Is(err, os.ErrNotExist) {
		return out, nil
	}
	if err != nil {
		return nil, fmt.Errorf("policies: open benefit categories: %w", err)
	}
	defer rf.Close()
	recs, err := newCSV(rf).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("policies: read benefit categories: %w", err)
	}
	for _, r := range recs[min(1, len(recs)):] {
		if len(r) >= 2 {
			names[strings.TrimSpace(r[0])] = strings.TrimSpace(r[1])
		}
	}
	xf, err := os.Open(filepath.Join(dir, "ncd_trkg_bnft_xref.csv"))
	if errors.Is(err, os.ErrNotExist) {
		return out, nil
	}
	if err != nil {
		return nil, fmt.Errorf("policies: open benefit xref: %w", err)
	}
	defer xf.Close()
	xrecs, err := newCSV(xf).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("policies: read benefit xref: %w", err)
	}
	for _, r := range xrecs[min(1, len(xrecs)):] {
		if len(r) < 3 {
			continue
		}
		key := strings.TrimSpace(r[0]) + "/" + strings.TrimSpace(r[1])
		if n, ok := names[strings.TrimSpace(r[2])]; ok {
			out[key] = append(out[key], n)
		}
	}
	return out, nil
}
