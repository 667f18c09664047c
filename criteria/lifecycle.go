package criteria

// A pack's life as content: clinical editors write revisions, another
// clinician reviews them, one revision of a pack is published and drives
// drafts, and a revision is retired when a newer one replaces it or the
// pack is withdrawn.

import (
	"fmt"
	"slices"
	"strings"

	"github.com/umassist/umassist"
)

// PackStatus is where a pack revision is in its life.
type PackStatus string

// Pack statuses.
//
//	draft     → in_review (submitted), retired (discarded)
//	in_review → draft (returned with a note), published (by another person), retired
//	published → retired (withdrawn, or replaced when a newer revision is published)
//	retired   → nothing
const (
	PackDraft     PackStatus = "draft"
	PackInReview  PackStatus = "in_review"
	PackPublished PackStatus = "published"
	PackRetired   PackStatus = "retired"
)

// PackStatuses lists every status, in the order of a pack's life.
var PackStatuses = []PackStatus{PackDraft, PackInReview, PackPublished, PackRetired}

var packMoves = map[PackStatus][]PackStatus{
	PackDraft:     {PackInReview, PackRetired},
	PackInReview:  {PackDraft, PackPublished, PackRetired},
	PackPublished: {PackRetired},
}

// BuiltinAuthor is the author of the packs compiled into the binary, as
// they are imported into the database: reviewed when they were written,
// published without a second person's review here.
const BuiltinAuthor = "umassist"

// PackEditors may write pack revisions and move them: clinical editors,
// and physicians (a medical director reviews criteria).
var PackEditors = []umassist.Role{umassist.RoleClinicalEditor, umassist.RolePhysician}

// CanEditPacks reports whether a role may write and move pack revisions.
func CanEditPacks(r umassist.Role) bool { return slices.Contains(PackEditors, r) }

// CheckPackMove says whether actor may move a revision written by author
// from one status to another. Publishing takes a second person: the
// author never publishes their own revision.
func CheckPackMove(from, to PackStatus, author string, actor umassist.Actor) error {
	if !CanEditPacks(actor.Role) {
		return umassist.Errorf(umassist.EFORBIDDEN, "only a clinical editor or a physician moves a pack revision")
	}
	ok := false
	for _, s := range packMoves[from] {
		ok = ok || s == to
	}
	if !ok {
		return umassist.Errorf(umassist.ECONFLICT, "a %s revision cannot become %s", from, to)
	}
	if to == PackPublished && strings.EqualFold(strings.TrimSpace(author), strings.TrimSpace(actor.ID)) {
		return umassist.Errorf(umassist.EFORBIDDEN, "the author of a revision cannot publish it: another clinical editor or a physician reviews it")
	}
	return nil
}

// ParsePackStatus reads a status a person or a URL names.
func ParsePackStatus(s string) (PackStatus, error) {
	for _, st := range PackStatuses {
		if string(st) == s {
			return st, nil
		}
	}
	return "", umassist.Errorf(umassist.EINVALID, "pack status %q: want one of %v", s, PackStatuses)
}

// PackRevision is one stored revision of a pack and where it is in its
// life.
type PackRevision struct {
	Pack     Pack       `json:"pack"`
	Revision int        `json:"revision"`
	Status   PackStatus `json:"status"`
	Author   string     `json:"author"`
	// Reviewer published (or returned) it; empty before review.
	Reviewer string `json:"reviewer,omitempty"`
	// Note is the author's or the reviewer's last word on it.
	Note string `json:"note,omitempty"`
	// PolicyText is the text of the policy version the revision was
	// written against, passage by passage, kept so that a later version's
	// changes can be shown to the editor.
	PolicyText []SourcePassage `json:"policy_text,omitempty"`
}

// Label names a revision for people: "icd-ncd-20.4 r3 (published)".
func (r PackRevision) Label() string {
	return fmt.Sprintf("%s r%d (%s)", r.Pack.ID, r.Revision, r.Status)
}

// StaleAgainst names the policy version in force (inForce: policy id to
// version) when the revision was written against another; "" when it is
// current, pins no version, or the policy's version in force is unknown.
func (r *PackRevision) StaleAgainst(inForce map[string]string) string {
	if r == nil || r.Pack.PolicyVersion == "" {
		return ""
	}
	if v, ok := inForce[r.Pack.Policy]; ok && v != r.Pack.PolicyVersion {
		return v
	}
	return ""
}

// PackStanding is one pack as a list shows it: its newest revision, the
// published one (nil when none), and the policy version in force when
// the published revision was written against another.
type PackStanding struct {
	Latest    PackRevision
	Published *PackRevision
	Stale     string
}

// Standings pairs each pack's newest revision with its published one, in
// the order of latest.
func Standings(latest, published []PackRevision, inForce map[string]string) []PackStanding {
	pub := map[string]*PackRevision{}
	for i := range published {
		pub[published[i].Pack.ID] = &published[i]
	}
	out := make([]PackStanding, 0, len(latest))
	for _, r := range latest {
		p := pub[r.Pack.ID]
		out = append(out, PackStanding{Latest: r, Published: p, Stale: p.StaleAgainst(inForce)})
	}
	return out
}

// PoliciesOf lists the policies revisions follow, once each.
func PoliciesOf(revs []PackRevision) []string {
	var out []string
	for _, r := range revs {
		if !slices.Contains(out, r.Pack.Policy) {
			out = append(out, r.Pack.Policy)
		}
	}
	return out
}
