package policies_test

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/text/encoding/charmap"
)

// Every sentence of the export's policy text reaches a passage: a
// paragraph the HTML puts where the reader did not look (a <p> inside an
// <ol>, after its items) was dropped, and with it NCD 20.29's definition
// of standard wound care and its 30 days.
func TestMCDKeepsEveryParagraph(t *testing.T) {
	t.Parallel()
	f, err := os.Open(filepath.Join(mcdDir, "ncd_trkg.csv"))
	require.NoError(t, err)
	defer f.Close()
	cr := csv.NewReader(charmap.Windows1252.NewDecoder().Reader(f))
	cr.FieldsPerRecord, cr.LazyQuotes = -1, true
	rows, err := cr.ReadAll()
	require.NoError(t, err)
	col := map[string]int{}
	for i, h := range rows[0] {
		col[strings.ToLower(strings.TrimSpace(h))] = i
	}
	passages := map[string]string{} // "NCD 20.29/4" -> its passages' words
	for _, n := range realCorpus(t) {
		var b strings.Builder
		for _, p := range n.Passages {
			// A heading is the passage's section.
			b.WriteString(p.Section + " " + p.Text + " ")
		}
		passages[n.Policy.ID+"/"+n.Policy.Version] = words(b.String())
	}
	// A sentence, or the part of one that one text node holds (markup
	// may cut a sentence; headings are text nodes of their own).
	sentence := regexp.MustCompile(`[^.;:?!]+`)
	var lost []string
	for _, r := range rows[1:] {
		key := "NCD " + r[col["ncd_mnl_sect"]] + "/" + r[col["ncd_vrsn_num"]]
		have, ok := passages[key]
		if !ok {
			continue
		}
		for _, c := range []string{"itm_srvc_desc", "indctn_lmtn", "othr_txt"} {
			for _, node := range textNodes(t, r[col[c]]) {
				for _, s := range sentence.FindAllString(node, -1) {
					if w := words(s); len(strings.Fields(w)) >= 8 && !strings.Contains(have, w) {
						lost = append(lost, key+": "+strings.TrimSpace(s))
					}
				}
			}
		}
	}
	require.Empty(t, lost, "sentences of the export in no passage")
}

// textNodes is the text of each text node of an HTML fragment, in order.
func textNodes(t *testing.T, s string) []string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(s))
	require.NoError(t, err)
	var out []string
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.TextNode {
			out = append(out, n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
	return out
}

var wordRE = regexp.MustCompile(`[a-z0-9]+`)

// words is a text's words in lower case, one space apart: markup,
// punctuation and line breaks aside.
func words(s string) string {
	return strings.Join(wordRE.FindAllString(strings.ToLower(s), -1), " ")
}
