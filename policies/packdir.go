package policies

import (
	"os"

	"github.com/umassist/umassist/criteria"
)

// LoadPackDir reads and validates every *.json pack in dir (packs a
// clinical editor keeps outside the binary).
func LoadPackDir(dir string) ([]criteria.Pack, error) {
	return criteria.LoadPacksFS(os.DirFS(dir))
}
