package policies

import (
	"fmt"
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Block is one unit of policy text that chunking never merges with
// another: a section's running text, or one numbered indication.
type Block struct {
	// Key is the passage id suffix: "B" (section text), "B3" (third
	// numbered indication of section B), "B.2" (second text block of B).
	Key string
	// Section is the section's heading ("Nationally Covered Indications").
	Section string
	Text    string
}

var (
	// A section heading is a short line such as "B. Nationally Covered
	// Indications" (CMS pads the letter with &nbsp;).
	headingRE = regexp.MustCompile(`^([A-Z])\.\s+(\S.{0,100})$`)
	// A numbered paragraph "3. Patients who ..." stands for an indication
	// when the policy writes its list without <ol>.
	numberedRE = regexp.MustCompile(`^(\d{1,2})[.)]\s+\S`)
	spaceRE    = regexp.MustCompile(`[ \t\f\r\x{00a0}]+`)
	blankRE    = regexp.MustCompile(`\n{3,}`)
)

// sectionizer walks CMS's loosely formed HTML and cuts it into blocks.
type sectionizer struct {
	policy string
	blocks []Block
	letter string // current section key
	title  string // current section title
	text   strings.Builder
	item   int  // current numbered indication (0: none)
	listed bool // the section's first <ol> has been taken as its indications
	textNo map[string]int
	seen   map[string]bool
}

// ParseSections turns one HTML field of an NCD into blocks. defaultKey names
// the section for text that comes before any heading ("A" for the item and
// service description, "B" for indications and limitations).
func ParseSections(policy, defaultKey, defaultTitle, src string) ([]Block, error) {
	if strings.TrimSpace(src) == "" {
		return nil, nil
	}
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return nil, fmt.Errorf("policies: %s: parse html: %w", policy, err)
	}
	s := &sectionizer{policy: policy, letter: defaultKey, title: defaultTitle, textNo: map[string]int{}, seen: map[string]bool{}}
	body := findBody(doc)
	if body == nil {
		body = doc
	}
	s.walk(body)
	s.flushText()
	return s.blocks, nil
}

func findBody(n *html.Node) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == atom.Body {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if b := findBody(c); b != nil {
			return b
		}
	}
	return nil
}

// walk visits top-level flow content. Block-level elements are examined for
// headings, numbered paragraphs and ordered lists; everything else is text.
func (s *sectionizer) walk(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			s.addText(c.Data)
		case c.Type != html.ElementNode:
		case c.DataAtom == atom.Ol:
			s.orderedList(c)
		case c.DataAtom == atom.Ul:
			s.addText("\n" + renderList(c, 0, false) + "\n")
		case c.DataAtom == atom.Table:
			s.addText("\n" + renderTable(c) + "\n")
		case isBlockish(c):
			line := normalize(renderInline(c))
			if m := headingRE.FindStringSubmatch(line); m != nil && !strings.HasSuffix(line, ",") && len(strings.Fields(m[2])) <= 12 && !hasBlockChild(c) {
				s.heading(m[1], m[2])
				continue
			}
			if hasBlockChild(c) {
				s.walk(c)
				s.addText("\n\n")
				continue
			}
			if m := numberedRE.FindStringSubmatch(line); m != nil && !s.listed {
				var n int
				fmt.Sscanf(m[1], "%d", &n)
				s.flushText()
				s.item = n
				s.addText(line)
				continue
			}
			s.addText("\n" + line + "\n\n")
		default:
			// Inline markup at top level (<strong>, <font>, <a>): maybe a
			// heading written as bold text.
			line := normalize(renderInline(c))
			if m := headingRE.FindStringSubmatch(line); m != nil && len(strings.Fields(m[2])) <= 12 && (c.DataAtom == atom.Strong || c.DataAtom == atom.B) {
				s.heading(m[1], m[2])
				continue
			}
			if hasBlockChild(c) {
				s.walk(c)
				continue
			}
			s.addText(renderInline(c))
		}
	}
}

func (s *sectionizer) heading(letter, title string) {
	s.flushText()
	s.item = 0
	s.listed = false
	s.letter = letter
	s.title = strings.TrimSpace(title)
}

// orderedList makes each item of a section's first <ol> a numbered
// indication block; items of later lists become text blocks of their own,
// so no passage straddles two list items either way.
func (s *sectionizer) orderedList(ol *html.Node) {
	s.flushText()
	first := !s.listed
	s.listed = true
	s.item = 0
	n := 0
	for li := ol.FirstChild; li != nil; li = li.NextSibling {
		if li.Type == html.TextNode && strings.TrimSpace(li.Data) != "" {
			s.addText(li.Data)
		}
		if li.Type != html.ElementNode {
			continue
		}
		if li.DataAtom != atom.Li {
			// Content the HTML puts in the list but in no item (a <p>
			// after the items, before </ol>) is a text block of its own.
			s.item = 0
			s.addText(renderBlock(li, 0))
			s.flushText()
			continue
		}
		n++
		txt := renderBlock(li, 0)
		if first {
			s.item = n
		} else {
			s.item = 0
		}
		s.addText(txt)
		s.flushText()
	}
	s.item = 0
}

func (s *sectionizer) addText(t string) { s.text.WriteString(t) }

func (s *sectionizer) flushText() {
	t := cleanText(s.text.String())
	s.text.Reset()
	if t == "" {
		s.item = 0
		return
	}
	var key string
	if s.item > 0 {
		key = fmt.Sprintf("%s%d", s.letter, s.item)
		s.item = 0
	} else {
		s.textNo[s.letter]++
		key = s.letter
		if k := s.textNo[s.letter]; k > 1 {
			key = fmt.Sprintf("%s.%d", s.letter, k)
		}
	}
	// A policy may number the same indication twice (two lists written as
	// paragraphs); keep ids unique by appending to the earlier block.
	if s.seen[key] {
		for i := range s.blocks {
			if s.blocks[i].Key == key {
				s.blocks[i].Text += "\n\n" + t
				return
			}
		}
	}
	s.seen[key] = true
	s.blocks = append(s.blocks, Block{Key: key, Section: s.title, Text: t})
}

func isBlockish(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote, atom.Center, atom.Section, atom.Li:
		return true
	}
	return false
}

func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (isBlockish(c) || c.DataAtom == atom.Ol || c.DataAtom == atom.Ul || c.DataAtom == atom.Table) {
			return true
		}
	}
	return false
}

// renderBlock renders an element's content as text, nested lists indented
// with "-" or "a." markers so their structure survives in the passage.
func renderBlock(n *html.Node, depth int) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			b.WriteString(c.Data)
		case c.Type != html.ElementNode:
		case c.DataAtom == atom.Ul:
			b.WriteString("\n" + renderList(c, depth+1, false) + "\n")
		case c.DataAtom == atom.Ol:
			b.WriteString("\n" + renderList(c, depth+1, true) + "\n")
		case c.DataAtom == atom.Table:
			b.WriteString("\n" + renderTable(c) + "\n")
		case c.DataAtom == atom.Br:
			b.WriteString("\n")
		case isBlockish(c):
			b.WriteString("\n" + renderBlock(c, depth) + "\n")
		default:
			b.WriteString(renderBlock(c, depth))
		}
	}
	return b.String()
}

func renderList(list *html.Node, depth int, ordered bool) string {
	var lines []string
	n := 0
	indent := strings.Repeat("  ", max(depth-1, 0))
	for li := list.FirstChild; li != nil; li = li.NextSibling {
		if li.Type != html.ElementNode {
			continue
		}
		n++
		marker := "-"
		if ordered {
			marker = fmt.Sprintf("%c.", 'a'+rune((n-1)%26))
		}
		txt := strings.TrimSpace(cleanText(renderBlock(li, depth)))
		if txt == "" {
			continue
		}
		lines = append(lines, indent+marker+" "+strings.ReplaceAll(txt, "\n", "\n"+indent+"  "))
	}
	return strings.Join(lines, "\n")
}

func renderTable(t *html.Node) string {
	var rows []string
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Tr {
			var cells []string
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode && (c.DataAtom == atom.Td || c.DataAtom == atom.Th) {
					cells = append(cells, normalize(renderInline(c)))
				}
			}
			rows = append(rows, strings.Join(cells, " | "))
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(t)
	return strings.Join(rows, "\n")
}

func renderInline(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	return renderBlock(n, 0)
}

func normalize(s string) string {
	return strings.TrimSpace(spaceRE.ReplaceAllString(strings.ReplaceAll(s, "\n", " "), " "))
}

// cleanText collapses the whitespace CMS's HTML carries while keeping line
// structure (list markers start lines).
func cleanText(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		body := strings.TrimLeft(l, " \t\u00a0")
		indent := strings.Repeat(" ", min(len(l)-len(body), 8))
		lines[i] = strings.TrimRight(indent+spaceRE.ReplaceAllString(body, " "), " ")
		if strings.TrimSpace(lines[i]) == "" {
			lines[i] = ""
		} else if !strings.HasPrefix(strings.TrimLeft(lines[i], " "), "-") && !isMarker(strings.TrimLeft(lines[i], " ")) {
			lines[i] = strings.TrimLeft(lines[i], " ")
		}
	}
	out := blankRE.ReplaceAllString(strings.Join(lines, "\n"), "\n\n")
	return strings.TrimSpace(out)
}

func isMarker(l string) bool {
	return len(l) > 2 && l[0] >= 'a' && l[0] <= 'z' && l[1] == '.' && l[2] == ' '
}
