package evals

import (
	_ "embed"
	"fmt"
	"os"
	"strings"

	"github.com/goccy/go-yaml"

	"github.com/umassist/umassist"
)

// Price is US dollars per million tokens.
type Price struct {
	Prompt     float64 `yaml:"prompt" json:"prompt"`
	Completion float64 `yaml:"completion" json:"completion"`
}

// Prices maps a model ("openai:gpt-4o-mini" or "gpt-4o-mini") to its price.
type Prices map[string]Price

//go:embed prices.yaml
var defaultPrices []byte

// DefaultPrices is the price table shipped with the harness.
func DefaultPrices() Prices {
	p, err := parsePrices(defaultPrices)
	if err != nil {
		panic(err) // the embedded table is tested
	}
	return p
}

// LoadPrices reads a YAML price table.
func LoadPrices(path string) (Prices, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("evals: prices: %w", err)
	}
	return parsePrices(b)
}

func parsePrices(b []byte) (Prices, error) {
	var p Prices
	if err := yaml.UnmarshalWithOptions(b, &p, yaml.Strict()); err != nil {
		return nil, umassist.Errorf(umassist.EINVALID, "evals: price table: %v", err)
	}
	for m, pr := range p {
		if pr.Prompt < 0 || pr.Completion < 0 {
			return nil, umassist.Errorf(umassist.EINVALID, "evals: price table: %s has a negative price", m)
		}
	}
	return p, nil
}

// Cost prices tokens for a model: the full model string first, then the
// name after the provider prefix; an unknown model costs 0.
func (p Prices) Cost(model string, t umassist.Tokens) float64 {
	pr, ok := p[model]
	if !ok {
		if i := strings.LastIndex(model, ":"); i >= 0 {
			pr = p[model[i+1:]]
		}
	}
	return (float64(t.Prompt)*pr.Prompt + float64(t.Completion)*pr.Completion) / 1e6
}
