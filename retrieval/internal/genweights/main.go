// Command genweights fits the offline embedder's feature weights (IDF of
// hashed features) on the CMS NCD export and writes them for embedding:
//
//	go generate ./retrieval/
//
// The output is statistics of the public policy text, not the text, and is
// byte-for-byte reproducible from the same export.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"

	"github.com/umassist/umassist/internal/sourcetree"
	"github.com/umassist/umassist/policies"
	"github.com/umassist/umassist/retrieval"
)

func main() {
	dir := flag.String("mcd", sourcetree.SharedData("mcd"), "folder of the MCD NCD export")
	name := flag.String("name", "ncd", "table name (part of the embedder's model name)")
	out := flag.String("out", "weights_ncd.bin.gz", "output file")
	flag.Parse()
	ncds, err := policies.ReadMCD(*dir, policies.DefaultChunker())
	if err != nil {
		log.Fatalf("genweights: %v", err)
	}
	texts := policies.EmbedTexts(ncds)
	w := retrieval.FitWeights(*name, texts)
	b, err := w.MarshalBinary()
	if err != nil {
		log.Fatalf("genweights: %v", err)
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		log.Fatalf("genweights: %v", err)
	}
	fmt.Printf("genweights: %d passages, %d features, %d bytes -> %s\n", len(texts), w.Len(), len(b), *out)
}
