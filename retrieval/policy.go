package retrieval

import (
	"crypto/sha256"
	"encoding/hex"
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
