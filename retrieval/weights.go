package retrieval

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"sync"
)

// FeatureWeights scale the character n-grams (word fragments) of a text by
// the square root of their inverse document frequency in a reference
// corpus. Fragments let "apnea" meet "apneas" and "hypopnea", but the
// common ones ("tion", "<co") are in every policy: unweighted they pull
// all vectors together and leave a short question about equally far from
// everything, where HNSW search loses its way. Weighted, a passage's fragments are mostly its telling
// ones (measured in retrieval/README.md). The square root and fragments
// only: full IDF, or weighting whole words too, cost vector ranking
// quality on the labelled queries (held-out ones included) for no gain in
// HNSW recall.
type FeatureWeights struct {
	// Name identifies the table; it is part of the embedder's model name,
	// so vectors from different tables never mix in the cache.
	Name string
	// byHash is sqrt(IDF) by feature hash.
	byHash map[uint64]float32
	// unseen is the weight of a feature absent from the table: as rare as
	// a feature seen once.
	unseen float32
}

// FitWeights computes sqrt(IDF), IDF = ln(1 + N/df), of every character
// n-gram over texts. Fragments seen in only one text are left out of the
// table (they weigh as unseen).
func FitWeights(name string, texts []string) *FeatureWeights {
	df := map[uint64]int{}
	for _, t := range texts {
		for x, ft := range features(t) {
			if ft.kind == fragmentFeature {
				df[x]++
			}
		}
	}
	n := float64(len(texts))
	w := &FeatureWeights{Name: name, byHash: map[uint64]float32{}, unseen: float32(math.Sqrt(math.Log(1 + n)))}
	for x, d := range df {
		if d > 1 {
			w.byHash[x] = float32(math.Sqrt(math.Log(1 + n/float64(d))))
		}
	}
	return w
}

func (w *FeatureWeights) weight(x uint64) float64 {
	if v, ok := w.byHash[x]; ok {
		return float64(v)
	}
	return float64(w.unseen)
}

// Len is the number of features in the table.
func (w *FeatureWeights) Len() int { return len(w.byHash) }

// weightsMagic heads the binary form: name, unseen weight, then (hash,
// weight) pairs sorted by hash, gzip-compressed.
const weightsMagic = "umassist-idf-2"

// MarshalBinary writes the table in a stable order, so regenerating it from
// the same corpus gives the same bytes.
func (w *FeatureWeights) MarshalBinary() ([]byte, error) {
	var raw bytes.Buffer
	raw.WriteString(weightsMagic)
	binary.Write(&raw, binary.LittleEndian, uint16(len(w.Name))) //nolint:errcheck // bytes.Buffer
	raw.WriteString(w.Name)
	binary.Write(&raw, binary.LittleEndian, w.unseen)              //nolint:errcheck
	binary.Write(&raw, binary.LittleEndian, uint32(len(w.byHash))) //nolint:errcheck
	keys := make([]uint64, 0, len(w.byHash))
	for x := range w.byHash {
		keys = append(keys, x)
	}
	slices.Sort(keys)
	for _, x := range keys {
		binary.Write(&raw, binary.LittleEndian, x)           //nolint:errcheck
		binary.Write(&raw, binary.LittleEndian, w.byHash[x]) //nolint:errcheck
	}
	var out bytes.Buffer
	zw, err := gzip.NewWriterLevel(&out, gzip.BestCompression)
	if err != nil {
		return nil, fmt.Errorf("retrieval: weights: %w", err)
	}
	if _, err := zw.Write(raw.Bytes()); err != nil {
		return nil, fmt.Errorf("retrieval: weights: %w", err)
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("retrieval: weights: %w", err)
	}
	return out.Bytes(), nil
}

// ErrWeights is returned for a weights table that cannot be read.
var ErrWeights = errors.New("retrieval: malformed feature weights")

// UnmarshalBinary reads what MarshalBinary wrote.
func (w *FeatureWeights) UnmarshalBinary(data []byte) error {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("%w: %w", ErrWeights, err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrWeights, err)
	}
	r := bytes.NewReader(raw)
	magic := make([]byte, len(weightsMagic))
	if _, err := io.ReadFull(r, magic); err != nil || string(magic) != weightsMagic {
		return fmt.Errorf("%w: not a weights table", ErrWeights)
	}
	var nameLen uint16
	if err := binary.Read(r, binary.LittleEndian, &nameLen); err != nil {
		return fmt.Errorf("%w: %w", ErrWeights, err)
	}
	name := make([]byte, nameLen)
	if _, err := io.ReadFull(r, name); err != nil {
		return fmt.Errorf("%w: %w", ErrWeights, err)
	}
	var unseen float32
	var n uint32
	if err := binary.Read(r, binary.LittleEndian, &unseen); err != nil {
		return fmt.Errorf("%w: %w", ErrWeights, err)
	}
	if err := binary.Read(r, binary.LittleEndian, &n); err != nil {
		return fmt.Errorf("%w: %w", ErrWeights, err)
	}
	if int(n) != r.Len()/12 || r.Len()%12 != 0 {
		return fmt.Errorf("%w: %d entries declared, %d bytes left", ErrWeights, n, r.Len())
	}
	byHash := make(map[uint64]float32, n)
	for range n {
		var x uint64
		var v float32
		binary.Read(r, binary.LittleEndian, &x) //nolint:errcheck // length checked above
		binary.Read(r, binary.LittleEndian, &v) //nolint:errcheck
		if v <= 0 || math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
			return fmt.Errorf("%w: weight %v", ErrWeights, v)
		}
		byHash[x] = v
	}
	w.Name, w.unseen, w.byHash = string(name), unseen, byHash
	return nil
}

// ncdWeights is FitWeights over every passage of the CMS NCD export
// (go generate, see gen.go): statistics of public policy text, not the text.
//
//go:embed weights_ncd.bin.gz
var ncdWeights []byte

// NCDWeights returns the table fitted on the NCD export, loaded once.
var NCDWeights = sync.OnceValue(func() *FeatureWeights {
	w := &FeatureWeights{}
	if err := w.UnmarshalBinary(ncdWeights); err != nil {
		panic(err) // the embedded file is part of the build
	}
	return w
})
