package queue

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/riverqueue/river"

	"github.com/umassist/umassist/postgres"
)

// KindIntakeRead reads a faxed or scanned packet (OCR).
const KindIntakeRead = "intake_read"

// QueueIntake is the queue packets are read from: one packet at a time per
// process, because one packet already keeps every core busy, and so
// drafting on the default queue is never starved by a long fax.
const QueueIntake = "intake"

// IntakeReadArgs is an intake_read job's payload.
type IntakeReadArgs struct {
	PacketID string `json:"packet_id"`
}

// Kind implements river.JobArgs.
func (IntakeReadArgs) Kind() string { return KindIntakeRead }

// InsertOpts: one read in flight per packet, on the intake queue.
func (IntakeReadArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{Queue: QueueIntake, MaxAttempts: 3, UniqueOpts: uniqueInFlight}
}

// PacketReader reads a stored packet: OCR, fields, pages stored.
type PacketReader interface {
	ReadPacket(ctx context.Context, packetID string) error
}

// AddIntakeWorker registers the intake_read worker; the client's config
// needs the intake queue too (IntakeQueue).
func AddIntakeWorker(workers *river.Workers, r PacketReader) {
	river.AddWorker(workers, &intakeReadWorker{r: r})
}

// IntakeQueue is the queue config intake_read jobs need.
func IntakeQueue() river.QueueConfig { return river.QueueConfig{MaxWorkers: 1} }

type intakeReadWorker struct {
	river.WorkerDefaults[IntakeReadArgs]
	r PacketReader
}

func (w *intakeReadWorker) Work(ctx context.Context, job *river.Job[IntakeReadArgs]) error {
	return w.r.ReadPacket(ctx, job.Args.PacketID)
}

// IntakeTimeout bounds reading one packet: a 100-page fax takes about
// two and a half minutes on two cores. It stays under the rescue threshold
// (DefaultRescueAfter), so a packet still being read is never taken for an
// orphan; a packet that does not finish is retried, then marked failed.
const IntakeTimeout = DefaultRescueAfter - 10*time.Second

// Timeout implements river's per-worker timeout.
func (w *intakeReadWorker) Timeout(*river.Job[IntakeReadArgs]) time.Duration { return IntakeTimeout }

var _ postgres.PacketEnqueuer = (*Client)(nil)

// EnqueueIntakeReadTx implements postgres.PacketEnqueuer.
func (c *Client) EnqueueIntakeReadTx(ctx context.Context, tx pgx.Tx, packetID string) error {
	if _, err := c.River.InsertTx(ctx, tx, IntakeReadArgs{PacketID: packetID}, nil); err != nil {
		return fmt.Errorf("queue: insert intake_read: %w", err)
	}
	return nil
}
