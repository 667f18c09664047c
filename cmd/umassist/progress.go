package main

import (
	"bytes"
	"io"
	"os"
	"sync"
	"time"

	"golang.org/x/term"
)

// progressOut is where progress bars draw. On a terminal that is stderr;
// anywhere else (CI logs, a pipe) a redrawn bar would print hundreds of
// frames, so it becomes one line every few seconds plus the last one.
func (a *app) progressOut() io.Writer {
	if f, ok := a.stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		return a.stderr
	}
	return &progressLines{w: a.stderr, every: 5 * time.Second}
}

// progressLines turns a progress bar's carriage-return frames into
// occasional full lines.
type progressLines struct {
	mu    sync.Mutex
	w     io.Writer
	every time.Duration
	last  time.Time
	frame []byte // the newest frame not yet written
	wrote []byte // the last frame written
}

func (p *progressLines) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, part := range bytes.FieldsFunc(b, func(r rune) bool { return r == '\r' || r == '\n' }) {
		if f := bytes.TrimSpace(part); len(f) > 0 {
			p.frame = append(p.frame[:0], f...)
		}
	}
	// A bar ends its run with a newline: always show where it ended.
	done := bytes.ContainsRune(b, '\n')
	if len(p.frame) > 0 && !bytes.Equal(p.frame, p.wrote) && (done || time.Since(p.last) >= p.every) {
		p.last = time.Now()
		p.wrote = append(p.wrote[:0], p.frame...)
		if _, err := p.w.Write(append(append([]byte{}, p.frame...), '\n')); err != nil {
			return 0, err
		}
	}
	return len(b), nil
}
