package policies

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/umassist/umassist"
)

// LCD is one Local Coverage Determination version and its passages.
type LCD struct {
	Policy   umassist.Policy
	Passages []umassist.Passage
}

var (
	lcdTitleRE     = regexp.MustCompile(`^#\s+LCD\s+(L\d{4,6})\s*:\s*(.+)$`)
	lcdVersionRE   = regexp.MustCompile(`(?i)^-\s*LCD id\s*/\s*version:\s*(L\d{4,6})\s*/\s*(\d+)`)
	lcdEffectiveRE = regexp.MustCompile(`(?i)^-\s*Effective date[^:]*:\s*(\d{2}/\d{2}/\d{4})`)
	lcdSourceRE    = regexp.MustCompile(`(?i)^-\s*Source address:\s*(\S+)`)
)

// LCDIDRE is the form of an LCD's policy id.
var LCDIDRE = regexp.MustCompile(`^LCD L\d{4,6}$`)

// ReadLCDs reads the LCD text files in dir (LCD_L*.md as the shared data
// keeps them: a "# LCD L35022: Title" line, a metadata list with the id,
// version and effective date, then the determination's Markdown). Medicare
// contractors publish LCDs, so their payer is medicare. A file that cannot
// be read is an error naming it; the others are still returned.
func ReadLCDs(dir string, ch *Chunker) ([]LCD, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "LCD_L*.md"))
	if err != nil {
		return nil, fmt.Errorf("policies: read lcds: %w", err)
	}
	if len(paths) == 0 {
		return nil, umassist.Errorf(umassist.EINVALID, "policies: no LCD_L*.md files in %s", dir)
	}
	sort.Strings(paths)
	var out []LCD
	var errs []error
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err == nil && len(b) > MaxDocBytes {
			err = umassist.Errorf(umassist.EINVALID, "%d bytes is more than the %d allowed", len(b), MaxDocBytes)
		}
		var l LCD
		if err == nil {
			l, err = ParseLCD(string(b), ch)
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("policies: %s: %w", filepath.Base(p), err))
			continue
		}
		out = append(out, l)
	}
	return out, errors.Join(errs...)
}

// ParseLCD reads one LCD text file (see ReadLCDs).
func ParseLCD(text string, ch *Chunker) (LCD, error) {
	var l LCD
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	body := -1
	for i, line := range lines {
		line = strings.TrimSpace(line)
		if m := lcdTitleRE.FindStringSubmatch(line); m != nil && l.Policy.ID == "" {
			l.Policy.ID, l.Policy.Title = "LCD "+m[1], strings.TrimSpace(m[2])
			continue
		}
		if m := lcdVersionRE.FindStringSubmatch(line); m != nil {
			if l.Policy.ID == "" {
				break
			}
			if "LCD "+m[1] != l.Policy.ID {
				return l, umassist.Errorf(umassist.EINVALID, "metadata names %s under the title of %s", m[1], l.Policy.ID)
			}
			l.Policy.Version = m[2]
			continue
		}
		if m := lcdEffectiveRE.FindStringSubmatch(line); m != nil {
			t, err := time.Parse("01/02/2006", m[1])
			if err != nil {
				return l, umassist.Errorf(umassist.EINVALID, "effective date %q: %v", m[1], err)
			}
			l.Policy.Effective = t
			continue
		}
		if m := lcdSourceRE.FindStringSubmatch(line); m != nil {
			l.Policy.URL = m[1]
			continue
		}
		if strings.HasPrefix(line, "## ") {
			body = i
			break
		}
	}
	switch {
	case l.Policy.ID == "":
		return l, umassist.Errorf(umassist.EINVALID, `no "# LCD L…: title" line`)
	case l.Policy.Version == "":
		return l, umassist.Errorf(umassist.EINVALID, "no LCD id / version line")
	case body < 0:
		return l, umassist.Errorf(umassist.EINVALID, "no determination text (a ## heading)")
	}
	l.Policy.Source, l.Policy.Payer, l.Policy.CoverageLevel = "lcd", "medicare", "local"
	blocks := TextSections(strings.Join(lines[body:], "\n"))
	if len(blocks) == 0 {
		return l, umassist.Errorf(umassist.EINVALID, "no text in the determination")
	}
	passages, err := ch.Chunk(l.Policy.ID, l.Policy.Version, blocks)
	if err != nil {
		return l, err
	}
	l.Passages = passages
	return l, nil
}

// ImportLCDs imports the LCD text files in dir into the standard corpus,
// beside the NCDs.
func (im *Importer) ImportLCDs(ctx context.Context, dir string) (*Report, error) {
	lcds, readErr := ReadLCDs(dir, im.chunker())
	if lcds == nil && readErr != nil {
		return nil, readErr
	}
	return im.importAll(ctx, len(lcds), func(i int) (umassist.Policy, []umassist.Passage) { return lcds[i].Policy, lcds[i].Passages }, readErr)
}
