package retrieval

import (
	"crypto/sha256"
	"encoding/hex"

	"github.com/umassist/umassist/criteria"
)

// ContentHash identifies what is embedded for a passage: the policy title,
// section and text. Equal hashes share one cached embedding.
func ContentHash(title, section, text string) string {
	h := sha256.New()
	h.Write([]byte(title))
	h.Write([]byte{0})
	h.Write([]byte(section))
	h.Write([]byte{0})
	h.Write([]byte(text))
	return hex.EncodeToString(h.Sum(nil))
}

// EmbedText is the text an embedder sees for a passage: title and section
// give short passages the context they lack on their own.
func EmbedText(title, section, text string) string {
	return title + "\n" + section + "\n" + text
}

// PolicyTextOf is a policy version's text, passage by passage, as the
// pack compiler and the pack editor read it, from its passages (hits of
// one policy version, in order; none: an empty text).
func PolicyTextOf(hits []Hit) criteria.PolicyText {
	if len(hits) == 0 {
		return criteria.PolicyText{}
	}
	t := criteria.PolicyText{ID: hits[0].PolicyID, Version: hits[0].PolicyVersion, Title: hits[0].PolicyTitle, Payer: hits[0].Payer}
	for _, h := range hits {
		t.Passages = append(t.Passages, criteria.SourcePassage{ID: h.PassageID, Section: h.Section, Text: h.Text})
	}
	return t
}
