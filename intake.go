package umassist

import "time"

// IntakeStatus is where a faxed or scanned packet stands.
type IntakeStatus string

// Packet statuses: received (stored, waiting to be read), reading (OCR
// under way), needs_review (read; a nurse confirms or corrects its fields),
// confirmed (a case was opened from it), rejected (a nurse set it aside:
// not a request, a duplicate), failed (it could not be read).
const (
	IntakeReceived    IntakeStatus = "received"
	IntakeReading     IntakeStatus = "reading"
	IntakeNeedsReview IntakeStatus = "needs_review"
	IntakeConfirmed   IntakeStatus = "confirmed"
	IntakeRejected    IntakeStatus = "rejected"
	IntakeFailed      IntakeStatus = "failed"
)

// IntakePacket is a faxed or scanned prior-authorization packet: a file
// as received, read page by page, and confirmed by a nurse into a case.
type IntakePacket struct {
	ID         string       `json:"id"`
	Namespace  string       `json:"namespace,omitempty"`
	Client     string       `json:"client"` // whom the packet, and its case, is for
	Filename   string       `json:"filename"`
	Format     string       `json:"format"` // pdf, tiff, png, jpeg
	SHA256     string       `json:"sha256"`
	Pages      int          `json:"pages"`
	PagesDone  int          `json:"pages_done"`
	Status     IntakeStatus `json:"status"`
	Error      string       `json:"error,omitempty"`
	UploadedBy string       `json:"uploaded_by"`
	ReviewedBy string       `json:"reviewed_by,omitempty"`
	Patient    string       `json:"patient,omitempty"` // once confirmed
	CaseID     string       `json:"case_id,omitempty"`
	ReceivedAt time.Time    `json:"received_at"`
	UpdatedAt  time.Time    `json:"updated_at"`
}
