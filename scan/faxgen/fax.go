package faxgen

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
)

// Degrade is what happens to pages on the way: a page fed in at an angle,
// speckles from a dirty glass or a noisy line, and a JPEG step (a scan
// saved as JPEG before it was faxed).
type Degrade struct {
	SkewDegrees float64
	Noise       float64 // 0–1: share of the page's speckles (0.1 is heavy)
	JPEGQuality int     // 0: no JPEG step
}

// Fax renders a PDF as a fax machine delivers it: every page at 204×196
// dpi, 1-bit, CCITT Group 4, in one multi-page TIFF, degraded on the way.
// It needs Ghostscript and, to degrade, ImageMagick.
func Fax(ctx context.Context, pdf []byte, d Degrade) ([]byte, error) {
	dir, err := os.MkdirTemp("", "faxgen-")
	if err != nil {
		return nil, fmt.Errorf("faxgen: %w", err)
	}
	defer os.RemoveAll(dir)
	in, out := filepath.Join(dir, "in.pdf"), filepath.Join(dir, "fax.tif")
	if err := os.WriteFile(in, pdf, 0o600); err != nil {
		return nil, fmt.Errorf("faxgen: %w", err)
	}
	if err := run(ctx, "gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=tiffg4", "-r204x196", "-sOutputFile="+out, in); err != nil {
		return nil, err
	}
	if d.SkewDegrees != 0 || d.Noise > 0 || d.JPEGQuality > 0 {
		args := []string{out}
		if d.JPEGQuality > 0 {
			// Through JPEG and back: ringing around every stroke.
			jpg := filepath.Join(dir, "p-%03d.jpg")
			if err := run(ctx, "convert", "-seed", "1", out, "-colorspace", "Gray", "-blur", "0x0.6", "-quality", strconv.Itoa(d.JPEGQuality), jpg); err != nil {
				return nil, err
			}
			matches, _ := filepath.Glob(filepath.Join(dir, "p-*.jpg"))
			args = matches
		}
		// A fixed seed: the same packet degrades the same way every run.
		args = append([]string{"-seed", "1"}, args...)
		args = append(args, "-colorspace", "Gray")
		if d.SkewDegrees != 0 {
			args = append(args, "-background", "white", "-rotate", strconv.FormatFloat(d.SkewDegrees, 'f', 2, 64))
			args = append(args, "+repage")
		}
		if d.Noise > 0 {
			args = append(args, "-attenuate", strconv.FormatFloat(d.Noise, 'f', 3, 64), "+noise", "Impulse")
		}
		args = append(args, "-threshold", "55%", "-type", "bilevel", "-compress", "Group4", "-density", "204x196", "-units", "PixelsPerInch", out)
		if err := run(ctx, "convert", args...); err != nil {
			return nil, err
		}
	}
	b, err := os.ReadFile(out)
	if err != nil {
		return nil, fmt.Errorf("faxgen: %w", err)
	}
	return b, nil
}

func run(ctx context.Context, name string, args ...string) error {
	cmd := exec.CommandContext(ctx, name, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("faxgen: %s: %w: %s", name, err, bytes.TrimSpace(stderr.Bytes()))
	}
	return nil
}
