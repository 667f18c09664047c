package synthetic

import "testing"

// BenchmarkGenerate measures one typical patient (a dozen notes, ~100
// resources).
func BenchmarkGenerate(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		if _, err := Generate("icd", "meets", uint64(i)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGenerateNoise measures the largest chart (400 extra results).
func BenchmarkGenerateNoise(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		if _, err := Generate("icd", "meets-noise", uint64(i)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAll measures the whole dev dataset.
func BenchmarkAll(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		if _, err := All(uint64(i)); err != nil {
			b.Fatal(err)
		}
	}
}
