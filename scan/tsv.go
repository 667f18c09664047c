package scan

import (
	"bytes"
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// ParseTSV reads Tesseract's TSV output into its words (level 5 rows with
// text), dropping empty ones.
func ParseTSV(b []byte) ([]Word, error) {
	var out []Word
	for i, line := range bytes.Split(b, []byte("\n")) {
		if i == 0 || len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		f := strings.Split(strings.TrimRight(string(line), "\r"), "\t")
		if len(f) < 12 {
			return nil, fmt.Errorf("scan: tesseract tsv line %d has %d fields", i+1, len(f))
		}
		if f[0] != "5" {
			continue
		}
		text := strings.TrimSpace(f[11])
		if text == "" {
			continue
		}
		n := make([]int, 4)
		for j := range n {
			v, err := strconv.Atoi(f[6+j])
			if err != nil {
				return nil, fmt.Errorf("scan: tesseract tsv line %d: %w", i+1, err)
			}
			n[j] = v
		}
		conf, err := strconv.ParseFloat(f[10], 64)
		if err != nil {
			return nil, fmt.Errorf("scan: tesseract tsv line %d: %w", i+1, err)
		}
		out = append(out, Word{Text: text, Box: Box{n[0], n[1], n[2], n[3]}, Conf: max(conf, 0)})
	}
	return out, nil
}

// Row is a line of words as they sit on the page, left to right: words
// whose vertical middles line up, whichever block Tesseract put them in
// (a form's label and its value are often two blocks).
type Row struct {
	Words []Word
	// Starts[i] is where Words[i] begins in Text.
	Starts []int
	Text   string
	Box    Box
}

// Rows groups words into rows, top to bottom.
func Rows(ws []Word) RowList {
	if len(ws) == 0 {
		return nil
	}
	hs := make([]int, len(ws))
	for i, w := range ws {
		hs[i] = w.Box.H
	}
	slices.Sort(hs)
	lineH := float64(max(hs[len(hs)/2], 1))
	sorted := slices.Clone(ws)
	mid := func(w Word) float64 { return float64(w.Box.Y) + float64(w.Box.H)/2 }
	slices.SortStableFunc(sorted, func(a, b Word) int { return cmp.Compare(mid(a), mid(b)) })
	var rows [][]Word
	var centre float64
	for _, w := range sorted {
		if len(rows) > 0 && math.Abs(mid(w)-centre) <= 0.5*lineH {
			r := rows[len(rows)-1]
			rows[len(rows)-1] = append(r, w)
			centre = (centre*float64(len(r)) + mid(w)) / float64(len(r)+1)
			continue
		}
		rows = append(rows, []Word{w})
		centre = mid(w)
	}
	out := make(RowList, len(rows))
	for i, r := range rows {
		slices.SortStableFunc(r, func(a, b Word) int { return a.Box.X - b.Box.X })
		var sb strings.Builder
		row := Row{Words: r}
		for j, w := range r {
			if j > 0 {
				sb.WriteByte(' ')
				// A wide gap is a column break: it reads as two spaces, so
				// a label's value never runs into the next column's label.
				if gap := w.Box.X - (r[j-1].Box.X + r[j-1].Box.W); float64(gap) > 2.5*lineH {
					sb.WriteByte(' ')
				}
			}
			row.Starts = append(row.Starts, sb.Len())
			sb.WriteString(w.Text)
			row.Box = row.Box.Union(w.Box)
		}
		row.Text = sb.String()
		out[i] = row
	}
	return out
}

// Text is the rows' text, a blank line where the page leaves a gap of
// more than a line (a paragraph break), so a note reads as written.
func (rs RowList) Text() string {
	var sb strings.Builder
	for i, r := range rs {
		if i > 0 {
			sb.WriteByte('\n')
			prev := rs[i-1].Box
			if gap := r.Box.Y - (prev.Y + prev.H); gap > prev.H && prev.H > 0 {
				sb.WriteByte('\n')
			}
		}
		sb.WriteString(r.Text)
	}
	return sb.String()
}

// RowList is a page's rows.
type RowList []Row

// WordsIn returns the words of a row that overlap [from, to) of its text,
// their box and their lowest confidence.
func (r Row) WordsIn(from, to int) (Box, float64, bool) {
	var b Box
	conf, any := 100.0, false
	for i, w := range r.Words {
		s, e := r.Starts[i], r.Starts[i]+len(w.Text)
		if e <= from || s >= to {
			continue
		}
		b = b.Union(w.Box)
		conf = min(conf, w.Conf)
		any = true
	}
	return b, conf, any
}
