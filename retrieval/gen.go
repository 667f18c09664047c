package retrieval

//go:generate go run ./internal/genweights -out weights_ncd.bin.gz
