package policies

import (
	"fmt"
	"strings"

	"github.com/tmc/langchaingo/textsplitter"

	"github.com/umassist/umassist"
)

// MaxBlockChars caps one block's text; longer text (a hostile or broken
// document) is cut so one block cannot swamp the index.
const MaxBlockChars = 200_000

// Chunker cuts blocks into passages with langchaingo's recursive splitter.
// Each block is split on its own, so a passage never straddles two numbered
// indications.
type Chunker struct {
	splitter textsplitter.RecursiveCharacter
}

// NewChunker returns a chunker producing passages of about size characters
// with overlap characters of context carried over.
func NewChunker(size, overlap int) *Chunker {
	return &Chunker{splitter: textsplitter.NewRecursiveCharacter(
		textsplitter.WithChunkSize(size),
		textsplitter.WithChunkOverlap(overlap),
		textsplitter.WithSeparators([]string{"\n\n", "\n", ". ", " ", ""}),
	)}
}

// DefaultChunker is the chunker the import uses; pack passage references
// are written against its output.
func DefaultChunker() *Chunker { return NewChunker(1500, 150) }

// Chunk turns blocks into passages "<policy>#<key>" and, for the second and
// later chunks of a long block, "<policy>#<key>~<n>".
func (c *Chunker) Chunk(policy, version string, blocks []Block) ([]umassist.Passage, error) {
	var out []umassist.Passage
	seen := map[string]bool{}
	for _, b := range blocks {
		text := b.Text
		if len(text) > MaxBlockChars {
			text = text[:MaxBlockChars]
		}
		parts, err := c.splitter.SplitText(text)
		if err != nil {
			return nil, fmt.Errorf("policies: %s: split %s: %w", policy, b.Key, err)
		}
		n := 0
		for _, p := range parts {
			p = strings.TrimSpace(p)
			if p == "" {
				continue
			}
			n++
			id := policy + "#" + b.Key
			if n > 1 {
				id = fmt.Sprintf("%s~%d", id, n)
			}
			if seen[id] {
				return nil, fmt.Errorf("policies: %s: duplicate passage id %s", policy, id)
			}
			seen[id] = true
			out = append(out, umassist.Passage{ID: id, PolicyID: policy, Version: version, Ordinal: len(out) + 1, Section: b.Section, Text: p})
		}
	}
	return out, nil
}
