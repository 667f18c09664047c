package scan

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
)

// PacketStore is where packets wait to be read (postgres.IntakeStore).
type PacketStore interface {
	StartReading(ctx context.Context, id string) ([]byte, error)
	Progress(ctx context.Context, id string, done int) error
	Fail(ctx context.Context, id, why string) error
	SaveRead(ctx context.Context, id string, pages []postgres.IntakePage, extraction json.RawMessage) error
}

var _ PacketStore = (*postgres.IntakeStore)(nil)

// Reader reads stored packets: the intake_read job's work.
type Reader struct {
	Store  PacketStore
	Engine *Engine
	Codes  *CodeList // nil: codes checked by form only
	Logger *slog.Logger
}

// ReadPacket OCRs a packet, classifies its pages, reads the request off
// them and stores it all for the nurse. A file that cannot be read is
// marked failed with the reason (and not retried); a program or database
// failure is returned, for the queue to retry.
func (r *Reader) ReadPacket(ctx context.Context, id string) error {
	file, err := r.Store.StartReading(ctx, id)
	if err != nil {
		if umassist.ErrorCode(err) == umassist.ECONFLICT {
			return nil // already read: a job run twice
		}
		return err
	}
	eng := r.Engine
	if eng == nil {
		eng = &Engine{}
	}
	pages, err := eng.Read(ctx, file, func(done, _ int) {
		if err := r.Store.Progress(ctx, id, done); err != nil && r.Logger != nil {
			r.Logger.WarnContext(ctx, "intake progress not saved", "packet", id, "err", err)
		}
	})
	if err != nil {
		why := umassist.ErrorMessage(err)
		if umassist.ErrorCode(err) != umassist.EINVALID {
			why = "the packet could not be read: " + err.Error()
		}
		if ferr := r.Store.Fail(ctx, id, why); ferr != nil {
			return errors.Join(err, ferr)
		}
		if umassist.ErrorCode(err) == umassist.EINVALID || errors.Is(err, ErrToolMissing) {
			return nil
		}
		return err
	}
	x := Extract(pages, r.Codes)
	stored := make([]postgres.IntakePage, len(pages))
	for i, p := range pages {
		words, err := json.Marshal(p.Words)
		if err != nil {
			return fmt.Errorf("scan: %w", err)
		}
		stored[i] = postgres.IntakePage{Number: p.Number, Kind: string(p.Kind), Width: p.Width, Height: p.Height,
			Confidence: p.Confidence, Text: p.Text, Words: words, PNG: p.PNG, PDF: p.PDF}
	}
	xj, err := json.Marshal(x)
	if err != nil {
		return fmt.Errorf("scan: %w", err)
	}
	if err := r.Store.SaveRead(ctx, id, stored, xj); err != nil {
		return err
	}
	if r.Logger != nil {
		r.Logger.InfoContext(ctx, "intake packet read", "packet", id, "pages", len(pages), "fields", len(x.Fields), "waits", len(x.Waits()))
	}
	return nil
}
