package retrieval

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"math"
	"strings"
	"unicode"
)

// Dimensions is the width of the stored passage vectors (the vector(512)
// column). Every embedder used with the store must produce it.
const Dimensions = 512

// Embedder turns texts into vectors of a fixed width.
type Embedder interface {
	// Model names the embedder and its settings; it keys the embedding cache.
	Model() string
	Dimensions() int
	Embed(ctx context.Context, texts []string) ([][]float32, error)
}

// ErrDimension is returned when an embedder hands back vectors of the
// wrong width.
var ErrDimension = errors.New("retrieval: embedding has the wrong dimension")

// HashEmbedder is the offline, deterministic default: word unigrams and
// bigrams plus character 3-5-grams of each word, hashed into Dims buckets
// with a sign bit, sublinear TF (1+ln tf), L2-normalised. Same text, same
// vector, on every machine, with no model files.
type HashEmbedder struct {
	Dims int
	// Weights, when set, scale each character n-gram by the square root of
	// its inverse document frequency in a reference corpus (see
	// FeatureWeights).
	Weights *FeatureWeights
}

var _ Embedder = (*HashEmbedder)(nil)

// NewHashEmbedder returns the offline embedder at the store's width, its
// character n-grams weighted by their rarity in the NCD export
// (NCDWeights).
func NewHashEmbedder() *HashEmbedder {
	return &HashEmbedder{Dims: Dimensions, Weights: NCDWeights()}
}

// Model identifies the feature scheme; bump the suffix when features change
// so cached vectors are not mixed with new ones.
func (e *HashEmbedder) Model() string {
	if e.Weights != nil {
		return fmt.Sprintf("hash-ngram-idf-v5-%d-%s", e.Dims, e.Weights.Name)
	}
	return fmt.Sprintf("hash-ngram-v3-%d", e.Dims)
}

// Dimensions returns the vector width.
func (e *HashEmbedder) Dimensions() int { return e.Dims }

// Embed embeds each text; it never fails except on a cancelled context.
func (e *HashEmbedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, len(texts))
	for i, t := range texts {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		out[i] = e.embedOne(t)
	}
	return out, nil
}

var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an and are as at be been by for from has have if in into is it its of on or
		that the their this to was were which with within must may not all any such these those than other
		under who whom will would should can could our your they them he she his her we you i do does what
		when where how there here also only per via`) {
		m[w] = true
	}
	return m
}()

// Tokens lowercases and splits text into words, dropping stopwords and a
// plural "s", so "Indications" and "indication" meet.
func Tokens(text string) []string {
	raw := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != '-'
	})
	var words []string
	for _, w := range raw {
		// "co-morbidity" should meet "comorbidity" and "morbidity": keep
		// the joined form and the parts.
		if parts := strings.Split(w, "-"); len(parts) > 1 {
			words = append(words, strings.Join(parts, ""))
			words = append(words, parts...)
			continue
		}
		words = append(words, w)
	}
	out := words[:0]
	for _, w := range words {
		w = strings.Trim(w, ".")
		if w == "" || stopwords[w] {
			continue
		}
		if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "is") {
			w = w[:len(w)-1]
		}
		out = append(out, w)
	}
	return out
}

// Feature kinds, the prefix of the hashed feature string.
const (
	wordFeature     = 'w' // a whole word: weighs double
	bigramFeature   = 'b'
	fragmentFeature = 'c' // a character n-gram: the fragment weights scale it
)

// feature is one hashed feature of a text: its term frequency and kind.
type feature struct {
	tf   float64
	kind byte
}

// features are the text's hashed features: word unigrams and bigrams (1
// per occurrence) and character 3-5-grams of each word (0.25 each), keyed
// by FNV-64a of "kind:string".
func features(text string) map[uint64]feature {
	out := map[uint64]feature{}
	h := fnv.New64a()
	add := func(kind byte, s string, c float64) {
		h.Reset()
		h.Write([]byte{kind, ':'})
		h.Write([]byte(s))
		x := h.Sum64()
		out[x] = feature{tf: out[x].tf + c, kind: kind}
	}
	words := Tokens(text)
	for i, w := range words {
		add(wordFeature, w, 1)
		if i > 0 {
			add(bigramFeature, words[i-1]+" "+w, 1)
		}
		r := []rune("<" + w + ">")
		for n := 3; n <= 5; n++ {
			for j := 0; j+n <= len(r); j++ {
				add(fragmentFeature, string(r[j:j+n]), 0.25)
			}
		}
	}
	return out
}

func (e *HashEmbedder) embedOne(text string) []float32 {
	v := make([]float64, e.Dims)
	for x, ft := range features(text) {
		c := ft.tf
		idx := int(x % uint64(e.Dims))
		sign := 1.0
		if x>>63 == 1 {
			sign = -1
		}
		w := 1 + math.Log(c)
		if c < 1 {
			w = c
		}
		if ft.kind == wordFeature {
			w *= 2 // whole words carry more meaning than fragments
		}
		if ft.kind == fragmentFeature && e.Weights != nil {
			w *= e.Weights.weight(x)
		}
		v[idx] += sign * w
	}
	var norm float64
	for _, x := range v {
		norm += x * x
	}
	out := make([]float32, e.Dims)
	if norm == 0 {
		// An empty text still needs a valid unit vector for cosine distance.
		out[0] = 1
		return out
	}
	norm = math.Sqrt(norm)
	for i, x := range v {
		out[i] = float32(x / norm)
	}
	return out
}

// CheckDims verifies an embedder's output.
func CheckDims(vecs [][]float32, n, dims int) error {
	if len(vecs) != n {
		return fmt.Errorf("%w: got %d vectors for %d texts", ErrDimension, len(vecs), n)
	}
	for i, v := range vecs {
		if len(v) != dims {
			return fmt.Errorf("%w: vector %d has %d dimensions, want %d", ErrDimension, i, len(v), dims)
		}
	}
	return nil
}
